"""Where claims come from: a source (outlet, URL, date) and an article's text."""

from __future__ import annotations

import datetime as dt
import hashlib
import os

import attrs

__all__ = ["Article", "Source"]


@attrs.frozen
class Source:
    """Who published an article, where and when; any part may be unknown.

    Args:
        outlet: the publisher as a reader names it ("Los Angeles Times").
        url: where the article was read.
        published: the publication date; ``None`` when unknown, in which case
            relative dates in the text ("Friday") stay unresolved.
        title: the headline.
        path: the file the article was read from, for error messages only;
            it does not take part in equality.
    """

    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    title: str | None = None
    path: str | None = attrs.field(default=None, eq=False, repr=False)


def _content_id(text: str) -> str:
    # surrogatepass: a str with a lone surrogate still gets an id instead of
    # raising; valid text hashes exactly as plain UTF-8.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@attrs.frozen
class Article:
    """An article's text and its source.

    Its :attr:`id` is a hash of the text alone, so the same article read twice,
    or from two files, is the same article.

    >>> a = Article("Prosecutors dropped the charges.")
    >>> a.id == Article("Prosecutors dropped the charges.", Source(outlet="AP")).id
    True
    """

    text: str
    source: Source = attrs.field(factory=Source)
    id: str = attrs.field(init=False, eq=False)

    @id.default
    def _id(self) -> str:
        return _content_id(self.text)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        outlet: str | None = None,
        url: str | None = None,
        published: dt.date | str | None = None,
        title: str | None = None,
    ) -> Article:
        """An article from captured text, reading the source from its header.

        The text may open with the ``date YYYY-MM-DD`` header glued to the
        first sentence, or with a block of ``key: value`` lines (``url``,
        ``outlet``, ``published``, ``title``) ended by a blank line; the header
        becomes the :class:`Source` and is removed, so evidence offsets refer
        to the article's body. A byte-order mark, CRLF line ends and blank
        edges are normalised away. Keyword arguments win over the header.

        Args:
            text: the captured article.
            outlet: the publisher, overriding the header.
            url: where it was read, overriding the header.
            published: the publication date (a date or ``"YYYY-MM-DD"``),
                overriding the header.
            title: the headline, overriding the header.

        Raises:
            FormatError: the text is empty or its header's date is not a date.
            ValueParseError: ``published`` is a string that is not a date.

        >>> a = Article.from_text(" date 2023-05-02 The appeal was denied.")
        >>> a.text, a.source.published
        ('The appeal was denied.', datetime.date(2023, 5, 2))
        """
        from ._reading import article_from_text

        return article_from_text(text, outlet=outlet, url=url, published=published, title=title)

    @classmethod
    def from_path(cls, path: str | os.PathLike[str]) -> Article:
        """The one article in a file, with its source from header and metadata.

        A strict companion of :func:`legalnews.read_articles` for one file:
        it reads the same formats, picks up a ``sources.toml`` beside the
        file, and raises the first problem instead of collecting it.

        Args:
            path: a ``.txt``/``.md`` file, or a ``.jsonl`` file of one record.

        Raises:
            ArticleError: the file is missing, unreadable, empty, binary,
                mis-encoded, holds other than one article, or its metadata is
                malformed.
        """
        from ._reading import read_article

        return read_article(path)
