"""Summarizing from Python: :class:`Summarizer` and :func:`summarize`."""

from __future__ import annotations

import functools
import math
import numbers
import warnings
from typing import Sequence, Union

from . import _lede
from ._args import BytesLike, _bytes_like, _check_bool, _check_encodable, _check_str, _ordered, _path_hint, _text_arg
from ._extract import Article
from ._results import JsonlResult, LedeWarning, Sentence, Summary

__all__ = ["Summarizer", "TextOrDocuments", "summarize"]

#: One document (``str`` or UTF-8 bytes-like) or a cluster of documents.
TextOrDocuments = Union[str, BytesLike, Sequence[Union[str, BytesLike]]]


def _budget(sentences: int | None, words: int | None, bytes_: int | None,
            ratio: float | None) -> tuple[str, float]:
    given = [(k, v) for k, v in (("sentences", sentences), ("words", words),
                                 ("bytes", bytes_), ("ratio", ratio)) if v is not None]
    if len(given) > 1:
        raise ValueError("give at most one budget of sentences, words, bytes and ratio (got "
                         + ", ".join(k for k, _ in given) + ")")
    if not given:
        return "default", 0.0
    kind, value = given[0]
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise TypeError(f"{kind} must be a number, not {type(value).__name__}")
    # Whether it is in range, and for sentences/words/bytes a whole number
    # (3.0 is as good as 3), is the library's rule (Summarizer::validate),
    # as for the CLI and the service: ValueError when the summarizer is made.
    if kind != "ratio" and isinstance(value, numbers.Integral) and abs(value) > 2**53:
        # Past float's exact integers (10**400 would read "inf"): out of range
        # anyway, and said with the number as given.
        raise ValueError(f"{kind} budget must be a whole number from 1 to "
                         f"{_lede.MAX_BUDGET_COUNT}, not {value}")
    try:
        return kind, float(value)
    except OverflowError:  # a ratio past float's range: out of range anyway
        return kind, math.inf if value > 0 else -math.inf


def _documents(text_or_documents: TextOrDocuments) -> list[str | bytes]:
    # A bytes-like object is one document, though it is also an iterable (of ints).
    if isinstance(text_or_documents, str) or _bytes_like(text_or_documents) is not None:
        docs = [_text_arg("text", text_or_documents)]
    elif _ordered(text_or_documents):
        docs = [_text_arg(f"document {k}", d) for k, d in enumerate(text_or_documents)]
    else:
        raise TypeError("text must be str or bytes-like (bytes, bytearray, memoryview, ...), or a "
                        f"sequence of them, not {type(text_or_documents).__name__}{_path_hint(text_or_documents)}")
    for k, d in enumerate(docs):
        if isinstance(d, str):
            _check_encodable(d, f"document {k}")
    return docs


def _pages(text_or_documents: object) -> tuple[object, list[str | None] | None, list[str]]:
    # lede.Article documents (from lede.extract) as `lede summarize page.html`
    # reads a page: its text, its headline as the title, its declared
    # language. Returns the input with each Article replaced by its text, the
    # titles (None when no document is an Article) and each document's
    # declared language ("" for other documents).
    if isinstance(text_or_documents, Article):
        return text_or_documents.text, [text_or_documents.title], [text_or_documents.language or ""]
    if isinstance(text_or_documents, str) or _bytes_like(text_or_documents) is not None \
            or not _ordered(text_or_documents):
        return text_or_documents, None, []
    # The list, not the input: a generator is spent by now.
    docs = list(text_or_documents)
    if not any(isinstance(d, Article) for d in docs):
        return docs, None, []
    titles = [d.title if isinstance(d, Article) else None for d in docs]
    declared = [(d.language or "") if isinstance(d, Article) else "" for d in docs]
    return [d.text if isinstance(d, Article) else d for d in docs], titles, declared


def _titles(titles: Sequence[str | None] | None, count: int) -> list[str]:
    # As a JSONL record's "titles": one str (or None) per document.
    if titles is None:
        return []
    if isinstance(titles, (str, bytes)) or not _ordered(titles):
        raise TypeError("titles must be a sequence of str (one per document), not "
                        + type(titles).__name__)
    titles = list(titles)
    if len(titles) != count:
        raise ValueError(f"titles must hold one str per document: {count} documents, "
                         f"{len(titles)} titles")
    for k, t in enumerate(titles):
        _check_str(f"titles[{k}]", t, optional=True)
    return [t or "" for t in titles]


