#!/usr/bin/env bash
# Benchmark of the documents: generate a set (default 100,000 move lines, seed 42), then time,
# on a release build, the site build three times (fresh; unchanged data and as-of; the next
# day's as-of), the audit, the expiry list, the recall and the EPCIS export of a flour lot, and
# the site build of data/. Prints wall time, CPU seconds in Lotrace (user) and in the kernel
# (system: mostly making files, which slows down on a file system that just deleted many), peak
# memory, the figures each command reports, each build's step times, and the site's size, file
# count and largest HTML page (the targets of the year-of-data site: first build <= 120 s,
# rebuilds <= 20 s and <= 30 s, <= 5 GB, largest page <= 2 MB, peak memory <= 3 GB at
# 1,000,000 lines).
#
#   scripts/bench-documents.sh
#   MOVES=1000000 scripts/bench-documents.sh
#
# The generated folder is reused between runs (BENCH_DIR); delete its ".done" marker to
# regenerate. SCRATCH is the build folder (default .build). Needs GNU time (/usr/bin/time -v).
# Not part of the tests. On ext4 without a journal, a file system that freed many inodes in the
# last minutes makes files several times slower (it skips inodes freed within 60 s, 360 s while
# their table block is unwritten, scanning past each): time a first build more than six minutes
# after deleting a large site.
set -euo pipefail
cd "$(dirname "$0")/.."

seed=${SEED:-42}
moves=${MOVES:-100000}
dir=${BENCH_DIR:-${TMPDIR:-/tmp}/lotrace-bench-seed$seed-moves$moves}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
scratch=${SCRATCH:-.build}
bin=$scratch/release/lotrace

[[ -x /usr/bin/time ]] || { echo "bench: GNU time (/usr/bin/time) is required" >&2; exit 1; }
echo "== swift build -c release"
swift build -c release --scratch-path "$scratch" >/dev/null

if [[ ! -f "$dir.done" ]]; then
    echo "== generating $moves move lines (seed $seed) into $dir"
    rm -rf "$dir"
    "$bin" generate --out "$dir" --seed "$seed" --moves "$moves" >/dev/null
    touch "$dir.done"
fi

declare -a rows
# measure NAME COMMAND...: runs the command, keeps its last stderr line, wall time and peak RSS.
measure() {
    local name="$1"; shift
    local log; log=$(mktemp)
    local status=0
    /usr/bin/time -v "$@" >"$out/stdout" 2>"$log" || status=$?
    cp "$log" "$out/stderr"
    local wall rss user system said
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    user=$(awk -F': ' '/User time \(seconds\)/ {print $2}' "$log")
    system=$(awk -F': ' '/System time \(seconds\)/ {print $2}' "$log")
    said=$(sed '/Command being timed/,$d' "$log" | grep -v '^\[' | tail -1)
    rows+=("$(printf '%-22s %-9s %-9s %-9s %-9s %-5s %s' "$name" "$wall" "$user" "$system" "$((rss / 1024)) MiB" "$status" "$said")")
    rm -f "$log"
}

flour=$(awk -F'","' 'NR > 1 && $1 ~ /FLR-/ {print $1}' "$dir/stock.lot.csv" | tr -d '"' | sed -n '10p')
steps="$out/steps.txt"
# build NAME AS-OF: a site build, its step lines kept for the summary.
build() {
    measure "$1" "$bin" build --data "$dir" --out "$out/site" --as-of "$2"
    # a build whose inputs did not change at all prints no step
    { echo "  $1:"; grep '^\[' "$out/stderr" | sed 's/^/    /' || echo "    (no step run)"; } >>"$steps"
}
build "site (fresh)" 2026-10-09
build "site (unchanged)" 2026-10-09
build "site (next day)" 2026-10-10
site_size="$(du -sh "$out/site" | cut -f1) on disk, $(du -sh --apparent-size "$out/site" | cut -f1) of bytes"
site_files=$(find "$out/site" -type f | wc -l)
largest=$(find "$out/site" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)
measure "audit" "$bin" audit --data "$dir" --format json
audit_json="$out/audit.json"; cp "$out/stdout" "$audit_json"
measure "expiry" "$bin" expiry --data "$dir" --as-of 2026-10-09 --format json
measure "recall $flour" "$bin" recall "$flour" --data "$dir" --format json
measure "trace epcis $flour" "$bin" trace "$flour" --data "$dir" --format epcis
measure "export epcis" "$bin" export epcis --data "$dir" -o "$out/all.xml"
measure "site data/" "$bin" build --data data --out "$out/data-site" --as-of 2025-03-25

echo
echo "== $moves move lines (seed $seed) in $dir; site: $site_files files, $site_size; largest page: $largest"
printf '%-22s %-9s %-9s %-9s %-9s %-5s %s\n' command wall user-s system-s peak-RSS exit "last line on stderr"
printf '%s\n' "${rows[@]}"
echo
echo "== site build steps"
cat "$steps"
echo
echo "== audit findings per rule"
python3 -c 'import json,sys,collections; [print(f"  {r:24} {n}") for r, n in sorted(collections.Counter(f["rule"] for f in json.load(open(sys.argv[1]))).items())]' "$audit_json"
