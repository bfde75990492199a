"""ROUGE from Python: lede's evaluator, exactly ROUGE-1.5.5's figures (or rouge-score's).

Texts hold one sentence a line; a list of sentences (or of :class:`lede.Sentence`)
is joined with newlines. Options are keyword arguments named after
ROUGE-1.5.5's flags, or the flags themselves::

    >>> lede.rouge("the cat sat on the mat .", ["a cat sat on a mat ."], n=2, stem=True)
    {'ROUGE-1': Score(recall=..., precision=..., f=...), 'ROUGE-2': ..., 'ROUGE-L': ...}
    >>> lede.rouge(summary, refs, flags="-n 2 -m -l 100")
"""

from __future__ import annotations

import functools
import warnings
from typing import Any, Sequence

from . import _lede
from ._args import _check_str, _ordered
from ._results import LedeWarning
from ._rouge_args import Text, _flag_list, _ids, _references, _sequence, _text
from ._rouge_results import Average, Comparison, CorpusScores, Difference, Estimate, Score

__all__ = ["Average", "Comparison", "CorpusScores", "Difference", "Estimate", "Rouge", "Score", "rouge",
           "rouge_compare", "rouge_corpus"]

# The keyword options' types and ranges (those of ROUGE-1.5.5's flags as
# `lede rouge` parses them), checked before they reach C++.
_INT_FIELDS = {"n": (0, 64), "skip": (-1, 1000000), "word_limit": (0, 2**63 - 1),
               "byte_limit": (0, 2**63 - 1), "resamples": (1, 1000000)}
_FLOAT_FIELDS = ("w", "alpha", "confidence")
_BOOL_FIELDS = ("lcs", "su", "su_both", "stem", "stopwords")
_STR_FIELDS = ("mode", "tokenization", "multi_ref", "system_id")


