"""Shared fixtures: the built CLI, ../shared, and small texts written for these tests.

CTest runs these files with the freshly built package first on PYTHONPATH,
LEDE_CLI pointing at the built `lede` binary and LEDE_DEFAULT_SHARED_DIR at
../shared; $LEDE_SHARED_DIR, when set, names the data instead.
"""

from __future__ import annotations

import os
import pathlib
import subprocess

import pytest

# Three short made-up news stories (written for these tests).
HARBOUR = (
    "The harbour board approved a new ferry timetable on Monday.\n\n"
    "Boats will leave every twenty minutes during the summer season. "
    "Fares stay at their current level until next spring.\n\n"
    "Residents of the island had asked for later evening crossings. "
    "The first late ferry sails on 3 June."
)
LIBRARY = (
    "Café owners near the old library welcomed the plan. "
    "The library, closed since 2019, will reopen as a reading room. "
    "Its façade, damaged in a storm, is being repaired."
)
ORCHARD = (
    "An orchard cooperative reported its largest apple harvest in a decade. "
    "Members said cool nights in September helped the fruit. "
    "Prices at the market fell slightly as a result."
)

# A German report on a page that declares its language: `learned` picks a
# different first sentence when it reads the text as English.
GERMAN_PAGE = (
    "<!DOCTYPE html><html lang='de'><head><title>Neue Brücke</title></head><body><article>"
    "<h1>Neue Brücke</h1><p>Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss "
    "beschlossen. Die Kosten liegen bei zwölf Millionen Euro, die zum größten Teil das Land trägt.</p>"
    "<p>Bürgermeisterin Anna Roth sagte, die Brücke verbinde endlich die beiden Ufer der Stadt. Gegner "
    "wollten das Geld lieber für Schulen ausgeben.</p></article></body></html>")


@pytest.fixture(scope="session")
def cli() -> pathlib.Path:
    path = os.environ.get("LEDE_CLI")
    if not path or not os.access(path, os.X_OK):
        pytest.skip("LEDE_CLI does not name the built lede binary (run through ctest)")
    return pathlib.Path(path)


@pytest.fixture(scope="session")
def shared_dir() -> pathlib.Path:
    # $LEDE_SHARED_DIR wins over CTest's default (the source tree's ../shared,
    # absent from a git worktree).
    path = pathlib.Path(
        os.environ.get("LEDE_SHARED_DIR") or os.environ.get("LEDE_DEFAULT_SHARED_DIR") or "../shared"
    )
    if not (path / "data").is_dir():
        pytest.skip(f"../shared data is absent ({path}); skipping tests that need it")
    return path


def run_cli(cli: pathlib.Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(cli), *args], input=stdin, capture_output=True, check=False)
