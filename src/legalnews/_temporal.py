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
import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

import attrs
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from ._dates import FuzzyDate, Part
from ._errors import ValueParseError
from ._numbers import CARDINALS, parse_count, words_pattern

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


def _months() -> dict[str, int]:
    table = {calendar.month_name[i].lower(): i for i in range(1, 13)}
    table.update({calendar.month_abbr[i].lower(): i for i in range(1, 13)})
    table.update({"sept": 9})
    return table


_FULL_MONTH_NAMES = frozenset(calendar.month_name[i].lower() for i in range(1, 13))

_IRREGULAR_PAST = (
    "was were had did ago became began bought brought came caught chose drove fell felt "
    "fought forgave found gave got went held heard kept knew led lost made met paid pled "
    "ran saw sent sought spent spoke stood struck swore took taught thought threw won wrote"
)
_NOT_PAST = (
    "alleged accused suspected unnamed unidentified armed wanted related based detailed "
    "limited united certified registered licensed named interested concerned supposed "
    "hundred indeed need needed speed proceed exceed succeed embed shed seed feed weed "
    "breed creed deed greed naked sacred wicked beloved learned"
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
        times_of_day: words that may follow a day ("Friday afternoon").
        exclusions: phrases that contain date words but are not dates
            ("USA Today").
        future_cues: words and phrases that put a clause in the future
            ("will", "set to"); "would" is not one.
        past_cues: past forms that do not end in "-ed" ("was", "pleaded"
            needs no entry).
        present_cues: present forms ("is", "says").
        reporting_cues: verbs of saying ("said"): a weak past cue that only
            counts right next to the date ("said Friday").
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
        factory=lambda: {calendar.day_name[i].lower(): i for i in range(7)},
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
    times_of_day: frozenset[str] = attrs.field(
        default=frozenset({"morning", "afternoon", "evening", "night"}), converter=_words
    )
    exclusions: frozenset[str] = attrs.field(
        default=frozenset({"usa today", "today show", "today.com"}), converter=_words
    )
    future_cues: frozenset[str] = attrs.field(
        default=frozenset(
            {
                "will",
                "'ll",
                "shall",
                "won't",
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
    def _cue_pattern(self) -> re.Pattern[str]:
        return _compile_cues(self)

    @functools.cached_property
    def _exclusion_pattern(self) -> re.Pattern[str] | None:
        if not self.exclusions:
            return None
        return re.compile(rf"(?<!\w)(?:{_alternation(self.exclusions)})(?!\w)", re.IGNORECASE)


DEFAULT_VOCABULARY = TemporalVocabulary()
"""The English news vocabulary :func:`find_dates` uses unless told otherwise."""


# -- patterns ------------------------------------------------------------------------

_SP = r"\s{1,4}"
_YEAR = r"(?:1[89]|2[01])\d{2}(?!\w|-\d|[.,]\d)"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?!\w)"


def _escape(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s{1,4}")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(_escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _month_alternation(v: TemporalVocabulary, *, guarded: bool) -> str:
    alts = []
    for word in sorted(v.months, key=lambda w: (-len(w), w)):
        if word in v.guarded_months:
            if not guarded:
                continue
            # an ordinary word ("may", "march") is a month only when capitalized
            alt = rf"(?-i:{_escape(word.capitalize())}|{_escape(word.upper())})"
        else:
            alt = _escape(word)
        if word not in _FULL_MONTH_NAMES:
            alt = rf"(?:{alt})(?!\w)\.?"
        alts.append(alt)
    return "|".join(alts) or "(?!)"


def _compile_dates(v: TemporalVocabulary) -> re.Pattern[str]:
    months = rf"(?:{_month_alternation(v, guarded=True)})(?!\w)"
    free_months = rf"(?:{_month_alternation(v, guarded=False)})(?!\w)"
    weekdays = rf"(?:{_alternation(v.weekdays)})(?!\w)"
    parts = rf"(?:{_alternation(v.parts)})"
    leads = rf"(?:{_alternation(v.leads)})"
    shifts = rf"(?:{_alternation(v.shifts)})"
    units = rf"(?:{_alternation(v.units)})(?!\w)"
    tod = rf"(?:{_SP}(?:{_alternation(v.times_of_day)})(?!\w))?"
    deictic = rf"(?:{_alternation(v.deictic_days)})(?!\w)"
    no_day_after = r"(?!\s{0,4},?\s{0,4}\d)"
    month_sep = r"(?:(?<=\.)\s{0,4}|\s{1,4})"
    day_range = r"(?:\s?[-–]\s?(?P<{}>[0-3]?\d)(?!\w))?"
    count = rf"(?:{words_pattern(CARDINALS, max_words=3)}|(?<![\w.,])\d{{1,4}}(?![\d.,]))"
    forms = [
        ("iso", r"(?<![\w.-])(?P<iso_y>\d{4})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\w-]|\.\d)"),
        (
            "mdy",
            rf"(?:(?P<mdy_wd>{weekdays}),?{_SP})?(?P<mdy_m>{months}){month_sep}"
            rf"(?P<mdy_d>{_DAY}){day_range.format('mdy_d2')}"
            rf"(?:,?{_SP}(?P<mdy_y>{_YEAR})|,(?P<mdy_y2>{_YEAR}))?",
        ),
        (
            "dmy",
            rf"(?:(?P<dmy_wd>{weekdays}),?{_SP})?(?<![\w.,$£€])(?P<dmy_d>{_DAY})"
            rf"(?:{_SP}of)?{_SP}(?P<dmy_m>{months})(?:,?{_SP}(?P<dmy_y>{_YEAR}))?",
        ),
        (
            "my",
            rf"(?:(?P<my_p>{parts})(?:-|{_SP}))?(?P<my_m>{months})"
            rf"(?:,?{_SP}|{_SP}of{_SP})(?P<my_y>{_YEAR})",
        ),
        ("py", rf"(?P<py_p>{parts})(?:-|{_SP})(?P<py_y>{_YEAR})"),
        ("pm", rf"(?P<pm_p>{parts})(?:-|{_SP})(?P<pm_m>{months}){no_day_after}"),
        ("ly", rf"(?P<ly_lead>{leads}){_SP}(?P<ly_y>{_YEAR})"),
        ("lm", rf"(?P<lm_lead>{leads}){_SP}(?P<lm_m>{months}){no_day_after}"),
        ("dx", rf"(?P<dx_w>{deictic}){tod}"),
        ("rm", rf"(?P<rm_s>{shifts}){_SP}(?P<rm_m>{months}){no_day_after}"),
        ("ru", rf"(?:(?P<ru_mod>earlier|later){_SP})?(?P<ru_s>{shifts}){_SP}(?P<ru_u>{units})"),
        ("wd", rf"(?:(?P<wd_s>{shifts}){_SP})?(?P<wd_d>{weekdays}){tod}"),
        ("ago", rf"(?P<ago_n>{count})(?:{_SP}|-)(?P<ago_u>{units}){_SP}ago(?!\w)"),
        ("bm", rf"(?P<bm_m>{free_months}){no_day_after}"),
    ]
    body = "|".join(rf"(?P<f_{name}>{source})" for name, source in forms)
    return re.compile(rf"(?<!\w)(?:{body})", re.IGNORECASE)


def _compile_cues(v: TemporalVocabulary) -> re.Pattern[str]:
    future = _alternation(v.future_cues) or "(?!)"
    return re.compile(
        r"(?<![\w'])(?:"
        rf"(?P<future>{future})"
        rf"|(?P<neutral>(?:{_alternation(v.auxiliaries) or '(?!)'}){_SP}"
        rf"(?!(?:{future})(?![\w']))[a-z]{{1,30}}ed)"
        rf"|(?P<past>{_alternation(v.past_cues) or '(?!)'})"
        rf"|(?P<reporting>{_alternation(v.reporting_cues) or '(?!)'})"
        rf"|(?P<present>{_alternation(v.present_cues) or '(?!)'})"
        r"|(?P<ed>[a-z]{2,30}ed)"
        r")(?![\w'])",
        re.IGNORECASE,
    )


_BOUNDARY = re.compile(r"[.!?;][\"'”’)\]]*\s{1,8}(?=[\"“‘(]?[A-Z])|;|\n\s{0,8}\n")


# -- tense ---------------------------------------------------------------------------

_CUE_TENSE = {"future": Tense.FUTURE, "past": Tense.PAST, "reporting": Tense.PAST}
_STRONG = frozenset({"future", "past"})
_LEAD_FORMS = {"ly": "ly_y", "lm": "lm_m"}


def _cues(text: str, v: TemporalVocabulary) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each tense cue, kind one of future, past, reporting, present."""
    out = []
    for m in v._cue_pattern.finditer(text):
        kind = m.lastgroup
        if kind is None or kind == "neutral":
            continue
        if kind == "ed" and m.group().lower() in v.not_past:
            continue
        out.append((m.start(), m.end(), "past" if kind == "ed" else kind))
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
        cues = _cues(text, v)
        # every cue may govern a date after it; only strong ones a date before it
        self.before = [(e, _CUE_TENSE[k]) for _, e, k in cues if k in _CUE_TENSE]
        self.before_ends = [e for e, _ in self.before]
        self.after = [(s, _CUE_TENSE[k]) for s, _, k in cues if k in _STRONG]
        self.after_starts = [s for s, _ in self.after]
        bounds = list(_BOUNDARY.finditer(text))
        self.bound_starts = [b.start() for b in bounds]
        self.bound_ends = [b.end() for b in bounds]
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


def _nearest_year(
    published: dt.date, tense: Tense | None, make: Callable[[int], FuzzyDate]
) -> FuzzyDate | None:
    """The candidate year nearest publication among those the tense allows."""
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidates.append(make(year))
        except (ValueParseError, ValueError):
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


def _weekday(published: dt.date, weekday: int, tense: Tense | None, shift: int | None) -> dt.date:
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


def _enclosing(lo: dt.date, hi: dt.date) -> FuzzyDate | None:
    """The most precise date whose interval holds ``lo`` to ``hi``."""
    if lo == hi:
        return FuzzyDate.from_date(lo)
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
    return FuzzyDate(moved.year, moved.month)


class _Unresolvable(Exception):
    """The expression matched but names no date (Feb. 30, a year out of range)."""


def _day_of(text: str) -> int:
    return int(re.sub(r"\D", "", text))


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

    def month(self, word: str) -> int:
        return self.v.months[_space(word).rstrip(".")]

    def resolve(self, m: re.Match[str]) -> DateMention:
        form = m.lastgroup
        assert form is not None  # every alternative is a named group f_<form>
        form = form.removeprefix("f_")
        start, end = m.span()
        if form in _LEAD_FORMS:  # the lead word ("in", "since") is context, not the date
            start, end = m.span(_LEAD_FORMS[form])
        method = getattr(self, f"_{form}")
        try:
            value, relative = method(m, start, end)
        except (OverflowError, ValueError):  # arithmetic past year 1 or 9999
            raise _Unresolvable from None
        return DateMention(start, end, self.text[start:end], value, relative)

    # absolute forms

    def _iso(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        return _fuzzy(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])), False

    def _day_date(
        self, m: re.Match[str], start: int, end: int, prefix: str
    ) -> tuple[FuzzyDate | None, bool]:
        month = self.month(m[f"{prefix}_m"])
        day = _day_of(m[f"{prefix}_d"])
        last = m.groupdict().get(f"{prefix}_d2")
        year_text = m.groupdict().get(f"{prefix}_y") or m.groupdict().get(f"{prefix}_y2")
        if not 1 <= day <= calendar.monthrange(2000, month)[1]:
            raise _Unresolvable
        if last is not None and not day < int(last) <= calendar.monthrange(2000, month)[1]:
            raise _Unresolvable

        def make(year: int) -> FuzzyDate:
            if last is None:
                return FuzzyDate(year, month, day)
            found = _enclosing(dt.date(year, month, day), dt.date(year, month, int(last)))
            assert found is not None
            return found

        if year_text is not None:
            try:
                return make(int(year_text)), False
            except (ValueParseError, ValueError):
                raise _Unresolvable from None
        if self.published is None:
            return None, True
        return _nearest_year(self.published, self.tense_at(start, end), make), True

    def _mdy(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        return self._day_date(m, start, end, "mdy")

    def _dmy(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        return self._day_date(m, start, end, "dmy")

    def _my(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        part = self.v.parts[_space(m["my_p"])] if m["my_p"] else None
        return _fuzzy(int(m["my_y"]), self.month(m["my_m"]), part=part), False

    def _py(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        return _fuzzy(int(m["py_y"]), part=self.v.parts[_space(m["py_p"])]), False

    def _ly(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        return _fuzzy(int(m["ly_y"])), False

    # partial forms: the year is implied

    def _partial_month(
        self, month_word: str, part: Part | None, start: int, end: int
    ) -> tuple[FuzzyDate | None, bool]:
        if self.published is None:
            return None, True
        month = self.month(month_word)
        make = functools.partial(_month_date, month=month, part=part)
        return _nearest_year(self.published, self.tense_at(start, end), make), True

    def _pm(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        return self._partial_month(m["pm_m"], self.v.parts[_space(m["pm_p"])], start, end)

    def _lm(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        return self._partial_month(m["lm_m"], None, start, end)

    def _bm(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        return self._partial_month(m["bm_m"], None, start, end)

    # relative forms

    def _rm(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        if self.published is None:
            return None, True
        month, shift, pub = self.month(m["rm_m"]), self.v.shifts[_space(m["rm_s"])], self.published
        if shift < 0:
            year = pub.year if month < pub.month else pub.year - 1
        elif shift > 0:
            year = pub.year if month > pub.month else pub.year + 1
        else:
            year = pub.year
        return _fuzzy(year, month), True

    def _dx(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        if self.published is None:
            return None, True
        offset = self.v.deictic_days[_space(m["dx_w"])]
        return FuzzyDate.from_date(self.published + dt.timedelta(days=offset)), True

    def _wd(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        if self.published is None:
            return None, True
        shift = self.v.shifts[_space(m["wd_s"])] if m["wd_s"] else None
        weekday = self.v.weekdays[_space(m["wd_d"])]
        day = _weekday(self.published, weekday, self.tense_at(start, end), shift)
        return FuzzyDate.from_date(day), True

    def _ru(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        if self.published is None:
            return None, True
        pub = self.published
        shift = self.v.shifts[_space(m["ru_s"])]
        unit = self.v.units[_space(m["ru_u"])]
        modifier = (m["ru_mod"] or "").lower()
        if unit == "day":
            return FuzzyDate.from_date(pub + dt.timedelta(days=shift)), True
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

    def _ago(self, m: re.Match[str], start: int, end: int) -> tuple[FuzzyDate | None, bool]:
        count = parse_count(m["ago_n"])
        if count is None:
            raise _Unresolvable
        if self.published is None:
            return None, True
        pub = self.published
        unit = self.v.units[_space(m["ago_u"])]
        try:
            if unit == "day":
                return FuzzyDate.from_date(pub - dt.timedelta(days=count)), True
            if unit == "week":
                return _enclosing(*_week(pub - dt.timedelta(weeks=count))), True
            if unit == "month":
                return _shift_month(pub, -count), True
        except (OverflowError, ValueError):
            raise _Unresolvable from None
        return _fuzzy(pub.year - count), True


def _space(text: str) -> str:
    return " ".join(text.lower().split())


def _fuzzy(
    year: int, month: int | None = None, day: int | None = None, part: Part | None = None
) -> FuzzyDate:
    try:
        return FuzzyDate(year, month, day, part)
    except (ValueParseError, ValueError):
        raise _Unresolvable from None


def _month_date(year: int, *, month: int, part: Part | None) -> FuzzyDate:
    return FuzzyDate(year, month, part=part)


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
            each date takes the tense of the nearest cue in its sentence.
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
    resolver = _Resolver(text, published, tense, vocabulary)
    excluded: list[tuple[int, int]] = []
    if vocabulary._exclusion_pattern is not None:
        excluded = [x.span() for x in vocabulary._exclusion_pattern.finditer(text)]
    excluded_starts = [s for s, _ in excluded]
    out: list[DateMention] = []
    for m in vocabulary._date_pattern.finditer(text):
        k = bisect.bisect_right(excluded_starts, m.start()) - 1
        if k >= 0 and excluded[k][1] > m.start():
            continue
        try:
            out.append(resolver.resolve(m))
        except _Unresolvable:
            continue
    return out
