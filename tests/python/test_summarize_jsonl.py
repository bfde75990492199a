"""lede.Summarizer.summarize_jsonl: blocks of JSONL lines, byte for byte what the CLI writes for them."""

from __future__ import annotations

import json

import pytest

import lede
from conftest import GERMAN_PAGE, HARBOUR, LIBRARY, ORCHARD, run_cli


def test_summarize_jsonl_checks_its_arguments():
    summarizer = lede.Summarizer(sentences=1)
    with pytest.raises(TypeError, match="block must be str or bytes-like"):
        summarizer.summarize_jsonl(None)
    with pytest.raises(TypeError, match="first_line must be an int, not str"):
        summarizer.summarize_jsonl('{"text": "A b."}', first_line="2")
    with pytest.raises(ValueError, match="first_line must be >= 1"):
        summarizer.summarize_jsonl('{"text": "A b."}', first_line=2**70)
    with pytest.raises(TypeError, match="name must be a str"):
        summarizer.summarize_jsonl('{"text": "A b."}', name=None)
    with pytest.raises(ValueError, match=r"block: lone surrogate U\+DC80 at index 10"):
        summarizer.summarize_jsonl('{"text":"a\udc80"}')


def test_summarize_jsonl_matches_the_cli(cli):
    block = (json.dumps({"id": "a", "text": HARBOUR}) + "\n\n"
             + "not json\r\n"
             + json.dumps({"id": 7, "documents": [ORCHARD, LIBRARY]}) + "\n").encode()
    r = lede.Summarizer(words=30).summarize_jsonl(block, name="x.jsonl")
    proc = run_cli(cli, "summarize", "--format", "jsonl", "-w", "30", stdin=block)
    assert proc.returncode == 1  # one bad record
    assert r.output == proc.stdout
    assert (r.records, r.failed) == (3, 1)
    assert r.messages[0].startswith("lede: x.jsonl:3: ")
    assert b'"line":3' in r.output


def test_summarize_jsonl_skips_a_byte_order_mark_as_the_cli_does(cli):
    # Files saved as "UTF-8 with BOM" (Windows tools, pandas' utf-8-sig)
    # start with EF BB BF; the CLI drops it from a line's start (a file's
    # first, or one of a file joined after it with cat).
    block = b"\xef\xbb\xbf" + (json.dumps({"id": "a", "text": HARBOUR}) + "\n").encode()
    r = lede.Summarizer(sentences=1).summarize_jsonl(block)
    proc = run_cli(cli, "summarize", "--format", "jsonl", "-n", "1", stdin=block)
    assert proc.returncode == 0, proc.stderr
    assert r.output == proc.stdout
    assert r.failed == 0
    later = lede.Summarizer(sentences=1).summarize_jsonl(block, first_line=5)
    assert later.failed == 0
    joined = block + block
    r = lede.Summarizer(sentences=1).summarize_jsonl(joined)
    proc = run_cli(cli, "summarize", "--format", "jsonl", "-n", "1", stdin=joined)
    assert proc.returncode == 0, proc.stderr
    assert r.output == proc.stdout
    assert r.failed == 0


def test_summarize_jsonl_reads_web_pages_as_the_cli_does(cli):
    # A record's "html" page is summarized in the language it declares when
    # no language is given (the CLI without -L), else in the one given.
    block = (json.dumps({"id": "p", "html": GERMAN_PAGE}) + "\n").encode()
    declared = lede.Summarizer(sentences=1).summarize_jsonl(block)
    english = lede.Summarizer(sentences=1, language="en").summarize_jsonl(block)
    assert declared.output == run_cli(cli, "summarize", "-f", "jsonl", "-n", "1", stdin=block).stdout
    assert english.output == run_cli(cli, "summarize", "-f", "jsonl", "-n", "1", "-L", "en", stdin=block).stdout
    assert declared.output != english.output
    assert json.loads(declared.output)["sentences"][0]["text"].startswith("Der Stadtrat hat am Dienstag")
    assert (declared.records, declared.failed) == (1, 0)
    assert repr(lede.Summarizer(language="en")) == "lede.Summarizer(language='en')"


def test_summarize_jsonl_says_once_what_the_cli_says_once_per_run(cli):
    # One-document records get 3 sentences, which --truncate cannot cut: the
    # library warns on each, the CLI says it once per run; request options in
    # records (written for `lede serve`) are named once, too.
    block = "".join(json.dumps({"id": k, "text": t, "sentences": 1}) + "\n"
                    for k, t in enumerate([HARBOUR, LIBRARY, ORCHARD])).encode()
    r = lede.Summarizer(method="lead", truncate=True).summarize_jsonl(block, name="x.jsonl")
    proc = run_cli(cli, "summarize", "--format", "jsonl", "--method", "lead", "--truncate", stdin=block)
    assert proc.returncode == 0, proc.stderr
    assert r.output == proc.stdout
    assert r.messages == [
        "lede summarize: warning: JSONL records hold 'sentences', which is not read per record: options come "
        "from the command line (--sentences)",
        "lede summarize: warning: --truncate has no effect with a sentence budget "
        "(the default for one document); give --words or --bytes"]
    assert r.messages == proc.stderr.decode().splitlines()
    # A cluster's 100 words are cut: no notice.
    cluster = (json.dumps({"id": 9, "documents": [HARBOUR, LIBRARY]}) + "\n").encode()
    assert lede.Summarizer(method="lead", truncate=True).summarize_jsonl(cluster).messages == []
