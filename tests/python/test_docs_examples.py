"""docs/python.md's examples, run as written, so the manual cannot drift from the package.

Every ```python block runs alone (the blocks are separate snippets that reuse
names such as `summaries`), in a namespace that first defines the names the
examples take as given (articles, references, ...) from texts written for
these tests, in the project's root (the first example opens
examples/article.txt). Where an example states a result in a comment
("# ['Dr. Smith ...', 'He left.']", "# document 0: invalid UTF-8 at byte 3"),
the result is checked. Only the block that fetches a URL is not run.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import pathlib
import re

import pytest

import lede
from conftest import HARBOUR, LIBRARY, ORCHARD, run_cli

ROOT = pathlib.Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "python.md"

REPORTS = [
    "The city council voted on Monday to close the old bridge after engineers warned that its steel was failing. "
    "Buses will take a longer route through the north of the city.",
    "The old bridge will close this week, the council decided on Monday. Engineers had warned for years that its "
    "steel was failing. A new bridge is due to open in 2028.",
    "Councillors agreed on Monday to shut the bridge. The mayor said a new bridge would open in 2028 and that "
    "buses would use the north road until then.",
]


def blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def given_names() -> dict:
    """The names the examples use without defining them."""
    reference = "The council closed the old bridge on Monday; a new one opens in 2028."
    return {
        "report_a": REPORTS[0], "report_b": REPORTS[1], "report_c": REPORTS[2],
        "articles": [HARBOUR, LIBRARY, ORCHARD],
        "cluster": REPORTS, "references": [reference, "The old bridge is closed; buses go round by the north."],
        "reference": reference,
        "article": HARBOUR,
        "lede": lede,
        "text": "Der Stadtrat tagte am Montag. Die Brücke bleibt bis Mai gesperrt.",
        "summary": REPORTS[1],
        "summaries": [REPORTS[0], HARBOUR],
        "summaries_a": [REPORTS[0], HARBOUR],
        "summaries_b": [REPORTS[1], LIBRARY],
        "references_per_summary": [[reference], ["The harbour board approved a new ferry timetable."]],
        "target": reference, "prediction": REPORTS[2],
        "targets": [reference, "The harbour board approved a new ferry timetable."],
        "predictions": [REPORTS[2], HARBOUR],
    }


def stated_results(code: str) -> list[tuple[str, object]]:
    """(expression, value) for each line `EXPR  # LITERAL` or `EXPR` over a line `# LITERAL`."""
    out = []
    lines = code.splitlines()
    for k, line in enumerate(lines):
        expr, _, comment = line.partition("#")
        expr = expr.strip()
        if not expr or "=" in expr.replace("==", "") or expr.startswith(("for ", "with ", "try", "except", "print")):
            continue
        if not comment.strip() and k + 1 < len(lines) and lines[k + 1].lstrip().startswith("#"):
            comment = lines[k + 1].lstrip()[1:]
        try:
            value = ast.literal_eval(comment.strip())
        except (ValueError, SyntaxError):
            continue
        if isinstance(value, (list, str)):
            out.append((expr, value))
    return out


def test_every_example_runs_and_says_what_it_gives(monkeypatch):
    monkeypatch.chdir(ROOT)
    code_blocks = blocks()
    assert len(code_blocks) >= 10, "docs/python.md lost its examples"
    ran = 0
    for code in code_blocks:
        if "urllib.request" in code:
            continue  # fetches a URL
        if "BootstrapAggregator" in code:
            pytest.importorskip("numpy")
        ns = given_names()
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, str(DOC), "exec"), ns)  # noqa: S102 - the project's own manual
        ran += 1
        for expr, value in stated_results(code):
            assert eval(expr, ns) == value, expr  # noqa: S307
        for line in code.splitlines():
            said = re.match(r"\s*print\(e\)\s*#\s*(.+)$", line)
            if said:
                assert said.group(1).strip() in out.getvalue(), (line, out.getvalue())
    assert ran == len(code_blocks) - 1


def test_the_stated_results_are_found():
    # The checker above reads results from comments; it must find the ones
    # the manual states, or the test checks nothing.
    stated = [expr for code in blocks() for expr, _ in stated_results(code)]
    assert any(e.startswith("lede.segment(") for e in stated), stated
    assert any(e == "rouge.metrics" for e in stated), stated
    assert any("print(e)" in code for code in blocks())


def test_the_pyrouge_recipe_of_rouge_md_gives_what_rouge_reads_from_the_files(cli, tmp_path, monkeypatch):
    # docs/rouge.md turns pyrouge's system and model directories into JSONL;
    # `lede rouge` on its output must score each pair as ROUGE-1.5.5's own
    # reading of the same files (a -z SPL file list) does.
    doc = (ROOT / "docs" / "rouge.md").read_text(encoding="utf-8")
    recipe = [b for b in re.findall(r"```python\n(.*?)```", doc, re.S) if "system_dir" in b]
    assert len(recipe) == 1, "docs/rouge.md lost its pyrouge recipe"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "system_dir").mkdir()
    (tmp_path / "model_dir").mkdir()
    systems = {"1": REPORTS[0].replace(". ", ".\n"), "2": HARBOUR.replace("\n\n", "\n")}
    models = {"1": ["The council closed the old bridge on Monday.", "Engineers warned its steel was failing."],
              "2": ["A new ferry timetable was approved.", "Boats leave every twenty minutes in summer."]}
    lines = []
    for i, text in systems.items():
        (tmp_path / "system_dir" / f"system.{i}.txt").write_text(text + "\n", encoding="utf-8")
        paths = []
        for letter, ref in zip("AB", models[i]):
            p = tmp_path / "model_dir" / f"model.{letter}.{i}.txt"
            p.write_text(ref + "\n", encoding="utf-8")
            paths.append(str(p))
        lines.append(" ".join([str(tmp_path / "system_dir" / f"system.{i}.txt"), *paths]))
    exec(compile(recipe[0], "docs/rouge.md", "exec"), {})  # noqa: S102 - the project's own manual
    (tmp_path / "filelist.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for i in systems:
        # One pair at a time: the bootstrap average of one pair is its score.
        one = [r for r in (tmp_path / "summaries.jsonl").read_text("utf-8").splitlines() if f'"id": "{i}"' in r]
        refs = [r for r in (tmp_path / "references.jsonl").read_text("utf-8").splitlines() if f'"id": "{i}"' in r]
        (tmp_path / "one.jsonl").write_text(one[0] + "\n", encoding="utf-8")
        (tmp_path / "one_refs.jsonl").write_text(refs[0] + "\n", encoding="utf-8")
        (tmp_path / "one_list.txt").write_text(lines[int(i) - 1] + "\n", encoding="utf-8")
        a = run_cli(cli, "rouge", "-n", "2", "-m", "--json", "one_refs.jsonl", "one.jsonl")
        b = run_cli(cli, "rouge", "-n", "2", "-m", "--json", "-z", "SPL", "one_list.txt")
        assert a.returncode == 0 and b.returncode == 0, (a.stderr, b.stderr)
        got, want = json.loads(a.stdout), json.loads(b.stdout)
        assert got["pairs"] == want["pairs"] == 1, (got, want)
        assert set(got["metrics"]) == {"ROUGE-1", "ROUGE-2", "ROUGE-L"}, got
        assert got["metrics"]["ROUGE-1"]["R"]["mean"] > 0, got
        assert got["metrics"] == want["metrics"], (got, want)



def test_the_readme_python_example_runs_as_written():
    # README.md shows the package in one block that takes `article_text` and
    # `html_bytes` as given; it must run, and print each sentence with its
    # byte offsets into the article.
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.findall(r"```python\n(.*?)```", readme, re.S)
    assert len(code) == 1, "README.md's Python example is gone"
    page = (ROOT / "tests" / "html" / "pages" / "amp_en.html").read_bytes()
    ns = {"article_text": HARBOUR, "html_bytes": page}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code[0], "README.md", "exec"), ns)  # noqa: S102 - the project's own README
    printed = out.getvalue().splitlines()
    assert len(printed) == 3, printed
    for line in printed:
        start, end, text = line.split(" ", 2)
        assert HARBOUR.encode()[int(start):int(end)].decode() == text, line
