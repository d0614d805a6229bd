"""Reading article files into :class:`Article` objects, one bad file at a time.

Plain text (``.txt``, ``.md``), text with a header, and JSON Lines are read;
a ``sources.toml`` beside the files supplies what the articles do not say
about themselves. Every problem is collected, named by file and explained,
so that one bad file never costs the others.

Metadata precedence, field by field (outlet, url, published, title): the
``metadata=`` argument of :func:`read_articles` wins over ``sources.toml``,
which wins over the file's own header (or the JSON Lines record). A field a
stronger source leaves unset falls through to a weaker one.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import attrs

from ._errors import ArticleError, FormatError, ValueParseError
from ._sources import Article, Source

__all__ = [
    "ARTICLE_SUFFIXES",
    "METADATA_FILE",
    "MetadataError",
    "ReadResult",
    "read_articles",
]

ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".jsonl", ".md")
"""The file name endings read from a folder."""

METADATA_FILE = "sources.toml"
"""The metadata file picked up from an article's folder."""

_HEADER_KEYS: Mapping[str, str] = {
    "url": "url",
    "outlet": "outlet",
    "published": "published",
    "date": "published",
    "title": "title",
}
_SOURCE_FIELDS = ("outlet", "url", "published", "title")
_MAX_HEADER_LINES = 8
_MAX_LINE_PROBLEMS = 20

_DATE_HEADER = re.compile(
    r"[ \t]*date[ \t]+(\d{4}-\d{1,2}-\d{1,2})(?:[ \t]+|[ \t]*\n|[ \t]*$)", re.IGNORECASE
)
_HEADER_LINE = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*:[ \t]*(.*?)[ \t]*")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TOML_LINE = re.compile(r"at line (\d+)")

# Control characters that never occur in an article (tab, newlines and form
# feed do); a text made mostly of them is binary data, not an article.
_CONTROLS = [*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F]
_CONTROL_CHARS = dict.fromkeys([*_CONTROLS, *range(0x80, 0xA0)])
_CONTROL_BYTES = bytes(_CONTROLS)
_BINARY_RATIO = 0.1


class MetadataError(ArticleError, FormatError):  # type: ignore[misc]  # both bases define path
    """An article's metadata is malformed: ``sources.toml``, a header, a record.

    It is both an :class:`ArticleError` (it is reported among the problems of
    :func:`read_articles`) and a :class:`FormatError` (a malformed document);
    the articles concerned are still read, without the bad metadata.

    Args:
        path: the file holding the metadata.
        message: what is wrong and what to do about it.
        where: the place in the file (``line 3``, ``["a.txt"].published``).
    """

    def __init__(self, path: str, message: str, *, where: str | None = None):
        FormatError.__init__(self, message, path=path, where=where)


@attrs.frozen
class ReadResult:
    """The articles read, and the problems met on the way.

    Args:
        articles: the articles, in the order of the paths (a folder's files
            sorted by name, a JSON Lines file's records in line order).
        problems: one error per problem, each naming its file and saying what
            to do; some (a bad date, a malformed ``sources.toml``) leave the
            article read without the bad part.
    """

    articles: tuple[Article, ...] = ()
    problems: tuple[ArticleError, ...] = ()


