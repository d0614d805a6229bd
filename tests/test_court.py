"""Rules of the court extractor, each on sentences of our own about fictional cases.

Courts, civil suits, settlements and fines, and dated events (incidents,
hearings, amendments, arrests, pleas, verdicts); the laws at the end hold
for any text at all, including a hostile 3 MB line.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import legalnews as ln

PUBLISHED = dt.date(2024, 6, 14)  # a Friday
CHARGED = "Nora Vale was charged with arson. "  # makes Nora Vale the article's defendant


def article(
    text: str, outlet: str = "Valley Courier", published: dt.date = PUBLISHED
) -> ln.Article:
    """An article of ``outlet`` published on ``published``."""
    return ln.Article(text, ln.Source(outlet=outlet, published=published))


def claims(text: str, published: dt.date = PUBLISHED) -> list[ln.SourceClaim]:
    """The court extractor's claims on ``text``."""
    doc = ln.Document.from_article(article(text, published=published))
    return list(ln.CourtExtractor()(ln.analyze(doc)))


def by_subject(text: str, kind: ln.SubjectKind) -> dict[tuple[str, str], dict[str, set[str]]]:
    """(anchor, key) -> field -> the values claimed, as text, for subjects of ``kind``."""
    out: dict[tuple[str, str], dict[str, set[str]]] = {}
    for c in claims(text):
        if c.subject.kind is kind:
            anchor = c.subject.anchor.name if c.subject.anchor else "-"
            field = out.setdefault((anchor, c.subject.key), {}).setdefault(c.field, set())
            field.add(str(c.value))
    return out


# -- courts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "court"),
    [
        (
            "Nora Vale was charged with arson in the U.S. District Court for the Southern "
            "District of New York.",
            "U.S. District Court for the Southern District of New York",
        ),
        (
            "Nora Vale was charged with arson in Marin County Superior Court on Monday.",
            "Marin County Superior Court",
        ),
        (
            "Nora Vale, who was charged with arson, appeared before the U.S. Court of Appeals "
            "for the Ninth Circuit.",
            "U.S. Court of Appeals for the Ninth Circuit",
        ),
        (
            CHARGED + "Her case was moved to the Court of Common Pleas.",
            "Court of Common Pleas",
        ),
        (
            "Nora Vale was charged with arson in the District Court on Monday.",
            "District Court",
        ),
    ],
)
def test_court_where_the_case_is_heard(text: str, court: str) -> None:
    """A court named where the defendant's case is heard is her criminal proceeding's court."""
    assert by_subject(text, ln.SubjectKind.PROCEEDING) == {
        ("Nora Vale", "criminal"): {"court": {court}}
    }


@pytest.mark.parametrize(
    "text",
    [
        CHARGED + "A Marin County Superior Court judge spoke at the gala.",
        CHARGED + "Court records were unsealed.",
        CHARGED + "She was questioned about the court.",
    ],
)
def test_court_word_without_a_place_of_hearing(text: str) -> None:
    """A court mentioned other than as where a case is heard is no proceeding's court."""
    assert by_subject(text, ln.SubjectKind.PROCEEDING) == {}


# -- civil suits ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "defendant", "plaintiffs"),
    [
        ("Hester Morrow sued Nora Vale over the missing funds.", "Nora Vale", {"Hester Morrow"}),
        ("Quill Dynamics Inc. sued Nora Vale in May.", "Nora Vale", {"Quill Dynamics Inc"}),
        (
            "Nora Vale faces a civil lawsuit brought by Hester Morrow.",
            "Nora Vale",
            {"Hester Morrow"},
        ),
        (
            "A lawsuit brought by Hester Morrow against Nora Vale was filed in March.",
            "Nora Vale",
            {"Hester Morrow"},
        ),
        (
            "Hester Morrow filed a lawsuit against Quill Dynamics Inc. last year.",
            "Quill Dynamics Inc",
            {"Hester Morrow"},
        ),
        ("Nora Vale is also facing a wrongful death suit.", "Nora Vale", set()),
        # the passive: the plaintiff follows "by"
        (
            "Quill Dynamics Inc. was sued by Hester Morrow.",
            "Quill Dynamics Inc",
            {"Hester Morrow"},
        ),
        (
            "Quill Dynamics Inc. was sued in federal court on Monday by Hester Morrow.",
            "Quill Dynamics Inc",
            {"Hester Morrow"},
        ),
    ],
)
def test_civil_suits(text: str, defendant: str, plaintiffs: set[str]) -> None:
    """A suit gives a civil proceeding against its defendant, with its plaintiffs."""
    fields = by_subject(text, ln.SubjectKind.PROCEEDING)[(defendant, "civil")]
    assert fields["defendant"] == {defendant}
    assert fields.get("plaintiff", set()) == plaintiffs


