#!/usr/bin/env bash
# ilp on inputs where its search is hard: CPU and wall seconds per input, and
# whether the summary is the same idle and with a busy loop pinned to the same
# core (it must be: the search is bounded by counts of work, not by time).
# Inputs come from bench/gen_ilp_hard.py (random words from a small
# vocabulary, as sentences, as one run-on text, as a 20-document cluster)
# and, when the development data is there, the first 90 DUC 2003 articles
# with every punctuation mark removed (one text of ~2,400 cut sentences).
# Before the work limits, each of these ran until GLPK's 10-second clock.
# Usage: bench/ilp_hard_bench.sh   (LEDE=path overrides the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE="${LEDE:-build/lede}"
DATA="${LEDE_SHARED_DIR:-../shared}/data/summarization/duc2003.jsonl"
TMP="$(mktemp -d)"
HOG=""
trap '[[ -n "$HOG" ]] && kill "$HOG" 2>/dev/null; rm -rf "$TMP"' EXIT
python3 bench/gen_ilp_hard.py random > "$TMP/random.txt"
python3 bench/gen_ilp_hard.py runon > "$TMP/runon.txt"
python3 bench/gen_ilp_hard.py clusters > "$TMP/clusters.jsonl"
inputs=("random.txt -w 100" "runon.txt -n 3" "runon.txt -w 100" "clusters.jsonl -w 100")
if [[ -f "$DATA" ]]; then
  python3 - "$DATA" > "$TMP/nopunct.txt" <<'PY'
import json, re, sys
docs = []
for line in open(sys.argv[1], encoding="utf-8"):
    docs.extend(json.loads(line)["documents"])
print(re.sub(r"[^\w\s]", "", " ".join(docs[:90])).replace("\n", " "))
PY
  inputs+=("nopunct.txt -n 3")
fi
run() {  # file, options... -> "cpu wall md5"
  local f="$1"
  shift
  local format=(-o json)
  [[ "$f" == *.jsonl ]] && format=(--format jsonl)
  /usr/bin/time -f "%U %S %e" -o "$TMP/time" "$LEDE" summarize -j1 -m ilp "$@" "${format[@]}" "$TMP/$f" 2> /dev/null > "$TMP/out"
  awk -v h="$(md5sum < "$TMP/out" | cut -c1-8)" '{printf "%.2f %.2f %s\n", $1 + $2, $3, h}' "$TMP/time"
}
printf "| %-26s | %6s | %6s | %-24s |\n" input "CPU s" "wall s" "same under a busy loop"
printf "|%s|%s|%s|%s|\n" ---------------------------- -------- -------- --------------------------
for spec in "${inputs[@]}"; do
  read -r f opts <<< "$spec"
  # shellcheck disable=SC2086
  read -r cpu wall hash < <(run "$f" $opts)
  taskset -c 0 bash -c 'while :; do :; done' &
  HOG=$!
  # shellcheck disable=SC2086
  read -r _ busy_wall busy_hash < <(taskset -c 0 bash -c "$(declare -f run); TMP='$TMP' LEDE='$LEDE' run $f $opts")
  kill "$HOG"
  wait "$HOG" 2> /dev/null || true
  HOG=""
  same="yes ($hash, ${busy_wall} s)"
  [[ "$hash" == "$busy_hash" ]] || same="NO: $hash vs $busy_hash"
  printf "| %-26s | %6s | %6s | %-24s |\n" "$f $opts" "$cpu" "$wall" "$same"
done
