#!/usr/bin/env bash
# run.sh BUILDDIR SECONDS HARNESS... -- replay the regression inputs, then
# fuzz each harness for SECONDS on BUILDDIR/corpus/HARNESS and print one
# line per harness: executions, exec/s, coverage (cov: edges, ft:
# features), corpus size and findings.  A finding is saved as
# BUILDDIR/findings/HARNESS/crash-* (or timeout-*, oom-*): copy it into
# tests/fuzz/regressions/HARNESS/ once fixed.  Exit status 1 when a
# regression fails or a harness finds anything.
#   FUZZ_JOBS=N   harnesses run N at a time (default: 1)
#   FUZZ_FLAGS    extra libFuzzer flags
#   FUZZ_SEED=N   libFuzzer's -seed (and -reload=0): on this machine, the
#                 same inputs in the same order on every run, to replay a
#                 campaign; unset (CI), each run tries new ones
set -uo pipefail
dir=${1:?usage: run.sh BUILDDIR SECONDS HARNESS...}; secs=${2:?}; shift 2
here=$(cd "$(dirname "$0")" && pwd)
flags=${FUZZ_RUN_FLAGS:--max_len=65536 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 -dict=$here/scm.dict}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0

# 1. regressions: each saved input, replayed alone (no fuzzing)
for h in "$@"; do
  reg="$here/regressions/$h"
  [ -d "$reg" ] || continue
  files=("$reg"/*)
  [ -e "${files[0]}" ] || continue
  if "$dir/fuzz_$h" -timeout=60 -rss_limit_mb=2048 "${files[@]}" > "$dir/regress-$h.log" 2>&1; then
    echo "fuzz: regressions $h: ${#files[@]} inputs replayed, ok"
  else
    echo "fuzz: regressions $h: FAILED (see $dir/regress-$h.log)"; status=1
  fi
done

# 2. fuzzing, bounded in time
run_one() {
  local h=$1 log="$dir/fuzz-$h.log"
  mkdir -p "$dir/corpus/$h" "$dir/findings/$h"
  # shellcheck disable=SC2086
  "$dir/fuzz_$h" $flags ${FUZZ_SEED:+-seed=$FUZZ_SEED -reload=0} ${FUZZ_FLAGS:-} -max_total_time="$secs" \
    -artifact_prefix="$dir/findings/$h/" "$dir/corpus/$h" > "$log" 2>&1
  echo $? > "$dir/fuzz-$h.rc"
}
jobs_max=${FUZZ_JOBS:-1}
for h in "$@"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs_max" ]; do sleep 1; done
  run_one "$h" &
done
wait

printf '%-10s %12s %8s %7s %7s %7s %s\n' harness executions exec/s cov ft corpus findings
for h in "$@"; do
  log="$dir/fuzz-$h.log"
  execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -o '[0-9]*$' | tail -1)
  speed=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -o '[0-9]*$' | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | grep 'cov:' | tail -1)
  cov=$(echo "$last" | grep -o 'cov: [0-9]*' | grep -o '[0-9]*')
  ft=$(echo "$last" | grep -o 'ft: [0-9]*' | grep -o '[0-9]*')
  corp=$(ls "$dir/corpus/$h" | wc -l)
  found=$(ls "$dir/findings/$h" | wc -l)
  rc=$(cat "$dir/fuzz-$h.rc" 2>/dev/null || echo 1)
  [ "$rc" -ne 0 ] && found="$found (exit $rc, see $log)"
  { [ "$rc" -ne 0 ] || [ "$(ls "$dir/findings/$h" | wc -l)" -ne 0 ]; } && status=1
  printf '%-10s %12s %8s %7s %7s %7s %s\n' "$h" "${execs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$corp" "$found"
done
exit $status
