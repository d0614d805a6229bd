"""Reading article files: formats, headers, metadata, and every kind of bad file."""

from __future__ import annotations

import contextlib
import datetime as dt
import pathlib
from collections.abc import Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legalnews import Article, ArticleError, FormatError, LegalNewsError, Source, ValueParseError
from legalnews._document import Document
from legalnews._reading import MetadataError, ReadResult, read_articles

D = dt.date


def _write(folder: pathlib.Path, name: str, content: str | bytes) -> pathlib.Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return path


def _one(result: ReadResult) -> Article:
    assert result.problems == ()
    assert len(result.articles) == 1
    return result.articles[0]


# -- accepted inputs -----------------------------------------------------------------

TEXT_CASES = [
    pytest.param(
        b"The jury acquitted Cole Vance.\n",
        "The jury acquitted Cole Vance.",
        Source(),
        id="plain",
    ),
    pytest.param(
        b"\xef\xbb\xbfThe jury acquitted Cole Vance.",
        "The jury acquitted Cole Vance.",
        Source(),
        id="bom",
    ),
    pytest.param(
        b"The jury acquitted Cole Vance.\r\n\r\nHe left the courthouse.\r\n",
        "The jury acquitted Cole Vance.\n\nHe left the courthouse.",
        Source(),
        id="crlf",
    ),
    pytest.param(
        b" date 2022-06-09 Rancher Cole Vance was indicted.\n\nHe denies it.",
        "Rancher Cole Vance was indicted.\n\nHe denies it.",
        Source(published=D(2022, 6, 9)),
        id="date-header-leading-space",
    ),
    pytest.param(
        b"date 2022-06-09 Rancher Cole Vance was indicted.",
        "Rancher Cole Vance was indicted.",
        Source(published=D(2022, 6, 9)),
        id="date-header-no-space",
    ),
    pytest.param(
        b"date 2022-06-09\nRancher Cole Vance was indicted.",
        "Rancher Cole Vance was indicted.",
        Source(published=D(2022, 6, 9)),
        id="date-header-own-line",
    ),
    pytest.param(
        b"Date night ended in an arrest, police said.",
        "Date night ended in an arrest, police said.",
        Source(),
        id="date-word-not-header",
    ),
    pytest.param(
        b"url: https://ledger.example/vance\nOutlet: The Ledger\nPUBLISHED: 2022-06-10\n"
        b"title: Vance indicted\n\nRancher Cole Vance was indicted.",
        "Rancher Cole Vance was indicted.",
        Source("The Ledger", "https://ledger.example/vance", D(2022, 6, 10), "Vance indicted"),
        id="key-value-header",
    ),
    pytest.param(
        b"outlet: The Ledger\n\n date 2022-06-11 Vance was arraigned.",
        "Vance was arraigned.",
        Source(outlet="The Ledger", published=D(2022, 6, 11)),
        id="key-value-then-date-header",
    ),
    pytest.param(
        b"Update: The hearing was moved to Friday.\n\nVance did not attend.",
        "Update: The hearing was moved to Friday.\n\nVance did not attend.",
        Source(),
        id="update-is-not-a-header",
    ),
    pytest.param(
        b"outlet: The Ledger\nUpdate: moved\n\nVance did not attend.",
        "outlet: The Ledger\nUpdate: moved\n\nVance did not attend.",
        Source(),
        id="header-with-unknown-key-is-text",
    ),
    pytest.param(
        b"title: Vance indicted\nRancher Cole Vance was indicted.",
        "title: Vance indicted\nRancher Cole Vance was indicted.",
        Source(),
        id="header-needs-blank-line",
    ),
]


@pytest.mark.parametrize(("raw", "text", "source"), TEXT_CASES)
def test_plain_text_forms(tmp_path: pathlib.Path, raw: bytes, text: str, source: Source) -> None:
    """Each accepted text form yields the body as text and the header as source."""
    path = _write(tmp_path, "a.txt", raw)
    article = _one(read_articles([path]))
    assert article.text == text
    assert article.source == source
    assert article.source.path == str(path)


