"""Summarizing JSONL corpora with Dask, partition by partition.

:func:`summarize_jsonl` splits JSONL files into blocks of whole lines, has the
Dask workers summarize each block with a :class:`lede.Summarizer` they load
once (per worker process, per set of options) and write it to its own part
file, ``part-00000.jsonl``, ``part-00001.jsonl``, ... in input order. The
parts concatenated are byte for byte what ``lede summarize --format jsonl``
writes for the same files and options: both run the same C++ code, down to
``lede::summary_to_json`` and the error objects for bad records (whose line
numbers are the input files' own)::

    from distributed import Client
    import lede.dask

    client = Client("tcp://scheduler:8786")          # or LocalCluster()
    job = lede.dask.summarize_jsonl("s3://bucket/news/*.jsonl", "s3://bucket/summaries",
                                    method="textrank", words=100)
    print(job.records, "records,", job.failed, "failed")

Paths and the output directory go through fsspec, so anything Dask can read
(local or shared file systems, s3://, gcs://, hdfs:// with their fsspec
packages) works; the workers read their blocks and write their parts
themselves, the client only sees counts and messages. On a multi-machine
cluster the input and the output directory must be reachable from every
worker (a shared file system or an object store).

The job runs in two passes: a cheap one counting the lines of every block
(so each block knows the line number it starts at) and the summarizing one.
Nothing but small tuples travels back to the client.
"""

from __future__ import annotations

from typing import Any, NamedTuple, Sequence

try:
    import dask
    import fsspec
    from fsspec.core import get_fs_token_paths, url_to_fs
    from fsspec.utils import infer_compression
except ModuleNotFoundError as missing:  # the rest of lede works without them
    raise ModuleNotFoundError(
        f"lede.dask needs dask, distributed and fsspec, and {missing.name!r} is not installed "
        "(Debian: apt-get install python3-dask python3-distributed python3-fsspec; "
        "pip: pip install 'dask[distributed]' fsspec)",
        name=missing.name) from missing

import lede
from lede import _lede
from lede._dask_worker import count_block, count_partition, summarize_block, summarize_partition

__all__ = ["JobResult", "summarize_jsonl", "concat_parts"]

_DEFAULT_BLOCKSIZE = 16 * 2**20


class JobResult(NamedTuple):
    """What :func:`summarize_jsonl` did.

    Attributes:
        parts: the output files, in input order (concatenate them for the
            whole output; :func:`concat_parts` does).
        records: non-blank input lines summarized (or failed).
        failed: records that gave an error object instead of a summary.
        messages: the CLI's standard-error lines (errors, warnings), in order
            (the request fields records held that are not read per record,
            then the --truncate notice, once each, last, as the CLI says
            them once per run).
    """

    parts: list[str]
    records: int
    failed: int
    messages: list[str]


# ---- on the client -------------------------------------------------------

def _parse_size(blocksize: int | str | None) -> int | None:
    if blocksize is None or isinstance(blocksize, int):
        return blocksize
    from dask.utils import parse_bytes
    return parse_bytes(blocksize)


def _compute(tasks: list, client: Any) -> list:
    if not tasks:
        return []
    if client is not None:
        return dask.compute(*tasks, scheduler=client)
    return list(dask.compute(*tasks))


