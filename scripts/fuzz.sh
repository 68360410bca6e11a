#!/usr/bin/env bash
# scripts/fuzz.sh HARNESS SECONDS [libFuzzer options...]: runs one libFuzzer harness
# (Tests/Fuzz/Harnesses) for SECONDS, starting from its seed corpus Tests/Fuzz/Corpus/HARNESS.
# HARNESS "all" runs every harness for SECONDS each, one after the other.
#
# The harnesses are built once into .build-fuzz (release, AddressSanitizer, coverage for
# libFuzzer, library targets compiled for testing); LOTRACE_FUZZ=1 declares their target in
# Package.swift, so a normal `swift build` never sees them. Inputs that add coverage are kept in
# .build-fuzz/corpus/HARNESS; an input that crashes or breaks an invariant is written to
# .build-fuzz/crashes/HARNESS/ and the script exits 1 (make it a regression test, then fix it).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
    echo "usage: scripts/fuzz.sh HARNESS|all SECONDS [libFuzzer options...]" >&2
    echo "harnesses: $(ls Tests/Fuzz/Corpus | tr '\n' ' ')" >&2
    exit 64
fi
harness=$1
seconds=$2
shift 2
scratch=.build-fuzz

clang_lib=$(dirname "$(readlink -f "$(command -v swiftc)")")/../lib/clang
fuzzer_lib=$(ls "$clang_lib"/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a | head -n 1)
LOTRACE_FUZZ=1 swift build -c release --scratch-path "$scratch" --product lotrace-fuzz \
    -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp \
    -Xswiftc -enable-testing \
    -Xlinker --whole-archive -Xlinker "$fuzzer_lib" -Xlinker --no-whole-archive -Xlinker -lstdc++ >&2
binary=$scratch/release/lotrace-fuzz

run() {
    local name=$1
    shift
    [ -d "Tests/Fuzz/Corpus/$name" ] || { echo "fuzz: no harness $name (no Tests/Fuzz/Corpus/$name)" >&2; exit 64; }
    mkdir -p "$scratch/corpus/$name" "$scratch/crashes/$name"
    echo "fuzz: $name for $seconds s" >&2
    # Swift's own crash backtracer would read memory AddressSanitizer guards: libFuzzer reports.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} "$binary" "$name" -max_total_time="$seconds" -timeout=25 \
        -print_final_stats=1 -artifact_prefix="$scratch/crashes/$name/" "$@" \
        "$scratch/corpus/$name" "Tests/Fuzz/Corpus/$name"
}

if [ "$harness" = all ]; then
    for name in $(ls Tests/Fuzz/Corpus); do run "$name" "$@"; done
else
    run "$harness" "$@"
fi
