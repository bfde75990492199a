"""lede: extractive news summarization and exact ROUGE, from Python.

The package wraps lede's C++ library (the same code as the ``lede`` command
line tool), so summaries, offsets and scores are identical to the CLI's::

    >>> import lede
    >>> text = "The council approved the budget on Monday. It takes effect in May."
    >>> [s.text for s in lede.summarize(text, sentences=1)]
    ['The council approved the budget on Monday.']

Main entry points:

* :func:`summarize` - one document (a ``str``) or a cluster (a list of
  ``str``) to a list of :class:`Sentence`.
* :class:`Summarizer` - holds the loaded resources and options for repeated
  calls (cheaper than :func:`summarize` in a loop, and thread-safe).
* :func:`segment` - sentence segmentation.
* :func:`extract` - the article (headline and body) of a web page.
* :func:`rouge`, :func:`rouge_corpus` and :class:`Rouge` - ROUGE exactly as
  ROUGE-1.5.5 computes it (or as Google's rouge-score does); :func:`rouge_compare`
  - is one system better than another (paired interval and p-value).
* :mod:`lede.rouge_scorer` and :mod:`lede.scoring` - drop-ins for Google's
  ``rouge_score`` modules (``RougeScorer``, ``BootstrapAggregator``).
* :func:`methods` - the summarization methods by name.
* :mod:`lede.dask` - summarizing JSONL corpora on a Dask cluster.

Errors raised by the library carry its message (which says where: the
document number, byte offset, field): bad arguments and bad input raise
:class:`ValueError`, I/O failures :class:`OSError`.

The GIL is released while the library works, so a :class:`Summarizer`
shared by several threads runs them in parallel.
"""

from __future__ import annotations

import warnings

from . import _lede
from ._extract import Article, Paragraph, extract
from ._args import BytesLike, _check_bool, _check_encodable, _check_str, _text_arg
from ._results import JsonlResult, LedeWarning, Method, Sentence, Summary
from ._summarize import Summarizer, TextOrDocuments, summarize

__version__: str = _lede.__version__

__all__ = [
    "Article",
    "Average",
    "BytesLike",
    "Comparison",
    "CorpusScores",
    "Difference",
    "Estimate",
    "Method",
    "Paragraph",
    "Rouge",
    "Score",
    "JsonlResult",
    "LedeWarning",
    "Sentence",
    "Summary",
    "Summarizer",
    "TextOrDocuments",
    "default_method",
    "extract",
    "language_name",
    "languages",
    "methods",
    "rouge",
    "rouge_compare",
    "rouge_corpus",
    "rouge_scorer",
    "scoring",
    "segment",
    "summarize",
]


def segment(text: str | BytesLike, language: str = "en", *, spans: bool = False,
            lenient: bool = False) -> list[str] | list[tuple[int, int]]:
    """Splits text into sentences, as ``lede segment`` does.

    Args:
        text: the text: ``str``, or UTF-8 in any bytes-like object
            (``bytes``, ``bytearray``, ``memoryview``, ...).
        language: ISO 639-1 code (see :func:`languages`; any case, and
            ``"en-US"`` or ``"english"`` read as ``"en"``), or ``"auto"``.
        spans: return ``(start, end)`` string indices into ``text`` (so
            ``text[start:end]`` is the sentence as written) instead of the
            sentences' display texts (white space collapsed, NFC).
        lenient: replace invalid UTF-8 in bytes-like input instead of raising
            (and say so in a :class:`LedeWarning`).

    Returns:
        ``list[str]``, or ``list[tuple[int, int]]`` with ``spans=True``
        (byte offsets when ``text`` is bytes-like).

    Raises:
        ValueError: unknown language, invalid UTF-8, a lone surrogate in a
            ``str`` (it has no UTF-8 form).
        TypeError: ``text`` neither ``str`` nor bytes-like, ``language`` not
            ``str``, ``spans`` or ``lenient`` not ``bool``.
    """
    text = _text_arg("text", text)
    _check_str("language", language)
    _check_bool("spans", spans)
    _check_bool("lenient", lenient)
    if isinstance(text, str):
        _check_encodable(text, "text")
    rows, warns = _lede.segment(text, language, lenient)
    for w in warns:
        warnings.warn(w, LedeWarning, stacklevel=2)
    if spans:
        if isinstance(text, bytes):
            return [(bs, be) for _, _, bs, be, _ in rows]
        return [(cs, ce) for cs, ce, _, _, _ in rows]
    return [row[4] for row in rows]


def methods() -> list[Method]:
    """Every summarization method, sorted by name."""
    return [Method(*m) for m in _lede.methods()]


def default_method(cluster: bool = False) -> str:
    """The method used when none is named, for one document or a cluster."""
    return _lede.default_method(_check_bool("cluster", cluster))


def languages() -> list[str]:
    """ISO 639-1 codes of the languages lede segments, tokenizes and stems."""
    return list(_lede.languages())


def language_name(code: str) -> str:
    """The English name of a language of :func:`languages` (``"German"`` for ``"de"``).

    Codes are read as every ``language=`` reads them (``"DE"``, ``"de-AT"``,
    ``"german"``).

    Raises:
        ValueError: a language lede lacks, or ``"auto"`` (no language).
        TypeError: ``code`` not ``str``.
    """
    _check_str("code", code)
    name = _lede.language_name(code)
    if not name:
        raise ValueError(f"unknown language {code!r} (known: {', '.join(_lede.languages())})")
    return name


from ._rouge import (Average, Comparison, CorpusScores, Difference, Estimate, Rouge, Score,  # noqa: E402
                     rouge, rouge_compare, rouge_corpus)
# Drop-ins for Google's rouge-score modules (`from lede import rouge_scorer, scoring`); after
# segment(), which rouge_scorer uses.
from . import rouge_scorer, scoring  # noqa: E402
