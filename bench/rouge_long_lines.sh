#!/usr/bin/env bash
# CPU time and peak memory of ROUGE-L (and ROUGE-L + ROUGE-W) on texts written
# as one line each: one (words x words) table per pair. Inputs: one line of
# random words from a 5,000-word vocabulary per side (seed 1), of each WORDS.
# Usage: bench/rouge_long_lines.sh [WORDS...]   (default: 15000 60000)
set -euo pipefail
cd "$(dirname "$0")/.."
LEDE="${LEDE:-build/lede}"
[[ -x "$LEDE" ]] || { echo "build lede first ($LEDE)" >&2; exit 1; }
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(15000 60000)
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
for n in "${sizes[@]}"; do
  python3 - "$n" "$TMP" <<'PY'
import json, random, sys
n, tmp = int(sys.argv[1]), sys.argv[2]
random.seed(1)
vocab = [f"w{i}" for i in range(5000)]
line = lambda: " ".join(random.choice(vocab) for _ in range(n))
with open(f"{tmp}/refs{n}.jsonl", "w") as f:
    f.write(json.dumps({"id": "a", "summaries": [line()]}) + "\n")
with open(f"{tmp}/sums{n}.jsonl", "w") as f:
    f.write(json.dumps({"id": "a", "summary": line()}) + "\n")
PY
  for w in "" "-w 1.2"; do
    # shellcheck disable=SC2086  # -w 1.2 is two arguments
    /usr/bin/time -f "%U %S %e %M" -o "$TMP/time" "$LEDE" rouge -n 1 $w --threads 1 --per-summary \
      "$TMP/refs$n.jsonl" "$TMP/sums$n.jsonl" > /dev/null
    awk -v n="$n" -v what="${w:+ROUGE-L + ROUGE-W}" \
      '{printf "%s x %s words, %s: CPU %.2f s, wall %.2f s, peak RSS %.0f MB\n", n, n, (what == "" ? "ROUGE-L" : what), $1 + $2, $3, $4 / 1024}' \
      "$TMP/time"
  done
done
