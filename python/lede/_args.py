"""Checks of the arguments every function of the package takes alike: text as str or any bytes-like
object, sequences that keep their order, bools and strs that are what they say. Each error names
the argument, where pybind11 would say only "incompatible function arguments"."""

from __future__ import annotations

import os
from collections.abc import Mapping, Set
from typing import Iterable, Union

__all__ = ["BytesLike"]

#: Encoded text: ``bytes`` or any other bytes-like object (``bytearray``,
#: ``memoryview``, ``mmap``, ...), read as UTF-8.
BytesLike = Union[bytes, bytearray, memoryview]


def _check_encodable(text: str, what: str) -> None:
    # A str holding a lone surrogate (e.g. read with errors="surrogateescape")
    # has no UTF-8 form: say which text and where, rather than pybind11's
    # "incompatible function arguments".
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise ValueError(f"{what}: lone surrogate U+{ord(text[e.start]):04X} at index {e.start} "
                         "cannot be encoded as UTF-8") from None


def _bytes_like(value: object) -> bytes | None:
    # Text is accepted encoded as UTF-8 bytes, so every object that exposes
    # bytes (the buffer protocol) is, alike; None for anything else (str too).
    # Only buffers of one-byte items are bytes: a numpy array of strings (4
    # bytes a character) or of numbers exposes a buffer too, and its raw
    # memory is not UTF-8 text.
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return None
    try:
        view = memoryview(value)  # type: ignore[arg-type]
    except TypeError:
        return None
    with view:
        return view.tobytes() if view.itemsize == 1 else None


def _path_hint(value: object) -> str:
    # lede.summarize(Path("a.txt")) named only the type: a file's path is
    # not its text, and the way to pass the text was left to guess.
    if isinstance(value, os.PathLike):
        return " (a path is not read: pass the file's contents, e.g. path.read_text() or path.read_bytes())"
    return ""


def _text_arg(name: str, value: object) -> str | bytes:
    # A text argument as the bindings take it: str, or bytes from any
    # bytes-like object.
    if isinstance(value, str):
        return value
    data = _bytes_like(value)
    if data is None:
        raise TypeError(f"{name} must be str or bytes-like (bytes, bytearray, memoryview, ...), "
                        f"not {type(value).__name__}{_path_hint(value)}")
    return data


def _ordered(value: object) -> bool:
    # What is taken as a sequence (of documents, titles, sentences): any
    # iterable but a mapping, whose keys would be taken for the items, and a
    # set, whose order (the document numbers) changes from run to run. A
    # class with only __len__ and __getitem__ iterates too (Python's old
    # sequence protocol), though it is no Iterable.
    kind = type(value)
    sequence = hasattr(kind, "__getitem__") and hasattr(kind, "__len__")
    return (isinstance(value, Iterable) or sequence) and not isinstance(value, (Mapping, Set))


def _check_bool(name: str, value: object) -> bool:
    # Not bool(value): truncate="no" would be True.
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool, not {type(value).__name__}")
    return value


def _check_str(name: str, value: object, optional: bool = False) -> None:
    if optional and value is None:
        return
    if isinstance(value, str):
        # An option with a lone surrogate would otherwise fail in pybind11's
        # conversion, with an error that names no argument.
        _check_encodable(value, name)
        return
    raise TypeError(f"{name} must be a str{' or None' if optional else ''}, not {type(value).__name__}")
