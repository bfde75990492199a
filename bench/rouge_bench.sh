#!/usr/bin/env bash
# Pairs per second of `lede rouge -n 2 -m` on the summary/reference pairs of
# ../shared/data/rouge/vectors.dev.jsonl (set A: 1,406 distinct pairs, repeated
# REPEAT times under fresh ids), one thread, with ROUGE-1.5.5's bootstrap
# (1,000 resamples, the default output) and without it (--per-summary).
# Usage: bench/rouge_bench.sh [REPEAT=10]   (needs a built build/lede, python3)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT="${1:-10}"
LEDE="${LEDE:-build/lede}"
VECTORS="${LEDE_SHARED_DIR:-../shared}/data/rouge/vectors.dev.jsonl"
[[ -x "$LEDE" ]] || { echo "build lede first ($LEDE)" >&2; exit 1; }
[[ -f "$VECTORS" ]] || { echo "needs $VECTORS" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
python3 - "$VECTORS" "$REPEAT" "$TMP" <<'PY'
import json, sys
vectors, repeat, tmp = sys.argv[1], int(sys.argv[2]), sys.argv[3]
pairs = []
for line in open(vectors, encoding="utf-8"):
    r = json.loads(line)
    if r["kind"] == "pair" and r["set"] == "A":
        pairs.append((r["summary"], r["references"]))
with open(f"{tmp}/refs.jsonl", "w") as refs, open(f"{tmp}/sums.jsonl", "w") as sums:
    for k in range(repeat):
        for i, (s, rs) in enumerate(pairs):
            pid = f"{k:03d}-{i:05d}"
            refs.write(json.dumps({"id": pid, "summaries": rs}) + "\n")
            sums.write(json.dumps({"id": pid, "summary": s}) + "\n")
PY
N=$(wc -l < "$TMP/sums.jsonl")
# Best of 3 runs of the CPU time the process used (user + sys): on a shared
# machine wall time also counts other processes' load; one thread, so CPU
# time is the single-core cost. Prints "cpu_seconds wall_seconds".
best() {
  local best_cpu="" best_wall=""
  for _ in 1 2 3; do
    local t
    t=$( { TIMEFORMAT='%U %S %R'; time "$@" > /dev/null; } 2>&1 | tail -1)
    read -r u s r <<< "$t"
    local cpu
    cpu=$(echo "$u + $s" | bc -l)
    if [[ -z "$best_cpu" ]] || (( $(echo "$cpu < $best_cpu" | bc -l) )); then best_cpu=$cpu; best_wall=$r; fi
  done
  echo "$best_cpu $best_wall"
}
read -r C_BOOT W_BOOT <<< "$(best "$LEDE" rouge -n 2 -m --threads 1 "$TMP/refs.jsonl" "$TMP/sums.jsonl")"
read -r C_PAIR W_PAIR <<< "$(best "$LEDE" rouge -n 2 -m --threads 1 --per-summary "$TMP/refs.jsonl" "$TMP/sums.jsonl")"
printf 'lede rouge -n 2 -m, %d pairs, 1 thread (best of 3; pairs/s from CPU time, wall time in brackets)\n' "$N"
printf '  with bootstrap (1000 resamples): %6.3f s CPU  %8.0f pairs/s  [wall %6.3f s]\n' "$C_BOOT" "$(echo "$N / $C_BOOT" | bc -l)" "$W_BOOT"
printf '  without (--per-summary):         %6.3f s CPU  %8.0f pairs/s  [wall %6.3f s]\n' "$C_PAIR" "$(echo "$N / $C_PAIR" | bc -l)" "$W_PAIR"
printf '  vs ROUGE-1.5.5 at ~30 pairs/s (issue 3, -n 2 -m with its bootstrap): %.0fx\n' \
  "$(echo "$N / $C_BOOT / 30" | bc -l)"
