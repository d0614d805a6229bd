"""The invariants of DESIGN.md as properties: merge, nothing lost, order, refinement, precision."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence

import attrs
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from legalnews import (
    DEFAULT_POLICY,
    Article,
    Case,
    EntityKind,
    EntityRef,
    Event,
    EventType,
    Evidence,
    FormatError,
    FuzzyDate,
    IndependentSources,
    Judgement,
    Modality,
    Part,
    Policy,
    Precision,
    RoleValue,
    Source,
    SourceClaim,
    Subject,
    SubjectKind,
    Transition,
    Value,
    from_json,
    merge,
    resolve,
    to_json,
)
from legalnews.testing import (
    ARTICLES,
    judgements,
    policies,
    refining_dates,
    source_claims,
    sources,
)

DATE_FIELDS = (
    (SubjectKind.CHARGE, "filed"),
    (SubjectKind.SENTENCE, "date"),
    (SubjectKind.SETTLEMENT, "date"),
    (SubjectKind.EVENT, "date"),
)
POSITIVE = st.sampled_from((Modality.ASSERTED, Modality.REPORTED, Modality.EXPECTED))

claim_lists = st.lists(source_claims(), max_size=10)
judgement_lists = st.lists(judgements(), max_size=3)
dated_claims = st.sampled_from(DATE_FIELDS).flatmap(
    lambda kf: source_claims(*kf, modality=POSITIVE)
)


@st.composite
def related_cases(draw: st.DrawFn, n: int) -> tuple[Policy, list[Case]]:
    """A policy and ``n`` cases resolved with it from overlapping subsets of one pool of claims."""
    policy = draw(policies())
    pool = draw(st.lists(source_claims(), min_size=1, max_size=12))
    out = []
    for _ in range(n):
        claims = draw(st.lists(st.sampled_from(pool), max_size=8))
        out.append(resolve(claims, policy=policy, judgements=draw(judgement_lists)))
    return policy, out


# -- reading a case ----------------------------------------------------------------------


def _names(case: Case) -> dict[str, set[str]]:
    """Every entity id with the names it goes by."""
    out = {p.id: {p.name, *p.aliases} for p in case.persons}
    out.update({o.id: {o.name, *o.aliases} for o in case.organizations})
    return out


def _entity(case: Case, ref: EntityRef) -> str:
    """The id of the entity a name as written resolved to."""
    written = " ".join(ref.name.split())
    found = [i for i, ns in _names(case).items() if i.startswith(f"{ref.kind}:") and written in ns]
    assert len(found) == 1, f"{ref} resolved to {found}"
    return found[0]


def _partition(case: Case) -> set[frozenset[str]]:
    """The entities of a case as sets of names: how resolution grouped the names."""
    return {frozenset(ns) for ns in _names(case).values()}


def _value_matches(case: Case, shown: Value, claimed: Value) -> bool:
    if isinstance(claimed, EntityRef):
        return (
            isinstance(shown, EntityRef)
            and shown.kind is claimed.kind
            and _entity(case, shown) == _entity(case, claimed)
        )
    if isinstance(claimed, RoleValue):
        if not isinstance(shown, RoleValue) or shown.role is not claimed.role:
            return False
        if claimed.represents is None or shown.represents is None:
            return claimed.represents is shown.represents
        return _value_matches(case, shown.represents, claimed.represents)
    return type(shown) is type(claimed) and shown == claimed


def _has_fact(case: Case, claim: SourceClaim) -> bool:
    """Whether a Fact of the claim's object and field shows its value and cites it."""
    subject = claim.subject
    anchor = _entity(case, subject.anchor) if subject.anchor is not None else "-"
    field = f"{subject.kind}.{claim.field}"
    for fact in case.facts:
        if fact.field != field or claim.id not in fact.claims:
            continue
        if subject.kind in (SubjectKind.PERSON, SubjectKind.ORGANIZATION):
            same_object = fact.subject == anchor
        else:
            same_object = fact.subject.startswith(f"{subject.kind}:") and fact.subject.endswith(
                f":{anchor}"
            )
        if same_object and _value_matches(case, fact.value, claim.value):
            return True
    return False


