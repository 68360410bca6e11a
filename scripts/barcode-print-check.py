#!/usr/bin/env python3
"""Checks the barcodes of one printed delivery slip (called by scripts/browser-check.sh).

    barcode-print-check.py SLIP.html PAGE.pgm DPI PAPER_WIDTH_MM MARGIN_MM

From the slip's HTML: every barcode SVG's printed X-dimension (its width in mm over its width in
modules) is at least 0.25 mm and it fits between the page margins. From the printed page
(PAGE.pgm, rendered by pdftoppm -gray at DPI from Chromium's PDF): every linear symbol of the
HTML is found, in order; a linear symbol whole (the same number of bars, none clipped or merged);
its measured X-dimension (linear: first to last bar over the modules between the quiet zones;
DataMatrix: the height of its finder over its rows) is the HTML's within 5 % and at least
0.25 mm, and the symbol with its quiet zones lies inside the page margins. Symbols are told from
text by their height: only vertical dark runs of at least 4.5 mm count.
Prints one line per symbol; exits 1 on any failure.
"""
import re
import sys

MIN_X_MM = 0.25


def read_pgm(path):
    with open(path, "rb") as f:
        data = f.read()
    fields = re.match(rb"P5\s+(?:#.*\s+)*(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(fields.group(1)), int(fields.group(2))
    return width, height, data[fields.end():fields.end() + width * height]


def html_symbols(path):
    html = open(path, encoding="utf-8").read()
    pattern = re.compile(
        r'<svg [^>]*class="barcode-symbol ([^"]+)" width="([\d.]+)mm" height="([\d.]+)mm" '
        r'viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>.*?<path fill="#000" d="([^"]*)"/></svg>')
    return [(kind, float(w), float(h), float(modules), d.count("M")) for kind, w, h, modules, _, d in pattern.findall(html)]


def main():
    html, pgm, dpi, paper_mm, margin_mm = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), float(sys.argv[5])
    failures = []
    symbols = html_symbols(html)
    if not symbols:
        failures.append("no barcode in the slip's HTML")
    for kind, width_mm, _, modules, _ in symbols:
        x = width_mm / modules
        if x < MIN_X_MM:
            failures.append(f"{kind}: X-dimension {x:.3f} mm in the HTML, below {MIN_X_MM} mm")
        if width_mm > paper_mm - 2 * margin_mm:
            failures.append(f"{kind}: {width_mm} mm wide, wider than the printable {paper_mm - 2 * margin_mm} mm")

    width, height, pixels = read_pgm(pgm)
    per_mm = dpi / 25.4
    tall = int(4.5 * per_mm)
    dark = pixels.translate(bytes(1 if v < 128 else 0 for v in range(256)))
    runs = []  # (x, y0, y1) of vertical dark runs at least 4.5 mm long (taller than any text)
    for x in range(width):
        for match in re.finditer(b"\x01{%d,}" % tall, dark[x::width]):
            runs.append((x, match.start(), match.end()))
    # bands of rows covered by tall runs: one band per symbol
    covered = bytearray(height)
    for _, y0, y1 in runs:
        covered[y0:y1] = b"\x01" * (y1 - y0)
    bands = [(m.start(), m.end()) for m in re.finditer(b"\x01+", bytes(covered))]
    found = []
    for y0, y1 in bands:
        middle = (y0 + y1) // 2
        xs = sorted(x for x, r0, r1 in runs if r0 <= middle < r1)
        bars = []
        for x in xs:
            if bars and x == bars[-1][1]:
                bars[-1][1] = x + 1
            else:
                bars.append([x, x + 1])
        found.append((y0, y1, bars))

    # the page holds the symbols in the HTML's order, top to bottom
    if len(found) != len(symbols):
        failures.append(f"{len(found)} symbols on the page, {len(symbols)} in the HTML (a symbol clipped, hidden or split)")
    for (y0, y1, bars), (kind, width_mm, _, modules, bar_count) in zip(found, symbols):
        left, right = bars[0][0] / per_mm, bars[-1][1] / per_mm
        if kind == "datamatrix":
            # the finder's left leg runs the symbol's height: all modules but the 1-module quiet zones
            quiet, x = 1, (y1 - y0) / per_mm / (modules - 2)
            right = left + (modules - 2) * x
        else:
            # first bar to last bar spans the symbol without its two 10-module quiet zones; every
            # bar of the HTML must be there, none merged or cut
            quiet, x = 10, (right - left) / (modules - 20)
            if len(bars) != bar_count:
                failures.append(f"{kind} at {y0 / per_mm:.1f} mm: {len(bars)} bars printed, {bar_count} in the HTML")
        nominal = width_mm / modules
        place = f"{kind} at {y0 / per_mm:.1f} mm from the top, {left:.1f}-{right:.1f} mm: X-dimension {x:.3f} mm"
        print(place)
        if x < MIN_X_MM or abs(x - nominal) > 0.05 * nominal:
            failures.append(f"{place}: not the {nominal:.3f} mm of the HTML, or below {MIN_X_MM} mm")
        if left - quiet * x < margin_mm - 1 or right + quiet * x > paper_mm - margin_mm + 1:
            failures.append(f"{place}: the symbol and its quiet zones leave the page margins")
    for failure in failures:
        print("FAIL: " + failure)
    sys.exit(1 if failures else 0)


main()
