"""lede.summarize and lede.Summarizer refuse bad arguments with errors that name them."""

from __future__ import annotations

import pytest

import lede
from conftest import HARBOUR, LIBRARY, ORCHARD


@pytest.mark.parametrize("kwargs, message", [
    ({"method": "no-such-method"}, "unknown method 'no-such-method'"),
    ({"method": ""}, "method must name one (None for the default), not ''"),
    ({"selector": ""}, "selector must name one (None for the default), not ''"),
    ({"language": "xx"}, "unknown language 'xx'"),
    ({"sentences": 2, "words": 10}, "at most one budget"),
    ({"sentences": 0}, "sentences budget must be a whole number from 1 to 1000000000, not 0"),
    ({"sentences": 2.5}, "sentences budget must be a whole number from 1 to 1000000000, not 2.5"),
    ({"words": -1.0}, "words budget must be a whole number from 1 to 1000000000, not -1"),
    ({"bytes": float("nan")}, "bytes budget must be a whole number from 1 to 1000000000, not nan"),
    ({"words": 10**400}, "words budget must be a whole number from 1 to 1000000000, not 1" + "0" * 400),
    ({"sentences": -(2**60)}, "sentences budget must be a whole number from 1 to 1000000000, not -1152921504606846976"),
    ({"bytes": 2**53 + 1}, "bytes budget must be a whole number from 1 to 1000000000, not 9007199254740993"),
    ({"ratio": 10**400}, "ratio must be in (0, 1], not inf"),
    ({"ratio": 1.5}, "ratio must be in (0, 1], not 1.5"),
    ({"ratio": float("nan")}, "ratio must be in (0, 1], not nan"),
    ({"ratio": 0}, "ratio must be in (0, 1], not 0"),
    ({"sentences": 2, "truncate": True}, "truncate cuts word and byte budgets"),
    ({"ratio": 0.5, "truncate": True}, "truncate cuts word and byte budgets; a ratio budget"),
    ({"order": "random"}, "order must be"),
    ({"selector": "greedy"}, "unknown selector 'greedy' (known: ilp, mmr, submodular, topk)"),
])
def test_bad_options_raise_value_error(kwargs, message):
    with pytest.raises(ValueError) as err:
        lede.summarize(ORCHARD, **kwargs)
    assert message in str(err.value)


def test_bad_input_raises_value_error_with_the_library_message():
    with pytest.raises(ValueError, match=r"document 1: invalid UTF-8 at byte 6"):
        lede.summarize([b"Fine text.", b"Bad by\xfftes here."])
    with pytest.raises(ValueError):
        lede.summarize([])
    with pytest.raises(TypeError):
        lede.summarize(42)
    with pytest.raises(TypeError, match="sentences must be a number, not str"):
        lede.summarize(ORCHARD, sentences="2")


def test_integral_floats_are_whole_number_budgets():
    # As the service takes "sentences": 2.0 (Python's json writes floats so).
    assert lede.summarize(ORCHARD, sentences=2.0) == lede.summarize(ORCHARD, sentences=2)
    assert lede.summarize(ORCHARD, words=1e2) == lede.summarize(ORCHARD, words=100)


def test_wrong_types_and_unencodable_text_name_the_argument():
    # pybind11's own "incompatible function arguments" names no argument.
    with pytest.raises(TypeError, match="language must be a str or None, not int"):
        lede.summarize(ORCHARD, language=7)
    with pytest.raises(TypeError, match="method must be a str or None, not int"):
        lede.summarize(ORCHARD, method=3)
    with pytest.raises(TypeError, match="method must be a str or None, not list"):
        lede.summarize(ORCHARD, method=["lead"])
    with pytest.raises(TypeError, match="selector must be a str or None, not int"):
        lede.summarize(ORCHARD, selector=3)
    with pytest.raises(ValueError, match=r"document 1: lone surrogate U\+DCE9 at index 3"):
        lede.summarize([ORCHARD, "caf\udce9 au lait."])


@pytest.mark.parametrize("option", ["method", "language", "model", "selector"])
def test_a_lone_surrogate_in_an_option_is_a_value_error_naming_it(option):
    # It has no UTF-8 form; pybind11's conversion raised "incompatible
    # constructor arguments", a TypeError naming no argument.
    with pytest.raises(ValueError, match=rf"{option}: lone surrogate U\+DC80 at index 1"):
        lede.Summarizer(**{option: "l\udc80"})
    with pytest.raises(ValueError, match=rf"{option}: lone surrogate U\+DC80 at index 1"):
        lede.summarize(ORCHARD, **{option: "l\udc80"})
    with pytest.raises(ValueError, match=r"name: lone surrogate U\+DC80 at index 1"):
        lede.Summarizer().summarize_jsonl('{"text": "A b."}', name="f\udc80")


