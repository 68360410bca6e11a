#!/usr/bin/env bash
# Benchmark: generate 1,000,000 move lines (fixed seed), then time `lotrace check --timings`.
#
#   scripts/bench.sh            # SEED=42 MOVES=1000000 RUNS=3
#   MOVES=200000 RUNS=1 scripts/bench.sh
#
# The generated folder is reused between runs (BENCH_DIR, default under $TMPDIR); delete it, or
# its ".done" marker, to regenerate. Needs GNU time (/usr/bin/time -v). Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

seed=${SEED:-42}
moves=${MOVES:-1000000}
runs=${RUNS:-3}
dir=${BENCH_DIR:-${TMPDIR:-/tmp}/lotrace-bench-seed$seed-moves$moves}
bin=.build/release/lotrace

[[ -x /usr/bin/time ]] || { echo "bench: GNU time (/usr/bin/time) is required" >&2; exit 1; }

echo "== swift build -c release"
swift build -c release

if [[ -f "$dir.done" ]]; then
    generation="reused"
    echo "== reusing $dir"
else
    echo "== generating $moves move lines (seed $seed) into $dir"
    rm -rf "$dir"
    start=$(date +%s%N)
    "$bin" generate --out "$dir" --seed "$seed" --moves "$moves"
    elapsed_ms=$((($(date +%s%N) - start) / 1000000))
    generation=$(printf '%d.%02d s' $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 10)))
    touch "$dir.done"
fi

declare -a rows
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for run in $(seq 1 "$runs"); do
    echo "== run $run: lotrace check --data $dir --timings"
    status=0
    /usr/bin/time -v "$bin" check --data "$dir" --timings >/dev/null 2>"$log" || status=$?
    timings=$(grep -E '^timing: ' "$log" || true)
    if [[ -z "$timings" ]]; then
        sed '/Command being timed/,$d' "$log"
    else
        echo "$timings"
    fi
    ingest=$(awk '/^timing: ingest/ {print $3" "$4}' "$log")
    graph=$(awk '/^timing: graph/ {print $3" "$4}' "$log")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
    rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    rows+=("$(printf '%-4s %-10s %-10s %-10s %-10s %-6s' "$run" "${ingest:--}" "${graph:--}" "$wall" \
        "$((rss_kb / 1024)) MiB" "$status")")
done

echo
echo "== summary ($moves move lines, seed $seed; generation: $generation)"
printf '%-4s %-10s %-10s %-10s %-10s %-6s\n' run ingest graph wall peak-RSS exit
printf '%s\n' "${rows[@]}"
