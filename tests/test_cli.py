"""The ``legalnews`` command: each subcommand; a clear message, never a traceback, on bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from legalnews import (
    Case,
    FuzzyDate,
    build,
    from_json,
    load_factsheet,
    merge,
    render_report,
    render_summary,
    score,
    to_factsheet,
    to_json,
)
from legalnews._cli import main

RUST = Path(__file__).resolve().parents[1] / "examples" / "rust"
ARTICLES = RUST / "articles"
KEY = RUST / "key.json"
SECTIONS = {
    "persons",
    "proceedings",
    "charges",
    "sentences",
    "settlements",
    "events",
    "conflicts",
    "micro",
}
COUNTS = {"p", "r", "f", "tp", "fp", "fn"}


@pytest.fixture(scope="module")
def case() -> Case:
    """The Rust case, built through the library."""
    return build([ARTICLES]).case


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory, case: Case) -> Path:
    """The Rust case saved as JSON, as ``legalnews build -o`` writes it."""
    path = tmp_path_factory.mktemp("saved") / "case.json"
    path.write_text(to_json(case) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def facts(tmp_path_factory: pytest.TempPathFactory, case: Case) -> Path:
    """The Rust fact sheet saved as JSON, as ``legalnews build --facts`` writes it."""
    path = tmp_path_factory.mktemp("facts") / "facts.json"
    path.write_text(json.dumps(to_factsheet(case), indent=2), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Run the command line in process; its exit status, stdout and stderr."""
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def fails_cleanly(
    capsys: pytest.CaptureFixture[str], *argv: str | Path, says: str
) -> tuple[str, str]:
    """Run a command that must fail with status 1 and a one-line explanation."""
    status, out, err = run(capsys, *argv)
    assert status == 1, (out, err)
    assert "Traceback" not in err
    assert "legalnews: error: " in err
    assert says in err
    return out, err


# -- build --------------------------------------------------------------------------


def test_build_writes_the_case_and_the_fact_sheet_quietly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: Case
) -> None:
    """``build -o --facts -q`` writes both files and prints nothing."""
    out_path, facts_path = tmp_path / "case.json", tmp_path / "facts.json"
    status, out, err = run(capsys, "build", ARTICLES, "-o", out_path, "--facts", facts_path, "-q")
    assert (status, out, err) == (0, "", "")
    assert from_json(out_path.read_text(encoding="utf-8"), Case) == case
    assert load_factsheet(facts_path) == to_factsheet(case)


def test_build_prints_a_summary_by_default(capsys: pytest.CaptureFixture[str], case: Case) -> None:
    """Without ``-q``, build prints the counts and the case's summary."""
    status, out, err = run(capsys, "build", ARTICLES)
    assert (status, err) == (0, "")
    assert out == f"5 articles, {len(case.claims)} claims\n{render_summary(case)}\n"


