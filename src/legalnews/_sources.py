"""Where claims come from: a source (outlet, URL, date) and an article's text."""

from __future__ import annotations

import datetime as dt
import hashlib

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
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


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
