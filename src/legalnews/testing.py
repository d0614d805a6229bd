"""Hypothesis strategies for every public legalnews type.

Use them to property-test your own extractors, policies and pipelines: the
laws legalnews proves about itself (merge is a semilattice, order does not
matter, nothing is lost, round trips are exact) should keep holding for the
claims your code makes and the policies you write.

The strategies draw from *small pools* on purpose: a handful of name variants
("Ann Roe", "Roe", "ann roe", "A. Roe"...), of articles and outlets, and of
dates in two years. Random unicode would almost never make two claims name
the same person, cite the same article or disagree about the same date, and
those coincidences are where resolution does its work.

>>> from hypothesis import given
>>> from legalnews import resolve
>>> from legalnews.testing import source_claims
>>> @given(source_claims())
... def test_one_claim_resolves(claim):
...     assert claim in resolve([claim]).claims
>>> test_one_claim_resolves()

Requires the ``test`` extra (``pip install "legalnews[test]"``).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final, TypeVar

try:
    from hypothesis import strategies as st
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError(
        'legalnews.testing needs hypothesis; install it with: pip install "legalnews[test]"'
    ) from e

from ._case import (
    Candidate,
    Case,
    Charge,
    Conflict,
    Event,
    Fact,
    Judgement,
    Organization,
    Penalty,
    Person,
    Proceeding,
    Role,
    Sentence,
    Settlement,
    StatusChange,
)
from ._claims import (
    FIELDS,
    EntityRef,
    Evidence,
    RoleValue,
    SourceClaim,
    Subject,
    Transition,
    Value,
)
from ._dates import FuzzyDate, Part, Precision
from ._policies import (
    DEFAULT_POLICY,
    IndependentSources,
    ModalityRank,
    Policy,
    Recency,
    Rule,
    Specificity,
    TrustWeights,
)
from ._quantities import Duration, Money
from ._resolve import resolve
from ._sources import Article, Source
from ._vocab import (
    ChargeStatus,
    EntityKind,
    EventStatus,
    EventType,
    Modality,
    Plea,
    ProceedingKind,
    ProceedingStatus,
    RoleKind,
    SentenceKind,
    SettlementKind,
    SubjectKind,
)

__all__ = [
    "ARTICLES",
    "ORGANIZATION_NAMES",
    "OUTLETS",
    "PERSON_NAMES",
    "articles",
    "candidates",
    "cases",
    "charges",
    "conflicts",
    "durations",
    "entity_refs",
    "events",
    "evidences",
    "facts",
    "fuzzy_dates",
    "judgements",
    "money",
    "organizations",
    "penalties",
    "persons",
    "policies",
    "proceedings",
    "refining_dates",
    "role_values",
    "roles",
    "rules",
    "sentences",
    "settlements",
    "source_claims",
    "sources",
    "status_changes",
    "strategy_for",
    "subjects",
    "transitions",
    "values",
    "values_for",
]

T = TypeVar("T")

# -- pools ------------------------------------------------------------------------------

PERSON_NAMES: Final[tuple[str, ...]] = (
    "Ann Roe",
    "Roe",
    "ann roe",
    "Ann  Roe-Smith",
    "A. Roe",
    "Ann Marie Roe",
    "Ben Roe",
    "Roe's",
    "José Núñez",
    "Jose Nunez",
    "Núñez",
    "Mr. Ben Okafor",
    "Ben Okafor",
    "Lucia Martinez Ortega",
    "Martinez-Ortega",
)
"""Person names as articles write them (full names, bare surnames, case and
spacing variants, initials, a middle name, a compound surname with and without
its hyphen, a possessive, an honorific, accents). "Roe" is ambiguous between
"Ann Roe" and "Ben Roe" unless one is better supported."""

ORGANIZATION_NAMES: Final[tuple[str, ...]] = (
    "Acme Holdings Inc.",
    "Acme Holdings",
    "The Acme Holdings Co.",
    "Acme Holdngs",
    "Bayview Bank",
    "Bayview Bank of Oregon",
    "First District Court",
)
"""Organization names, with legal suffixes, a leading article, a typo and an
"of <place>" form of the same bodies. Disjoint from :data:`PERSON_NAMES`."""

OUTLETS: Final[tuple[str, ...]] = ("Courier", "Daily Ledger", "Metro Wire", "Harbor Times")
"""Outlet names used by :func:`sources` and :func:`policies` (trust weights)."""

_OFFENSES = ("involuntary manslaughter", "Involuntary  Manslaughter", "fraud", "wire fraud")
_TITLES = ("Dr.", "actor", "armorer", "district attorney")
_COURTS = ("Superior Court", "First District Court", "First District Court of Oregon")
_LABELS = ("preliminary", "sentencing")
_EXTRACTORS = ("manual", "rules", "llm")
_VERSIONS = ("0", "1.2")


def _article(text: str, outlet: str | None, published: dt.date | None) -> Article:
    article = Article(text)
    url = None if outlet is None else f"https://news.example/{article.id}"
    return Article(text, Source(outlet=outlet, url=url, published=published))


ARTICLES: Final[tuple[Article, ...]] = (
    _article(
        "Ann Roe was charged in January with two counts of involuntary manslaughter, "
        "prosecutors said. Roe's lawyer, Ben Okafor, said she would plead not guilty.",
        "Courier",
        dt.date(2023, 2, 1),
    ),
    _article(
        "Prosecutors charged Roe last month. The charge carries a five-year minimum, "
        "according to the district attorney. A hearing is set for May.",
        "Metro Wire",
        dt.date(2023, 4, 14),
    ),
    _article(
        "The charges against Ann Roe are set to be dropped, people familiar with the "
        "matter said Thursday. Acme Holdings declined to comment.",
        "courier",
        dt.date(2023, 4, 20),
    ),
    _article(
        "A judge officially dismissed the case against Ann Roe on Friday. Acme Holdings "
        "Inc. agreed to pay $100,000 to settle the civil suit brought by José Núñez.",
        "Daily Ledger",
        dt.date(2023, 4, 21),
    ),
    _article(
        "Lucia Martinez Ortega, the armorer, faces a maximum of five years. "
        "Martinez-Ortega's trial begins in February, Bayview Bank of Oregon said.",
        None,
        None,
    ),
    _article(
        "Núñez, 41, sued Bayview Bank in 2022. The bank settled in late 2022.",
        "Harbor Times",
        None,
    ),
)
"""The articles claims cite, with shared outlets (one outlet spelled two ways),
known and unknown publication dates, an article with no outlet."""

# -- dates and quantities -----------------------------------------------------------------


def fuzzy_dates(*, min_year: int = 2022, max_year: int = 2023) -> st.SearchStrategy[FuzzyDate]:
    """Draw a :class:`~legalnews.FuzzyDate` at year, month or day precision.

    Years, months and their early/mid/late parts are as likely as full days,
    and the default two-year window makes compatible and conflicting dates
    common. Widen it (``min_year=1, max_year=9999``) to test date arithmetic.
    """
    return _fuzzy_dates(min_year, max_year)


_PARTS = st.none() | st.sampled_from(Part)


@functools.cache
def _fuzzy_dates(min_year: int, max_year: int) -> st.SearchStrategy[FuzzyDate]:
    years = st.integers(min_year, max_year)
    days = st.dates(dt.date(min_year, 1, 1), dt.date(max_year, 12, 31)).map(FuzzyDate.from_date)
    months = st.builds(FuzzyDate, years, st.integers(1, 12), part=_PARTS)
    return st.one_of(st.builds(FuzzyDate, years, part=_PARTS), months, days)


def _containing(day: dt.date) -> list[FuzzyDate]:
    """Every fuzzy date, from the day to its year, whose interval holds ``day``."""
    y, m = day.year, day.month
    out = [FuzzyDate.from_date(day), FuzzyDate(y, m), FuzzyDate(y)]
    out += [FuzzyDate(y, m, part=p) for p in Part] + [FuzzyDate(y, part=p) for p in Part]
    return [d for d in out if d.interval()[0] <= day <= d.interval()[1]]


def refining_dates(date: FuzzyDate) -> st.SearchStrategy[FuzzyDate]:
    """Draw a date that strictly refines ``date`` (says more, and agrees with it).

    For monotonicity laws: a source adding precision to what another said.
    A date known to the day has no refinement; the strategy is then empty.
    """
    if date.precision is Precision.DAY:
        return st.nothing()
    start, end = date.interval()

    @st.composite
    def refinement(draw: st.DrawFn) -> FuzzyDate:
        day = draw(st.dates(start, end))
        return draw(st.sampled_from([d for d in _containing(day) if d.refines(date)]))

    return refinement()


def money() -> st.SearchStrategy[Money]:
    """Draw :class:`~legalnews.Money`: round sums and cents, in three currencies.

    Amounts stay below a trillion with at most two decimal places, as in
    news; equal amounts written differently (``100000`` and ``100000.00``)
    are both drawn, so normalization is exercised.
    """
    amounts = st.one_of(
        st.sampled_from((Decimal("100000"), Decimal("100000.00"), Decimal("572000000"))),
        st.decimals(
            min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False
        ),
    )
    return st.builds(Money, amounts, st.sampled_from(("USD", "EUR", "GBP")))


def durations() -> st.SearchStrategy[Duration]:
    """Draw a :class:`~legalnews.Duration`, mostly of one unit ("five years", "18 months")."""
    small = st.integers(0, 30)
    one_unit = st.one_of(
        st.builds(Duration, years=st.integers(1, 25)),
        st.builds(Duration, months=st.integers(1, 36)),
        st.builds(Duration, weeks=st.integers(1, 12)),
        st.builds(Duration, days=st.integers(1, 90)),
    )
    return one_unit | st.builds(Duration, small, small, small, small)


# -- names, evidence, subjects ------------------------------------------------------------


def entity_refs(
    kind: EntityKind | None = None, *, names: Sequence[str] | None = None
) -> st.SearchStrategy[EntityRef]:
    """Draw an :class:`~legalnews.EntityRef` from a pool of realistic name variants.

    Args:
        kind: only persons or only organizations; both when ``None``.
        names: a pool to draw names from instead of :data:`PERSON_NAMES` and
            :data:`ORGANIZATION_NAMES` (used for either kind).

    The pools hold several spellings of few entities, so entity resolution
    has merging, and refusing to merge, to do.
    """
    return _entity_refs(kind, None if names is None else tuple(names))


@functools.cache
def _entity_refs(
    kind: EntityKind | None, names: tuple[str, ...] | None
) -> st.SearchStrategy[EntityRef]:
    def pool(k: EntityKind) -> Sequence[str]:
        if names is not None:
            return names
        return PERSON_NAMES if k is EntityKind.PERSON else ORGANIZATION_NAMES

    kinds = [kind] if kind is not None else list(EntityKind)
    return st.one_of(*(st.builds(EntityRef, st.just(k), st.sampled_from(pool(k))) for k in kinds))


def evidences(text: str | None = None) -> st.SearchStrategy[Evidence]:
    """Draw :class:`~legalnews.Evidence` consistent with its offsets.

    Args:
        text: the article text the evidence points into; the quote is then
            ``text[start:end]`` (at most 60 characters), so it can be found
            again. When ``None``, any quote at any offset.
    """
    return _evidences(text)


@st.composite
def _spans(draw: st.DrawFn, text: str) -> Evidence:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, min(len(text), start + 60)))
    return Evidence.from_text(text, start, end)


@functools.lru_cache(maxsize=256)
def _evidences(text: str | None) -> st.SearchStrategy[Evidence]:
    if text is not None:
        return _spans(text)
    return st.builds(
        lambda start, quote: Evidence(start, start + len(quote), quote),
        st.integers(0, 10_000),
        st.text(max_size=40),
    )


_ANCHOR_KINDS: Mapping[SubjectKind, tuple[EntityKind | None, ...]] = {
    SubjectKind.PERSON: (EntityKind.PERSON,),
    SubjectKind.ORGANIZATION: (EntityKind.ORGANIZATION,),
    SubjectKind.CHARGE: (EntityKind.PERSON, EntityKind.PERSON, EntityKind.ORGANIZATION),
    SubjectKind.PROCEEDING: (EntityKind.PERSON, EntityKind.ORGANIZATION, None),
    SubjectKind.SENTENCE: (EntityKind.PERSON,),
    SubjectKind.SETTLEMENT: (EntityKind.PERSON, EntityKind.ORGANIZATION),
    SubjectKind.EVENT: (EntityKind.PERSON, EntityKind.ORGANIZATION, None),
}


def _keys(kind: SubjectKind) -> st.SearchStrategy[str]:
    if kind in (SubjectKind.PERSON, SubjectKind.ORGANIZATION):
        return st.just("")
    if kind is SubjectKind.CHARGE:
        return st.sampled_from(_OFFENSES)
    if kind is SubjectKind.PROCEEDING:
        return st.sampled_from([k.value for k in ProceedingKind])
    if kind is SubjectKind.SENTENCE:
        return st.sampled_from([k.value for k in SentenceKind])
    if kind is SubjectKind.SETTLEMENT:
        return st.sampled_from([k.value for k in SettlementKind])
    types = st.sampled_from([t.value for t in EventType])
    return types | st.builds("{}:{}".format, types, st.sampled_from(_LABELS))


def subjects(kind: SubjectKind | None = None) -> st.SearchStrategy[Subject]:
    """Draw a valid :class:`~legalnews.Subject`: the right anchor kind and a meaningful key.

    Charges are keyed by an offense (in two spellings of one offense, which
    must resolve to one charge), proceedings, sentences and settlements by
    their kind, events by ``type`` or ``type:label``. Charges are mostly
    against persons, sometimes against a company; proceedings and events may
    have no anchor at all.
    """
    return _subjects(kind)


@functools.cache
def _subjects(kind: SubjectKind | None) -> st.SearchStrategy[Subject]:
    if kind is None:
        return st.one_of(*(_subjects(k) for k in SubjectKind))
    anchors = st.one_of(*(st.none() if k is None else entity_refs(k) for k in _ANCHOR_KINDS[kind]))
    return st.builds(Subject, st.just(kind), anchors, _keys(kind))


# -- values -------------------------------------------------------------------------------

_P, _O = SubjectKind.PERSON, SubjectKind.ORGANIZATION
_C, _PR = SubjectKind.CHARGE, SubjectKind.PROCEEDING

_TEXT_POOLS: Mapping[tuple[SubjectKind, str], tuple[str, ...]] = {
    (_P, "mention"): PERSON_NAMES,
    (_P, "title"): _TITLES,
    (_O, "mention"): ORGANIZATION_NAMES,
    (_C, "offense_text"): _OFFENSES,
    (_PR, "court"): _COURTS,
}
_INT_RANGES: Mapping[tuple[SubjectKind, str], tuple[int, int]] = {
    (_P, "age"): (18, 90),
    (_C, "counts"): (1, 4),
}
_COUNSEL = frozenset({RoleKind.DEFENSE_ATTORNEY, RoleKind.PLAINTIFF_ATTORNEY, RoleKind.COUNSEL})


def transitions(
    vocabulary: type[ChargeStatus] | type[ProceedingStatus] | type[EventStatus] | None = None,
) -> st.SearchStrategy[Transition]:
    """Draw a :class:`~legalnews.Transition`, dated or not, with a status from ``vocabulary``.

    With no vocabulary the status comes from any of the three status enums.
    """
    return _transitions(vocabulary)


@functools.cache
def _transitions(vocabulary: type[enum.Enum] | None) -> st.SearchStrategy[Transition]:
    statuses: list[str] = sorted(
        {m.value for m in vocabulary}
        if vocabulary is not None
        else {m.value for v in (ChargeStatus, ProceedingStatus, EventStatus) for m in v}
    )
    return st.builds(Transition, st.sampled_from(statuses), st.none() | fuzzy_dates())


def role_values() -> st.SearchStrategy[RoleValue]:
    """Draw a :class:`~legalnews.RoleValue`; counsel sometimes say whom they represent."""
    return _ROLE_VALUES


_ROLE_VALUES = st.builds(RoleValue, st.sampled_from(sorted(set(RoleKind) - _COUNSEL))) | st.builds(
    RoleValue, st.sampled_from(sorted(_COUNSEL)), st.none() | entity_refs()
)


def values_for(kind: SubjectKind, field: str) -> st.SearchStrategy[Value]:
    """Draw a value of the type :data:`~legalnews.FIELDS` gives ``kind``'s ``field``.

    Strings come from a pool fit for the field (names for mentions, offenses
    for offense texts, courts for courts), counts and ages from plausible
    ranges, statuses from the field's vocabulary, dates from a narrow window:
    so two claims often give the same value, compatible ones, or a conflict.

    Raises:
        KeyError: the subject kind has no such field.
    """
    return _values_for(kind, field)


@functools.cache
def _values_for(kind: SubjectKind, field: str) -> st.SearchStrategy[Value]:
    spec = FIELDS[(kind, field)]
    strategy: st.SearchStrategy[Value]
    if spec.type is str:
        strategy = st.sampled_from(_TEXT_POOLS.get((kind, field), ("unknown",)))
    elif spec.type is int:
        low, high = _INT_RANGES.get((kind, field), (0, 100))
        strategy = st.integers(low, high)
    elif spec.type is bool:
        strategy = st.booleans()
    elif spec.type is FuzzyDate:
        strategy = fuzzy_dates()
    elif spec.type is Transition:
        strategy = _transitions(spec.vocabulary)
    elif spec.type is Plea:
        strategy = st.sampled_from(Plea)
    elif spec.type is Duration:
        strategy = durations()
    elif spec.type is Money:
        strategy = money()
    elif spec.type is EntityRef:
        strategy = entity_refs()
    elif spec.type is RoleValue:
        strategy = role_values()
    else:  # pragma: no cover - a new field type needs a strategy here
        raise NotImplementedError(f"no strategy for {spec.type.__name__} values")
    return strategy


def values() -> st.SearchStrategy[Value]:
    """Draw any claim value, of every type :data:`~legalnews.Value` allows.

    For round trips of objects that hold a value of any type (facts,
    conflicts): includes the enum values no field uses yet.
    """
    by_type = {FIELDS[key].type: key for key in FIELDS}  # one field per value type
    by_field = [
        transitions() if typ is Transition else values_for(*key) for typ, key in by_type.items()
    ]
    enums: list[st.SearchStrategy[Value]] = [
        st.sampled_from(Plea),
        st.sampled_from(SentenceKind),
        st.sampled_from(SettlementKind),
        st.sampled_from(ProceedingKind),
        st.sampled_from(EventType),
    ]
    return st.one_of(*by_field, *enums, st.text(max_size=20), st.integers())


# -- sources, articles, claims ------------------------------------------------------------


def sources() -> st.SearchStrategy[Source]:
    """Draw a :class:`~legalnews.Source` in which any part may be unknown."""
    return st.builds(
        Source,
        outlet=st.none() | st.sampled_from(OUTLETS),
        url=st.none() | st.builds("https://news.example/{}".format, st.integers(0, 999)),
        published=st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2024, 12, 31)),
        title=st.none() | st.text(max_size=30),
        path=st.none() | st.just("articles/roe.txt"),
    )


def articles() -> st.SearchStrategy[Article]:
    """Draw an :class:`~legalnews.Article`: one of :data:`ARTICLES`, or any text and source."""
    return st.sampled_from(ARTICLES) | st.builds(Article, st.text(max_size=200), sources())


_MODALITIES = st.just(Modality.ASSERTED) | st.sampled_from(Modality)
_POOL = st.sampled_from(ARTICLES)


def source_claims(
    kind: SubjectKind | None = None,
    field: str | None = None,
    *,
    article: st.SearchStrategy[Article] | None = None,
    modality: st.SearchStrategy[Modality] | None = None,
) -> st.SearchStrategy[SourceClaim]:
    """Draw a consistent :class:`~legalnews.SourceClaim`.

    The value has the type :data:`~legalnews.FIELDS` requires; the evidence
    is a span of the cited article's text, so the quote is found at its
    offsets; outlet and publication date are the article's (sometimes
    unknown). Articles come from :data:`ARTICLES` by default, so claims share
    articles and outlets and "one outlet counts once" has work to do.

    Args:
        kind: the subject kind, else any.
        field: the field (with ``kind``), else any of the kind's fields.
        article: the articles to cite, instead of :data:`ARTICLES`.
        modality: the modalities to draw, instead of any (asserted most often).

    Raises:
        TypeError: ``field`` was given without ``kind``.
        KeyError: ``kind`` has no such field.
    """
    if field is not None:
        if kind is None:
            raise TypeError("source_claims(field=...) needs the subject kind too")
        if (kind, field) not in FIELDS:
            raise KeyError(f"a {kind} has no field {field!r}")
    return _source_claims(kind, field, article, modality)


@functools.cache
def _field_keys(kind: SubjectKind | None) -> st.SearchStrategy[tuple[SubjectKind, str]]:
    return st.sampled_from([k for k in FIELDS if kind is None or k[0] is kind])


@st.composite
def _source_claims(
    draw: st.DrawFn,
    kind: SubjectKind | None,
    field: str | None,
    article: st.SearchStrategy[Article] | None,
    modality: st.SearchStrategy[Modality] | None,
) -> SourceClaim:
    # one composite with small arguments: its repr, which Hypothesis prints, stays short
    if field is None:
        kind, field = draw(_field_keys(kind))
    assert kind is not None
    art = draw(_POOL if article is None else article)
    return SourceClaim(
        subject=draw(_subjects(kind)),
        field=field,
        value=draw(_values_for(kind, field)),
        evidence=draw(_evidences(art.text)),
        article=art.id,
        modality=draw(_MODALITIES if modality is None else modality),
        extractor=draw(_EXTRACTOR_NAMES),
        extractor_version=draw(_EXTRACTOR_VERSIONS),
        outlet=art.source.outlet,
        published=art.source.published,
    )


_EXTRACTOR_NAMES = st.sampled_from(_EXTRACTORS)
_EXTRACTOR_VERSIONS = st.sampled_from(_VERSIONS)


def judgements(kind: EntityKind | None = None) -> st.SearchStrategy[Judgement]:
    """Draw a user's :class:`~legalnews.Judgement` on two names of one kind.

    Names come from the same pools as :func:`entity_refs`, so judgements
    meet the names claims use, and sometimes contradict the rules.
    """
    return _judgements(kind)


@functools.cache
def _judgements(kind: EntityKind | None) -> st.SearchStrategy[Judgement]:
    if kind is None:
        return st.one_of(*(_judgements(k) for k in EntityKind))
    pool = PERSON_NAMES if kind is EntityKind.PERSON else ORGANIZATION_NAMES
    return st.builds(
        lambda pair, same: Judgement.of(*pair, same=same),
        st.lists(st.sampled_from(pool), min_size=2, max_size=2, unique=True),
        st.booleans(),
    )


# -- policies -----------------------------------------------------------------------------

_POLICY_FIELDS = (
    "charge.filed",
    "charge.counts",
    "charge.status_date",
    "sentence.term",
    "settlement.amount",
    "event.date",
)


def rules() -> st.SearchStrategy[Rule]:
    """Draw one built-in :class:`~legalnews.Rule`, trust weights included.

    Trust weights are non-negative multiples of a quarter, so sums are exact
    and adding a source never lowers a score (the monotone policies the
    refinement law is stated for).
    """
    weight = st.integers(0, 20).map(lambda n: n / 4)
    trust = st.builds(
        TrustWeights,
        st.dictionaries(st.sampled_from(OUTLETS), weight, max_size=len(OUTLETS)),
        default=weight,
    )
    fixed: list[Rule] = [IndependentSources(), Recency(), Specificity(), ModalityRank()]
    return st.sampled_from(fixed) | trust


def policies() -> st.SearchStrategy[Policy]:
    """Draw a :class:`~legalnews.Policy`: a random composition of the built-in rules.

    Any order of any subset of the rules (even none: the value order then
    decides), sometimes with per-field overrides, and sometimes the default.
    """
    rule_lists = st.lists(rules(), max_size=4, unique_by=lambda r: r.name).map(tuple)
    per_field = st.dictionaries(
        st.sampled_from(_POLICY_FIELDS),
        st.lists(rules(), min_size=1, max_size=3, unique_by=lambda r: r.name).map(tuple),
        max_size=2,
    )
    return st.just(DEFAULT_POLICY) | st.builds(Policy, rule_lists, per_field)


# -- resolved cases and their parts -------------------------------------------------------


def cases(*, max_claims: int = 10, policy: Policy | None = None) -> st.SearchStrategy[Case]:
    """Draw a :class:`~legalnews.Case`: the resolution of drawn claims and judgements.

    Cases are never built field by field: a case is a function of its claims,
    so the only honest way to get one is :func:`~legalnews.resolve`.

    Args:
        max_claims: the most claims to resolve (duplicates count once).
        policy: the policy to resolve with, else a drawn one.
    """
    return st.builds(
        lambda cl, js, p: resolve(cl, policy=p, judgements=js),
        st.lists(source_claims(), max_size=max_claims),
        st.lists(judgements(), max_size=3),
        st.just(policy) if policy is not None else policies(),
    )


_IDS = st.sampled_from(
    ("person:ann-roe", "person:roe", "organization:acme-holdings", "charge:fraud:person:ann-roe")
) | st.text(max_size=20)
_CLAIM_IDS = st.lists(
    st.text("0123456789abcdef", min_size=20, max_size=20), max_size=3, unique=True
).map(lambda ids: tuple(sorted(ids)))
_NAMES = st.sampled_from(PERSON_NAMES + ORGANIZATION_NAMES) | st.text(max_size=20)
_DATES = st.none() | fuzzy_dates()


def _tuples(strategy: st.SearchStrategy[T], max_size: int = 3) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategy, max_size=max_size).map(tuple)


def persons() -> st.SearchStrategy[Person]:
    """Draw a :class:`~legalnews.Person` directly, for round trips of the model alone."""
    return st.builds(
        Person,
        _IDS,
        _NAMES,
        _tuples(_NAMES),
        st.none() | st.integers(0, 120),
        _tuples(st.sampled_from(_TITLES)),
    )


def organizations() -> st.SearchStrategy[Organization]:
    """Draw an :class:`~legalnews.Organization` directly."""
    return st.builds(Organization, _IDS, _NAMES, _tuples(_NAMES))


def roles() -> st.SearchStrategy[Role]:
    """Draw a :class:`~legalnews.Role`: a person's part, with its context where known."""
    return st.builds(
        Role,
        _IDS,
        st.sampled_from(RoleKind),
        st.none() | _IDS,
        _CLAIM_IDS,
        st.none() | _IDS,
        st.none() | st.sampled_from(["special prosecutor", "defense lawyer", "judge"]),
        st.none() | fuzzy_dates(),
        st.none() | fuzzy_dates(),
    )


