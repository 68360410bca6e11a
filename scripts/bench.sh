#!/usr/bin/env bash
# Benchmark of the ingest and the questions asked on top of it. For each size (generated move
# lines, fixed seed) it times, on a release build:
#   - `lotrace check --timings`: ingest and graph build;
#   - the whole `lotrace onhand --format json` process (wall time, peak memory), and, when
#     Python's duckdb package is there (pip install duckdb), DuckDB's load + clean + on hand of
#     the same CSV files in the same run (scripts/duckdb-onhand.py), their ratio, and whether the
#     balances are identical;
#   - `lotrace recall --lots-file` of 1,000 lots (every n-th lot of the lots export): the recall
#     beyond the load;
#   - `lotrace trace LOT --timings`: one lot's trace once the graph is built;
#   - for the first size, when XLSX=1, `lotrace check` on the same set as XLSX (converted by
#     scripts/make-xlsx-fixtures.py: xlsxwriter, as Odoo's export writes it).
#
#   scripts/bench.sh                          # SIZES="1000000 10000000" RUNS=3
#   SIZES=1000000 RUNS=1 scripts/bench.sh
#   XLSX=1 SIZES=1000000 scripts/bench.sh
#
# Generated folders are reused between runs (BENCH_DIR-<size>, default under $TMPDIR); delete
# them, or their ".done" markers, to regenerate. SCRATCH is the build folder (default .build).
# Needs GNU time (/usr/bin/time -v). Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

seed=${SEED:-42}
sizes=${SIZES:-1000000 10000000}
runs=${RUNS:-3}
xlsx=${XLSX:-0}
base=${BENCH_DIR:-${TMPDIR:-/tmp}/lotrace-bench-seed$seed}
scratch=${SCRATCH:-.build}
bin=$scratch/release/lotrace
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[[ -x /usr/bin/time ]] || { echo "bench: GNU time (/usr/bin/time) is required" >&2; exit 1; }
if [[ "$xlsx" == 1 ]] && ! python3 -c "import xlsxwriter" 2>/dev/null; then
    echo "bench: python3 with xlsxwriter is required for the XLSX runs (pip install xlsxwriter, or XLSX=0)" >&2
    exit 1
fi
duckdb=0
if python3 -c "import duckdb" 2>/dev/null; then duckdb=1; else echo "== no python3 duckdb package: DuckDB is not timed (pip install duckdb)"; fi

echo "== swift build -c release"
swift build -c release --scratch-path "$scratch" >/dev/null

declare -a rows
# run LABEL COMMAND...: runs the command under GNU time; sets $wall (s), $rss (MiB), $status and
# keeps its stderr in $work/stderr.
run() {
    local label=$1; shift
    status=0
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr" || status=$?
    # GNU time puts "Command exited with non-zero status N" first when the command fails.
    read -r wall rss_kb < <(tail -n 1 "$work/time")
    rss=$((rss_kb / 1024))
    echo "   $label: ${wall} s, ${rss} MiB, exit $status"
}
# timing NAME: the figure of `timing: NAME` in the last run's stderr.
timing() { awk -v name="$1" '$1 == "timing:" && $2 == name {sub(",", "", $4); print $3" "$4" (peak "$6" MiB)"}' "$work/stderr"; }
row() { rows+=("$(printf '%-9s %-34s %s' "$1" "$2" "$3")"); }