def _object_of(case: Case, claim: SourceClaim) -> str:
    """The id of the object a claim's value was recorded under."""
    field = f"{claim.subject.kind}.{claim.field}"
    found = {f.subject for f in case.facts if f.field == field and claim.id in f.claims}
    assert len(found) == 1, f"claim {claim.id} recorded under {found}"
    return found.pop()


_SHOWN: Mapping[str, Callable[[Case, str], object]] = {
    "charge.counts": lambda c, i: next(x.counts for x in c.charges if x.id == i),
    "charge.filed": lambda c, i: next(x.filed for x in c.charges if x.id == i),
    "charge.plea": lambda c, i: next(x.plea for x in c.charges if x.id == i),
    "charge.with_prejudice": lambda c, i: next(x.with_prejudice for x in c.charges if x.id == i),
    "charge.penalty_min": lambda c, i: next(x.penalty.minimum for x in c.charges if x.id == i),
    "charge.penalty_max": lambda c, i: next(x.penalty.maximum for x in c.charges if x.id == i),
    "sentence.term": lambda c, i: next(x.term for x in c.sentences if x.id == i),
    "sentence.suspended": lambda c, i: next(x.suspended for x in c.sentences if x.id == i),
    "sentence.date": lambda c, i: next(x.date for x in c.sentences if x.id == i),
    "settlement.amount": lambda c, i: next(x.amount for x in c.settlements if x.id == i),
    "settlement.date": lambda c, i: next(x.date for x in c.settlements if x.id == i),
    "event.date": lambda c, i: next(x.date for x in c.events if x.id == i),
    "proceeding.court": lambda c, i: next(x.court for x in c.proceedings if x.id == i),
    "person.age": lambda c, i: next(x.age for x in c.persons if x.id == i),
}
"""How to read the value a case shows for each single-valued field of an object."""


def _shown(case: Case, claim: SourceClaim) -> object:
    """The value the case shows for the object and field a claim speaks of."""
    return _SHOWN[f"{claim.subject.kind}.{claim.field}"](case, _object_of(case, claim))


@st.composite
def restatements(draw: st.DrawFn, claim: SourceClaim, value: Value) -> SourceClaim:
    """A claim from a pool article, of positive modality, giving ``value`` to ``claim``'s field."""
    article = draw(st.sampled_from(ARTICLES))
    start = draw(st.integers(0, len(article.text)))
    return SourceClaim(
        claim.subject,
        claim.field,
        value,
        Evidence.from_text(article.text, start, min(len(article.text), start + 20)),
        article.id,
        modality=draw(POSITIVE),
        extractor="restated",
        outlet=article.source.outlet,
        published=article.source.published,
    )


def _dates_shown(case: Case) -> list[FuzzyDate]:
    """Every date a case shows as a chosen value, a status date or a step of a history."""
    out: list[object] = []
    for ch in case.charges:
        out += [ch.filed, ch.status_date, *(s.date for s in ch.history)]
    for p in case.proceedings:
        out += [p.status_date, *(s.date for s in p.history)]
    out += [s.date for s in case.sentences] + [t.date for t in case.settlements]
    out += [e.date for e in case.events] + [c.chosen for c in case.conflicts]
    out += [cand.value for c in case.conflicts for cand in c.candidates]
    return [d for d in out if isinstance(d, FuzzyDate)]


def _dates_claimed(claims: Sequence[SourceClaim]) -> set[FuzzyDate]:
    out = {c.value for c in claims if isinstance(c.value, FuzzyDate)}
    return out | {c.value.date for c in claims if isinstance(c.value, Transition) and c.value.date}


# -- merge is a semilattice -------------------------------------------------------------------


