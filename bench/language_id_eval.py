#!/usr/bin/env python3
"""`--language auto`: how often lede reads a text in its own language, and
what identification costs.

Accuracy: `lede summarize -f jsonl -L auto --method lead -n 1` over every
record of ../shared/data/segmentation (the language from the file name, `en`
for the UD files; a language lede has no resources for should come out `en`)
and over the English news sets of ../shared/data/summarization (every record
should come out `en`). The segmentation records are single rules, often one
short sentence: the table also gives the accuracy on records of 200 bytes
or more. Speed: articles per second of `lede summarize --method lead` on
cnn7k with `-L en` and with `-L auto`, one thread, best of 3.

Usage: python3 bench/language_id_eval.py [--lede build/lede] [--shared ../shared]
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import sys


def languages_of(lede, path, extra=()):
    out = subprocess.run([lede, "summarize", "-f", "jsonl", "-L", "auto", "--method", "lead", "-n", "1", "-j", "1",
                          *extra, path], capture_output=True, text=True)
    return [json.loads(line).get("language") for line in out.stdout.splitlines()]


def texts_of(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rec = json.loads(line)
                rows.append(rec.get("text") or " ".join(rec.get("documents") or []))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lede", default="build/lede")
    ap.add_argument("--shared", default=os.environ.get("LEDE_SHARED_DIR", "../shared"))
    args = ap.parse_args()
    seg = os.path.join(args.shared, "data", "segmentation")
    summ = os.path.join(args.shared, "data", "summarization")
    if not os.path.isdir(seg):
        sys.exit(f"needs {seg} (development data)")
    supported = set(subprocess.run([args.lede, "segment", "-L", "?"], capture_output=True, text=True)
                    .stderr.split("(known: ")[1].split(";")[0].split(", "))

    print("| file | expected | records | correct | records >= 200 bytes | correct | other answers |")
    print("| --- | --- | ---: | ---: | ---: | ---: | --- |")
    total = collections.Counter()
    for path in sorted(glob.glob(os.path.join(seg, "*.jsonl"))):
        name = os.path.basename(path)[:-len(".jsonl")]
        lang = "en" if name.startswith("ud_") else name.rsplit(".", 1)[1]
        expected = lang if lang in supported else "en"
        got = languages_of(args.lede, path)
        texts = texts_of(path)
        long_idx = [i for i, t in enumerate(texts) if len(t.encode()) >= 200]
        ok = sum(g == expected for g in got)
        ok_long = sum(got[i] == expected for i in long_idx)
        wrong = collections.Counter(g for g in got if g != expected)
        total["records"] += len(got)
        total["correct"] += ok
        total["long"] += len(long_idx)
        total["long_correct"] += ok_long
        print(f"| {name} | {expected} | {len(got)} | {ok} | {len(long_idx)} | {ok_long} | "
              f"{', '.join(f'{k} {v}' for k, v in wrong.most_common(4))} |")
    print(f"| all | | {total['records']} | {total['correct']} | {total['long']} | {total['long_correct']} | |")
    print()
    print("| English news set | records | read as en | other answers |")
    print("| --- | ---: | ---: | --- |")
    for name in ("cnn7k", "bbc.dev", "cnndm_realsumm100", "duc2003", "multiling2011_en"):
        path = os.path.join(summ, name + ".jsonl")
        if not os.path.exists(path):
            continue
        got = languages_of(args.lede, path)
        wrong = collections.Counter(g for g in got if g != "en")
        print(f"| {name} | {len(got)} | {sum(g == 'en' for g in got)} | "
              f"{', '.join(f'{k} {v}' for k, v in wrong.most_common(4))} |")
    cnn = os.path.join(summ, "cnn7k.jsonl")
    if os.path.exists(cnn):
        n = len(texts_of(cnn))
        print()
        for lang in ("en", "auto"):
            best = None
            for _ in range(3):
                start = os.times()
                subprocess.run([args.lede, "summarize", "-f", "jsonl", "-L", lang, "--method", "lead", "-n", "3",
                                "-j", "1", cnn], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
                end = os.times()
                cpu = (end.children_user - start.children_user) + (end.children_system - start.children_system)
                best = cpu if best is None else min(best, cpu)
            print(f"cnn7k, -L {lang}: {n / best:,.0f} articles per CPU-second ({best:.2f} s for {n})")


if __name__ == "__main__":
    main()
