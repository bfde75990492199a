#!/usr/bin/env bash
# Configures and builds the AddressSanitizer + UndefinedBehaviorSanitizer
# build that CI runs the whole test suite in (scripts/test.sh), in
# build-asan/ (or $LEDE_BUILD_DIR). It is also the build of the libFuzzer
# targets for CI's smoke run, so the library is compiled once for both:
# clang, everything instrumented for coverage (-fsanitize=fuzzer-no-link),
# everything at -O0 (half the compile time of -O1; ASan's reports stay
# exact) but the library, where the suite spends its time, at -O1.
# Arguments are targets to build (default: all).
#
#   bash scripts/build-sanitize.sh
#   ctest --test-dir build-asan -j "$(nproc)"
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${LEDE_BUILD_DIR:-build-asan}"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=1

if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
  GEN=()
  command -v ninja >/dev/null && GEN=(-G Ninja)
  FLAGS="-O0 -gline-tables-only -DNDEBUG"
  CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" "${GEN[@]}" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_FLAGS_RELEASE="$FLAGS" -DCMAKE_CXX_FLAGS_RELEASE="$FLAGS" \
    -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link" -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link" \
    -DLEDE_LIBRARY_OPTIMIZE=-O1 -DLEDE_TEST_OPTIMIZE= \
    -DLEDE_SANITIZE=ON -DLEDE_BUILD_TESTS=ON -DLEDE_BUILD_FUZZ=ON
fi
TARGETS=()
(($#)) && TARGETS=(--target "$@")
cmake --build "$BUILD_DIR" -j "$(nproc)" "${TARGETS[@]}"
