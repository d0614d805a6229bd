"""Temporal expressions: reading, resolving against publication, tense, and honest precision."""

from __future__ import annotations

import datetime as dt
import itertools

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from legalnews._amounts import find_durations, find_money
from legalnews._dates import FuzzyDate, Precision
from legalnews._errors import ValueParseError
from legalnews._numbers import parse_count
from legalnews._temporal import (
    DEFAULT_VOCABULARY,
    DateMention,
    TemporalVocabulary,
    Tense,
    clause_tense,
    find_dates,
)

PUB = dt.date(2024, 3, 14)  # a Thursday
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def only(
    sentence: str,
    published: dt.date | None = PUB,
    *,
    tense: Tense | None = None,
    vocabulary: TemporalVocabulary = DEFAULT_VOCABULARY,
) -> DateMention:
    """The single date mention of a sentence."""
    found = find_dates(sentence, published=published, tense=tense, vocabulary=vocabulary)
    assert len(found) == 1, found
    return found[0]


def fd(text: str) -> FuzzyDate:
    """A FuzzyDate from its ISO form."""
    return FuzzyDate.parse(text)


# -- absolute dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        (
            "Agents raided the warehouse on Oct. 21, 2021, records show.",
            "Oct. 21, 2021",
            "2021-10-21",
        ),
        ("The lease was signed October 21, 2021.", "October 21, 2021", "2021-10-21"),
        ("The tribunal sat on 21 October 2021.", "21 October 2021", "2021-10-21"),
        ("The filing is dated 2021-10-21.", "2021-10-21", "2021-10-21"),
        ("The audit began in October 2021.", "October 2021", "2021-10"),
        ("The company was founded in 2019.", "2019", "2019"),
        ("The scheme unraveled in late 2021.", "late 2021", "late 2021"),
        ("Hearings resumed in mid-March 2022.", "mid-March 2022", "mid 2022-03"),
        ("The loan was issued Sept. 5, 2020.", "Sept. 5, 2020", "2020-09-05"),
        ("The loan was issued Sept 5 2020.", "Sept 5 2020", "2020-09-05"),
        ("The vote was held Friday, Oct. 21, 2022.", "Friday, Oct. 21, 2022", "2022-10-21"),
        ("The contract ran until the end of 2019.", "end of 2019", "late 2019"),
        ("Witnesses testified Oct. 21-22, 2021.", "Oct. 21-22, 2021", "late 2021-10"),
        ("The deed was recorded on the 5th of May 2020.", "5th of May 2020", "2020-05-05"),
        ("The firm must comply by 2026.", "2026", "2026"),
        ("Payments stopped in early 2020.", "early 2020", "early 2020"),
        ("The merger closed in May 2018.", "May 2018", "2018-05"),
        ("The case was filed in the fall of 2017.", "2017", "2017"),
        ("The ruling came on December 1st, 2023.", "December 1st, 2023", "2023-12-01"),
        ("THE RULING CAME ON MAY 2, 2023.", "MAY 2, 2023", "2023-05-02"),
    ],
)
def test_absolute_dates(sentence: str, quote: str, value: str) -> None:
    """Dates with a year are read as written, at the precision written, and are not relative."""
    m = only(sentence)
    assert (m.text, m.value, m.relative) == (quote, fd(value), False)
    assert sentence[m.start : m.end] == quote


# -- dates without a year ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("Aug 9", "Aug 9", "2024-08-09"),
        ("The filing deadline is Aug. 9.", "Aug. 9", "2024-08-09"),
        ("Closing arguments: May 3.", "May 3", "2024-05-03"),
        ("The auction date is April 20.", "April 20", "2024-04-20"),
        ("Payments resume in January.", "January", "2024-01"),
        ("Payments resume in March.", "March", "2024-03"),
        ("A ruling is possible in early January.", "early January", "early 2024-01"),
        ("Hearings run through late January.", "late January", "late 2024-01"),
        ("Filings are due mid-April.", "mid-April", "mid 2024-04"),
        ("The review covers Dec. 28.", "Dec. 28", "2023-12-28"),
    ],
)
def test_partial_dates_take_the_nearest_year(sentence: str, quote: str, value: str) -> None:
    """Without tense cues, a date without a year takes the year nearest publication."""
    m = only(sentence)
    assert (m.text, m.value, m.relative) == (quote, fd(value), True)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Tovar was arrested Aug. 9 at his home.", "2023-08-09"),
        ("Sentencing is set for Jan. 5.", "2025-01-05"),
        ("The retrial will begin in February.", "2025-02"),
        ("The firm was sued in November.", "2023-11"),
        ("The board met in April to vote on the deal.", "2023-04"),
        ("The verdict is expected in late March.", "late 2024-03"),
    ],
)
def test_partial_dates_follow_the_tense(sentence: str, value: str) -> None:
    """A past clause never puts a yearless date after publication; a future one never before."""
    assert only(sentence).value == fd(value)


