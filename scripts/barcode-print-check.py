#!/usr/bin/env python3
"""Checks the barcodes of one printed delivery slip (called by scripts/browser-check.sh).

    barcode-print-check.py SLIP.html PAGE.pgm DPI PAPER_WIDTH_MM MARGIN_MM

From the slip's HTML: every barcode SVG's printed X-dimension (its width in mm over its width in
modules) is at least 0.25 mm and it fits between the page margins. From the printed page
(PAGE.pgm, rendered by pdftoppm -gray at DPI from Chromium's PDF): every linear symbol of the
HTML is found, in order; a linear symbol whole (the same number of bars, none clipped or merged);
its measured X-dimension (linear: first to last bar over the modules between the quiet zones;
DataMatrix: the height of its finder over its rows; QR Code: the distance between its finder
patterns' centres over the modules between them) is the HTML's within 5 % and at least 0.25 mm,
and the symbol with its quiet zones lies inside the page margins. QR Codes are found by their
three finder patterns (dark-light-dark-light-dark runs of 1:1:3:1:1 across and down); other
symbols are told from text by their height: only vertical dark runs of at least 4.5 mm count,
outside the QR Codes.
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
        r'viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>(.*?)</svg>')
    # bars are stroked along their rows, one path per bar height: a bar is one "h" run
    def bars(body):
        return sum(d.count("h") for d in re.findall(r'<path stroke="#000" stroke-width="[\d.]+" d="([^"]*)"/>', body))
    return [(kind, float(w), float(h), float(modules), bars(body)) for kind, w, h, modules, _, body in pattern.findall(html)]


def finder_centres(dark, width, height, module_px):
    """Centres (x, y) and module sizes of QR finder patterns: 1:1:3:1:1 runs along a row whose
    centre column shows the same runs downwards."""
    def pattern(runs):
        # runs: five lengths dark, light, dark, light, dark
        unit = sum(runs) / 7
        if unit < module_px * 0.6 or unit > module_px * 1.6:
            return None
        expected = (1, 1, 3, 1, 1)
        if all(abs(run - e * unit) <= unit * 0.6 for run, e in zip(runs, expected)):
            return unit
        return None

    def runs_of(line):
        out = []
        for match in re.finditer(rb"\x01+|\x00+", line):
            out.append((match.start(), match.end(), match.group()[0]))
        return out

    hits = []
    for y in range(0, height, max(1, int(module_px / 2))):
        row = runs_of(dark[y * width:(y + 1) * width])
        for i in range(len(row) - 4):
            group = row[i:i + 5]
            if group[0][2] != 1:
                continue
            unit = pattern([end - start for start, end, _ in group])
            if unit is None:
                continue
            cx = (group[2][0] + group[2][1]) // 2
            column = runs_of(dark[cx::width])
            for j in range(len(column) - 4):
                down = column[j:j + 5]
                if down[0][2] == 1 and down[2][0] <= y < down[2][1] and pattern([end - start for start, end, _ in down]):
                    hits.append((cx, (down[2][0] + down[2][1]) / 2, unit))
                    break
    centres = []  # merge hits of the same finder
    for x, y, unit in hits:
        for centre in centres:
            if abs(centre[0] - x) < 3 * unit and abs(centre[1] - y) < 3 * unit:
                break
        else:
            centres.append((x, y, unit))
    return centres


def qr_symbols(centres):
    """(left, top, right, bottom) of the area between the finders' centres of each QR Code:
    three finders, two sharing a row (top-left, top-right), two sharing a column (top-left,
    bottom-left)."""
    symbols = []
    for x, y, unit in centres:
        right = [c for c in centres if abs(c[1] - y) < 2 * unit and c[0] > x + 10 * unit]
        below = [c for c in centres if abs(c[0] - x) < 2 * unit and c[1] > y + 10 * unit]
        if right and below:
            symbols.append((x, y, min(right)[0], min(below, key=lambda c: c[1])[1]))
    return sorted(symbols, key=lambda box: box[1])


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

    # QR Codes first: measured from their finder patterns, then blanked for the linear search
    qr_html = [symbol for symbol in symbols if symbol[0] == "qr"]
    symbols = [symbol for symbol in symbols if symbol[0] != "qr"]
    boxes = qr_symbols(finder_centres(dark, width, height, 0.5 * per_mm)) if qr_html else []
    if len(boxes) != len(qr_html):
        failures.append(f"{len(boxes)} QR Codes on the page, {len(qr_html)} in the HTML (a symbol clipped, hidden or split)")
    blanked = bytearray(dark)
    for (x0, y0, x1, y1), (kind, width_mm, _, modules, _) in zip(boxes, qr_html):
        inner = modules - 8  # without the 4-module quiet zones
        x = (x1 - x0) / per_mm / (inner - 7)
        left, right = x0 / per_mm - 3.5 * x, x1 / per_mm + 3.5 * x
        nominal = width_mm / modules
        place = f"qr at {y0 / per_mm - 3.5 * x:.1f} mm from the top, {left:.1f}-{right:.1f} mm: X-dimension {x:.3f} mm"
        print(place)
        if x < MIN_X_MM or abs(x - nominal) > 0.05 * nominal:
            failures.append(f"{place}: not the {nominal:.3f} mm of the HTML, or below {MIN_X_MM} mm")
        if left - 4 * x < margin_mm - 1 or right + 4 * x > paper_mm - margin_mm + 1:
            failures.append(f"{place}: the symbol and its quiet zones leave the page margins")
        edge = int(4 * x * per_mm)
        for row in range(max(0, int(y0 - 3.5 * x * per_mm) - edge), min(height, int(y1 + 3.5 * x * per_mm) + edge)):
            start, end = max(0, int(x0 - 3.5 * x * per_mm) - edge), min(width, int(x1 + 3.5 * x * per_mm) + edge)
            blanked[row * width + start:row * width + end] = bytes(end - start)
    dark = bytes(blanked)
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
