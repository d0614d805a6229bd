"""Money and durations found in news text: values, bounds, offsets, and what is not one."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legalnews._amounts import (
    BOUNDS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DURATION_UNITS,
    find_durations,
    find_money,
)
from legalnews._quantities import Duration, Money

# -- money ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "quote", "amount", "currency", "bound"),
    [
        (
            "The Hollins County jury awarded $100,000 to the tenant.",
            "$100,000",
            "100000",
            "USD",
            "exact",
        ),
        (
            "Orvale Foods agreed to a $572 million settlement.",
            "$572 million",
            "572000000",
            "USD",
            "exact",
        ),
        (
            "The verdict against Brindle Corp. reached $1.2 billion.",
            "$1.2 billion",
            "1200000000",
            "USD",
            "exact",
        ),
        (
            "The penalty could be up to $700 million.",
            "up to $700 million",
            "700000000",
            "USD",
            "at_most",
        ),
        (
            "Regulators said Kessa Labs owed more than $2 million.",
            "more than $2 million",
            "2000000",
            "USD",
            "at_least",
        ),
        ("He took about $5,000 from the church fund.", "about $5,000", "5000", "USD", "about"),
        ("The clerk embezzled 100,000 dollars.", "100,000 dollars", "100000", "USD", "exact"),
        ("The court in Lyon fined the firm €3 million.", "€3 million", "3000000", "EUR", "exact"),
        ("The firm was fined 3 million euros.", "3 million euros", "3000000", "EUR", "exact"),
        ("Ms. Tarrow was ordered to repay £40,000.", "£40,000", "40000", "GBP", "exact"),
        (
            "The landlord paid five million dollars.",
            "five million dollars",
            "5000000",
            "USD",
            "exact",
        ),
        ("It was a million-dollar lawsuit.", "a million-dollar", "1000000", "USD", "exact"),
        ("Bail was set at $250k.", "$250k", "250000", "USD", "exact"),
        ("The fund lost $3.4bn.", "$3.4bn", "3400000000", "USD", "exact"),
        ("Damages of $15m were sought.", "$15m", "15000000", "USD", "exact"),
        ("Each victim may claim $1,000 or more.", "$1,000 or more", "1000", "USD", "at_least"),
        ("The fine was no more than $750.", "no more than $750", "750", "USD", "at_most"),
        ("Investors lost nearly $9 million.", "nearly $9 million", "9000000", "USD", "about"),
        ("The bond was US$2 million.", "US$2 million", "2000000", "USD", "exact"),
        ("A claim of USD 4.5 million was filed.", "USD 4.5 million", "4500000", "USD", "exact"),
        (
            "The award was 12 million pounds sterling.",
            "12 million pounds sterling",
            "12000000",
            "GBP",
            "exact",
        ),
        ("Fees came to $12.50.", "$12.50", "12.5", "USD", "exact"),
        ("She paid C$80,000 in restitution.", "C$80,000", "80000", "CAD", "exact"),
    ],
)
def test_find_money_reads_amounts(
    sentence: str, quote: str, amount: str, currency: str, bound: str
) -> None:
    """Each amount is found with its exact Decimal, currency, bound and quote."""
    (m,) = find_money(sentence)
    assert m.text == quote
    assert sentence[m.start : m.end] == quote
    assert m.value == Money(Decimal(amount), currency)
    assert isinstance(m.value.amount, Decimal)
    assert m.bound == bound


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents seized 40 pounds of methamphetamine.",
        "Officers found a 25-pound bag in the trunk.",
        "The company has 5 million customers.",
        "Thousands of dollars went missing.",
        "Millions of euros were moved offshore.",
        "She may face 20 years.",
        "The account number ended in 1,0000.",
        "Moreover, the clerk said nothing.",
    ],
)
def test_find_money_ignores_non_money(sentence: str) -> None:
    """Weights, bare counts, and vague plurals are not money."""
    assert find_money(sentence) == []


def test_find_money_finds_several_in_order() -> None:
    """Several amounts in one sentence come back in text order, each with its own bound."""
    sentence = "The judge cut the award from $9 million to about $4 million, or 2 million euros."
    found = find_money(sentence)
    assert [(m.text, m.bound) for m in found] == [
        ("$9 million", "exact"),
        ("about $4 million", "about"),
        ("2 million euros", "exact"),
    ]


def test_find_money_tables_are_injectable() -> None:
    """A caller adds a currency or a bound phrase by passing a bigger table."""
    sentence = "The Zurich court imposed a fine of at most 50,000 francs."
    assert find_money(sentence) == []
    (m,) = find_money(
        sentence,
        words={**CURRENCY_WORDS, "francs": "CHF"},
        bounds={**BOUNDS, "at most": "at_most"},
    )
    assert (m.value, m.bound) == (Money(50000, "CHF"), "at_most")
    (m,) = find_money("It cost ₩9,000.", symbols={**CURRENCY_SYMBOLS, "₩": "KRW"})
    assert m.value == Money(9000, "KRW")


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["$", "€", "£"]))
def test_money_digits_round_trip(n: int, symbol: str) -> None:
    """Any whole amount written with a sign and thousands commas reads back exactly."""
    (m,) = find_money(f"The court ordered payment of {symbol}{n:,} within a month.")
    assert m.value == Money(n, CURRENCY_SYMBOLS[symbol])


@given(
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal("999.9"), places=1),
    st.sampled_from(sorted({"million": 10**6, "billion": 10**9, "m": 10**6}.items())),
)
def test_money_scales_are_exact(amount: Decimal, scale: tuple[str, int]) -> None:
    """A decimal amount with a scale word is the exact product, never a float approximation."""
    word, factor = scale
    sep = "" if len(word) == 1 else " "
    (m,) = find_money(f"Plaintiffs sought ${amount}{sep}{word} in damages.")
    assert m.value == Money(amount * factor, "USD")


# -- durations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "quote", "iso"),
    [
        ("Delaney Crowe was sentenced to six months in jail.", "six months", "P6M"),
        ("The contractor got 18 months of probation.", "18 months", "P18M"),
        ("He faces five years in prison.", "five years", "P5Y"),
        ("The charge carries a five-year minimum.", "five-year", "P5Y"),
        ("Prosecutors sought a five-year sentence.", "five-year", "P5Y"),
        ("She served a year and a half before parole.", "a year and a half", "P18M"),
        ("The trial is expected to last two weeks.", "two weeks", "P2W"),
        ("The judge gave the firm 90 days to comply.", "90 days", "P90D"),
        ("He was ordered to serve one year of home detention.", "one year", "P1Y"),
        ("The clerk received two and a half years.", "two and a half years", "P30M"),
        ("A two-and-a-half-year term was imposed.", "two-and-a-half-year", "P30M"),
        ("Ms. Varga got an 18-month suspension.", "18-month", "P18M"),
        ("The case dragged on for a decade.", "a decade", "P10Y"),
        ("The jury deliberated for twenty-one days.", "twenty-one days", "P21D"),
        ("Probation lasts 1,000 days.", "1,000 days", "P1000D"),
        ("He spent 1.5 years awaiting trial.", "1.5 years", "P18M"),
        ("It took a dozen years to reach a verdict.", "a dozen years", "P12Y"),
    ],
)
def test_find_durations_reads_lengths(sentence: str, quote: str, iso: str) -> None:
    """Each length of time is found with its quote and its value in the units written."""
    (m,) = find_durations(sentence)
    assert m.text == quote
    assert sentence[m.start : m.end] == quote
    assert m.value == Duration.parse(iso)


@pytest.mark.parametrize(
    "sentence",
    [
        "A 30-year-old man from Tulsa was charged.",
        "The defendant, 25 years old, pleaded not guilty.",
        "The company was sued two months ago.",
        "The deal closed a year and a half ago.",
        "He was released a week and a half later.",
        "Several years passed before the appeal.",
        "The second hearing was brief.",
        "Count two is a weapons charge.",
    ],
)
def test_find_durations_ignores_ages_points_and_vague_lengths(sentence: str) -> None:
    """Ages, points in time, vague lengths and inexact halves are not durations."""
    assert find_durations(sentence) == []


def test_find_durations_does_not_let_an_article_swallow_the_number() -> None:
    """In "a two-year term" the number is "two", not the ungrammatical "a two"."""
    (m,) = find_durations("Raines accepted a two-year term.")
    assert (m.text, m.value) == ("two-year", Duration(years=2))


def test_find_durations_units_are_injectable() -> None:
    """A caller adds a unit by passing a bigger table."""
    sentence = "The stay lasts a fortnight."
    assert find_durations(sentence) == []
    (m,) = find_durations(sentence, units={**DURATION_UNITS, "fortnight": Duration(weeks=2)})
    assert m.value == Duration(weeks=2)


@given(
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(sorted(DURATION_UNITS.items(), key=lambda kv: kv[0])),
)
def test_noun_and_adjective_forms_agree(n: int, unit: tuple[str, Duration]) -> None:
    """ "n units" and the hyphenated "n-unit" adjective give the same duration."""
    word, one = unit
    singular = word.removesuffix("s")
    scaled = Duration(one.years * n, one.months * n, one.weeks * n, one.days * n)
    (noun,) = find_durations(f"The judge imposed {n} {word} of supervision.")
    (adjective,) = find_durations(f"The judge imposed a {n}-{singular} term.")
    assert noun.value == adjective.value == scaled


# -- laws for both finders -----------------------------------------------------------


@given(st.text())
def test_finders_never_raise_and_quote_their_offsets(text: str) -> None:
    """On any text the finders return mentions whose text is the slice at their offsets."""
    for m in find_money(text):
        assert text[m.start : m.end] == m.text
    for d in find_durations(text):
        assert text[d.start : d.end] == d.text


_PIECES = st.sampled_from(
    [
        "$",
        "5",
        ",000",
        " million",
        " dollars",
        " euros",
        "up to ",
        " or more",
        "a ",
        "two",
        " years",
        "-year",
        " and a half",
        " ago",
        "-old",
        " of",
        "£",
        ".5",
        " ",
        "bn",
        "k",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_finders_on_near_misses(text: str) -> None:
    """Mentions are sorted, disjoint and quote their offsets even on near-miss text."""
    spans = [
        [(m.start, m.end, m.text) for m in find_money(text)],
        [(d.start, d.end, d.text) for d in find_durations(text)],
    ]
    for found in spans:
        for (_, end, _), (start, _, _) in itertools.pairwise(found):
            assert end <= start
        for start, end, quote in found:
            assert text[start:end] == quote


@given(st.lists(_PIECES, max_size=12).map("".join), st.integers(min_value=0, max_value=40))
def test_offsets_shift_with_a_prefix(text: str, pad: int) -> None:
    """Finding in a sentence after a neutral prefix shifts every offset by its length."""
    prefix = "Reported. " + " " * pad
    for finder in (find_money, find_durations):
        alone = [(m.start, m.end, m.value) for m in finder(text)]
        shifted = [
            (m.start - len(prefix), m.end - len(prefix), m.value) for m in finder(prefix + text)
        ]
        assert shifted == alone
