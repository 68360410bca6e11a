#!/usr/bin/env python3
"""DuckDB's answer to `lotrace onhand`, for the benchmark (scripts/bench.sh).

Loads a folder's move-line, product and location CSV exports with DuckDB, cleans them (done lines of the
products the product export lists, quantities as exact decimals, the product's Internal Reference
from "[REF] Name", empty lots as untracked) and sums stock on hand per product, lot and internal location (non-zero only), as
`lotrace onhand` does. Prints the seconds DuckDB took (load + clean + on hand, in this process,
Python's start not counted) and, with --compare FILE (`lotrace onhand --format json` output),
whether the balances of the products in the product CSV are the same, exactly.

    scripts/duckdb-onhand.py DATA_FOLDER [--compare onhand.json] [--threads 2]
"""
import argparse
import decimal
import json
import os
import sys
import time

import duckdb

# DuckDB names are case-insensitive: the aliases must differ from every column name ("Product",
# "Reference").
QUERY = """
WITH products AS (
    SELECT "Internal Reference" AS item
    FROM read_csv(?, header = true, all_varchar = true)
),
lines AS (
    SELECT regexp_extract("Product", '^\\[([^\\]]*)\\]', 1) AS item,
           coalesce("Lot/Serial Number", '') AS lot,
           "From" AS source, "To" AS destination,
           CAST("Quantity" AS DECIMAL(38, 6)) AS quantity
    FROM read_csv(?, header = true, all_varchar = true)
    WHERE "Status" = 'Done' AND item IN (SELECT item FROM products)
),
internal AS (
    SELECT "Full Location Name" AS location
    FROM read_csv(?, header = true, all_varchar = true)
    WHERE "Location Type" = 'Internal Location'
),
movements AS (
    SELECT item, lot, destination AS location, quantity FROM lines
    UNION ALL
    SELECT item, lot, source AS location, -quantity FROM lines
)
SELECT item, lot, location, sum(quantity) AS quantity
FROM movements JOIN internal USING (location)
GROUP BY item, lot, location
HAVING sum(quantity) <> 0
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--compare", help="lotrace onhand --format json output to compare with")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    arguments = parser.parse_args()
    moves = os.path.join(arguments.folder, "stock.move.line.csv")
    products = os.path.join(arguments.folder, "product.product.csv")
    locations = os.path.join(arguments.folder, "stock.location.csv")
    started = time.perf_counter()
    connection = duckdb.connect(config={"threads": arguments.threads})
    rows = connection.execute(QUERY, [products, moves, locations]).fetchall()
    seconds = time.perf_counter() - started
    print(f"duckdb {duckdb.__version__}: {seconds:.3f} s, {len(rows)} balances")
    if arguments.compare:
        with open(arguments.compare) as file:
            lotrace = json.load(file, parse_float=decimal.Decimal, parse_int=decimal.Decimal)
        # Lotrace also reads the folder's other files (an Odoo XML data file's products and their
        # lines): only the products of the product CSV are compared.
        listed = {row[0] for row in connection.execute(
            'SELECT "Internal Reference" FROM read_csv(?, header = true, all_varchar = true)', [products]).fetchall()}
        ours = sorted(
            (r["product"], r["lot"], r["location"], decimal.Decimal(r["quantity"]).normalize())
            for r in lotrace if r["product"] in listed)
        theirs = sorted((p, l, loc, q.normalize()) for p, l, loc, q in rows)
        if ours == theirs:
            print(f"balances: identical ({len(ours)})")
        else:
            missing = sorted(set(theirs) - set(ours))[:5]
            extra = sorted(set(ours) - set(theirs))[:5]
            print(f"balances: DIFFERENT (lotrace {len(ours)}, duckdb {len(theirs)}); only duckdb: {missing}; only lotrace: {extra}")
            sys.exit(1)


if __name__ == "__main__":
    main()