def test_partial_dates_without_publication_are_unresolved() -> None:
    """A date without a year in an undated article stays unresolved, never guessed."""
    m = only("The auction date is April 20.", published=None)
    assert (m.value, m.relative) == (None, True)


def test_february_29_finds_a_leap_year() -> None:
    """A leap day without a year resolves only to a year that has one."""
    m = only("The note was due Feb. 29.", published=dt.date(2023, 11, 2))
    assert m.value == fd("2024-02-29")


# -- relative dates ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("A judge dismissed the suit Friday.", "Friday", "2024-03-08"),
        ("The council voted Thursday to settle.", "Thursday", "2024-03-14"),
        ("The jury will resume deliberations on Monday.", "Monday", "2024-03-18"),
        ("The mayor will testify Thursday.", "Thursday", "2024-03-14"),
        ("Officers searched the office Thursday afternoon.", "Thursday afternoon", "2024-03-14"),
        ("Monday", "Monday", "2024-03-11"),
        ("Saturday", "Saturday", "2024-03-16"),
        ("The firm settled last Friday.", "last Friday", "2024-03-08"),
        ("The firm settled last Thursday.", "last Thursday", "2024-03-07"),
        ("The panel meets next Thursday.", "next Thursday", "2024-03-21"),
        ("The verdict came today.", "today", "2024-03-14"),
        ("The verdict came yesterday.", "yesterday", "2024-03-13"),
        ("Closing arguments begin tomorrow.", "tomorrow", "2024-03-15"),
        ("The suspect was caught last night.", "last night", "2024-03-13"),
        ("The lawsuit was filed last month.", "last month", "2024-02"),
        ("The audit ends this month.", "this month", "2024-03"),
        ("The lawsuit was filed earlier this month.", "earlier this month", "2024-03"),
        ("Hearings start next month.", "next month", "2024-04"),
        ("The firm lost the case last year.", "last year", "2023"),
        ("A decision is due this year.", "this year", "2024"),
        ("The appeal will be heard next year.", "next year", "2025"),
        ("The chain was sued two months ago.", "two months ago", "2024-01"),
        ("The chain was sued 2 months ago.", "2 months ago", "2024-01"),
        ("The chain was sued three days ago.", "three days ago", "2024-03-11"),
        ("The chain was sued a year ago.", "a year ago", "2023"),
        ("The chain was sued three weeks ago.", "three weeks ago", "2024-02"),
        ("The chain was sued last week.", "last week", "early 2024-03"),
        ("The store was raided last March.", "last March", "2023-03"),
        ("The trial begins next May.", "next May", "2024-05"),
    ],
)
def test_relative_dates(sentence: str, quote: str, value: str) -> None:
    """Relative expressions resolve against publication, at the precision their words give."""
    m = only(sentence)
    assert (m.text, m.value, m.relative) == (quote, fd(value), True)


@pytest.mark.parametrize(
    "sentence",
    [
        "A judge dismissed the suit Friday.",
        "The lawsuit was filed last month.",
        "The chain was sued two months ago.",
        "The verdict came yesterday.",
        "Payments resume in January.",
    ],
)
def test_relative_dates_without_publication_are_unresolved(sentence: str) -> None:
    """With no publication date a relative expression is found but left unresolved."""
    m = only(sentence, published=None)
    assert (m.value, m.relative) == (None, True)


def test_absolute_dates_do_not_need_publication() -> None:
    """An absolute date resolves the same with or without a publication date."""
    assert only("The lease was signed October 21, 2021.", published=None).value == fd("2021-10-21")


