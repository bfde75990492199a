"""Score tuples and bootstrap aggregation, as Google's ``rouge_score.scoring`` names them.

With :mod:`lede.rouge_scorer` this lets code written for the ``rouge-score``
package run on lede by changing its imports::

    from lede import rouge_scorer, scoring   # was: from rouge_score import ...

    aggregator = scoring.BootstrapAggregator()
    for target, prediction in pairs:
        aggregator.add_scores(scorer.score(target, prediction))
    result = aggregator.aggregate()
    result["rouge1"].mid.fmeasure

:class:`BootstrapAggregator` needs NumPy (Debian's ``python3-numpy``): it
resamples with NumPy's global generator in the same way as ``rouge-score``, so
after the same ``numpy.random.seed(...)`` both give the same intervals. Its
``mid`` is the median of the bootstrap means, not the plain mean (the two differ
by resampling noise); :meth:`BootstrapAggregator.mean` gives the plain mean.
"""

from __future__ import annotations

import abc
from typing import Any, Mapping, NamedTuple

__all__ = ["AggregateScore", "BaseScorer", "BootstrapAggregator", "Score", "fmeasure"]


class Score(NamedTuple):
    """Precision, recall and F-measure of one ROUGE type for one pair (rouge-score's field order)."""

    precision: float
    recall: float
    fmeasure: float


class AggregateScore(NamedTuple):
    """A bootstrap interval: ``low`` and ``high`` bounds around ``mid``, each a :class:`Score`."""

    low: Any
    mid: Any
    high: Any


class BaseScorer(abc.ABC):
    """What a scorer provides: ``score(target, prediction) -> {type: Score}``."""

    @abc.abstractmethod
    def score(self, target: str, prediction: str) -> dict[str, Score]:
        """Scores ``prediction`` against ``target``."""


def fmeasure(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall; 0 when both are 0."""
    if precision + recall > 0:
        return 2 * precision * recall / (precision + recall)
    return 0.0


def _numpy():
    try:
        import numpy
    except ImportError:
        raise ImportError("lede.scoring.BootstrapAggregator needs NumPy (Debian: apt-get install python3-numpy)") \
            from None
    return numpy


class BootstrapAggregator:
    """Confidence intervals of the mean score per type, by bootstrap resampling of the pairs.

    Args:
        confidence_interval: the interval's coverage, a fraction in [0, 1]
            (0.95: the 2.5th and 97.5th percentiles of the resampled means).
        n_samples: how many resamples (> 0).

    Raises:
        ValueError: either argument out of range.
        ImportError: NumPy is not installed (raised here, not at the first
            :meth:`aggregate`, so a long scoring run does not end in it).
    """

    def __init__(self, confidence_interval: float = 0.95, n_samples: int = 1000) -> None:
        if isinstance(confidence_interval, bool) or not isinstance(confidence_interval, (int, float)):
            raise TypeError(f"confidence_interval must be a number, not {type(confidence_interval).__name__}")
        if isinstance(n_samples, bool) or not isinstance(n_samples, int):
            raise TypeError(f"n_samples must be an int, not {type(n_samples).__name__}")
        if not 0 <= confidence_interval <= 1:
            raise ValueError(f"confidence_interval must be in range [0, 1] (got {confidence_interval})")
        if n_samples <= 0:
            raise ValueError(f"n_samples must be positive (got {n_samples})")
        _numpy()  # raises here, not after a long scoring run; not kept, so the aggregator pickles
        self._confidence_interval = float(confidence_interval)
        self._n_samples = n_samples
        self._scores: dict[str, list] = {}

    def add_scores(self, scores: Mapping[str, Any]) -> None:
        """Adds one pair's scores: ``{type: Score}``, as ``RougeScorer.score`` returns them."""
        for score_type, score in scores.items():
            self._scores.setdefault(score_type, []).append(score)

    def mean(self) -> dict[str, Any]:
        """The plain mean of each type's scores (no resampling)."""
        np = _numpy()
        return {t: s[0].__class__(*np.mean(np.vstack(tuple(s)), axis=0)) for t, s in self._scores.items()}

    def aggregate(self) -> dict[str, AggregateScore]:
        """``{type: AggregateScore(low, mid, high)}``, types in the order first added.

        Each resample draws as many pairs as were added, with replacement, from
        NumPy's global generator (``numpy.random.choice``), one resample after
        the other and type after type, as ``rouge-score`` draws them.
        """
        np = _numpy()
        out = {}
        for score_type, scores in self._scores.items():
            matrix = np.vstack(tuple(scores))
            rows = matrix.shape[0]
            means = np.zeros((self._n_samples, matrix.shape[1]))
            for i in range(self._n_samples):
                means[i, :] = np.mean(matrix[np.random.choice(np.arange(rows), size=rows), :], axis=0)
            tail = (1 - self._confidence_interval) / 2
            bounds = np.percentile(means, 100 * np.array([tail, 0.5, 1 - tail]), axis=0)
            kind = scores[0].__class__
            out[score_type] = AggregateScore(*(kind(*bounds[j, :]) for j in range(3)))
        return out