def status_changes(
    vocabulary: type[ChargeStatus] | type[ProceedingStatus] | type[EventStatus] | None = None,
) -> st.SearchStrategy[StatusChange]:
    """Draw one :class:`~legalnews.StatusChange` of a status history."""
    return transitions(vocabulary).flatmap(
        lambda t: st.builds(
            StatusChange, st.just(t.status), st.just(t.date), st.sampled_from(Modality), _CLAIM_IDS
        )
    )


def penalties() -> st.SearchStrategy[Penalty]:
    """Draw a :class:`~legalnews.Penalty`: minimum and maximum, each maybe unknown."""
    return st.builds(Penalty, st.none() | durations(), st.none() | durations())


def charges() -> st.SearchStrategy[Charge]:
    """Draw a :class:`~legalnews.Charge` directly, history and penalty included."""
    return st.builds(
        Charge,
        _IDS,
        _IDS,
        st.sampled_from(_OFFENSES),
        counts=st.none() | st.integers(1, 10),
        filed=_DATES,
        status=st.sampled_from(ChargeStatus),
        status_date=_DATES,
        history=_tuples(status_changes(ChargeStatus)),
        plea=st.none() | st.sampled_from(Plea),
        with_prejudice=st.none() | st.booleans(),
        penalty=penalties(),
    )


