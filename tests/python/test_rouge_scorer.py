"""lede.rouge_scorer and lede.scoring: the calls of Google's rouge-score, with its figures.

Expected values are counted by hand below; the ../shared test uses the scores
rouge-score itself produced (data/rouge/rouge_score_vectors.dev.jsonl).
"""

from __future__ import annotations

import json
import pickle

import pytest

import lede
from lede import rouge_scorer, scoring

TARGET = "The harbour board approved a ferry timetable"
PREDICTION = "the board approved the timetable"


def close(score, precision, recall):
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert score == pytest.approx(scoring.Score(precision, recall, f), abs=1e-12)


def test_counts_by_hand():
    # target: the harbour board approved a ferry timetable (7 tokens);
    # prediction: the board approved the timetable (5 tokens).
    s = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"]).score(TARGET, PREDICTION)
    assert list(s) == ["rouge1", "rouge2", "rougeL"]
    close(s["rouge1"], 4 / 5, 4 / 7)  # the (clipped to 1), board, approved, timetable
    close(s["rouge2"], 1 / 4, 1 / 6)  # "board approved" only
    close(s["rougeL"], 4 / 5, 4 / 7)  # the board approved timetable
    assert s["rouge1"].fmeasure == scoring.fmeasure(4 / 5, 4 / 7)


def test_types_in_the_order_asked_and_only_those():
    s = rouge_scorer.RougeScorer(["rougeL", "rouge2"]).score(TARGET, PREDICTION)
    assert list(s) == ["rougeL", "rouge2"]
    close(s["rouge2"], 1 / 4, 1 / 6)
    assert rouge_scorer.RougeScorer([]).score(TARGET, PREDICTION) == {}


def test_stemmer_on_words_over_three_letters():
    plain = rouge_scorer.RougeScorer(["rouge1"])
    stem = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    # ferries/ferry -> ferri, sailed/sails -> sail.
    close(plain.score("ferries sailed", "ferry sails")["rouge1"], 0.0, 0.0)
    close(stem.score("ferries sailed", "ferry sails")["rouge1"], 1.0, 1.0)
    # Case and punctuation never count.
    close(stem.score("Runs, ran!", "runs ran")["rouge1"], 1.0, 1.0)


def test_rouge_lsum_reads_lines_and_split_summaries_reads_sentences():
    lines = rouge_scorer.RougeScorer(["rougeL", "rougeLsum"])
    s = lines.score("ann left town\nbob stayed", "bob stayed\nann left town")
    close(s["rougeL"], 3 / 5, 3 / 5)     # one order: LCS "ann left town"
    close(s["rougeLsum"], 1.0, 1.0)      # each line finds its match
    flat = lines.score("Ann left town. Bob stayed.", "Bob stayed. Ann left town.")
    close(flat["rougeLsum"], 3 / 5, 3 / 5)  # no newline: one sentence each
    split = rouge_scorer.RougeScorer(["rougeL", "rougeLsum"], split_summaries=True)
    s = split.score("Ann left town. Bob stayed.", "Bob stayed. Ann left town.")
    close(s["rougeL"], 3 / 5, 3 / 5)
    close(s["rougeLsum"], 1.0, 1.0)
    # A newline inside a sentence is no boundary once sentences are split.
    s = split.score("Ann left\ntown. Bob stayed.", "Bob stayed. Ann left town.")
    close(s["rougeLsum"], 1.0, 1.0)


def test_empty_texts_score_zero():
    s = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"]).score(TARGET, "")
    for v in s.values():
        close(v, 0.0, 0.0)
    s = rouge_scorer.RougeScorer(["rouge1"]).score("", "")
    close(s["rouge1"], 0.0, 0.0)