@pytest.mark.parametrize(("raw", "text", "source"), TEXT_CASES)
def test_from_text_understands_the_same_headers(raw: bytes, text: str, source: Source) -> None:
    """Article.from_text reads the same headers as the file reader."""
    article = Article.from_text(raw.decode("utf-8"))
    assert (article.text, article.source) == (text, source)


def test_from_text_arguments_win_over_header() -> None:
    """Keyword arguments of from_text override the header, field by field."""
    article = Article.from_text(
        "outlet: The Ledger\ntitle: Old title\n\nVance was arraigned.",
        title="New title",
        published="2022-06-12",
    )
    assert article.source == Source("The Ledger", None, D(2022, 6, 12), "New title")


@pytest.mark.parametrize(
    ("text", "kwargs", "error"),
    [
        pytest.param(" date 2022-13-40 Vance was arraigned.", {}, FormatError, id="header"),
        pytest.param("published: soon\n\nVance was arraigned.", {}, FormatError, id="block"),
        pytest.param("Vance.", {"published": "June 9"}, ValueParseError, id="argument"),
        pytest.param(" \n\t ", {}, FormatError, id="empty"),
    ],
)
def test_from_text_rejects_bad_input(
    text: str, kwargs: Mapping[str, str], error: type[LegalNewsError]
) -> None:
    """from_text raises a LegalNewsError for a bad date or an empty text."""
    with pytest.raises(error):
        Article.from_text(text, **kwargs)


def test_same_article_read_twice_is_the_same(tmp_path: pathlib.Path) -> None:
    """An article read from two files, with CRLF or not, has one id."""
    a = _write(tmp_path, "a.txt", b"Vance was arraigned.\n")
    b = _write(tmp_path, "b.txt", b"\xef\xbb\xbfVance was arraigned.\r\n")
    first, second = read_articles([a, b]).articles
    assert first.id == second.id == Article.from_text("Vance was arraigned.").id


def test_single_path_is_accepted(tmp_path: pathlib.Path) -> None:
    """A lone path (not in a list) is read as one path, not as characters."""
    path = _write(tmp_path, "a.txt", "Vance was arraigned.")
    assert _one(read_articles(str(path))).text == "Vance was arraigned."


# -- JSON Lines ------------------------------------------------------------------------


def test_jsonl_reads_good_lines_and_names_the_bad_one(tmp_path: pathlib.Path) -> None:
    """A malformed JSONL line is a problem with its line number; other lines are read."""
    path = _write(
        tmp_path,
        "feed.jsonl",
        '{"text": "Vance was indicted.", "outlet": "The Ledger", "published": "2022-06-09"}\n'
        "\n"
        '{"text": "Vance pleaded not guilty.", "url": "https://x.example/2"\n'
        '{"text": "Vance was acquitted.", "title": "Acquitted", "published": null}\n',
    )
    result = read_articles([path])
    assert [a.text for a in result.articles] == ["Vance was indicted.", "Vance was acquitted."]
    assert result.articles[0].source == Source("The Ledger", None, D(2022, 6, 9), None)
    assert result.articles[1].source == Source(title="Acquitted")
    assert all(a.source.path == str(path) for a in result.articles)
    (problem,) = result.problems
    assert problem.path == str(path)
    assert "line 3" in str(problem)
    assert "one JSON object per line" in problem.message


@pytest.mark.parametrize(
    ("line", "fragment", "read"),
    [
        pytest.param('["not", "an", "object"]', '"text"', False, id="not-object"),
        pytest.param('{"outlet": "The Ledger"}', '"text"', False, id="no-text"),
        pytest.param('{"text": "   "}', '"text"', False, id="blank-text"),
        pytest.param('{"text": "Vance left.", "outlet": 7}', '"outlet" must be', True, id="type"),
        pytest.param('{"text": "Vance left.", "published": "May"}', "not a date", True, id="date"),
        pytest.param("[" * 100_000, "cannot be read as JSON", False, id="deep-nesting"),
    ],
)
def test_jsonl_record_problems(
    tmp_path: pathlib.Path, line: str, fragment: str, read: bool
) -> None:
    """A bad record is explained; a bad field loses only that field."""
    path = _write(tmp_path, "feed.jsonl", line + "\n")
    result = read_articles([path])
    assert len(result.articles) == int(read)
    assert any(fragment in p.message and "line 1" in str(p) for p in result.problems)


