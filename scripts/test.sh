#!/usr/bin/env bash
# Installs what is needed, builds lede with its tests, and runs the whole suite.
# This is exactly what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
# Each stage says how long it took: CI has a time limit, and a log that ends
# at the limit should still show where the time went.
stage_start=$SECONDS
stage_done() {
  echo "test.sh: $1 took $((SECONDS - stage_start)) s (${SECONDS} s in all)"
  stage_start=$SECONDS
}
bash scripts/install-deps.sh --test
stage_done "installing dependencies"
LEDE_BUILD_DIR="${LEDE_BUILD_DIR:-build}" bash scripts/build.sh -DLEDE_BUILD_TESTS=ON -DLEDE_BUILD_PYTHON=ON
stage_done "the Release build"
ctest --test-dir "${LEDE_BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
stage_done "the suite"

# Reliability (issue 7): the whole suite again under ASan + UBSan, built by
# clang in build-asan/ (scripts/build-sanitize.sh; LEDE_CI_SANITIZE=0 skips
# it), then a short libFuzzer smoke run of every fuzz target
# (scripts/fuzz.sh, LEDE_FUZZ_SECONDS each, default 20; LEDE_CI_FUZZ=0 skips
# it), whose targets that build holds: the library is compiled once for both.
if [[ "${LEDE_CI_SANITIZE:-1}" == 1 ]]; then
  bash scripts/build-sanitize.sh
  stage_done "the sanitizer build"
  ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
    ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
  stage_done "the suite under ASan + UBSan"
  export LEDE_FUZZ_BUILD_DIR=build-asan
fi
if [[ "${LEDE_CI_FUZZ:-1}" == 1 ]]; then
  bash scripts/fuzz.sh "${LEDE_FUZZ_SECONDS:-20}"
  stage_done "the fuzz smoke run"
fi

# Style and static checks: clang-format and clang-tidy (scripts/lint.sh;
# LEDE_CI_LINT=0 skips them).
if [[ "${LEDE_CI_LINT:-1}" == 1 ]]; then
  bash scripts/lint.sh
  stage_done "lint"
fi