def test_datetime_publication_is_read_as_its_date() -> None:
    """A publication datetime anchors like its calendar date."""
    stamp = dt.datetime(2024, 3, 14, 23, 59)
    assert only("A judge dismissed the suit Friday.", published=stamp).value == fd("2024-03-08")


def test_explicit_tense_overrides_the_cues() -> None:
    """A tense the caller passes wins over the one guessed from the text."""
    sentence = "A judge dismissed the suit Friday."
    assert only(sentence, tense=Tense.FUTURE).value == fd("2024-03-15")
    assert only(sentence, tense=Tense.PAST).value == fd("2024-03-08")


# -- not dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The builder may face a weapons charge.",
        "The second count was dropped.",
        "The march on the courthouse drew crowds.",
        "June Okafor testified for the defense.",
        "USA Today first reported the settlement.",
        "The 1990s were a boom time for the firm.",
        "Jan Novak, the trustee, declined to comment.",
        "The note was due Feb. 30, 2021.",
        "They may 3D-print the parts.",
        "He received 2021 letters of support.",
        "Oct",
        "Sunday school teachers were interviewed.",
    ],
)
def test_words_that_are_not_dates(sentence: str) -> None:
    """Modal "may", ordinal "second", names and impossible days are not dates."""
    assert find_dates(sentence, published=PUB) == []


def test_may_and_march_need_context() -> None:
    """A guarded month word counts next to a day, a year, or a lead word, not as a verb."""
    found = find_dates("Prosecutors may refile in March or on May 2.", published=PUB)
    assert [(m.text, m.value) for m in found] == [
        ("March", fd("2024-03")),
        ("May 2", fd("2024-05-02")),
    ]


# -- tense ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "tense"),
    [
        ("The judge dismissed the charges.", Tense.PAST),
        ("Prosecutors will seek a retrial.", Tense.FUTURE),
        ("The hearing is set to resume.", Tense.FUTURE),
        ("Jury selection is scheduled to begin.", Tense.FUTURE),
        ("Officials are expected to announce a deal.", Tense.FUTURE),
        ("The company plans to appeal.", Tense.FUTURE),
        ("The defendant is to be sentenced.", Tense.FUTURE),
        ("He will be sentenced in June.", Tense.FUTURE),
        ("Lee, who was arrested in May, will be tried.", Tense.FUTURE),
        ("The firm would appeal any ruling.", None),
        ("The trial was postponed.", Tense.PAST),
        ("They had agreed to a deal.", Tense.PAST),
        ("Mr. Ostrander pleaded not guilty.", Tense.PAST),
        ("She took the stand.", Tense.PAST),
        ("The alleged fraud is under review.", Tense.PRESENT),
        ("The defendant is accused of fraud.", Tense.PRESENT),
        ("Counsel said little.", Tense.PAST),
        ("A quiet morning at the courthouse.", None),
    ],
)
def test_clause_tense(clause: str, tense: Tense | None) -> None:
    """Cue words decide the tense; "would" and participles after "be" are no cue."""
    assert clause_tense(clause) == tense


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Ruiz pleaded guilty Friday and will be sentenced in June.", ["2024-03-08", "2024-06"]),
        ("Prosecutors said Monday they will drop the charges.", ["2024-03-11"]),
        ("On Tuesday, the board approved the settlement.", ["2024-03-12"]),
        ("Ortiz is expected to plead guilty Tuesday, his lawyer said.", ["2024-03-19"]),
        ("The hearing, which was delayed twice, will resume Friday.", ["2024-03-15"]),
    ],
)
def test_each_date_takes_the_tense_of_its_own_clause(sentence: str, values: list[str]) -> None:
    """The cue governing each date is the nearest one before it, else the next strong one."""
    assert [m.value for m in find_dates(sentence, published=PUB)] == [fd(v) for v in values]


# -- the vocabulary ------------------------------------------------------------------


def test_vocabulary_is_extendable_without_mutation() -> None:
    """A user vocabulary adds words; the default one is unchanged and read-only."""
    french = attrs.evolve(DEFAULT_VOCABULARY, months={**DEFAULT_VOCABULARY.months, "janvier": 1})
    m = only("Le jugement du 5 janvier 2022.", vocabulary=french)
    assert m.value == fd("2022-01-05")
    assert find_dates("Le jugement du 5 janvier 2022.", published=PUB) == []
    with pytest.raises(TypeError):
        DEFAULT_VOCABULARY.months["janvier"] = 1  # type: ignore[index]


