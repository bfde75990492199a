"""lede.dask.summarize_jsonl on a two-process LocalCluster against `lede summarize --format jsonl`."""

from __future__ import annotations

import json
import pathlib

import pytest

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
import dask.bag  # noqa: E402

import lede  # noqa: E402
import lede.dask  # noqa: E402
from conftest import HARBOUR, LIBRARY, ORCHARD, run_cli  # noqa: E402


def write_corpus(path: pathlib.Path, n: int) -> pathlib.Path:
    """n records (written for this test) with the awkward cases a corpus has:
    blank lines, CRLF endings, a malformed line, a record without text,
    clusters, non-ASCII text and a last line without a newline."""
    stories = [HARBOUR, LIBRARY, ORCHARD]
    lines = []
    for k in range(n):
        if k % 17 == 5:
            lines.append("")
        if k % 23 == 9:
            lines.append('{"id": "broken", "text": ')
            continue
        if k % 29 == 11:
            lines.append(json.dumps({"id": k, "title": "no text"}))
            continue
        if k % 5 == 0:
            rec = {"id": f"c{k}", "documents": [stories[k % 3], stories[(k + 1) % 3]]}
        else:
            rec = {"id": k, "text": f"Report {k}. " + stories[k % 3]}
        line = json.dumps(rec, ensure_ascii=(k % 2 == 0))
        lines.append(line + ("\r" if k % 7 == 3 else ""))
    path.write_bytes("\n".join(lines).encode())  # no newline after the last line
    return path


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def read_parts(job: lede.dask.JobResult) -> bytes:
    return b"".join(pathlib.Path(p).read_bytes() for p in job.parts)


def cli_output(cli, *args: str) -> bytes:
    proc = run_cli(cli, "summarize", "--format", "jsonl", *args)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


def test_distributed_output_equals_the_cli(cli, client, tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 300)
    expected = cli_output(cli, "-w", "25", str(corpus))
    before = client.run(lede._dask_worker.load_count)
    job = lede.dask.summarize_jsonl(str(corpus), str(tmp_path / "out"), words=25,
                                    blocksize=2000, client=client)
    assert len(job.parts) > 10  # really split into many blocks
    # In output_dir itself, as documented (they were in output_dir/0.part/).
    assert job.parts[:2] == [str(tmp_path / "out" / "part-00000.jsonl"), str(tmp_path / "out" / "part-00001.jsonl")]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [pathlib.Path(p).name for p in job.parts]
    assert read_parts(job) == expected
    assert job.records == expected.count(b"\n")
    assert job.failed == expected.count(b'"error":') > 0
    # A second job with the same options reuses each worker's summarizer.
    again = lede.dask.summarize_jsonl(str(corpus), str(tmp_path / "again"), words=25,
                                      blocksize=5000, client=client)
    assert read_parts(again) == expected
    after = client.run(lede._dask_worker.load_count)
    assert len(after) == 2
    assert all(after[w] - before[w] <= 1 for w in after)
    assert sum(after.values()) > sum(before.values())


def test_a_job_on_fewer_blocks_leaves_no_parts_of_an_earlier_one(cli, tmp_path):
    # `cat part-*.jsonl` is documented as the CLI's output: parts 1..N of an
    # earlier job with a smaller blocksize must not stay behind.
    corpus = write_corpus(tmp_path / "corpus.jsonl", 80)
    expected = cli_output(cli, "-n", "1", str(corpus))
    out = tmp_path / "out"
    (out / "notes.txt").parent.mkdir()
    (out / "notes.txt").write_text("not a part\n")
    with dask.config.set(scheduler="sync"):
        many = lede.dask.summarize_jsonl(str(corpus), str(out), sentences=1, blocksize=1000)
        assert len(many.parts) > 3
        one = lede.dask.summarize_jsonl(str(corpus), str(out), sentences=1, blocksize=None)
    assert len(one.parts) == 1
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt", "part-00000.jsonl"]
    assert b"".join(p.read_bytes() for p in sorted(out.glob("part-*.jsonl"))) == expected


def test_several_files_number_their_lines_separately(cli, client, tmp_path):
    a = write_corpus(tmp_path / "a.jsonl", 60)
    b = write_corpus(tmp_path / "b.jsonl", 45)
    expected = cli_output(cli, "-n", "2", "--order", "rank", str(a), str(b))
    job = lede.dask.summarize_jsonl([str(a), str(b)], str(tmp_path / "out"), sentences=2,
                                    order="rank", blocksize=1500, client=client)
    assert read_parts(job) == expected
    merged = lede.dask.concat_parts(job, str(tmp_path / "all.jsonl"))
    assert pathlib.Path(merged).read_bytes() == expected


