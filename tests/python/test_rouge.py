"""lede.rouge / lede.rouge_corpus: by hand on tiny cases, and against ROUGE-1.5.5's own figures."""

from __future__ import annotations

import json
import pathlib

import pytest

import lede

if not hasattr(lede._lede, "RougeEvaluator"):
    pytest.skip("this build of lede has no ROUGE evaluator", allow_module_level=True)


def test_counts_by_hand():
    # unigrams: the, cat shared of 3 each; bigrams: (the cat) shared of 2 each; LCS "the cat" = 2.
    got = lede.rouge("the cat sat", "the cat ran", n=2)
    assert list(got) == ["ROUGE-1", "ROUGE-2", "ROUGE-L"]
    assert got["ROUGE-1"] == pytest.approx((0.66667, 0.66667, 0.66667), abs=1e-9)
    assert got["ROUGE-2"] == pytest.approx((0.5, 0.5, 0.5), abs=1e-9)
    assert got["ROUGE-L"].recall == pytest.approx(0.66667, abs=1e-9)


def test_recall_and_precision_differ_with_lengths():
    # 2 of the reference's 4 unigrams, 2 of the summary's 2.
    got = lede.rouge("cat sat", "the cat sat down", n=1, lcs=False)
    assert list(got) == ["ROUGE-1"]
    assert got["ROUGE-1"].recall == pytest.approx(0.5)
    assert got["ROUGE-1"].precision == pytest.approx(1.0)


def test_no_metric_at_all_is_refused():
    # -x alone (lcs off, no n-grams, ROUGE-W or skip-bigrams) scored nothing and returned {}.
    for kwargs in (dict(n=0, lcs=False), dict(flags="-x"), dict(flags="-x --rouge-score")):
        with pytest.raises(ValueError, match="nothing to compute"):
            lede.Rouge(**kwargs)
    assert lede.Rouge(n=0, lcs=False, skip=4).metrics == ["ROUGE-S4"]


def test_flags_and_keywords_agree_and_sentences_are_accepted():
    summary = lede.summarize("The council met on Monday. Members voted to repair the bridge. "
                             "Work starts soon.", method="lead", sentences=2)
    refs = ["The council voted on Monday to repair the old bridge .", "Bridge repairs were approved ."]
    by_flags = lede.rouge(summary, refs, flags="-n 2 -m -l 20")
    by_keywords = lede.rouge("\n".join(s.text for s in summary), refs, n=2, stem=True, word_limit=20)
    assert by_flags == by_keywords
    assert lede.Rouge(n=2, stem=True).metrics == ["ROUGE-1", "ROUGE-2", "ROUGE-L"]


def test_errors():
    with pytest.raises(ValueError):
        lede.rouge("a b", "a b", word_limit=5, byte_limit=5)
    with pytest.raises(ValueError):
        lede.rouge("a b", [])
    with pytest.raises(TypeError, match="unknown ROUGE option"):
        lede.rouge("a b", "a b", ngram=2)
    with pytest.raises(ValueError, match="either as flags or as keywords"):
        lede.Rouge("-n 2", stem=True)
    with pytest.raises((ValueError, NotImplementedError), match="rouge_corpus"):
        lede.rouge("a b", "a b", flags="-t 1")
    with pytest.raises((ValueError, NotImplementedError), match="lede rouge -t 2"):
        lede.rouge_corpus(["a b"], [["a b"]], flags="-t 2")
    with pytest.raises(ValueError, match="2 summaries but 1 reference sets"):
        lede.rouge_corpus(["a", "b"], [["a"]])


def test_corpus_counts_by_token_under_t1():
    # The two pairs of tests/eval/rouge_counting_test.cpp: with -r 1 the one
    # resample draws both, totals M 12, P 5, H 3, so R 0.25 and P 0.6; -t 0
    # averages the pairs' own R (0.5 + 0.125) / 2 instead. -t 1 was refused.
    sums, refs = ["a b c d", "a"], [["a b x y"], ["a b c d e f g h"]]
    t1 = lede.rouge_corpus(sums, refs, ids=["1", "2"], flags="-n 1 -x -t 1 -r 1")
    assert t1.averages["ROUGE-1"].recall.mean == pytest.approx(0.25, abs=1e-12)
    assert t1.averages["ROUGE-1"].precision.mean == pytest.approx(0.6, abs=1e-12)
    t0 = lede.rouge_corpus(sums, refs, ids=["1", "2"], flags="-n 1 -x -r 1")
    assert t0.averages["ROUGE-1"].recall.mean == pytest.approx(0.3125, abs=1e-12)
    assert t1.pairs == t0.pairs


