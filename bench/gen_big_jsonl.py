#!/usr/bin/env python3
"""Writes a big JSONL summarization input (default 1 GiB) for bench/stream_bench.sh.

Records are the development sets' records (../shared/data/summarization/*.jsonl:
id, text or documents, and the reference summaries so `lede eval` can read the
file too), repeated with fresh ids ("r<N>/<id>") until the
file reaches the requested size. The output is not committed: it goes to
bench/out/ (git-ignored) or /tmp.

    python3 bench/gen_big_jsonl.py                      # bench/out/big.jsonl, 1 GiB
    python3 bench/gen_big_jsonl.py --bytes 200M --out /tmp/big.jsonl
"""
import argparse
import glob
import json
import os
import sys


def parse_size(s):
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    s = s.strip().upper()
    if s and s[-1] in units:
        return int(float(s[:-1]) * units[s[-1]])
    return int(s)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bytes", default="1G", help="target size (e.g. 1G, 300M); default 1G")
    ap.add_argument("--out", default=os.path.join(here, "out", "big.jsonl"))
    ap.add_argument("--shared", default=os.environ.get("LEDE_SHARED_DIR", os.path.join(here, "..", "..", "shared")))
    args = ap.parse_args()
    target = parse_size(args.bytes)

    records = []
    for path in sorted(glob.glob(os.path.join(args.shared, "data", "summarization", "*.jsonl"))):
        if ".meta." in path or ".peers." in path:
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                if "documents" not in r and "text" not in r:
                    continue
                out = {"id": str(r.get("id", len(records)))}
                if "text" in r:
                    out["text"] = r["text"]
                else:
                    out["documents"] = r["documents"]
                if isinstance(r.get("summaries"), list):
                    out["summaries"] = r["summaries"]
                records.append(out)
    if not records:
        sys.exit("gen_big_jsonl: no development records under " + os.path.join(args.shared, "data", "summarization"))

    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    # Serialize once; only the id changes between copies.
    bodies = []
    for r in records:
        rid = r.pop("id")
        bodies.append((rid, json.dumps(r, ensure_ascii=False)[1:]))
    written = 0
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        while written < target:
            rid, body = bodies[n % len(bodies)]
            line = '{"id": ' + json.dumps("r%d/%s" % (n // len(bodies), rid)) + ", " + body + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print("gen_big_jsonl: wrote %d records, %.1f MB, to %s (from %d development records)"
          % (n, written / 1e6, args.out, len(records)))


if __name__ == "__main__":
    main()
