#!/usr/bin/env bash
# Cross-validated ROUGE of the default `learned` model on cnndm_realsumm100,
# which scripts/train-default-model.sh trains on: 5 folds (record r, counting
# non-blank lines from 0, is in fold r % 5); for each fold the script trains
# a model exactly as it trains the shipped one but with the other four folds
# in place of cnndm_realsumm100.jsonl, and that model summarizes the fold's
# 20 articles. The 100 summaries, each from a model that never saw its
# article, are scored together with ROUGE-1.5.5 `-n 2 -m` (F1 x 100, `lede
# rouge`), with Lead-3 on the same articles. Five full trainings: about 20
# minutes on an idle 2-core machine, an hour on a busy one.
#   bench/learned_cv.sh [extra lede train flags, passed to scripts/train-default-model.sh]
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE="${LEDE:-${LEDE_BUILD_DIR:-build}/lede}"
SHARED="${LEDE_SHARED_DIR:-../shared}"
D="$SHARED/data/summarization"
[[ -x "$LEDE" ]] || { echo "learned_cv: build lede first ($LEDE)" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
LEDE=$(realpath "$LEDE")
grep -v '^\s*$' "$D/cnndm_realsumm100.jsonl" > "$TMP/all.jsonl"
row() {  # NAME JSON
  jq -r '[.metrics["ROUGE-1"].F.mean, .metrics["ROUGE-2"].F.mean, .metrics["ROUGE-L"].F.mean] | map(. * 100) | @tsv' <<<"$2" |
    awk -F'\t' -v name="$1" '{printf "| %s | %.2f | %.2f | %.2f |\n", name, $1, $2, $3}'
}
: > "$TMP/cv.jsonl"
for k in 0 1 2 3 4; do
  mkdir -p "$TMP/f$k/data/summarization"
  ln -s "$(realpath "$D/cnn7k.jsonl")" "$TMP/f$k/data/summarization/cnn7k.jsonl"
  ln -s "$(realpath "$D/bbc.dev.jsonl")" "$TMP/f$k/data/summarization/bbc.dev.jsonl"
  awk -v k="$k" '(NR - 1) % 5 != k' "$TMP/all.jsonl" > "$TMP/f$k/data/summarization/cnndm_realsumm100.jsonl"
  awk -v k="$k" '(NR - 1) % 5 == k' "$TMP/all.jsonl" > "$TMP/test$k.jsonl"
  echo "fold $k: training" >&2
  LEDE="$LEDE" LEDE_SHARED_DIR="$TMP/f$k" LEDE_MODEL_OUT="$TMP/f$k.model" bash scripts/train-default-model.sh "$@" > "$TMP/f$k.log" 2>&1 ||
    { cat "$TMP/f$k.log" >&2; exit 1; }
  "$LEDE" summarize -f jsonl -j 1 --model "$TMP/f$k.model" --sentences 3 "$TMP/test$k.jsonl" >> "$TMP/cv.jsonl"
done
echo "lede $("$LEDE" --version 2>/dev/null | head -1 || true), $(date -u +%Y-%m-%d)"
echo
echo "### cnndm_realsumm100, 5-fold cross-validation (3 sentences, ROUGE-1.5.5 -n 2 -m, F1)"
echo
echo "| system | R-1 | R-2 | R-L |"
echo "| --- | ---: | ---: | ---: |"
row "lede learned (each fold by a model trained without it)" "$("$LEDE" rouge -n 2 -m --json "$TMP/all.jsonl" "$TMP/cv.jsonl")"
row "lede lead" "$("$LEDE" eval "$TMP/all.jsonl" --method lead --sentences 3 --rouge "-n 2 -m" --json 2>/dev/null)"
