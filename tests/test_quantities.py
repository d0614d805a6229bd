"""Laws of Money and Duration: normalization and ISO round trips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from legalnews import Duration, Money, ValueParseError
from legalnews.testing import durations, money

amounts = st.decimals(
    min_value=-(10**15), max_value=10**15, places=4, allow_nan=False, allow_infinity=False
)


@given(amounts, amounts)
def test_money_equal_iff_amounts_equal(a: Decimal, b: Decimal) -> None:
    """Two sums of one currency are equal exactly when their amounts are, however written."""
    assert (Money(a, "USD") == Money(b, "USD")) == (a == b)


@given(amounts, st.integers(0, 6))
def test_money_normalization_ignores_trailing_zeros(amount: Decimal, zeros: int) -> None:
    """Padding an amount with trailing zeros changes neither equality nor hash."""
    padded = Decimal(f"{amount:f}{'.' if '.' not in f'{amount:f}' else ''}{'0' * zeros}")
    assert Money(padded) == Money(amount)
    assert hash(Money(padded)) == hash(Money(amount))


def test_money_documented_normalization() -> None:
    """100000 and 100000.00 dollars are one sum."""
    assert Money(Decimal("100000.00"), "USD") == Money(100000, "USD")
    assert str(Money(Decimal("100000.00"))) == "100000 USD"


@given(money())
def test_money_str_parse_round_trip(m: Money) -> None:
    """Parsing the text of a sum gives the sum back."""
    assert Money.parse(str(m)) == m


@example(Decimal("1.0000000000000000000000000001"))  # 29 significant digits
@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_money_keeps_every_digit(amount: Decimal) -> None:
    """Money never silently changes an amount: its normalized amount equals the given one."""
    assert Money(amount).amount == amount


def test_money_out_of_range_raises_value_parse_error() -> None:
    """An amount too large to normalize is refused with ValueParseError."""
    with pytest.raises(ValueParseError):
        Money("1E+1000000")


@pytest.mark.parametrize(
    ("amount", "currency"), [("NaN", "USD"), ("Infinity", "USD"), ("ten", "USD"), ("1", "usd")]
)
def test_money_invalid_raises_value_parse_error(amount: str, currency: str) -> None:
    """Non-finite or unreadable amounts and lower-case codes are refused."""
    with pytest.raises(ValueParseError):
        Money(amount, currency)


@given(durations())
def test_duration_iso_round_trip(d: Duration) -> None:
    """Parsing a duration's ISO form gives the duration back."""
    assert Duration.parse(d.isoformat()) == d


@given(durations())
def test_duration_iso_form_is_canonical(d: Duration) -> None:
    """Writing a parsed ISO form gives the same text back."""
    text = d.isoformat()
    assert Duration.parse(text).isoformat() == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [("P6M", Duration(months=6)), ("P5Y", Duration(years=5)), ("P1Y6M", Duration(1, 6))],
)
def test_duration_parse_examples(text: str, expected: Duration) -> None:
    """Each ISO example parses to the duration it writes, units kept apart."""
    assert Duration.parse(text) == expected


@pytest.mark.parametrize("text", ["P", "6M", "P-1Y", "P1.5Y", "PT5H", "five years", ""])
def test_duration_invalid_raises_value_parse_error(text: str) -> None:
    """Text that is not an ISO duration of years, months, weeks or days is refused."""
    with pytest.raises(ValueParseError):
        Duration.parse(text)


def test_duration_negative_raises_value_parse_error() -> None:
    """A negative duration is refused."""
    with pytest.raises(ValueParseError):
        Duration(years=-1)
