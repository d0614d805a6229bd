"""One base exception, specific subclasses that say which input and what to do."""

from __future__ import annotations

__all__ = [
    "ArticleError",
    "ExtractorError",
    "FormatError",
    "LegalNewsError",
    "PluginError",
    "ValueParseError",
]


class LegalNewsError(Exception):
    """Base class of every error legalnews raises on purpose.

    Catch this one to tell bad input (which legalnews explains) from bugs
    (which it does not).
    """


class ValueParseError(LegalNewsError, ValueError):
    """A string could not be read as a typed value (a date, money, a duration)."""


class FormatError(LegalNewsError, ValueError):
    """A saved document (JSON, fact sheet, metadata) is malformed.

    Args:
        message: what is wrong and what to do about it.
        path: the file, when the document came from one.
        where: the place inside the document, as a JSON-pointer-like path
            (``claims[3].value``).
    """

    def __init__(self, message: str, *, path: str | None = None, where: str | None = None):
        self.message = message
        self.path = path
        self.where = where
        super().__init__(self._render())

    def _render(self) -> str:
        parts = []
        if self.path:
            parts.append(self.path)
        if self.where:
            parts.append(f"at {self.where}")
        prefix = ", ".join(parts)
        return f"{prefix}: {self.message}" if prefix else self.message


class ArticleError(LegalNewsError):
    """An article file cannot be read: empty, binary, mis-encoded or unreadable.

    Args:
        path: the file.
        message: what is wrong and what to do about it.
    """

    def __init__(self, path: str, message: str):
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")


class PluginError(LegalNewsError):
    """An extractor plugin could not be found, loaded or is not an extractor."""


class ExtractorError(LegalNewsError):
    """An extractor raised while reading an article.

    The pipeline collects these instead of stopping, so one faulty plugin
    never costs the claims of the others.

    Args:
        extractor: the extractor's registered name.
        article: the article's id (and file, where known).
        cause: the exception the extractor raised.
    """

    def __init__(self, extractor: str, article: str, cause: BaseException):
        self.extractor = extractor
        self.article = article
        self.cause = cause
        super().__init__(
            f"extractor {extractor!r} failed on article {article}: {type(cause).__name__}: {cause}"
        )
