"""lede.summarize, lede.Summarizer, lede.methods against the CLI and by definition."""

from __future__ import annotations

import json
import pickle
import threading

import pytest

import lede
from conftest import GERMAN_PAGE, HARBOUR, LIBRARY, ORCHARD, run_cli


def test_lead_takes_the_first_sentences():
    got = lede.summarize(ORCHARD, method="lead", sentences=2)
    assert [s.text for s in got] == [
        "An orchard cooperative reported its largest apple harvest in a decade.",
        "Members said cool nights in September helped the fruit.",
    ]
    assert [(s.document, s.index) for s in got] == [(0, 0), (0, 1)]


def test_sentence_offsets_point_into_the_original_text():
    # LIBRARY has non-ASCII letters before the later sentences, so byte and
    # character offsets differ.
    for s in lede.summarize(LIBRARY, method="lead", sentences=3):
        assert LIBRARY[s.char_start:s.char_end] == s.text
        assert LIBRARY.encode()[s.start:s.end].decode() == s.text
    last = lede.summarize(LIBRARY, method="lead", sentences=3)[2]
    assert last.start - last.char_start == 1  # one 2-byte letter before it ('é' of Café)
    assert last.end - last.char_end == 2      # and one inside it ('ç' of façade)


def test_documents_and_references_may_come_from_generators():
    # python.md: a sequence is any ordered iterable, a generator too; a
    # generator of documents was read once to look for Articles and then
    # passed on spent ("no documents to summarize").
    s = lede.Summarizer(method="lead", sentences=2)
    assert s.summarize(d for d in [ORCHARD, LIBRARY]) == s.summarize([ORCHARD, LIBRARY])
    assert lede.summarize(d for d in (ORCHARD,)) == lede.summarize([ORCHARD])
    assert s.run(d for d in [ORCHARD, LIBRARY]).sentences == s.run([ORCHARD, LIBRARY]).sentences
    reference = "The orchard cooperative had its largest apple harvest."
    o = lede.Summarizer(sentences=2)
    assert o.oracle((d for d in [ORCHARD, LIBRARY]), (r for r in [reference])) == \
        o.oracle([ORCHARD, LIBRARY], [reference])


def test_cluster_input_numbers_documents():
    got = lede.summarize([ORCHARD, LIBRARY], method="lead", sentences=2)
    assert {s.document for s in got} <= {0, 1}
    for s in got:
        source = [ORCHARD, LIBRARY][s.document]
        assert source[s.char_start:s.char_end] == s.text


def test_matches_the_cli_json_output(cli, tmp_path):
    for budget, flags in (({"sentences": 2}, ["-n", "2"]), ({"words": 12}, ["-w", "12"]),
                          ({"words": 12, "truncate": True}, ["-w", "12", "--truncate"]),
                          ({"bytes": 90}, ["-b", "90"]), ({"ratio": 0.5}, ["-r", "0.5"])):
        path = tmp_path / "harbour.txt"
        path.write_text(HARBOUR, encoding="utf-8")
        proc = run_cli(cli, "summarize", "-o", "json", *flags, str(path))
        assert proc.returncode == 0, proc.stderr
        expected = json.loads(proc.stdout)
        got = lede.summarize(HARBOUR, **budget)
        assert [s.text for s in got] == [x["text"] for x in expected["sentences"]], budget
        assert [(s.document, s.index, s.start, s.end) for s in got] == [
            (x["document"], x["index"], x["start"], x["end"]) for x in expected["sentences"]]
        assert [s.score for s in got] == pytest.approx([x["score"] for x in expected["sentences"]])


def test_selector_matches_the_cli_flag(cli, tmp_path):
    # selector= is `lede summarize --selector`: the same SummarizeOptions field.
    path = tmp_path / "harbour.txt"
    path.write_text(HARBOUR, encoding="utf-8")
    for selector in ("topk", "mmr", "submodular", "ilp"):
        proc = run_cli(cli, "summarize", "-o", "json", "-m", "textrank", "-n", "3", "--selector", selector,
                       str(path))
        assert proc.returncode == 0, proc.stderr
        expected = [(x["document"], x["index"], x["text"]) for x in json.loads(proc.stdout)["sentences"]]
        got = lede.summarize(HARBOUR, method="textrank", sentences=3, selector=selector)
        assert [(s.document, s.index, s.text) for s in got] == expected, selector
        summarizer = lede.Summarizer("textrank", sentences=3, selector=selector)
        assert summarizer.options["selector"] == selector
        assert pickle.loads(pickle.dumps(summarizer)).summarize(HARBOUR) == got
    # It is read, not dropped: here ilp picks other sentences than textrank's own selector.
    assert (lede.summarize(HARBOUR, method="textrank", sentences=3, selector="ilp")
            != lede.summarize(HARBOUR, method="textrank", sentences=3))