def test_jsonl_problems_are_capped(tmp_path: pathlib.Path) -> None:
    """A text file named .jsonl gives a few line problems and a summary, not thousands."""
    path = _write(tmp_path, "notes.jsonl", "just prose\n" * 500)
    problems = read_articles([path]).problems
    assert 2 <= len(problems) <= 25
    assert "more bad lines" in problems[-1].message


# -- sources.toml and precedence ---------------------------------------------------------


def test_sources_toml_supplies_metadata(tmp_path: pathlib.Path) -> None:
    """sources.toml gives outlet, date (TOML date or string), url and title by file name."""
    _write(tmp_path, "a.txt", "Vance was indicted.")
    _write(tmp_path, "b.txt", "Vance was acquitted.")
    _write(
        tmp_path,
        "sources.toml",
        '["a.txt"]\noutlet = "The Ledger"\npublished = 2022-06-09\n\n'
        '["b.txt"]\npublished = "2022-07-01"\nurl = "https://x.example/b"\ntitle = "Free"\n',
    )
    result = read_articles([tmp_path])
    assert result.problems == ()
    assert [a.source for a in result.articles] == [
        Source(outlet="The Ledger", published=D(2022, 6, 9)),
        Source(url="https://x.example/b", published=D(2022, 7, 1), title="Free"),
    ]


def test_sources_toml_beside_a_single_file(tmp_path: pathlib.Path) -> None:
    """A file given alone still picks up the sources.toml in its folder."""
    path = _write(tmp_path, "a.txt", "Vance was indicted.")
    _write(tmp_path, "sources.toml", '["a.txt"]\noutlet = "The Ledger"\n')
    assert Article.from_path(path).source.outlet == "The Ledger"


def test_precedence_argument_over_toml_over_header(tmp_path: pathlib.Path) -> None:
    """Per field: metadata= wins over sources.toml, which wins over the file's header."""
    path = _write(
        tmp_path,
        "a.txt",
        "outlet: Header Outlet\ntitle: Header Title\nurl: https://header.example\n"
        "published: 2022-01-01\n\nVance was indicted.",
    )
    _write(
        tmp_path,
        "sources.toml",
        '["a.txt"]\noutlet = "Toml Outlet"\ntitle = "Toml Title"\n',
    )
    result = read_articles([path], metadata={"a.txt": Source(outlet="Given Outlet")})
    assert _one(result).source == Source(
        "Given Outlet", "https://header.example", D(2022, 1, 1), "Toml Title"
    )


def test_metadata_argument_matches_paths_and_names(tmp_path: pathlib.Path) -> None:
    """metadata= keys may be file names or paths; a path wins over a bare name."""
    a = _write(tmp_path, "a.txt", "Vance was indicted.")
    b = _write(tmp_path, "b.txt", "Vance was acquitted.")
    given = {"a.txt": Source(outlet="By name"), str(a): Source(outlet="By path")}
    given["b.txt"] = Source(outlet="Name only")
    result = read_articles([a, b], metadata=given)
    assert [x.source.outlet for x in result.articles] == ["By path", "Name only"]


def test_malformed_sources_toml_is_reported_and_ignored(tmp_path: pathlib.Path) -> None:
    """Broken TOML is a FormatError-based problem naming file and line; articles still load."""
    _write(tmp_path, "a.txt", " date 2022-06-09 Vance was indicted.")
    toml = _write(tmp_path, "sources.toml", '["a.txt"]\noutlet = "The Ledger\n')
    result = read_articles([tmp_path])
    assert [a.source for a in result.articles] == [Source(published=D(2022, 6, 9))]
    (problem,) = result.problems
    assert isinstance(problem, MetadataError)
    assert isinstance(problem, FormatError)
    assert isinstance(problem, ArticleError)
    assert problem.path == str(toml)
    assert problem.where == "line 2"
    assert "not valid TOML" in problem.message


