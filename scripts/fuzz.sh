#!/usr/bin/env bash
# make fuzz: builds the libFuzzer targets of fuzz/ (with the address sanitizer) in .build-fuzz/ and runs each for
# SECONDS seconds, starting from its seed corpus fuzz/corpus/<target>/ (read only; new inputs go to
# .build-fuzz/fuzzing/corpus/<target>/). A crash, sanitizer report, timeout or memory blow-up leaves its input in
# .build-fuzz/fuzzing/crashes/<target>/ and makes the command fail; the summary gives executions and coverage per
# target. (Not .build-fuzz/artifacts: SwiftPM owns that folder and empties it.)
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET…]   targets: extract jsonlines csv rates html series (default: all)
# Environment: SWIFT (swift), FUZZ_FLAGS (more libFuzzer flags, e.g. -seed=1), FUZZ_JOBS (targets at once: 1),
# FUZZ_CONFIGURATION (release: optimized, with Swift's overflow and bounds checks; debug builds faster).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

seconds=${1:-30}
shift || true
all=(extract jsonlines csv rates html series)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
swift=${SWIFT:-swift}
scratch="$root/.build-fuzz"
work="$scratch/fuzzing"
configuration=${FUZZ_CONFIGURATION:-release}
# lld: gold fails on the sanitizers' debug information.
flags=(-c "$configuration" -Xswiftc -sanitize=fuzzer,address -Xswiftc -g -Xswiftc -use-ld=lld)

product() {
    case "$1" in
        extract) echo FuzzExtract ;; jsonlines) echo FuzzJSONLines ;; csv) echo FuzzCSV ;;
        rates) echo FuzzRates ;; html) echo FuzzHTML ;; series) echo FuzzSeries ;;
        *) echo "fuzz: unknown target '$1'; the targets are: ${all[*]}" >&2; return 1 ;;
    esac
}

for t in "${targets[@]}"; do product "$t" >/dev/null; done

echo "fuzz: building ${targets[*]} ($configuration, -sanitize=fuzzer,address) in .build-fuzz/"
mkdir -p "$work/logs"
for t in "${targets[@]}"; do
    if ! "$swift" build --package-path fuzz --scratch-path "$scratch" --product "$(product "$t")" "${flags[@]}" \
        >"$work/logs/build.log" 2>&1; then
        grep -v "warning: Cannot export local symbol" "$work/logs/build.log" | tail -40 >&2
        echo "fuzz: the build of $(product "$t") failed (.build-fuzz/fuzzing/logs/build.log)" >&2
        exit 1
    fi
    tail -1 "$work/logs/build.log"
done
bin=$("$swift" build --package-path fuzz --scratch-path "$scratch" --show-bin-path "${flags[@]}")

# Swift's backtracer intercepts a trap before ASan and makes it report a false stack-buffer-underflow.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}

run_one() {
    local t=$1 exe log
    exe="$bin/$(product "$t")"
    mkdir -p "$work/corpus/$t" "$work/crashes/$t" "$work/logs"
    log="$work/logs/$t.log"
    # shellcheck disable=SC2086
    if "$exe" "$work/corpus/$t" "fuzz/corpus/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/crashes/$t/" ${FUZZ_FLAGS:-} \
        >"$log" 2>&1 </dev/null; then
        echo "ok" >"$work/logs/$t.status"
    else
        echo "FAILED" >"$work/logs/$t.status"
    fi
}

jobs=${FUZZ_JOBS:-1}
running=0
for t in "${targets[@]}"; do
    echo "fuzz: $t for ${seconds}s"
    run_one "$t" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
done
wait || true

failed=0
printf '\n%-10s %-7s %12s %8s %8s %8s  %s\n' target result executions exec/s cov ft "crashes"
for t in "${targets[@]}"; do
    log="$work/logs/$t.log"
    status=$(cat "$work/logs/$t.status" 2>/dev/null || echo FAILED)
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
    artifacts=$( (find "$work/crashes/$t" -type f 2>/dev/null || true) | head -3 | sed "s|^$root/||" | tr '\n' ' ')
    printf '%-10s %-7s %12s %8s %8s %8s  %s\n' "$t" "$status" "${execs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$artifacts"
    if [ "$status" != ok ]; then
        failed=1
        echo "---- $t: the end of .build-fuzz/fuzzing/logs/$t.log" >&2
        grep -v '^#[0-9]' "$log" | tail -40 >&2
    fi
done
if [ "$failed" -ne 0 ]; then
    echo "fuzz: a target failed; reproduce with $bin/<Target> <crash file>, then add it under Tests/ as a regression test" >&2
    exit 1
fi
