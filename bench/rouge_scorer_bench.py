#!/usr/bin/env python3
"""Speed of lede.rouge_scorer (the drop-in for Google's rouge-score) in pairs per second.

Scores the distinct summary/reference pairs of
../shared/data/rouge/rouge_score_vectors.dev.jsonl, repeated REPEAT times, with
RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=True):
  * score / score_multi called pair by pair from Python (as rouge-score is used);
  * score_batch on one thread, and on every core.
When the rouge_score package is importable it is timed the same way, pair by
pair, beside it (it is not a Debian package, so it is usually absent).
CPU seconds of this process for the one-thread rows, wall seconds for all cores.

Usage: python3 bench/rouge_scorer_bench.py [REPEAT]   (from the project root, after
building with -DLEDE_BUILD_PYTHON=ON; LEDE_PYTHONPATH overrides build/python)
"""

from __future__ import annotations

import json
import os
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, os.environ.get("LEDE_PYTHONPATH", str(ROOT / "build" / "python")))

from lede import rouge_scorer  # noqa: E402

TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]


def load(repeat: int):
    shared = pathlib.Path(os.environ.get("LEDE_SHARED_DIR", ROOT.parent / "shared"))
    path = shared / "data" / "rouge" / "rouge_score_vectors.dev.jsonl"
    seen, pairs = set(), []
    for line in path.read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        key = (c["summary"], tuple(c["references"]))
        if key not in seen:
            seen.add(key)
            pairs.append((c["references"], c["summary"]))
    return path, pairs * repeat


def one_by_one(scorer, pairs):
    start = time.process_time()
    out = [scorer.score(t[0], p) if len(t) == 1 else scorer.score_multi(t, p) for t, p in pairs]
    return time.process_time() - start, out


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    path, pairs = load(repeat)
    n = len(pairs)
    scorer = rouge_scorer.RougeScorer(TYPES, use_stemmer=True)
    print(f"data: {path} ({n} pairs = distinct pairs x {repeat}); {TYPES}, use_stemmer=True")
    cpu, ours = one_by_one(scorer, pairs)
    print(f"lede score()/score_multi() pair by pair: {n / cpu:,.0f} pairs/s (CPU {cpu:.2f} s)")
    targets = [t for t, _ in pairs]
    predictions = [p for _, p in pairs]
    start = time.process_time()
    batch = scorer.score_batch(targets, predictions, threads=1)
    cpu1 = time.process_time() - start
    print(f"lede score_batch(threads=1):              {n / cpu1:,.0f} pairs/s (CPU {cpu1:.2f} s)")
    start = time.perf_counter()
    scorer.score_batch(targets, predictions)
    wall = time.perf_counter() - start
    print(f"lede score_batch() on {os.cpu_count()} cores:             {n / wall:,.0f} pairs/s (wall {wall:.2f} s)")
    assert batch == ours
    try:
        from rouge_score import rouge_scorer as google
    except ImportError:
        print("rouge_score (Google's package): not installed; not timed")
        return
    cpu_g, theirs = one_by_one(google.RougeScorer(TYPES, use_stemmer=True), pairs)
    print(f"rouge_score pair by pair:                 {n / cpu_g:,.0f} pairs/s (CPU {cpu_g:.2f} s); "
          f"lede pair by pair is {cpu_g / cpu:.1f}x, score_batch(threads=1) {cpu_g / cpu1:.1f}x")
    worst = max(abs(a[k][j] - b[k][j]) for a, b in zip(ours, theirs) for k in TYPES for j in range(3))
    print(f"largest difference from rouge_score over every figure: {worst:.2e}")


if __name__ == "__main__":
    main()