def proceedings() -> st.SearchStrategy[Proceeding]:
    """Draw a :class:`~legalnews.Proceeding` directly."""
    return st.builds(
        Proceeding,
        _IDS,
        st.sampled_from(ProceedingKind),
        st.none() | st.sampled_from(_COURTS),
        _tuples(_IDS),
        _tuples(_IDS),
        st.sampled_from(ProceedingStatus),
        _DATES,
        _tuples(status_changes(ProceedingStatus)),
    )


def sentences() -> st.SearchStrategy[Sentence]:
    """Draw a :class:`~legalnews.Sentence` directly."""
    return st.builds(
        Sentence,
        _IDS,
        _IDS,
        st.sampled_from(SentenceKind),
        st.none() | durations(),
        st.none() | st.booleans(),
        _DATES,
    )


def settlements() -> st.SearchStrategy[Settlement]:
    """Draw a :class:`~legalnews.Settlement` directly."""
    return st.builds(
        Settlement,
        _IDS,
        st.sampled_from(SettlementKind),
        _tuples(_IDS),
        st.none() | money(),
        _DATES,
    )


def events() -> st.SearchStrategy[Event]:
    """Draw an :class:`~legalnews.Event` directly."""
    return st.builds(
        Event,
        _IDS,
        st.sampled_from(EventType),
        st.sampled_from(("", *_LABELS)),
        _DATES,
        st.sampled_from(EventStatus),
        _tuples(_IDS),
    )