def test_rank_order_is_best_first():
    got = lede.summarize(HARBOUR, sentences=3, order="rank")
    assert [s.score for s in got] == sorted((s.score for s in got), reverse=True)


def test_run_reports_the_method_used():
    summary = lede.Summarizer().run(ORCHARD)
    assert summary.method == lede.default_method(cluster=False)
    assert summary.warnings == []


def test_summarizer_is_reusable_and_picklable():
    s = lede.Summarizer(method="lead", words=20)
    first = s.summarize(HARBOUR)
    assert s(HARBOUR) == first
    clone = pickle.loads(pickle.dumps(s))
    assert clone.options == s.options
    assert clone.summarize(HARBOUR) == first
    assert "words=20" in repr(s)


def test_methods_lists_names_and_descriptions():
    ms = lede.methods()
    assert "lead" in [m.name for m in ms]
    assert [m.name for m in ms] == sorted(m.name for m in ms)
    assert all(m.description for m in ms)
    assert [m.name for m in ms if m.reads_model] == ["learned"]
    assert [m.name for m in ms if not m.multi_document] == ["learned"]


@pytest.mark.parametrize("kwargs, message", [
    ({"method": "no-such-method"}, "unknown method 'no-such-method'"),
    ({"language": "xx"}, "unknown language 'xx'"),
    ({"sentences": 2, "words": 10}, "at most one budget"),
    ({"sentences": 0}, "sentences budget must be a whole number from 1 to 1000000000, not 0"),
    ({"sentences": 2.5}, "sentences budget must be a whole number from 1 to 1000000000, not 2.5"),
    ({"words": -1.0}, "words budget must be a whole number from 1 to 1000000000, not -1"),
    ({"bytes": float("nan")}, "bytes budget must be a whole number from 1 to 1000000000, not nan"),
    ({"words": 10**400}, "words budget must be a whole number from 1 to 1000000000, not inf"),
    ({"ratio": 1.5}, "ratio must be in (0, 1], not 1.5"),
    ({"ratio": float("nan")}, "ratio must be in (0, 1], not nan"),
    ({"ratio": 0}, "ratio must be in (0, 1], not 0"),
    ({"sentences": 2, "truncate": True}, "truncate cuts word and byte budgets"),
    ({"ratio": 0.5, "truncate": True}, "truncate cuts word and byte budgets; a ratio budget"),
    ({"order": "random"}, "order must be"),
    ({"selector": "greedy"}, "unknown selector 'greedy' (known: ilp, mmr, submodular, topk)"),
])
def test_bad_options_raise_value_error(kwargs, message):
    with pytest.raises(ValueError) as err:
        lede.summarize(ORCHARD, **kwargs)
    assert message in str(err.value)


def test_bad_input_raises_value_error_with_the_library_message():
    with pytest.raises(ValueError, match=r"document 1: invalid UTF-8 at byte 6"):
        lede.summarize([b"Fine text.", b"Bad by\xfftes here."])
    with pytest.raises(ValueError):
        lede.summarize([])
    with pytest.raises(TypeError):
        lede.summarize(42)
    with pytest.raises(TypeError, match="sentences must be a number, not str"):
        lede.summarize(ORCHARD, sentences="2")


def test_integral_floats_are_whole_number_budgets():
    # As the service takes "sentences": 2.0 (Python's json writes floats so).
    assert lede.summarize(ORCHARD, sentences=2.0) == lede.summarize(ORCHARD, sentences=2)
    assert lede.summarize(ORCHARD, words=1e2) == lede.summarize(ORCHARD, words=100)


def test_wrong_types_and_unencodable_text_name_the_argument():
    # pybind11's own "incompatible function arguments" names no argument.
    with pytest.raises(TypeError, match="language must be a str or None, not int"):
        lede.summarize(ORCHARD, language=7)
    with pytest.raises(TypeError, match="method must be a str or None, not int"):
        lede.summarize(ORCHARD, method=3)
    with pytest.raises(TypeError, match="method must be a str or None, not list"):
        lede.summarize(ORCHARD, method=["lead"])
    with pytest.raises(TypeError, match="selector must be a str or None, not int"):
        lede.summarize(ORCHARD, selector=3)
    with pytest.raises(ValueError, match=r"document 1: lone surrogate U\+DCE9 at index 3"):
        lede.summarize([ORCHARD, "caf\udce9 au lait."])