@given(related_cases(2))
def test_merge_is_commutative(cases: tuple[Policy, list[Case]]) -> None:
    """merge(a, b) == merge(b, a), provenance included."""
    policy, (a, b) = cases
    assert merge(a, b, policy=policy) == merge(b, a, policy=policy)


@given(related_cases(3))
def test_merge_is_associative(cases: tuple[Policy, list[Case]]) -> None:
    """merge(a, merge(b, c)) == merge(merge(a, b), c)."""
    policy, (a, b, c) = cases
    left = merge(a, merge(b, c, policy=policy), policy=policy)
    right = merge(merge(a, b, policy=policy), c, policy=policy)
    assert left == right


@given(related_cases(1))
def test_merge_is_idempotent(cases: tuple[Policy, list[Case]]) -> None:
    """merge(a, a) == a."""
    policy, (a,) = cases
    assert merge(a, a, policy=policy) == a


# -- nothing is lost -----------------------------------------------------------------------------


@given(related_cases(2))
def test_merge_keeps_every_claim(cases: tuple[Policy, list[Case]]) -> None:
    """claims(merge(a, b)) == claims(a) | claims(b)."""
    policy, (a, b) = cases
    assert set(merge(a, b, policy=policy).claims) == set(a.claims) | set(b.claims)


@given(policies(), claim_lists, judgement_lists)
def test_every_claimed_value_appears_as_a_fact(
    policy: Policy, claims: list[SourceClaim], judged: list[Judgement]
) -> None:
    """Every claim's value is a Fact of its object and field that cites the claim."""
    case = resolve(claims, policy=policy, judgements=judged)
    missing = [c for c in claims if not _has_fact(case, c)]
    assert not missing


def test_claims_naming_a_person_and_an_organization_alike_are_both_kept() -> None:
    """A claim naming the person "Ford" and one naming the company "Ford" are two claims."""
    subject = Subject(SubjectKind.PROCEEDING, EntityRef(EntityKind.PERSON, "Ann Roe"), "civil")
    person, company = (
        SourceClaim(subject, "defendant", EntityRef(kind, "Ford"), Evidence(0, 4, "Ford"), "a1")
        for kind in (EntityKind.PERSON, EntityKind.ORGANIZATION)
    )
    assert person != company
    assert set(resolve([person, company]).claims) == {person, company}


def test_event_subject_with_a_free_key_is_refused_when_made() -> None:
    """An event keyed "prelim hearing" (not "hearing:preliminary") is refused up front.

    A claim that resolution could not place would be lost; refusing the subject
    when it is made keeps "nothing is lost" true for every claim that exists.
    """
    with pytest.raises(FormatError, match="type:label"):
        Subject(SubjectKind.EVENT, EntityRef(EntityKind.PERSON, "Ann Roe"), "prelim hearing")
    assert Subject(SubjectKind.EVENT, None, "hearing:preliminary").key == "hearing:preliminary"


# -- order does not matter ----------------------------------------------------------------------


@given(policies(), claim_lists, judgement_lists, st.randoms())
def test_any_permutation_gives_an_equal_case(
    policy: Policy, claims: list[SourceClaim], judged: list[Judgement], rnd: random.Random
) -> None:
    """Shuffling claims and judgements gives an equal case, entity ids and names included."""
    case = resolve(claims, policy=policy, judgements=judged)
    rnd.shuffle(claims)
    rnd.shuffle(judged)
    again = resolve(claims, policy=policy, judgements=judged)
    assert again == case
    assert [(p.id, p.name) for p in again.persons] == [(p.id, p.name) for p in case.persons]


@given(policies(), st.lists(source_claims(), min_size=1, max_size=10), st.data())
def test_reading_claims_twice_adds_nothing(
    policy: Policy, claims: list[SourceClaim], data: st.DataObject
) -> None:
    """Resolving some claims twice gives the case of resolving them once."""
    again = data.draw(st.lists(st.sampled_from(claims)))
    assert resolve([*claims, *again], policy=policy) == resolve(claims, policy=policy)