def test_wrong_types_and_ranges_are_python_errors_naming_the_argument():
    # Before, these reached pybind11 ("Unable to cast Python instance",
    # RuntimeError), C++ (std::bad_alloc) or iterated a str by characters.
    cases = [
        (dict(n=10**20), ValueError, r"n must be <= 64"),
        (dict(w="1.2"), TypeError, "w must be a number, not str"),
        (dict(alpha="x"), TypeError, "alpha must be a number, not str"),
        (dict(system_id=3), TypeError, "system_id must be a str, not int"),
        (dict(resamples=10**12), ValueError, r"resamples must be <= 1000000"),
        (dict(n=[2]), TypeError, "n must be an int, not list"),
        (dict(flags=5), TypeError, "flags must be a str or a list of str, not int"),
        # In this class's keywords, not the library's field names.
        (dict(su=True), ValueError, r"su \(-u\) and su_both \(-U\) need skip \(-2\)"),
        (dict(su_both=True), ValueError, r"su \(-u\) and su_both \(-U\) need skip \(-2\)"),
    ]
    for kwargs, error, message in cases:
        with pytest.raises(error, match=message):
            lede.rouge("a b", "a b", **kwargs)
    with pytest.raises(TypeError, match="summary must be a str, UTF-8 bytes or a sequence of sentences"):
        lede.rouge(None, "a b")
    # A path is no text (python.md): the message says to pass the contents.
    for args in ((pathlib.Path("summary.txt"), "a b"), ("a b", pathlib.Path("ref.txt")),
                 ("a b", [pathlib.Path("ref.txt")])):
        with pytest.raises(TypeError, match=r"a path is not read: pass the file's contents"):
            lede.rouge(*args)
    with pytest.raises(TypeError, match=r"references\[1\] must be a str"):
        lede.rouge("a b", ["a b", None])
    with pytest.raises(ValueError, match="summary: invalid UTF-8 at byte 2"):
        lede.rouge(b"a \xff", "a b")
    with pytest.raises(ValueError, match=r"references\[0\]: lone surrogate U\+D800 at index 1"):
        lede.rouge("a b", ["a\ud800"])
    with pytest.raises(TypeError, match="summaries must be a sequence"):
        lede.rouge_corpus("a b", ["a b"])


def test_a_lone_surrogate_in_an_option_or_id_is_a_value_error_naming_it():
    # Before, pybind11 raised RuntimeError ("Unable to cast Python instance")
    # for the options and a TypeError naming no argument for the ids.
    for kwargs, where in ((dict(system_id="s\udc80"), "system_id"), (dict(mode="s\udc80"), "mode"),
                          (dict(multi_ref="s\udc80"), "multi_ref"), (dict(flags="-n s\udc80"), "flags"),
                          (dict(flags=["-n", "s\udc80"]), "flags")):
        with pytest.raises(ValueError, match=f"{where}: lone surrogate U\\+DC80"):
            lede.rouge("a b", "a b", **kwargs)
    with pytest.raises(ValueError, match=r"ids: lone surrogate U\+DC80 at index 1"):
        lede.rouge_corpus(["a b"], [["a b"]], ids=["s\udc80"])
    with pytest.raises(TypeError, match="ids must be a sequence"):
        lede.rouge_corpus(["a b"], [["a b"]], ids=1)


def test_ids_are_strs_or_ints_and_each_names_one_pair():
    # None became the id "None" and a repeated id was taken, though ids name
    # pairs in messages (`lede rouge` refuses a repeated id).
    with pytest.raises(TypeError, match=r"ids\[1\] must be a str or an int, not NoneType"):
        lede.rouge_corpus(["a b", "a c"], [["a b"], ["a c"]], ids=["x", None])
    with pytest.raises(TypeError, match=r"ids\[0\] must be a str or an int, not bool"):
        lede.rouge_corpus(["a b"], [["a b"]], ids=[True])
    with pytest.raises(ValueError, match=r"ids\[2\]: duplicate id '7' \(first at ids\[0\]\)"):
        lede.rouge_corpus(["a", "b", "c"], [["a"], ["b"], ["c"]], ids=[7, "8", "7"])
    scores = lede.rouge_corpus(["a b", "a c"], [["a b"], ["a d"]], ids=[2, 1])
    assert len(scores.pairs) == 2


def test_references_and_summaries_are_not_mappings_or_sets():
    # A dict's keys were scored as the references, and a set of sentences
    # was joined in an order that changes with the hash seed.
    with pytest.raises(TypeError, match="references must be a str or a sequence of references, not dict"):
        lede.rouge("a b", {"a b": 1})
    with pytest.raises(TypeError, match="summary must be a str, UTF-8 bytes or a sequence of sentences .*, not set"):
        lede.rouge({"a b", "c d"}, "a b")
    with pytest.raises(TypeError, match="summaries must be a sequence .*, not dict"):
        lede.rouge_corpus({"s1": "a b"}, [["a b"]])


def test_a_corpus_of_no_summaries_has_no_figures():
    # Its averages were 0 with a 0..0 interval; `lede rouge` prints none.
    with pytest.raises(ValueError, match="nothing to score: no summaries"):
        lede.rouge_corpus([], [])


