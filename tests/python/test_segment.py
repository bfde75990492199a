"""lede.segment against the CLI and by construction of the inputs."""

from __future__ import annotations

import json

import pytest

import lede
from conftest import HARBOUR, LIBRARY, run_cli


def test_segments_written_sentences():
    assert lede.segment(LIBRARY) == [
        "Café owners near the old library welcomed the plan.",
        "The library, closed since 2019, will reopen as a reading room.",
        "Its façade, damaged in a storm, is being repaired.",
    ]


def test_spans_are_string_indices_into_the_text():
    text = "  Première phrase ici.   Deuxième   phrase là.\n"
    spans = lede.segment(text, "fr", spans=True)
    assert [text[a:b] for a, b in spans] == ["Première phrase ici.", "Deuxième   phrase là."]
    assert lede.segment(text, "fr") == ["Première phrase ici.", "Deuxième phrase là."]
    raw = text.encode()
    assert [raw[a:b].decode() for a, b in lede.segment(raw, "fr", spans=True)] == [
        "Première phrase ici.", "Deuxième   phrase là."]


def test_matches_the_cli(cli):
    proc = run_cli(cli, "segment", "--format", "jsonl",
                   stdin=(json.dumps({"id": 1, "text": HARBOUR}) + "\n").encode())
    assert proc.returncode == 0, proc.stderr
    assert lede.segment(HARBOUR) == json.loads(proc.stdout)["sentences"]


def test_errors():
    with pytest.raises(ValueError, match="unknown language 'zz'"):
        lede.segment("Text.", "zz")
    with pytest.raises(ValueError, match="invalid UTF-8 at byte 2"):
        lede.segment(b"ab\xc3(")
    with pytest.raises(TypeError):
        lede.segment(None)
    with pytest.raises(TypeError, match="language must be a str"):
        lede.segment("Text.", None)
    with pytest.raises(ValueError, match=r"text: lone surrogate U\+DC80 at index 1"):
        lede.segment("a\udc80b.")
    assert "en" in lede.languages()


def test_a_lone_surrogate_in_the_language_is_a_value_error_naming_it():
    # pybind11's "incompatible function arguments" named no argument.
    with pytest.raises(ValueError, match=r"language: lone surrogate U\+DC80 at index 2"):
        lede.segment(HARBOUR, "en\udc80")


def test_language_spellings_read_as_the_code():
    text = "Die Abgeordneten stimmten am 3. Okt. zu. Der Rat tagte."
    want = lede.segment(text, "de")
    for spelled in ("DE", "de-AT", "de_CH", "German"):
        assert lede.segment(text, spelled) == want
    got = lede.Summarizer(language="en-US", method="lead", sentences=1).run("One. Two.")
    assert [s.text for s in got.sentences] == ["One."]


def test_language_names():
    assert lede.language_name("de") == "German"
    assert lede.language_name("pt_BR") == "Portuguese"
    assert all(lede.language_name(code) for code in lede.languages())
    assert len({lede.language_name(code) for code in lede.languages()}) == len(lede.languages())
    for unknown in ("xx", "auto", ""):
        with pytest.raises(ValueError, match="unknown language"):
            lede.language_name(unknown)
    with pytest.raises(TypeError):
        lede.language_name(7)


GERMAN = ("Der Stadtrat hat am Montag den neuen Haushalt mit neun zu zwei Stimmen gebilligt. "
          "Die Opposition kritisierte die Entscheidung scharf. "
          "Der Bürgermeister sprach von einem guten Tag für die Stadt.")


def test_auto_language_reads_as_the_identified_code():
    assert lede.segment(GERMAN, "auto") == lede.segment(GERMAN, "de")
    got = lede.summarize(GERMAN, method="textrank", sentences=2, language="auto")
    want = lede.summarize(GERMAN, method="textrank", sentences=2, language="de")
    assert [(s.start, s.end, s.score) for s in got] == [(s.start, s.end, s.score) for s in want]
    assert lede.Summarizer(language="auto").run(GERMAN).language == "de"
    assert lede.Summarizer(language="de").run(GERMAN).language is None


def test_auto_language_warns_when_it_falls_back_to_english():
    with pytest.warns(lede.LedeWarning, match="language not identified"):
        summary = lede.Summarizer(language="auto", method="lead").run("La ville a voté hier.")
    assert summary.language == "en"
