#!/usr/bin/env python3
"""Checks the print of a day's delivery slips (called by scripts/browser-check.sh).

    day-print-check.py DAY.html DAY.pdf

DAY.html is a site's slips/<YYYY-MM-DD>.html (or `lotrace slips --date` output), DAY.pdf its
print by headless Chromium. The page cuts every slip into sheets (`<article class="slip
sheet">`, each labelled "REF · page N of M"); the print must hold exactly one page per sheet, in
order, so that every slip starts on a new page and no sheet runs over: page i carries the
running header "Delivery slip REF" and "Page N of M" of sheet i (the slip's own page count, not
the document's), the first page of each slip its title, and every row of sheet i (its lot and
quantity, read from the HTML) is printed on page i. Uses pdfinfo and pdftotext (poppler).
Prints one line per slip; exits 1 on any failure.
"""
import html
import re
import subprocess
import sys


def sheets_of(page):
    """[(reference, number, count, [(lot, quantity)])] in page order."""
    text = open(page, encoding="utf-8").read()
    sheets = []
    for article in re.findall(r'<article class="slip sheet [^"]*">(.*?)</article>', text, re.S):
        label = re.search(r'<p class="sheet-label">(.*?) · page (\d+) of (\d+)</p>', article)
        rows = []
        for row in re.findall(r'<tr><td class="n">\d+</td>(.*?)</tr>', article):
            lot = re.search(r'<td class="lot">(?:<a [^>]*>)?([^<]*)', row).group(1)
            quantity = re.search(r'<td class="num">([^ <]*)', row).group(1)
            rows.append((html.unescape(lot), quantity))
        sheets.append((html.unescape(label.group(1)), int(label.group(2)), int(label.group(3)), rows))
    return sheets


def page_text(pdf, number, layout):
    mode = ["-layout"] if layout else ["-raw"]
    return subprocess.run(
        ["pdftotext", *mode, "-f", str(number), "-l", str(number), pdf, "-"], capture_output=True, text=True, check=True
    ).stdout


def main():
    page, pdf = sys.argv[1], sys.argv[2]
    sheets = sheets_of(page)
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    failures = []
    if not sheets:
        failures.append("no sheet in the page's HTML")
    if pages != len(sheets):
        failures.append(f"{pages} printed pages for {len(sheets)} sheets: a sheet ran over its page or a break is missing")
    slips = {}
    for index, (reference, number, count, rows) in enumerate(sheets[:pages], start=1):
        text = page_text(pdf, index, layout=True)
        flat = re.sub(r"\s+", "", page_text(pdf, index, layout=False))
        place = f"page {index} ({reference}, sheet {number} of {count})"
        if f"Delivery slip {reference}" not in text:
            failures.append(f"{place}: no running header \"Delivery slip {reference}\"")
        if not re.search(rf"Page {number} of {count}\s*$", text.rstrip() + "\n", re.M):
            failures.append(f"{place}: no \"Page {number} of {count}\" of its own")
        # the title: "DELIVERY SLIP" (letter-spaced) over the reference
        title = "DELIVERYSLIP" in re.sub(r"\s+", "", text)
        if number == 1 and not (title and reference in text.replace("Delivery slip " + reference, "")):
            failures.append(f"{place}: the slip's first page does not start with its title")
        for lot, quantity in rows:
            if re.sub(r"\s+", "", lot) not in flat or quantity not in flat:
                failures.append(f"{place}: row {lot} {quantity} is not on it")
        slips.setdefault(reference, []).append((number, count, len(rows)))
    for reference, printed in slips.items():
        numbers = [number for number, _, _ in printed]
        count = printed[0][1]
        if numbers != list(range(1, count + 1)):
            failures.append(f"{reference}: pages numbered {numbers}, not 1 to {count}")
        else:
            rows = sum(row_count for _, _, row_count in printed)
            print(f"ok: {reference}: {count} page(s) of its own, from a new page, {rows} rows on their pages")
    for failure in failures:
        print("FAIL: " + failure)
    sys.exit(1 if failures else 0)


main()