class Rouge:
    """A ROUGE evaluator with fixed options, for scoring many summaries.

    Args:
        flags: ROUGE-1.5.5's own flags instead of keywords, as a string
            (``"-n 2 -m -l 100"``) or a list; not together with keywords.
            ``--rouge-score`` and ``--unicode`` are taken among them, as
            ``lede eval --rouge`` takes them.
        mode: ``"rouge155"`` (the Perl ROUGE-1.5.5) or ``"rouge-score"``
            (Google's package: rouge1..N, rougeL, rougeLsum).
        n: ROUGE-1..n (``-n``); default 2 here (ROUGE-1.5.5 computes none
            without ``-n``: pass ``n=0`` for that).
        lcs: ROUGE-L (``-x`` turns it off; with ``n=0`` and no ``w`` or
            ``skip`` that leaves nothing to compute: ``ValueError``).
        w: ROUGE-W weight (``-w``), e.g. 1.2; ``None``: no ROUGE-W.
        skip: ROUGE-S maximum skip distance (``-2``); -1 unlimited, ``None``: no ROUGE-S.
        su: count unigrams in ROUGE-S, i.e. ROUGE-SU (``-u``).
        su_both: report both ROUGE-S and ROUGE-SU (``-U``).
        stem: WordNet exceptions then Porter stemming (``-m``).
        stopwords: remove ROUGE-1.5.5's SMART stopwords (``-s``).
        word_limit: keep the first N words of the summary (``-l``).
        byte_limit: keep the first N bytes (``-b``); not with ``word_limit``.
        multi_ref: ``"average"`` (``-f A``) or ``"best"`` (``-f B``).
        alpha: F's weight (``-p``), in [0, 1].
        confidence: bootstrap interval in percent (``-c``).
        resamples: bootstrap resamples (``-r``).
        tokenization: ``"rouge155"`` (its byte rules) or ``"unicode"`` (for
            other languages; not comparable with ROUGE-1.5.5's figures).
        system_id: peer id used to order pairs for the bootstrap.

    Raises:
        ValueError: contradictory or out-of-range options, unknown flags.
        NotImplementedError: flags lede does not implement, or a build of
            lede without the evaluator.
    """

    __slots__ = ("_impl", "_args")

    def __init__(self, flags: str | Sequence[str] | None = None, **options: Any) -> None:
        if not hasattr(_lede, "RougeEvaluator"):
            raise NotImplementedError("this build of lede has no ROUGE evaluator")
        if flags is not None and options:
            raise ValueError("give ROUGE options either as flags or as keywords, not both")
        if _ordered(flags) and not isinstance(flags, (str, bytes)):
            flags = list(flags)  # read once, kept for pickling
        # What it is rebuilt from when unpickled (multiprocessing, Dask).
        self._args = (flags, dict(options))
        if flags is not None:
            self._impl = _lede.RougeEvaluator(_flag_list(flags), {})
            return
        known = {"mode", "tokenization", "n", "lcs", "w", "skip", "su", "su_both", "stem",
                 "stopwords", "word_limit", "byte_limit", "multi_ref", "alpha", "confidence",
                 "resamples", "system_id"}
        unknown = sorted(set(options) - known)
        if unknown:
            raise TypeError(f"unknown ROUGE option(s): {', '.join(unknown)}")
        options.setdefault("n", 2)
        for key, (low, high) in _INT_FIELDS.items():
            v = options.get(key)
            if v is not None and (isinstance(v, bool) or not isinstance(v, int)):
                raise TypeError(f"{key} must be an int, not {type(v).__name__}")
            if v is not None and v < low:
                raise ValueError(f"{key} must be >= {low} (got {v})")
            if v is not None and v > high:
                raise ValueError(f"{key} must be <= {high} (got {v})")
        for key in _FLOAT_FIELDS:
            v = options.get(key)
            if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))):
                raise TypeError(f"{key} must be a number, not {type(v).__name__}")
        for key in _BOOL_FIELDS:
            if key in options and not isinstance(options[key], bool):
                raise TypeError(f"{key} must be a bool, not {type(options[key]).__name__}")
        for key in _STR_FIELDS:
            if options.get(key) is not None:
                _check_str(key, options[key])
        # Said in these keywords: the library's message names its fields
        # (skip_unigrams, skip_bigrams), which are not this class's.
        if (options.get("su") or options.get("su_both")) and options.get("skip") is None:
            raise ValueError("su (-u) and su_both (-U) need skip (-2), the ROUGE-S distance")
        self._impl = _lede.RougeEvaluator(None, options)

    def __reduce__(self):
        flags, options = self._args
        return (functools.partial(Rouge, flags, **options), ())

    @property
    def metrics(self) -> list[str]:
        """Metric names, as ROUGE-1.5.5 (or rouge-score) names them, in output order."""
        return list(self._impl.metrics)

    def score(self, summary: Text, references: Text | Sequence[Text]) -> dict[str, Score]:
        """Scores one summary against its references (at least one).

        Raises:
            ValueError: no reference, invalid UTF-8, or a reference line and a
                summary line whose ROUGE-L/W table would exceed 2^33 cells
                (two 92,700-word lines; the message names them and the
                remedy, as ``lede rouge`` does: docs/rouge.md, "Long lines").
        """
        return self._score(summary, references)

    # The public methods and the module's functions call these directly, so
    # that a warning names the caller's line (stacklevel counts the frames
    # from warnings.warn: _warn_non_ascii, this, the public one, the caller).
    def _score(self, summary: Text, references: Text | Sequence[Text]) -> dict[str, Score]:
        summary = _text(summary, "summary")
        refs = _references(references)
        rows = self._impl.score(summary, refs)
        self._warn_non_ascii([summary, *refs])
        return {m: Score(*row[:3]) for m, row in zip(self.metrics, rows)}

    def _warn_non_ascii(self, texts: list[str]) -> None:
        # Chinese scored 0 with nothing said, as `lede rouge` now says.
        if w := self._impl.non_ascii_warning(texts):
            warnings.warn(w, LedeWarning, stacklevel=4)

    def corpus(self, summaries: Sequence[Text], references: Sequence[Text | Sequence[Text]], *,
               ids: Sequence[str | int] | None = None) -> CorpusScores:
        """Scores summary k against references[k] for every k and averages.

        Args:
            summaries: the system's summaries.
            references: for each summary, its references.
            ids: evaluation ids (ROUGE-1.5.5 orders the bootstrap by them);
                default: the zero-padded position, which keeps input order.

        Raises:
            ValueError: lengths differ, no summaries (no figures to give), or
                a pair fails (the message names it).
        """
        return self._corpus(summaries, references, ids=ids)

    def _corpus(self, summaries: Sequence[Text], references: Sequence[Text | Sequence[Text]], *,
                ids: Sequence[str | int] | None = None) -> CorpusScores:
        summaries = [_text(s, f"summaries[{k}]") for k, s in enumerate(_sequence(summaries, "summaries"))]
        refs = [_references(r, f"references[{k}]")
                for k, r in enumerate(_sequence(references, "references"))]
        if len(refs) != len(summaries):
            raise ValueError(f"{len(summaries)} summaries but {len(refs)} reference sets")
        if not summaries:
            # The bootstrap of no pair is no figure (`lede rouge` prints none),
            # not averages of 0.
            raise ValueError("nothing to score: no summaries")
        if ids is None:
            ids = [f"{k:08d}" for k in range(len(summaries))]
        ids = _ids(ids)
        if len(ids) != len(summaries):
            raise ValueError(f"{len(summaries)} summaries but {len(ids)} ids")
        per_pair, averages = self._impl.corpus(ids, summaries, refs)
        self._warn_non_ascii([*summaries, *(r for rs in refs for r in rs)])
        metrics = self.metrics
        return CorpusScores(
            {name: Average(Estimate(*r), Estimate(*p), Estimate(*f)) for name, r, p, f in averages},
            [{m: Score(*row[:3]) for m, row in zip(metrics, rows)} for rows in per_pair])


    def compare(self, summaries_a: Sequence[Text], summaries_b: Sequence[Text],
                references: Sequence[Text | Sequence[Text]], *, ids: Sequence[str | int] | None = None,
                trials: int = 10000, seed: int = 1) -> dict[str, Comparison]:
        """Is system B better than system A on the same references?

        Scores ``summaries_a[k]`` and ``summaries_b[k]`` against
        ``references[k]`` and returns, per metric, both means, ``b - a``, its
        paired bootstrap interval (the evaluator's ``resamples`` and
        ``confidence``) and an approximate randomization p-value, the
        figures of ``lede rouge --compare`` (docs/rouge.md).

        Args:
            ids: pair ids; the draws go over the pairs in id order (default:
                the zero-padded position, i.e. input order).
            trials: randomization trials, 1 to 1,000,000; the smallest p is
                1 / (trials + 1).
            seed: of the draws; the same inputs and seed give the same figures.

        Raises:
            ValueError: lengths differ, no pairs, a pair fails, ``-t 1/2``.
        """
        return self._compare(summaries_a, summaries_b, references, ids=ids, trials=trials, seed=seed)

    def _compare(self, summaries_a: Sequence[Text], summaries_b: Sequence[Text],
                 references: Sequence[Text | Sequence[Text]], *, ids: Sequence[str | int] | None = None,
                 trials: int = 10000, seed: int = 1) -> dict[str, Comparison]:
        a = [_text(s, f"summaries_a[{k}]") for k, s in enumerate(_sequence(summaries_a, "summaries_a"))]
        b = [_text(s, f"summaries_b[{k}]") for k, s in enumerate(_sequence(summaries_b, "summaries_b"))]
        refs = [_references(r, f"references[{k}]")
                for k, r in enumerate(_sequence(references, "references"))]
        if not len(a) == len(b) == len(refs):
            raise ValueError(f"{len(a)} summaries of A, {len(b)} of B and {len(refs)} reference sets: "
                             "each pair needs all three")
        if not a:
            raise ValueError("nothing to compare: no summaries")
        for name, v, low, high in (("trials", trials, 1, 1000000), ("seed", seed, 0, 2**64 - 1)):
            if isinstance(v, bool) or not isinstance(v, int):
                raise TypeError(f"{name} must be an int, not {type(v).__name__}")
            if not low <= v <= high:
                raise ValueError(f"{name} must be {low} to {high} (got {v})")
        if ids is None:
            ids = [f"{k:08d}" for k in range(len(a))]
        ids = _ids(ids)
        if len(ids) != len(a):
            raise ValueError(f"{len(a)} summaries but {len(ids)} ids")
        rows = self._impl.compare(ids, a, b, refs, trials, seed)
        self._warn_non_ascii([*a, *b, *(r for rs in refs for r in rs)])
        out: dict[str, dict[str, Difference]] = {}
        for metric, measure, *figures in rows:
            out.setdefault(metric, {})[measure] = Difference(*figures)
        return {m: Comparison(d["R"], d["P"], d["F"]) for m, d in out.items()}


