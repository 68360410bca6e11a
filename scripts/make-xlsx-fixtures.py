#!/usr/bin/env python3
"""Writes .xlsx workbooks the way Odoo's XLSX export does (addons/web/controllers/export.py,
class ExportXlsxWriter, Odoo 17), with the same writer: the PyPI package xlsxwriter.

What Odoo 17 writes:
  * row 1: the column headers, bold; columns 30 characters wide;
  * text as shared strings (in_memory mode), "\\r" replaced by a space; xlsxwriter turns a text
    starting with "=" into a formula (and "{=...}" into an array formula) and URL-like text
    ("http://", "mailto:") into a hyperlink; control characters become _xHHHH_ escapes;
  * datetimes as serial numbers with the format "yyyy-mm-dd hh:mm:ss", dates with "yyyy-mm-dd";
  * floats as numbers; writing one sets "#,##0.00" on the base style, so every plain cell of the
    sheet (text included) then carries that format;
  * booleans as TRUE/FALSE cells, integers as numbers, empty values as blank styled cells.

Usage:
  make-xlsx-fixtures.py fixtures [OUT]     small test workbooks (default: Tests/LotraceCoreTests/Fixtures/xlsx),
                                           and one written by LibreOffice Calc when `soffice` is installed
                                           (Debian: libreoffice-calc-nogui)
  make-xlsx-fixtures.py convert SRC DST [--constant-memory]
                                           every CSV export of SRC (as `lotrace generate` names them) as an
                                           XLSX in DST, other files but notes (*.md) copied; --constant-memory streams rows
                                           (xlsxwriter then writes inline strings), for the benchmark
  make-xlsx-fixtures.py data [DIR]         DIR/stock.lot.csv (default: data) becomes DIR/stock.lot.xlsx

Needs: pip install xlsxwriter. Output is reproducible (fixed creation date).
"""
import csv
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

import xlsxwriter

CREATED = datetime.datetime(2025, 3, 25, 17, 0, 0)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The Odoo field type of each column of the exports `lotrace generate` writes (text otherwise).
DATETIME, FLOAT, INTEGER, BOOLEAN = "datetime", "float", "integer", "boolean"
COLUMN_TYPES = {
    "stock.move.line.csv": {"Date": DATETIME, "Quantity": FLOAT},
    "stock.lot.csv": {name: DATETIME for name in
                      ["Created on", "Expiration Date", "Best before Date", "Removal Date", "Alert Date"]},
    "product.product.csv": {"Use Expiration Date": BOOLEAN, "Expiration Date": INTEGER,
                            "Best Before Date": INTEGER, "Removal Date": INTEGER, "Alert Date": INTEGER},
    "stock.picking.csv": {"Scheduled Date": DATETIME, "Date of Transfer": DATETIME},
    "stock.picking.type.csv": {"Create New Lots/Serial Numbers": BOOLEAN,
                               "Use Existing Lots/Serial Numbers": BOOLEAN},
}


class OdooXlsxWriter:
    """Odoo 17's ExportXlsxWriter: the same formats, header and write_cell rules."""

    def __init__(self, path, headers, constant_memory=False, date1904=False):
        options = {"constant_memory": True} if constant_memory else {"in_memory": True}
        if date1904:
            options["date_1904"] = True
        self.workbook = xlsxwriter.Workbook(path, options)
        self.workbook.set_properties({"created": CREATED})
        self.header_style = self.workbook.add_format({"bold": True})
        self.date_style = self.workbook.add_format({"text_wrap": True, "num_format": "yyyy-mm-dd"})
        self.datetime_style = self.workbook.add_format({"text_wrap": True, "num_format": "yyyy-mm-dd hh:mm:ss"})
        self.base_style = self.workbook.add_format({"text_wrap": True})
        self.float_format = "#,##0.00"
        self.worksheet = self.workbook.add_worksheet()
        for column, header in enumerate(headers):
            self.worksheet.write(0, column, header, self.header_style)
        self.worksheet.set_column(0, max(0, len(headers) - 1), 30)

    def write_cell(self, row, column, value):
        style = self.base_style
        if isinstance(value, str):
            value = value.replace("\r", " ")
        elif isinstance(value, datetime.datetime):
            style = self.datetime_style
        elif isinstance(value, datetime.date):
            style = self.date_style
        elif isinstance(value, float):
            style.set_num_format(self.float_format)
        self.worksheet.write(row, column, value, style)

    def write_row(self, row, values):
        for column, value in enumerate(values):
            self.write_cell(row, column, value)

    def close(self):
        self.workbook.close()


def odoo_value(text, kind):
    """The raw value Odoo's XLSX export holds for a cell its CSV export wrote as `text`."""
    if text == "":
        return False if kind == BOOLEAN else ""
    if kind == DATETIME:
        return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    if kind == FLOAT:
        return float(text)
    if kind == INTEGER:
        return int(text)
    if kind == BOOLEAN:
        return text == "True"
    return text


