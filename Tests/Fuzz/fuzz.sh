#!/usr/bin/env bash
# Builds the libFuzzer harness (address sanitizer and leak detection included) and runs every target for
# FUZZ_SECONDS seconds (default 60) over the committed seed corpus, or until FUZZ_RUNS executions if that
# is set and comes first. Not part of `make test`.
# A crash leaves its input as .build/fuzz/crash-TARGET-*; add it to Tests/Fuzz/Regressions/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${FUZZ_SECONDS:-60}"
out=.build/fuzz
mkdir -p "$out"
flags=(-parse-as-library -O -sanitize=fuzzer,address -I "$out")
echo "Building the fuzz harness in $out ..."
# Each module as a static library with its interface, in dependency order; then the harness over all of them.
module() {
    local name="$1"; shift
    swiftc -emit-library -static -emit-module -module-name "$name" "${flags[@]}" "$@" \
        $(find "Sources/$name" -name '*.swift') -o "$out/lib$name.a" -emit-module-path "$out/$name.swiftmodule" 2>> "$out/build.log"
}
: > "$out/build.log"
module FordelingCore
module ZIPArchive
module XMLScanner
module FordelingFormats
swiftc -module-name FordelingFuzz "${flags[@]}" $(find Tests/Support -name '*.swift') Tests/Fuzz/Harness.swift \
    "$out/libFordelingFormats.a" "$out/libFordelingCore.a" "$out/libZIPArchive.a" "$out/libXMLScanner.a" \
    -o "$out/fordel-fuzz" 2>> "$out/build.log"
# The one allocation held for the whole process (see the file) is not a leak.
export LSAN_OPTIONS="suppressions=$PWD/Tests/Fuzz/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
status=0
for target in ${FUZZ_TARGETS:-csv numbers definitions batch scenarios set approved tables inflate zip xml workbook}; do
    mkdir -p "$out/corpus/$target"
    # Whole definition files of several sheets and whole workbooks need room; every other input is kept short so
    # executions are fast.
    max_len="${FUZZ_MAX_LEN:-$(case "$target" in batch) echo 8192;; workbook) echo 16384;; *) echo 1024;; esac)}"
    echo "== $target ($seconds s)"
    if FUZZ_TARGET="$target" "$out/fordel-fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" ${FUZZ_RUNS:+-runs="$FUZZ_RUNS"} -print_final_stats=1 \
        -artifact_prefix="$out/crash-$target-" "$out/corpus/$target" "Tests/Fuzz/Corpus/$target" > "$out/$target.log" 2>&1; then
        runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$out/$target.log" | grep -o '[0-9]*$')
        echo "   $runs executions, no crash, no hang, no leak"
    else
        status=1
        echo "   FAILED: see $out/$target.log"
        tail -n 30 "$out/$target.log"
    fi
done
exit "$status"
