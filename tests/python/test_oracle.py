"""lede.Summarizer.oracle: the extractive oracle, as `lede eval --oracle` chooses it."""

from __future__ import annotations

import json

import pytest

import lede
from conftest import HARBOUR, LIBRARY, run_cli


def test_finds_the_sentence_the_reference_repeats():
    r = lede.Summarizer().oracle(HARBOUR, "Fares stay at their current level until next spring.", measure="f1")
    assert r.method == "oracle"
    assert [s.text for s in r.sentences] == ["Fares stay at their current level until next spring."]
    assert r.sentences[0].score == pytest.approx(2.0)  # F1 1 for ROUGE-1 and ROUGE-2
    assert HARBOUR[r.sentences[0].char_start:r.sentences[0].char_end] == r.sentences[0].text


def test_a_cluster_and_several_references():
    refs = ["The harbour board approved a new ferry timetable.",
            "The library will reopen as a reading room."]
    r = lede.Summarizer(words=30).oracle([HARBOUR, LIBRARY], refs)
    docs = {(s.document, s.index) for s in r.sentences}
    assert (0, 0) in docs and (1, 1) in docs
    assert sum(len(s.text.split()) for s in r.sentences) <= 30


def test_equals_lede_eval_oracle(cli, tmp_path):
    # A data set name that is neither DUC nor MultiLing: F1, 3 sentences.
    refs = ["Boats will leave every twenty minutes.\nThe first late ferry sails on 3 June."]
    data = tmp_path / "news.jsonl"
    data.write_text(json.dumps({"id": "h", "documents": [HARBOUR], "summaries": refs}) + "\n", encoding="utf-8")
    saved = tmp_path / "oracle.jsonl"
    out = run_cli(cli, "eval", "--oracle", "--save", str(saved), str(data))
    assert out.returncode == 0, out.stderr
    cli_sentences = json.loads(saved.read_text(encoding="utf-8"))["sentences"]
    mine = lede.Summarizer().oracle(HARBOUR, refs, measure="f1").sentences
    assert [(s.text, s.index, s.start, s.end) for s in mine] == \
        [(s["text"], s["index"], s["start"], s["end"]) for s in cli_sentences]
    assert [s.score for s in mine] == pytest.approx([s["score"] for s in cli_sentences], abs=1e-12)


def test_bad_arguments():
    with pytest.raises(ValueError, match="no method, selector or model"):
        lede.Summarizer("lead").oracle(HARBOUR, "x")
    with pytest.raises(ValueError, match="measure must be 'recall' or 'f1'"):
        lede.Summarizer().oracle(HARBOUR, "x", measure="precision")
    with pytest.raises(ValueError, match="at least one reference"):
        lede.Summarizer().oracle(HARBOUR, [])
    with pytest.raises(TypeError, match="references must be"):
        lede.Summarizer().oracle(HARBOUR, [3])
