#!/usr/bin/env bash
# The built-in model must be exactly what scripts/train-default-model.sh
# writes with this lede: a change to segmentation, tokenization, metadata or
# features moves the training rows, and the shipped file must then be
# retrained (docs/learned.md). Needs ../shared (skips with 77 without it).
# Usage: model_reproducible.sh LEDE_BINARY SOURCE_DIR
set -euo pipefail
LEDE="$1"
SRC="$2"
SHARED="${LEDE_SHARED_DIR:-$SRC/../shared}"
if [[ ! -f "$SHARED/data/summarization/cnn7k.jsonl" ]]; then
  echo "skipped: needs $SHARED/data/summarization (the development data)"
  exit 77
fi
OUT=$(mktemp)
LOG=$(mktemp)
trap 'rm -f "$OUT" "$LOG"' EXIT
if ! LEDE="$LEDE" LEDE_SHARED_DIR="$SHARED" LEDE_MODEL_OUT="$OUT" bash "$SRC/scripts/train-default-model.sh" >"$LOG" 2>&1; then
  tail -20 "$LOG"
  echo "scripts/train-default-model.sh failed"
  exit 1
fi
if ! cmp -s "$OUT" "$SRC/data/models/news.model"; then
  echo "data/models/news.model is not what scripts/train-default-model.sh writes with this lede:"
  echo "rerun it, rebuild, and re-measure the learned figures (docs/learned.md)"
  exit 1
fi
echo "data/models/news.model is reproducible"