# -- refinement is monotone --------------------------------------------------------------------


@given(claim_lists, st.lists(dated_claims, min_size=1, max_size=4), st.data())
def test_refining_claim_never_leaves_a_vaguer_date_chosen(
    others: list[SourceClaim], dated: list[SourceClaim], data: st.DataObject
) -> None:
    """Adding a date that refines the chosen one makes a refinement of it the chosen date."""
    policy = DEFAULT_POLICY  # under any policy: see the xfail example below
    claims = [*others, *dated]
    case = resolve(claims, policy=policy)
    claim = data.draw(st.sampled_from(dated))
    before = _shown(case, claim)
    assume(isinstance(before, FuzzyDate) and before.precision is not Precision.DAY)
    assert isinstance(before, FuzzyDate)
    finer = data.draw(refining_dates(before))
    after_case = resolve([*claims, data.draw(restatements(claim, finer))], policy=policy)
    assume(_partition(after_case) == _partition(case))
    after = _shown(after_case, claim)
    assert isinstance(after, FuzzyDate)
    assert after.refines(before), f"{before} refined by {finer}, but {after} chosen"


def test_refining_claim_never_leaves_a_vaguer_date_chosen_under_any_policy() -> None:
    """Under a user policy too, adding a refinement of the chosen date never flips the choice."""
    policy = Policy((IndependentSources(),))
    article = ARTICLES[0]

    def filed(value: FuzzyDate, outlet: str) -> SourceClaim:
        return SourceClaim(
            Subject(SubjectKind.CHARGE, EntityRef(EntityKind.PERSON, "Ann Roe"), "fraud"),
            "filed",
            value,
            Evidence(0, 3, article.text[:3]),
            article.id,
            outlet=outlet,
        )

    claims = [filed(FuzzyDate(2022), "Courier"), filed(FuzzyDate(2023), "Metro Wire")]
    assert resolve(claims, policy=policy).charges[0].filed == FuzzyDate(2022)
    finer = filed(FuzzyDate(2022, 1, part=Part.EARLY), "Courier")
    after = resolve([*claims, finer], policy=policy).charges[0].filed
    assert after == FuzzyDate(2022, 1, part=Part.EARLY)


@given(policies(), claim_lists, st.lists(source_claims(), min_size=1, max_size=4), st.data())
def test_agreeing_claim_never_removes_the_chosen_value(
    policy: Policy, others: list[SourceClaim], told: list[SourceClaim], data: st.DataObject
) -> None:
    """Adding a claim that gives the chosen value keeps it chosen."""
    claims = [*others, *told]
    case = resolve(claims, policy=policy)
    single = [c for c in told if f"{c.subject.kind}.{c.field}" in _SHOWN]
    assume(single)
    claim = data.draw(st.sampled_from(single))
    before = _shown(case, claim)
    assume(before is not None)
    assert before is not None
    agree = data.draw(restatements(claim, before))  # type: ignore[arg-type]
    after_case = resolve([*claims, agree], policy=policy)
    assume(_partition(after_case) == _partition(case))
    assert _shown(after_case, claim) == before


# -- honest precision ---------------------------------------------------------------------------


@given(policies(), claim_lists, judgement_lists)
def test_every_date_shown_was_claimed_at_that_precision(
    policy: Policy, claims: list[SourceClaim], judged: list[Judgement]
) -> None:
    """Every date in a case is a date some claim gave: never more precise than its evidence."""
    case = resolve(claims, policy=policy, judgements=judged)
    claimed = _dates_claimed(claims)
    invented = [d for d in _dates_shown(case) if d not in claimed]
    assert not invented