class Summarizer:
    """Summarizes documents with fixed options, holding the loaded resources.

    Build one and call it many times (from many threads if you like: it is
    immutable and the GIL is released during work)::

        summarizer = lede.Summarizer(method="textrank", words=100)
        for article in articles:
            print([s.text for s in summarizer.summarize(article)])

    Args:
        method: a name from :func:`methods`; ``None`` picks the project's
            best method for the input (one document or a cluster).
        sentences: budget of at most this many sentences.
        words: budget of at most this many white-space separated words (each Han
            or kana character counts as one; Thai, Lao, Khmer and Myanmar count
            in dictionary words, as the tokenizer reads them).
        bytes: budget of at most this many UTF-8 bytes (sentences joined by
            one separator).
        ratio: budget of ``round(ratio * sentence count)`` sentences (at
            least 1), ``0 < ratio <= 1``. At most one budget may be given;
            none means 3 sentences for one document, 100 words for a cluster.
            ``sentences``, ``words`` and ``bytes`` are whole numbers from 1 to
            10**9, given as any real number (``3``, ``3.0``, another
            ``numbers.Real``; not ``3.5``), under the library's rule, as the
            service's JSON fields are.
        language: ISO 639-1 code of the input (see :func:`languages`; any
            case, and ``"en-US"`` or ``"english"`` read as ``"en"``), or
            ``"auto"`` to identify it from the text. ``None`` (the default)
            is ``"en"``, except for a JSONL record's web page (``"html"``),
            read in the language it declares as ``lede summarize`` reads
            one without ``-L``.
        order: ``"doc"`` (document order) or ``"rank"`` (best first, in the
            order the selector chose them: with mmr, submodular, klsum or
            sumbasic not always in score order).
        truncate: with a words/bytes budget, cut the first sentence that
            overflows at exactly the budget and stop (DUC practice).
        lenient: replace invalid UTF-8 in bytes-like input with U+FFFD and
            warn instead of raising.
        standalone: choose no sentence that leans on the one before it
            ("But ...", "However, ...", "He said ...", "This was ..."; English,
            German, French and Spanish lists) without that one, as ``lede
            summarize --standalone``: selection runs again without them. Costs
            some ROUGE (docs/methods.md); the oracle refuses it.
        model: model file for the learned method (``None``: built-in).
        selector: the selection stage to run on the method's scores instead
            of the method's own: ``"topk"``, ``"mmr"``, ``"submodular"`` or
            ``"ilp"`` (``None``: the method's own), as ``lede summarize
            --selector``.

    Raises:
        ValueError: unknown method, selector or language, a bad or doubled budget.
        TypeError: an option of the wrong type.
    """

    __slots__ = ("_impl", "_kwargs")

    def __init__(self, method: str | None = None, *, sentences: int | None = None,
                 words: int | None = None, bytes: int | None = None,  # noqa: A002 - the CLI's name
                 ratio: float | None = None, language: str | None = None, order: str = "doc",
                 truncate: bool = False, lenient: bool = False, model: str | None = None,
                 selector: str | None = None, standalone: bool = False) -> None:
        kind, value = _budget(sentences, words, bytes, ratio)
        _check_bool("truncate", truncate)
        _check_bool("lenient", lenient)
        _check_bool("standalone", standalone)
        _check_str("method", method, optional=True)
        _check_str("language", language, optional=True)
        _check_str("order", order)
        _check_str("model", model, optional=True)
        _check_str("selector", selector, optional=True)
        if order not in ("doc", "rank"):
            raise ValueError(f"order must be 'doc' or 'rank', not {order!r}")
        # An empty name read as None (the default) without a word.
        for name, given in (("method", method), ("selector", selector)):
            if given == "":
                raise ValueError(f"{name} must name one (None for the default), not ''")
        self._kwargs = dict(method=method, sentences=sentences, words=words, bytes=bytes,
                            ratio=ratio, language=language, order=order, truncate=truncate,
                            lenient=lenient, model=model, selector=selector, standalone=standalone)
        self._impl = _lede.Summarizer(method or "", "en" if language is None else language, kind, value,
                                      order, truncate, lenient, model or "", selector or "", standalone,
                                      page_language=language is None)

    @property
    def options(self) -> dict:
        """The keyword arguments this summarizer was built with."""
        return dict(self._kwargs)

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self._kwargs.items() if v not in (None, False)
                         and not (k, v) == ("order", "doc"))
        return f"lede.Summarizer({args})"

    def __reduce__(self):
        # Rebuilt from its options on unpickling (Dask ships it this way).
        return (functools.partial(Summarizer, **self._kwargs), ())

    def _for_pages(self, declared: list[str]) -> _lede.Summarizer:
        # As `lede summarize` without -L reads pages: in the language they all
        # declare (identified, as under "auto", when lede lacks it), else the
        # summarizer's own.
        if self._kwargs["language"] is not None or not declared or not declared[0] \
                or any(d != declared[0] for d in declared):
            return self._impl
        language = declared[0] if declared[0] in _lede.languages() else "auto"
        kw = self._kwargs
        return _cached_summarizer(kw["method"], kw["sentences"], kw["words"], kw["bytes"], kw["ratio"], language,
                                  kw["order"], kw["truncate"], kw["lenient"], kw["model"], kw["selector"],
                                  kw["standalone"])._impl

    def run(self, text_or_documents: TextOrDocuments, *,
            titles: Sequence[str | None] | None = None) -> Summary:
        """Summarizes and returns the whole :class:`Summary` (method used, warnings).

        Args:
            text_or_documents: one document, or a sequence of documents
                summarized together as a cluster. A document may be a
                :class:`lede.Article` (from :func:`lede.extract`): its text,
                with its headline as the title, read in the language the page
                declares when the summarizer's ``language`` is ``None`` (all
                the pages of a cluster declaring the same one), as ``lede
                summarize page.html`` reads a page without ``-L``.
            titles: optional headlines, one ``str`` (or ``None``) per document
                (they win over the headlines of Articles).

        Raises:
            ValueError: empty input, invalid UTF-8 in bytes-like input (unless
                lenient), a ``str`` with a lone surrogate (no UTF-8 form),
                titles not one per document; the message names the
                document and byte offset (string index for a surrogate).
            TypeError: a document that is not ``str`` or bytes-like
                (``bytes``, ``bytearray``, ``memoryview``, ...), or a title
                that is not ``str``.
        """
        text_or_documents, page_titles, declared = _pages(text_or_documents)
        docs = _documents(text_or_documents)
        titles = page_titles if titles is None else titles
        method, rows, warns, language = self._for_pages(declared).summarize(docs, _titles(titles, len(docs)), "")
        for w in warns:
            warnings.warn(w, LedeWarning, stacklevel=3)
        return Summary(method, [Sentence(*row) for row in rows], list(warns), language or None)

    def oracle(self, text_or_documents: TextOrDocuments, references: str | Sequence[str], *,
               measure: str = "recall", titles: Sequence[str | None] | None = None) -> Summary:
        """The extractive oracle: the summary chosen by its overlap with ``references``.

        An upper bound to report beside methods, as ``lede eval --oracle``
        computes it (docs/methods.md), within this summarizer's budget;
        ``method`` is ``"oracle"`` and each sentence's ``score`` is what it
        added to the measure.

        Args:
            references: the reference summaries (one ``str``, or a list),
                one sentence a line.
            measure: ``"recall"`` (ROUGE-1 + ROUGE-2 recall: an exact coverage
                program, for fixed-length summaries as DUC reports them) or
                ``"f1"`` (greedy ROUGE-1 + ROUGE-2 F1, as CNN/DailyMail papers).

        Raises:
            ValueError: a summarizer built with a method, selector or model
                (the oracle uses none) or with ``standalone=True``, no reference, a bad ``measure``, or
                the errors of :meth:`run`.
        """
        text_or_documents, page_titles, declared = _pages(text_or_documents)
        docs = _documents(text_or_documents)
        titles = page_titles if titles is None else titles
        if isinstance(references, str):
            references = [references]
        if _ordered(references):
            references = list(references)  # a generator is read once
        if not _ordered(references) or not all(isinstance(r, str) for r in references):
            raise TypeError("references must be a str or a list of str")
        for k, r in enumerate(references):
            _check_encodable(r, f"references[{k}]")
        _check_str("measure", measure)
        impl = self._for_pages(declared)
        method, rows, warns, language = impl.oracle(docs, _titles(titles, len(docs)), list(references), measure)
        for w in warns:
            warnings.warn(w, LedeWarning, stacklevel=2)
        return Summary(method, [Sentence(*row) for row in rows], list(warns), language or None)

    def summarize(self, text_or_documents: TextOrDocuments, *,
                  titles: Sequence[str | None] | None = None) -> list[Sentence]:
        """Summarizes one document or a cluster; returns the chosen sentences.

        Same arguments as :meth:`run`.
        """
        return self.run(text_or_documents, titles=titles).sentences

    __call__ = summarize

    def summarize_jsonl(self, block: BytesLike | str, first_line: int = 1,
                        name: str = "<input>") -> JsonlResult:
        """Summarizes a block of JSONL records exactly as ``lede summarize --format jsonl``.

        Each non-blank line is ``{"id", "text"}``, ``{"id", "documents":
        [...]}`` or ``{"id", "html"}`` (a web page, whose article is
        summarized); each gives one output line (the summary, or an error
        object for a bad record), in input order. Bad records do not raise.

        Args:
            block: whole lines of JSONL (``str``, or UTF-8 bytes-like).
            first_line: the file line number of the block's first line (for
                error records and messages).
            name: the file name used in messages.
        """
        return self._jsonl_block(block, first_line, name)[0]

    def _jsonl_block(self, block: BytesLike | str, first_line: int,
                     name: str) -> tuple[JsonlResult, list[str]]:
        # summarize_jsonl, and the request options the records held (sorted),
        # which lede.dask names once for all its blocks.
        if isinstance(block, str):
            _check_encodable(block, "block")
            block = block.encode("utf-8")
        elif (data := _bytes_like(block)) is not None:
            block = data
        else:
            raise TypeError("block must be str or bytes-like (whole JSONL lines), not "
                            + type(block).__name__)
        if isinstance(first_line, bool) or not isinstance(first_line, int):
            raise TypeError(f"first_line must be an int, not {type(first_line).__name__}")
        if not 1 <= first_line < 2**63:
            raise ValueError(f"first_line must be >= 1 (and < 2**63), not {first_line}")
        _check_str("name", name)
        out, records, failed, messages, ignored = self._impl.summarize_jsonl(block, first_line, name)
        return JsonlResult(out, records, failed, list(messages)), list(ignored)