def convert_csv(source, target, constant_memory=False):
    types = COLUMN_TYPES.get(os.path.basename(source), {})
    with open(source, newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        headers = next(rows)
        kinds = [types.get(header) for header in headers]
        writer = OdooXlsxWriter(target, headers, constant_memory=constant_memory)
        for index, row in enumerate(rows, start=1):
            writer.write_row(index, [odoo_value(text, kind) for text, kind in zip(row, kinds)])
        writer.close()


def convert_folder(source, target, constant_memory=False):
    os.makedirs(target, exist_ok=True)
    for name in sorted(os.listdir(source)):
        path = os.path.join(source, name)
        if not os.path.isfile(path) or name.endswith(".md"):
            continue
        if name.endswith(".csv"):
            convert_csv(path, os.path.join(target, name[:-4] + ".xlsx"), constant_memory)
        else:
            shutil.copyfile(path, os.path.join(target, name))


MOVE_HEADERS = ["Date", "Reference", "Product", "Lot/Serial Number", "From", "To", "Quantity",
                "Unit of Measure", "Status"]


def move(day, reference, lot, quantity, status="Done", origin="Partners/Vendors", destination="WH/Stock"):
    return [datetime.datetime(2025, 1, day, 8, 0, 0), reference, "[FL-1] Flour", lot, origin, destination,
            quantity, "kg", status]


def write_fixtures(out):
    os.makedirs(out, exist_ok=True)

    # Every kind of cell Odoo's export writes into a move-line sheet.
    writer = OdooXlsxWriter(os.path.join(out, "odoo-moves.xlsx"), MOVE_HEADERS)
    rows = [
        move(2, "WH/IN/00001", "L1", 20.0),                      # row 2: whole quantity stored as 20
        move(3, "WH/IN/00002", "000123", 0.125),                 # row 3: displayed 0.13, stored 0.125
        move(4, "WH/IN/00003", "1E5", 1e-05),                    # row 4: number-like text; 1E-05
        move(5, "WH/IN/00004", "=1+1", 2.5),                     # row 5: a formula to xlsxwriter
        move(6, "WH/IN/00005", "{=1+1}", 3.0),                   # row 6: an array formula
        move(7, "https://example.com/lot/7", "L7", 1.0),         # row 7: a hyperlink
        move(8, "mailto:lots@example.com", "L8", 1.0),           # row 8: a mailto: hyperlink
        move(9, "WH/IN/00008", "", 4.0),                         # row 9: an empty lot (blank cell)
        move(10, "WH/IN/00009", "  spaced  ", 5.0),              # row 10: spaces kept
        move(11, "WH/IN/00010", "_x0041_ literal", 6.0),         # row 11: an escape-like text
        move(12, "WH/IN/00011", "ctrl\x01char", 7.0),            # row 12: a control character
        move(13, "WH/OUT/00001", "L1", 1.5, "Cancelled", "WH/Stock", "Partners/Customers"),  # row 13
        move(14, "WH/IN/00012", "Äpfel-É", 999999999999999.0),   # row 14: non-ASCII; 15 digits
    ]
    for index, row in enumerate(rows, start=1):
        writer.write_row(index, row)
    writer.write_row(15, [datetime.datetime(2025, 1, 15, 23, 59, 59, 600000), "WH/IN/00013",  # row 16: rounds up
                          "[FL-1] Flour", "L16", "Partners/Vendors", "WH/Stock", 1.0, "kg", "Done"])
    writer.close()

    # A lots export with dates, date-only cells and empty dates.
    writer = OdooXlsxWriter(os.path.join(out, "odoo-lots.xlsx"),
                            ["Lot/Serial Number", "Product", "Created on", "Expiration Date"])
    writer.write_row(1, ["L1", "[FL-1] Flour", datetime.datetime(2025, 1, 2, 8, 0, 0),
                         datetime.datetime(2025, 9, 3, 8, 0, 0)])
    writer.write_row(2, ["L2", "[FL-1] Flour", datetime.datetime(2025, 1, 3, 9, 30, 15), ""])
    writer.write_row(3, ["L3", "[FL-1] Flour", datetime.date(2025, 1, 4), datetime.date(2025, 12, 31)])
    writer.close()

    # The same moves in xlsxwriter's constant_memory mode: inline strings, rows streamed.
    writer = OdooXlsxWriter(os.path.join(out, "inline-moves.xlsx"), MOVE_HEADERS, constant_memory=True)
    for index, row in enumerate([move(2, "WH/IN/00001", "L1", 20.0), move(3, "WH/IN/00002", "000123", 0.125)],
                                start=1):
        writer.write_row(index, row)
    writer.close()

    # A lots list as a French supplier sends it (lotrace recall --lots-file): French headers and an
    # extra column; row 4 omitted, row 5 holds only a quantity (blank for the list); an unknown lot,
    # a product named by its GTIN, a lot named twice; a second sheet that is not read.
    workbook = xlsxwriter.Workbook(os.path.join(out, "recall-lots-fr.xlsx"), {"in_memory": True})
    workbook.set_properties({"created": CREATED})
    sheet = workbook.add_worksheet("Rappel")
    workbook.add_worksheet("Notes").write(0, 0, "not read")
    sheet.write_row(0, 0, ["Produit", "Lot/numéro de série", "Quantité"])
    sheet.write_row(1, 0, ["FL-001", "F1", 100])
    sheet.write_row(2, 0, ["[BI-001] Biscuits", "B2", 60])
    sheet.write(4, 2, 5)
    sheet.write_row(5, 0, ["BI-001", "B9", 1])
    sheet.write_row(6, 0, ["4006381333931", "F2", 20])
    sheet.write_row(7, 0, ["FL-001", "F1", 1])
    workbook.close()

    # The 1904 date system, booleans, rich text (runs of one shared string) and rows with gaps.
    workbook = xlsxwriter.Workbook(os.path.join(out, "kinds-1904.xlsx"), {"in_memory": True, "date_1904": True})
    workbook.set_properties({"created": CREATED})
    sheet = workbook.add_worksheet("Types")
    workbook.add_worksheet("Notes").write(0, 0, "not read")
    stamp = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    bold = workbook.add_format({"bold": True})
    sheet.write_row(0, 0, ["Operation Type", "Type of Operation", "Create New Lots/Serial Numbers",
                           "Use Existing Lots/Serial Numbers", "Warehouse"])
    sheet.write_row(1, 0, ["Receipts", "Receipt", True, False, "Hartwell"])
    sheet.write_rich_string(4, 0, "Deliv", bold, "ery", " Orders")   # row 5 (rows 3-4 omitted)
    sheet.write_row(4, 1, ["Delivery", False, True])
    sheet.write_datetime(4, 4, datetime.datetime(1904, 1, 2, 12, 0, 0), stamp)  # text column: date text
    workbook.close()


FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text>
   <number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/>
   <number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text>
   <number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:date-style>
  <style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
"""


def fods_cell(value):
    """A flat-ODS cell: a string, a float, a datetime (with a date style) or a formula ("=...")."""
    if isinstance(value, datetime.datetime):
        return (f'<table:table-cell table:style-name="ce1" office:value-type="date" '
                f'office:date-value="{value.isoformat()}"><text:p>{value}</text:p></table:table-cell>')
    if isinstance(value, float):
        return f'<table:table-cell office:value-type="float" office:value="{value!r}"><text:p>{value}</text:p></table:table-cell>'
    if value is None:
        return "<table:table-cell/>"
    if value.startswith("="):
        return f'<table:table-cell table:formula="of:{escape(value)}" office:value-type="float" office:value="0"/>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'


def write_libreoffice_fixture(out):
    """libreoffice-moves.xlsx: a move-line sheet saved by LibreOffice Calc (rows 2-3, an empty row 4,
    rows 5-7), and a second sheet that is not read."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print("soffice not found: libreoffice-moves.xlsx not written", file=sys.stderr)
        return
    rows = [
        MOVE_HEADERS,
        move(2, "WH/IN/00001", "L1", 20.0),
        [datetime.datetime(2025, 1, 3, 9, 30, 15)] + move(3, "WH/IN/00002", "000123", 0.125)[1:],
        [None] * 9,
        [datetime.datetime(2025, 2, 28, 23, 59, 59), "WH/OUT/00001", "[FL-1] Flour", "L1", "WH/Stock",
         "Partners/Customers", 1.5, "kg", "Done"],
        move(6, "WH/IN/00003", "=1+1", 2.0),
        move(7, "WH/IN/00004", "L7", None)[:6] + ["12", "kg", "Done"],
    ]
    body = "".join("<table:table-row>" + "".join(fods_cell(value) for value in row) + "</table:table-row>\n"
                   for row in rows)
    notes = '<table:table table:name="Notes"><table:table-row>' + fods_cell("not read") + "</table:table-row></table:table>"
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "libreoffice-moves.fods")
        with open(source, "w", encoding="utf-8") as handle:
            handle.write(FODS_HEAD + '<table:table table:name="Moves">' + body + "</table:table>" + notes
                         + "</office:spreadsheet></office:body></office:document>\n")
        subprocess.run([soffice, "--headless", "--convert-to", "xlsx", "--outdir", out, source], check=True,
                       stdout=subprocess.DEVNULL, env=dict(os.environ, HOME=folder))


def main(arguments):
    if not arguments or arguments[0] not in ("fixtures", "convert", "data"):
        sys.exit(__doc__)
    command = arguments[0]
    if command == "fixtures":
        out = arguments[1] if len(arguments) > 1 else os.path.join(ROOT, "Tests/LotraceCoreTests/Fixtures/xlsx")
        write_fixtures(out)
        write_libreoffice_fixture(out)
    elif command == "convert":
        if len(arguments) < 3:
            sys.exit(__doc__)
        convert_folder(arguments[1], arguments[2], constant_memory="--constant-memory" in arguments[3:])
    else:
        folder = arguments[1] if len(arguments) > 1 else os.path.join(ROOT, "data")
        source = os.path.join(folder, "stock.lot.csv")
        convert_csv(source, os.path.join(folder, "stock.lot.xlsx"))
        os.remove(source)


if __name__ == "__main__":
    main(sys.argv[1:])
