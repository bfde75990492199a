#!/usr/bin/env bash
# Speed work must not change any output. Records every method's summaries on
# the development sets plus `lede segment` / `lede tokenize` output into a
# directory; run it once with the old binary and once with the new one, then
# `diff -r` the two directories.
# Usage: scripts/check-outputs-unchanged.sh LEDE_BINARY OUT_DIR
set -euo pipefail
LEDE="$(realpath "$1")"
OUT="$2"
cd "$(dirname "$0")/.."
SHARED="${LEDE_SHARED_DIR:-$(pwd)/../shared}"
SUM="$SHARED/data/summarization"
SEG="$SHARED/data/segmentation"
mkdir -p "$OUT"
for m in $("$LEDE" methods | awk -F'\t' 'NF>1{print $1}'); do
  for f in bbc.dev duc2003 multiling2011_en cnndm_realsumm100; do
    "$LEDE" summarize -f jsonl -j1 --method "$m" "$SUM/$f.jsonl" >"$OUT/sum.$m.$f.jsonl"
  done
done
# The default method and a byte budget with --truncate, on clusters.
"$LEDE" summarize -f jsonl -j1 "$SUM/duc2003.jsonl" >"$OUT/sum.default.duc2003.jsonl"
"$LEDE" summarize -f jsonl -j1 --bytes 665 --truncate "$SUM/duc2003.jsonl" >"$OUT/sum.default-bytes.duc2003.jsonl"
"$LEDE" summarize -f pair --sentences 1 "$SUM/000_42c7cd4c3f1eacb5.txt" >"$OUT/sum.pair.txt"
# The pipeline itself: every segmentation file, tokens with and without
# stems and punctuation, in each file's language.
for g in "$SEG"/*.jsonl; do
  b=$(basename "$g" .jsonl)
  lang=${b##*.}
  [[ ${#lang} == 2 ]] || lang=en
  "$LEDE" segment -f jsonl -j1 -L "$lang" "$g" >"$OUT/seg.$b.jsonl" 2>&1 || true
  "$LEDE" tokenize -L "$lang" "$g" >"$OUT/tok.$b.txt" 2>&1 || true
  "$LEDE" tokenize -L "$lang" --stem --punct "$g" >"$OUT/tokstem.$b.txt" 2>&1 || true
done
for f in multiling2011_en.jsonl cnndm_realsumm100.jsonl bbc.dev.jsonl 000_42c7cd4c3f1eacb5.txt; do
  "$LEDE" segment -f text "$SUM/$f" >"$OUT/seg.$f.txt" 2>&1 || true
  "$LEDE" tokenize --stem --punct "$SUM/$f" >"$OUT/tok.$f.txt" 2>&1 || true
  "$LEDE" tokenize --lenient "$SUM/$f" >"$OUT/toklen.$f.txt" 2>&1 || true
done
echo "outputs written to $OUT"
