"""lede.rouge_compare / Rouge.compare: the figures of `lede rouge --compare`, by hand and against the CLI."""

from __future__ import annotations

import json
import subprocess

import pytest

import lede

if not hasattr(lede._lede, "RougeEvaluator"):
    pytest.skip("this build of lede has no ROUGE evaluator", allow_module_level=True)

# Six-word references; A holds two words of each, B three: ROUGE-1 recall
# 0.33333 against 0.5 on every pair (no stemming, stopwords kept).
REFS = ["the cat sat on the mat", "rain fell on the old town", "stocks rose sharply in early trading"]
A = ["cat mat", "rain town", "stocks trading"]
B = ["cat sat mat", "rain fell town", "stocks rose trading"]


def test_means_difference_interval_and_p_by_hand():
    got = lede.rouge_compare(A, B, REFS, n=1, lcs=False)
    assert list(got) == ["ROUGE-1"]
    r = got["ROUGE-1"].recall
    assert (r.a, r.b) == pytest.approx((0.33333, 0.5), abs=1e-12)
    assert r.difference == pytest.approx(0.16667, abs=1e-12)
    # Every resample holds only +0.16667s; a swap is as extreme only when all
    # three pairs swap alike (probability 1/4).
    assert (r.low, r.high) == pytest.approx((0.16667, 0.16667), abs=1e-12)
    assert r.p == pytest.approx(0.25, abs=0.02)
    # Precision is 1 for both: no difference, p = 1.
    assert got["ROUGE-1"].precision.p == 1.0


def test_same_figures_as_the_cli(cli, tmp_path):
    refs, a, b = tmp_path / "refs.jsonl", tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    ids = ["x", "y", "z"]
    refs.write_text("".join(json.dumps({"id": i, "summaries": [t]}) + "\n" for i, t in zip(ids, REFS)))
    a.write_text("".join(json.dumps({"id": i, "summary": t}) + "\n" for i, t in zip(ids, A)))
    b.write_text("".join(json.dumps({"id": i, "summary": t}) + "\n" for i, t in zip(ids, B)))
    out = subprocess.run([cli, "rouge", "-n", "2", "-m", "--json", "--compare", str(b), str(refs), str(a)],
                         check=True, capture_output=True, text=True).stdout
    cli_metrics = json.loads(out)["metrics"]
    got = lede.rouge_compare(A, B, REFS, ids=ids, flags="-n 2 -m")
    assert list(got) == list(cli_metrics)
    for metric, comparison in got.items():
        for measure, d in zip("RPF", comparison):
            c = cli_metrics[metric][measure]
            assert (d.a, d.b, d.difference, d.low, d.high, d.p) == (
                c["a"], c["b"], c["difference"], c["low"], c["high"], c["p"]), (metric, measure)


def test_seed_and_trials_are_kept_and_checked():
    ev = lede.Rouge(n=1)
    first = ev.compare(A, B, REFS, trials=500, seed=7)
    assert first == ev.compare(A, B, REFS, trials=500, seed=7)
    assert first["ROUGE-1"].recall.p >= 1 / 501
    with pytest.raises(ValueError, match="trials must be 1 to 1000000"):
        ev.compare(A, B, REFS, trials=0)
    with pytest.raises(TypeError, match="seed must be an int"):
        ev.compare(A, B, REFS, seed="1")


def test_inputs_that_cannot_be_compared_are_refused():
    with pytest.raises(ValueError, match="each pair needs all three"):
        lede.rouge_compare(A, B[:2], REFS)
    with pytest.raises(ValueError, match="nothing to compare"):
        lede.rouge_compare([], [], [])
    with pytest.raises(ValueError, match="-t 1 or -t 2"):
        lede.rouge_compare(A, B, REFS, flags="-n 1 -t 1")
