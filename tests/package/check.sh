#!/usr/bin/env bash
# Installs the built lede into a temporary prefix and builds + runs a consumer
# that uses find_package(lede). Usage: check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
BUILD="$1"; SRC="$2"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
cmake --install "$BUILD" --prefix "$TMP/prefix" >/dev/null
cmake -S "$SRC/tests/package" -B "$TMP/consumer" -DCMAKE_PREFIX_PATH="$TMP/prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$TMP/consumer" >/dev/null
out=$("$TMP/consumer/consumer")
echo "consumer printed: $out"
[[ -n "$out" ]]