def test_court_of_a_lawsuit_is_the_civil_proceedings() -> None:
    """A court named in a sentence about a suit belongs to the civil proceeding."""
    text = CHARGED + "Hester Morrow sued Nora Vale in Marin County Superior Court in May."
    found = by_subject(text, ln.SubjectKind.PROCEEDING)
    assert found[("Nora Vale", "civil")]["court"] == {"Marin County Superior Court"}
    assert ("Nora Vale", "criminal") not in found


# -- settlements and fines --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "payer", "kind", "amount", "party", "date"),
    [
        (
            "Quill Dynamics Inc. reached a settlement with regulators on Tuesday, agreeing to "
            "pay a $250,000 fine.",
            "Quill Dynamics Inc",
            "fine",
            "250000 USD",
            "regulators",
            "2024-06-11",
        ),
        (
            "Quill Dynamics Inc. agreed to pay $4 million to settle the lawsuit brought by "
            "Hester Morrow.",
            "Quill Dynamics Inc",
            "settlement",
            "4000000 USD",
            "Hester Morrow",
            None,
        ),
        (
            "Quill Dynamics Inc. was fined $80,000 by the Environmental Protection Agency in "
            "March.",
            "Quill Dynamics Inc",
            "fine",
            "80000 USD",
            "Environmental Protection Agency",
            "2024-03",
        ),
        (
            "The Environmental Protection Agency fined Quill Dynamics Inc. $80,000 in March.",
            "Quill Dynamics Inc",
            "fine",
            "80000 USD",
            "Environmental Protection Agency",
            "2024-03",
        ),
        (
            "Quill Dynamics Inc. settled with the state labor commission for $1.5 million in "
            "April.",
            "Quill Dynamics Inc",
            "settlement",
            "1500000 USD",
            "state labor commission",
            "2024-04",
        ),
        (
            "Nora Vale agreed to pay $50,000 to settle the lawsuit brought by Hester Morrow.",
            "Nora Vale",
            "settlement",
            "50000 USD",
            "Hester Morrow",
            None,
        ),
        (
            "Quill Dynamics Inc. signed a deferred prosecution agreement and will pay $3 million.",
            "Quill Dynamics Inc",
            "deferred_prosecution",
            "3000000 USD",
            None,
            None,
        ),
    ],
)
def test_settlements_and_fines(
    text: str, payer: str, kind: str, amount: str, party: str | None, date: str | None
) -> None:
    """A settlement or fine: payer, kind, amount, counterparty and the date next to it."""
    found = by_subject(text, ln.SubjectKind.SETTLEMENT)
    assert set(found) == {(payer, kind)}
    fields = found[(payer, kind)]
    assert fields["amount"] == {amount}
    assert fields.get("party", set()) == ({party} if party else set())
    assert fields.get("date", set()) == ({date} if date else set())


def test_a_persons_criminal_fine_is_not_a_settlement() -> None:
    """A fine ordered on a person with no regulator is a sentence, left to the charges rules."""
    assert (
        by_subject("Nora Vale was ordered to pay a $2 million fine.", ln.SubjectKind.SETTLEMENT)
        == {}
    )


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "Quill Dynamics Inc. reached a settlement with regulators in March, agreeing to a "
            "$100,000 fine.",
            {"defendant": {"Quill Dynamics Inc"}, "status": {"settled (2024-03)"}},
        ),
        (
            "Quill Dynamics Inc. was fined $80,000 by the Environmental Protection Agency in "
            "March.",
            {"defendant": {"Quill Dynamics Inc"}},
        ),
    ],
)
def test_regulator_makes_a_regulatory_proceeding(text: str, fields: dict[str, set[str]]) -> None:
    """A dispute with a regulator is a regulatory proceeding, settled if the parties agreed."""
    assert by_subject(text, ln.SubjectKind.PROCEEDING) == {
        ("Quill Dynamics Inc", "regulatory"): fields
    }


