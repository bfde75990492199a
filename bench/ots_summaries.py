#!/usr/bin/env python3
"""K-sentence summaries of single articles by Open Text Summarizer (`ots`).

ots's command line takes a ratio (a share of the article's words), not a
sentence count. Its HTML output (`ots -h`) marks every sentence, as ots splits
them, with the score ots gave it (`<!--(SCORE)-->`), so this runs `ots -h` once
per article and keeps ots's K best-scored sentences (ties: the earlier one),
in article order: what ots would return for a K-sentence budget. Reads a
summarization JSONL file ({"id", "documents": [one article], ...}) and
writes {"id", "summary": [sentences]} lines for `lede rouge`.

  bench/ots_summaries.py DATA.jsonl [K] > summaries.jsonl
"""
import json
import os
import re
import subprocess
import sys
import tempfile

SENTENCE = re.compile(r"<!--\((-?\d+)\)-->(.*)")
TAG = re.compile(r"<[^>]*>")


def ots_sentences(text):
    """(score, sentence) for each of ots's sentences, in article order."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run(["ots", "-h", "-r", "100", path], capture_output=True, check=True)
    finally:
        os.unlink(path)
    found = []
    for line in out.stdout.decode("utf-8", "replace").split("\n"):
        m = SENTENCE.match(line)
        if not m:
            continue
        sentence = " ".join(TAG.sub(" ", m.group(2)).split())
        if sentence:
            found.append((int(m.group(1)), sentence))
    return found


def summarize(text, k):
    found = ots_sentences(text)
    best = sorted(range(len(found)), key=lambda i: (-found[i][0], i))[:k]
    return [found[i][1] for i in sorted(best)]


def main():
    data = sys.argv[1]
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with open(data, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                summary = summarize(rec["documents"][0], k)
                print(json.dumps({"id": rec["id"], "summary": summary}, ensure_ascii=False))


if __name__ == "__main__":
    main()