def test_score_multi_keeps_the_best_f_per_type_first_on_ties():
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"])
    s = scorer.score_multi(["a cat sat", "the cat sat on the mat"], "the cat sat")
    # rouge1: F 2/3 against both; the first wins (P 2/3, R 2/3, not P 1, R 1/2).
    close(s["rouge1"], 2 / 3, 2 / 3)
    # rouge2: "cat sat" (P 1/2, R 1/2) against the first; the second has both
    # bigrams (P 1, R 2/5: F 0.571 > 0.5).
    close(s["rouge2"], 1.0, 2 / 5)
    with pytest.raises(ValueError, match="at least one reference"):
        scorer.score_multi([], "the cat sat")


def test_score_batch_equals_pair_by_pair_at_any_thread_count():
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=True)
    targets = [TARGET, ["a cat sat", "the cat sat on the mat"], "ferries sailed\nat dawn", ""] * 10
    predictions = [PREDICTION, "the cat sat", "ferry sails at dawn", "nothing"] * 10
    expected = [scorer.score_multi(t, p) if isinstance(t, list) else scorer.score(t, p)
                for t, p in zip(targets, predictions)]
    for threads in (0, 1, 3):
        assert scorer.score_batch(targets, predictions, threads=threads) == expected
    assert scorer.score_batch([], []) == []
    with pytest.raises(ValueError, match="2 targets but 1 predictions"):
        scorer.score_batch(["a", "b"], ["a"])
    with pytest.raises(ValueError, match="threads"):
        scorer.score_batch(["a"], ["a"], threads=-1)
    with pytest.raises(TypeError, match="predictions must be a sequence"):
        scorer.score_batch(["a"], "a")


def test_bad_arguments():
    with pytest.raises(ValueError, match="Invalid rouge type: rouge10"):
        rouge_scorer.RougeScorer(["rouge10"])
    with pytest.raises(ValueError, match="Invalid rouge type: rougeS"):
        rouge_scorer.RougeScorer(["rouge1", "rougeS"])
    with pytest.raises(ValueError, match="positive n: rouge0"):
        rouge_scorer.RougeScorer(["rouge0"])
    with pytest.raises(TypeError, match="single str"):
        rouge_scorer.RougeScorer("rouge1")
    with pytest.raises(TypeError, match="list of str"):
        rouge_scorer.RougeScorer([1])
    with pytest.raises(TypeError, match="use_stemmer"):
        rouge_scorer.RougeScorer(["rouge1"], use_stemmer="yes")
    with pytest.raises(NotImplementedError, match="default tokenizer") as refused:
        rouge_scorer.RougeScorer(["rouge1"], tokenizer=object())
    # What the message points to works (it named a call that is refused).
    assert "lede.Rouge(tokenization='unicode')" in str(refused.value)
    assert lede.Rouge(tokenization="unicode", n=1).score("Straße café", "Straße café")["ROUGE-1"].f == 1.0
    with pytest.raises(TypeError, match="target"):
        rouge_scorer.RougeScorer(["rouge1"]).score(3, "a")


def test_pickles_and_reprs():
    scorer = rouge_scorer.RougeScorer(["rouge2", "rougeLsum"], use_stemmer=True, split_summaries=True)
    copy = pickle.loads(pickle.dumps(scorer))
    assert repr(copy) == repr(scorer)
    assert copy.score(TARGET, PREDICTION) == scorer.score(TARGET, PREDICTION)
    assert isinstance(scorer, scoring.BaseScorer)
    assert lede.rouge_scorer is rouge_scorer


def test_matches_rouge_score_on_its_own_vectors(shared_dir):
    # Every pair rouge-score scored (two option sets, one to four references).
    path = shared_dir / "data" / "rouge" / "rouge_score_vectors.dev.jsonl"
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(cases) > 1000
    by_options: dict[str, list] = {}
    for c in cases:
        by_options.setdefault(json.dumps(c["options"], sort_keys=True), []).append(c)
    for options, group in by_options.items():
        scorer = rouge_scorer.RougeScorer(**json.loads(options))
        batch = scorer.score_batch([c["references"] for c in group], [c["summary"] for c in group])
        for c, got_batch in zip(group, batch):
            got = (scorer.score(c["references"][0], c["summary"]) if len(c["references"]) == 1
                   else scorer.score_multi(c["references"], c["summary"]))
            assert got == got_batch
            for rouge_type, want in c["expected"].items():
                assert got[rouge_type] == pytest.approx(
                    scoring.Score(want["P"], want["R"], want["F"]), abs=1e-9), (c["ids"], rouge_type)