def read_articles(
    paths: Iterable[str | os.PathLike[str]], *, metadata: Mapping[str, Source] | None = None
) -> ReadResult:
    """Read article files and folders, collecting problems instead of stopping.

    A folder contributes its ``*.txt``, ``*.jsonl`` and ``*.md`` files, sorted
    by name, and its ``sources.toml``; a file also picks up the
    ``sources.toml`` beside it. Metadata precedence, per field: ``metadata``
    > ``sources.toml`` > the file's own header.

    Args:
        paths: files and folders (a single path is accepted too).
        metadata: sources by file name or path, for files that do not say
            where they come from.

    Returns:
        The articles and the problems; never raises for bad input.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text(" date 2023-03-01 The jury was seated.\\n")
    >>> _ = (folder / "b.txt").write_bytes(b"")
    >>> result = read_articles([folder])
    >>> [(a.text, str(a.source.published)) for a in result.articles]
    [('The jury was seated.', '2023-03-01')]
    >>> result.problems[0].message
    'is empty; remove it or put the article text in it'
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    reader = _Reader(metadata or {})
    for path in paths:
        reader.add(path)
    return ReadResult(tuple(reader.articles), tuple(reader.problems))


def read_article(path: str | os.PathLike[str]) -> Article:
    """The one article in ``path``; the first problem is raised (see Article.from_path)."""
    display = os.fspath(path)
    if Path(path).is_dir():
        raise ArticleError(display, "is a folder; use read_articles() to read a folder")
    result = read_articles([path])
    if result.problems:
        raise result.problems[0]
    if len(result.articles) != 1:
        raise ArticleError(
            display,
            f"holds {len(result.articles)} articles; use read_articles() to read them all",
        )
    return result.articles[0]


def article_from_text(
    text: str,
    *,
    outlet: str | None = None,
    url: str | None = None,
    published: dt.date | str | None = None,
    title: str | None = None,
) -> Article:
    """Article.from_text's work: parse headers, let the arguments win."""
    if isinstance(published, str):
        date = _parse_date(published)
        if date is None:
            raise ValueParseError(f"published {published!r} is not a date (YYYY-MM-DD)")
        published = date
    body, header, issues = _parse_text(_normalise(text))
    if issues:
        where, message = issues[0]
        raise FormatError(message, where=where)
    if not body:
        raise FormatError("the article text is empty")
    given = Source(outlet=outlet, url=url, published=published, title=title)
    return Article(body, _merge(given, header))


# -- parsing -----------------------------------------------------------------


