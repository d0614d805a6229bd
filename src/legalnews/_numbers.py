"""Number words as data: "two", "twenty-one", "a dozen", "1,000", "$1.2 billion".

News writes small counts in words and large amounts in digits with scale
words. The vocabularies are read-only tables a caller can extend by passing
a bigger one (``{**CARDINALS, "score": 20}``), in the manner of dateutil's
``parserinfo``; nothing here mutates a shared table.

The regular expression pieces exported for the other finders are bounded
(no unbounded repetition inside a repetition), so they run in linear time on
hostile input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import TypeAlias

__all__ = [
    "CARDINALS",
    "MULTIPLIERS",
    "NUMERAL",
    "SCALES",
    "anchor_alternation",
    "anchor_regions",
    "parse_count",
    "parse_number",
    "word_alternation",
    "words_pattern",
]

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_TENS = {
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


def _cardinals() -> dict[str, int]:
    table = {word: n for n, word in enumerate(_UNITS)}
    table.update(_TENS)
    table.update({"a": 1, "an": 1, "hundred": 100, "dozen": 12})
    for word, tens in [("twenty", 20), *_TENS.items()]:
        for n in range(1, 10):
            table[f"{word}-{_UNITS[n]}"] = tens + n
    return table


CARDINALS: Mapping[str, int] = MappingProxyType(_cardinals())
"""Cardinal words and their values: "a"/"an" (1), "one" to "twenty", the
tens, "hundred", "dozen" and the hyphenated compounds ("twenty-five")."""

MULTIPLIERS: frozenset[str] = frozenset({"hundred", "dozen"})
"""Words of :data:`CARDINALS` that multiply the count before them ("two
dozen" is 24) instead of adding to it."""

SCALES: Mapping[str, int] = MappingProxyType(
    {
        "thousand": 10**3,
        "million": 10**6,
        "billion": 10**9,
        "trillion": 10**12,
        "k": 10**3,
        "m": 10**6,
        "mn": 10**6,
        "bn": 10**9,
        "tn": 10**12,
    }
)
"""Scale words. Keys shorter than four letters ("k", "m", "bn") are
abbreviations: they only count right after digits ("$5m"), so "a m" is not
a million."""

NUMERAL = r"(?:\d{1,3}(?:,\d{3}){1,5}|\d{1,15})(?:\.\d{1,6})?"
"""A regex source for a number in digits, with thousands commas and a decimal
part ("1,000", "1.2", "90"). Callers add the guards their context needs,
such as ``(?<![\\d.,])`` before and ``(?![\\d]|[.,]\\d)`` after."""

_NUMERAL_SCALE = re.compile(rf"({NUMERAL})(?:\s?-?\s?([a-z]{{1,12}}))?", re.IGNORECASE | re.ASCII)
_TOKEN_SPLIT = re.compile(r"[\s\u2010\u2011\u2013-]+")


def _is_abbreviation(word: str) -> bool:
    return len(word) < 4


def _case_class(ch: str) -> str:
    lower, upper = ch.lower(), ch.upper()
    if lower == upper or len(lower) != 1 or len(upper) != 1:
        return re.escape(ch)
    return f"[{re.escape(lower)}{re.escape(upper)}]"


def _is_case_class(label: str) -> bool:
    """Whether a trie label is a two-letter case class made by :func:`_case_class`."""
    return len(label) == 4 and label[0] == "[" and label[3] == "]"


def word_alternation(words: Iterable[str], *, exact: Iterable[str] = ()) -> str:
    """A regex source matching any of ``words`` regardless of case, or of ``exact`` as written.

    The alternation is a trie with explicit case classes (``[mM][aA][yY]``)
    rather than a flat list under ``re.IGNORECASE``: the regex engine then
    rejects a position on its first character instead of trying every word
    in turn, which is what keeps the finders fast on long texts. At each
    branch longer words are tried first ("million" before "m"); a space in a
    word matches a short run of whitespace.

    >>> re.fullmatch(word_alternation(["m", "million"]), "Million") is not None
    True
    >>> re.fullmatch(word_alternation([], exact=["May"]), "may") is None
    True
    """
    trie: _Trie = {}
    for word, case_free in [*((w, True) for w in words), *((w, False) for w in exact)]:
        node = trie
        for ch in " ".join(word.split()):
            label = _case_class(ch) if case_free else re.escape(ch)
            node = node.setdefault(r"\s{1,4}" if ch == " " else label, {})
        node[""] = {}  # a word ends here
    return _emit(trie, split_case=True) or "(?!)"


_Trie: TypeAlias = "dict[str, _Trie]"


def anchor_alternation(words: Iterable[str], *, digit_tail: str | None = None) -> str:
    """A regex source for finding any of ``words`` fast, for :func:`anchor_regions`.

    Each branch opens with a literal character, one branch per initial
    letter and case, so the regex engine skips the positions that cannot
    start a word in a tight loop of its own and picks a branch by one
    comparison. Words may occur inside longer words: an anchor only says
    where to look.

    Args:
        words: the anchor words, matched in any case.
        digit_tail: if given, a digit also starts an anchor when followed by
            this regex (which may look behind the digit).

    >>> [m.group() for m in re.finditer(anchor_alternation(["euro", "usd"]), "5 Euros, 6 USD")]
    ['Euro', 'USD']
    """
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in " ".join(word.split()):
            node = node.setdefault(ch.lower(), {})
        node[""] = {}
    branches: list[str] = []
    if digit_tail is not None:
        branches.extend(f"{d}{digit_tail}" for d in "0123456789")
    for first, child in sorted(trie.items()):
        if not first:
            continue
        rest = word_alternation(_words_of(child))
        if "" in child and set(child) != {""}:
            rest = f"(?:{rest})?"
        elif set(child) == {""}:
            rest = ""
        variants = {first, first.upper()} if len(first.upper()) == 1 else {first}
        branches.extend(re.escape(variant) + rest for variant in sorted(variants))
    return f"(?:{'|'.join(branches)})" if branches else "(?!)"


def _words_of(node: _Trie, prefix: str = "") -> list[str]:
    out = [prefix] if "" in node and prefix else []
    for label, child in node.items():
        if label:
            out.extend(_words_of(child, prefix + label))
    return out


def _emit(node: _Trie, *, split_case: bool = False) -> str:
    """The regex source of a trie; with ``split_case``, its first letters as literals.

    A case class (``[mM]``) at the first letter becomes two branches
    (``m...|M...``): the regex engine passes over a branch whose first item
    is a literal with one comparison, but tests a class by a call, and most
    positions fail at the first letter. The branches still exclude each
    other, so the order of trying them is unchanged.
    """
    branches: list[str] = []
    for label, child in sorted(node.items()):
        if not label:
            continue
        rest = _emit(child)
        if split_case and _is_case_class(label):
            branches.extend((label[1] + rest, label[2] + rest))
        else:
            branches.append(label + rest)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def anchor_regions(text: str, anchors: re.Pattern[str], *, reach: int) -> list[tuple[int, int]]:
    """The stretches of ``text`` within ``reach`` characters of an anchor, merged.

    A finder whose every match contains an anchor (a currency word, a unit, a
    month) and spans less than ``reach`` characters on either side of it
    needs to scan only these stretches: text without anchors, however long
    or hostile, costs one quick pass.

    >>> anchor_regions("x" * 50 + "$" + "x" * 50, re.compile(r"[$]"), reach=10)
    [(40, 61)]
    """
    if len(text) <= reach:
        # one anchor anywhere puts the whole (short) text within reach of it:
        # a sentence is settled by the first anchor, not by finding them all
        return [(0, len(text))] if anchors.search(text) else []
    regions: list[tuple[int, int]] = []
    for m in anchors.finditer(text):
        lo, hi = max(0, m.start() - reach), min(len(text), m.end() + reach)
        if regions and lo <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(regions[-1][1], hi))
        else:
            regions.append((lo, hi))
    return regions