def candidates() -> st.SearchStrategy[Candidate]:
    """Draw a :class:`~legalnews.Candidate`: a value of any type and its claims."""
    return st.builds(Candidate, values(), _CLAIM_IDS)


def conflicts() -> st.SearchStrategy[Conflict]:
    """Draw a :class:`~legalnews.Conflict` directly (values of any type)."""
    rule_names = st.sampled_from(
        ("independent_sources", "modality", "specificity", "recency", "trust", "value_order")
    )
    return st.builds(
        Conflict,
        _IDS,
        st.sampled_from(_POLICY_FIELDS),
        _tuples(candidates(), max_size=3),
        values(),
        rule_names,
    )


def facts() -> st.SearchStrategy[Fact]:
    """Draw a :class:`~legalnews.Fact` directly (a value of any type)."""
    fields = st.sampled_from([f"{k}.{f}" for k, f in FIELDS])
    return st.builds(Fact, _IDS, fields, values(), _CLAIM_IDS)


_STRATEGIES: Mapping[type[Any], Callable[[], st.SearchStrategy[Any]]] = {
    Article: articles,
    Candidate: candidates,
    Case: cases,
    Charge: charges,
    Conflict: conflicts,
    Duration: durations,
    EntityRef: entity_refs,
    Event: events,
    Evidence: evidences,
    Fact: facts,
    FuzzyDate: lambda: fuzzy_dates(min_year=1, max_year=9999),
    Judgement: judgements,
    Money: money,
    Organization: organizations,
    Penalty: penalties,
    Person: persons,
    Proceeding: proceedings,
    Role: roles,
    RoleValue: role_values,
    Sentence: sentences,
    Settlement: settlements,
    Source: sources,
    SourceClaim: source_claims,
    StatusChange: status_changes,
    Subject: subjects,
    Transition: transitions,
}


def strategy_for(cls: type[T]) -> st.SearchStrategy[T]:
    """The strategy of this module that draws instances of ``cls``.

    Covers every type :func:`~legalnews.to_json` writes, so a round trip can
    be tested over all of them.

    Raises:
        KeyError: ``cls`` is not a public legalnews model type.
    """
    return _STRATEGIES[cls]()