def _own_dates(case: Case, event: Event, participant: str) -> list[FuzzyDate | None]:
    """The dates a derived event may stand for, from the participant's own objects."""
    if event.type is EventType.CHARGE:
        return [c.filed for c in case.charges if c.defendant == participant]
    if event.type in (EventType.DISMISSAL, EventType.AMENDMENT):
        return [c.status_date for c in case.charges if c.defendant == participant]
    if event.type is EventType.SENTENCE:
        return [s.date for s in case.sentences if s.defendant == participant]
    return [t.date for t in case.settlements if participant in t.parties]


def _filed(name: str, date: FuzzyDate) -> SourceClaim:
    subject = Subject(SubjectKind.CHARGE, EntityRef(EntityKind.PERSON, name), "fraud")
    return SourceClaim(subject, "filed", date, Evidence(0, 0, ""), ARTICLES[0].id)


@example(
    DEFAULT_POLICY,
    [
        _filed("Ann Roe", FuzzyDate(2023, 1, part=Part.EARLY)),
        _filed("Ben Okafor", FuzzyDate(2023, 1, part=Part.LATE)),
    ],
)
@given(policies(), st.lists(dated_claims, max_size=8))
def test_derived_events_date_each_participant_honestly(
    policy: Policy, claims: list[SourceClaim]
) -> None:
    """An event derived from charges, sentences or settlements holds each participant's date."""
    case = resolve(claims, policy=policy)
    told = {f.subject for f in case.facts}
    for event in case.events:
        if event.id in told or event.date is None:
            continue
        for p in event.participants:
            own = [d for d in _own_dates(case, event, p) if d is not None]
            assert any(d.within(event.date) for d in own), (event, p, own)


# -- round trips of evidence ------------------------------------------------------------------


@given(st.text(min_size=1), sources(), st.data())
def test_quote_is_found_at_its_offsets_after_a_round_trip(
    text: str, source: Source, data: st.DataObject
) -> None:
    """A claim's quote, built with Evidence.from_text, is found at its offsets after JSON."""
    article = Article(text, source)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    claim = data.draw(source_claims(article=st.just(article)))
    claim = attrs.evolve(claim, evidence=Evidence.from_text(text, start, end))
    back_article = from_json(to_json(article))
    back_claim = from_json(to_json(claim))
    assert back_claim.article == back_article.id
    assert back_claim.evidence.found_in(back_article.text)
    assert back_claim.evidence.quote == text[start:end]


@given(policies(), claim_lists)
def test_quotes_of_a_saved_case_are_found_in_their_articles(
    policy: Policy, claims: list[SourceClaim]
) -> None:
    """Every claim of a case read back from JSON quotes its article at its offsets."""
    case = from_json(to_json(resolve(claims, policy=policy)))
    texts = {a.id: a.text for a in ARTICLES}
    for c in case.claims:
        assert c.evidence.found_in(texts[c.article]), c


_TWO_STATUS_DATE_CONFLICTS = """
import datetime as dt
from legalnews import *
roe = EntityRef(EntityKind.PERSON, "Ann Roe")
subject = Subject(SubjectKind.CHARGE, roe, "fraud")
claims = []
for status, dates in (("dismissed", (FuzzyDate(2023, 1), FuzzyDate(2023, 3))),
                      ("convicted", (FuzzyDate(2022, 5), FuzzyDate(2022, 9)))):
    for i, date in enumerate(dates):
        quote = f"{status} {date}"
        claims.append(SourceClaim(subject, "status", Transition(status, date),
                                  Evidence(0, len(quote), quote), f"article-{i}"))
print(to_json(resolve(claims)))
"""


def test_conflicts_of_one_field_have_one_order_in_every_process() -> None:
    """Two conflicts on one field (two status dates) serialize alike in separate interpreters.

    Within one process a set's order is stable; across processes string hashes
    and ``hash(None)`` change, so only fresh interpreters can show an order
    that depends on them.
    """
    outputs = set()
    for seed in ("0", "1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", _TWO_STATUS_DATE_CONFLICTS],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    (case,) = {from_json(o) for o in outputs}
    assert [c.field for c in case.conflicts] == ["charge.status_date", "charge.status_date"]
