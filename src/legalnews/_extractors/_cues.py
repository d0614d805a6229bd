"""Case-insensitive rules made cheap, with the same matches.

Most rules look for words a sentence rarely holds ("prejudice", "acquitted"),
in any case. Python's ``re`` finds no literal to skip to in a
case-insensitive alternation, so it tries every branch at every character of
every sentence: searching is most of what a rule costs. A :class:`Cued` rule
does two cheaper things first:

* its *cues*, substrings one of which every match holds, are looked for
  with ``in`` in the lower-cased sentence; a sentence without any is not
  searched at all;
* when the pattern is written in lower case, a case-sensitive twin of it is
  searched in the lower-cased sentence, which ``re`` scans by literals.

Both are exact because :func:`fold` lower-cases only text in which
``re.IGNORECASE`` and ``str.lower`` agree: each character lowers to one
character, of the same word class, and matches an ASCII letter exactly when
it lowers to that letter. Three letters break this and are left to the
original pattern: the dotted capital I (it lowers to two characters), the
dotless i and the long s (they match "i" and "s" but lower to themselves).
``tests/test_cues.py`` checks this claim over every Unicode character, and
each rule's cues against its pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

__all__ = ["Cued", "fold", "holds"]

_TRAPS = ("\u0130", "\u0131", "\u017f")
"""The letters for which ``re.IGNORECASE`` and ``str.lower`` disagree (see the module doc)."""


def fold(text: str) -> str | None:
    """``text`` lower-cased, offsets kept, for :class:`Cued` rules; ``None`` if that is unsafe."""
    if text.isascii() or not holds(text, _TRAPS):
        return text.lower()
    return None


def holds(text: str, parts: Iterable[str]) -> bool:
    """Whether any of ``parts`` is in ``text``."""
    for part in parts:  # noqa: SIM110 - a third faster than any() over a generator
        if part in text:
            return True
    return False


def _lower_case(pattern: str) -> bool:
    """Whether ``pattern`` is written in lower case: its twin then finds what it finds.

    Escapes aside ("\\b", "\\S"), every character is lower-case ASCII or has
    no case at all ("’", "—"): a lower-case letter outside ASCII may match
    others that do not lower to it (the final sigma), so it gets no twin.
    """
    words = re.sub(r"\\.", "", pattern)
    return all(c == c.lower() and (c.isascii() or c == c.upper()) for c in words)


class Cued:
    """A case-insensitive rule, with cues that rule sentences out before it is searched.

    Args:
        pattern: the rule, searched with ``re.IGNORECASE`` (a compiled
            pattern keeps its own flags, which must include it).
        cues: lower-case substrings one of which every match of the rule
            holds (lower-cased). Leaving one out would lose matches: the tests
            draw texts from each pattern to check that none is missing.

    Every method takes the text and ``low``, what :func:`fold` gives for it:
    callers fold a sentence once for all their rules.
    """

    __slots__ = ("cues", "pattern", "twin")

    def __init__(self, pattern: str | re.Pattern[str], cues: tuple[str, ...] = ()) -> None:
        if isinstance(pattern, str):
            pattern = re.compile(pattern, re.IGNORECASE)
        if not pattern.flags & re.IGNORECASE:
            raise ValueError(f"a cued rule is case-insensitive: {pattern.pattern!r}")
        if any(c != c.lower() or not c for c in cues):
            raise ValueError(f"cues are non-empty and lower-case: {cues!r}")
        self.pattern = pattern
        self.cues = cues
        self.twin = (
            re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
            if _lower_case(pattern.pattern)
            else None
        )

    def __repr__(self) -> str:
        return f"Cued({self.pattern.pattern!r}, cues={self.cues!r})"

    def _ruled_out(self, low: str | None) -> bool:
        return low is not None and bool(self.cues) and not holds(low, self.cues)

    def search(self, text: str, low: str | None, pos: int = 0) -> re.Match[str] | None:
        """The first match in ``text`` from ``pos``.

        A match of the twin has the offsets of the match in ``text``, but its
        groups are lower-cased: read what was written from ``text``.
        """
        if self._ruled_out(low):
            return None
        if low is not None and self.twin is not None:
            return self.twin.search(low, pos)
        return self.pattern.search(text, pos)

    def finditer(self, text: str, low: str | None) -> Iterator[re.Match[str]]:
        """Every match in ``text``, as :meth:`search` finds them."""
        if self._ruled_out(low):
            return iter(())
        if low is not None and self.twin is not None:
            return self.twin.finditer(low)
        return self.pattern.finditer(text)

    def blank(self, text: str, low: str | None) -> tuple[str, str | None]:
        """``text`` and ``low`` with every match blanked out by spaces."""
        spans = [m.span() for m in self.finditer(text, low)]
        if not spans:
            return text, low
        return _blanked(text, spans), None if low is None else _blanked(low, spans)


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each of the (ordered, disjoint) spans replaced by as many spaces."""
    parts = []
    last = 0
    for a, b in spans:
        parts += [text[last:a], " " * (b - a)]
        last = b
    parts.append(text[last:])
    return "".join(parts)
