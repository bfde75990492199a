#!/usr/bin/env bash
# Prints the foundation figures (issue 2): segmentation + tokenization MB/s,
# articles/s on bbc.dev.jsonl and clusters/s on duc2003.jsonl per method, one
# thread, and peak RSS. Usage: bench/pipeline_bench.sh [METHOD...]
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${LEDE_SHARED_DIR:-$(pwd)/../shared}"
[[ -d "$SHARED/data/summarization" ]] || { echo "needs ../shared/data/summarization (development data)" >&2; exit 1; }
BUILD_DIR="${LEDE_BUILD_DIR:-build}"
LEDE_BUILD_DIR="$BUILD_DIR" bash scripts/build.sh -DLEDE_BUILD_BENCH=ON >/dev/null
"$BUILD_DIR/bench/lede_pipeline_bench" "$SHARED" "$@"
