#!/usr/bin/env bash
# Installs what is needed, builds lede with its tests, and runs the whole suite.
# This is exactly what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
LEDE_BUILD_DIR="${LEDE_BUILD_DIR:-build}" bash scripts/build.sh -DLEDE_BUILD_TESTS=ON -DLEDE_BUILD_PYTHON=ON
ctest --test-dir "${LEDE_BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
