#!/usr/bin/env bash
# The same articles laid out as plain text comes in the wild must summarize
# alike. Rewrites every document of the DUC 2003 clusters: paragraphs filled
# to 72 columns (blank lines between paragraphs, indented first lines, or
# nothing between them), Windows line ends, blank lines between paragraphs,
# SGML paragraph tags on their own lines (as in LDC/TREC corpora), a
# headline line before the story (the first seven words of its lead, title
# cased), a wire copyright notice after it, and a closing line a source adds
# to every story, and the story filled to 72 with its lead paragraph left on
# one long line (a headline or link left unwrapped: in a short story that
# line was once taken for the fill column); prints lede eval's ROUGE recall
# for each beside the original.
# Usage: bench/layout_eval.sh [DATASET.jsonl]   (LEDE_BUILD_DIR, LEDE_SHARED_DIR override)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${LEDE_SHARED_DIR:-$(pwd)/../shared}"
DATA="${1:-$SHARED/data/summarization/duc2003.jsonl}"
[[ -f "$DATA" ]] || { echo "needs $DATA (development data in ../shared)" >&2; exit 1; }
LEDE="${LEDE_BUILD_DIR:-build}/lede"
[[ -x "$LEDE" ]] || { echo "build lede first (scripts/build.sh)" >&2; exit 1; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 - "$DATA" "$TMP" <<'PY'
import json, sys, textwrap
src, out = sys.argv[1], sys.argv[2]
def headline(ps):
    return " ".join([w.capitalize() for w in ps[0].split() if w.isalpha()][:7])
def fill(p, indent=""):
    return "\n".join(textwrap.wrap(p, 72, initial_indent=indent, break_on_hyphens=False, break_long_words=False))
layouts = {
    "blank": lambda ps: "\n\n".join(fill(p) for p in ps),
    "indent": lambda ps: "\n".join(fill(p, "   ") for p in ps),
    "plain": lambda ps: "\n".join(fill(p) for p in ps),
    "lead": lambda ps: "\n\n".join([ps[0]] + [fill(p) for p in ps[1:]]),
    "crlf": lambda ps: "\r\n".join(ps),
    "paragraphs": lambda ps: "\n\n".join(ps),
    "tags": lambda ps: "\n".join("<P>\n" + p + "\n</P>" for p in ps),
    "headline": lambda ps: headline(ps) + "\n" + "\n".join(ps),
    "notice": lambda ps: "\n".join(ps) + "\nCopyright 1998 The Associated Press. All rights reserved.\n"
              "This material may not be published, broadcast, rewritten or redistributed.",
    "closing": lambda ps: "\n".join(ps) + "\nFollow the Valley Herald for more news on this story and others like it.",
}
for name, layout in layouts.items():
    with open(src) as f, open(f"{out}/{name}.jsonl", "w") as g:
        for line in f:
            r = json.loads(line)
            r["documents"] = [layout([p for p in d.split("\n") if p.strip()]) for d in r["documents"]]
            g.write(json.dumps(r) + "\n")
PY
printf '| input | R-1 | R-2 |\n| --- | --- | --- |\n'
row() {
  "$LEDE" eval --rouge "-n 2 -m -l 100" --words 100 "$2" 2>/dev/null |
    awk -v n="$1" '$1=="ROUGE-1"{r1=$2} $1=="ROUGE-2"{r2=$2} END{printf "| %s | %.2f | %.2f |\n", n, 100*r1, 100*r2}'
}
row "original (one paragraph a line)" "$DATA"
row "filled to 72, blank lines between paragraphs" "$TMP/blank.jsonl"
row "filled to 72, indented paragraphs" "$TMP/indent.jsonl"
row "filled to 72, nothing between paragraphs" "$TMP/plain.jsonl"
row "filled to 72, the lead paragraph on one line" "$TMP/lead.jsonl"
row "CR LF line ends" "$TMP/crlf.jsonl"
row "blank lines between paragraphs" "$TMP/paragraphs.jsonl"
row "<P> and </P> lines around paragraphs" "$TMP/tags.jsonl"
row "a headline line before the story" "$TMP/headline.jsonl"
row "a wire copyright notice after the story" "$TMP/notice.jsonl"
row "a source's closing line after the story" "$TMP/closing.jsonl"
# ROUGE hides most cut sentences: count them. The filled layouts against the
# original's sentences (white space collapsed).
printf '\n| filled layout | documents segmented unlike the original | sentences not in the original |\n| --- | --- | --- |\n'
python3 - "$LEDE" "$DATA" "$TMP" <<'PY'
import json, subprocess, sys
lede, src, tmp = sys.argv[1:4]
def sentences(path):
    docs = [d for line in open(path) for d in json.loads(line)["documents"]]
    records = "".join(json.dumps({"id": str(i), "text": d}) + "\n" for i, d in enumerate(docs))
    out = subprocess.run([lede, "segment", "-f", "jsonl", "-"], input=records.encode(), capture_output=True, check=True)
    return [[" ".join(s.split()) for s in json.loads(l)["sentences"]] for l in out.stdout.decode().splitlines()]
base = sentences(src)
for name, label in [("blank", "blank lines between paragraphs"), ("indent", "indented paragraphs"),
                    ("plain", "nothing between paragraphs"), ("lead", "the lead paragraph on one line")]:
    docs = wrong = 0
    for a, b in zip(base, sentences(f"{tmp}/{name}.jsonl")):
        extra = [s for s in b if s not in set(a)]
        docs += a != b
        wrong += len(extra)
    print(f"| {label} | {docs} of {len(base)} | {wrong} |")
PY