# typed: sentences=True must not find the summarizer cached for sentences=1
# (True == 1), which would skip Summarizer's TypeError for a bool budget.
@functools.lru_cache(maxsize=32, typed=True)
def _cached_summarizer(method, sentences, words, bytes_, ratio, language, order, truncate,
                       lenient, model, selector, standalone) -> Summarizer:
    return Summarizer(method, sentences=sentences, words=words, bytes=bytes_, ratio=ratio,
                      language=language, order=order, truncate=truncate, lenient=lenient,
                      model=model, selector=selector, standalone=standalone)


def summarize(text_or_documents: TextOrDocuments, method: str | None = None, *,
              sentences: int | None = None, words: int | None = None,
              bytes: int | None = None,  # noqa: A002 - the CLI's name
              ratio: float | None = None, language: str | None = None, order: str = "doc",
              truncate: bool = False, lenient: bool = False, model: str | None = None,
              selector: str | None = None, standalone: bool = False,
              titles: Sequence[str | None] | None = None) -> list[Sentence]:
    """Summarizes one document or a cluster of documents.

    Args:
        text_or_documents: a ``str`` is one document; a list of ``str`` is a
            cluster about one event, summarized together (any ordered
            iterable; not a ``dict`` or ``set``). A :class:`lede.Article`
            (from :func:`lede.extract`) is a document too, read as
            :meth:`Summarizer.run` says.
        method, sentences, words, bytes, ratio, language, order, truncate,
        lenient, model, selector, standalone: as for :class:`Summarizer`.
        titles: optional headlines, one ``str`` (or ``None``) per document.

    Returns:
        The chosen sentences, in document order (``order="doc"``) or best
        first (``order="rank"``).

    Raises:
        ValueError: bad options or input, with the library's message.

    Example::

        >>> lede.summarize(["First report. More.", "Second report."], words=5)
    """
    try:
        summarizer = _cached_summarizer(method, sentences, words, bytes, ratio, language, order,
                                        truncate, lenient, model, selector, standalone)
    except TypeError:
        # An unhashable option (a list ...): let Summarizer name it.
        summarizer = Summarizer(method, sentences=sentences, words=words, bytes=bytes, ratio=ratio,
                                language=language, order=order, truncate=truncate,
                                lenient=lenient, model=model, selector=selector,
                                standalone=standalone)
    return summarizer.run(text_or_documents, titles=titles).sentences
