"""Resolution by example: the disagreements real coverage has, and how a case keeps them."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legalnews import (
    DEFAULT_POLICY,
    Case,
    Charge,
    ChargeStatus,
    Conflict,
    Duration,
    EntityKind,
    EntityRef,
    Evidence,
    FuzzyDate,
    IndependentSources,
    Modality,
    Policy,
    Recency,
    RoleKind,
    RoleValue,
    SourceClaim,
    Subject,
    SubjectKind,
    Transition,
    TrustWeights,
    Value,
    resolve,
)
from legalnews.testing import fuzzy_dates, policies, source_claims

ROE = EntityRef(EntityKind.PERSON, "Ann Roe")
MANSLAUGHTER = Subject(SubjectKind.CHARGE, ROE, "involuntary manslaughter")
JAN, MAR = FuzzyDate(2023, 1), FuzzyDate(2023, 3)
THURSDAY, FRIDAY = dt.date(2023, 4, 20), dt.date(2023, 4, 21)


def said(
    field: str,
    value: Value,
    quote: str,
    *,
    outlet: str | None,
    published: dt.date | None,
    modality: Modality = Modality.ASSERTED,
    article: str | None = None,
) -> SourceClaim:
    """A claim about Ann Roe's manslaughter charge, quoting ``quote`` at the article's start."""
    return SourceClaim(
        MANSLAUGHTER,
        field,
        value,
        Evidence(0, len(quote), quote),
        article or f"{outlet}:{published}",
        modality=modality,
        outlet=outlet,
        published=published,
    )


def the_charge(case: Case) -> Charge:
    (charge,) = case.charges
    return charge


def conflict_on(case: Case, field: str) -> Conflict:
    (conflict,) = [c for c in case.conflicts if c.field == field]
    return conflict


JAN_COURIER = said(
    "filed", JAN, "charged in January", outlet="Courier", published=dt.date(2023, 2, 1)
)
JAN_LEDGER = said(
    "filed", JAN, "was charged in January", outlet="Daily Ledger", published=dt.date(2023, 2, 3)
)
MAR_WIRE = said(
    "filed", MAR, "charged last month", outlet="Metro Wire", published=dt.date(2023, 4, 14)
)
FILED = [JAN_COURIER, JAN_LEDGER, MAR_WIRE]


def test_month_disagreement_is_one_conflict_keeping_both_sides() -> None:
    """January (two outlets) vs March (one): one charge.filed conflict keeping both sides."""
    case = resolve(FILED)
    assert len(case.conflicts) == 1
    conflict = conflict_on(case, "charge.filed")
    assert conflict.subject == the_charge(case).id
    sides = {c.value: set(c.claims) for c in conflict.candidates}
    assert sides == {JAN: {JAN_COURIER.id, JAN_LEDGER.id}, MAR: {MAR_WIRE.id}}
    outlets = {c.value: {case.claim(i).outlet for i in c.claims} for c in conflict.candidates}
    assert outlets == {JAN: {"Courier", "Daily Ledger"}, MAR: {"Metro Wire"}}


def test_month_disagreement_is_decided_by_independent_sources() -> None:
    """Two outlets saying January outweigh one saying March, and the conflict says so."""
    case = resolve(FILED)
    conflict = conflict_on(case, "charge.filed")
    assert (conflict.chosen, conflict.rule) == (JAN, "independent_sources")
    assert the_charge(case).filed == JAN


def test_two_counts_vs_a_charge_is_a_counts_conflict() -> None:
    """ "Two counts" vs "a charge" is a charge.counts conflict; the later report is shown."""
    two = said("counts", 2, "two counts", outlet="Courier", published=dt.date(2023, 2, 1))
    one = said("counts", 1, "a charge", outlet="Metro Wire", published=dt.date(2023, 4, 14))
    case = resolve([two, one])
    conflict = conflict_on(case, "charge.counts")
    assert {c.value: c.claims for c in conflict.candidates} == {2: (two.id,), 1: (one.id,)}
    assert (conflict.chosen, conflict.rule) == (1, "recency")
    assert the_charge(case).counts == 1


def test_expected_then_asserted_dismissal_is_a_history_not_a_conflict() -> None:
    """ "Set to be dropped" Thursday, "officially dismissed Friday": two steps, no conflict."""
    expected = said(
        "status",
        Transition("dismissed"),
        "set to be dropped",
        outlet="Courier",
        published=THURSDAY,
        modality=Modality.EXPECTED,
    )
    dismissed = said(
        "status",
        Transition("dismissed", FuzzyDate.from_date(FRIDAY)),
        "officially dismissed Friday",
        outlet="Daily Ledger",
        published=FRIDAY,
    )
    case = resolve([dismissed, expected])
    charge = the_charge(case)
    assert case.conflicts == ()
    assert [(s.status, s.modality, s.claims) for s in charge.history] == [
        ("dismissed", Modality.EXPECTED, (expected.id,)),
        ("dismissed", Modality.ASSERTED, (dismissed.id,)),
    ]
    assert charge.status is ChargeStatus.DISMISSED
    assert charge.status_date == FuzzyDate.from_date(FRIDAY)


def test_minimum_and_maximum_are_separate_fields() -> None:
    """ "A five-year minimum" and "a maximum of five years" are both kept, without a conflict."""
    five = Duration(years=5)
    low = said("penalty_min", five, "a five-year minimum", outlet="Courier", published=THURSDAY)
    high = said(
        "penalty_max", five, "a maximum of five years", outlet="Metro Wire", published=None
    )
    case = resolve([low, high])
    assert case.conflicts == ()
    penalty = the_charge(case).penalty
    assert (penalty.minimum, penalty.maximum) == (five, five)


def test_vague_and_precise_dates_agree() -> None:
    """ "2023" and "2023-01-21" agree: the precise date is shown, both claims support it."""
    vague = said("filed", FuzzyDate(2023), "in 2023", outlet="Courier", published=None)
    precise = said(
        "filed", FuzzyDate(2023, 1, 21), "on Jan. 21, 2023", outlet="Metro Wire", published=None
    )
    case = resolve([vague, precise])
    charge = the_charge(case)
    assert case.conflicts == ()
    assert charge.filed == FuzzyDate(2023, 1, 21)
    assert set(case.evidence(charge.id, "charge.filed")) == {vague, precise}


def test_expected_status_never_becomes_current() -> None:
    """A dismissal that is only expected stays in the history; the charge stays pending."""
    expected = said(
        "status",
        Transition("dismissed", FuzzyDate(2023, 4)),
        "set to be dropped",
        outlet="Courier",
        published=THURSDAY,
        modality=Modality.EXPECTED,
    )
    charge = the_charge(resolve([expected]))
    assert [s.modality for s in charge.history] == [Modality.EXPECTED]
    assert (charge.status, charge.status_date) == (ChargeStatus.PENDING, None)


@pytest.mark.parametrize(
    ("reported", "asserted"),
    [("convicted", "acquitted"), ("acquitted", "convicted"), ("dismissed", "pending")],
)
@pytest.mark.parametrize("reverse", [False, True])
def test_reported_step_never_outranks_asserted_of_same_date(
    reported: str, asserted: str, reverse: bool
) -> None:
    """Of two steps dated the same day, the asserted one, not the reported one, is current."""
    day = FuzzyDate(2023, 5, 2)
    claims = [
        said(
            "status",
            Transition(reported, day),
            "reportedly",
            outlet="Courier",
            published=dt.date(2023, 5, 3),
            modality=Modality.REPORTED,
        ),
        said(
            "status", Transition(asserted, day), "the court", outlet="Metro Wire", published=None
        ),
    ]
    if reverse:
        claims.reverse()
    charge = the_charge(resolve(claims))
    assert (charge.status, charge.status_date) == (ChargeStatus(asserted), day)


def test_one_outlet_repeating_counts_once() -> None:
    """One outlet saying January in three articles loses to two outlets saying March."""
    courier = [
        said(
            "filed",
            JAN,
            "charged in January",
            outlet="Courier",
            published=dt.date(2023, 2, day),
            article=f"courier-{day}",
        )
        for day in (1, 2, 3)
    ]
    march = [
        MAR_WIRE,
        said("filed", MAR, "in March", outlet="Daily Ledger", published=dt.date(2023, 4, 2)),
    ]
    conflict = conflict_on(resolve(courier + march), "charge.filed")
    assert (conflict.chosen, conflict.rule) == (MAR, "independent_sources")
    assert {c.value: len(c.claims) for c in conflict.candidates} == {JAN: 3, MAR: 2}


@pytest.mark.parametrize(
    ("policy", "rule"),
    [
        (Policy((Recency(), IndependentSources())), "recency"),
        (Policy((TrustWeights({"metro wire": 5.0}), IndependentSources())), "trust"),
        (Policy(DEFAULT_POLICY.rules, per_field={"charge.filed": (Recency(),)}), "recency"),
    ],
)
def test_user_policy_changes_the_choice_and_the_rule(policy: Policy, rule: str) -> None:
    """A user policy (recency first, trust weights, a per-field rule) shows March and says why."""
    conflict = conflict_on(resolve(FILED, policy=policy), "charge.filed")
    assert (conflict.chosen, conflict.rule) == (MAR, rule)
    assert the_charge(resolve(FILED, policy=policy)).filed == MAR


@st.composite
def candidate_lists(draw: st.DrawFn) -> list[tuple[Value, list[SourceClaim]]]:
    """Distinct dates, each with one to three claims from pool articles saying it."""
    dates = draw(st.lists(fuzzy_dates(), min_size=1, max_size=5, unique=True))
    out: list[tuple[Value, list[SourceClaim]]] = []
    for d in dates:
        claims = draw(st.lists(source_claims(SubjectKind.CHARGE, "filed"), min_size=1, max_size=3))
        out.append((d, claims))
    return out


@given(policies(), candidate_lists(), st.randoms())
def test_policy_choice_ignores_candidate_order(
    policy: Policy, candidates: list[tuple[Value, list[SourceClaim]]], rnd: random.Random
) -> None:
    """Policy.choose picks the same value, by the same rule, whatever the candidates' order."""
    index, rule = policy.choose("charge.filed", candidates)
    shuffled = list(candidates)
    rnd.shuffle(shuffled)
    again, again_rule = policy.choose("charge.filed", shuffled)
    assert (shuffled[again][0], again_rule) == (candidates[index][0], rule)


def test_counsel_with_and_without_a_client_resolves() -> None:
    """A defense attorney named once with a client and once without resolves to their roles."""
    okafor = Subject(SubjectKind.PERSON, EntityRef(EntityKind.PERSON, "Ben Okafor"))
    claims = [
        SourceClaim(okafor, "role", RoleValue(role, client), Evidence(0, 6, "lawyer"), "a1")
        for role, client in ((RoleKind.DEFENSE_ATTORNEY, None), (RoleKind.DEFENSE_ATTORNEY, ROE))
    ]
    case = resolve(claims)
    assert {(r.role, r.represents) for r in case.roles} == {
        (RoleKind.DEFENSE_ATTORNEY, None),
        (RoleKind.DEFENSE_ATTORNEY, "person:ann-roe"),
    }
