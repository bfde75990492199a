#!/usr/bin/env python3
"""HTML extraction robustness: lede's F1 on markup-perturbed copies of the pages.

The heuristics were developed on ../shared/data/html, so its F1 overstates what
unseen sites get. This rewrites every page in ways unseen sites differ and scores
lede on each copy (the metric of bench/html_bench.py):
  noclass   every class and id attribute removed (no hint words at all)
  nosem     article/main/aside/nav/header/footer/section turned into <div>
  nop       <p> turned into <div> (bodies of <div>s)
  noh       <h1>..<h6> turned into <div>
  wrapped   every <p> inside a <div> of its own
A general heuristic should lose little on each; a page that collapses on one
shows what the extraction leans on. Python 3 standard library only.

Usage: python3 bench/html_perturb.py [--lede build/lede] [--data ../shared/data/html] [--worst 3]
       [--pages tests/html/pages] [--dump out.json]
(--pages: the team-written NAME.html pages scored against NAME.txt, as in
bench/html_bench.py; --dump: every copy's outputs, to compare two builds.)
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from html_bench import page_precision, page_recall, score  # noqa: E402

VARIANTS = {
    "original": lambda b: b,
    "noclass": lambda b: re.sub(rb"\s(class|id)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", b" ", b),
    "nosem": lambda b: re.sub(rb"<(/?)(article|main|aside|nav|header|footer|section)\b", rb"<\1div", b, flags=re.I),
    "nop": lambda b: re.sub(rb"<(/?)p\b", rb"<\1div", b, flags=re.I),
    "noh": lambda b: re.sub(rb"<(/?)h[1-6]\b", rb"<\1div", b, flags=re.I),
    "wrapped": lambda b: re.sub(rb"</p>", b"</p></div>", re.sub(rb"<p\b", b"<div><p", b, flags=re.I), flags=re.I),
}


def run_lede(lede, files):
    run = subprocess.run([lede, "extract", "--output", "jsonl"] + files, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit("lede extract failed: " + run.stderr)
    out = {}
    for line in run.stdout.splitlines():
        rec = json.loads(line)
        out[os.path.basename(rec["file"])[: -len(".html.gz")]] = rec.get("text", "")
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lede", default=os.path.join(here, "..", "build", "lede"))
    ap.add_argument("--data", default=os.path.join(os.environ.get("LEDE_SHARED_DIR", os.path.join(here, "..", "..", "shared")), "data", "html"))
    ap.add_argument("--worst", type=int, default=3, help="list the N pages that lose most on each copy")
    ap.add_argument("--pages", help="score NAME.html against NAME.txt in this folder instead of --data")
    ap.add_argument("--dump", help="write every copy's outputs here ({copy: {key: text}})")
    args = ap.parse_args()
    if args.pages:
        args.data = args.pages
        keys = sorted(n[:-5] for n in os.listdir(args.pages)
                      if n.endswith(".html") and os.path.exists(os.path.join(args.pages, n[:-5] + ".txt")))
        truth = {k: {"articleBody": open(os.path.join(args.pages, k + ".txt"), encoding="utf-8").read()} for k in keys}
        pages = {k: open(os.path.join(args.pages, k + ".html"), "rb").read() for k in keys}
    else:
        truth = json.load(open(os.path.join(args.data, "ground-truth.json"), encoding="utf-8"))
        keys = sorted(truth)
        pages = {k: gzip.open(os.path.join(args.data, "html", k + ".html.gz")).read() for k in keys}
    dumped = {}

    def f1(c):
        p, r = page_precision(*c), page_recall(*c)
        return 2 * p * r / (p + r) if p + r else 0.0

    base = None
    print(f"{len(keys)} pages: {args.data}")
    print(f"{'copy':<10} {'F1':>6} {'P':>6} {'R':>6}  pages worse than the original (F1 -0.01 or more)")
    with tempfile.TemporaryDirectory() as tmp:
        for name, rewrite in VARIANTS.items():
            files = []
            for k in keys:
                path = os.path.join(tmp, k + ".html.gz")
                with gzip.open(path, "wb", compresslevel=1) as out:
                    out.write(rewrite(pages[k]))
                files.append(path)
            outputs = run_lede(args.lede, files)
            dumped[name] = outputs
            f, p, r, counts = score(truth, outputs)
            per_page = {k: f1(c) for k, c in counts.items()}
            if base is None:
                base = per_page
            worse = sorted((k for k in keys if per_page[k] < base[k] - 0.01), key=lambda k: per_page[k] - base[k])
            listed = ", ".join(f"{k[:20]} {base[k]:.2f}->{per_page[k]:.2f}" for k in worse[: args.worst])
            print(f"{name:<10} {f:6.3f} {p:6.3f} {r:6.3f}  {len(worse)}" + (f" ({listed})" if listed else ""))
    if args.dump:
        json.dump(dumped, open(args.dump, "w", encoding="utf-8"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
