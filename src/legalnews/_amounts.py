"""Money and durations as they are written in news: "up to $700 million", "18 months".

Each finder scans a string (usually one sentence) once and returns mentions
with offsets relative to that string, the text at those offsets and a typed
value; callers add the sentence's own offset. The vocabularies (currency
symbols and words, bound phrases, time units) are read-only tables passed by
keyword, so a user can add "CHF" or "fortnight" without touching a global.

All patterns are bounded (no unbounded repetition inside a repetition, runs
of digits guarded so that only their first character starts a match), so the
finders run in linear time on hostile input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Literal

import attrs

from ._numbers import (
    CARDINALS,
    NUMERAL,
    SCALES,
    anchor_alternation,
    anchor_regions,
    parse_number,
    word_alternation,
    words_pattern,
)
from ._quantities import Duration, Money

__all__ = [
    "BOUNDS",
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "DURATION_UNITS",
    "WEIGHT_HOMONYMS",
    "Bound",
    "DurationMention",
    "MoneyMention",
    "find_durations",
    "find_money",
]

Bound = Literal["exact", "at_most", "at_least", "about"]
"""How an amount relates to the true one: "up to $5" is ``at_most``."""

CURRENCY_SYMBOLS: Mapping[str, str] = MappingProxyType(
    {
        "$": "USD",
        "US$": "USD",
        "USD": "USD",
        "€": "EUR",
        "EUR": "EUR",
        "£": "GBP",
        "GBP": "GBP",
        "C$": "CAD",
        "CA$": "CAD",
        "A$": "AUD",
        "AU$": "AUD",
        "¥": "JPY",
    }
)
"""Signs and codes written before an amount, and their ISO 4217 codes."""

CURRENCY_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "dollar": "USD",
        "dollars": "USD",
        "us dollars": "USD",
        "u.s. dollars": "USD",
        "usd": "USD",
        "euro": "EUR",
        "euros": "EUR",
        "eur": "EUR",
        "pound": "GBP",
        "pounds": "GBP",
        "pounds sterling": "GBP",
        "gbp": "GBP",
        "canadian dollars": "CAD",
        "australian dollars": "AUD",
        "yen": "JPY",
    }
)
"""Words written after an amount ("3 million euros"), and their ISO 4217 codes."""

WEIGHT_HOMONYMS: frozenset[str] = frozenset({"pound", "pounds"})
"""Currency words that are also units of weight: not money when followed by
"of" ("40 pounds of cocaine") or joined by a hyphen ("a 40-pound bag")."""

BOUNDS: Mapping[str, Bound] = MappingProxyType(
    {
        "up to": "at_most",
        "as much as": "at_most",
        "as high as": "at_most",
        "at most": "at_most",
        "no more than": "at_most",
        "not more than": "at_most",
        "a maximum of": "at_most",
        "less than": "at_most",
        "under": "at_most",
        "more than": "at_least",
        "over": "at_least",
        "at least": "at_least",
        "in excess of": "at_least",
        "upwards of": "at_least",
        "upward of": "at_least",
        "a minimum of": "at_least",
        "no less than": "at_least",
        "not less than": "at_least",
        "about": "about",
        "around": "about",
        "approximately": "about",
        "roughly": "about",
        "nearly": "about",
        "almost": "about",
        "close to": "about",
        "some": "about",
        "an estimated": "about",
        "or more": "at_least",
        "or less": "at_most",
    }
)
"""Phrases that make an amount a bound. Those starting with "or" follow the
amount ("$5,000 or more"); the others precede it ("up to $700 million")."""

DURATION_UNITS: Mapping[str, Duration] = MappingProxyType(
    {
        "year": Duration(years=1),
        "years": Duration(years=1),
        "month": Duration(months=1),
        "months": Duration(months=1),
        "week": Duration(weeks=1),
        "weeks": Duration(weeks=1),
        "day": Duration(days=1),
        "days": Duration(days=1),
        "decade": Duration(years=10),
        "decades": Duration(years=10),
    }
)
"""Time units and the duration each stands for."""


@attrs.frozen
class MoneyMention:
    """An amount of money found in a string.

    Args:
        start: offset of the first character, in the string searched.
        end: offset just past the last character.
        text: ``string[start:end]``, bound phrase included ("up to $5").
        value: the amount, a Decimal with its currency.
        bound: whether the text gives the amount exactly or bounds it.
    """

    start: int
    end: int
    text: str
    value: Money
    bound: Bound = "exact"


@attrs.frozen
class DurationMention:
    """A length of time found in a string ("18 months", "a five-year term").

    Args:
        start: offset of the first character, in the string searched.
        end: offset just past the last character.
        text: ``string[start:end]``.
        value: the duration in the units written (18 months stays ``P18M``).
    """

    start: int
    end: int
    text: str
    value: Duration


def _alternation(words: Iterable[str]) -> str:
    return word_alternation(words)


def _ci(word: str) -> str:
    return word_alternation([word])


def _gate(words: Iterable[str]) -> str:
    """A cheap first check: not inside a word, and at a digit or a possible first letter.

    Every form starts that way, and the check rejects most positions before
    the engine tries any branch.
    """
    initials = sorted({c for w in words if w for c in (w[0].lower(), w[0].upper())})
    return rf"(?<!\w)(?=[0-9{''.join(re.escape(c) for c in initials)}])"


_SEP = r"(?:\s{1,3}|-)"
_NUM_GUARD_BEFORE = r"(?<![\w.,])"
_NUM_GUARD_AFTER = r"(?!\d|[.,]\d)"


def _space(text: str) -> str:
    return " ".join(text.lower().split())


@functools.lru_cache(maxsize=16)
def _money_pattern(
    symbols: tuple[str, ...],
    words: tuple[str, ...],
    before: tuple[str, ...],
    after: tuple[str, ...],
    cardinals: frozenset[str],
    scales: tuple[str, ...],
) -> re.Pattern[str]:
    scale_alt = _alternation(list(scales))
    word_alt = _alternation(list(words))

    def scale(name: str) -> str:
        return rf"(?:{_SEP}?(?P<{name}>{scale_alt})(?!\w))?"

    def cur(name: str) -> str:
        return rf"(?P<{name}>{word_alt})(?!\w)"

    number_words = words_pattern(dict.fromkeys(cardinals, 0), scales=dict.fromkeys(scales, 0))
    before_alt = (
        rf"(?:(?<!\w)(?P<before>{_alternation(list(before))})\s{{1,4}})?" if before else ""
    )
    after_alt = rf"(?:\s{{1,3}}(?P<after>{_alternation(list(after))})(?!\w))?" if after else ""
    gate = _gate((*before, *symbols, *cardinals, *scales))
    # every form opens with a digit, a sign, or a whole word (a bound, a number
    # word) followed by a space: one walk of them all rejects most words before
    # the alternatives below are tried one by one
    words_first = _alternation([*before, *cardinals, *scales])
    first = rf"(?=\d|{_alternation(list(symbols))}|(?:{words_first})(?!\w))"
    return re.compile(
        gate
        + first
        + before_alt
        + r"(?:"
        + rf"(?<!\w)(?P<sym>{_alternation(list(symbols))})\s{{0,2}}"
        + rf"(?P<num>{NUMERAL}){_NUM_GUARD_AFTER}{scale('scale')}"
        + r"|"
        + rf"{_NUM_GUARD_BEFORE}(?P<num2>{NUMERAL}){_NUM_GUARD_AFTER}{scale('scale2')}"
        + rf"{_SEP}{cur('cur')}"
        + r"|"
        + rf"(?P<words>{number_words}){_SEP}{cur('cur2')}"
        + r")"
        + after_alt,
    )


_OF_AFTER = re.compile(rf"\s{{1,3}}{_ci('of')}(?!\w)")


def find_money(
    text: str,
    *,
    symbols: Mapping[str, str] = CURRENCY_SYMBOLS,
    words: Mapping[str, str] = CURRENCY_WORDS,
    bounds: Mapping[str, Bound] = BOUNDS,
    cardinals: Mapping[str, int] = CARDINALS,
    scales: Mapping[str, int] = SCALES,
) -> list[MoneyMention]:
    """Find amounts of money, with their currency and whether they are bounds.

    A currency must be written, as a sign or code before the amount ("$",
    "€", "£", "USD") or a word after it ("dollars", "euros"): a bare "5
    million" is a count, not money. Amounts are exact Decimals, scale words
    included ("$1.2 billion" is 1200000000).

    Args:
        text: the string to search, usually one sentence.
        symbols: currency signs and codes written before an amount.
        words: currency words written after an amount.
        bounds: bound phrases ("up to", "more than", "or more").
        cardinals: number words, for "five million dollars".
        scales: scale words ("million", "bn").

    Returns:
        The mentions, in text order.

    >>> [(m.text, str(m.value), m.bound) for m in find_money("a fine of up to $1.2 billion")]
    [('up to $1.2 billion', '1200000000 USD', 'at_most')]
    >>> [str(m.value) for m in find_money("damages of 3 million euros and £40,000")]
    ['3000000 EUR', '40000 GBP']
    """
    if (symbols, words, bounds, cardinals, scales) == _MONEY_DEFAULTS:  # by identity first
        tables = _default_money_tables()  # read-only tables: made once
    else:
        tables = _money_tables(symbols, words, bounds, cardinals, scales)
    pattern = tables.pattern
    out: list[MoneyMention] = []
    for pos, endpos in anchor_regions(text, tables.anchors, reach=tables.reach):
        while (m := pattern.search(text, pos, endpos)) is not None:
            pos = m.end()
            mention = _money_mention(
                text, m, tables.symbols, tables.words, tables.bounds, cardinals, scales
            )
            if mention is None:
                pos = m.start() + 1  # retry inside the match: "a two million dollars"
                continue
            out.append(mention)
    return out


@attrs.frozen
class _MoneyTables:
    """What :func:`find_money` derives from its vocabularies before it scans."""

    pattern: re.Pattern[str]
    symbols: Mapping[str, str]
    words: Mapping[str, str]
    bounds: Mapping[str, Bound]
    anchors: re.Pattern[str]
    reach: int


def _money_tables(
    symbols: Mapping[str, str],
    words: Mapping[str, str],
    bounds: Mapping[str, Bound],
    cardinals: Mapping[str, int],
    scales: Mapping[str, int],
) -> _MoneyTables:
    before = tuple(sorted(k for k in bounds if not k.startswith("or ")))
    after = tuple(sorted(k for k in bounds if k.startswith("or ")))
    pattern = _money_pattern(
        tuple(sorted(symbols)),
        tuple(sorted(words)),
        before,
        after,
        frozenset(cardinals),
        tuple(sorted(scales)),
    )
    return _MoneyTables(
        pattern=pattern,
        symbols={k.lower(): v for k, v in symbols.items()},
        words={_space(k): v for k, v in words.items()},
        bounds={_space(k): v for k, v in bounds.items()},
        anchors=_anchor_pattern((*symbols, *words)),
        reach=_reach(symbols, words, bounds, cardinals, scales),
    )


_MONEY_DEFAULTS = (CURRENCY_SYMBOLS, CURRENCY_WORDS, BOUNDS, CARDINALS, SCALES)
"""The default vocabularies: read-only views of tables no caller can reach."""


@functools.cache
def _default_money_tables() -> _MoneyTables:
    return _money_tables(*_MONEY_DEFAULTS)


@functools.lru_cache(maxsize=16)
def _anchor_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    # Every match holds one of these; text far from all of them is skipped.
    return re.compile(anchor_alternation(words))


def _reach(*tables: Iterable[str]) -> int:
    """More than any match can extend beyond its anchor, lookarounds included."""
    longest = max((len(w) for table in tables for w in table), default=0)
    return 8 * (longest + 12) + 64


def _money_mention(
    text: str,
    m: re.Match[str],
    symbols: Mapping[str, str],
    words: Mapping[str, str],
    bounds: Mapping[str, Bound],
    cardinals: Mapping[str, int],
    scales: Mapping[str, int],
) -> MoneyMention | None:
    if m.group("sym") is not None:
        currency = symbols[m.group("sym").lower()]
        number, scale = m.group("num"), m.group("scale")
    else:
        word = m.group("cur") or m.group("cur2")
        currency = words[_space(word)]
        if _space(word) in WEIGHT_HOMONYMS and (
            _OF_AFTER.match(text, m.end("cur") if m.group("cur") else m.end("cur2"))
            or text[(m.start("cur") if m.group("cur") else m.start("cur2")) - 1] == "-"
        ):
            return None
        number, scale = (
            (m.group("num2"), m.group("scale2")) if m.group("num2") else (m.group("words"), None)
        )
    amount = parse_number(f"{number} {scale}" if scale else number, cardinals, scales=scales)
    if amount is None:
        return None
    bound: Bound = "exact"
    if m.group("before") is not None:
        bound = bounds[_space(m.group("before"))]
    if m.group("after") is not None:
        bound = bounds[_space(m.group("after"))]
    return MoneyMention(m.start(), m.end(), m.group(), Money(amount, currency), bound)


@functools.lru_cache(maxsize=16)
def _duration_pattern(units: tuple[str, ...], cardinals: frozenset[str]) -> re.Pattern[str]:
    half = rf"{_SEP}{_ci('and')}{_SEP}{_ci('a')}{_SEP}{_ci('half')}"
    # a digit or a whole number word opens every match: checked in one walk
    first = rf"(?=\d|(?:{_alternation(list(cardinals))})(?!\w))"
    return re.compile(
        _gate(cardinals) + first + rf"(?:(?P<words>{words_pattern(dict.fromkeys(cardinals, 0))})"
        rf"|{_NUM_GUARD_BEFORE}(?P<num>{NUMERAL}){_NUM_GUARD_AFTER})"
        rf"(?P<half1>{half})?{_SEP}(?P<unit>{_alternation(list(units))})(?!\w)"
        rf"(?P<half2>\s{{1,3}}{_ci('and a half')}(?!\w))?",
    )


# "five years old", "a five-year-old", "two months ago": an age or a point in time.
_NOT_A_DURATION = re.compile(rf"(?:-|\s{{1,3}}){_alternation(['old', 'ago'])}(?!\w)")


@functools.lru_cache(maxsize=1024)
def _scaled(unit: Duration, count: Decimal) -> Duration | None:
    """``count`` units, moving halves of years into months and of weeks into days."""
    years = unit.years * count
    months = unit.months * count + (years % 1) * 12
    weeks = unit.weeks * count
    days = unit.days * count + (weeks % 1) * 7
    parts = (int(years), months, int(weeks), days)
    if any(p % 1 for p in parts):
        return None
    if years % 1:  # "a year and a half" is 18 months, not 1 year 6 months
        return Duration(months=int(years) * 12 + int(months), weeks=int(weeks), days=int(days))
    return Duration(int(years), int(months), int(weeks), int(days))


@attrs.frozen
class _DurationTables:
    """What :func:`find_durations` derives from its vocabularies before it scans."""

    pattern: re.Pattern[str]
    units: Mapping[str, Duration]
    anchors: re.Pattern[str]
    reach: int


def _duration_tables(
    units: Mapping[str, Duration], cardinals: Mapping[str, int]
) -> _DurationTables:
    return _DurationTables(
        pattern=_duration_pattern(tuple(sorted(units)), frozenset(cardinals)),
        units={k.lower(): v for k, v in units.items()},
        anchors=_anchor_pattern(tuple(sorted(units))),
        reach=_reach(units, cardinals),
    )


@functools.cache
def _default_duration_tables() -> _DurationTables:
    return _duration_tables(DURATION_UNITS, CARDINALS)


def find_durations(
    text: str,
    *,
    units: Mapping[str, Duration] = DURATION_UNITS,
    cardinals: Mapping[str, int] = CARDINALS,
) -> list[DurationMention]:
    """Find lengths of time: "six months", "a five-year sentence", "a year and a half".

    Numbers may be digits or words; the unit may be a noun ("five years") or
    a hyphenated adjective ("a five-year minimum"). Ages ("a 30-year-old")
    and points in time ("two months ago") are not durations and are skipped;
    so are halves that no unit here can hold exactly ("a week and a half").

    Args:
        text: the string to search, usually one sentence.
        units: unit words and the duration each stands for.
        cardinals: number words.

    Returns:
        The mentions, in text order.

    >>> [(m.text, str(m.value)) for m in find_durations("a year and a half, then 90 days")]
    [('a year and a half', 'P18M'), ('90 days', 'P90D')]
    >>> [str(m.value) for m in find_durations("She faces a five-year minimum.")]
    ['P5Y']
    """
    if (units, cardinals) == (DURATION_UNITS, CARDINALS):  # by identity first: fast
        tables = _default_duration_tables()  # read-only tables: made once
    else:
        tables = _duration_tables(units, cardinals)
    pattern, lowered_units = tables.pattern, tables.units
    out: list[DurationMention] = []
    for pos, endpos in anchor_regions(text, tables.anchors, reach=tables.reach):
        while (m := pattern.search(text, pos, endpos)) is not None:
            pos = m.end()
            if _NOT_A_DURATION.match(text, m.end()):
                continue
            value = _duration_value(m, lowered_units, cardinals)
            if value is None:
                pos = m.start() + 1  # retry inside the match: "a two-year term"
                continue
            out.append(DurationMention(m.start(), m.end(), m.group(), value))
    return out


def _duration_value(
    m: re.Match[str], units: Mapping[str, Duration], cardinals: Mapping[str, int]
) -> Duration | None:
    number = m.group("words") or m.group("num")
    count = parse_number(number, cardinals, scales={})
    if count is None:
        return None
    if m.group("half1") or m.group("half2"):
        count += Decimal("0.5")
    return _scaled(units[m.group("unit").lower()], count)
