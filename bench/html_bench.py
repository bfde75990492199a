#!/usr/bin/env python3
"""HTML article extraction: lede against the peers on ../shared/data/html.

Runs `lede extract --output jsonl --stats` once over every page, scores the
bodies with the article-extraction-benchmark metric (word 4-gram shingles of
\\w+ tokens; per-page precision and recall of shingle counts, averaged over
pages; F1 from the two averages; a page whose prediction is empty counts for
recall only, a page with empty truth for precision only) and prints the peers'
stored outputs scored the same way. Python 3 standard library only.

Usage: python3 bench/html_bench.py [--lede build/lede] [--data ../shared/data/html]
       [--repeat 3] [--worst 10] [--dump out.json]
       python3 bench/html_bench.py --pages tests/html/pages --worst 20
(--pages: the team-written pages, each NAME.html scored against the article
body written by hand in NAME.txt; pages without a .txt are left out.)
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

TOKEN = re.compile(r"\w+")


def shingles(text, n=4):
    tokens = TOKEN.findall(text or "")
    grams = collections.Counter()
    for i in range(max(1, len(tokens) - n + 1)):
        gram = tuple(tokens[i:i + n])
        if gram:
            grams[gram] += 1
    return grams


def page_counts(truth, pred):
    t, p = shingles(truth), shingles(pred)
    tp = sum(min(c, p[g]) for g, c in t.items() if g in p)
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def page_precision(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    return 0.0 if tp == 0 and fp == 0 else tp / (tp + fp)


def page_recall(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    return 0.0 if tp == 0 and fn == 0 else tp / (tp + fn)


def score(truth, predictions):
    counts = {k: page_counts(truth[k].get("articleBody", ""), predictions.get(k, "")) for k in truth}
    ps = [page_precision(*c) for c in counts.values() if c[0] + c[1] > 0]
    rs = [page_recall(*c) for c in counts.values() if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f, p, r, counts


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lede", default=os.path.join(here, "..", "build", "lede"))
    ap.add_argument("--data", default=os.path.join(os.environ.get("LEDE_SHARED_DIR", os.path.join(here, "..", "..", "shared")), "data", "html"))
    ap.add_argument("--repeat", type=int, default=3, help="runs for the speed figure (best is reported)")
    ap.add_argument("--worst", type=int, default=0, help="list the N lowest-F1 pages")
    ap.add_argument("--dump", help="write lede's outputs here ({key: {articleBody}})")
    ap.add_argument("--pages", help="score NAME.html against NAME.txt in this folder instead of --data")
    args = ap.parse_args()

    if args.pages:
        args.data = args.pages
        keys = sorted(n[:-5] for n in os.listdir(args.pages)
                      if n.endswith(".html") and os.path.exists(os.path.join(args.pages, n[:-5] + ".txt")))
        truth = {k: {"articleBody": open(os.path.join(args.pages, k + ".txt"), encoding="utf-8").read(), "url": ""}
                 for k in keys}
        files = [os.path.join(args.pages, k + ".html") for k in keys]
        suffix = ".html"
    else:
        truth = json.load(open(os.path.join(args.data, "ground-truth.json"), encoding="utf-8"))
        keys = sorted(truth)
        files = [os.path.join(args.data, "html", k + ".html.gz") for k in keys]
        suffix = ".html.gz"
    best = None
    predictions = {}
    for _ in range(max(1, args.repeat)):
        run = subprocess.run([args.lede, "extract", "--output", "jsonl", "--stats"] + files,
                             capture_output=True, text=True)
        if run.returncode not in (0, 1):
            sys.exit("lede extract failed: " + run.stderr)
        m = re.search(r"([0-9.]+) pages/s, ([0-9.]+) MB/s", run.stderr)
        if m and (best is None or float(m.group(1)) > best[0]):
            best = (float(m.group(1)), float(m.group(2)))
        predictions = {}
        for line in run.stdout.splitlines():
            rec = json.loads(line)
            key = os.path.basename(rec["file"])[: -len(suffix)]
            predictions[key] = rec.get("text", "")

    rows = [("lede",) + score(truth, predictions)]
    out_dir = os.path.join(args.data, "output") if not args.pages else ""
    for name in sorted(os.listdir(out_dir)) if os.path.isdir(out_dir) else []:
        if name.endswith(".json"):
            peer = json.load(open(os.path.join(out_dir, name), encoding="utf-8"))["output"]
            rows.append((name[:-5],) + score(truth, {k: v.get("articleBody", "") for k, v in peer.items()}))
    print(f"{len(keys)} pages: {args.data}")
    print(f"{'extractor':<16} {'F1':>6} {'P':>6} {'R':>6}")
    for name, f, p, r, _ in sorted(rows, key=lambda row: -row[1]):
        print(f"{name:<16} {f:6.3f} {p:6.3f} {r:6.3f}")
    if best:
        print(f"lede speed: {best[0]:.0f} pages/s, {best[1]:.1f} MB/s "
              f"per core (extraction CPU time, reading excluded; best of {args.repeat})")
    if args.worst:
        counts = rows[0][4]
        def f1(c):
            p, r = page_precision(*c), page_recall(*c)
            return 2 * p * r / (p + r) if p + r else 0.0
        for k in sorted(counts, key=lambda k: f1(counts[k]))[: args.worst]:
            c = counts[k]
            print(f"  {k[:24]:<24} F1={f1(c):.3f} P={page_precision(*c):.3f} R={page_recall(*c):.3f} "
                  f"{truth[k].get('url', '')}")
    if args.dump:
        json.dump({k: {"articleBody": v} for k, v in predictions.items()}, open(args.dump, "w"), indent=1)


if __name__ == "__main__":
    main()
