"""A drop-in for Google's ``rouge_score.rouge_scorer``: the same calls and figures, computed in C++.

Code written for the ``rouge-score`` package runs on lede by changing its import::

    from lede import rouge_scorer            # was: from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"], use_stemmer=True)
    scores = scorer.score(target, prediction)        # {"rouge1": Score(precision, recall, fmeasure), ...}
    scores = scorer.score_multi(targets, prediction) # per type, the target with the best F
    many = scorer.score_batch(targets, predictions)  # lede's: every pair in C++, on all cores

The figures are those of ``rouge-score`` with its default tokenizer (lower-case,
runs of ``[a-z0-9]``, NLTK's Porter stemmer on tokens over 3 characters with
``use_stemmer``): lede's ``rouge-score`` mode, checked against 2,764 pairs
scored by the package itself (docs/rouge.md). Differences from the package:

* ``tokenizer=``: only the default tokenizer is implemented; another raises
  ``NotImplementedError`` (for other languages see ``lede.Rouge(tokenization="unicode")``:
  ROUGE-1.5.5's measures over words of any script; rouge-score's rules have
  no such tokenizer).
* ``split_summaries=True``: sentences for ``rougeLsum`` come from lede's
  segmenter (English), not NLTK's Punkt, so ``rougeLsum`` can differ where the
  two split differently; the other types do not depend on it.
* Rouge types are checked when the scorer is made, not at the first ``score``.
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from ._rouge import Rouge
from ._rouge_args import _references, _sequence, _text
from . import segment
from ._args import _check_bool
from .scoring import BaseScorer, Score

__all__ = ["RougeScorer", "Score"]

_NGRAM = re.compile(r"rouge([0-9])")


def _types(rouge_types: Any) -> list[str]:
    if isinstance(rouge_types, (str, bytes)):
        raise TypeError("rouge_types must be a list of names such as ['rouge1', 'rougeL'], not a single str")
    try:
        types = list(rouge_types)
    except TypeError:
        raise TypeError(f"rouge_types must be a list of str, not {type(rouge_types).__name__}") from None
    for t in types:
        if not isinstance(t, str):
            raise TypeError(f"rouge_types must be a list of str, not containing {type(t).__name__}")
        m = _NGRAM.fullmatch(t)
        if m and int(m.group(1)) == 0:
            raise ValueError(f"rougen requires positive n: {t}")
        if not m and t not in ("rougeL", "rougeLsum"):
            raise ValueError(f"Invalid rouge type: {t} (rouge1 to rouge9, rougeL or rougeLsum)")
    return types


class RougeScorer(BaseScorer):
    """Scores predictions against targets as ``rouge_score.rouge_scorer.RougeScorer`` does.

    Args:
        rouge_types: names among ``rouge1`` ... ``rouge9``, ``rougeL`` (LCS of
            the whole texts) and ``rougeLsum`` (summary-level LCS over lines).
        use_stemmer: Porter-stem tokens longer than 3 characters.
        split_summaries: for ``rougeLsum``, split the texts into sentences
            (lede's segmenter) instead of at newlines.
        tokenizer: must be ``None`` (the default tokenizer).

    Raises:
        ValueError: an unknown rouge type.
        TypeError: arguments of the wrong type.
        NotImplementedError: a custom ``tokenizer``.

    Like :class:`lede.Rouge`, a scorer is thread-safe (the GIL is released
    while scoring) and picklable.
    """

    def __init__(self, rouge_types: Sequence[str], use_stemmer: bool = False, split_summaries: bool = False,
                 tokenizer: Any = None) -> None:
        self.rouge_types = _types(rouge_types)
        _check_bool("use_stemmer", use_stemmer)
        _check_bool("split_summaries", split_summaries)
        if tokenizer is not None:
            raise NotImplementedError(
                "lede.rouge_scorer implements rouge-score's default tokenizer only: pass tokenizer=None "
                "(lede.Rouge(tokenization='unicode') scores words of any script, with ROUGE-1.5.5's measures)")
        self._use_stemmer = use_stemmer
        self._split_summaries = split_summaries
        ngrams = [int(m.group(1)) for t in self.rouge_types if (m := _NGRAM.fullmatch(t))]
        lcs = any(t in ("rougeL", "rougeLsum") for t in self.rouge_types)
        # Nothing requested: score() returns {} as rouge-score does, without an evaluator.
        self._rouge = Rouge(mode="rouge-score", n=max(ngrams, default=0), lcs=lcs, stem=use_stemmer) \
            if self.rouge_types else None
        self._split = split_summaries and "rougeLsum" in self.rouge_types

    def __reduce__(self):
        return (RougeScorer, (self.rouge_types, self._use_stemmer, self._split_summaries))

    def __repr__(self) -> str:
        return (f"RougeScorer({self.rouge_types!r}, use_stemmer={self._use_stemmer}, "
                f"split_summaries={self._split_summaries})")

    def _prepare(self, text: Any, what: str) -> str:
        return self._lines(_text(text, what))

    def _lines(self, text: str) -> str:
        if not self._split:
            return text
        # rougeLsum's lines become lede's sentences; every other character
        # stays, so the tokens of the other types are unchanged.
        flat = text.replace("\r", " ").replace("\n", " ")
        starts = [start for start, _ in segment(text, "en", spans=True)]
        pieces, last = [], 0
        for start in starts:
            if start > last:
                pieces.append(flat[last:start])
                last = start
        pieces.append(flat[last:])
        return "\n".join(pieces)

    def _pick(self, rows: list) -> dict[str, Score]:
        by_name = dict(zip(self._rouge.metrics, rows))
        return {t: Score(by_name[t][1], by_name[t][0], by_name[t][2]) for t in self.rouge_types}

    def score(self, target: Any, prediction: Any) -> dict[str, Score]:
        """``{type: Score(precision, recall, fmeasure)}`` of ``prediction`` against ``target``."""
        if self._rouge is None:
            return {}
        refs = [self._prepare(target, "target")]
        return self._pick(self._rouge._impl.score(self._prepare(prediction, "prediction"), refs))

    def score_multi(self, targets: Sequence[Any], prediction: Any) -> dict[str, Score]:
        """Per type, the score against the target with the highest F (the first on ties).

        Raises:
            ValueError: no targets.
        """
        refs = [self._lines(t) for t in _references(targets, "targets")]
        if self._rouge is None:
            return {}
        return self._pick(self._rouge._impl.score(self._prepare(prediction, "prediction"), refs))

    def score_batch(self, targets: Sequence[Any], predictions: Sequence[Any], *,
                    threads: int = 0) -> list[dict[str, Score]]:
        """Scores ``predictions[k]`` against ``targets[k]`` for every k, in C++ on ``threads`` threads.

        Not in ``rouge-score``: the same figures as calling :meth:`score` (or
        :meth:`score_multi`, where ``targets[k]`` is a list of texts) pair by
        pair, in input order, whatever the thread count.

        Args:
            threads: 0 (the default) for one per core.

        Raises:
            ValueError: lengths differ, a pair without targets, or a pair that
                cannot be scored (the message names its index).
        """
        if isinstance(threads, bool) or not isinstance(threads, int):
            raise TypeError(f"threads must be an int, not {type(threads).__name__}")
        if threads < 0:
            raise ValueError(f"threads must be >= 0 (got {threads})")
        preds = [self._prepare(p, f"predictions[{k}]") for k, p in enumerate(_sequence(predictions, "predictions"))]
        refs = [[self._lines(r) for r in _references(t, f"targets[{k}]")]
                for k, t in enumerate(_sequence(targets, "targets"))]
        if len(refs) != len(preds):
            raise ValueError(f"{len(refs)} targets but {len(preds)} predictions")
        if self._rouge is None:
            return [{} for _ in preds]
        return [self._pick(rows) for rows in self._rouge._impl.score_many(preds, refs, threads)]

