#!/usr/bin/env python3
"""Property sweep: `lede serve` answers byte for byte as the CLI does.

Sends seeded random requests (articles, clusters and web pages from
../shared/data with random cuts, languages, methods, selectors, budgets,
orders, ids, titles and raw invalid UTF-8 under "lenient") to
POST /v1/summarize and the same inputs to `lede summarize` (JSONL records
grouped by option set; web pages one file each), and ROUGE cases of
../shared/data/rouge to POST /v1/rouge and `lede rouge --per-summary`.
The same records, grouped by option set, also go to POST
/v1/summarize/batch: each result must be the /v1/summarize answer for its
record (less "elapsed_ms"), or for a refused record the same error with
"records[K]: " before its message.
An answer matches when the service's object, less the fields only it adds
("summary", "extracted", "warnings", "elapsed_ms", and no "id" when the
request had none), is the CLI's line byte for byte, and "summary" is the
sentences' texts joined by spaces; a record the CLI refuses must be refused
with the same code and message. Python 3 standard library only.

Usage: python3 bench/serve_agreement.py [--lede build/lede] [--shared ../shared]
                                        [--requests 3000] [--rouge 600] [--seed 1]
Prints the counts compared and each mismatch (at most --show); exits 1 on any.
"""
import argparse
import concurrent.futures
import http.client
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading

from serve_requests import make_request, pools, read_jsonl, with_invalid_utf8  # beside this script


OPTION_FLAGS = {"method": "--method", "selector": "--selector", "language": "-L", "sentences": "--sentences",
                "words": "--words", "bytes": "--bytes", "ratio": "--ratio", "order": "--order"}


def cli_flags(req):
    flags = []
    for field, flag in OPTION_FLAGS.items():
        if field in req:
            flags += [flag, str(req[field])]
    if req.get("truncate"):
        flags.append("--truncate")
    if req.get("lenient"):
        flags.append("--lenient")
    return tuple(flags)


class Client:
    """One keep-alive connection per thread."""

    def __init__(self, port):
        self.port = port
        self.local = threading.local()

    def post(self, path, body):
        conn = getattr(self.local, "conn", None)
        for attempt in range(2):
            if conn is None:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
                self.local.conn = conn
            try:
                conn.request("POST", path, body, {"Content-Type": "application/json"})
                res = conn.getresponse()
                return res.status, res.read()
            except (http.client.HTTPException, ConnectionError):
                conn.close()
                conn = self.local.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")


def strip_service_fields(body, had_id):
    """The service's answer as `lede summarize` would write it, and its "summary"."""
    obj = json.loads(body)
    summary = obj.get("summary")
    cut_at = min(i for i in (body.find(b',"extracted":'), body.find(b',"summary":')) if i >= 0)
    core = body[:cut_at] + b"}"
    if not had_id:
        core = b'{"id":null,' + core[1:]
    return core, obj, summary


