#!/usr/bin/env python3
"""Generates Sources/LotraceCore/Resources/odoo-labels.tsv, the table of the column headers and
selection values Odoo 17/18/19 writes in each language, from the odoo-i18n reference table
(labels.json and selections.json, every label read from Odoo's own .po files; see its README).

Usage: scripts/make-odoo-labels.py [REFERENCE_DIR]
Default: ../shared/reference/odoo-i18n next to the repository.

Nothing is chosen by hand: every label of every listed variant is written. Rules applied:
  * A language's label for a field is every variant listed for it; where the field is not
    translated in some snapshot (missing key, or sources.untranslated), Odoo writes the English
    label, so the English labels are valid in that language too.
  * Headers written: the fields behind the headers Lotrace reads (sources.needed_keys, with the
    product.product twin of each product.template field), every composite header, and every two
    fields of one model that share a label in some language (sources.header_collisions and the
    language tables: a clash, which Lotrace resolves by column content).
  * Selection values: the labels of stock.move.state (move-line Status), stock.picking.state
    (transfer Status), stock.location.usage, product.template.tracking and
    stock.picking.type.code, with the English fallback as for headers. When one label names two
    keys of one selection in a language (nl "Gereed" is Done in 17a/18/19 and Ready in 17b), the
    key whose label is the newer (by snapshot 17a < 17b < 17c < 18d < 18s < 19) wins; when both
    are as new, both are written and Lotrace treats the label as ambiguous.

Output lines (UTF-8, tab-separated; languages space-separated; nothing trimmed):
  L <lang> <fallback chain length>
  H <model> <field or composite path> <header> <languages>
  S <selection> <key> <value> <languages>
"""
import json
import os
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(ROOT), "shared/reference/odoo-i18n")
OUT = os.path.join(ROOT, "Sources/LotraceCore/Resources/odoo-labels.tsv")

MODELS = ["stock.move.line", "stock.lot", "product.template", "product.product", "stock.picking",
          "stock.picking.type", "res.partner", "stock.location"]
SELECTIONS = {
    "move_status": "stock.move.state",
    "transfer_status": "stock.picking.state",
    "usage": "stock.location.usage",
    "tracking": "product.template.tracking",
    "kind": "stock.picking.type.code",
}
SNAPSHOT_ORDER = ["17a", "17b", "17c", "18d", "18s", "19"]


def variants(value):
    return value if isinstance(value, list) else [value]


def python_strip(text):
    """Python's str.strip(): Unicode whitespace, NBSP included."""
    return text.strip()


labels = json.load(open(os.path.join(REFERENCE, "labels.json"), encoding="utf-8"))
selections = json.load(open(os.path.join(REFERENCE, "selections.json"), encoding="utf-8"))
languages = [key for key in labels if key not in ("_about", "composite_headers", "sources")]
sources = labels["sources"]
untranslated = sources["untranslated"]
chains = sources["po_fallback_chain"]
english = labels["en"]


def accepted(lang, key):
    """Every header Odoo may write for `key` in `lang` (English where it is untranslated)."""
    found = list(variants(labels[lang][key])) if key in labels[lang] else []
    if lang != "en" and (key not in labels[lang] or key in untranslated.get(lang, {})) and key in english:
        found += [label for label in variants(english[key]) if label not in found]
    return found


for lang in languages:
    for key, value in labels[lang].items():
        for label in variants(value):
            if label != python_strip(label) or "\t" in label or "\n" in label:
                raise SystemExit(f"{lang} {key}: {label!r} is not a whole stripped header")

needed = {key for keys in sources["needed_keys"].values() for key in keys if key != "export.external_id"}
needed |= {"product.product." + key.split(".", 2)[2] for key in needed if key.startswith("product.template.")}
needed = {key for key in needed if any(key in labels[lang] for lang in languages)}

