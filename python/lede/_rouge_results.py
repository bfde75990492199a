"""What lede's ROUGE gives back: :class:`Score` for a pair, :class:`CorpusScores` with
:class:`Average` and :class:`Estimate` for a corpus, :class:`Comparison` with :class:`Difference`
for two systems on one corpus."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Average", "Comparison", "CorpusScores", "Difference", "Estimate", "Score"]


class Score(NamedTuple):
    """Recall, precision and F of one metric for one summary."""

    recall: float
    precision: float
    f: float


class Estimate(NamedTuple):
    """A corpus figure: the bootstrap mean and its confidence interval."""

    mean: float
    low: float
    high: float


class Average(NamedTuple):
    """One metric's corpus figures, as ROUGE-1.5.5 prints them."""

    recall: Estimate
    precision: Estimate
    f: Estimate


class CorpusScores(NamedTuple):
    """:meth:`Rouge.corpus`'s result.

    Attributes:
        averages: per metric, ROUGE-1.5.5's ``Average_R/P/F`` with intervals.
        pairs: per pair (input order), per metric, its :class:`Score`.
    """

    averages: dict[str, Average]
    pairs: list[dict[str, Score]]


class Difference(NamedTuple):
    """One measure of :meth:`Rouge.compare`: system B against system A.

    Attributes:
        a, b: the plain means of the two systems' per-pair scores.
        difference: ``b - a``.
        low, high: the paired bootstrap interval of the difference
            (``confidence``% of ``resamples`` resamples of the pairs).
        p: two-sided p-value of approximate randomization (each trial swaps
            the systems of every pair with probability 1/2).
    """

    a: float
    b: float
    difference: float
    low: float
    high: float
    p: float


class Comparison(NamedTuple):
    """One metric's :class:`Difference` in recall, precision and F."""

    recall: Difference
    precision: Difference
    f: Difference