def test_bag_input_on_the_local_scheduler(cli, tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 120)
    expected = cli_output(cli, "-b", "200", str(corpus))
    with dask.config.set(scheduler="sync"):
        bag = dask.bag.read_text(str(corpus), blocksize=3000)
        job = lede.dask.summarize_jsonl(bag, str(tmp_path / "out"), bytes=200)
    assert bag.npartitions > 1
    assert read_parts(job) == expected


def test_bag_lines_may_be_any_bytes_like(tmp_path):
    lines = [json.dumps({"id": k, "text": t}) + "\n" for k, t in enumerate([HARBOUR, LIBRARY, ORCHARD])]
    with dask.config.set(scheduler="sync"):
        as_str = lede.dask.summarize_jsonl(dask.bag.from_sequence(lines, npartitions=2),
                                           str(tmp_path / "str"), sentences=1)
        mixed = [lines[0], bytearray(lines[1].encode()), memoryview(lines[2].encode())]
        as_bytes_like = lede.dask.summarize_jsonl(dask.bag.from_sequence(mixed, npartitions=2),
                                                  str(tmp_path / "mixed"), sentences=1)
        with pytest.raises(TypeError, match="bag elements must be JSONL lines .str or bytes-like., not int"):
            lede.dask.summarize_jsonl(dask.bag.from_sequence([1], npartitions=1), str(tmp_path / "bad"))
    assert read_parts(as_bytes_like) == read_parts(as_str)


def test_once_per_run_warnings_are_said_once_per_job_as_the_cli_does(cli, tmp_path):
    corpus = write_corpus(tmp_path / "corpus.jsonl", 80)
    # Request options of `lede serve` in a few records, different ones in
    # different blocks: the CLI names them all in one line.
    lines = corpus.read_bytes().split(b"\n")
    lines[2] = json.dumps({"id": "s", "text": HARBOUR, "sentences": 1}).encode()
    lines[70] = json.dumps({"id": "m", "text": LIBRARY, "method": "lead", "order": None}).encode()
    corpus.write_bytes(b"\n".join(lines))
    proc = run_cli(cli, "summarize", "--format", "jsonl", "--truncate", str(corpus))
    assert proc.returncode == 1, proc.stderr  # the corpus holds bad records
    with dask.config.set(scheduler="sync"):
        job = lede.dask.summarize_jsonl(str(corpus), str(tmp_path / "out"), truncate=True, blocksize=1500)
    assert len(job.parts) > 3
    assert read_parts(job) == proc.stdout
    assert job.messages[-2:] == [
        "lede summarize: warning: JSONL records hold 'method', 'sentences', which are not read per record: "
        "options come from the command line (--method, --sentences)",
        "lede summarize: warning: --truncate has no effect with a sentence budget "
        "(the default for one document); give --words or --bytes"]
    assert job.messages == proc.stderr.decode().splitlines()


def test_bbc_dev_equals_the_cli(cli, client, shared_dir, tmp_path):
    corpus = shared_dir / "data" / "summarization" / "bbc.dev.jsonl"
    expected = cli_output(cli, str(corpus))
    job = lede.dask.summarize_jsonl(str(corpus), str(tmp_path / "out"), blocksize=400_000,
                                    client=client)
    assert read_parts(job) == expected
    assert job.records == 1155 and job.failed == 0


def test_bad_options_fail_before_submitting(tmp_path):
    with pytest.raises(ValueError, match="unknown method"):
        lede.dask.summarize_jsonl(str(tmp_path / "none.jsonl"), str(tmp_path / "out"), method="nope")
    with pytest.raises(FileNotFoundError):
        lede.dask.summarize_jsonl(str(tmp_path / "none-*.jsonl"), str(tmp_path / "out"))


def test_gzip_input_is_read_whole(cli, tmp_path):
    import gzip
    corpus = write_corpus(tmp_path / "corpus.jsonl", 40)
    packed = tmp_path / "corpus.jsonl.gz"
    packed.write_bytes(gzip.compress(corpus.read_bytes()))
    expected = cli_output(cli, str(corpus))
    with dask.config.set(scheduler="sync"):
        job = lede.dask.summarize_jsonl(str(packed), str(tmp_path / "out"), blocksize=500)
    assert len(job.parts) == 1
    assert read_parts(job) == expected