# Headers: (model, field) -> header -> languages.
headers = defaultdict(lambda: defaultdict(set))
all_keys = sorted({key for lang in languages for key in labels[lang]})
for model in MODELS:
    keys = [key for key in all_keys if key.startswith(model + ".") and "." not in key[len(model) + 1:]]
    for lang in languages:
        by_label = defaultdict(set)
        for key in keys:
            for label in accepted(lang, key):
                by_label[label].add(key)
        chosen = {key for key in keys if key in needed}
        for label, owners in by_label.items():
            if len(owners) > 1:
                chosen |= owners
        for key in chosen:
            for label in accepted(lang, key):
                headers[(model, key[len(model) + 1:])][label].add(lang)
# Clashes with fields the language tables do not list (ko picking_location_id, cs title...).
for clash in sources["header_collisions"]:
    if clash["model"] in MODELS:
        for field in clash["fields"]:
            headers[(clash["model"], field)][clash["header"]].add(clash["lang"])
# Every field written is named in English too (for messages, and English headers).
for (model, path) in list(headers):
    for label in accepted("en", f"{model}.{path}") if f"{model}.{path}" in english else []:
        headers[(model, path)][label].add("en")
for lang in languages:
    for composite, value in labels["composite_headers"].get(lang, {}).items():
        model, path = composite.split(":", 1)
        if model not in MODELS:
            continue
        for label in variants(value):
            if label != python_strip(label):
                raise SystemExit(f"{lang} {composite}: {label!r} is not stripped as a whole")
            headers[(model, path)][label].add(lang)

# Selection values: group -> key -> value -> languages.
values = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
selection_sources = selections["sources"]["labels"]
ambiguous = []
for lang in languages:
    for group, field in SELECTIONS.items():
        table = selections.get(lang, {}).get(field, {})
        english_table = selections["en"].get(field, {})
        newest = {}  # value -> {key: rank of its newest snapshot}
        for key in sorted(set(table) | set(english_table)):
            own = variants(table[key]) if key in table else []
            snapshots = selection_sources.get(lang, {}).get(field, {}).get(key, {})
            for value in own:
                rank = max((SNAPSHOT_ORDER.index(s) for s in snapshots.get(value, SNAPSHOT_ORDER)), default=0)
                newest.setdefault(value, {})[key] = rank
            covered = {s for found in snapshots.values() for s in found}
            if lang == "en" or not own or (snapshots and covered != set(SNAPSHOT_ORDER)):
                for value in variants(english_table.get(key, [])):
                    newest.setdefault(value, {}).setdefault(key, -1)
        for value, keys in newest.items():
            best = max(keys.values())
            winners = [key for key, rank in keys.items() if rank == best]
            if len(keys) > 1:
                ambiguous.append(f"{lang} {field} {value!r}: {sorted(keys)} -> {sorted(winners)}")
            for key in winners:
                values[group][key][value].add(lang)

lines = [
    "# Odoo 17/18/19 export headers and selection values per language, for Lotrace.",
    "# Generated by scripts/make-odoo-labels.py from the odoo-i18n reference table. Do not edit.",
]
for lang in languages:
    lines.append(f"L\t{lang}\t{len(chains.get(lang, [lang]))}")
for (model, path), by_label in sorted(headers.items()):
    for label, langs in sorted(by_label.items()):
        lines.append(f"H\t{model}\t{path}\t{label}\t{' '.join(sorted(langs))}")
for group in sorted(values):
    for key in sorted(values[group]):
        for value, langs in sorted(values[group][key].items()):
            if "\t" in value or "\n" in value:
                raise SystemExit(f"{group} {key}: {value!r} holds a tab or line break")
            lines.append(f"S\t{group}\t{key}\t{value}\t{' '.join(sorted(langs))}")

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT + ".tmp", "w", encoding="utf-8") as handle:
    handle.write("\n".join(lines) + "\n")
os.replace(OUT + ".tmp", OUT)
print(f"{OUT}: {len(languages)} languages, {sum(len(v) for v in headers.values())} headers, "
      f"{sum(len(v) for g in values.values() for v in g.values())} selection values")
for line in ambiguous:
    print("label naming two keys:", line)
