#!/usr/bin/env python3
"""Writes Tests/LotraceCoreTests/Fixtures/i18n/<lang>/*.csv: one small data set exported in
English, French, German and Spanish, every header and selection value taken from the odoo-i18n
reference table (labels.json, selections.json), so the tests compare Lotrace's answers across
languages on what Odoo itself writes.

Usage: scripts/make-i18n-fixtures.py [REFERENCE_DIR]
Default: ../shared/reference/odoo-i18n next to the repository.

Each language stands for one Odoo snapshot of the table, as its exports would be written: its
labels in that snapshot (English where untranslated there), composite headers joined from the raw
labels and stripped as a whole (export.py), and selection values as that version writes them:
  en  17.0 (the oldest English variants); selection labels everywhere, like Lotrace's English fixtures
  fr  19 (18s/19 "Terminé"); related selections (move-line Status, location types) as labels
  de  17c; related selections as keys, as 17.0 writes them
  es  18s; related selections as keys (and "Transferir /Contacto" with its inner space)
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(ROOT), "shared/reference/odoo-i18n")
OUT = os.path.join(ROOT, "Tests/LotraceCoreTests/Fixtures/i18n")

labels = json.load(open(os.path.join(REFERENCE, "labels.json"), encoding="utf-8"))
selections = json.load(open(os.path.join(REFERENCE, "selections.json"), encoding="utf-8"))

# language -> (snapshot, related selections written as keys?)
STYLES = {"en": ("17b", False), "fr": ("19", False), "de": ("17c", True), "es": ("18s", True)}
# The model a related column's path goes through.
TARGETS = {("stock.move.line", "picking_id"): "stock.picking"}
# Selection behind a column, and whether Odoo 17/18 export it as a key (related field).
SELECTION = {
    "stock.move.line.state": ("stock.move.state", True),
    "stock.move.line.location_usage": ("stock.location.usage", True),
    "stock.move.line.location_dest_usage": ("stock.location.usage", True),
    "stock.picking.state": ("stock.picking.state", False),
    "stock.location.usage": ("stock.location.usage", False),
    "stock.picking.type.code": ("stock.picking.type.code", False),
    "product.template.tracking": ("product.template.tracking", False),
}

FILES = {
    "product.product.csv": ("product.template", ["name", "default_code", "tracking", "uom_id"], [
        ["Wheat Flour", "FL-1", "lot", "kg"],
        ["Oven Thermometer", "TH-1", "serial", "Units"],
        ["Sea Salt", "SA-1", "none", "kg"],
    ]),
    "stock.lot.csv": ("stock.lot", ["name", "product_id", "expiration_date"], [
        ["F-001", "[FL-1] Wheat Flour", "2025-09-01 00:00:00"],
        ["F-002", "[FL-1] Wheat Flour", ""],
        ["T-100", "[TH-1] Oven Thermometer", ""],
    ]),
    "stock.location.csv": ("stock.location", ["complete_name", "usage"], [
        ["Partners", "view"],
        ["Partners/Vendors", "supplier"],
        ["Partners/Customers", "customer"],
        ["WH", "view"],
        ["WH/Stock", "internal"],
        ["Virtual Locations/Inventory adjustment", "inventory"],
    ]),
    "stock.picking.type.csv": ("stock.picking.type", ["name", "code", "warehouse_id"], [
        ["Receipts", "incoming", "Hartwell"],
        ["Delivery Orders", "outgoing", "Hartwell"],
        ["Manufacturing", "mrp_operation", "Hartwell"],
    ]),
    "res.partner.csv": ("res.partner", ["name", "parent_id", "city"], [
        ["Greenfield Mills", "", "Leeds"],
        ["Anna Greaves", "Greenfield Mills", "Leeds"],
        ["Bistro Nord", "", "York"],
    ]),
    "stock.picking.csv": ("stock.picking", ["name", "partner_id", "date_done", "state", "picking_type_id"], [
        ["WH/IN/00001", "Greenfield Mills, Anna Greaves", "2025-01-02 08:10:00", "done", "Hartwell: Receipts"],
        ["WH/OUT/00001", "Bistro Nord", "2025-01-05 10:10:00", "done", "Hartwell: Delivery Orders"],
        ["WH/OUT/00002", "Bistro Nord", "", "cancel", "Hartwell: Delivery Orders"],
    ]),
    "stock.move.line.csv": ("stock.move.line", [
        "date", "reference", "product_id", "lot_id", "location_id", "location_dest_id", "quantity", "product_uom_id",
        "state", "picking_id", "picking_id/partner_id", "location_usage", "location_dest_usage"], [
        ["2025-01-02 08:00:00", "WH/IN/00001", "[FL-1] Wheat Flour", "F-001", "Partners/Vendors", "WH/Stock", "100.0",
         "kg", "done", "WH/IN/00001", "Greenfield Mills, Anna Greaves", "supplier", "internal"],
        ["2025-01-02 08:00:00", "WH/IN/00001", "[FL-1] Wheat Flour", "F-002", "Partners/Vendors", "WH/Stock", "50.0",
         "kg", "done", "WH/IN/00001", "Greenfield Mills, Anna Greaves", "supplier", "internal"],
        ["2025-01-02 08:05:00", "WH/IN/00001", "[TH-1] Oven Thermometer", "T-100", "Partners/Vendors", "WH/Stock",
         "1.0", "Units", "done", "WH/IN/00001", "Greenfield Mills, Anna Greaves", "supplier", "internal"],
        ["2025-01-03 09:00:00", "Product Quantity Updated", "[SA-1] Sea Salt", "", "Virtual Locations/Inventory adjustment",
         "WH/Stock", "25.0", "kg", "done", "", "", "inventory", "internal"],
        ["2025-01-05 10:00:00", "WH/OUT/00001", "[FL-1] Wheat Flour", "F-001", "WH/Stock", "Partners/Customers", "30.0",
         "kg", "done", "WH/OUT/00001", "Bistro Nord", "internal", "customer"],
        ["2025-01-05 10:00:00", "WH/OUT/00001", "[TH-1] Oven Thermometer", "T-100", "WH/Stock", "Partners/Customers",
         "1.0", "Units", "done", "WH/OUT/00001", "Bistro Nord", "internal", "customer"],
        ["2025-01-06 11:00:00", "WH/OUT/00002", "[FL-1] Wheat Flour", "F-002", "WH/Stock", "Partners/Customers", "5.0",
         "kg", "cancel", "WH/OUT/00002", "Bistro Nord", "internal", "customer"],
        ["2025-01-07 12:00:00", "WH/OUT/00003", "[FL-1] Wheat Flour", "F-002", "WH/Stock", "Partners/Customers", "7.0",
         "kg", "confirmed", "", "", "internal", "customer"],
    ]),
}


sources = labels["sources"]


def at_snapshot(found, fallback, snapshot):
    """The label of a {label: snapshots} map at `snapshot`, else `fallback`."""
    for label, snapshots in (found or {}).items():
        if snapshot in snapshots:
            return label
    return fallback


def raw_label(lang, key, snapshot):
    """The msgstr Odoo holds for `key` at `snapshot` (outer whitespace kept), English if none."""
    if lang == "en":
        return at_snapshot(sources["english_variants"].get(key), labels["en"][key], snapshot)
    raw = at_snapshot(sources["raw_msgstr_with_outer_whitespace"].get(lang, {}).get(key), None, snapshot)
    if raw is not None:
        return raw
    if key not in labels[lang] or snapshot in sources["untranslated"].get(lang, {}).get(key, []):
        return raw_label("en", key, snapshot)
    return at_snapshot(sources["labels"].get(lang, {}).get(key), labels[lang][key], snapshot)


def header(lang, model, path, snapshot):
    """The whole header, stripped as export.py strips it: `parent/sub` joins raw labels."""
    if "/" not in path:
        return raw_label(lang, f"{model}.{path}", snapshot).strip()
    parent, sub = path.split("/")
    joined = raw_label(lang, f"{model}.{parent}", snapshot) + "/" + raw_label(lang, f"{TARGETS[(model, parent)]}.{sub}", snapshot)
    written = joined.strip()
    listed = labels["composite_headers"][lang][f"{model}:{path}"]
    assert written in (listed if isinstance(listed, list) else [listed]), (lang, path, written)
    return written


def value(lang, model, path, key, snapshot, keys_for_related):
    selection = SELECTION.get(f"{model}.{path}")
    if not selection:
        return key
    field, related = selection
    if related and keys_for_related:
        return key
    english = selections["en"][field][key]
    english = english[-1] if isinstance(english, list) else english
    if lang == "en" or key not in selections[lang].get(field, {}):
        return english
    found = selections["sources"]["labels"].get(lang, {}).get(field, {}).get(key)
    single = selections[lang][field][key]
    return at_snapshot(found, single if isinstance(single, str) else english, snapshot)


def quoted(cell):
    return '"' + cell.replace('"', '""') + '"'


for lang, (snapshot, keys_for_related) in STYLES.items():
    folder = os.path.join(OUT, lang)
    os.makedirs(folder, exist_ok=True)
    for name, (model, paths, rows) in FILES.items():
        lines = [[header(lang, model, path, snapshot) for path in paths]]
        for row in rows:
            lines.append([value(lang, model, path, cell, snapshot, keys_for_related) for path, cell in zip(paths, row)])
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as handle:
            handle.write("".join(",".join(quoted(cell) for cell in line) + "\n" for line in lines))
print(f"wrote {len(STYLES)} languages x {len(FILES)} files under {OUT}")
