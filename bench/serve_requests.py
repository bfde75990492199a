"""Seeded random requests for bench/serve_agreement.py.

Articles, clusters and web pages from ../shared/data with random cuts,
languages, methods, selectors, budgets, orders, ids and titles, and raw
invalid UTF-8 for lenient requests. Python 3 standard library only.
"""

import gzip
import json
import os
import re

LANGS = ["de", "es", "fr", "it", "nl", "ru", "pl", "el", "ja", "zh", "ar", "hi"]
SELECTORS = ["topk", "mmr", "submodular", "ilp"]


def read_jsonl(path, limit):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line))
            if len(out) >= limit:
                break
    return out


def pools(shared):
    data = os.path.join(shared, "data")
    summ = os.path.join(data, "summarization")
    articles = [r["documents"][0] for r in read_jsonl(os.path.join(summ, "bbc.dev.jsonl"), 300)]
    articles += [r["documents"][0] for r in read_jsonl(os.path.join(summ, "cnn7k.jsonl"), 200)]
    clusters = [r["documents"] for r in read_jsonl(os.path.join(summ, "duc2003.jsonl"), 30)]
    foreign = {}
    for lang in LANGS:
        path = os.path.join(data, "segmentation", "golden_rules.%s.jsonl" % lang)
        if os.path.exists(path):
            foreign[lang] = [r["text"] for r in read_jsonl(path, 200)]
    pages = []
    html_dir = os.path.join(data, "html", "html")
    for name in sorted(os.listdir(html_dir))[:40]:
        raw = gzip.open(os.path.join(html_dir, name)).read()
        try:
            pages.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            continue  # the service takes Unicode; the CLI would decode such a page itself
    return articles, clusters, foreign, pages


def cut(rng, text):
    """A random piece of `text`: whole, a prefix, or some paragraphs."""
    r = rng.random()
    if r < 0.5:
        return text
    if r < 0.75:
        return text[: rng.randint(0, len(text))]
    paras = re.split(r"\n\s*\n|\n", text)
    k = rng.randint(1, len(paras))
    start = rng.randint(0, len(paras) - k)
    return "\n\n".join(paras[start : start + k])


def spice(rng, text):
    r = rng.random()
    if r < 0.05:
        return ""
    if r < 0.08:
        return " \n\t "
    if r < 0.12:
        return "<!DOCTYPE html><html><body><p>" + text + "</p></body></html>"
    if r < 0.16:
        return text.replace("\n", "\r\n")
    if r < 0.20:
        return text + " Prices rose 5% \u20ac\U0001F4C8 after the \u201creform\u201d."
    return text


def make_request(rng, articles, clusters, foreign, pages, methods):
    req, lang = {}, None
    kind = rng.random()
    if kind < 0.55:
        req["text"] = spice(rng, cut(rng, rng.choice(articles)))
    elif kind < 0.70:
        lang = rng.choice(sorted(foreign))
        texts = foreign[lang]
        start = rng.randrange(len(texts))
        req["text"] = " ".join(texts[start : start + rng.randint(1, 12)])
    elif kind < 0.90:
        docs = rng.choice(clusters)
        start = rng.randrange(len(docs))
        req["documents"] = [spice(rng, cut(rng, d)) for d in docs[start : start + rng.randint(1, 6)]]
        if rng.random() < 0.1:
            req["documents"] = rng.choice([[], [""], ["", "One sentence here."]])
        if rng.random() < 0.2:
            req["titles"] = [rng.choice([None, "Headline %d" % k]) for k in range(len(req["documents"]))]
    else:
        req["html"] = rng.choice(pages)
    if "html" not in req and rng.random() < 0.15:
        req["title"] = rng.choice(["Storm hits coast", "", "Élections: résultats"])
    r = rng.random()
    if r < 0.4:
        req["id"] = "req-%d" % rng.randrange(10**6)
    elif r < 0.6:
        req["id"] = rng.randrange(-(10**9), 10**9)
    if rng.random() < 0.6:
        req["method"] = rng.choice(methods)
    if rng.random() < 0.25:
        req["selector"] = rng.choice(SELECTORS)
    r = rng.random()
    if r < 0.15:
        req["language"] = "auto"
    elif r < 0.3 and lang:
        req["language"] = rng.choice([lang, lang.upper()])
    elif r < 0.35:
        req["language"] = rng.choice(["en", "EN-us", "english"])
    r = rng.random()
    if r < 0.25:
        req["sentences"] = rng.randint(1, 8)
    elif r < 0.45:
        req["words"] = rng.randint(5, 250)
    elif r < 0.6:
        req["bytes"] = rng.randint(30, 1500)
    elif r < 0.7:
        req["ratio"] = rng.choice([0.05, 0.1, 0.25, 0.33, 0.5, 1.0, 0.77])
    if rng.random() < 0.3:
        req["order"] = rng.choice(["doc", "rank"])
    if ("words" in req or "bytes" in req or rng.random() < 0.05) and rng.random() < 0.4:
        req["truncate"] = True
    return req


def with_invalid_utf8(rng, body):
    """The body with a raw invalid byte inside its text (lenient requests)."""
    at = body.find(b'"text":"')
    if at < 0:
        at = body.find(b'"documents":["')
        if at < 0:
            return body
        at += len(b'"documents":["')
    else:
        at += len(b'"text":"')
    return body[:at] + rng.choice([b"\xff", b"\xc3(", b"\xed\xa0\x80"]) + body[at:]
