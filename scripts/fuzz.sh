#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/*_fuzz.cpp) with clang + ASan + UBSan into
# build-fuzz/ (or $LEDE_FUZZ_BUILD_DIR: CI passes build-asan/, the sanitizer
# build of scripts/build-sanitize.sh, which holds the targets too, at lower
# optimization) and runs each for SECONDS (default 30) from its seed corpus
# fuzz/corpus/<name>/ (or fuzz/corpus/<name without _fuzz>/). New inputs go to fuzz/corpus-work/<name>/ (not committed);
# crashes to fuzz/corpus-work/artifacts/. Exits non-zero when any target finds
# a crash, leak, timeout or sanitizer report.
#
#   bash scripts/fuzz.sh            # 30 s each (CI runs 20 s each: scripts/test.sh)
#   bash scripts/fuzz.sh 600        # 10 minutes each
#   bash scripts/fuzz.sh 600 jsonl_fuzz normalize_fuzz   # only these targets
#   LEDE_FUZZ_JOBS=2 bash scripts/fuzz.sh 600            # two targets at a time
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-30}"
shift || true
BUILD_DIR="${LEDE_FUZZ_BUILD_DIR:-build-fuzz}"
JOBS="${LEDE_FUZZ_JOBS:-1}"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=1

if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
  GEN=()
  command -v ninja >/dev/null && GEN=(-G Ninja)
  CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" "${GEN[@]}" \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
    -DLEDE_BUILD_FUZZ=ON -DLEDE_BUILD_TESTS=OFF -DLEDE_BUILD_CLI=OFF -DLEDE_WERROR=OFF
fi

TARGETS=("$@")
if ((${#TARGETS[@]} == 0)); then
  for f in fuzz/*_fuzz.cpp; do TARGETS+=("$(basename "$f" .cpp)"); done
fi
cmake --build "$BUILD_DIR" -j "$(nproc)" --target "${TARGETS[@]}"

ART=fuzz/corpus-work/artifacts
mkdir -p "$ART"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

run_one() {
  local t="$1" work="fuzz/corpus-work/$1" seeds="fuzz/corpus/$1" log="fuzz/corpus-work/$1.log"
  [[ -d "$seeds" ]] || seeds="fuzz/corpus/${t%_fuzz}"  # fuzz/corpus/extract for extract_fuzz
  mkdir -p "$work" "$seeds"
  local start=$SECONDS rc=0
  "$BUILD_DIR/fuzz/$t" "$work" "$seeds" -max_total_time="$SECONDS_EACH" -timeout=10 \
    -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 -artifact_prefix="$ART/$t-" \
    >"$log" 2>&1 || rc=$?
  local stats
  stats=$(grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | tr '\n' ' ' || true)
  echo "fuzz: $t ran $((SECONDS - start)) s, exit $rc; $stats"
  if ((rc != 0)); then
    grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -20 || true
    echo "fuzz: $t FAILED (full log: $log)"
  fi
  return "$rc"
}

failed=0
pids=()
names=()
for t in "${TARGETS[@]}"; do
  run_one "$t" &
  pids+=($!)
  names+=("$t")
  if ((${#pids[@]} >= JOBS)); then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
    names=("${names[@]:1}")
  fi
done
for p in "${pids[@]}"; do wait "$p" || failed=1; done
exit "$failed"
