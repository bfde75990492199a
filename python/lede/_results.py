"""What the package's summarizing gives back: :class:`Sentence`, :class:`Summary`, :class:`Method`,
:class:`JsonlResult`, and the :class:`LedeWarning` its warnings are issued as."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

__all__ = ["JsonlResult", "LedeWarning", "Method", "Sentence", "Summary"]


class LedeWarning(UserWarning):
    """A warning from the library (e.g. invalid UTF-8 replaced in lenient mode)."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a summary.

    Attributes:
        text: the sentence's display text (Unicode NFC, white space
            collapsed; cut at the budget when ``truncate=True``).
        document: 0-based number of the document it comes from.
        index: 0-based number of the sentence in that document.
        start: byte offset of the sentence in the UTF-8 encoding of its
            document (the offsets the CLI's JSON output gives).
        end: byte offset just past the sentence (half-open).
        score: the method's score for the sentence (higher is better).
        char_start: ``start`` as a Python string index into the document,
            so ``document_text[s.char_start:s.char_end]`` is the sentence
            as it appears in the original.
        char_end: ``end`` as a Python string index.
    """

    text: str
    document: int
    index: int
    start: int
    end: int
    score: float
    char_start: int = field(default=0, compare=False)
    char_end: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Summary:
    """A summary with what the library reports beside the sentences.

    Attributes:
        method: the method actually used (the default resolved).
        sentences: the chosen sentences, in the requested order.
        warnings: the library's warnings (also issued as :class:`LedeWarning`).
        language: under ``language="auto"``, the language identified and
            used (``None`` when the language was given).
    """

    method: str
    sentences: list[Sentence]
    warnings: list[str]
    language: str | None = None


class Method(NamedTuple):
    """A summarization method that can be named in ``method=``.

    Attributes:
        name: what ``method=`` takes.
        description: one line on what it does, with its paper.
        multi_document: meant for clusters (``False``: made for single
            articles; it still runs on a cluster).
        reads_model: it reads ``model=`` (a file from ``lede train``).
    """

    name: str
    description: str
    multi_document: bool
    reads_model: bool


class JsonlResult(NamedTuple):
    """What :meth:`Summarizer.summarize_jsonl` gives for a block of JSONL.

    Attributes:
        output: one JSON line per non-blank input line, with newlines,
            byte-identical to ``lede summarize --format jsonl``.
        records: number of non-blank input lines.
        failed: how many of them were errors (their output lines are error
            objects, as in the CLI).
        messages: the CLI's standard-error lines (errors and warnings;
            at the end, once each as the CLI says them once per run, the
            request fields records held that are not read per record and
            the --truncate notice).
    """

    output: bytes
    records: int
    failed: int
    messages: list[str]