@pytest.mark.parametrize("option", ["method", "language", "model", "selector"])
def test_a_lone_surrogate_in_an_option_is_a_value_error_naming_it(option):
    # It has no UTF-8 form; pybind11's conversion raised "incompatible
    # constructor arguments", a TypeError naming no argument.
    with pytest.raises(ValueError, match=rf"{option}: lone surrogate U\+DC80 at index 1"):
        lede.Summarizer(**{option: "l\udc80"})
    with pytest.raises(ValueError, match=rf"{option}: lone surrogate U\+DC80 at index 1"):
        lede.summarize(ORCHARD, **{option: "l\udc80"})
    with pytest.raises(ValueError, match=r"name: lone surrogate U\+DC80 at index 1"):
        lede.Summarizer().summarize_jsonl('{"text": "A b."}', name="f\udc80")


@pytest.mark.parametrize("documents", [{ORCHARD: 1, LIBRARY: 2}, {ORCHARD, LIBRARY}, frozenset([ORCHARD])])
def test_mappings_and_sets_are_not_sequences_of_documents(documents):
    # A dict's keys were summarized as the documents (a JSONL record passed
    # whole gave a summary of "id" and "text"), and a set's documents were
    # numbered in an order that changes with the hash seed.
    with pytest.raises(TypeError, match=f"or a sequence of them, not {type(documents).__name__}"):
        lede.summarize(documents)
    with pytest.raises(TypeError, match=f"titles must be a sequence of str .*, not {type(documents).__name__}"):
        lede.summarize([ORCHARD, LIBRARY], titles=documents)


def test_a_library_message_is_whole_past_a_nul():
    # The message was cut at the NUL the option holds ("unknown method 'lead").
    with pytest.raises(ValueError) as e:
        lede.summarize(ORCHARD, method="lead\x00x")
    assert str(e.value).startswith("unknown method 'lead\x00x'; did you mean 'lead'? (known: ")


def test_a_misspelt_method_gets_the_nearest_name():
    with pytest.raises(ValueError, match=r"unknown method 'lexrnk'; did you mean 'lexrank'\? \(known: "):
        lede.summarize(ORCHARD, method="lexrnk")


def test_a_model_file_name_holding_a_nul_is_refused():
    # The file system read it up to the NUL: "m\0x" opened "m".
    with pytest.raises(ValueError, match="model file name holds a NUL byte: 'm\x00x'"):
        lede.summarize(ORCHARD, method="learned", model="m\x00x")


@pytest.mark.parametrize("call", [
    lambda v: lede.summarize(ORCHARD, words=5, truncate=v),
    lambda v: lede.Summarizer(words=5, truncate=v),
    lambda v: lede.summarize(b"caf\xe9.", lenient=v),
    lambda v: lede.segment(ORCHARD, lenient=v),
    lambda v: lede.segment(ORCHARD, spans=v),
    lambda v: lede.extract(b"<p>A b.</p>", captions=v),
    lambda v: lede.default_method(cluster=v),
])
def test_switches_take_a_bool_only(call):
    # bool(value) made truncate="no" (or lenient="false") a True, silently.
    for value in ("no", 1, None):
        with pytest.raises(TypeError, match=f"must be a bool, not {type(value).__name__}"):
            call(value)


def test_a_cached_summarizer_does_not_hide_a_wrong_type():
    # summarize() caches summarizers by their options; 1 == True must not make
    # sentences=True find the one built for sentences=1.
    lede.summarize(ORCHARD, sentences=1)
    with pytest.raises(TypeError, match="sentences must be a number, not bool"):
        lede.summarize(ORCHARD, sentences=True)


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


def test_titles_are_one_per_document_as_in_a_jsonl_record():
    with pytest.raises(TypeError, match="titles must be a sequence of str"):
        lede.summarize(ORCHARD, titles="Apples")
    with pytest.raises(ValueError, match="one str per document: 2 documents, 1 titles"):
        lede.summarize([ORCHARD, HARBOUR], titles=["Apples"])
    with pytest.raises(TypeError, match=r"titles\[1\] must be a str or None, not int"):
        lede.summarize([ORCHARD, HARBOUR], titles=["Apples", 7])
    assert lede.summarize([ORCHARD, HARBOUR], titles=["Apples", None]) == lede.summarize([ORCHARD, HARBOUR])


