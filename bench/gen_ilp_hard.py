#!/usr/bin/env python3
"""Writes inputs on which the ILP's search is hard, for bench/ilp_hard_bench.sh.

Text drawn at random from a vocabulary of a couple of dozen words holds
nearly every bigram of that vocabulary in every sentence, so every sentence
covers about the same concepts and no choice stands out: branch and bound
cannot prune, and before the work limit it ran until GLPK's wall clock
stopped it. The seed is fixed, so each kind is the same file on every run.

Usage: gen_ilp_hard.py KIND [SEED] > FILE
  random    200 sentences of 15 random words each (about 3,000 words)
  runon     a first sentence, then 5,000 random words without punctuation
            (the segmenter has to cut the run-on itself), then a last one
  clusters  one JSONL cluster of 20 documents of 20 random sentences each
"""
import json
import random
import sys

VOCABULARY = (
    "the that and on in would said new plan include expected officials government "
    "growth economic investments hospitals schools roads bridges monday"
).split()


def words(rng, n):
    return [rng.choice(VOCABULARY) for _ in range(n)]


def sentence(rng, n=15):
    w = words(rng, n)
    return " ".join([w[0].capitalize()] + w[1:]) + "."


def main():
    kind = sys.argv[1] if len(sys.argv) > 1 else "random"
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 3000)
    if kind == "random":
        print(" ".join(sentence(rng) for _ in range(200)))
    elif kind == "runon":
        print("The president unveiled a broad economic plan on Monday in the capital.\n")
        print("The minister said " + " ".join(words(rng, 5000)) + "\n")
        print("Critics said the plan was too costly for taxpayers.")
    elif kind == "clusters":
        documents = [" ".join(sentence(rng) for _ in range(20)) for _ in range(20)]
        print(json.dumps({"id": "random-cluster", "documents": documents}))
    else:
        sys.exit(f"unknown kind {kind!r}: random, runon or clusters")


if __name__ == "__main__":
    main()
