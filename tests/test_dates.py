"""Laws of FuzzyDate: parsing, precision, refinement and compatibility."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from legalnews import FuzzyDate, Part, Precision, ValueParseError
from legalnews.testing import fuzzy_dates, refining_dates

any_dates = fuzzy_dates(min_year=1, max_year=9999)
near_dates = fuzzy_dates(min_year=2023, max_year=2023)


@given(any_dates)
def test_parse_str_round_trip(date: FuzzyDate) -> None:
    """Parsing a date's text gives the date back."""
    assert FuzzyDate.parse(str(date)) == date


@given(any_dates)
def test_isoformat_keeps_precision(date: FuzzyDate) -> None:
    """The ISO form has exactly as many parts as the date has precision."""
    assert len(date.isoformat().split("-")) == int(date.precision)


@given(near_dates)
def test_refines_is_irreflexive(date: FuzzyDate) -> None:
    """No date refines itself."""
    assert not date.refines(date)


@given(near_dates, near_dates)
def test_refines_is_antisymmetric(a: FuzzyDate, b: FuzzyDate) -> None:
    """Two dates never refine each other."""
    assert not (a.refines(b) and b.refines(a))


@given(st.data())
def test_refines_is_transitive(data: st.DataObject) -> None:
    """A refinement of a refinement refines the original."""
    a = data.draw(near_dates.filter(lambda d: d.precision is not Precision.DAY))
    b = data.draw(refining_dates(a))
    assume(b.precision is not Precision.DAY)  # a day has no refinement to draw
    c = data.draw(refining_dates(b))
    assert c.refines(a)


@given(st.data())
def test_refinement_interval_lies_inside(data: st.DataObject) -> None:
    """A refinement's interval lies inside, and is strictly smaller than, the original's."""
    coarse = data.draw(near_dates.filter(lambda d: d.precision is not Precision.DAY))
    fine = data.draw(refining_dates(coarse))
    (a, b), (c, d) = fine.interval(), coarse.interval()
    assert c <= a <= b <= d
    assert (a, b) != (c, d)


@given(near_dates)
def test_compatible_is_reflexive(date: FuzzyDate) -> None:
    """Every date is compatible with itself."""
    assert date.compatible(date)


@given(near_dates, near_dates)
def test_compatible_is_symmetric(a: FuzzyDate, b: FuzzyDate) -> None:
    """Compatibility does not depend on the order of the two dates."""
    assert a.compatible(b) == b.compatible(a)


@given(near_dates, near_dates)
def test_compatible_means_overlapping_intervals(a: FuzzyDate, b: FuzzyDate) -> None:
    """Two dates are compatible exactly when their intervals overlap (dates nest)."""
    (s1, e1), (s2, e2) = a.interval(), b.interval()
    assert a.compatible(b) == (s1 <= e2 and s2 <= e1)


@given(any_dates)
def test_interval_is_ordered(date: FuzzyDate) -> None:
    """A date's first day never comes after its last."""
    start, end = date.interval()
    assert start <= end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021", FuzzyDate(2021)),
        ("2021-10", FuzzyDate(2021, 10)),
        ("2021-10-21", FuzzyDate(2021, 10, 21)),
        ("late 2021", FuzzyDate(2021, part=Part.LATE)),
        ("early 2023-01", FuzzyDate(2023, 1, part=Part.EARLY)),
        ("  2024-02-29 ", FuzzyDate(2024, 2, 29)),
    ],
)
def test_parse_examples(text: str, expected: FuzzyDate) -> None:
    """Each documented form parses to the date it writes."""
    assert FuzzyDate.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2023-13",
        "2023-00",
        "2023-02-30",
        "2023-02-29",
        "late 2023-01-05",
        "23",
        "2023/01",
        "2023-1",
        "Jan 2023",
        "sometime 2023",
        "",
        pytest.param("0000"),
    ],
)
def test_invalid_dates_raise_value_parse_error(text: str) -> None:
    """Text that is not a valid fuzzy date raises ValueParseError, never another error."""
    try:
        FuzzyDate.parse(text)
    except ValueParseError:
        return
    except Exception as e:  # the point is which exception escapes
        pytest.fail(f"{type(e).__name__} instead of ValueParseError: {e}")
    pytest.fail(f"{text!r} parsed")


@pytest.mark.parametrize(
    ("year", "month", "day", "part"),
    [(2023, None, 5, None), (2023, 1, 5, Part.LATE), (2023, 4, 31, None), (2023, 13, None, None)],
)
def test_invalid_constructor_arguments_raise_value_parse_error(
    year: int, month: int | None, day: int | None, part: Part | None
) -> None:
    """A day without a month, a day with a part, or an impossible day is refused."""
    with pytest.raises(ValueParseError):
        FuzzyDate(year, month, day, part)
