#!/usr/bin/env python3
"""Counts summaries whose first sentence leans on the sentence before it.

Reads `lede summarize --format jsonl` output (stdin) and, for each summary,
looks at its first sentence in output order: does it start with a connective
that refers back ("However, ...", "For example, ...", "But ...", "This was
...")? Counts those, and among them the ones whose predecessor in the
document (same document, index - 1) is chosen too, where nothing is lost.
Independent of lede's own rule; the word lists are this script's, in three
groups so each can be judged on its own:

- strong: connectives that cannot open a text (however, but, for example ...)
- demonstrative: this/that/these/those followed by a verb (This was ...)
- pronoun: he/she/it/they/his/her/their as the first word

    build/lede summarize -f jsonl -j2 -n 3 DATA.jsonl | bench/lean_starts.py --show 20
    build/lede summarize -f jsonl -n 3 --standalone DATA.jsonl | bench/lean_starts.py --every
"""

from __future__ import annotations

import argparse
import json
import re
import sys

STRONG = [
    "however", "but", "for example", "for instance", "in addition,", "still,", "also", "moreover",
    "furthermore", "nevertheless", "nonetheless", "yet", "and", "instead,", "besides,", "likewise",
    "similarly", "otherwise", "thus", "therefore", "hence", "even so", "as a result", "in contrast",
    "by contrast", "on the other hand", "in other words", "that said", "what's more", "additionally",
    "consequently", "then again", "after all", "indeed",
]
DEMONSTRATIVE = re.compile(
    r"^(this|that|these|those)\s+(is|was|are|were|has|had|have|means|meant|would|will|could|came|comes|led)\b"
    r"|^(this|that)['\u2019]s\b", re.I)
PRONOUN = re.compile(r"^(he|she|it|they|his|her|their|its)\b", re.I)


def category(text: str) -> str | None:
    t = text.lstrip(" \t\"'\u201c\u2018(`").lower()
    for c in STRONG:
        if t.startswith(c) and (len(t) == len(c) or not t[len(c)].isalnum() or c.endswith(",")):
            return "strong"
    if DEMONSTRATIVE.match(t):
        return "demonstrative"
    if PRONOUN.match(t):
        return "pronoun"
    return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0, help="print the first N leaning first sentences")
    ap.add_argument("--only", help="print only this group (strong, demonstrative, pronoun)")
    ap.add_argument("--every", action="store_true",
                    help="also count every chosen sentence (not the first alone) that leans back while the "
                         "sentence before it in its document is not chosen; a document's first sentence never counts")
    args = ap.parse_args()
    every = [0, 0]  # leaning sentences without their predecessor, chosen sentences
    summaries = 0
    counts: dict[str, list[int]] = {"strong": [0, 0], "demonstrative": [0, 0], "pronoun": [0, 0]}
    shown = 0
    for line in sys.stdin:
        out = json.loads(line)
        sents = out.get("sentences", [])
        if not sents:
            continue
        summaries += 1
        if args.every:
            picked = {(s["document"], s["index"]) for s in sents}
            every[1] += len(sents)
            every[0] += sum(1 for s in sents if s["index"] > 0 and (s["document"], s["index"] - 1) not in picked
                            and category(s["text"]) is not None)
        first = sents[0]
        cat = category(first["text"])
        if cat is None:
            continue
        chosen = {(s["document"], s["index"]) for s in sents}
        covered = (first["document"], first["index"] - 1) in chosen
        counts[cat][0] += 1
        counts[cat][1] += covered
        if shown < args.show and not covered and args.only in (None, cat):
            shown += 1
            print(f"{out['id']} [{cat}] #{first['index']}: {first['text'][:140]}", file=sys.stderr)
    for cat, (n, cov) in counts.items():
        print(f"{cat}: {n} of {summaries} first sentences ({100.0 * n / max(summaries, 1):.2f}%), "
              f"{cov} with their predecessor chosen")
    if args.every:
        print(f"every sentence: {every[0]} of {every[1]} chosen sentences lean back without their predecessor")
    return 0


if __name__ == "__main__":
    sys.exit(main())