# --- lede.scoring.BootstrapAggregator -----------------------------------------------------------

def scores_of(values):
    return [{"rouge1": scoring.Score(p, r, f)} for p, r, f in values]


def test_aggregator_of_equal_scores_is_that_score():
    pytest.importorskip("numpy")
    agg = scoring.BootstrapAggregator()
    for s in scores_of([(0.5, 0.25, 1 / 3)] * 7):
        agg.add_scores(s)
    out = agg.aggregate()["rouge1"]
    for bound in out:
        assert bound == pytest.approx(scoring.Score(0.5, 0.25, 1 / 3), abs=1e-15)
    assert isinstance(out.mid, scoring.Score)


def test_aggregator_draws_as_rouge_score_does():
    np = pytest.importorskip("numpy")
    values = [(0.1, 0.2, 0.3), (0.4, 0.1, 0.2), (0.9, 0.8, 0.7), (0.3, 0.3, 0.3), (0.0, 0.5, 0.0)]
    agg = scoring.BootstrapAggregator(confidence_interval=0.9, n_samples=50)
    for s in scores_of(values):
        agg.add_scores(s)
    np.random.seed(7)
    got = agg.aggregate()["rouge1"]
    # The contract: resample i takes numpy.random.choice(5, size=5) from the
    # global generator; low/mid/high are the 5th/50th/95th percentiles of
    # the 50 resampled means (numpy's linear interpolation).
    np.random.seed(7)
    matrix = np.array(values)
    means = np.array([matrix[np.random.choice(np.arange(5), size=5)].mean(axis=0) for _ in range(50)])
    for k, q in enumerate((5, 50, 95)):
        assert tuple(got[k]) == pytest.approx(tuple(np.percentile(means, q, axis=0)), abs=1e-15)
    assert all(lo <= mid <= hi for lo, mid, hi in zip(*got))
    np.random.seed(7)
    assert agg.aggregate()["rouge1"] == got  # same seed, same figures
    mean = agg.mean()["rouge1"]
    assert tuple(mean) == pytest.approx((0.34, 0.38, 0.3), abs=1e-12)


def test_aggregator_arguments():
    pytest.importorskip("numpy")
    with pytest.raises(ValueError, match="confidence_interval"):
        scoring.BootstrapAggregator(confidence_interval=1.5)
    with pytest.raises(ValueError, match="n_samples must be positive"):
        scoring.BootstrapAggregator(n_samples=0)
    with pytest.raises(TypeError, match="n_samples"):
        scoring.BootstrapAggregator(n_samples=2.5)
    assert scoring.BootstrapAggregator().aggregate() == {}
    agg = scoring.BootstrapAggregator(n_samples=10)
    agg.add_scores({"rouge1": scoring.Score(0.5, 0.5, 0.5)})
    copy = pickle.loads(pickle.dumps(agg))  # e.g. to a multiprocessing worker
    assert copy.aggregate() == agg.aggregate()


def test_scorer_and_aggregator_together():
    pytest.importorskip("numpy")
    scorer = rouge_scorer.RougeScorer(["rouge1", "rougeL"])
    agg = scoring.BootstrapAggregator(confidence_interval=0)
    agg.add_scores(scorer.score(TARGET, PREDICTION))
    agg.add_scores(scorer.score(TARGET, TARGET))
    out = agg.aggregate()
    assert list(out) == ["rouge1", "rougeL"]
    # With a 0% interval the three bounds are the median of the resampled means.
    assert out["rouge1"].low == out["rouge1"].mid == out["rouge1"].high