def compare_summarize(args, client, requests, bodies, show):
    compared = mismatches = refused = 0
    groups = {}
    for k, req in enumerate(requests):
        groups.setdefault(("html" in req, cli_flags(req)), []).append(k)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda b: client.post("/v1/summarize", b), bodies))
    tmp = tempfile.mkdtemp(prefix="serve_agreement.")
    cli_lines = {}
    for (is_html, flags), ks in sorted(groups.items()):
        if is_html:
            for k in ks:
                path = os.path.join(tmp, "page.html")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(requests[k]["html"])
                run = subprocess.run([args.lede, "summarize", "-f", "html", "-o", "json", *flags, path],
                                     capture_output=True)
                cli_lines[k] = None if run.returncode == 2 and not run.stdout else run.stdout.rstrip(b"\n")
            continue
        path = os.path.join(tmp, "group.jsonl")
        with open(path, "wb") as f:
            for k in ks:
                rec = {key: requests[k][key] for key in ("id", "text", "documents", "title", "titles")
                       if key in requests[k]}
                line = json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
                if requests[k].get("lenient"):
                    line = with_invalid_utf8(random.Random(k), line)
                f.write(line + b"\n")
        run = subprocess.run([args.lede, "summarize", "-f", "jsonl", *flags, path], capture_output=True)
        out = run.stdout.splitlines()
        if run.returncode == 2 and not out:  # options the CLI refuses: the service must refuse them too
            out = [None] * len(ks)
        if len(out) != len(ks):
            sys.exit("lede summarize gave %d lines for %d records: %s" % (len(out), len(ks), run.stderr[-500:]))
        for k, line in zip(ks, out):
            cli_lines[k] = line
    for k, (status, body) in enumerate(answers):
        compared += 1
        cli = cli_lines[k]
        had_id = "id" in requests[k]
        problem = None
        cli_obj = json.loads(cli) if cli and cli.startswith(b"{") else None
        if cli is None:
            refused += 1
            if status != 400 or json.loads(body)["error"]["code"] != "invalid_field":
                problem = "CLI refused the options, service answered %d %s" % (status, body[:300])
        elif cli_obj is not None and "error" in cli_obj:
            refused += 1
            # The service says invalid_field where the CLI names the library's code;
            # the message is the record reader's in both.
            got = json.loads(body).get("error") if status != 200 else None
            if status != 400 or got["message"] != cli_obj["error"]["message"]:
                problem = "CLI refused with %s, service answered %d %s" % (cli_obj["error"], status, body[:300])
        elif status != 200:
            problem = "service answered %d %s; CLI: %s" % (status, body[:300], cli[:200])
        else:
            core, obj, summary = strip_service_fields(body, had_id)
            if "html" in requests[k]:  # a file's id is its name: compare the rest
                core = re.sub(rb'^\{"id":[^,]*,', b"{", core)
                cli = re.sub(rb'^\{"id":[^,]*,', b"{", cli)
            if core != cli:
                problem = "bodies differ:\n  service %s\n  cli     %s" % (core[:400], cli[:400])
            elif summary != " ".join(s["text"] for s in obj["sentences"]):
                problem = "'summary' is not the sentences joined"
        if problem:
            mismatches += 1
            if mismatches <= show:
                req = dict(requests[k])
                for key in ("text", "html"):
                    if key in req:
                        req[key] = req[key][:80] + "..."
                if "documents" in req:
                    req["documents"] = [d[:40] + "..." for d in req["documents"]]
                print("MISMATCH summarize #%d %s\n  %s" % (k, json.dumps(req, ensure_ascii=False, separators=(",", ":")), problem))
    return compared, mismatches, refused, answers


RECORD_FIELDS = ("id", "text", "documents", "html", "title", "titles")


