"""Every function that takes text takes any bytes-like object as bytes.

A bytearray or memoryview was refused with "document 0 must be str or bytes,
not int" (taken as a sequence of documents, one per byte) or "text must be str
or bytes, not bytearray", though bytes are read as UTF-8 everywhere.
"""

from __future__ import annotations

import array
import json

import pytest

import lede
from conftest import HARBOUR, LIBRARY, ORCHARD

RAW = LIBRARY.encode("utf-8")


def bytes_likes(data: bytes) -> list:
    # Non-contiguous views and non-bytes containers included.
    doubled = bytes(b for pair in zip(data, data) for b in pair)
    return [bytearray(data), memoryview(data), memoryview(doubled)[::2], array.array("B", data)]


@pytest.mark.parametrize("text", bytes_likes(RAW), ids=type)
def test_summarize_and_segment_take_bytes_likes_as_bytes(text):
    assert lede.summarize(text, sentences=2) == lede.summarize(RAW, sentences=2)
    assert lede.Summarizer(sentences=1).run(text) == lede.Summarizer(sentences=1).run(RAW)
    assert lede.segment(text, spans=True) == lede.segment(RAW, spans=True)
    assert lede.segment(text) == lede.segment(LIBRARY)


def test_a_cluster_may_mix_them():
    docs = [HARBOUR, bytearray(ORCHARD.encode()), memoryview(RAW)]
    assert lede.summarize(docs, words=40) == lede.summarize([HARBOUR, ORCHARD.encode(), RAW], words=40)


def test_invalid_utf8_is_reported_as_for_bytes():
    with pytest.raises(ValueError, match="document 0: invalid UTF-8 at byte 3"):
        lede.summarize(bytearray(b"caf\xe9 au lait."))
    with pytest.warns(lede.LedeWarning):
        lede.summarize(memoryview(b"caf\xe9 au lait. It is warm."), lenient=True)


def test_extract_jsonl_and_rouge_take_them_too():
    page = b"<html><body><article><p>" + RAW + b"</p></article></body></html>"
    assert lede.extract(bytearray(page)) == lede.extract(page)
    block = (json.dumps({"id": 1, "text": ORCHARD}) + "\n").encode()
    summarizer = lede.Summarizer(sentences=1)
    assert summarizer.summarize_jsonl(memoryview(block)) == summarizer.summarize_jsonl(block)
    assert lede.rouge(bytearray(b"the cat sat"), [memoryview(b"a cat sat")], n=1) == \
        lede.rouge("the cat sat", ["a cat sat"], n=1)


def test_buffers_of_wider_items_are_not_text():
    # Their raw memory (UTF-32 strings in a numpy array, integers) was read
    # as UTF-8 text.
    wide = array.array("H", "Hello there.".encode("utf-16-le"))
    for value in (wide, array.array("i", [72, 105, 46]), memoryview(wide)):
        with pytest.raises(TypeError, match=r"must be str or bytes-like"):
            lede.segment(value)
        with pytest.raises(TypeError, match=r"must be str or bytes-like"):
            lede.extract(value)


def test_other_types_name_what_is_accepted():
    for call in (lambda: lede.summarize(42), lambda: lede.segment(3.5), lambda: lede.extract(None)):
        with pytest.raises(TypeError, match=r"must be str or bytes-like \(bytes, bytearray, memoryview, \.\.\.\)"):
            call()
    with pytest.raises(TypeError, match=r"document 1 must be str or bytes-like .*, not int"):
        lede.summarize([ORCHARD, 7])


def test_a_path_is_not_read_and_the_error_says_how_to_pass_the_text(tmp_path):
    # lede.summarize(Path("a.txt")) said only "not PosixPath".
    path = tmp_path / "a.txt"
    path.write_text(ORCHARD)
    for call in (lambda: lede.summarize(path), lambda: lede.summarize([ORCHARD, path]),
                 lambda: lede.extract(path), lambda: lede.segment(path)):
        with pytest.raises(TypeError, match=r"a path is not read: pass the file's contents, e\.g\. path\.read_text\(\)"):
            call()
