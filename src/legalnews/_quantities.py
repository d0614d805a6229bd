"""Money and durations: the two quantities legal news is full of."""

from __future__ import annotations

import re
from decimal import Context, Decimal, Inexact, InvalidOperation, Overflow

import attrs

from ._errors import ValueParseError

__all__ = ["Duration", "Money"]

_CURRENCY = re.compile(r"[A-Z]{3}")


_CONTEXT = Context(prec=60, Emax=60, Emin=-60, traps=[InvalidOperation, Overflow, Inexact])


def _to_decimal(value: Decimal | int | str) -> Decimal:
    try:
        d = Decimal(value)
    except (InvalidOperation, ValueError):
        raise ValueParseError(f"not an amount: {value!r}") from None
    if not d.is_finite():
        raise ValueParseError(f"not a finite amount: {value!r}")
    if d != 0 and not -40 <= d.adjusted() <= 40:
        raise ValueParseError(f"not a plausible amount of money: {value!r}")
    return d


def _normalized(value: Decimal | int | str) -> Decimal:
    try:
        return _to_decimal(value).normalize(_CONTEXT)  # exact: never rounds digits away
    except (InvalidOperation, Overflow, Inexact):
        raise ValueParseError(f"not an amount legalnews can keep exactly: {value!r}") from None


@attrs.frozen
class Money:
    """An amount in a currency: a :class:`~decimal.Decimal` plus an ISO 4217 code.

    The amount is normalized (``Decimal("100000.00")`` and ``100000`` are the
    same money), so equal amounts compare and hash equal.

    >>> Money(100000, "USD")
    Money(amount=Decimal('1E+5'), currency='USD')
    >>> str(Money("572000000", "USD"))
    '572000000 USD'
    """

    amount: Decimal = attrs.field(converter=_normalized)
    currency: str = attrs.field(default="USD")

    @currency.validator
    def _check_currency(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not _CURRENCY.fullmatch(value):
            raise ValueParseError(f"not an ISO 4217 currency code: {value!r}")

    def __str__(self) -> str:
        return f"{self.amount:f} {self.currency}"

    @classmethod
    def parse(cls, text: str) -> Money:
        """Read ``"<amount> <CODE>"`` as written by :meth:`__str__`."""
        amount, _, code = text.strip().partition(" ")
        return cls(_to_decimal(amount), code or "USD")


_ISO_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")


@attrs.frozen
class Duration:
    """A length of time as written: years, months, weeks and days, kept apart.

    Six months is ``P6M``, not 180 days: a sentence of 18 months and one of
    a year and a half are the same duration only after normalization, which
    :meth:`parse` and the constructor do not do.

    >>> Duration.parse("P6M")
    Duration(years=0, months=6, weeks=0, days=0)
    >>> Duration(years=5).isoformat()
    'P5Y'
    """

    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0

    def __attrs_post_init__(self) -> None:
        if min(self.years, self.months, self.weeks, self.days) < 0:
            raise ValueParseError("a duration cannot be negative")

    @classmethod
    def parse(cls, text: str) -> Duration:
        """Read an ISO 8601 duration of years, months, weeks and days."""
        m = _ISO_DURATION.fullmatch(text.strip())
        if not m or text.strip() == "P":
            raise ValueParseError(f"not an ISO 8601 duration: {text!r} (e.g. P6M, P5Y, P2W)")
        y, mo, w, d = (int(g) if g else 0 for g in m.groups())
        return cls(y, mo, w, d)

    def isoformat(self) -> str:
        """The ISO 8601 form, e.g. ``P18M``."""
        out = "P"
        for n, unit in (
            (self.years, "Y"),
            (self.months, "M"),
            (self.weeks, "W"),
            (self.days, "D"),
        ):
            if n:
                out += f"{n}{unit}"
        return out if out != "P" else "P0D"

    def __str__(self) -> str:
        return self.isoformat()