@functools.lru_cache(maxsize=32)
def _words_pattern(cardinals: frozenset[str], scales: frozenset[str], max_words: int) -> str:
    word = rf"(?:{word_alternation(cardinals | scales)})(?!\w)"
    sep = r"(?:\s{1,3}|-)(?:[aA][nN][dD]\s{1,3})?"
    return rf"(?<![\w-]){word}(?:{sep}{word}){{0,{max_words - 1}}}"


def words_pattern(
    table: Mapping[str, int] = CARDINALS,
    *,
    scales: Mapping[str, int] | None = None,
    max_words: int = 6,
) -> str:
    """A regex source for a number written in words, for use inside finders.

    The pattern matches up to ``max_words`` number words joined by spaces,
    hyphens or "and"; it over-matches on purpose ("two three") and leaves the
    grammar to :func:`parse_number`, which returns ``None`` for such runs.

    Args:
        table: the cardinal words.
        scales: scale words to allow inside the run ("five million"); the
            abbreviations among them are left out, since they only follow
            digits.
        max_words: the bound that keeps matching linear.

    >>> bool(re.fullmatch(words_pattern(), "Twenty-five"))
    True
    """
    scale_words = frozenset(w for w in (scales or {}) if not _is_abbreviation(w))
    return _words_pattern(frozenset(table), scale_words, max_words)


