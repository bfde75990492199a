#!/usr/bin/env bash
# Every summarization method on DUC 2003 (30 clusters of ~10 articles):
# ROUGE-1/2/SU4 recall (ROUGE-1.5.5 flags -n 2 -m -l 100 -2 4 -u, 100-word
# summaries, via `lede eval`), speed and peak memory, single-threaded.
#
# Speed is CPU (user+sys) time of `lede summarize -j1` over the data set
# repeated REPEAT times, so other load on the machine does not distort it:
#   end-to-end  = clusters / CPU s, reading + analysis (segmentation,
#                 tokenization, stemming) + the method;
#   method-only = clusters / (CPU s - CPU s of `lead`), i.e. scoring and
#                 selection alone (lead's own cost is negligible).
# With `ots` installed, Open Text Summarizer runs on the same clusters in the
# same run and each method's speed is also given as a multiple of its speed:
# a slower or faster machine shows in both (clusters/s alone moved by ~25%
# between two machines of the same kind, docs/benchmarks.md).
# Usage: bench/methods_bench.sh [DATASET.jsonl] [REPEAT]   (from the project root,
#        after building; LEDE=path/to/lede overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE="${LEDE:-build/lede}"
DATA="${1:-${LEDE_SHARED_DIR:-../shared}/data/summarization/duc2003.jsonl}"
REPEAT="${2:-10}"
ROUGE_FLAGS="${ROUGE_FLAGS:--n 2 -m -l 100 -2 4 -u}"
METHODS="${METHODS:-lead textrank lexrank centroid luhn lsa sumbasic klsum mmr submodular ilp}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
for _ in $(seq "$REPEAT"); do cat "$DATA"; done > "$TMP/big.jsonl"
CLUSTERS=$(wc -l < "$TMP/big.jsonl")

cpu_seconds() {  # method -> "cpu_seconds peak_kb"
  /usr/bin/time -f "%U %S %M" -o "$TMP/time" "$LEDE" summarize --format jsonl -j1 --method "$1" "$TMP/big.jsonl" > /dev/null
  awk '{printf "%.3f %d\n", $1 + $2, $3}' "$TMP/time"
}

read -r LEAD_CPU _ < <(cpu_seconds lead)
RATES=()
echo "data: $DATA (x$REPEAT = $CLUSTERS clusters), ROUGE $ROUGE_FLAGS, recall"
printf "| %-10s | %6s | %6s | %6s | %12s | %12s | %8s |\n" method R-1 R-2 R-SU4 "clusters/s" "method-only" "peak MB"
printf "|%s|%s|%s|%s|%s|%s|%s|\n" ------------ -------- -------- -------- -------------- -------------- ----------
for m in $METHODS; do
  "$LEDE" eval -j1 --json --method "$m" --rouge "$ROUGE_FLAGS" "$DATA" > "$TMP/eval.json"
  read -r R1 R2 RSU4 < <(python3 -c '
import json, sys
m = json.load(open(sys.argv[1]))["metrics"]
print(" ".join("%.2f" % (100 * m[k]["R"]["mean"]) for k in ("ROUGE-1", "ROUGE-2", "ROUGE-SU4")))' "$TMP/eval.json")
  read -r CPU KB < <(cpu_seconds "$m")
  E2E=$(awk -v n="$CLUSTERS" -v t="$CPU" 'BEGIN { printf "%.0f", n / (t > 0 ? t : 0.001) }')
  ONLY=$(awk -v n="$CLUSTERS" -v t="$CPU" -v l="$LEAD_CPU" 'BEGIN { d = t - l; if (d < 0.005) print ">" int(n / 0.005); else printf "%.0f", n / d }')
  [[ "$m" == lead ]] && ONLY="-"
  printf "| %-10s | %6s | %6s | %6s | %12s | %12s | %8.1f |\n" "$m" "$R1" "$R2" "$RSU4" "$E2E" "$ONLY" "$(awk -v k="$KB" 'BEGIN{print k/1024}')"
  RATES+=("$m $CLUSTERS $CPU")
done
# The peer the issue names for scale, Open Text Summarizer (Debian package
# `ots`, installed by scripts/install-deps.sh --test), timed in this same run
# so that the ratio does not depend on the machine: one `ots` process per
# cluster (it has no batch mode), on the cluster's documents joined by blank
# lines, written to files before the timing; its CPU seconds, process start
# included, over the data set once (ots is ~100x slower).
if command -v ots > /dev/null; then
  mkdir "$TMP/ots"
  python3 - "$DATA" "$TMP/ots" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    for n, line in enumerate(l for l in f if l.strip()):
        with open("%s/%05d.txt" % (sys.argv[2], n), "w", encoding="utf-8") as out:
            out.write("\n\n".join(json.loads(line)["documents"]))
PY
  OTS_CLUSTERS=$(find "$TMP/ots" -name '*.txt' | wc -l)
  /usr/bin/time -f "%U %S" -o "$TMP/time" bash -c 'for f in "$1"/*.txt; do ots -r 2 "$f" > /dev/null; done' _ "$TMP/ots"
  OTS_CPU=$(awk '{printf "%.3f", $1 + $2}' "$TMP/time")
  OTS_RATE=$(awk -v n="$OTS_CLUSTERS" -v t="$OTS_CPU" 'BEGIN { printf "%.2f", n / (t > 0 ? t : 0.001) }')
  echo
  echo "peer: Open Text Summarizer (ots -r 2, one process a cluster) $OTS_RATE clusters/s ($OTS_CLUSTERS clusters, $OTS_CPU CPU s)"
  printf "clusters/s against ots's, same run:"
  for r in "${RATES[@]}"; do
    read -r m n t <<< "$r"
    printf " %s %sx" "$m" "$(awk -v n="$n" -v t="$t" -v o="$OTS_RATE" 'BEGIN { printf "%.0f", n / (t > 0 ? t : 0.001) / o }')"
  done
  echo
else
  echo "peer: ots not installed (scripts/install-deps.sh --test installs it); no ratio"
fi