@pytest.mark.parametrize(
    ("toml", "fragment", "source"),
    [
        pytest.param(
            '["a.txt"]\nautor = "X"\noutlet = "The Ledger"\n',
            "unknown key 'autor'",
            Source(outlet="The Ledger"),
            id="unknown-key",
        ),
        pytest.param(
            '["a.txt"]\npublished = "last week"\n', "not a date", Source(), id="bad-date"
        ),
        pytest.param('["a.txt"]\noutlet = 5\n', "must be a string", Source(), id="bad-type"),
        pytest.param('"a.txt" = "The Ledger"\n', "must be a table", Source(), id="not-table"),
        pytest.param(
            '["a.txt"]\noutlet = "The Ledger"\n["b.txt"]\noutlet = "Gone"\n',
            "not an article file",
            Source(outlet="The Ledger"),
            id="unknown-file",
        ),
    ],
)
def test_sources_toml_entry_problems(
    tmp_path: pathlib.Path, toml: str, fragment: str, source: Source
) -> None:
    """A bad entry in sources.toml is explained and the article keeps the good fields."""
    _write(tmp_path, "a.txt", "Vance was indicted.")
    _write(tmp_path, "sources.toml", toml)
    result = read_articles([tmp_path])
    assert [a.source for a in result.articles] == [source]
    assert any(fragment in p.message for p in result.problems), result.problems


# -- folders -------------------------------------------------------------------------------


def test_folder_reads_article_files_sorted_and_skips_the_rest(tmp_path: pathlib.Path) -> None:
    """A folder gives its .txt, .md and .jsonl files in name order, not subfolders or others."""
    _write(tmp_path, "b.md", "Second article.")
    _write(tmp_path, "a.txt", "First article.")
    _write(tmp_path, "c.jsonl", '{"text": "Third article."}\n')
    _write(tmp_path, "notes.csv", "not,an,article")
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "d.txt", "Nested article.")
    result = read_articles([tmp_path])
    assert result.problems == ()
    assert [a.text for a in result.articles] == [
        "First article.",
        "Second article.",
        "Third article.",
    ]


def test_one_bad_file_does_not_stop_the_others(tmp_path: pathlib.Path) -> None:
    """Bad files become problems while every good file is still read."""
    _write(tmp_path, "a.txt", "First article.")
    _write(tmp_path, "b.txt", b"")
    _write(tmp_path, "c.txt", b"caf\xe9 owner charged")
    _write(tmp_path, "d.txt", "Last article.")
    result = read_articles([tmp_path, tmp_path / "missing.txt"])
    assert [a.text for a in result.articles] == ["First article.", "Last article."]
    assert [pathlib.Path(p.path).name for p in result.problems] == [
        "b.txt",
        "c.txt",
        "missing.txt",
    ]


# -- problems ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        pytest.param(b"", ["is empty"], id="empty"),
        pytest.param(b"  \n\t\r\n ", ["is empty"], id="whitespace"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["binary", "NUL"], id="nul"),
        pytest.param(bytes(range(1, 32)) * 20 + b"text", ["binary"], id="control-chars"),
        pytest.param(b"\x81\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 30, ["binary"], id="noise"),
        pytest.param(
            "Vance visited the café.".encode("latin-1"),
            ["not valid UTF-8", "offset 21", "0xe9", "re-save it as UTF-8"],
            id="latin-1",
        ),
        pytest.param(
            b"\xef\xbb\xbfOK\xff",
            ["not valid UTF-8", "offset 5"],
            id="offset-counts-bom",
        ),
        pytest.param(
            "Vance left.".encode("utf-16"), ["UTF-16", "re-save it as UTF-8"], id="utf-16"
        ),
        pytest.param(b"title: Only a title\n\n", ["header but no article text"], id="no-body"),
        pytest.param(b" date 2022-06-09 ", ["header but no article text"], id="date-no-body"),
    ],
)
def test_bad_files_are_explained(
    tmp_path: pathlib.Path, content: bytes, fragments: list[str]
) -> None:
    """Each kind of bad file is one ArticleError naming the file and saying what to do."""
    path = _write(tmp_path, "bad.txt", content)
    result = read_articles([path])
    assert result.articles == ()
    (problem,) = result.problems
    assert isinstance(problem, ArticleError)
    assert problem.path == str(path)
    for fragment in fragments:
        assert fragment in problem.message
    with pytest.raises(ArticleError):
        Article.from_path(path)


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(" date 2022-02-30 ", id="glued"),
        pytest.param("published: 2022-02-30\n\n", id="block"),
        pytest.param("published: next week\n\n", id="words"),
    ],
)
def test_bad_published_date_is_a_problem_but_the_article_is_read(
    tmp_path: pathlib.Path, header: str
) -> None:
    """A header date that is not a date is reported; the article is read without it."""
    path = _write(tmp_path, "a.txt", header + "Vance was indicted.")
    result = read_articles([path])
    assert [(a.text, a.source.published) for a in result.articles] == [
        ("Vance was indicted.", None)
    ]
    (problem,) = result.problems
    assert isinstance(problem, MetadataError)
    assert "not a date" in problem.message
    assert "YYYY-MM-DD" in problem.message


