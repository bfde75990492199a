#!/usr/bin/env bash
# Issue 4's "a 2,000-sentence cluster finishes in under a second": the first
# 90 articles of DUC 2003 as ONE cluster (~2,000 sentences), CPU seconds of
# `lede summarize -j1 --method M` per method (analysis included), best of 3:
# at the default budget, and with BUDGET (default --words 1000000000, more
# than the cluster holds: every selector then fills to the end, which once
# took ilp 85 s).
# Usage: bench/big_cluster_bench.sh [METHOD...]   (LEDE=path overrides the binary;
#        BUDGET="--sentences 1000" another large budget)
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE="${LEDE:-build/lede}"
DATA="${LEDE_SHARED_DIR:-../shared}/data/summarization/duc2003.jsonl"
[[ -f "$DATA" ]] || { echo "needs $DATA (development data)" >&2; exit 1; }
METHODS=("$@")
((${#METHODS[@]})) || METHODS=(lead textrank lexrank centroid luhn lsa sumbasic klsum mmr submodular ilp learned)
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
python3 - "$DATA" > "$TMP/big.jsonl" <<'PY'
import json, sys
docs = []
for line in open(sys.argv[1], encoding="utf-8"):
    docs.extend(json.loads(line)["documents"])
print(json.dumps({"id": "duc2003-first-90", "documents": docs[:90]}))
PY
sentences=$(python3 -c 'import json,sys
for d in json.loads(open(sys.argv[1]).readline())["documents"]: print(json.dumps({"id": 0, "text": d}))' "$TMP/big.jsonl" |
  "$LEDE" segment --format jsonl -j1 | python3 -c 'import json,sys; print(sum(len(json.loads(l)["sentences"]) for l in sys.stdin))')
echo "one cluster: 90 articles, $sentences sentences"
BUDGET="${BUDGET:---words 1000000000}"
best_cpu() {  # summarize options -> best CPU seconds of 3 runs
  local best="" t
  for _ in 1 2 3; do
    /usr/bin/time -f "%U %S" -o "$TMP/time" "$LEDE" summarize --format jsonl -j1 "$@" "$TMP/big.jsonl" > /dev/null 2>&1
    t=$(awk '{printf "%.2f", $1 + $2}' "$TMP/time")
    if [[ -z "$best" ]] || awk -v a="$t" -v b="$best" 'BEGIN{exit !(a < b)}'; then best="$t"; fi
  done
  echo "$best"
}
printf '| %-10s | %8s | %14s |\n' method "CPU s" "$BUDGET"
printf '|%s|%s|%s|\n' "------------" "----------" "----------------"
for m in "${METHODS[@]}"; do
  # shellcheck disable=SC2086  # BUDGET is options, split on purpose
  printf '| %-10s | %8s | %14s |\n' "$m" "$(best_cpu --method "$m")" "$(best_cpu --method "$m" $BUDGET)"
done
