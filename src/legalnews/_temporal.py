"""Temporal expressions in news, normalized at honest precision.

News dates things against the day it is published: "dismissed Friday", "last
month", "in January", "Aug. 9". :func:`find_dates` finds such expressions
and resolves them against the article's publication date, never against
"today" on the machine running the code, and never more precisely than the
text says: "two months ago" is a month, "late 2021" the last third of a year.

A weekday alone is resolved by the tense of its clause, as HeidelTime does:
"dismissed Friday" is the latest Friday on or before publication, "will
rule Friday" the next one on or after it. (python-dateutil alone resolves a
bare weekday forward, which is wrong for past-tense news; here it only does
the arithmetic.) :func:`clause_tense` is the small cue-based guesser used
when the caller does not know the tense.

The words are data: a :class:`TemporalVocabulary` of read-only tables, in
the manner of dateutil's ``parserinfo``, passed by keyword.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import enum
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType

import attrs
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from ._dates import FuzzyDate, Part
from ._errors import ValueParseError
from ._numbers import (
    CARDINALS,
    anchor_alternation,
    anchor_regions,
    parse_count,
    word_alternation,
    words_pattern,
)

__all__ = [
    "DEFAULT_VOCABULARY",
    "DateMention",
    "TemporalVocabulary",
    "Tense",
    "clause_tense",
    "find_dates",
]

_WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)


class Tense(enum.Enum):
    """The tense of the clause a date sits in, which decides "Friday"."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


# -- the vocabulary -----------------------------------------------------------------