def test_lenient_input_warns_instead():
    with pytest.warns(lede.LedeWarning, match="invalid UTF-8"):
        got = lede.summarize(b"Bad by\xfftes here. Second one.", "lead", sentences=1, lenient=True)
    assert got[0].text == "Bad by\ufffdtes here."
    # segment replaced the bytes without a word (python.md: a LedeWarning).
    with pytest.warns(lede.LedeWarning, match="replaced 1 invalid UTF-8"):
        assert lede.segment(b"Bad by\xfftes here. Second one.", lenient=True)[0] == "Bad by\ufffdtes here."


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
    # start with EF BB BF; the CLI drops it from a file's first line.
    block = b"\xef\xbb\xbf" + (json.dumps({"id": "a", "text": HARBOUR}) + "\n").encode()
    r = lede.Summarizer(sentences=1).summarize_jsonl(block)
    proc = run_cli(cli, "summarize", "--format", "jsonl", "-n", "1", stdin=block)
    assert proc.returncode == 0, proc.stderr
    assert r.output == proc.stdout
    assert r.failed == 0
    # Only the first line of a file can hold it: a later block's is an error, as in the CLI.
    later = lede.Summarizer(sentences=1).summarize_jsonl(block, first_line=5)
    assert later.failed == 1


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


@pytest.mark.filterwarnings("ignore::lede.LedeWarning")  # the long input is cut to max_sentences
def test_threads_share_a_summarizer_and_run_without_the_gil():
    s = lede.Summarizer(method="lead", sentences=2)
    big = " ".join(f"Sentence number {k} talks about the harbour and its ferries." for k in range(40000))
    expected = s.summarize(HARBOUR)
    results, ticks, done = [], [0], threading.Event()

    def count():
        while not done.is_set():
            ticks[0] += 1

    counter = threading.Thread(target=count)
    counter.start()
    before = ticks[0]
    s.summarize(big)  # long C++ call: the counter thread keeps running only if the GIL is released
    during = ticks[0] - before
    done.set()
    counter.join()
    assert during > 1000

    workers = [threading.Thread(target=lambda: results.append(s.summarize(HARBOUR))) for _ in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert results == [expected] * 8


# Written for this test: the sentences the methods like best lean back
# ("But ...", "He said ...") on ones they like less.
BRIDGE = (
    "The city council met on Monday to discuss plans for the town.\n\n"
    "The weather in the town was mild and dry all week long.\n\n"
    "But the council voted to build the new harbour bridge over the river despite the cost of the harbour "
    "bridge.\n\n"
    "He said the new harbour bridge over the river would open in 2027 and cost the council less than the old "
    "bridge.\n\n"
    "Residents of the town welcomed the news at a meeting.\n\n"
    "The mayor praised the council for the new harbour bridge plan on the river.\n")


def test_standalone_matches_the_cli_flag(cli, tmp_path):
    # standalone= is `lede summarize --standalone`: the same SummarizeOptions field.
    path = tmp_path / "bridge.txt"
    path.write_text(BRIDGE, encoding="utf-8")
    for method in ("lexrank", "textrank", "learned"):
        proc = run_cli(cli, "summarize", "-o", "json", "-m", method, "-n", "2", "--standalone", str(path))
        assert proc.returncode == 0, proc.stderr
        expected = [(x["document"], x["index"], x["text"]) for x in json.loads(proc.stdout)["sentences"]]
        got = lede.summarize(BRIDGE, method=method, sentences=2, standalone=True)
        assert [(s.document, s.index, s.text) for s in got] == expected, method
        summarizer = lede.Summarizer(method, sentences=2, standalone=True)
        assert summarizer.options["standalone"] is True
        assert "standalone=True" in repr(summarizer)
        assert pickle.loads(pickle.dumps(summarizer)).summarize(BRIDGE) == got
        # No chosen sentence opens with "But" or "He" without the one before it.
        indices = {s.index for s in got}
        for s in got:
            if s.text.startswith(("But ", "He ")):
                assert s.index - 1 in indices, (method, s.text)
    # It is read, not dropped: lexrank's own choice dangles here.
    plain = lede.summarize(BRIDGE, method="lexrank", sentences=2)
    plain_indices = {s.index for s in plain}
    assert any(s.text.startswith(("But ", "He ")) and s.index - 1 not in plain_indices for s in plain)
    assert lede.summarize(BRIDGE, method="lexrank", sentences=2, standalone=True) != plain


def test_standalone_is_a_bool_and_not_for_the_oracle():
    with pytest.raises(TypeError, match="standalone"):
        lede.Summarizer(standalone="yes")
    with pytest.raises(ValueError, match="not made standalone"):
        lede.Summarizer(standalone=True).oracle(BRIDGE, "The council voted to build a bridge.")