def _key(flags: Any, options: dict) -> tuple:
    if flags is not None and not isinstance(flags, str):
        flags = tuple(flags)
    # With each value's type: stem=1 must not find the evaluator cached for
    # stem=True (1 == True), which would skip Rouge's TypeError.
    return flags, tuple(sorted((k, type(v).__name__, v) for k, v in options.items()))


@functools.lru_cache(maxsize=16)
def _cached(key: tuple) -> Rouge:
    flags, options = key
    return Rouge(flags, **{k: v for k, _, v in options})


def _evaluator(flags: Any, options: dict) -> Rouge:
    try:
        return _cached(_key(flags, options))
    except TypeError:
        # An unhashable option (a list ...): let Rouge name it.
        return Rouge(flags, **options)


def rouge(summary: Text, references: Text | Sequence[Text], *,
          flags: str | Sequence[str] | None = None, **options: Any) -> dict[str, Score]:
    """ROUGE of one summary against its references: ``{metric: Score(recall, precision, f)}``.

    ``summary`` and each reference are strings with one sentence a line, or
    lists of sentences; ``references`` is one of those or a list of them.
    Options as for :class:`Rouge` (keywords, or ROUGE-1.5.5's ``flags``).
    """
    return _evaluator(flags, options)._score(summary, references)


def rouge_corpus(summaries: Sequence[Text], references: Sequence[Text | Sequence[Text]], *,
                 ids: Sequence[str | int] | None = None, flags: str | Sequence[str] | None = None,
                 **options: Any) -> CorpusScores:
    """Corpus ROUGE: per-pair scores and ROUGE-1.5.5's averages (bootstrap means, intervals).

    See :meth:`Rouge.corpus`; options as for :class:`Rouge`.
    """
    return _evaluator(flags, options)._corpus(summaries, references, ids=ids)


def rouge_compare(summaries_a: Sequence[Text], summaries_b: Sequence[Text],
                  references: Sequence[Text | Sequence[Text]], *, ids: Sequence[str | int] | None = None,
                  trials: int = 10000, seed: int = 1, flags: str | Sequence[str] | None = None,
                  **options: Any) -> dict[str, Comparison]:
    """Two systems on the same references: ``{metric: Comparison(recall, precision, f)}``.

    See :meth:`Rouge.compare`; options as for :class:`Rouge`.
    """
    return _evaluator(flags, options)._compare(summaries_a, summaries_b, references, ids=ids, trials=trials,
                                              seed=seed)