def compare_batch(client, requests, answers, show, per_batch=40):
    """Each batch result against the single route's answer for its record."""
    groups = {}
    for k, req in enumerate(requests):
        if req.get("lenient"):  # raw invalid UTF-8 is a body's, not a record's
            continue
        options = tuple(sorted((key, json.dumps(v)) for key, v in req.items() if key not in RECORD_FIELDS))
        groups.setdefault(options, []).append(k)
    compared = mismatches = 0
    for options, ks in sorted(groups.items()):
        for start in range(0, len(ks), per_batch):
            chunk = ks[start : start + per_batch]
            body = {key: json.loads(v) for key, v in options}
            body["records"] = [{key: requests[k][key] for key in RECORD_FIELDS if key in requests[k]} for k in chunk]
            status, got = client.post("/v1/summarize/batch",
                                      json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
            got = json.loads(got)
            for j, k in enumerate(chunk):
                compared += 1
                single_status, single_body = answers[k]
                single = json.loads(single_body)
                if status != 200:
                    # Options the single route refused too (it reads the record first).
                    ok = status == 400 and single_status == 400
                    result = got
                elif single_status == 200:
                    single.pop("elapsed_ms", None)
                    result = got["results"][j]
                    ok = result == single
                else:
                    result = got["results"][j]
                    want = dict(single)
                    want["error"] = dict(single["error"], message="records[%d]: %s" % (j, single["error"]["message"]))
                    if "id" in requests[k] and isinstance(requests[k]["id"], (str, int)):
                        want = {"id": requests[k]["id"], **want}
                    ok = result == want
                if not ok:
                    mismatches += 1
                    if mismatches <= show:
                        print("MISMATCH batch #%d (%s)\n  batch  %s\n  single %d %s" % (
                            k, dict(options), json.dumps(result)[:300], single_status, single_body[:300]))
    return compared, mismatches


def compare_rouge(args, client, count, rng, show):
    cases = [c for c in read_jsonl(os.path.join(args.shared, "data", "rouge", "vectors.dev.jsonl"), 4000)
             if c.get("kind") == "pair"]
    picked = [rng.choice(cases) for _ in range(count)]
    compared = mismatches = refused = 0
    groups = {}
    for k, c in enumerate(picked):
        flags = c["options"] if isinstance(c["options"], list) else c["options"].split()
        extra = rng.choice([[], [], ["--rouge-score"], ["--unicode"]])
        groups.setdefault(tuple(flags + extra), []).append(k)
    tmp = tempfile.mkdtemp(prefix="serve_agreement.")
    for flags, ks in sorted(groups.items()):
        refs, sums = os.path.join(tmp, "refs.jsonl"), os.path.join(tmp, "sums.jsonl")
        with open(refs, "w") as r, open(sums, "w") as s:
            for k in ks:
                r.write(json.dumps({"id": "p%d" % k, "summaries": picked[k]["references"]}) + "\n")
                s.write(json.dumps({"id": "p%d" % k, "summary": picked[k]["summary"]}) + "\n")
        run = subprocess.run([args.lede, "rouge", "--per-summary", *flags, refs, sums], capture_output=True)
        lines = [json.loads(line) for line in run.stdout.splitlines()]
        if run.returncode == 2 and not lines:  # flags the CLI refuses: the service must refuse them too
            lines = [None] * len(ks)
        if len(lines) != len(ks):
            sys.exit("lede rouge gave %d lines for %d pairs: %s" % (len(lines), len(ks), run.stderr[-500:]))
        for k, want in zip(ks, lines):
            compared += 1
            body = json.dumps({"id": "p%d" % k, "summary": picked[k]["summary"],
                               "references": picked[k]["references"], "options": {"flags": list(flags)}})
            status, got = client.post("/v1/rouge", body.encode())
            if want is None:
                refused += 1
                same = status == 400 and json.loads(got)["error"]["code"] == "invalid_field"
            else:
                got_obj = json.loads(got) if status == 200 else {}
                scores = {key: v for key, v in want.items() if key not in ("id", "best_reference")}
                # best_reference is the service's own (the CLI line has none).
                same = status == 200 and got_obj.get("scores") == scores
            if not same:
                mismatches += 1
                if mismatches <= show:
                    print("MISMATCH rouge %s\n  service %s\n  cli     %s" % (flags, got[:300], json.dumps(want)[:300]))
    return compared, mismatches, refused


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lede", default="build/lede")
    ap.add_argument("--shared", default=os.environ.get("LEDE_SHARED_DIR", "../shared"))
    ap.add_argument("--requests", type=int, default=3000)
    ap.add_argument("--rouge", type=int, default=600)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "data")):
        print("SKIPPED: no shared data at %s (--shared)" % args.shared)
        return 77
    server = subprocess.Popen([args.lede, "serve", "--port", "0", "--threads", "4"], stderr=subprocess.PIPE)
    try:
        first = server.stderr.readline().decode()
        port = int(re.search(r":(\d+)/", first).group(1))
        threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()
        client = Client(port)
        conn = http.client.HTTPConnection("127.0.0.1", port)
        conn.request("GET", "/v1/methods")
        methods = [m["name"] for m in json.loads(conn.getresponse().read())["methods"]]
        rng = random.Random(args.seed)
        articles, clusters, foreign, pages = pools(args.shared)
        requests, bodies = [], []
        for k in range(args.requests):
            req = make_request(rng, articles, clusters, foreign, pages, methods)
            body = json.dumps(req, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            if "html" not in req and rng.random() < 0.04:
                req["lenient"] = True
                body = with_invalid_utf8(random.Random(k), json.dumps(req, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
            requests.append(req)
            bodies.append(body)
        n, bad, refused, answers = compare_summarize(args, client, requests, bodies, args.show)
        print("summarize: %d requests compared (%d refused by both), %d mismatches" % (n, refused, bad))
        bn, bbad = compare_batch(client, requests, answers, args.show)
        print("summarize/batch: %d records compared with the single route, %d mismatches" % (bn, bbad))
        rn, rbad, rrefused = compare_rouge(args, client, args.rouge, rng, args.show)
        print("rouge: %d requests compared (%d refused by both), %d mismatches" % (rn, rrefused, rbad))
    finally:
        server.terminate()
        server.wait()
    return 1 if bad or bbad or rbad else 0


if __name__ == "__main__":
    sys.exit(main())