def _int_table(table: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType({k.lower(): v for k, v in table.items()})


def _part_table(table: Mapping[str, Part]) -> Mapping[str, Part]:
    return MappingProxyType({k.lower(): Part(v) for k, v in table.items()})


def _unit_table(table: Mapping[str, str]) -> Mapping[str, str]:
    units = {"day", "week", "month", "year"}
    for k, v in table.items():
        if v not in units:
            raise ValueParseError(
                f"unit word {k!r} maps to {v!r}; expected one of {sorted(units)}"
            )
    return MappingProxyType({k.lower(): v for k, v in table.items()})


def _words(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


# English names, spelled out: calendar.month_name follows the process's locale.
_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_WEEKDAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_FULL_MONTH_NAMES = frozenset(_MONTH_NAMES)


def _months() -> dict[str, int]:
    table = {name: i for i, name in enumerate(_MONTH_NAMES, start=1)}
    table.update({name[:3]: i for i, name in enumerate(_MONTH_NAMES, start=1)})
    table.update({"sept": 9})
    return table


_IRREGULAR_PAST = (
    "was were had did ago became began bought brought came caught chose drove fell felt "
    "fought forgave found gave got went held heard kept knew led lost made met paid pled "
    "ran saw sent sought spent spoke stood struck swore took taught thought threw won wrote"
)
_NOT_PAST = (
    "alleged accused suspected unnamed unidentified armed wanted related based detailed "
    "limited united certified registered licensed named interested concerned supposed "
    "hundred indeed need speed proceed exceed succeed embed shed seed feed weed "
    "breed creed deed greed naked sacred wicked beloved"
)


@attrs.frozen
class TemporalVocabulary:
    """The words :func:`find_dates` knows, as read-only tables.

    Extend it with :func:`attrs.evolve`; every table is copied and frozen, so
    no caller can change another's vocabulary.

    Args:
        months: month names and abbreviations to month numbers.
        guarded_months: month words that are also ordinary words or names
            ("May", "March", "June", "Jan"): they count only when capitalized
            and next to a day, a year, or a word in ``leads``, ``parts`` or
            ``shifts``.
        weekdays: weekday names to numbers, Monday being 0.
        parts: words that narrow a month or a year ("late 2021").
        leads: words that make a bare month or year a date ("in January",
            "since 2019"); they are not part of the mention's text.
        deictic_days: words for a day relative to publication ("yesterday").
        shifts: "last", "this", "next" and their direction.
        units: unit words ("months") to ``day``, ``week``, ``month``, ``year``.
        cardinals: number words, for "two months ago".
        times_of_day: words that may follow a day ("Friday afternoon").
        exclusions: phrases that contain date words but are not dates
            ("USA Today").
        future_cues: words and phrases that put a clause in the future
            ("will", "set to"); "would" is not one.
        past_cues: past forms that do not end in "-ed" ("was", "pleaded"
            needs no entry).
        present_cues: present forms ("is", "says").
        reporting_cues: verbs of saying ("said"): a past cue for a date after
            them ("said Friday"), never for one before ("Friday, his lawyer
            said"), which may be the date of what was said.
        not_past: words ending in "-ed" that are not past verbs ("alleged").
        auxiliaries: words before a participle that make it not a past cue
            ("will be sentenced").

    >>> vocabulary = attrs.evolve(
    ...     DEFAULT_VOCABULARY, months={**DEFAULT_VOCABULARY.months, "janv": 1})
    >>> vocabulary.months["janv"]
    1
    """

    months: Mapping[str, int] = attrs.field(factory=_months, converter=_int_table)
    guarded_months: frozenset[str] = attrs.field(
        default=frozenset(
            [
                "may",
                "march",
                "april",
                "june",
                "august",
                "jan",
                "feb",
                "mar",
                "apr",
                "jun",
                "jul",
                "aug",
                "sep",
                "sept",
                "oct",
                "nov",
                "dec",
            ]
        ),
        converter=_words,
    )
    weekdays: Mapping[str, int] = attrs.field(
        factory=lambda: {name: i for i, name in enumerate(_WEEKDAY_NAMES)},
        converter=_int_table,
    )
    parts: Mapping[str, Part] = attrs.field(
        factory=lambda: {
            "early": Part.EARLY,
            "beginning of": Part.EARLY,
            "start of": Part.EARLY,
            "mid": Part.MID,
            "middle of": Part.MID,
            "late": Part.LATE,
            "end of": Part.LATE,
        },
        converter=_part_table,
    )
    leads: frozenset[str] = attrs.field(
        default=frozenset(
            [
                "in",
                "since",
                "until",
                "till",
                "by",
                "from",
                "through",
                "before",
                "after",
                "during",
                "of",
            ]
        ),
        converter=_words,
    )
    deictic_days: Mapping[str, int] = attrs.field(
        factory=lambda: {
            "today": 0,
            "tonight": 0,
            "this morning": 0,
            "this afternoon": 0,
            "this evening": 0,
            "yesterday": -1,
            "last night": -1,
            "tomorrow": 1,
        },
        converter=_int_table,
    )
    shifts: Mapping[str, int] = attrs.field(
        factory=lambda: {"last": -1, "this": 0, "next": 1}, converter=_int_table
    )
    units: Mapping[str, str] = attrs.field(
        factory=lambda: {
            "day": "day",
            "days": "day",
            "week": "week",
            "weeks": "week",
            "month": "month",
            "months": "month",
            "year": "year",
            "years": "year",
        },
        converter=_unit_table,
    )
    cardinals: Mapping[str, int] = attrs.field(
        factory=lambda: dict(CARDINALS), converter=_int_table
    )
    times_of_day: frozenset[str] = attrs.field(
        default=frozenset({"morning", "afternoon", "evening", "night"}), converter=_words
    )
    exclusions: frozenset[str] = attrs.field(
        default=frozenset({"usa today", "today show", "today.com", "sunday school"}),
        converter=_words,
    )
    future_cues: frozenset[str] = attrs.field(
        default=frozenset(
            {
                "will",
                "'ll",
                "’ll",
                "shall",
                "won't",
                "won’t",
                "set to",
                "set for",
                "scheduled to",
                "scheduled for",
                "slated to",
                "slated for",
                "expected to",
                "is expected",
                "are expected",
                "plans to",
                "plan to",
                "planning to",
                "intends to",
                "intend to",
                "is to",
                "are to",
                "is due",
                "are due",
                "due to be",
                "going to",
                "upcoming",
            }
        ),
        converter=_words,
    )
    past_cues: frozenset[str] = attrs.field(
        default=frozenset(_IRREGULAR_PAST.split()), converter=_words
    )
    present_cues: frozenset[str] = attrs.field(
        default=frozenset({"is", "are", "am", "says", "remains", "continues"}),
        converter=_words,
    )
    reporting_cues: frozenset[str] = attrs.field(
        default=frozenset({"said", "told", "announced", "stated", "testified"}),
        converter=_words,
    )
    not_past: frozenset[str] = attrs.field(default=frozenset(_NOT_PAST.split()), converter=_words)
    auxiliaries: frozenset[str] = attrs.field(
        default=frozenset({"be", "been", "being", "is", "are", "am", "get", "gets"}),
        converter=_words,
    )

    @functools.cached_property
    def _date_pattern(self) -> re.Pattern[str]:
        return _compile_dates(self)

    @functools.cached_property
    def _date_forms(self) -> dict[str, _Form]:
        """Each alternative of the date pattern, by its group name (``f_mdy0``)."""
        return _forms_of(self._date_pattern)

    @functools.cached_property
    def _anchor_pattern(self) -> re.Pattern[str]:
        return _compile_anchors(self)

    @functools.cached_property
    def _reach(self) -> int:
        words = [
            *self.months,
            *self.weekdays,
            *self.parts,
            *self.leads,
            *self.deictic_days,
            *self.shifts,
            *self.units,
            *self.times_of_day,
            *self.cardinals,
        ]
        return 8 * (max(map(len, words), default=0) + 12) + 64

    @functools.cached_property
    def _cue_pattern(self) -> re.Pattern[str]:
        return _compile_cues(self)

    @functools.cached_property
    def _lowered_cues(self) -> _LoweredCues | None:
        return _compile_lowered_cues(self)

    @functools.cached_property
    def _exclusion_pattern(self) -> re.Pattern[str] | None:
        if not self.exclusions:
            return None
        return re.compile(rf"(?<!\w)(?:{_alternation(self.exclusions)})(?!\w)")

    @functools.cached_property
    def _exclusion_reach(self) -> int:
        return max(map(len, self.exclusions), default=0) + 8

    @functools.cached_property
    def _exclusion_first_pattern(self) -> re.Pattern[str] | None:
        """Any of :attr:`_exclusion_firsts`, found in lower-case text by one search."""
        if not self._exclusion_firsts:
            return None
        return re.compile("|".join(re.escape(w) for w in self._exclusion_firsts))

    @functools.cached_property
    def _exclusion_firsts(self) -> tuple[str, ...]:
        """The first word of each exclusion: a text without all of them has none."""
        return tuple({(w.split() or [""])[0] for w in self.exclusions})


DEFAULT_VOCABULARY = TemporalVocabulary()
"""The English news vocabulary :func:`find_dates` uses unless told otherwise."""


# -- patterns ------------------------------------------------------------------------

_SP = r"\s{1,4}"
_YEAR = r"(?:1[89]|2[01])\d{2}(?!\w|-\d|[.,]\d)"
_DAY = r"[0-3]?\d(?:[sS][tT]|[nNrR][dD]|[tT][hH])?(?!\w)"


def _alternation(words: Iterable[str]) -> str:
    return word_alternation(words)


def _month_alternation(v: TemporalVocabulary, *, guarded: bool) -> str:
    """Month words; an abbreviation may take a dot, a guarded word must be capitalized."""
    alternations = []
    for full in (True, False):
        words = [w for w in v.months if (w in _FULL_MONTH_NAMES) == full]
        free = [w for w in words if w not in v.guarded_months]
        # an ordinary word ("may", "march") is a month only when capitalized
        exact = [x for w in words if w in v.guarded_months for x in (w.capitalize(), w.upper())]
        if not guarded:
            exact = []
        if free or exact:
            dot = "" if full else r"\.?"
            alternations.append(rf"(?:{word_alternation(free, exact=exact)})(?!\w){dot}")
    return "|".join(alternations) or "(?!)"


def _forms(v: TemporalVocabulary) -> dict[str, Callable[[str], str]]:
    """Each form's regex, built for a tag that prefixes its group names."""
    months = rf"(?:{_month_alternation(v, guarded=True)})"
    free_months = rf"(?:{_month_alternation(v, guarded=False)})"
    weekdays = rf"(?:{_alternation(v.weekdays)})(?!\w)"
    parts = rf"(?:{_alternation(v.parts)})"
    leads = rf"(?:{_alternation(v.leads)})"
    shifts = rf"(?:{_alternation(v.shifts)})"
    units = rf"(?:{_alternation(v.units)})(?!\w)"
    tod = rf"(?:{_SP}(?:{_alternation(v.times_of_day)})(?!\w))?"
    deictic = rf"(?:{_alternation(v.deictic_days)})(?!\w)"
    of = _alternation(["of"])
    modifiers = _alternation(["earlier", "later"])
    ago = _alternation(["ago"])
    no_day_after = r"(?!\.?\s{0,4},?\s{0,4}\d)"  # "Sept. 9": the dot is not a stop
    month_sep = r"(?:(?<=\.)\s{0,4}|\s{1,4})"
    count = rf"(?:{words_pattern(v.cardinals, max_words=3)}|(?<![\w.,])\d{{1,4}}(?![\d.,]))"
    return {
        "iso": lambda t: (
            rf"(?<![\w.-])(?P<{t}_y>\d{{4}})-(?P<{t}_m>[01]\d)-(?P<{t}_d>[0-3]\d)(?![\w-]|\.\d)"
        ),
        "mdy": lambda t: (
            rf"(?:(?P<{t}_wd>{weekdays}),?{_SP})?(?P<{t}_m>{months}){month_sep}"
            rf"(?P<{t}_d>{_DAY})(?:\s?[-–]\s?(?P<{t}_d2>[0-3]?\d)(?!\w))?"
            rf"(?:,?{_SP}(?P<{t}_y>{_YEAR})|,(?P<{t}_y2>{_YEAR}))?"
        ),
        "dmy": lambda t: (
            rf"(?:(?P<{t}_wd>{weekdays}),?{_SP})?(?<![\w.,$£€])(?P<{t}_d>{_DAY})"
            rf"(?:{_SP}{of})?{_SP}(?P<{t}_m>{months})(?:,?{_SP}(?P<{t}_y>{_YEAR}))?"
        ),
        "my": lambda t: (
            rf"(?:(?P<{t}_p>{parts})(?:-|{_SP}))?(?P<{t}_m>{months})"
            rf"(?:,?{_SP}|{_SP}{of}{_SP})(?P<{t}_y>{_YEAR})"
        ),
        "py": lambda t: rf"(?P<{t}_p>{parts})(?:-|{_SP})(?P<{t}_y>{_YEAR})",
        "pm": lambda t: rf"(?P<{t}_p>{parts})(?:-|{_SP})(?P<{t}_m>{months}){no_day_after}",
        "ly": lambda t: rf"(?P<{t}_lead>{leads}){_SP}(?P<{t}_y>{_YEAR})",
        "lm": lambda t: rf"(?P<{t}_lead>{leads}){_SP}(?P<{t}_m>{months}){no_day_after}",
        "dx": lambda t: rf"(?P<{t}_w>{deictic}){tod}",
        "rm": lambda t: rf"(?P<{t}_s>{shifts}){_SP}(?P<{t}_m>{months}){no_day_after}",
        "ru": lambda t: (
            rf"(?:(?P<{t}_mod>{modifiers}){_SP})?(?P<{t}_s>{shifts}){_SP}(?P<{t}_u>{units})"
        ),
        "wd": lambda t: rf"(?:(?P<{t}_s>{shifts}){_SP})?(?P<{t}_d>{weekdays}){tod}",
        "ago": lambda t: rf"(?P<{t}_n>{count})(?:{_SP}|-)(?P<{t}_u>{units}){_SP}{ago}(?!\w)",
        "bm": lambda t: rf"(?P<{t}_m>{free_months}){no_day_after}",
    }


def _compile_dates(v: TemporalVocabulary) -> re.Pattern[str]:
    """One pattern for every form, dispatched on the first word.

    Each branch opens with a lookahead for the words its forms can start
    with, so a position is rejected after one short trie walk instead of an
    attempt at every form: this keeps long texts full of month abbreviations
    or weekdays fast. A form reachable from two first words appears in two
    branches under two tags (``mdy0``, ``mdy1``). A first check of the
    initial letter rejects most positions before any branch is tried.
    """
    forms = _forms(v)
    months = _month_alternation(v, guarded=True)
    weekdays = _alternation(v.weekdays)
    # what must follow a month or a weekday for the longer forms to be worth trying
    month_then_number = rf"(?=(?:{months})(?:\s{{0,4}},?\s{{0,4}}\d|{_SP}{_alternation(['of'])}))"
    weekday_then_date = rf"(?=(?:{weekdays}),?{_SP}(?:\d|{months}))"
    firsts: list[tuple[str, list[tuple[str, list[str]]]]] = [
        (r"\d", [("", ["iso", "dmy", "ago"])]),
        (weekdays, [(weekday_then_date, ["mdy", "dmy"]), ("", ["wd"])]),
        (months, [(month_then_number, ["mdy", "my"]), ("", ["bm"])]),
        (_alternation(v.parts), [("", ["my", "py", "pm"])]),
        (_alternation(v.leads), [("", ["ly", "lm"])]),
        (_alternation(v.deictic_days), [("", ["dx"])]),
        (_alternation(v.shifts), [("", ["rm", "ru", "wd"])]),
        (_alternation(["earlier", "later"]), [("", ["ru"])]),
        (_alternation(v.cardinals), [("", ["ago"])]),
    ]
    used: dict[str, int] = {}
    branches = []
    for first, groups in firsts:
        grouped = []
        for guard, names in groups:
            alternatives = []
            for name in names:
                tag = f"{name}{used.get(name, 0)}"
                used[name] = used.get(name, 0) + 1
                alternatives.append(rf"(?P<f_{tag}>{forms[name](tag)})")
            grouped.append(rf"{guard}(?:{'|'.join(alternatives)})")
        branches.append(rf"(?=(?:{first}))(?:{'|'.join(grouped)})")
    words = [
        *v.weekdays,
        *v.months,
        *v.parts,
        *v.leads,
        *v.deictic_days,
        *v.shifts,
        "earlier",
        "later",
        *v.cardinals,
    ]
    initials = sorted({c for w in words if w for c in (w[0].lower(), w[0].upper())})
    gate = "[0-9" + "".join(re.escape(c) for c in initials) + "]"
    # every form opens with a digit or a whole first word (followed by a space,
    # a hyphen, a dot or the end): one walk of them all rejects most words
    # ("the", "and", "against") before the branches' own lookaheads are tried
    first_word = rf"(?=\d|(?:{_alternation(words)})(?!\w))"
    return re.compile(rf"(?<!\w)(?={gate}){first_word}(?:{'|'.join(branches)})")


def _compile_anchors(v: TemporalVocabulary) -> re.Pattern[str]:
    # Every date holds one of these words or a four-digit number.
    words = [*v.months, *v.weekdays, *v.deictic_days, *v.units]
    return re.compile(anchor_alternation(words, digit_tail=r"(?<!\d\d)\d{3}(?!\d)"))


_CUE_START = r"(?:(?<![\w'’])|(?=['’]))"
"""Where a cue may start: not inside a word, except at an apostrophe ("he'll")."""


def _cue_words(v: TemporalVocabulary) -> list[str]:
    return [*v.future_cues, *v.auxiliaries, *v.past_cues, *v.reporting_cues, *v.present_cues]


def _cue_body(v: TemporalVocabulary, *, lowered: bool) -> str:
    """The cue pattern after its start; ``lowered`` for text already in lower case.

    Lower-case text is searched with plain letters instead of case classes,
    which the regex engine compares faster.
    """
    alternation: Callable[[Iterable[str]], str]
    if lowered:
        alternation = _exact_alternation
        letter, ed = "[a-z]", "[a-z]{1,30}ed"
        initials = sorted({w[0] for w in _cue_words(v) if w})
        gate = rf"(?=[a-z{''.join(re.escape(c) for c in initials)}])"
    else:
        alternation = _alternation
        letter, ed = "[a-zA-Z]", r"[a-zA-Z]{1,30}[eE][dD]"
        initials = sorted({c for w in _cue_words(v) if w for c in (w[0].lower(), w[0].upper())})
        gate = rf"(?=[a-zA-Z{''.join(re.escape(c) for c in initials)}])"
    future = alternation(v.future_cues)
    return (
        rf"{gate}(?:"
        rf"(?P<future>{future})"
        rf"|(?P<neutral>(?P<aux>{alternation(v.auxiliaries)}){_SP}"
        rf"(?!(?:{future})(?![\w'])){ed})"
        rf"|(?P<past>{alternation(v.past_cues)})"
        rf"|(?P<reporting>{alternation(v.reporting_cues)})"
        rf"|(?P<present>{alternation(v.present_cues)})"
        rf"|(?P<ed>{letter}{ed})"
        r")(?![\w'’])"
    )


def _exact_alternation(words: Iterable[str]) -> str:
    return word_alternation((), exact=words)


def _compile_cues(v: TemporalVocabulary) -> re.Pattern[str]:
    return re.compile(_CUE_START + _cue_body(v, lowered=False))


@attrs.frozen
class _LoweredCues:
    """The cue pattern for text in lower case, and what decides when it may be used.

    Args:
        full: the cue pattern, for lower-case text.
        fast: the same, but starting with the character before the cue, so
            the engine skips through words in its own loop; it finds no cue
            at an apostrophe inside a word ("he'll") nor at the text's start.
        inner_starts: the first words of cues that start with an apostrophe:
            a text holding one is searched with ``full``.
        exact: the non-ASCII characters of the cue words.
    """

    full: re.Pattern[str]
    fast: re.Pattern[str]
    inner_starts: tuple[str, ...]
    exact: frozenset[str]

    def finditer(self, lowered: str) -> Iterator[re.Match[str]]:
        """The matches of the cue pattern in ``lowered``, by ``fast`` where it finds them all."""
        # every inner start opens with an apostrophe: a text without one has none
        if ("'" in lowered or "’" in lowered) and any(w in lowered for w in self.inner_starts):
            return self.full.finditer(lowered)
        first = self.full.match(lowered)
        if first is None:
            return self.fast.finditer(lowered)
        return itertools.chain((first,), self.fast.finditer(lowered, first.end()))


def _compile_lowered_cues(v: TemporalVocabulary) -> _LoweredCues | None:
    """The cue patterns for lower-cased text, if the vocabulary's words allow them.

    Every cue word must be non-empty, end in a word character or an
    apostrophe (so no cue starts where another ends), and hold only ASCII
    characters or characters without case (which lower-casing a text cannot
    produce from another character).
    """
    words = _cue_words(v)
    for w in words:
        if not w.strip() or not (w[-1] in "'’" or re.match(r"\w", w[-1])):
            return None
        if any(not c.isascii() and not c.lower() == c == c.upper() for c in w):
            return None
    body = _cue_body(v, lowered=True)
    return _LoweredCues(
        full=re.compile(_CUE_START + body),
        fast=re.compile(r"[^\w'’]" + body),
        inner_starts=tuple(sorted({w.split()[0] for w in words if w[0] in "'’"})),
        exact=frozenset(c for w in words for c in w if not c.isascii()),
    )


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _lower_for_cues(text: str, exact: frozenset[str]) -> str | None:
    """``text`` in lower case, if that changes no character the cue pattern tells apart.

    Lower-casing must keep the length, and may change a non-ASCII character
    only into another non-ASCII one of the same kind (letter or digit, space)
    that is neither an apostrophe nor a character of a cue word.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    if not text.isascii():
        for m in _NON_ASCII.finditer(text):
            c, low = m.group(), lowered[m.start()]
            if low != c and (
                low.isascii()
                or low.isalnum() != c.isalnum()
                or low.isspace() != c.isspace()
                or low in "'’"
                or low in exact
            ):
                return None
    return lowered


_BOUNDARY = re.compile(
    # a stop before a capital, a semicolon, or a blank line; the first character
    # comes first (each branch then checks it), so the engine skips to it in its own loop
    r"[.!?;\n](?:(?<=[.!?;])[\"'”’)\]]*\s{1,8}(?=[\"“‘(]?[A-Z])|(?<=;)|(?<=\n)\s{0,8}\n)"
)


# -- tense ---------------------------------------------------------------------------

_CUE_TENSE = {"future": Tense.FUTURE, "past": Tense.PAST, "reporting": Tense.PAST}
_STRONG = frozenset({"future", "past"})
_LEAD_FORMS = {"ly": "y", "lm": "m"}


def _cues(text: str, v: TemporalVocabulary) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each tense cue, kind one of future, past, reporting, present."""
    matches: Iterable[re.Match[str]]
    lowered_cues = v._lowered_cues
    lowered = None if lowered_cues is None else _lower_for_cues(text, lowered_cues.exact)
    if lowered_cues is not None and lowered is not None:
        matches = lowered_cues.finditer(lowered)  # the same cues, found faster
    else:
        matches = v._cue_pattern.finditer(text)
    out = []
    for m in matches:
        kind = m.lastgroup
        if kind == "neutral":  # "is charged": the participle is no cue, "is" may be one
            if _space(text[m.start("aux") : m.end("aux")]) in v.present_cues:
                out.append((m.start("aux"), m.end("aux"), "present"))
            continue
        if kind is None:
            continue
        # a match may start at the character before the cue: its group starts at the cue
        start, end = m.start(kind), m.end()
        if kind == "ed" and text[start:end].lower() in v.not_past:
            continue
        out.append((start, end, "past" if kind == "ed" else kind))
    return out


def clause_tense(
    text: str, *, vocabulary: TemporalVocabulary = DEFAULT_VOCABULARY
) -> Tense | None:
    """Guess the tense of a clause from cue words, or ``None`` when it has none.

    A future cue ("will", "set to", "is expected to") wins over past ones,
    since the past forms in a clause about a coming event are usually in a
    relative clause ("Lee, who was arrested in May, will be tried"). "Would"
    is no cue: it hedges more often than it predicts. A participle after
    "be" ("will be sentenced") is not a past cue.

    Args:
        text: the clause or sentence.
        vocabulary: the cue words.

    >>> clause_tense("The judge dismissed the charges.")
    <Tense.PAST: 'past'>
    >>> clause_tense("Park is scheduled to be sentenced in June.")
    <Tense.FUTURE: 'future'>
    >>> clause_tense("The company would appeal.") is None
    True
    """
    kinds = {kind for _, _, kind in _cues(text, vocabulary)}
    for kind, tense in (
        ("future", Tense.FUTURE),
        ("past", Tense.PAST),
        ("present", Tense.PRESENT),
        ("reporting", Tense.PAST),
    ):
        if kind in kinds:
            return tense
    return None


class _TenseIndex:
    """The tense cue that governs a span, within its sentence, in logarithmic time.

    A date adjunct usually follows its verb ("dismissed the case Friday",
    "will be sentenced in March"), so the nearest cue before the date wins;
    only a date that opens its sentence ("On Friday, the judge dismissed")
    looks ahead, and then not to a verb of saying ("Friday, his lawyer said").
    """

    def __init__(self, text: str, v: TemporalVocabulary):
        # every cue may govern a date after it; only strong ones a date before it
        self.before: list[tuple[int, Tense]] = []
        self.before_ends: list[int] = []
        self.after: list[tuple[int, Tense]] = []
        self.after_starts: list[int] = []
        for s, e, k in _cues(text, v):
            tense = _CUE_TENSE.get(k)
            if tense is None:
                continue
            self.before.append((e, tense))
            self.before_ends.append(e)
            if k in _STRONG:  # the strong kinds are among those with a tense
                self.after.append((s, tense))
                self.after_starts.append(s)
        self.bound_starts: list[int] = []
        self.bound_ends: list[int] = []
        for b in _BOUNDARY.finditer(text):
            self.bound_starts.append(b.start())
            self.bound_ends.append(b.end())
        self.length = len(text)

    def tense(self, start: int, end: int) -> Tense | None:
        i = bisect.bisect_right(self.bound_ends, start)
        sentence_start = self.bound_ends[i - 1] if i else 0
        j = bisect.bisect_left(self.bound_starts, end)
        sentence_end = self.bound_starts[j] if j < len(self.bound_starts) else self.length
        k = bisect.bisect_right(self.before_ends, start) - 1
        if k >= 0 and self.before[k][0] > sentence_start:
            return self.before[k][1]
        k = bisect.bisect_left(self.after_starts, end)
        if k < len(self.after) and self.after[k][0] < sentence_end:
            return self.after[k][1]
        return None


# -- resolution ----------------------------------------------------------------------


@attrs.frozen
class DateMention:
    """A temporal expression found in a string, and the date it stands for.

    Args:
        start: offset of the first character, in the string searched.
        end: offset just past the last character.
        text: ``string[start:end]``; a leading "in" or "since" is left out.
        value: the date at the precision the text gives, or ``None`` when
            the expression needs a publication date and none was given.
        relative: whether the value depends on the publication date
            ("Friday", "last month", and "Aug. 9", whose year is implied).
    """

    start: int
    end: int
    text: str
    value: FuzzyDate | None
    relative: bool


def _distance(value: FuzzyDate, day: dt.date) -> int:
    lo, hi = value.interval()
    if lo <= day <= hi:
        return 0
    return (lo - day).days if day < lo else (day - hi).days


_TARGET = re.compile(r"\b(?:to|until|till)\s+(?:on\s+)?$")
_SCHEDULE = re.compile(
    r"\b(?:hearing|trial|sentencing|arraignment|conference|deadline|scheduled|slated|set|"
    r"begin|start|resume|due|(?:trial|hearing|sentencing|court)\s+date(?:\s+of)?)"
    r"\s+(?:(?:on|for|to|in)\s+)?$"
)


@functools.lru_cache(maxsize=4096)
def _nearest_year(
    published: dt.date,
    tense: Tense | None,
    month: int,
    day: int | None = None,
    last_day: int | None = None,
    part: Part | None = None,
) -> FuzzyDate | None:
    """The date without a year, in the year nearest publication that the tense allows.

    ``day`` to ``last_day`` is a range of days ("Oct. 21-22"); ``part``
    narrows a month without a day ("late January").
    """
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            if day is None:
                candidates.append(FuzzyDate(year, month, part=part))
            elif last_day is None:
                candidates.append(FuzzyDate(year, month, day))
            else:
                found = _enclosing(dt.date(year, month, day), dt.date(year, month, last_day))
                assert found is not None  # two days of one month
                candidates.append(found)
        except (ValueParseError, ValueError):  # Feb. 29 outside leap years
            continue
    if tense is Tense.PAST:
        allowed = [c for c in candidates if c.interval()[0] <= published]
    elif tense is Tense.FUTURE:
        allowed = [c for c in candidates if c.interval()[1] >= published]
    else:
        allowed = candidates
    pool = allowed or candidates
    if not pool:
        return None
    return min(pool, key=lambda c: (_distance(c, published), c.interval()[0] > published))


@functools.lru_cache(maxsize=4096)
def _weekday(
    published: dt.date, weekday: int, tense: Tense | None, shift: int | None
) -> FuzzyDate:
    """The day a weekday names, by the tense rule; cached, since articles repeat them."""
    return _day(_weekday_date(published, weekday, tense, shift))


def _weekday_date(
    published: dt.date, weekday: int, tense: Tense | None, shift: int | None
) -> dt.date:
    wd = _WEEKDAYS[weekday]
    if shift is not None and shift < 0:  # "last Friday": strictly before
        return published + relativedelta(days=-1, weekday=wd(-1))
    if shift is not None and shift > 0:  # "next Friday": strictly after
        return published + relativedelta(days=+1, weekday=wd(+1))
    before = published + relativedelta(weekday=wd(-1))
    after = published + relativedelta(weekday=wd(+1))
    if tense is Tense.PAST:
        return before
    if tense is Tense.FUTURE:
        return after
    return before if published - before <= after - published else after


@functools.lru_cache(maxsize=4096)
def _day(day: dt.date) -> FuzzyDate:
    return FuzzyDate(day.year, day.month, day.day)


@functools.lru_cache(maxsize=4096)
def _enclosing(lo: dt.date, hi: dt.date) -> FuzzyDate | None:
    """The most precise date whose interval holds ``lo`` to ``hi``."""
    if lo == hi:
        return _day(lo)
    candidates: list[FuzzyDate] = []
    if (lo.year, lo.month) == (hi.year, hi.month):
        candidates = [FuzzyDate(lo.year, lo.month, part=p) for p in Part]
        candidates.append(FuzzyDate(lo.year, lo.month))
    elif lo.year == hi.year:
        candidates = [FuzzyDate(lo.year, part=p) for p in Part]
        candidates.append(FuzzyDate(lo.year))
    for c in candidates:
        a, b = c.interval()
        if a <= lo and hi <= b:
            return c
    return None


def _week(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _shift_month(day: dt.date, months: int) -> FuzzyDate:
    moved = day + relativedelta(months=months)
    return _fuzzy(moved.year, moved.month)


class _Unresolvable(Exception):
    """The expression matched but names no date (Feb. 30, a year out of range)."""


def _day_of(text: str) -> int:
    return int(re.sub(r"\D", "", text))


_Resolved = tuple[FuzzyDate | None, bool]


@attrs.frozen
class _Form:
    """One alternative of the date pattern: its form and its groups' numbers by field name."""

    tag: str
    form: str
    fields: dict[str, int]


def _forms_of(pattern: re.Pattern[str]) -> dict[str, _Form]:
    """The alternatives of a date pattern, found from its group names (``f_mdy0``, ``mdy0_m``)."""
    forms: dict[str, _Form] = {}
    for name in pattern.groupindex:
        if name.startswith("f_"):
            tag = name.removeprefix("f_")
            fields = {
                group.removeprefix(f"{tag}_"): i
                for group, i in pattern.groupindex.items()
                if group.startswith(f"{tag}_")
            }
            forms[name] = _Form(tag, tag.rstrip("0123456789"), fields)
    return forms


class _Groups:
    """The groups of one form's match, by field name ("m", "y") instead of tag."""

    __slots__ = ("fields", "m", "tag")

    def __init__(self, m: re.Match[str], form: _Form):
        self.m = m
        self.tag = form.tag
        self.fields = form.fields

    def __getitem__(self, field: str) -> str | None:
        i = self.fields.get(field)
        return None if i is None else self.m.group(i)  # the form may have no such group

    def req(self, field: str) -> str:
        value = self[field]
        assert value is not None, (self.tag, field)
        return value


class _Resolver:
    def __init__(
        self,
        text: str,
        published: dt.date | None,
        tense: Tense | None,
        v: TemporalVocabulary,
    ):
        self.text = text
        self.published = published
        self.tense = tense
        self.v = v
        self._index: _TenseIndex | None = None

    def tense_at(self, start: int, end: int) -> Tense | None:
        if self.tense is not None:
            return self.tense
        if self._index is None:
            self._index = _TenseIndex(self.text, self.v)
        return self._index.tense(start, end)

    def _calendar_tense(self, start: int, end: int) -> Tense | None:
        """The tense that picks the year of a yearless date.

        A date that is where something is moved or scheduled to ("moved the
        hearing to Aug. 9", "postponed until March") lies ahead even in a
        past-tense clause; one that names when a court event is set ("the
        preliminary hearing May 3", "was scheduled to begin May 3") is not
        pushed into the past by a past-tense clause; otherwise the clause's
        tense decides.
        """
        if self.tense is not None:
            return self.tense
        before = self.text[max(0, start - 40) : start].casefold()
        if _TARGET.search(before):
            return Tense.FUTURE
        tense = self.tense_at(start, end)
        if tense is Tense.PAST and _SCHEDULE.search(before):
            return None  # "was scheduled to begin May 3": the plan is past, not the date
        return tense

    def month(self, word: str) -> int:
        return self.v.months[_space(word).rstrip(".")]

    def resolve(self, m: re.Match[str]) -> DateMention:
        group = m.lastgroup
        assert group is not None  # every alternative is a named group f_<form><n>
        found = self.v._date_forms[group]
        form = found.form
        g = _Groups(m, found)
        start, end = m.span()
        if form in _LEAD_FORMS:  # the lead word ("in", "since") is context, not the date
            start, end = m.span(found.fields[_LEAD_FORMS[form]])
        method: Callable[[_Groups, int, int], _Resolved] = getattr(self, f"_{form}")
        try:
            value, relative = method(g, start, end)
        except (OverflowError, ValueError):  # arithmetic past year 1 or 9999
            raise _Unresolvable from None
        return DateMention(start, end, self.text[start:end], value, relative)

    # absolute forms

    def _iso(self, g: _Groups, start: int, end: int) -> _Resolved:
        return _fuzzy(int(g.req("y")), int(g.req("m")), int(g.req("d"))), False

    def _day_date(self, g: _Groups, start: int, end: int) -> _Resolved:
        month = self.month(g.req("m"))
        day = _day_of(g.req("d"))
        last = g["d2"]
        year_text = g["y"] or g["y2"]
        days_in_month = calendar.monthrange(2000, month)[1]
        if not 1 <= day <= days_in_month:
            raise _Unresolvable
        if last is not None and not day < int(last) <= days_in_month:
            raise _Unresolvable

        if year_text is not None:
            if last is None:
                return _fuzzy(int(year_text), month, day), False
            year = int(year_text)
            return _enclosing(dt.date(year, month, day), dt.date(year, month, int(last))), False
        if self.published is None:
            return None, True
        tense = self._calendar_tense(start, end)
        last_day = None if last is None else int(last)
        return _nearest_year(self.published, tense, month, day, last_day), True

    _mdy = _day_date
    _dmy = _day_date

    def _my(self, g: _Groups, start: int, end: int) -> _Resolved:
        part = self.v.parts[_space(g.req("p"))] if g["p"] else None
        return _fuzzy(int(g.req("y")), self.month(g.req("m")), part=part), False

    def _py(self, g: _Groups, start: int, end: int) -> _Resolved:
        return _fuzzy(int(g.req("y")), part=self.v.parts[_space(g.req("p"))]), False

    def _ly(self, g: _Groups, start: int, end: int) -> _Resolved:
        return _fuzzy(int(g.req("y"))), False

    # partial forms: the year is implied

    def _partial_month(self, g: _Groups, start: int, end: int) -> _Resolved:
        if self.published is None:
            return None, True
        part = self.v.parts[_space(g.req("p"))] if g["p"] else None
        tense = self._calendar_tense(start, end)
        return _nearest_year(self.published, tense, self.month(g.req("m")), part=part), True

    _pm = _partial_month
    _lm = _partial_month
    _bm = _partial_month

    # relative forms

    def _rm(self, g: _Groups, start: int, end: int) -> _Resolved:
        if self.published is None:
            return None, True
        pub = self.published
        month, shift = self.month(g.req("m")), self.v.shifts[_space(g.req("s"))]
        if shift < 0:
            year = pub.year if month < pub.month else pub.year - 1
        elif shift > 0:
            year = pub.year if month > pub.month else pub.year + 1
        else:
            year = pub.year
        return _fuzzy(year, month), True

    def _dx(self, g: _Groups, start: int, end: int) -> _Resolved:
        if self.published is None:
            return None, True
        offset = self.v.deictic_days[_space(g.req("w"))]
        return _day(self.published + dt.timedelta(days=offset)), True

    def _wd(self, g: _Groups, start: int, end: int) -> _Resolved:
        if self.published is None:
            return None, True
        shift = self.v.shifts[_space(g.req("s"))] if g["s"] else None
        weekday = self.v.weekdays[_space(g.req("d"))]
        # "last Friday", "next Friday" need no tense: the clause's cues are not read
        tense = self.tense_at(start, end) if not shift else None
        return _weekday(self.published, weekday, tense, shift), True

    def _ru(self, g: _Groups, start: int, end: int) -> _Resolved:
        if self.published is None:
            return None, True
        pub = self.published
        shift = self.v.shifts[_space(g.req("s"))]
        unit = self.v.units[_space(g.req("u"))]
        modifier = _space(g["mod"] or "")
        if unit == "day":
            return _day(pub + dt.timedelta(days=shift)), True
        if unit == "week":
            lo, hi = _week(pub + dt.timedelta(weeks=shift))
            if shift == 0 and modifier == "earlier":
                hi = pub
            elif shift == 0 and modifier == "later":
                lo = pub
            return _enclosing(lo, hi), True
        if unit == "month":
            return _shift_month(pub, shift), True
        return _fuzzy(pub.year + shift), True

    def _ago(self, g: _Groups, start: int, end: int) -> _Resolved:
        count = parse_count(g.req("n"), self.v.cardinals)
        if count is None:
            raise _Unresolvable
        if self.published is None:
            return None, True
        pub = self.published
        unit = self.v.units[_space(g.req("u"))]
        if unit == "day":
            return _day(pub - dt.timedelta(days=count)), True
        if unit == "week":
            return _enclosing(*_week(pub - dt.timedelta(weeks=count))), True
        if unit == "month":
            return _shift_month(pub, -count), True
        return _fuzzy(pub.year - count), True


def _space(text: str) -> str:
    return " ".join(text.lower().split())


@functools.lru_cache(maxsize=4096)
def _fuzzy(
    year: int, month: int | None = None, day: int | None = None, part: Part | None = None
) -> FuzzyDate:
    try:
        return FuzzyDate(year, month, day, part)
    except (ValueParseError, ValueError):
        raise _Unresolvable from None


def _excluded(text: str, start: int, end: int, v: TemporalVocabulary) -> bool:
    """Whether the match lies in a phrase that is not a date ("USA Today")."""
    pattern = v._exclusion_pattern
    if pattern is None:
        return False
    reach = v._exclusion_reach
    lo = max(0, start - reach)
    return any(
        x.start() < end and start < x.end() for x in pattern.finditer(text, lo, end + reach)
    )


def find_dates(
    text: str,
    *,
    published: dt.date | None,
    tense: Tense | None = None,
    vocabulary: TemporalVocabulary = DEFAULT_VOCABULARY,
) -> list[DateMention]:
    """Find temporal expressions and resolve them against the publication date.

    Absolute dates ("Oct. 21, 2021", "late 2021") are read as written.
    Dates without a year ("Aug. 9", "in January") take the year that puts
    them nearest to publication among those the clause's tense allows;
    weekdays take the latest such day on or before publication in a past
    clause, the next on or after it in a future one, the nearest otherwise.
    Relative expressions keep the precision of their words: "two months
    ago" is a month, "three days ago" a day, "last week" only what holds the
    whole week. Without a publication date, every date that needs one has
    ``value=None``: nothing is guessed from the clock.

    Args:
        text: the string to search, usually one sentence.
        published: the article's publication date, or ``None`` if unknown.
        tense: the tense of the text, when the caller knows it; otherwise
            each date takes the tense of the nearest cue before it in its
            sentence ("dismissed the case Friday"), or failing that of the
            next one after it ("On Friday, the judge dismissed").
        vocabulary: the words to recognize.

    Returns:
        The mentions, in text order.

    >>> import datetime
    >>> thursday = datetime.date(2023, 4, 20)
    >>> [(m.text, str(m.value)) for m in find_dates(
    ...     "The judge dismissed the case Friday.", published=thursday)]
    [('Friday', '2023-04-14')]
    >>> [(m.text, str(m.value)) for m in find_dates(
    ...     "Jury selection will begin Aug. 9, two months after the arrest in mid-March 2022.",
    ...     published=thursday)]
    [('Aug. 9', '2023-08-09'), ('mid-March 2022', 'mid 2022-03')]
    >>> find_dates("They met last month.", published=None)[0].value is None
    True
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    resolver: _Resolver | None = None  # made at the first match: most sentences have none
    out: list[DateMention] = []
    pattern = vocabulary._date_pattern
    may_exclude: bool | None = None  # whether the text holds an exclusion's first word
    reach = vocabulary._reach
    # every date holds an anchor, so a text shorter than the reach (a sentence)
    # is scanned whole: one pass of the date pattern, not an anchor search first
    regions = (
        [(0, len(text))]
        if len(text) <= reach
        else anchor_regions(text, vocabulary._anchor_pattern, reach=reach)
    )
    for pos, endpos in regions:
        for m in pattern.finditer(text, pos, endpos):
            if may_exclude is None:
                lowered = text.lower()
                firsts = vocabulary._exclusion_first_pattern
                may_exclude = firsts is not None and firsts.search(lowered) is not None
                resolver = _Resolver(text, published, tense, vocabulary)
            if may_exclude and _excluded(text, m.start(), m.end(), vocabulary):
                continue
            assert resolver is not None  # made with ``may_exclude``
            try:
                out.append(resolver.resolve(m))
            except _Unresolvable:
                continue
    return out
