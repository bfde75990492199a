#!/usr/bin/env bash
# lede's single-article methods beside peers, all scored alike: ROUGE-1.5.5
# `-n 2 -m` F1 x 100 (R-1 / R-2 / R-L) through `lede rouge` / `lede eval`.
#  - data: cnndm_realsumm100.jsonl, and the held-out tenths of cnn7k.jsonl and
#    bbc.dev.jsonl that `lede train` (scripts/train-default-model.sh) never
#    trains on (every 10th non-blank line, NR%10==1).
#  - lede: `learned` (the default) and `lead`, 3 sentences. The default model
#    trains on 90 of cnndm_realsumm100's articles (so its row there is marked;
#    bench/learned_cv.sh gives the cross-validated figure).
#  - Open Text Summarizer (Debian package `ots`): its 3 best-scored sentences
#    per article (bench/ots_summaries.py reads the scores from `ots -h`).
#  - cnndm_realsumm100 only: the 35 published systems' outputs in
#    cnndm_realsumm100.peers.jsonl, as published (their own lengths; `<t>`
#    markers dropped; outputs given as one line are split into sentences by
#    `lede segment`, which only matters to ROUGE-L), extractive (ext/*) and
#    abstractive (abs/*), with their mean length in sentences and tokens.
# Prints Markdown tables (docs/benchmarks.md keeps them).
#   bench/peers_bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE="${LEDE:-${LEDE_BUILD_DIR:-build}/lede}"
SHARED="${LEDE_SHARED_DIR:-../shared}"
D="$SHARED/data/summarization"
[[ -x "$LEDE" ]] || { echo "peers_bench: build lede first ($LEDE)" >&2; exit 1; }
command -v ots >/dev/null || { echo "peers_bench: needs ots (scripts/install-deps.sh --test)" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

row() {  # NAME JSON  (lede rouge / lede eval --json output)
  jq -r '[.metrics["ROUGE-1"].F.mean, .metrics["ROUGE-2"].F.mean, .metrics["ROUGE-L"].F.mean] | map(. * 100) | @tsv' <<<"$2" |
    awk -F'\t' -v name="$1" '{printf "| %s | %.2f | %.2f | %.2f |\n", name, $1, $2, $3}'
}

grep -v '^\s*$' "$D/cnn7k.jsonl" | awk 'NR%10==1' > "$TMP/cnn7k.heldout.jsonl"
grep -v '^\s*$' "$D/bbc.dev.jsonl" | awk 'NR%10==1' > "$TMP/bbc.dev.heldout.jsonl"
echo "lede $("$LEDE" --version 2>/dev/null | head -1 || true), ots $(dpkg-query -W -f='${Version}' ots 2>/dev/null || echo '?'), $(date -u +%Y-%m-%d)"
for file in "$D/cnndm_realsumm100.jsonl" "$TMP/cnn7k.heldout.jsonl" "$TMP/bbc.dev.heldout.jsonl"; do
  name=$(basename "$file" .jsonl)
  echo
  echo "### $name ($(grep -c . "$file") articles; 3 sentences unless said)"
  echo
  echo "| system | R-1 | R-2 | R-L |"
  echo "| --- | ---: | ---: | ---: |"
  for m in learned lead; do
    label="lede $m"
    # The default model trains on 90 of realsumm100's articles; its fair
    # figure there is bench/learned_cv.sh's cross-validated one.
    [[ "$m" == learned && "$name" == cnndm_realsumm100 ]] && label="lede learned (90 of these trained on: see bench/learned_cv.sh)"
    row "$label" "$("$LEDE" eval "$file" --method "$m" --sentences 3 --rouge "-n 2 -m" --json 2>/dev/null)"
  done
  python3 bench/ots_summaries.py "$file" 3 > "$TMP/ots.jsonl"
  row "Open Text Summarizer (ots 3 best)" "$("$LEDE" rouge -n 2 -m --json "$file" "$TMP/ots.jsonl")"
  if [[ "$name" == cnndm_realsumm100 && -f "$D/cnndm_realsumm100.peers.jsonl" ]]; then
    while read -r sys; do
      jq -c --arg s "$sys" 'select(.system == $s) | {id, text: (.summary | gsub("</?t>"; ""))}' \
        "$D/cnndm_realsumm100.peers.jsonl" > "$TMP/peer.in.jsonl"
      if jq -e 'select(.text | test("\n"))' "$TMP/peer.in.jsonl" >/dev/null; then
        jq -c '{id, summary: (.text | split("\n") | map(select(test("\\S"))))}' "$TMP/peer.in.jsonl" > "$TMP/peer.jsonl"
      else
        "$LEDE" segment -f jsonl -j 1 "$TMP/peer.in.jsonl" | jq -c '{id, summary: .sentences}' > "$TMP/peer.jsonl"
      fi
      size=$(jq -rs 'map(.summary | length) as $s | map(.summary | join(" ") | [splits("\\s+")] | length) as $w
        | "\($s | add / length * 10 | round / 10) sentences, \($w | add / length | round) tokens"' "$TMP/peer.jsonl")
      row "$sys ($size)" "$("$LEDE" rouge -n 2 -m --json "$file" "$TMP/peer.jsonl")"
    done < <(jq -r .system "$D/cnndm_realsumm100.peers.jsonl" | sort -u | sort -s -t/ -k1,1r)
  fi
done
