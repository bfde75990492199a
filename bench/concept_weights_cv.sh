#!/usr/bin/env bash
# Learned concept weights for `ilp` (lede train-concepts) against the
# method's document counts, cross-validated: K-fold over the first data set's
# clusters (the other set always trains), held-out summaries scored by `lede
# rouge` with ROUGE-1.5.5 recall. "counts" summarizes the same way without a
# model, so it equals `lede eval --method ilp` on the set. "per-document"
# models are trained on single articles (cnn7k, with cnn7k's own document
# frequencies as background features) and never see DUC or MultiLing.
# Usage: bench/concept_weights_cv.sh [FOLDS] [extra train-concepts flags]
#        (from the project root, after building; LEDE=path/to/lede overrides)
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE="${LEDE:-build/lede}"
FOLDS="${1:-5}"
shift || true
D="${LEDE_SHARED_DIR:-../shared}/data/summarization"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

recall() {  # references summaries words -> "R-1 R-2"
  "$LEDE" rouge -n 2 -m -l "$3" "$1" "$2" | awk '/ROUGE-1 Average_R/ {r1 = $4} /ROUGE-2 Average_R/ {r2 = $4}
    END {printf "%.2f / %.2f", 100 * r1, 100 * r2}'
}

echo "K = $FOLDS folds, ROUGE -n 2 -m -l W, recall (R-1 / R-2)"
for set in "duc2003 multiling2011_en 100" "multiling2011_en duc2003 250"; do
  read -r first other words <<< "$set"
  for kind in counts learned; do
    flags=()
    [[ "$kind" == counts ]] && flags=(--counts)
    "$LEDE" train-concepts "$D/$first.jsonl" "$D/$other.jsonl" --folds "$FOLDS" --words "$words" \
      --summaries "$TMP/s.jsonl" "${flags[@]}" "$@" 2> /dev/null
    echo "$first ($words words), $kind: $(recall "$D/$first.jsonl" "$TMP/s.jsonl" "$words")"
  done
  "$LEDE" train-concepts "$D/cnn7k.jsonl" --per-document --background "$D/cnn7k.jsonl" --eval "$D/$first.jsonl" \
    --words "$words" --summaries "$TMP/s.jsonl" "$@" 2> /dev/null
  echo "$first ($words words), per-document, trained on cnn7k: $(recall "$D/$first.jsonl" "$TMP/s.jsonl" "$words")"
done
