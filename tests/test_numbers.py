"""Number words as data: counts, decimals, scales, and the regex plumbing the finders share."""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legalnews._numbers import (
    CARDINALS,
    MULTIPLIERS,
    SCALES,
    anchor_alternation,
    anchor_regions,
    parse_count,
    parse_number,
    word_alternation,
    words_pattern,
)

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = [
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
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """A reference speller for 0..999,999, independent of the parser under test."""
    if n < 10:
        return _ONES[n]
    if n < 20:
        return _TEENS[n - 10]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {spell(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{spell(thousands)} thousand" + (f" {spell(rest)}" if rest else "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two", 2),
        ("2", 2),
        ("Twenty-one", 21),
        ("twenty one", 21),
        ("a dozen", 12),
        ("two dozen", 24),
        ("1,000", 1000),
        ("1,250,000", 1250000),
        ("a", 1),
        ("an", 1),
        ("eleven", 11),
        ("ninety-nine", 99),
        ("a hundred", 100),
        ("one hundred twenty-five", 125),
        ("three hundred and six", 306),
        ("twenty-five hundred", 2500),
        ("two thousand five hundred", 2500),
        ("a thousand and one", 1001),
        ("three million", 3_000_000),
        ("4 million", 4_000_000),
        ("5k", 5000),
        ("1.5 million", 1_500_000),
        ("zero", 0),
    ],
)
def test_parse_count_reads_counts(text: str, expected: int) -> None:
    """Counts in words, digits or both are read exactly."""
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "several",
        "dozens",
        "two three",
        "a two",
        "twenty dozen",
        "and",
        "five and",
        "1,00",
        "1,0000",
        "2.5",
        "thousand",
        "a m",
        "seven bn",
        "second",
        "1.2.3",
        "12 jurors",
    ],
)
def test_parse_count_rejects_non_counts(text: str) -> None:
    """Anything that is not one whole number in English reads as None."""
    assert parse_count(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.2 billion", Decimal("1200000000")),
        ("2.5", Decimal("2.5")),
        ("3.75m", Decimal("3750000")),
        ("40 bn", Decimal("40000000000")),
        ("1,000.50", Decimal("1000.50")),
        ("six trillion", Decimal("6000000000000")),
    ],
)
def test_parse_number_is_exact_decimal(text: str, expected: Decimal) -> None:
    """Decimal amounts and scales are exact Decimals, never floats."""
    value = parse_number(text)
    assert isinstance(value, Decimal)
    assert value == expected


def test_tables_are_read_only() -> None:
    """The shared tables cannot be changed by one caller for all others."""
    with pytest.raises(TypeError):
        CARDINALS["score"] = 20  # type: ignore[index]
    with pytest.raises(TypeError):
        SCALES["lakh"] = 100_000  # type: ignore[index]


def test_tables_are_extendable_by_argument() -> None:
    """A caller adds words by passing a bigger table, not by mutating the default."""
    table = {**CARDINALS, "score": 20}
    assert parse_count("a score", table, multipliers=MULTIPLIERS | {"score"}) == 20
    assert parse_count("three score", table, multipliers=MULTIPLIERS | {"score"}) == 60
    assert parse_count("two lakh", scales={**SCALES, "lakh": 100_000}) == 200_000
    assert parse_count("a score") is None


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_digits_round_trip(n: int) -> None:
    """Any count written in digits, with or without thousands commas, reads back."""
    assert parse_count(str(n)) == n
    assert parse_count(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=999_999))
def test_words_agree_with_reference_speller(n: int) -> None:
    """Any count spelled out in English words reads back as that count."""
    assert parse_count(spell(n)) == n


@given(st.text())
def test_parse_never_raises(text: str) -> None:
    """Arbitrary text is a number or None, never an exception."""
    parse_count(text)
    parse_number(text)


@pytest.mark.parametrize("text", ["two", "Twenty-five", "a dozen", "two hundred and fifty"])
def test_words_pattern_matches_number_words(text: str) -> None:
    """The shared pattern covers every number written in words, in any case."""
    assert re.fullmatch(words_pattern(), text)


def test_words_pattern_does_not_start_inside_a_word() -> None:
    """A number word inside another word ("often", "Seventeenth") is not a number."""
    assert re.search(words_pattern(), "often") is None
    assert re.search(words_pattern(), "anyone") is None


@given(st.lists(st.sampled_from(["m", "million", "mn", "a b", "Euro", "US$"]), min_size=1))
def test_word_alternation_matches_exactly_its_words(words: list[str]) -> None:
    """The trie matches each of its words, in any case, and nothing longer or shorter."""
    pattern = re.compile(word_alternation(words))
    for word in words:
        assert pattern.fullmatch(word)
        assert pattern.fullmatch(word.upper())
    assert not pattern.fullmatch("millions")


def test_word_alternation_exact_words_keep_their_case() -> None:
    """Exact words match only as written: "May" the month, not "may" the verb."""
    pattern = re.compile(word_alternation([], exact=["May"]))
    assert pattern.fullmatch("May")
    assert not pattern.fullmatch("may")


@given(st.text(alphabet="ab $5 ", max_size=60), st.integers(min_value=0, max_value=20))
def test_anchor_regions_cover_every_anchor(text: str, reach: int) -> None:
    """Regions are sorted, disjoint, and each anchor lies inside one with room around it."""
    anchors = re.compile(anchor_alternation(["$", "ab"]))
    regions = anchor_regions(text, anchors, reach=reach)
    assert all(a < b for (_, a), (b, _) in itertools.pairwise(regions))
    for m in anchors.finditer(text):
        assert any(
            lo <= max(0, m.start() - reach) and min(len(text), m.end() + reach) <= hi
            for lo, hi in regions
        )