def test_vocabulary_exclusions_are_data() -> None:
    """A phrase that is not a date is excluded by adding it to the vocabulary."""
    sentence = "Shoppers lined up on Black Friday."
    assert len(find_dates(sentence, published=PUB)) == 1
    quiet = attrs.evolve(
        DEFAULT_VOCABULARY, exclusions={*DEFAULT_VOCABULARY.exclusions, "black friday"}
    )
    assert find_dates(sentence, published=PUB, vocabulary=quiet) == []


def test_vocabulary_rejects_unknown_units() -> None:
    """A unit word must map to day, week, month or year."""
    with pytest.raises(ValueParseError, match="fortnight"):
        TemporalVocabulary(units={"fortnight": "fortnight"})


# -- laws ----------------------------------------------------------------------------

dates = st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2190, 12, 31))
weekdays = st.sampled_from(WEEKDAYS)


@given(dates, weekdays)
def test_past_weekday_is_latest_on_or_before_publication(pub: dt.date, day: str) -> None:
    """A past weekday is never after publication and within six days of it."""
    value = only(f"The panel rejected the motion {day}.", published=pub).value
    assert value is not None
    resolved = value.interval()[0]
    assert 0 <= (pub - resolved).days <= 6
    assert resolved.strftime("%A") == day


@given(dates, weekdays)
def test_future_weekday_is_next_on_or_after_publication(pub: dt.date, day: str) -> None:
    """A future weekday is never before publication and within six days of it."""
    value = only(f"The panel will rule {day}.", published=pub).value
    assert value is not None
    assert 0 <= (value.interval()[0] - pub).days <= 6


@given(dates, weekdays)
def test_unknown_tense_weekday_is_nearest(pub: dt.date, day: str) -> None:
    """With no tense, a weekday is the nearest such day, at most three days away."""
    value = only(day, published=pub).value
    assert value is not None
    assert abs((value.interval()[0] - pub).days) <= 3


@given(
    dates,
    st.integers(min_value=1, max_value=12),
    st.integers(min_value=1, max_value=28),
    st.sampled_from([None, Tense.PAST, Tense.FUTURE]),
)
def test_yearless_dates_respect_tense_and_distance(
    pub: dt.date, month: int, day: int, tense: Tense | None
) -> None:
    """A yearless day lies within half a year of publication, on the side the tense allows."""
    value = only(f"{MONTHS[month - 1]} {day}", published=pub, tense=tense).value
    assert value is not None
    resolved = value.interval()[0]
    if tense is Tense.PAST:
        assert 0 <= (pub - resolved).days <= 366
    elif tense is Tense.FUTURE:
        assert 0 <= (resolved - pub).days <= 366
    else:
        assert abs((resolved - pub).days) <= 184


_FAMILIES = [
    ("{month} {day}, {year}", Precision.DAY),
    ("{day} {month} {year}", Precision.DAY),
    ("{month} {day}", Precision.DAY),
    ("{month} {year}", Precision.MONTH),
    ("late {month} {year}", Precision.MONTH),
    ("in {month}", Precision.MONTH),
    ("early {month}", Precision.MONTH),
    ("last {month}", Precision.MONTH),
    ("in {year}", Precision.YEAR),
    ("mid-{year}", Precision.YEAR),
    ("{weekday}", Precision.DAY),
    ("next {weekday}", Precision.DAY),
    ("yesterday", Precision.DAY),
    ("{n} days ago", Precision.DAY),
    ("{n} weeks ago", Precision.MONTH),
    ("{n} months ago", Precision.MONTH),
    ("{n} years ago", Precision.YEAR),
    ("last week", Precision.MONTH),
    ("last month", Precision.MONTH),
    ("next year", Precision.YEAR),
]


