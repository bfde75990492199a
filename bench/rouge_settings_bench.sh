#!/usr/bin/env bash
# `lede rouge -n 2 -m` on ROUGE-1.5.5's own inputs (a settings file and one
# SEE or SPL file per summary) against the same pairs as two JSONL files: the
# largest group of ../shared/data/rouge/vectors.dev.jsonl
# (cnndm_realsumm100+duc2003, set A: 806 pairs), repeated REPEAT times under
# fresh ids, one thread, best of 3 CPU times. Half the EVALs are SEE, half SPL.
# Usage: bench/rouge_settings_bench.sh [REPEAT=10]   (needs a built build/lede, python3)
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT="${1:-10}"
LEDE="${LEDE:-$PWD/build/lede}"
VECTORS="${LEDE_SHARED_DIR:-../shared}/data/rouge/vectors.dev.jsonl"
[[ -x "$LEDE" ]] || { echo "build lede first ($LEDE)" >&2; exit 1; }
[[ -f "$VECTORS" ]] || { echo "needs $VECTORS" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
python3 - "$VECTORS" "$REPEAT" "$TMP" <<'PY'
import json, os, sys
vectors, repeat, tmp = sys.argv[1], int(sys.argv[2]), sys.argv[3]
pairs = []
for line in open(vectors, encoding="utf-8"):
    r = json.loads(line)
    if r["kind"] == "pair" and r["set"] == "A" and r["group"] == "cnndm_realsumm100+duc2003":
        pairs.append((r["summary"], r["references"]))
def lines(text):
    return [l.strip() for l in text.split("\n") if l.strip()]
def see(ls):
    body = "".join(f'<a name="{i}">[{i}]</a> <a href="#{i}" id={i}>{l}</a>\n' for i, l in enumerate(ls, 1))
    return f"<html>\n<body>\n{body}</body>\n</html>\n"
os.makedirs(f"{tmp}/peers"); os.makedirs(f"{tmp}/models")
with open(f"{tmp}/refs.jsonl", "w") as refs, open(f"{tmp}/sums.jsonl", "w") as sums, \
     open(f"{tmp}/settings.xml", "w") as xml:
    xml.write('<ROUGE-EVAL version="1.0">\n')
    n = 0
    for k in range(repeat):
        for i, (s, rs) in enumerate(pairs):
            pid = f"{k:03d}-{i:05d}"
            refs.write(json.dumps({"id": pid, "summaries": rs}) + "\n")
            sums.write(json.dumps({"id": pid, "summary": s}) + "\n")
            fmt = "SEE" if n % 2 == 0 else "SPL"
            n += 1
            write = (lambda ls: see(ls)) if fmt == "SEE" else (lambda ls: "".join(l + "\n" for l in ls))
            open(f"{tmp}/peers/{pid}", "w").write(write(lines(s)))
            models = ""
            for m, ref in enumerate(rs):
                open(f"{tmp}/models/{pid}.{m}", "w").write(write(lines(ref)))
                models += f'<M ID="{m}">{pid}.{m}</M>'
            xml.write(f'<EVAL ID="{pid}"><PEER-ROOT>{tmp}/peers</PEER-ROOT><MODEL-ROOT>{tmp}/models</MODEL-ROOT>'
                      f'<INPUT-FORMAT TYPE="{fmt}"/><PEERS><P ID="lede">{pid}</P></PEERS>'
                      f'<MODELS>{models}</MODELS></EVAL>\n')
    xml.write("</ROUGE-EVAL>\n")
PY
N=$(wc -l < "$TMP/sums.jsonl")
best() {  # prints "cpu_seconds wall_seconds", the best of 3 by CPU time
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
# The two paths must agree before their times mean anything.
cmp <("$LEDE" rouge -n 2 -m --threads 1 "$TMP/refs.jsonl" "$TMP/sums.jsonl") \
    <("$LEDE" rouge -n 2 -m --threads 1 -a "$TMP/settings.xml") || { echo "outputs differ" >&2; exit 1; }
read -r C_JSONL W_JSONL <<< "$(best "$LEDE" rouge -n 2 -m --threads 1 "$TMP/refs.jsonl" "$TMP/sums.jsonl")"
read -r C_XML W_XML <<< "$(best "$LEDE" rouge -n 2 -m --threads 1 -a "$TMP/settings.xml")"
printf 'lede rouge -n 2 -m, %d pairs, 1 thread (best of 3 CPU time; wall in brackets)\n' "$N"
printf '  JSONL (REFERENCES.jsonl SUMMARIES.jsonl): %6.3f s  %7.0f pairs/s  [wall %6.3f s]\n' \
  "$C_JSONL" "$(echo "$N / $C_JSONL" | bc -l)" "$W_JSONL"
printf '  settings.xml + SEE/SPL files:             %6.3f s  %7.0f pairs/s  [wall %6.3f s]\n' \
  "$C_XML" "$(echo "$N / $C_XML" | bc -l)" "$W_XML"
printf '  settings / JSONL: %.2f\n' "$(echo "$C_XML / $C_JSONL" | bc -l)"
