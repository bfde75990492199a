"""lede.summarize, lede.Summarizer, lede.methods against the CLI and by definition."""

from __future__ import annotations

import json
import pickle
import threading

import pytest

import lede
from conftest import HARBOUR, LIBRARY, ORCHARD, run_cli


def test_lead_takes_the_first_sentences():
    got = lede.summarize(ORCHARD, method="lead", sentences=2)
    assert [s.text for s in got] == [
        "An orchard cooperative reported its largest apple harvest in a decade.",
        "Members said cool nights in September helped the fruit.",
    ]
    assert [(s.document, s.index) for s in got] == [(0, 0), (0, 1)]


def test_sentence_offsets_point_into_the_original_text():
    # LIBRARY has non-ASCII letters before the later sentences, so byte and
    # character offsets differ.
    for s in lede.summarize(LIBRARY, method="lead", sentences=3):
        assert LIBRARY[s.char_start:s.char_end] == s.text
        assert LIBRARY.encode()[s.start:s.end].decode() == s.text
    last = lede.summarize(LIBRARY, method="lead", sentences=3)[2]
    assert last.start - last.char_start == 1  # one 2-byte letter before it ('é' of Café)
    assert last.end - last.char_end == 2      # and one inside it ('ç' of façade)


def test_documents_and_references_may_come_from_generators():
    # python.md: a sequence is any ordered iterable, a generator too; a
    # generator of documents was read once to look for Articles and then
    # passed on spent ("no documents to summarize").
    s = lede.Summarizer(method="lead", sentences=2)
    assert s.summarize(d for d in [ORCHARD, LIBRARY]) == s.summarize([ORCHARD, LIBRARY])
    assert lede.summarize(d for d in (ORCHARD,)) == lede.summarize([ORCHARD])
    assert s.run(d for d in [ORCHARD, LIBRARY]).sentences == s.run([ORCHARD, LIBRARY]).sentences
    reference = "The orchard cooperative had its largest apple harvest."
    o = lede.Summarizer(sentences=2)
    assert o.oracle((d for d in [ORCHARD, LIBRARY]), (r for r in [reference])) == \
        o.oracle([ORCHARD, LIBRARY], [reference])


def test_cluster_input_numbers_documents():
    got = lede.summarize([ORCHARD, LIBRARY], method="lead", sentences=2)
    assert {s.document for s in got} <= {0, 1}
    for s in got:
        source = [ORCHARD, LIBRARY][s.document]
        assert source[s.char_start:s.char_end] == s.text


def test_matches_the_cli_json_output(cli, tmp_path):
    for budget, flags in (({"sentences": 2}, ["-n", "2"]), ({"words": 12}, ["-w", "12"]),
                          ({"words": 12, "truncate": True}, ["-w", "12", "--truncate"]),
                          ({"bytes": 90}, ["-b", "90"]), ({"ratio": 0.5}, ["-r", "0.5"])):
        path = tmp_path / "harbour.txt"
        path.write_text(HARBOUR, encoding="utf-8")
        proc = run_cli(cli, "summarize", "-o", "json", *flags, str(path))
        assert proc.returncode == 0, proc.stderr
        expected = json.loads(proc.stdout)
        got = lede.summarize(HARBOUR, **budget)
        assert [s.text for s in got] == [x["text"] for x in expected["sentences"]], budget
        assert [(s.document, s.index, s.start, s.end) for s in got] == [
            (x["document"], x["index"], x["start"], x["end"]) for x in expected["sentences"]]
        assert [s.score for s in got] == pytest.approx([x["score"] for x in expected["sentences"]])


def test_selector_matches_the_cli_flag(cli, tmp_path):
    # selector= is `lede summarize --selector`: the same SummarizeOptions field.
    path = tmp_path / "harbour.txt"
    path.write_text(HARBOUR, encoding="utf-8")
    for selector in ("topk", "mmr", "submodular", "ilp"):
        proc = run_cli(cli, "summarize", "-o", "json", "-m", "textrank", "-n", "3", "--selector", selector,
                       str(path))
        assert proc.returncode == 0, proc.stderr
        expected = [(x["document"], x["index"], x["text"]) for x in json.loads(proc.stdout)["sentences"]]
        got = lede.summarize(HARBOUR, method="textrank", sentences=3, selector=selector)
        assert [(s.document, s.index, s.text) for s in got] == expected, selector
        summarizer = lede.Summarizer("textrank", sentences=3, selector=selector)
        assert summarizer.options["selector"] == selector
        assert pickle.loads(pickle.dumps(summarizer)).summarize(HARBOUR) == got
    # It is read, not dropped: here ilp picks other sentences than textrank's own selector.
    assert (lede.summarize(HARBOUR, method="textrank", sentences=3, selector="ilp")
            != lede.summarize(HARBOUR, method="textrank", sentences=3))


def test_rank_order_is_best_first():
    got = lede.summarize(HARBOUR, sentences=3, order="rank")
    assert [s.score for s in got] == sorted((s.score for s in got), reverse=True)


def test_run_reports_the_method_used():
    summary = lede.Summarizer().run(ORCHARD)
    assert summary.method == lede.default_method(cluster=False)
    assert summary.warnings == []