def _words_value(
    tokens: list[str],
    table: Mapping[str, int],
    scales: Mapping[str, int],
    multipliers: frozenset[str],
) -> int | None:
    """Read number words by a small grammar; ``None`` for anything ungrammatical."""
    total = 0
    group: int | None = None
    kind = "start"  # start | unit | tens | mult | scale | and
    mult = 0
    last_scale: int | None = None
    for i, tok in enumerate(tokens):
        if tok == "and":
            if kind not in ("mult", "scale") or i == len(tokens) - 1:
                return None
            kind = "and"
            continue
        if tok in scales and not _is_abbreviation(tok):
            scale = scales[tok]
            if group is None or kind == "and" or (last_scale is not None and scale >= last_scale):
                return None
            total += group * scale
            group, kind, last_scale = None, "scale", scale
            continue
        if tok not in table:
            return None
        value = table[tok]
        if tok in multipliers:
            if group is None:
                group = value
            elif kind in ("unit", "tens") and group < value:
                group *= value
            else:
                return None
            kind, mult = "mult", value
            continue
        if group is None:
            group = value
        elif (kind == "tens" and 1 <= value <= 9) or (
            kind in ("mult", "and") and mult >= 100 and value < 100 and group % 100 == 0
        ):
            group += value
        else:
            return None
        kind = "tens" if value % 10 == 0 and 20 <= value <= 90 else "unit"
    if kind in ("start", "and"):
        return None
    return total + (group or 0)


def parse_number(
    text: str,
    table: Mapping[str, int] = CARDINALS,
    *,
    scales: Mapping[str, int] = SCALES,
    multipliers: frozenset[str] = MULTIPLIERS,
) -> Decimal | None:
    """Read a number written in digits, words or both, as an exact Decimal.

    Digits may carry thousands commas, a decimal part and a scale ("1.2
    billion", "$5m" without the symbol: "5m"); words follow English number
    grammar ("two hundred and fifty", "a dozen", "three million").

    Args:
        text: the number alone, without currency or unit.
        table: the cardinal words.
        scales: the scale words and abbreviations.
        multipliers: the words of ``table`` that multiply ("two dozen").

    Returns:
        The value, or ``None`` when ``text`` is not a number.

    >>> parse_number("1.2 billion")
    Decimal('1200000000.0')
    >>> parse_number("two hundred and fifty")
    Decimal('250')
    """
    text = text.strip().lower()
    if not text:
        return None
    m = _NUMERAL_SCALE.fullmatch(text)
    if m:
        digits, scale = m.groups()
        try:
            value = Decimal(digits.replace(",", ""))
        except InvalidOperation:  # pragma: no cover - NUMERAL only matches decimals
            return None
        if scale is None:
            return value
        if scale not in scales:
            return None
        return value * scales[scale]
    tokens: list[str] = []
    for tok in text.split():
        tokens.extend([tok] if tok in table else [t for t in _TOKEN_SPLIT.split(tok) if t])
    value_int = _words_value(tokens, table, scales, multipliers)
    return None if value_int is None else Decimal(value_int)


def parse_count(
    text: str,
    table: Mapping[str, int] = CARDINALS,
    *,
    scales: Mapping[str, int] = SCALES,
    multipliers: frozenset[str] = MULTIPLIERS,
) -> int | None:
    """Read a whole count: "two", "2", "twenty-one", "a dozen", "1,000".

    Args:
        text: the count alone.
        table: the cardinal words; pass a bigger mapping to add words.
        scales: the scale words ("two thousand").
        multipliers: the words of ``table`` that multiply ("two dozen").

    Returns:
        The count, or ``None`` for anything that is not a whole number.

    >>> parse_count("a dozen"), parse_count("1,000"), parse_count("twenty-one")
    (12, 1000, 21)
    >>> parse_count("several") is None
    True
    """
    value = parse_number(text, table, scales=scales, multipliers=multipliers)
    if value is None or value != value.to_integral_value():
        return None
    return int(value)