def test_regulatory_settlement_resolves_to_a_settled_proceeding() -> None:
    """Resolved, a regulator's settlement is a settled regulatory proceeding and an event."""
    text = (
        "Quill Dynamics Inc. reached a settlement with regulators in March, agreeing to a "
        "$100,000 fine."
    )
    case = ln.build([article(text)]).case
    (proceeding,) = case.proceedings
    assert (proceeding.kind, proceeding.status, str(proceeding.status_date)) == (
        ln.ProceedingKind.REGULATORY,
        ln.ProceedingStatus.SETTLED,
        "2024-03",
    )
    (settlement,) = case.settlements
    assert (settlement.kind, str(settlement.amount), str(settlement.date)) == (
        ln.SettlementKind.FINE,
        "100000 USD",
        "2024-03",
    )
    assert [(e.type, str(e.date)) for e in case.events] == [(ln.EventType.SETTLEMENT, "2024-03")]


# -- events -----------------------------------------------------------------------------


def events(text: str) -> dict[tuple[str, str], dict[str, set[str]]]:
    """Event claims by (anchor, key)."""
    return by_subject(text, ln.SubjectKind.EVENT)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The warehouse fire on March 9, 2023, killed two workers.", "2023-03-09"),
        ("Nora Vale was charged with arson in connection with the October 2022 fire.", "2022-10"),
        ("The crash happened on May 1, 2023, near the quarry.", "2023-05-01"),
    ],
)
def test_incident_date(text: str, date: str) -> None:
    """A date written next to an incident word dates the incident."""
    (found,) = [v for (a, k), v in events(text).items() if k == "incident"]
    assert found["date"] == {date}
    assert found["status"] == {"occurred"}


@pytest.mark.parametrize(
    "text",
    [
        "Nora Vale was charged on March 9, 2024, with arson for the fire.",
        "The fire was discussed last week.",
    ],
)
def test_no_incident_from_filing_or_relative_dates(text: str) -> None:
    """The date a charge was filed, or a relative date, does not date the incident."""
    assert [k for (_, k) in events(text) if k == "incident"] == []


@pytest.mark.parametrize(
    ("text", "key", "date", "status"),
    [
        (
            CHARGED + "Her arraignment is scheduled for July 8, 2024.",
            "hearing:arraignment",
            "2024-07-08",
            "scheduled",
        ),
        (
            CHARGED + "Her preliminary hearing was moved to August 12, 2024.",
            "hearing:preliminary",
            "2024-08-12",
            "scheduled",
        ),
        (
            CHARGED + "A status hearing was held on June 10.",
            "hearing:status",
            "2024-06-10",
            "occurred",
        ),
        (CHARGED + "Her trial is set for September 16, 2024.", "trial", "2024-09-16", "scheduled"),
        (
            CHARGED + "Her preliminary hearing on July 1, 2024, was cancelled.",
            "hearing:preliminary",
            "2024-07-01",
            "cancelled",
        ),
        (
            CHARGED + "Her sentencing hearing on June 3 lasted an hour.",
            "hearing:sentencing",
            "2024-06-03",
            "occurred",
        ),
        (
            CHARGED + "A bail hearing on June 28, 2024, will decide her release.",
            "hearing:bail",
            "2024-06-28",
            "scheduled",
        ),
    ],
)
def test_hearings(text: str, key: str, date: str, status: str) -> None:
    """A hearing or trial with a date, for the defendant, with its status."""
    assert events(text) == {("Nora Vale", key): {"date": {date}, "status": {status}}}


def test_hearing_without_date_falls_to_the_dated_one() -> None:
    """An undated hearing does not hide a dated trial in the same sentence."""
    text = CHARGED + "At the hearing, her trial was set for May 2, 2025."
    assert events(text) == {
        ("Nora Vale", "trial"): {"date": {"2025-05-02"}, "status": {"scheduled"}}
    }


