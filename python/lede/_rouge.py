"""ROUGE from Python (see :func:`rouge`); filled in from include/lede/rouge.h."""

from __future__ import annotations

from typing import Any

from . import _lede


def rouge(summary: str, references: list[str] | str, **options: Any) -> dict:
    """Scores one summary against its references (not built in this version)."""
    raise NotImplementedError("this build of lede has no ROUGE evaluator")


def rouge_corpus(pairs: Any, **options: Any) -> dict:
    """Scores a corpus of (summary, references) pairs (not built in this version)."""
    raise NotImplementedError("this build of lede has no ROUGE evaluator")
