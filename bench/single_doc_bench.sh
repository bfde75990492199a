#!/usr/bin/env bash
# Every summarization method on single news articles, Lead-3 first:
# bbc.dev.jsonl and cnndm_realsumm100.jsonl from ../shared, 3 sentences,
# ROUGE-1.5.5 `-n 2 -m` F1 (R-1 / R-2 / R-L, via `lede eval`), and speed of
# `lede summarize -f jsonl -j 1` (one thread): articles per CPU second
# (user + system time of the process, best of 3 runs, so other load on the
# machine does not distort it) and per wall-clock second.
# Prints a Markdown table per data set (docs/benchmarks.md keeps them).
#   bench/single_doc_bench.sh [METHOD...]      (default: every method)
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE="${LEDE:-${LEDE_BUILD_DIR:-build}/lede}"
SHARED="${LEDE_SHARED_DIR:-../shared}"
D="$SHARED/data/summarization"
[[ -x "$LEDE" ]] || { echo "single_doc_bench: build lede first ($LEDE)" >&2; exit 1; }
if (($#)); then METHODS=("$@"); else
  mapfile -t METHODS < <("$LEDE" methods | awk -F'\t' 'NF > 1 && $1 != "lead" {print $1}')
  METHODS=(lead "${METHODS[@]}")
fi
echo "lede $("$LEDE" --version 2>/dev/null | head -1 || true), $(date -u +%Y-%m-%d), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
for set in bbc.dev cnndm_realsumm100; do
  file="$D/$set.jsonl"
  [[ -f "$file" ]] || { echo "single_doc_bench: needs $file" >&2; exit 1; }
  n=$(grep -c . "$file")
  echo
  echo "### $set.jsonl ($n articles, 3 sentences, ROUGE-1.5.5 -n 2 -m, F1)"
  echo
  echo "| method | R-1 | R-2 | R-L | articles/s (CPU) | articles/s (wall) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for m in "${METHODS[@]}"; do
    json=$("$LEDE" eval "$file" --method "$m" --sentences 3 --rouge "-n 2 -m" --json 2>/dev/null) || {
      echo "| $m | failed | | | | |"; continue; }
    scores=$(jq -r '[.metrics["ROUGE-1"].F.mean, .metrics["ROUGE-2"].F.mean, .metrics["ROUGE-L"].F.mean] | map(. * 100) | map(tostring) | join(" ")' <<<"$json")
    best_cpu=0 best_wall=0
    for _ in 1 2 3; do
      t=$( { /usr/bin/time -f "%U %S %e" "$LEDE" summarize -f jsonl --method "$m" --sentences 3 -j 1 "$file" >/dev/null; } 2>&1 | tail -1)
      read -r user sys wall <<<"$t"
      best_cpu=$(awk -v n="$n" -v u="$user" -v s="$sys" -v b="$best_cpu" 'BEGIN {c = u + s; r = c > 0 ? n / c : 0; print (r > b ? r : b)}')
      best_wall=$(awk -v n="$n" -v w="$wall" -v b="$best_wall" 'BEGIN {r = w > 0 ? n / w : 0; print (r > b ? r : b)}')
    done
    read -r r1 r2 rl <<<"$scores"
    printf '| %s | %.2f | %.2f | %.2f | %.0f | %.0f |\n' "$m" "$r1" "$r2" "$rl" "$best_cpu" "$best_wall"
  done
done