@pytest.mark.parametrize(
    ("text", "key", "date"),
    [
        (
            CHARGED + "Prosecutors downgraded the charges against her on June 4.",
            "amendment",
            "2024-06-04",
        ),
        (
            CHARGED + "Prosecutors added two counts of burglary on June 4.",
            "amendment",
            "2024-06-04",
        ),
        (
            "Police arrested Nora Vale on April 2 and charged her with arson.",
            "arrest",
            "2024-04-02",
        ),
        ("Nora Vale was arrested on April 2 and charged with arson.", "arrest", "2024-04-02"),
        ("Nora Vale pleaded not guilty to arson on May 20.", "plea", "2024-05-20"),
        ("A jury found Nora Vale guilty of arson on June 3.", "verdict", "2024-06-03"),
        ("Nora Vale was acquitted of arson on June 3.", "verdict", "2024-06-03"),
    ],
)
def test_dated_events(text: str, key: str, date: str) -> None:
    """Amendments, arrests, pleas and verdicts are dated events of the defendant."""
    assert events(text)[("Nora Vale", key)] == {"date": {date}, "status": {"occurred"}}


def test_dismissed_case_cancels_its_later_hearing() -> None:
    """Resolved, a hearing scheduled after the defendant's case was dismissed is cancelled."""
    text = (
        "Prosecutors dismissed the arson charge against Nora Vale on June 3. "
        "Her preliminary hearing had been scheduled for July 1, 2024."
    )
    case = ln.build([article(text)]).case
    (hearing,) = [e for e in case.events if e.type is ln.EventType.HEARING]
    assert (str(hearing.date), hearing.status) == ("2024-07-01", ln.EventStatus.CANCELLED)
    (dismissal,) = [e for e in case.events if e.type is ln.EventType.DISMISSAL]
    assert str(dismissal.date) == "2024-06-03"


# -- laws -------------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        "Nora Vale",
        "Quill Dynamics Inc.",
        "sued",
        "a lawsuit brought by",
        "against",
        "settlement with regulators",
        "$100,000 fine",
        "fined",
        "in March",
        "on July 1, 2024",
        "preliminary hearing",
        "was moved to",
        "cancelled",
        "trial",
        "arrested",
        "pleaded",
        "jury found",
        "guilty",
        "in the U.S. District Court for the",
        "Southern District of",
        "New York",
        "fire",
        "October 2021 shooting",
        "downgraded",
        "charged with arson",
        ".",
        ",",
        '"',
        "'s",
    ]
)
legalish = st.lists(_FRAGMENTS, max_size=40).map(" ".join)


@given(st.one_of(st.text(), legalish))
def test_never_raises_and_quotes_are_exact(text: str) -> None:
    """On any text the extractor returns claims whose quotes stand at their offsets."""
    for c in claims(text):
        assert text[c.evidence.start : c.evidence.end] == c.evidence.quote


@pytest.mark.parametrize(
    "text",
    [
        "$1," * 10**6,
        "hearing May 3 " * 200000,
        "Nora Vale's fraud charges " * 40000,
        "Quill Dynamics Inc. settled with Hester Morrow for $5 " * 20000,
    ],
    ids=["money-3MB", "hearings-3MB", "possessives-1MB", "settlements-1MB"],
)
def test_hostile_long_line_completes(text: str) -> None:
    """A long single line of hostile text runs through the whole default pipeline."""
    result = ln.Pipeline.default().run(article(text))
    assert all(c.evidence.found_in(text) for c in result.claims)


@pytest.mark.parametrize(
    ("text", "label", "date"),
    [
        (
            "Prosecutors charged Cole Avery with bribery. He is scheduled to be arraigned "
            "on Feb. 20.",
            "arraignment",
            "2025-02-20",
        ),
        (
            "Prosecutors charged Cole Avery with bribery. He will be sentenced on March 4.",
            "sentencing",
            "2025-03-04",
        ),
    ],
)
def test_a_court_date_written_as_a_verb_is_a_hearing(text: str, label: str, date: str) -> None:
    """ "is scheduled to be arraigned on Feb. 20" schedules an arraignment."""
    source = ln.Source(outlet="Lakeside Times", published=dt.date(2025, 2, 12))
    case = ln.build([ln.Article(text, source)]).case
    hearings = [(e.label, str(e.date), e.status) for e in case.events if e.type == "hearing"]
    assert hearings == [(label, date, ln.EventStatus.SCHEDULED)]