def test_missing_path(tmp_path: pathlib.Path) -> None:
    """A path that does not exist is a problem that says to check the path."""
    result = read_articles([tmp_path / "nowhere.txt"])
    (problem,) = result.problems
    assert "does not exist" in problem.message
    assert problem.path == str(tmp_path / "nowhere.txt")


def test_folder_without_articles(tmp_path: pathlib.Path) -> None:
    """A folder with no article files is a problem, not a silent empty result."""
    _write(tmp_path, "notes.csv", "a,b")
    (problem,) = read_articles([tmp_path]).problems
    assert "contains no articles" in problem.message


def test_unreadable_file(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that cannot be opened for permissions is a problem saying so."""
    path = _write(tmp_path, "locked.txt", "Vance was indicted.")
    original = pathlib.Path.read_bytes

    def deny(self: pathlib.Path) -> bytes:
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", deny)
    (problem,) = read_articles([path]).problems
    assert "permission denied" in problem.message


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        pytest.param(None, None, "is a folder", id="folder"),
        pytest.param(
            "two.jsonl", '{"text": "One."}\n{"text": "Two."}\n', "holds 2 articles", id="two"
        ),
    ],
)
def test_from_path_wants_exactly_one_article(
    tmp_path: pathlib.Path, name: str | None, content: str | None, fragment: str
) -> None:
    """Article.from_path raises when the path does not hold exactly one article."""
    path = tmp_path if name is None else _write(tmp_path, name, content or "")
    with pytest.raises(ArticleError, match=fragment):
        Article.from_path(path)


def test_from_path_reads_one_article(tmp_path: pathlib.Path) -> None:
    """Article.from_path returns the article with its source and path."""
    path = _write(tmp_path, "a.txt", " date 2022-06-09 Vance was indicted.")
    article = Article.from_path(path)
    assert article.source == Source(published=D(2022, 6, 9))
    assert article.source.path == str(path)


# -- robustness ----------------------------------------------------------------------------------


@settings(max_examples=150)
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".txt", ".jsonl", ".md"]))
def test_arbitrary_bytes_never_raise_anything_but_legalnews_errors(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    """Reading any bytes returns problems or articles; from_path raises only LegalNewsError."""
    path = tmp_path_factory.mktemp("bytes") / f"x{suffix}"
    path.write_bytes(data)
    result = read_articles([path])
    assert all(isinstance(p, ArticleError) for p in result.problems)
    for article in result.articles:
        Document.from_article(article)
    with contextlib.suppress(LegalNewsError):
        Article.from_path(path)


@settings(max_examples=150)
@given(text=st.text(max_size=300))
def test_from_text_never_raises_anything_but_legalnews_errors(text: str) -> None:
    """Any string is an article or a LegalNewsError, never a crash."""
    with contextlib.suppress(LegalNewsError):
        Document.from_article(Article.from_text(text))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a. " * 10**6, id="periods"),
        pytest.param('"' * 3 * 10**6, id="quotes"),
        pytest.param("Mr. " * 700_000, id="abbreviations"),
        pytest.param("title: x\n" * 300_000, id="header-lines"),
    ],
)
def test_hostile_three_megabyte_line_is_read(tmp_path: pathlib.Path, text: str) -> None:
    """A 3 MB hostile file is read and prepared in linear time (no timing asserted)."""
    path = _write(tmp_path, "big.txt", text)
    article = _one(read_articles([path]))
    Document.from_article(article)