def test_build_long_options_and_title(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``--output``, ``--quiet`` and ``--title`` work as their short forms do."""
    facts_path = tmp_path / "facts.json"
    status, out, _ = run(
        capsys,
        "build",
        ARTICLES,
        "--output",
        tmp_path / "case.json",
        "--facts",
        facts_path,
        "--title",
        "Rust",
        "--quiet",
    )
    assert (status, out) == (0, "")
    assert load_factsheet(facts_path)["title"] == "Rust"


def test_build_with_chosen_extractors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """``--extractors`` runs only the extractors named."""
    path = tmp_path / "case.json"
    status, _, _ = run(capsys, "build", ARTICLES, "-q", "-o", path, "--extractors", "charges")
    assert status == 0
    saved = from_json(path.read_text(encoding="utf-8"), Case)
    assert {c.extractor for c in saved.claims} == {"charges"}


def test_build_with_an_unknown_extractor(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown extractor name is an error listing the registered ones."""
    fails_cleanly(
        capsys, "build", ARTICLES, "--extractors", "parties,nope", says="no extractor named 'nope'"
    )


def test_build_warns_about_a_bad_file_and_builds_the_rest(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """One unreadable file among good ones is a warning, not a failure."""
    folder = tmp_path / "articles"
    shutil.copytree(ARTICLES, folder)
    (folder / "zzz_empty.txt").write_text("", encoding="utf-8")
    status, out, err = run(capsys, "build", folder)
    assert status == 0
    assert out.startswith("5 articles, ")
    assert "legalnews: warning: " in err
    assert "zzz_empty.txt" in err
    assert "Traceback" not in err


# -- merge --------------------------------------------------------------------------


def test_merge_two_saved_cases(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, case: Case
) -> None:
    """Cases built from two halves of the articles merge into the case built from all."""
    files = sorted(ARTICLES.glob("*.txt"))
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert run(capsys, "build", *files[:2], "-q", "-o", first)[0] == 0
    assert run(capsys, "build", *files[2:], "-q", "-o", second)[0] == 0
    merged, facts_path = tmp_path / "merged.json", tmp_path / "facts.json"

    status, out, err = run(capsys, "merge", first, second, "-o", merged, "--facts", facts_path)

    assert (status, out, err) == (0, "", "")
    result = from_json(merged.read_text(encoding="utf-8"), Case)
    assert result == case
    assert result == merge(
        from_json(first.read_text(encoding="utf-8"), Case),
        from_json(second.read_text(encoding="utf-8"), Case),
    )
    assert load_factsheet(facts_path) == to_factsheet(case)


def test_merge_needs_an_output(capsys: pytest.CaptureFixture[str], saved: Path) -> None:
    """``merge`` without ``-o`` is a usage error (status 2), not a traceback."""
    with pytest.raises(SystemExit) as info:
        main(["merge", str(saved)])
    assert info.value.code == 2
    assert "-o/--output" in capsys.readouterr().err


# -- score --------------------------------------------------------------------------


def test_score_prints_the_table(capsys: pytest.CaptureFixture[str], facts: Path) -> None:
    """``score`` prints the section table, micro last."""
    status, out, err = run(capsys, "score", facts, KEY)
    expected = score(load_factsheet(facts), load_factsheet(KEY))
    assert (status, err) == (0, "")
    assert out == expected.render() + "\n"
    assert out.splitlines()[0].split() == [
        "section",
        "precision",
        "recall",
        "f1",
        "tp",
        "fp",
        "fn",
    ]
    assert out.splitlines()[-1].startswith("micro")


def test_score_json(capsys: pytest.CaptureFixture[str], facts: Path) -> None:
    """``score --json`` prints every section and micro, each with p, r, f, tp, fp, fn."""
    status, out, err = run(capsys, "score", facts, KEY, "--json")
    assert (status, err) == (0, "")
    data = json.loads(out)
    assert set(data) == SECTIONS
    assert all(set(counts) == COUNTS for counts in data.values())
    assert data == score(load_factsheet(facts), load_factsheet(KEY)).as_dict()
    assert data["micro"]["f"] >= 0.9


def test_score_the_key_against_itself(capsys: pytest.CaptureFixture[str]) -> None:
    """The key scores 1.0 against itself."""
    status, out, _ = run(capsys, "score", KEY, KEY, "--json")
    assert status == 0
    assert json.loads(out)["micro"]["f"] == 1.0


# -- report and extractors ----------------------------------------------------------


def test_report(capsys: pytest.CaptureFixture[str], saved: Path, case: Case) -> None:
    """``report`` prints the saved case's report."""
    status, out, err = run(capsys, "report", saved)
    assert (status, err) == (0, "")
    assert out == render_report(case) + "\n"
    assert "Alec Baldwin" in out


def test_extractors(capsys: pytest.CaptureFixture[str]) -> None:
    """``extractors`` lists the built-ins: name, version and class, tab-separated."""
    status, out, _ = run(capsys, "extractors")
    assert status == 0
    rows = {line.split("\t")[0]: line.split("\t") for line in out.splitlines()}
    assert {"charges", "court", "parties"} <= set(rows)
    assert rows["parties"] == ["parties", "1", "legalnews._extractors._parties.PartiesExtractor"]
    assert all(len(row) == 3 for row in rows.values())


# -- bad input ----------------------------------------------------------------------


def test_report_of_malformed_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A case file that is not JSON is named, with the line and column."""
    path = tmp_path / "bad.json"
    path.write_text('{"format": "legalnews/1",\n "data": [}', encoding="utf-8")
    _, err = fails_cleanly(capsys, "report", path, says=str(path))
    assert "not valid JSON" in err
    assert "line 2" in err


@pytest.mark.parametrize(
    "content",
    [
        pytest.param('{"name": "Alec Baldwin"}', id="object"),
        pytest.param("[1, 2, 3]", id="array"),
        pytest.param('"a string"', id="string"),
        pytest.param('{"format": "legalnews.factsheet/1", "persons": []}', id="fact-sheet"),
    ],
)
def test_report_of_json_that_is_not_a_case(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str
) -> None:
    """JSON that is not a legalnews document is refused by name."""
    path = tmp_path / "other.json"
    path.write_text(content, encoding="utf-8")
    fails_cleanly(capsys, "report", path, says="not a legalnews document")


def test_report_of_another_legalnews_type(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A legalnews document of another type than Case says what it found."""
    path = tmp_path / "date.json"
    path.write_text(to_json(FuzzyDate(2021, 10)), encoding="utf-8")
    fails_cleanly(capsys, "report", path, says="expected a Case, found a FuzzyDate")


def test_merge_of_malformed_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, saved: Path
) -> None:
    """A malformed case among good ones stops the merge, naming the bad file."""
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    fails_cleanly(capsys, "merge", saved, bad, "-o", tmp_path / "out.json", says=str(bad))
    assert not (tmp_path / "out.json").exists()


@pytest.mark.parametrize("command", ["report", "merge"])
def test_missing_case_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    """A case file that does not exist is an error naming it."""
    missing = tmp_path / "missing.json"
    extra = ["-o", str(tmp_path / "out.json")] if command == "merge" else []
    fails_cleanly(capsys, command, missing, *extra, says=f"{missing}: cannot read")


def test_build_of_a_missing_path(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A path that does not exist is a warning naming it, then an error."""
    missing = tmp_path / "nowhere"
    _, err = fails_cleanly(capsys, "build", missing, says="no article could be read")
    assert f"legalnews: warning: {missing}" in err


def test_build_of_a_folder_of_junk(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A folder with only an empty and a binary file: a warning each, then an error."""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01\xff\xfe")
    _, err = fails_cleanly(capsys, "build", tmp_path, says="no article could be read")
    warnings = [line for line in err.splitlines() if line.startswith("legalnews: warning: ")]
    assert len(warnings) == 2
    assert any(f"{tmp_path / 'empty.txt'}: is empty" in w for w in warnings)
    assert any(f"{tmp_path / 'image.txt'}: " in w and "binary" in w for w in warnings)


@pytest.mark.parametrize("where", ["missing-folder", "a-folder"])
@pytest.mark.parametrize("option", ["-o", "--facts"])
def test_build_to_an_unwritable_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, where: str, option: str
) -> None:
    """An output path that cannot be written is an error naming it."""
    target = tmp_path / "no" / "such" / "dir" / "x.json" if where == "missing-folder" else tmp_path
    _, err = fails_cleanly(capsys, "build", ARTICLES, option, target, "-q", says=str(target))
    assert "cannot write" in err


def test_merge_to_an_unwritable_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, saved: Path
) -> None:
    """``merge -o`` into a folder that does not exist is an error naming it."""
    target = tmp_path / "no" / "out.json"
    fails_cleanly(capsys, "merge", saved, "-o", target, says=f"{target}: cannot write")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        pytest.param("{", "not valid JSON", id="not-json"),
        pytest.param("[]", "a fact sheet is a JSON object", id="array"),
        pytest.param('{"persons": []}', "no format tag", id="no-format"),
        pytest.param('{"format": "legalnews/1"}', "unknown format", id="a-case-not-a-key"),
        pytest.param(
            '{"format": "legalnews.factsheet/1", "persons": {"name": "Baldwin"}}',
            "persons",
            id="section-not-a-list",
        ),
    ],
)
def test_score_with_a_malformed_key(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, facts: Path, content: str, says: str
) -> None:
    """A malformed answer key is an error naming the file and what is wrong."""
    key = tmp_path / "key.json"
    key.write_text(content, encoding="utf-8")
    _, err = fails_cleanly(capsys, "score", facts, key, says=str(key))
    assert says in err


