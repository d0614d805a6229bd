"""Dates at honest precision.

A news article rarely gives a day: "in January", "late 2021", "last month".
:class:`FuzzyDate` keeps exactly what the text supports (a year, a month or a
day, optionally narrowed to the early, middle or late part of a year or
month) and answers the questions resolution asks: do two dates agree, and
which one is more precise?
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re

import attrs

from ._errors import ValueParseError

__all__ = ["FuzzyDate", "Part", "Precision"]


class Precision(enum.IntEnum):
    """How much of a date the evidence gives; larger is more precise."""

    YEAR = 1
    MONTH = 2
    DAY = 3


class Part(enum.StrEnum):
    """The early, middle or late third of a year or a month ("late 2021")."""

    EARLY = "early"
    MID = "mid"
    LATE = "late"


_ISO = re.compile(r"(?:(early|mid|late) )?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _check_year(value: int) -> None:
    if not 1 <= value <= 9999:
        raise ValueParseError(f"year must be 1-9999, not {value}")


def _validate_month(
    instance: FuzzyDate, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is not None and not 1 <= value <= 12:
        raise ValueParseError(f"month must be 1-12, not {value}")


@attrs.frozen
class FuzzyDate:
    """A calendar date known to the year, the month or the day.

    Args:
        year: the year (1-9999).
        month: the month, or ``None`` when only the year is known.
        day: the day, or ``None`` when only the month (or year) is known.
        part: narrows a year or a month to its early, middle or late third;
            an interval, never a made-up day.

    >>> FuzzyDate.parse("2021-10").refines(FuzzyDate.parse("2021"))
    True
    >>> FuzzyDate.parse("late 2021").interval()
    (datetime.date(2021, 9, 1), datetime.date(2021, 12, 31))
    >>> str(FuzzyDate(2023, 1, part=Part.LATE))
    'late 2023-01'
    """

    year: int = attrs.field(validator=lambda _i, _a, v: _check_year(v))
    month: int | None = attrs.field(default=None, validator=_validate_month)
    day: int | None = None
    part: Part | None = None

    def __attrs_post_init__(self) -> None:
        if self.day is not None:
            if self.month is None:
                raise ValueParseError("a day needs a month")
            if self.part is not None:
                raise ValueParseError("a day cannot be narrowed to a part")
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ValueParseError(f"{self.year}-{self.month:02d} has no day {self.day}")

    # -- construction -----------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> FuzzyDate:
        """Read the ISO 8601 form (``2021``, ``2021-10``, ``2021-10-21``),
        optionally preceded by ``early``, ``mid`` or ``late``.

        Raises:
            ValueParseError: the text is not such a date.
        """
        m = _ISO.fullmatch(text.strip())
        if not m:
            raise ValueParseError(
                f"not a date: {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD, "
                "optionally after 'early', 'mid' or 'late')"
            )
        part, year, month, day = m.groups()
        try:
            return cls(
                int(year),
                int(month) if month else None,
                int(day) if day else None,
                Part(part) if part else None,
            )
        except ValueParseError as e:
            raise ValueParseError(f"not a date: {text!r} ({e})") from None

    @classmethod
    def from_date(cls, value: dt.date) -> FuzzyDate:
        """A date known to the day."""
        return cls(value.year, value.month, value.day)

    # -- reading ----------------------------------------------------------------

    @property
    def precision(self) -> Precision:
        """Year, month or day."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def interval(self) -> tuple[dt.date, dt.date]:
        """The first and last day (inclusive) the date may stand for."""
        if self.month is None:
            start, end = dt.date(self.year, 1, 1), dt.date(self.year, 12, 31)
            if self.part is Part.EARLY:
                end = dt.date(self.year, 4, 30)
            elif self.part is Part.MID:
                start, end = dt.date(self.year, 5, 1), dt.date(self.year, 8, 31)
            elif self.part is Part.LATE:
                start = dt.date(self.year, 9, 1)
            return start, end
        last = calendar.monthrange(self.year, self.month)[1]
        if self.day is not None:
            day = dt.date(self.year, self.month, self.day)
            return day, day
        lo, hi = {None: (1, last), Part.EARLY: (1, 10), Part.MID: (11, 20), Part.LATE: (21, last)}[
            self.part
        ]
        return dt.date(self.year, self.month, lo), dt.date(self.year, self.month, hi)

    def isoformat(self) -> str:
        """The ISO 8601 form at this date's precision (a part is dropped)."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def __str__(self) -> str:
        iso = self.isoformat()
        return f"{self.part} {iso}" if self.part is not None else iso

    def within(self, other: FuzzyDate) -> bool:
        """Whether every day this date may stand for is one ``other`` may stand for."""
        a, b = self.interval()
        c, d = other.interval()
        return c <= a and b <= d

    def refines(self, other: FuzzyDate) -> bool:
        """Whether this date says strictly more than ``other`` and agrees with it.

        ``2021-10-21`` refines ``2021-10``, which refines ``late 2021``.
        """
        return self != other and self.within(other)

    def compatible(self, other: FuzzyDate) -> bool:
        """Whether the two dates can describe the same day: one lies within the other."""
        return self.within(other) or other.within(self)

    def sort_key(self) -> tuple[dt.date, dt.date, int]:
        """A total order for timelines: by first day, then last day, vaguer first."""
        start, end = self.interval()
        return start, end, int(self.precision)
