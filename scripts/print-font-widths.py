#!/usr/bin/env python3
"""Prints the table of `PrintFont.proportionalAdvances` (Sources/LotraceRender/Pages/Slips/PrintFont.swift):
for every printable ASCII character, the widest advance (in em) it has in the sans-serif fonts a
browser may print a slip with, plus 5 %, rounded up to hundredths.

    scripts/print-font-widths.py FONT.ttf...

Lotrace's table was made from DejaVu Sans, DejaVu Sans Bold, Liberation Sans and Liberation Sans
Bold (Debian's fonts-dejavu-core and fonts-liberation2; Liberation Sans has Arial's metrics, and
DejaVu Sans is wider than Helvetica, Segoe UI and Inter). Reads the fonts' `cmap` (format 4) and
`hmtx` tables directly.
"""
import math
import struct
import sys


def advances(path):
    data = open(path, "rb").read()
    count = struct.unpack(">H", data[4:6])[0]
    tables = {}
    for index in range(count):
        tag, _, offset, _ = struct.unpack(">4sIII", data[12 + 16 * index:28 + 16 * index])
        tables[tag.decode()] = offset
    units = struct.unpack(">H", data[tables["head"] + 18:tables["head"] + 20])[0]
    metrics = struct.unpack(">H", data[tables["hhea"] + 34:tables["hhea"] + 36])[0]
    widths = [struct.unpack(">H", data[tables["hmtx"] + 4 * i:tables["hmtx"] + 4 * i + 2])[0] for i in range(metrics)]
    cmap = tables["cmap"]
    subtable = None
    for index in range(struct.unpack(">H", data[cmap + 2:cmap + 4])[0]):
        platform, encoding, offset = struct.unpack(">HHI", data[cmap + 4 + 8 * index:cmap + 12 + 8 * index])
        if (platform, encoding) == (3, 1):
            subtable = cmap + offset
    assert subtable is not None and struct.unpack(">H", data[subtable:subtable + 2])[0] == 4, "needs a format 4 cmap"
    doubled = struct.unpack(">H", data[subtable + 6:subtable + 8])[0]
    segments = doubled // 2
    at = subtable + 14
    ends = struct.unpack(">%dH" % segments, data[at:at + doubled])
    at += doubled + 2
    starts = struct.unpack(">%dH" % segments, data[at:at + doubled])
    at += doubled
    deltas = struct.unpack(">%dh" % segments, data[at:at + doubled])
    at += doubled
    range_offsets = struct.unpack(">%dH" % segments, data[at:at + doubled])
    result = {}
    for code in range(0x20, 0x7F):
        for index in range(segments):
            if starts[index] <= code <= ends[index]:
                if range_offsets[index] == 0:
                    glyph = (code + deltas[index]) & 0xFFFF
                else:
                    place = at + 2 * index + range_offsets[index] + 2 * (code - starts[index])
                    glyph = struct.unpack(">H", data[place:place + 2])[0]
                    glyph = (glyph + deltas[index]) & 0xFFFF if glyph else 0
                result[code] = widths[min(glyph, metrics - 1)] / units
                break
    return result


def main(paths):
    fonts = [advances(path) for path in paths]
    bounds = [math.ceil(max(font.get(code, 0) for font in fonts) * 1.05 * 100) / 100 for code in range(0x20, 0x7F)]
    for row in range(0, len(bounds), 16):
        print("        " + ", ".join("%.2f" % bound for bound in bounds[row:row + 16]) + ",")


if __name__ == "__main__":
    main(sys.argv[1:])