def test_flags_take_the_cli_switches_as_lede_eval_does():
    # "--rouge-score" was refused as "unexpected ROUGE argument".
    assert lede.Rouge("--rouge-score -n 2 -m").metrics == lede.Rouge(mode="rouge-score", n=2, stem=True).metrics
    assert lede.rouge("Übung macht", ["Übung"], flags="-n 1 --unicode") == \
        lede.rouge("Übung macht", ["Übung"], n=1, tokenization="unicode")


def load_group(shared_dir, group, option_set):
    pairs, corpus = [], None
    with open(shared_dir / "data" / "rouge" / "vectors.dev.jsonl", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if rec["group"] != group or rec["set"] != option_set:
                continue
            if rec["kind"] == "pair":
                pairs.append(rec)
            else:
                corpus = rec
    return pairs, corpus


@pytest.mark.parametrize("group", ["cnndm_realsumm100+duc2003", "bbc.dev"])
def test_corpus_matches_rouge155(shared_dir, group):
    pairs, corpus = load_group(shared_dir, group, "A")
    assert pairs and corpus and len(pairs) == corpus["pairs"]
    flags = pairs[0]["options"]
    assert all(p["options"] == flags for p in pairs)
    result = lede.rouge_corpus([p["summary"] for p in pairs], [p["references"] for p in pairs],
                               flags=flags)
    for rec, got in zip(pairs, result.pairs):
        assert set(got) == set(rec["expected"])
        for metric, want in rec["expected"].items():
            assert got[metric] == pytest.approx((want["R"], want["P"], want["F"]), abs=5e-6), rec["id"]
    for metric, want in corpus["expected_average"].items():
        avg = result.averages[metric]
        assert (avg.recall.mean, avg.precision.mean, avg.f.mean) == pytest.approx(
            (want["R"], want["P"], want["F"]), abs=5e-6), metric
        assert avg.recall.low <= avg.recall.mean <= avg.recall.high


def test_rouge_score_mode_names_and_does_not_round():
    got = lede.rouge("the cat sat", "the cat ran", mode="rouge-score")
    assert list(got) == ["rouge1", "rouge2", "rougeL", "rougeLsum"]
    assert got["rouge1"].f == pytest.approx(2 / 3, abs=1e-12)
    assert got["rouge2"].recall == pytest.approx(0.5, abs=1e-12)


def test_an_evaluator_pickles_as_its_options():
    # Rouge objects go to multiprocessing and Dask workers as Summarizers do.
    import pickle

    summary, refs = "the cat sat on the mat", ["a cat sat on a mat", "the cat was on the mat"]
    for rouge in (lede.Rouge(n=2, stem=True, multi_ref="best"), lede.Rouge(flags="-n 1 -m -x"),
                  lede.Rouge(flags=iter(["-n", "2"]))):
        clone = pickle.loads(pickle.dumps(rouge))
        assert clone.metrics == rouge.metrics
        assert clone.score(summary, refs) == rouge.score(summary, refs)


def test_a_cached_evaluator_does_not_hide_a_wrong_type():
    # rouge() caches evaluators by their options; 1 == True must not make
    # stem=1 find the one built for stem=True.
    lede.rouge("a b", "a c", stem=True)
    with pytest.raises(TypeError, match="stem must be a bool"):
        lede.rouge("a b", "a c", stem=1)


def test_text_of_other_scripts_is_warned_of():
    # Chinese scored 0 with nothing said: ROUGE-1.5.5 reads only ASCII letters
    # and digits as words. `lede rouge` and POST /v1/rouge say so too.
    chinese = "\u5317\u4eac\u4e0b\u96e8\u3002"
    with pytest.warns(lede.LedeWarning, match=r"100% of the letters .* are not ASCII.*tokenization=\"unicode\""):
        assert lede.rouge(chinese, chinese, n=1)["ROUGE-1"].recall == 0
    # Named at the caller's line, from the module's functions and the methods alike.
    for call in (lambda: lede.rouge_corpus([chinese], [[chinese]], n=1),
                 lambda: lede.rouge_compare([chinese], [chinese], [[chinese]], n=1, trials=10),
                 lambda: lede.Rouge(n=1).score(chinese, chinese)):
        with pytest.warns(lede.LedeWarning, match="not ASCII") as record:
            call()
        assert record[0].filename == __file__
    # rouge-score mode refuses unicode tokenization: the warning says where it works.
    with pytest.warns(lede.LedeWarning, match="rouge-score's tokenizer reads only ASCII.*in ROUGE-1.5.5 mode"):
        lede.rouge(chinese, chinese, flags="-n 1 --rouge-score")
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert lede.rouge(chinese, chinese, n=1, tokenization="unicode")["ROUGE-1"].recall == 1
        lede.rouge("the board met on monday", "the board met on monday", n=1)
        # One accented word in a pair of English sentences is not "many".
        lede.rouge("The caf\u00e9 reopened after the storm.", "A cafe reopened after the storm hit the town.", n=1)