def test_summarizer_is_reusable_and_picklable():
    s = lede.Summarizer(method="lead", words=20)
    first = s.summarize(HARBOUR)
    assert s(HARBOUR) == first
    clone = pickle.loads(pickle.dumps(s))
    assert clone.options == s.options
    assert clone.summarize(HARBOUR) == first
    assert "words=20" in repr(s)


def test_methods_lists_names_and_descriptions():
    ms = lede.methods()
    assert "lead" in [m.name for m in ms]
    assert [m.name for m in ms] == sorted(m.name for m in ms)
    assert all(m.description for m in ms)
    assert [m.name for m in ms if m.reads_model] == ["learned"]
    assert [m.name for m in ms if not m.multi_document] == ["learned"]


def test_lenient_input_warns_instead():
    with pytest.warns(lede.LedeWarning, match="invalid UTF-8"):
        got = lede.summarize(b"Bad by\xfftes here. Second one.", "lead", sentences=1, lenient=True)
    assert got[0].text == "Bad by\ufffdtes here."
    # segment replaced the bytes without a word (python.md: a LedeWarning).
    with pytest.warns(lede.LedeWarning, match="replaced 1 invalid UTF-8"):
        assert lede.segment(b"Bad by\xfftes here. Second one.", lenient=True)[0] == "Bad by\ufffdtes here."


@pytest.mark.filterwarnings("ignore::lede.LedeWarning")  # the long input is cut to max_sentences
def test_threads_share_a_summarizer_and_run_without_the_gil():
    s = lede.Summarizer(method="lead", sentences=2)
    big = " ".join(f"Sentence number {k} talks about the harbour and its ferries." for k in range(40000))
    expected = s.summarize(HARBOUR)
    results, ticks, done = [], [0], threading.Event()

    def count():
        while not done.is_set():
            ticks[0] += 1

    counter = threading.Thread(target=count)
    counter.start()
    before = ticks[0]
    s.summarize(big)  # long C++ call: the counter thread keeps running only if the GIL is released
    during = ticks[0] - before
    done.set()
    counter.join()
    assert during > 1000

    workers = [threading.Thread(target=lambda: results.append(s.summarize(HARBOUR))) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert results == [expected] * 8


# Written for this test: the sentences the methods like best lean back
# ("But ...", "He said ...") on ones they like less.
BRIDGE = (
    "The city council met on Monday to discuss plans for the town.\n\n"
    "The weather in the town was mild and dry all week long.\n\n"
    "But the council voted to build the new harbour bridge over the river despite the cost of the harbour "
    "bridge.\n\n"
    "He said the new harbour bridge over the river would open in 2027 and cost the council less than the old "
    "bridge.\n\n"
    "Residents of the town welcomed the news at a meeting.\n\n"
    "The mayor praised the council for the new harbour bridge plan on the river.\n")


def test_standalone_matches_the_cli_flag(cli, tmp_path):
    # standalone= is `lede summarize --standalone`: the same SummarizeOptions field.
    path = tmp_path / "bridge.txt"
    path.write_text(BRIDGE, encoding="utf-8")
    for method in ("lexrank", "textrank", "learned"):
        proc = run_cli(cli, "summarize", "-o", "json", "-m", method, "-n", "2", "--standalone", str(path))
        assert proc.returncode == 0, proc.stderr
        expected = [(x["document"], x["index"], x["text"]) for x in json.loads(proc.stdout)["sentences"]]
        got = lede.summarize(BRIDGE, method=method, sentences=2, standalone=True)
        assert [(s.document, s.index, s.text) for s in got] == expected, method
        summarizer = lede.Summarizer(method, sentences=2, standalone=True)
        assert summarizer.options["standalone"] is True
        assert "standalone=True" in repr(summarizer)
        assert pickle.loads(pickle.dumps(summarizer)).summarize(BRIDGE) == got
        # No chosen sentence opens with "But" or "He" without the one before it.
        indices = {s.index for s in got}
        for s in got:
            if s.text.startswith(("But ", "He ")):
                assert s.index - 1 in indices, (method, s.text)
    # It is read, not dropped: lexrank's own choice dangles here.
    plain = lede.summarize(BRIDGE, method="lexrank", sentences=2)
    plain_indices = {s.index for s in plain}
    assert any(s.text.startswith(("But ", "He ")) and s.index - 1 not in plain_indices for s in plain)
    assert lede.summarize(BRIDGE, method="lexrank", sentences=2, standalone=True) != plain


def test_standalone_is_a_bool_and_not_for_the_oracle():
    with pytest.raises(TypeError, match="standalone"):
        lede.Summarizer(standalone="yes")
    with pytest.raises(ValueError, match="not made standalone"):
        lede.Summarizer(standalone=True).oracle(BRIDGE, "The council voted to build a bridge.")


def test_an_empty_summary_says_why():
    # As `lede summarize` on a file: a LedeWarning names the case.
    with pytest.warns(lede.LedeWarning, match="no sentences to summarize"):
        assert lede.summarize("  \n", "lead") == []
    with pytest.warns(lede.LedeWarning, match="no sentence was chosen"):
        assert lede.summarize(HARBOUR, "lead", bytes=3) == []