def _normalise(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _parse_date(value: str) -> dt.date | None:
    match = _ISO_DATE.fullmatch(value.strip())
    if match is None:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


_Issue = tuple[str, str]
"""(where, message) of a problem found while parsing text."""


def _parse_text(text: str) -> tuple[str, Source, list[_Issue]]:
    """Split a text into its body and the source its header gives."""
    fields: dict[str, str] = {}
    issues: list[_Issue] = []
    body = text
    block = _header_block(text)
    if block is not None:
        fields, body = block
    match = _DATE_HEADER.match(body)
    if match is not None:
        fields.setdefault("published", match.group(1))
        body = body[match.end() :]
    published = None
    value = fields.get("published", "")
    if value:
        published = _parse_date(value)
        if published is None:
            issues.append(
                ("header", f"published date {value!r} is not a date; write it as YYYY-MM-DD")
            )
    source = Source(
        outlet=fields.get("outlet") or None,
        url=fields.get("url") or None,
        published=published,
        title=fields.get("title") or None,
    )
    return body.strip(), source, issues


def _header_block(text: str) -> tuple[dict[str, str], str] | None:
    """The ``key: value`` block that opens ``text``, if every line of it is one."""
    fields: dict[str, str] = {}
    pos = 0
    for _ in range(_MAX_HEADER_LINES + 1):
        nl = text.find("\n", pos)
        if nl < 0:
            return None  # a header must be followed by a blank line
        line = text[pos:nl]
        if not line.strip():
            return (fields, text[nl + 1 :]) if fields else None
        match = _HEADER_LINE.fullmatch(line)
        if match is None or match.group(1).lower() not in _HEADER_KEYS:
            return None
        fields.setdefault(_HEADER_KEYS[match.group(1).lower()], match.group(2))
        pos = nl + 1
    return None


def _merge(*sources: Source) -> Source:
    """Field by field, the first source that gives a value wins."""
    values = {
        name: next((v for s in sources if (v := getattr(s, name)) is not None), None)
        for name in _SOURCE_FIELDS
    }
    return Source(**values)


# -- reading -----------------------------------------------------------------


class _Reader:
    """Accumulates articles and problems over the paths given."""

    def __init__(self, metadata: Mapping[str, Source]):
        self.articles: list[Article] = []
        self.problems: list[ArticleError] = []
        self._by_name = dict(metadata)
        self._by_path = {_resolved(k): v for k, v in metadata.items()}
        self._folders: dict[Path, dict[str, Source]] = {}

    def add(self, path: str | os.PathLike[str]) -> None:
        display = os.fspath(path)
        p = Path(path)
        try:
            if p.is_dir():
                self._add_folder(p, display)
            elif p.name == METADATA_FILE and p.is_file():
                self._folder_metadata(p.parent)
            elif p.exists():
                self._add_file(p, display)
            else:
                self._problem(display, "does not exist; check the path")
        except OSError as error:  # a folder that cannot be listed, a broken mount
            self._problem(display, f"cannot be read ({error.strerror or error}); check it")
        except ValueError as error:  # a NUL byte in the path
            self._problem(display, f"is not a valid path ({error}); check it")

    def _add_folder(self, folder: Path, display: str) -> None:
        files = sorted(
            f for f in folder.iterdir() if f.suffix.lower() in ARTICLE_SUFFIXES and not f.is_dir()
        )
        self._folder_metadata(folder, report_unknown={f.name for f in files})
        if not files:
            self._problem(
                display,
                "contains no articles (*.txt, *.jsonl, *.md); "
                "point to the article files or to the folder that holds them",
            )
        for file in files:
            self._add_file(file, os.path.join(display, file.name))

    def _folder_metadata(
        self, folder: Path, *, report_unknown: set[str] | None = None
    ) -> dict[str, Source]:
        key = folder.resolve()
        if key not in self._folders:
            entries, problems = _load_metadata(folder / METADATA_FILE)
            self._folders[key] = entries
            self.problems.extend(problems)
            if report_unknown is not None:
                toml = str(folder / METADATA_FILE)
                for name in sorted(set(entries) - report_unknown):
                    self.problems.append(
                        MetadataError(
                            toml,
                            f"names {name!r}, which is not an article file in this folder; "
                            "fix the name or remove the entry",
                        )
                    )
        return self._folders[key]

    def _add_file(self, file: Path, display: str) -> None:
        try:
            text = _decode(file.read_bytes(), display)
        except ArticleError as error:
            self.problems.append(error)
            return
        except PermissionError:
            self._problem(display, "cannot be read (permission denied); check its permissions")
            return
        except OSError as error:
            self._problem(display, f"cannot be read ({error.strerror or error}); check the file")
            return
        folder = self._folder_metadata(file.parent)
        given = self._given(file, display)
        from_toml = folder.get(file.name, Source())
        if file.suffix.lower() == ".jsonl":
            for own in self._records(text, display):
                self.articles.append(_article(own.text, display, given, from_toml, own.source))
            return
        body, header, issues = _parse_text(text)
        for where, message in issues:
            self.problems.append(
                MetadataError(display, message + "; the article is read without it", where=where)
            )
        if not body:
            self._problem(display, "has a header but no article text; add the text below it")
            return
        self.articles.append(_article(body, display, given, from_toml, header))

    def _given(self, file: Path, display: str) -> Source:
        found = self._by_name.get(display) or self._by_path.get(str(file.resolve()))
        return found or self._by_name.get(file.name) or Source()

    def _records(self, text: str, display: str) -> Iterator[Article]:
        count = 0
        bad: list[ArticleError] = []
        for lineno, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            record = _record(line, display, lineno, bad)
            if record is not None:
                count += 1
                yield record
        self.problems.extend(bad[:_MAX_LINE_PROBLEMS])
        if len(bad) > _MAX_LINE_PROBLEMS:
            self._problem(
                display,
                f"has {len(bad) - _MAX_LINE_PROBLEMS} more bad lines; "
                "check that it is a JSON Lines file (one JSON object per line)",
            )
        if count == 0 and not bad:
            self._problem(display, "holds no records; write one JSON object per line")

    def _problem(self, display: str, message: str) -> None:
        self.problems.append(ArticleError(display, message))


def _resolved(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except (OSError, ValueError):
        return path


def _article(body: str, display: str, *sources: Source) -> Article:
    return Article(body, attrs.evolve(_merge(*sources), path=display))


def _decode(data: bytes, display: str) -> str:
    """The text of a file's bytes, or an ArticleError that says what is wrong."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ArticleError(display, "is encoded as UTF-16; re-save it as UTF-8")
    if b"\x00" in data:
        raise ArticleError(
            display, "looks binary (it contains NUL bytes); save the article as UTF-8 text"
        )
    bom = data.startswith(codecs.BOM_UTF8)
    try:
        text = data[len(codecs.BOM_UTF8) :].decode("utf-8") if bom else data.decode("utf-8")
    except UnicodeDecodeError as error:
        if len(data) - len(data.translate(None, _CONTROL_BYTES)) > _BINARY_RATIO * len(data):
            raise ArticleError(
                display, "looks binary, not text; save the article as UTF-8 text"
            ) from None
        offset = error.start + (len(codecs.BOM_UTF8) if bom else 0)
        raise ArticleError(
            display,
            f"is not valid UTF-8 (byte 0x{data[offset]:02x} at offset {offset}); "
            "re-save it as UTF-8 (it may be Latin-1 or Windows-1252)",
        ) from None
    if len(text) - len(text.translate(_CONTROL_CHARS)) > _BINARY_RATIO * len(text):
        raise ArticleError(display, "looks binary, not text; save the article as UTF-8 text")
    text = _normalise(text)
    if not text.strip():
        raise ArticleError(display, "is empty; remove it or put the article text in it")
    return text


def _record(line: str, display: str, lineno: int, problems: list[ArticleError]) -> Article | None:
    """One JSON Lines record as an article (its own source), or a problem."""
    where = f"line {lineno}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        problems.append(
            MetadataError(
                display,
                f"is not valid JSON ({error.msg}, column {error.colno}); "
                "write one JSON object per line",
                where=where,
            )
        )
        return None
    except (ValueError, RecursionError) as error:  # huge numbers, deep nesting
        problems.append(
            MetadataError(display, f"cannot be read as JSON ({error}); fix the line", where=where)
        )
        return None
    text = record.get("text") if isinstance(record, dict) else None
    if not isinstance(text, str) or not text.strip():
        problems.append(
            MetadataError(
                display,
                'needs a JSON object with a non-empty "text" string; the line is skipped',
                where=where,
            )
        )
        return None
    values: dict[str, str | None] = {}
    for name in _SOURCE_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            problems.append(
                MetadataError(
                    display,
                    f'"{name}" must be a string or null, not {type(value).__name__}; '
                    "the record is read without it",
                    where=where,
                )
            )
            value = None
        values[name] = value or None
    published = None
    if values["published"] is not None:
        published = _parse_date(values["published"])
        if published is None:
            problems.append(
                MetadataError(
                    display,
                    f'"published" {values["published"]!r} is not a date; write it as '
                    "YYYY-MM-DD (the record is read without it)",
                    where=where,
                )
            )
    source = Source(
        outlet=values["outlet"], url=values["url"], published=published, title=values["title"]
    )
    return Article(_normalise(text).strip(), source)


def _load_metadata(path: Path) -> tuple[dict[str, Source], list[ArticleError]]:
    """The entries of a ``sources.toml`` (none if absent), and its problems."""
    display = str(path)
    problems: list[ArticleError] = []
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}, problems
    except OSError as error:
        problems.append(
            ArticleError(
                display,
                f"cannot be read ({error.strerror or error}); the articles are read without it",
            )
        )
        return {}, problems
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        problems.append(
            MetadataError(
                display,
                f"is not valid UTF-8 (offset {error.start}); re-save it as UTF-8 "
                "(the articles are read without it)",
            )
        )
        return {}, problems
    except tomllib.TOMLDecodeError as error:
        line = _TOML_LINE.search(str(error))
        problems.append(
            MetadataError(
                display,
                f"is not valid TOML ({error}); fix it (the articles are read without it)",
                where=f"line {line.group(1)}" if line else None,
            )
        )
        return {}, problems
    entries: dict[str, Source] = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            problems.append(
                MetadataError(
                    display,
                    f'must be a table, like ["{name}"] followed by outlet = "..." lines',
                    where=f'["{name}"]',
                )
            )
            continue
        entries[name] = _toml_source(name, table, display, problems)
    return entries, problems


def _toml_source(
    name: str, table: dict[str, object], display: str, problems: list[ArticleError]
) -> Source:
    texts: dict[str, str | None] = {}
    published = None
    for key, value in table.items():
        where = f'["{name}"].{key}'
        if key not in _SOURCE_FIELDS:
            problems.append(
                MetadataError(
                    display,
                    f"unknown key {key!r}; known: {', '.join(_SOURCE_FIELDS)}",
                    where=where,
                )
            )
        elif key == "published":
            published = _toml_date(value)
            if published is None:
                problems.append(
                    MetadataError(
                        display,
                        f"{value!r} is not a date; write published = 2023-04-21 "
                        "(the article is read without it)",
                        where=where,
                    )
                )
        elif isinstance(value, str):
            texts[key] = value or None
        else:
            problems.append(
                MetadataError(
                    display, f"must be a string, not {type(value).__name__}", where=where
                )
            )
    return Source(
        outlet=texts.get("outlet"),
        url=texts.get("url"),
        published=published,
        title=texts.get("title"),
    )


def _toml_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return _parse_date(value)
    return None