def test_score_with_a_key_that_is_not_utf8(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, facts: Path
) -> None:
    """A key in another encoding is an error saying to save it as UTF-8."""
    key = tmp_path / "key.json"
    key.write_bytes('{"format": "legalnews.factsheet/1", "title": "Peña"}'.encode("latin-1"))
    fails_cleanly(capsys, "score", facts, key, says="UTF-8")


@pytest.mark.parametrize("which", ["output", "key"])
def test_score_with_a_missing_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, facts: Path, which: str
) -> None:
    """A fact sheet or key that does not exist is an error naming it."""
    missing = tmp_path / "missing.json"
    args = (missing, KEY) if which == "output" else (facts, missing)
    fails_cleanly(capsys, "score", *args, says=str(missing))


def test_an_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown subcommand exits with status 2 and argparse's usage message."""
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "usage: legalnews" in err
    assert "Traceback" not in err


# -- the installed console script ---------------------------------------------------


def console_script() -> list[str]:
    """The installed ``legalnews`` command, or the module run by this interpreter."""
    beside = Path(sys.executable).with_name("legalnews")
    found = str(beside) if beside.exists() else shutil.which("legalnews")
    return [found] if found else [sys.executable, "-m", "legalnews._cli"]


def test_console_script_help() -> None:
    """The installed ``legalnews --help`` runs and lists the subcommands."""
    done = subprocess.run(
        [*console_script(), "--help"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: legalnews")
    for command in ("build", "merge", "score", "report", "extractors"):
        assert command in done.stdout


def test_console_script_error(tmp_path: Path) -> None:
    """The installed command exits 1 with a message, not a traceback, on a bad file."""
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    done = subprocess.run(
        [*console_script(), "report", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.startswith(f"legalnews: error: {bad}")
    assert "Traceback" not in done.stderr