def summarize_jsonl(paths_or_bag: str | Sequence[str] | Any, output_dir: str, *,
                    method: str | None = None, sentences: int | None = None,
                    words: int | None = None, bytes: int | None = None,  # noqa: A002
                    ratio: float | None = None, language: str | None = None, order: str = "doc",
                    truncate: bool = False, lenient: bool = False, model: str | None = None,
                    selector: str | None = None, standalone: bool = False,
                    blocksize: int | str | None = _DEFAULT_BLOCKSIZE, client: Any = None,
                    storage_options: dict | None = None) -> JobResult:
    """Summarizes JSONL corpora on Dask, writing one part file per block, in order.

    Args:
        paths_or_bag: a path, a glob or a list of them (local or any fsspec
            URL; ``.gz`` and other compressed files are read whole, one block
            each), or a ``dask.bag.Bag`` of JSONL lines (``str`` or bytes-like,
            with or without their newline; line numbers then count through
            the whole bag).
        output_dir: directory (local or fsspec URL) that receives
            ``part-NNNNN.jsonl``; created if needed. Existing parts with the
            same names are overwritten, and those numbered past this job's
            last part (from an earlier job on more blocks) removed, so
            ``part-*.jsonl`` is always this job's output.
        method, sentences, words, bytes, ratio, language, order, truncate,
        lenient, model, selector, standalone: as for :class:`lede.Summarizer`
            (checked on the client before anything runs).
        blocksize: bytes of input per block (a number or ``"64MiB"``), the
            unit of work and of output; ``None`` makes one block per file.
        client: a ``distributed.Client``; default: Dask's current scheduler
            (the last Client created, else local threads).
        storage_options: passed to fsspec for input and output.

    Returns:
        A :class:`JobResult`: the part files in order and the counts.

    Raises:
        ValueError: bad options (before any work is submitted).
        FileNotFoundError: an input path that matches nothing.
    """
    options = dict(method=method, sentences=sentences, words=words, bytes=bytes, ratio=ratio,
                   language=language, order=order, truncate=truncate, lenient=lenient, model=model,
                   selector=selector, standalone=standalone)
    lede.Summarizer(**options)  # fail fast, on the client, with the library's message
    key = tuple(sorted(options.items()))
    storage_options = storage_options or {}
    # Not get_fs_token_paths(mode="wb"): it names one output file per
    # partition, turning output_dir into output_dir/0.part.
    out_fs, out_root = url_to_fs(output_dir, **storage_options)
    out_fs.makedirs(out_root, exist_ok=True)

    def part_path(k: int) -> str:
        return f"{out_root.rstrip('/')}/part-{k:05d}.jsonl"

    if hasattr(paths_or_bag, "to_delayed") and hasattr(paths_or_bag, "map_partitions"):
        return _summarize_bag(paths_or_bag, key, out_fs, out_root, part_path, client)

    fs, _, paths = get_fs_token_paths(paths_or_bag, mode="rb", storage_options=storage_options)
    if not paths:
        raise FileNotFoundError(f"no input files match {paths_or_bag!r}")
    size = _parse_size(blocksize)
    blocks: list[tuple[str, int, int | None, str | None]] = []
    for path in paths:
        compression = infer_compression(path)
        total = fs.info(path)["size"]
        if compression is not None or size is None or total <= size:
            blocks.append((path, 0, None, compression))
        else:
            blocks.extend((path, off, size, None) for off in range(0, total, size))

    count = dask.delayed(count_block, pure=True)
    counts = _compute([count(fs, *b) for b in blocks], client)

    summarize = dask.delayed(summarize_block, pure=False)
    tasks = []
    first_line, previous = 1, None
    for k, (b, n) in enumerate(zip(blocks, counts)):
        if b[0] != previous:  # line numbers restart with each file, as in the CLI
            first_line, previous = 1, b[0]
        tasks.append(summarize(fs, *b, first_line, b[0], key, out_fs, part_path(k)))
        first_line += n
    _remove_stale_parts(out_fs, out_root, len(tasks))
    return _collect(_compute(tasks, client), [part_path(k) for k in range(len(tasks))])


def _summarize_bag(bag: Any, key: tuple, out_fs: Any, out_root: str, part_path: Any,
                   client: Any) -> JobResult:
    counts = [c for c in _compute([bag.map_partitions(count_partition)], client)[0]]
    summarize = dask.delayed(summarize_partition, pure=False)
    tasks = []
    first_line = 1
    for k, (part, n) in enumerate(zip(bag.to_delayed(), counts)):
        tasks.append(summarize(part, first_line, "<bag>", key, out_fs, part_path(k)))
        first_line += n
    _remove_stale_parts(out_fs, out_root, len(tasks))
    return _collect(_compute(tasks, client), [part_path(k) for k in range(len(tasks))])


def _remove_stale_parts(out_fs: Any, out_root: str, count: int) -> None:
    # Parts past `count` left by an earlier job on more blocks (another
    # blocksize, a longer input) would join `cat part-*.jsonl` as if this
    # job wrote them. Only names this module writes are touched.
    for path in out_fs.glob(f"{out_root.rstrip('/')}/part-*.jsonl"):
        number = path.rsplit("/", 1)[-1][len("part-"):-len(".jsonl")]
        if len(number) >= 5 and number.isdigit() and int(number) >= count:
            out_fs.rm(path)


def _collect(results: list, parts: list[str]) -> JobResult:
    records = sum(r[0] for r in results)
    failed = sum(r[1] for r in results)
    # A block ends with the request options its records held and the
    # --truncate notice; the CLI says each once per run, so the job does, at
    # the end, naming the options of all blocks.
    notice = _lede.truncate_ignored_message
    messages = []
    for r in results:
        said = _lede.ignored_options_message(r[3]) if r[3] else None
        messages += [m for m in r[2] if m != notice and m != said]
    ignored = sorted({name for r in results for name in r[3]})
    if ignored:
        messages.append(_lede.ignored_options_message(ignored))
    if any(notice in r[2] for r in results):
        messages.append(notice)
    return JobResult(parts, records, failed, messages)


def concat_parts(job: JobResult, destination: str, storage_options: dict | None = None) -> str:
    """Concatenates a job's part files, in order, into one JSONL file (streamed)."""
    storage_options = storage_options or {}
    with fsspec.open(destination, "wb", **storage_options) as out:
        for part in job.parts:
            with fsspec.open(part, "rb", **storage_options) as f:
                while chunk := f.read(1 << 20):
                    out.write(chunk)
    return destination
