#!/usr/bin/env python3
"""Documents/s of lede.dask.summarize_jsonl on a local Dask cluster, with the CLI as the peer.

Runs `lede summarize --format jsonl` (threads 1 and 2), lede.Summarizer in a
ThreadPoolExecutor (1 and 2 threads), and
lede.dask.summarize_jsonl on distributed.LocalCluster with 1 and 2 worker
processes (one thread each) over the same JSONL corpus, checks every output is
byte-identical to the CLI's, and prints documents/s (median of --runs) by
wall clock and per CPU-second (the CLI's, or every worker process's, user +
system time; this one holds when other work shares the machine). Cluster
start-up is timed apart and not counted in the rates; the client's own CPU
(scheduling, counting lines is on the workers) is not in the CPU figure.

    PYTHONPATH=build/python /usr/bin/python3 bench/dask_bench.py
    PYTHONPATH=build/python /usr/bin/python3 bench/dask_bench.py --repeat 10 --method lead
"""

from __future__ import annotations

import argparse
import os
import pathlib
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(pathlib.Path(os.environ.get("LEDE_SHARED_DIR", ROOT.parent / "shared")) / "data/summarization/bbc.dev.jsonl"))
    ap.add_argument("--repeat", type=int, default=1, help="concatenate the corpus N times (a bigger job)")
    ap.add_argument("--method", default=None, help="summarization method (default: the library's)")
    ap.add_argument("--workers", default="1,2", help="worker process counts to try")
    ap.add_argument("--blocksize", default="256KiB", help="input bytes per Dask task")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--cli", default=str(ROOT / "build/lede"))
    args = ap.parse_args()

    import distributed
    import lede
    import lede.dask

    corpus = pathlib.Path(args.corpus)
    if not corpus.exists():
        print(f"dask_bench: {corpus} not found (needs ../shared)", file=sys.stderr)
        return 1
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="lede-dask-bench-"))
    try:
        data = corpus.read_bytes()
        if not data.endswith(b"\n"):
            data += b"\n"
        job_input = tmp / "input.jsonl"
        job_input.write_bytes(data * args.repeat)
        docs = sum(1 for line in job_input.read_bytes().splitlines() if line.strip())
        method_flags = ["-m", args.method] if args.method else []
        print(f"corpus: {corpus.name} x{args.repeat} = {docs} documents, "
              f"{job_input.stat().st_size / 2**20:.1f} MiB; method: {args.method or 'default'}; "
              f"lede {lede.__version__}; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
              f"median of {args.runs} runs")

        expected = None
        rows = []
        for threads in (1, 2):
            times, cpus = [], []
            for _ in range(args.runs):
                r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
                t0 = time.perf_counter()
                proc = subprocess.run([args.cli, "summarize", "--format", "jsonl", "-j", str(threads),
                                       *method_flags, str(job_input)], capture_output=True, check=True)
                times.append(time.perf_counter() - t0)
                r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
                expected = expected or proc.stdout
                assert proc.stdout == expected, "CLI output changed with the thread count"
            rows.append((f"CLI `lede summarize --format jsonl -j {threads}`", statistics.median(times),
                         statistics.median(cpus), ""))

        # The Python API in threads (the GIL is released while lede works):
        # records parsed with json, summarized by one shared Summarizer.
        import json
        from concurrent.futures import ThreadPoolExecutor
        records = [json.loads(line) for line in job_input.read_bytes().splitlines() if line.strip()]
        inputs = [r.get("documents") or r.get("text") for r in records]
        summarizer = lede.Summarizer(args.method)
        for threads in (1, 2):
            times, cpus = [], []
            for _ in range(args.runs):
                c0, t0 = _cpu_seconds(), time.perf_counter()
                with ThreadPoolExecutor(threads) as pool:
                    list(pool.map(summarizer.summarize, inputs, chunksize=16))
                times.append(time.perf_counter() - t0)
                cpus.append(_cpu_seconds() - c0)
            rows.append((f"Python `Summarizer.summarize`, {threads} thread{'s' if threads > 1 else ''}",
                         statistics.median(times), statistics.median(cpus), "JSON parsed beforehand, not timed"))

        for n in (int(x) for x in args.workers.split(",")):
            t0 = time.perf_counter()
            with distributed.LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                          host="127.0.0.1", dashboard_address=None) as cluster, \
                    distributed.Client(cluster) as client:
                startup = time.perf_counter() - t0
                times, cpus = [], []
                for run in range(args.runs):
                    out = tmp / f"out-{n}-{run}"
                    c0 = client.run(_cpu_seconds)
                    t0 = time.perf_counter()
                    job = lede.dask.summarize_jsonl(str(job_input), str(out), method=args.method,
                                                    blocksize=args.blocksize, client=client)
                    times.append(time.perf_counter() - t0)
                    c1 = client.run(_cpu_seconds)
                    cpus.append(sum(c1[w] - c0[w] for w in c1))
                    got = b"".join(pathlib.Path(p).read_bytes() for p in job.parts)
                    assert got == expected, "Dask output differs from the CLI's"
                    shutil.rmtree(out)
                rows.append((f"Dask LocalCluster, {n} worker process{'es' if n > 1 else ''} "
                             f"({len(job.parts)} tasks)", statistics.median(times), statistics.median(cpus),
                             f"cluster start-up {startup:.1f} s"))

        print()
        print(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f}")
        print("| run | seconds | documents/s | CPU seconds | documents per CPU-second | note |")
        print("| --- | ---: | ---: | ---: | ---: | --- |")
        for name, seconds, cpu, note in rows:
            print(f"| {name} | {seconds:.2f} | {docs / seconds:,.0f} | {cpu:.2f} | {docs / cpu:,.0f} | {note} |")
        print("\nall outputs byte-identical to the CLI's: yes")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
