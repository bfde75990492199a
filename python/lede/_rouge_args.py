"""How lede's ROUGE reads its arguments: texts (one sentence a line, as str, UTF-8 bytes or a
sequence of sentences), references, one entry per summary, pair ids and flags. Each error names
the argument."""

from __future__ import annotations

import shlex
from typing import Any, Sequence, Union

from ._args import BytesLike, _bytes_like, _check_encodable, _ordered, _path_hint

#: A text as ROUGE sees it: a string with one sentence a line (``str``, or
#: UTF-8 in any bytes-like object), or the sentences.
Text = Union[str, BytesLike, Sequence[Any]]


def _utf8(text: str, what: str) -> str:
    _check_encodable(text, what)
    return text


def _text(t: Text, what: str) -> str:
    if isinstance(t, str):
        return _utf8(t, what)
    if (data := _bytes_like(t)) is not None:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise ValueError(f"{what}: invalid UTF-8 at byte {e.start}") from None
    if not _ordered(t):
        raise TypeError(f"{what} must be a str, UTF-8 bytes or a sequence of sentences (str), "
                        f"not {type(t).__name__}{_path_hint(t)}")
    lines = []
    for item in t:
        item = getattr(item, "text", item)  # lede.Sentence
        if not isinstance(item, str):
            raise TypeError(f"{what} must be a str, UTF-8 bytes or a sequence of sentences (str), "
                            f"not containing {type(item).__name__}{_path_hint(item)}")
        lines.append(_utf8(item, what))
    return "\n".join(lines)


def _references(refs: Text | Sequence[Text], what: str = "references") -> list[str]:
    if isinstance(refs, str) or _bytes_like(refs) is not None:
        return [_text(refs, what)]
    if not _ordered(refs):
        raise TypeError(f"{what} must be a str or a sequence of references, not {type(refs).__name__}{_path_hint(refs)}")
    out = [_text(r, f"{what}[{k}]") for k, r in enumerate(refs)]
    if not out:
        raise ValueError("at least one reference is needed")
    return out


def _sequence(items: Any, what: str) -> list:
    # One text per summary: a bare str would be taken a character at a time.
    if isinstance(items, str) or _bytes_like(items) is not None or not _ordered(items):
        raise TypeError(f"{what} must be a sequence (one entry per summary), not {type(items).__name__}")
    return list(items)


def _ids(ids: Any) -> list[str]:
    # An id names its pair in messages and orders the bootstrap, so it must
    # be one (`lede rouge` refuses a repeated id too); str(None) or str(obj)
    # would make "None" or an address-bearing repr an id.
    out: list[str] = []
    first: dict[str, int] = {}
    for k, i in enumerate(_sequence(ids, "ids")):
        if isinstance(i, bool) or not isinstance(i, (str, int)):
            raise TypeError(f"ids[{k}] must be a str or an int, not {type(i).__name__}")
        text = str(i)
        if text in first:
            raise ValueError(f"ids[{k}]: duplicate id {text!r} (first at ids[{first[text]}])")
        first[text] = k
        out.append(text)
    for i in out:
        _check_encodable(i, "ids")
    return out


def _flag_list(flags: Any) -> list[str]:
    if isinstance(flags, str):
        _check_encodable(flags, "flags")
        return shlex.split(flags)
    if _ordered(flags) and not isinstance(flags, bytes):
        out = list(flags)
        if all(isinstance(f, str) for f in out):
            for f in out:
                _check_encodable(f, "flags")
            return out
    raise TypeError(f"flags must be a str or a list of str, not {type(flags).__name__}")