for moves in $sizes; do
    dir=$base-$moves
    if [[ -f "$dir.done" ]]; then
        echo "== reusing $dir"
    else
        echo "== generating $moves move lines (seed $seed) into $dir"
        rm -rf "$dir"
        "$bin" generate --out "$dir" --seed "$seed" --moves "$moves" | tail -1
        touch "$dir.done"
    fi
    size=$(du -smL "$dir" | cut -f1)
    row "$moves" "input" "$size MB ($(ls "$dir" | tr '\n' ' '))"

    best_onhand=""; best_duckdb=""
    for n in $(seq 1 "$runs"); do
        echo "== $moves lines, run $n"
        run "check --timings" "$bin" check --data "$dir" --timings
        row "$moves" "check run $n: ingest, graph" "$(timing ingest), $(timing graph); ${wall} s wall, ${rss} MiB"
        run "onhand --format json" "$bin" onhand --data "$dir" --format json --rejections-as-warnings
        cp "$work/stdout" "$work/onhand.json"
        row "$moves" "onhand run $n (whole process)" "${wall} s, peak ${rss} MiB, exit $status"
        best_onhand=$(python3 -c "import sys; a=sys.argv[1]; print(min(float(x) for x in (a, sys.argv[2]) if x))" "$best_onhand" "$wall")
        if [[ "$duckdb" == 1 ]]; then
            said=$(python3 scripts/duckdb-onhand.py "$dir" --threads "$(nproc)" --compare "$work/onhand.json" || true)
            echo "$said" | sed 's/^/   /'
            seconds=$(echo "$said" | awk 'NR == 1 {print $3}')
            row "$moves" "duckdb run $n" "$(echo "$said" | tr '\n' ';')"
            best_duckdb=$(python3 -c "import sys; a=sys.argv[1]; print(min(float(x) for x in (a, sys.argv[2]) if x))" "$best_duckdb" "$seconds")
        fi
    done
    if [[ "$duckdb" == 1 ]]; then
        row "$moves" "onhand / duckdb (best of $runs)" \
            "$(python3 -c "import sys; print(f'{float(sys.argv[1]):.2f} s / {float(sys.argv[2]):.2f} s = {float(sys.argv[1]) / float(sys.argv[2]):.2f} (target <= 0.5)')" "$best_onhand" "$best_duckdb")"
    fi

    # 1,000 lots spread over the lots export, with their products.
    python3 - "$dir/stock.lot.csv" "$work/lots.csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
step = max(len(rows) // 1000, 1)
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out, quoting=csv.QUOTE_ALL)
    writer.writerow(["Product", "Lot/Serial Number"])
    for row in rows[::step][:1000]:
        writer.writerow([row["Product"], row["Lot/Serial Number"]])
PY
    run "recall --lots-file (1,000 lots)" "$bin" recall --lots-file "$work/lots.csv" --data "$dir" --format json --timings --rejections-as-warnings
    reached=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(len(r.get('affected', [])), 'affected lots,', len(r.get('deliveries', [])), 'deliveries')" "$work/stdout" 2>/dev/null || echo "?")
    row "$moves" "recall of 1,000 lots" "recall $(timing recall), JSON output $(timing output) beyond ingest $(timing ingest) + graph $(timing graph); $reached; ${wall} s wall, ${rss} MiB, exit $status"
    # lots.csv rows are "product","lot", ended by CR LF (Python's csv).
    product=$(awk -F'","' 'NR == 2 {sub(/\r$/, ""); print substr($1, 2)}' "$work/lots.csv")
    lot=$(awk -F'","' 'NR == 2 {sub(/\r$/, ""); print substr($2, 1, length($2) - 1)}' "$work/lots.csv")
    run "trace $lot --timings" "$bin" trace "$lot" --product "$product" --data "$dir" --format json --timings --rejections-as-warnings
    row "$moves" "trace $lot" "trace $(timing trace) once the graph is built (ingest $(timing ingest), graph $(timing graph))"

    if [[ "$xlsx" == 1 && "$moves" == "${sizes%% *}" ]]; then
        if [[ ! -f "$dir-xlsx.done" ]]; then
            echo "== converting $dir to XLSX (xlsxwriter, constant_memory) into $dir-xlsx"
            rm -rf "$dir-xlsx"
            python3 scripts/make-xlsx-fixtures.py convert "$dir" "$dir-xlsx" --constant-memory
            touch "$dir-xlsx.done"
        fi
        for n in $(seq 1 "$runs"); do
            run "check --timings (XLSX)" "$bin" check --data "$dir-xlsx" --timings
            row "$moves" "XLSX check run $n: ingest, graph" "$(timing ingest), $(timing graph); ${wall} s wall, ${rss} MiB"
        done
    fi
done

echo
echo "== summary (seed $seed, $(nproc) cores)"
printf '%s\n' "${rows[@]}"