@given(
    st.sampled_from(_FAMILIES),
    dates,
    st.sampled_from(MONTHS),
    st.integers(min_value=1, max_value=28),
    st.integers(min_value=1900, max_value=2100),
    weekdays,
    st.integers(min_value=1, max_value=30),
    st.sampled_from(["The filing was made {}.", "{}", "Officials will decide {}."]),
)
def test_precision_never_exceeds_the_words(
    family: tuple[str, Precision],
    pub: dt.date,
    month: str,
    day: int,
    year: int,
    weekday: str,
    n: int,
    frame: str,
) -> None:
    """A resolved date is never more precise than the expression states."""
    template, precision = family
    expression = template.format(month=month, day=day, year=year, weekday=weekday, n=n)
    m = only(frame.format(expression), published=pub)
    assert m.text.endswith(expression.split()[-1])
    if m.value is not None:  # a week that straddles two years has no single date
        assert m.value.precision <= precision


@given(st.text(), st.none() | dates, st.sampled_from([None, *Tense]))
def test_find_dates_never_raises_and_quotes_its_offsets(
    text: str, pub: dt.date | None, tense: Tense | None
) -> None:
    """On any text, mentions are sorted, disjoint, and quote the slice at their offsets."""
    found = find_dates(text, published=pub, tense=tense)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for m in found:
        assert text[m.start : m.end] == m.text
        if pub is None and m.relative:
            assert m.value is None


_WORDS = st.sampled_from(
    [
        "Oct.",
        "May",
        "may",
        "21",
        "2021",
        ",",
        " ",
        "in",
        "late",
        "mid-",
        "last",
        "Friday",
        "two",
        "months",
        "ago",
        "-",
        "of",
        "this",
        "week",
        "today",
        "USA",
        "Today",
        "1st",
        "will",
        "was",
        "dismissed",
        ".",
        "Sept",
        "30",
        "2021-10-21",
        "earlier",
        "a",
        "year",
    ]
)


@given(st.lists(_WORDS, max_size=14).map("".join), dates)
def test_absolute_values_do_not_depend_on_publication(text: str, pub: dt.date) -> None:
    """A mention that is not relative has the same value whatever the publication date."""
    with_pub = find_dates(text, published=pub)
    without = find_dates(text, published=None)
    assert [(m.start, m.end) for m in with_pub] == [(m.start, m.end) for m in without]
    for a, b in zip(with_pub, without, strict=True):
        assert a.relative == b.relative
        if not a.relative:
            assert a.value == b.value
        else:
            assert b.value is None


# -- hostile input -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "1," * 10**6,
        "Oct. " * 500_000,
        "a " * 10**6,
        "7" * 2_500_000,
        "in" + " " * 2_500_000 + "2021",
    ],
    ids=["commas", "oct", "articles", "digits", "spaces"],
)
def test_finders_run_in_linear_time_on_hostile_input(text: str) -> None:
    """Every finder completes on megabytes of adversarial text (no catastrophic backtracking)."""
    find_dates(text, published=PUB)
    find_money(text)
    find_durations(text)
    clause_tense(text)
    parse_count(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where something is moved to lies ahead, whatever the clause's tense
        ("The judge agreed to move the arraignment to Sept. 12.", "2024-09-12"),
        ("The trial was postponed until March.", "2025-03"),
        # a date that says when a court event is set is not pushed into the past
        ("The sentencing was scheduled to begin June 4.", "2024-06-04"),
        ("Lawyers noted the deadline June 4 could not be met.", "2024-06-04"),
        ("The judge set a trial date of June 4 and released him on bond.", "2024-06-04"),
        ("She gave a sentencing date of June 4 and adjourned.", "2024-06-04"),
        # an event that happened keeps the past
        ("Police arrested him Sept. 12.", "2023-09-12"),
    ],
)
def test_yearless_dates_of_moves_and_schedules_look_ahead(text: str, expected: str) -> None:
    """A yearless date moved to or scheduled is read forward; a past event stays past."""
    (mention,) = find_dates(text, published=dt.date(2024, 5, 2))
    assert str(mention.value) == expected


def test_an_abbreviated_month_with_a_day_after_of_is_a_day() -> None:
    """ "a trial date of Sept. 9" is the ninth of September, not September."""
    (mention,) = find_dates(
        "The judge set a trial date of Sept. 9.", published=dt.date(2024, 3, 15)
    )
    assert (mention.text, str(mention.value)) == ("Sept. 9", "2024-09-09")
