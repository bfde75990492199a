"""What the Dask workers run for :mod:`lede.dask`: reading a block, summarizing it, writing its part.

Kept apart from the client side so that the functions Dask pickles by
reference (``lede._dask_worker.summarize_block``, ...) need only fsspec and
lede on the workers. Each worker process builds one :class:`lede.Summarizer`
per set of options and reuses it for every block it runs.
"""

from __future__ import annotations

import threading
from typing import Any, Sequence

from fsspec.utils import read_block

import lede
from lede._args import _bytes_like

_lock = threading.Lock()
_summarizers: dict[tuple, lede.Summarizer] = {}
_loads = 0


def _worker_summarizer(options: tuple) -> lede.Summarizer:
    """The process's Summarizer for `options`, built on first use."""
    global _loads
    with _lock:
        s = _summarizers.get(options)
        if s is None:
            s = lede.Summarizer(**dict(options))
            _summarizers[options] = s
            _loads += 1
        return s


def load_count() -> int:
    """How many Summarizers this process built (tests check it is 1 per worker)."""
    return _loads


def _read(fs: Any, path: str, offset: int, length: int | None, compression: str | None) -> bytes:
    with fs.open(path, "rb", compression=compression) as f:
        if length is None:
            return f.read()
        return read_block(f, offset, length, delimiter=b"\n")


def _line_count(block: bytes) -> int:
    # As std::getline counts: every LF ends a line, and a last line without one counts too.
    n = block.count(b"\n")
    if block and not block.endswith(b"\n"):
        n += 1
    return n


def count_block(fs: Any, path: str, offset: int, length: int | None, compression: str | None) -> int:
    return _line_count(_read(fs, path, offset, length, compression))


def _write(out_fs: Any, out_path: str, data: bytes) -> None:
    with out_fs.open(out_path, "wb") as f:
        f.write(data)


def summarize_block(fs: Any, path: str, offset: int, length: int | None, compression: str | None,
                     first_line: int, name: str, options: tuple, out_fs: Any,
                     out_path: str) -> tuple[int, int, list[str], list[str]]:
    block = _read(fs, path, offset, length, compression)
    r, ignored = _worker_summarizer(options)._jsonl_block(block, first_line, name)
    _write(out_fs, out_path, r.output)
    return r.records, r.failed, r.messages, ignored


def _as_line_bytes(item: Any) -> bytes:
    if isinstance(item, str):
        item = item.encode("utf-8")
    elif (data := _bytes_like(item)) is not None:
        item = data
    else:
        raise TypeError(f"bag elements must be JSONL lines (str or bytes-like), not {type(item).__name__}")
    return item if item.endswith(b"\n") else item + b"\n"


def count_partition(lines: Sequence[Any]) -> list[int]:
    return [len(list(lines))]


def summarize_partition(lines: Sequence[Any], first_line: int, name: str, options: tuple,
                         out_fs: Any, out_path: str) -> tuple[int, int, list[str], list[str]]:
    block = b"".join(_as_line_bytes(x) for x in lines)
    r, ignored = _worker_summarizer(options)._jsonl_block(block, first_line, name)
    _write(out_fs, out_path, r.output)
    return r.records, r.failed, r.messages, ignored
