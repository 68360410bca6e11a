#!/usr/bin/env bash
# Benchmark: generate 1,000,000 move lines (fixed seed), then time `lotrace check --timings` on
# them as CSV, and as XLSX: the same set converted by scripts/make-xlsx-fixtures.py (xlsxwriter,
# as Odoo's export writes it, in constant_memory mode: rows streamed, strings inline).
#
#   scripts/bench.sh            # SEED=42 MOVES=1000000 RUNS=3
#   MOVES=200000 RUNS=1 scripts/bench.sh
#   XLSX=0 scripts/bench.sh     # CSV only
#
# The generated folders are reused between runs (BENCH_DIR, default under $TMPDIR, and
# BENCH_DIR-xlsx); delete them, or their ".done" markers, to regenerate. SCRATCH is the build
# folder (default .build). Needs GNU time (/usr/bin/time -v), and for XLSX python3 with
# xlsxwriter (pip install xlsxwriter). Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

seed=${SEED:-42}
moves=${MOVES:-1000000}
runs=${RUNS:-3}
xlsx=${XLSX:-1}
dir=${BENCH_DIR:-${TMPDIR:-/tmp}/lotrace-bench-seed$seed-moves$moves}
scratch=${SCRATCH:-.build}
bin=$scratch/release/lotrace

[[ -x /usr/bin/time ]] || { echo "bench: GNU time (/usr/bin/time) is required" >&2; exit 1; }
if [[ "$xlsx" == 1 ]] && ! python3 -c "import xlsxwriter" 2>/dev/null; then
    echo "bench: python3 with xlsxwriter is required for the XLSX runs (pip install xlsxwriter, or XLSX=0)" >&2
    exit 1
fi

echo "== swift build -c release"
swift build -c release --scratch-path "$scratch"

# Runs `$2` (a command) and prints how long it took.
elapsed() {
    local start
    start=$(date +%s%N)
    "${@:2}"
    local ms=$((($(date +%s%N) - start) / 1000000))
    printf -v "$1" '%d.%02d s' $((ms / 1000)) $((ms % 1000 / 10))
}

if [[ -f "$dir.done" ]]; then
    generation="reused"
    echo "== reusing $dir"
else
    echo "== generating $moves move lines (seed $seed) into $dir"
    rm -rf "$dir"
    elapsed generation "$bin" generate --out "$dir" --seed "$seed" --moves "$moves"
    touch "$dir.done"
fi

conversion="-"
if [[ "$xlsx" == 1 ]]; then
    if [[ -f "$dir-xlsx.done" ]]; then
        conversion="reused"
        echo "== reusing $dir-xlsx"
    else
        echo "== converting $dir to XLSX (xlsxwriter, constant_memory) into $dir-xlsx"
        rm -rf "$dir-xlsx"
        elapsed conversion python3 scripts/make-xlsx-fixtures.py convert "$dir" "$dir-xlsx" --constant-memory
        touch "$dir-xlsx.done"
    fi
fi

declare -a rows
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# Times `lotrace check` on folder $2, labelled $1, $runs times.
measure() {
    local label=$1 folder=$2
    for run in $(seq 1 "$runs"); do
        echo "== $label run $run: lotrace check --data $folder --timings"
        local status=0
        /usr/bin/time -v "$bin" check --data "$folder" --timings >/dev/null 2>"$log" || status=$?
        local timings
        timings=$(grep -E '^timing: ' "$log" || true)
        if [[ -z "$timings" ]]; then
            sed '/Command being timed/,$d' "$log"
        else
            echo "$timings"
        fi
        local ingest graph wall user rss_kb
        ingest=$(awk '/^timing: ingest/ {print $3" "$4}' "$log")
        graph=$(awk '/^timing: graph/ {print $3" "$4}' "$log")
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
        user=$(awk -F': ' '/User time \(seconds\)/ {print $2" s"}' "$log")
        rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
        rows+=("$(printf '%-5s %-4s %-10s %-10s %-10s %-10s %-10s %-6s' "$label" "$run" "${ingest:--}" "${graph:--}" \
            "$wall" "$user" "$((rss_kb / 1024)) MiB" "$status")")
    done
}

measure csv "$dir"
if [[ "$xlsx" == 1 ]]; then measure xlsx "$dir-xlsx"; fi

echo
echo "== summary ($moves move lines, seed $seed; generation: $generation; XLSX conversion: $conversion)"
printf '%-5s %-4s %-10s %-10s %-10s %-10s %-10s %-6s\n' input run ingest graph wall user peak-RSS exit
printf '%s\n' "${rows[@]}"