@pytest.mark.parametrize("documents", [{ORCHARD: 1, LIBRARY: 2}, {ORCHARD, LIBRARY}, frozenset([ORCHARD])])
def test_mappings_and_sets_are_not_sequences_of_documents(documents):
    # A dict's keys were summarized as the documents (a JSONL record passed
    # whole gave a summary of "id" and "text"), and a set's documents were
    # numbered in an order that changes with the hash seed.
    with pytest.raises(TypeError, match=f"or a sequence of them, not {type(documents).__name__}"):
        lede.summarize(documents)
    with pytest.raises(TypeError, match=f"titles must be a sequence of str .*, not {type(documents).__name__}"):
        lede.summarize([ORCHARD, LIBRARY], titles=documents)


def test_an_old_style_sequence_is_a_sequence_of_documents():
    # A class with only __len__ and __getitem__ iterates (Python's old
    # sequence protocol) but is no Iterable: it was refused as no sequence.
    class Reports:
        def __len__(self):
            return 2

        def __getitem__(self, i):
            if i >= 2:
                raise IndexError(i)
            return [ORCHARD, LIBRARY][i]

    want = lede.summarize([ORCHARD, LIBRARY], sentences=2)
    assert lede.summarize(Reports(), sentences=2) == want


def test_a_library_message_is_whole_past_a_nul():
    # The message was cut at the NUL the option holds ("unknown method 'lead").
    with pytest.raises(ValueError) as e:
        lede.summarize(ORCHARD, method="lead\x00x")
    assert str(e.value).startswith("unknown method 'lead\x00x'; did you mean 'lead'? (known: ")


def test_a_misspelt_method_gets_the_nearest_name():
    with pytest.raises(ValueError, match=r"unknown method 'lexrnk'; did you mean 'lexrank'\? \(known: "):
        lede.summarize(ORCHARD, method="lexrnk")


def test_a_model_file_name_holding_a_nul_is_refused():
    # The file system read it up to the NUL: "m\0x" opened "m".
    with pytest.raises(ValueError, match="model file name holds a NUL byte: 'm\x00x'"):
        lede.summarize(ORCHARD, method="learned", model="m\x00x")


@pytest.mark.parametrize("call", [
    lambda v: lede.summarize(ORCHARD, words=5, truncate=v),
    lambda v: lede.Summarizer(words=5, truncate=v),
    lambda v: lede.summarize(b"caf\xe9.", lenient=v),
    lambda v: lede.segment(ORCHARD, lenient=v),
    lambda v: lede.segment(ORCHARD, spans=v),
    lambda v: lede.extract(b"<p>A b.</p>", captions=v),
    lambda v: lede.default_method(cluster=v),
])
def test_switches_take_a_bool_only(call):
    # bool(value) made truncate="no" (or lenient="false") a True, silently.
    for value in ("no", 1, None):
        with pytest.raises(TypeError, match=f"must be a bool, not {type(value).__name__}"):
            call(value)


def test_a_cached_summarizer_does_not_hide_a_wrong_type():
    # summarize() caches summarizers by their options; 1 == True must not make
    # sentences=True find the one built for sentences=1.
    lede.summarize(ORCHARD, sentences=1)
    with pytest.raises(TypeError, match="sentences must be a number, not bool"):
        lede.summarize(ORCHARD, sentences=True)


def test_titles_are_one_per_document_as_in_a_jsonl_record():
    with pytest.raises(TypeError, match="titles must be a sequence of str"):
        lede.summarize(ORCHARD, titles="Apples")
    with pytest.raises(ValueError, match="one str per document: 2 documents, 1 titles"):
        lede.summarize([ORCHARD, HARBOUR], titles=["Apples"])
    with pytest.raises(TypeError, match=r"titles\[1\] must be a str or None, not int"):
        lede.summarize([ORCHARD, HARBOUR], titles=["Apples", 7])
    assert lede.summarize([ORCHARD, HARBOUR], titles=["Apples", None]) == lede.summarize([ORCHARD, HARBOUR])
