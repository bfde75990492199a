#!/usr/bin/env python3
"""Counts summary sentences that begin inside a quotation, or end inside one.

Reads `lede summarize --format jsonl` output (stdin) beside the input JSONL it
was made from, and for each chosen sentence counts the quote marks before its
start in its paragraph (text after the last blank line, or with --lines the
last line break): an odd count of straight double quotes, more “ than ”, more
`` than '', more « than » or more 「 than 」 there means the sentence starts
inside an unclosed quotation, unless it starts with an opening mark itself. Independent of lede's own rule
(src/represent/quotation.cpp). The second figure counts only those whose
paragraph ends with its quotes balanced, as lede's rule does (it ignores a
quotation left open at the paragraph's end). A last line counts those that
open a quotation and leave it open at their end (`"We will rebuild.` before
`It will take years," he said.`), all and those whose quotation closes later
in the paragraph.

    build/lede summarize -f jsonl -j2 -n 3 DATA.jsonl | bench/quote_starts.py DATA.jsonl
    build/lede summarize -f jsonl -j2 -m ilp DUC.jsonl | bench/quote_starts.py --lines DUC.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys


# A sentence that starts with an opening mark opens a quotation (often one
# continued from the paragraph before, whose previous part was never closed).
OPENERS = ('"', "\u201c", "``", "\u00ab", "\u201e", "\u300c")


def inside(prefix: str) -> bool:
    pairs = [("\u201c", "\u201d"), ("``", "''"), ("\u00ab", "\u00bb"), ("\u300c", "\u300d")]
    if prefix.count('"') % 2 == 1:
        return True
    return any(prefix.count(o) > prefix.count(c) for o, c in pairs)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", help="the JSONL input the summaries were made from")
    ap.add_argument("--lines", action="store_true", help="paragraphs are single lines (DUC, MultiLing)")
    ap.add_argument("--show", type=int, default=0, help="print the first N such sentences")
    args = ap.parse_args()
    docs = {}
    with open(args.data, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                docs[rec["id"]] = [d.encode("utf-8") for d in rec.get("documents") or [rec.get("text", "")]]
    brk = re.compile(r"\n" if args.lines else r"\n[ \t\r]*\n")
    total = hits = closed = ends = ends_closed = 0
    for line in sys.stdin:
        out = json.loads(line)
        for s in out.get("sentences", []):
            total += 1
            text = docs[out["id"]][s["document"]]
            para = brk.split(text[: s["start"]].decode("utf-8", "replace"))[-1]
            if inside(para) and not s["text"].startswith(OPENERS):
                hits += 1
                rest = brk.split(text[s["start"] :].decode("utf-8", "replace"))[0]
                closed += not inside(para + rest)
                if hits <= args.show:
                    print(f"{out['id']}: {s['text'][:120]}", file=sys.stderr)
            end = s["start"] + len(s["text"].encode("utf-8"))
            upto = brk.split(text[:end].decode("utf-8", "replace"))[-1]
            if inside(upto):
                ends += 1
                rest = brk.split(text[end:].decode("utf-8", "replace"))[0]
                ends_closed += not inside(upto + rest)
                if ends <= args.show:
                    print(f"{out['id']} (ends inside): {s['text'][:120]}", file=sys.stderr)
    print(
        f"{hits} of {total} summary sentences start inside a quotation ({100.0 * hits / max(total, 1):.2f}%);"
        f" {closed} inside one closed in the same paragraph"
    )
    print(
        f"{ends} of {total} summary sentences end inside a quotation ({100.0 * ends / max(total, 1):.2f}%);"
        f" {ends_closed} inside one closed later in the same paragraph"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
