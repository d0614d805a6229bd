"""The resolved case: a typed, deterministic view of a set of claims.

Nothing here is stored that cannot be recomputed from :attr:`Case.claims`
and :attr:`Case.judgements`; :func:`legalnews.resolve` is the only way in.
"""

from __future__ import annotations

import attrs

from ._claims import SourceClaim, Value
from ._dates import FuzzyDate
from ._quantities import Duration, Money
from ._vocab import (
    ChargeStatus,
    EventStatus,
    EventType,
    Modality,
    Plea,
    ProceedingKind,
    ProceedingStatus,
    RoleKind,
    SentenceKind,
    SettlementKind,
)

__all__ = [
    "Candidate",
    "Case",
    "Charge",
    "Conflict",
    "Event",
    "Fact",
    "Judgement",
    "Organization",
    "Penalty",
    "Person",
    "Proceeding",
    "Role",
    "Sentence",
    "Settlement",
    "StatusChange",
]


@attrs.frozen
class Person:
    """A person, with the fullest name the sources give and every other form seen."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    age: int | None = None
    titles: tuple[str, ...] = ()


@attrs.frozen
class Organization:
    """A company, agency, regulator or court."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()


@attrs.frozen
class Role:
    """The part a person plays: a relation with its own provenance, not a trait.

    Like a Popolo membership, the relation carries its own context.

    Args:
        person: the person's id.
        role: the role.
        represents: for counsel, the id of the party they act for.
        claims: the ids of the claims that support the role; a role derived
            from another object (a charge makes its defendant a defendant)
            cites that object's claims.
        proceeding: the id of the proceeding the role is played in, where the
            case tells: a defendant's or plaintiff's own, counsel's client's,
            the only criminal proceeding for a prosecutor or judge.
        title: the person's title as the articles write it for this role
            ("special prosecutor", "defense lawyer"), if any.
        start: when the person took the role, where the articles say.
        end: when the person left it, where the articles say.
    """

    person: str
    role: RoleKind
    represents: str | None = None
    claims: tuple[str, ...] = ()
    proceeding: str | None = None
    title: str | None = None
    start: FuzzyDate | None = None
    end: FuzzyDate | None = None


@attrs.frozen
class StatusChange:
    """One step of a status history: "dismissed on 2023-04-21, as asserted".

    Expected steps ("set to be dropped") stay in the history but never set
    the current status.
    """

    status: str
    date: FuzzyDate | None
    modality: Modality
    claims: tuple[str, ...] = ()


@attrs.frozen
class Penalty:
    """The punishment a charge carries, as bounds ("a five-year minimum")."""

    minimum: Duration | None = None
    maximum: Duration | None = None


@attrs.frozen
class Charge:
    """A charge against a defendant, with its status over time."""

    id: str
    defendant: str
    offense: str
    counts: int | None = None
    filed: FuzzyDate | None = None
    status: ChargeStatus = ChargeStatus.PENDING
    status_date: FuzzyDate | None = None
    history: tuple[StatusChange, ...] = ()
    plea: Plea | None = None
    with_prejudice: bool | None = None
    penalty: Penalty = Penalty()


@attrs.frozen
class Proceeding:
    """A criminal, civil, regulatory or appeal proceeding."""

    id: str
    kind: ProceedingKind
    court: str | None = None
    defendants: tuple[str, ...] = ()
    plaintiffs: tuple[str, ...] = ()
    status: ProceedingStatus = ProceedingStatus.PENDING
    status_date: FuzzyDate | None = None
    history: tuple[StatusChange, ...] = ()


@attrs.frozen
class Sentence:
    """A sentence imposed on a defendant."""

    id: str
    defendant: str
    kind: SentenceKind
    term: Duration | None = None
    suspended: bool | None = None
    date: FuzzyDate | None = None


@attrs.frozen
class Settlement:
    """A settlement, fine or agreement, with its parties and amount."""

    id: str
    kind: SettlementKind
    parties: tuple[str, ...] = ()
    amount: Money | None = None
    date: FuzzyDate | None = None


@attrs.frozen
class Event:
    """Something that happened, is scheduled, expected or was cancelled.

    Args:
        label: what tells events of one type apart ("preliminary" for a
            preliminary hearing), or ``""``.
        participants: ids of the people and organizations involved.
    """

    id: str
    type: EventType
    label: str = ""
    date: FuzzyDate | None = None
    status: EventStatus = EventStatus.OCCURRED
    participants: tuple[str, ...] = ()


@attrs.frozen
class Candidate:
    """One of the values sources disagree on, with the claims behind it."""

    value: Value
    claims: tuple[str, ...]


@attrs.frozen
class Conflict:
    """Sources disagree on a field: every side is kept, one is shown.

    Args:
        subject: the id of the object (a charge, a person, ...).
        field: ``<section>.<field>`` as in the fact sheet, e.g. ``charge.filed``.
        candidates: every incompatible value with its supporting claims
            (vaguer compatible values count as support of each one they admit).
        chosen: the value the policy shows.
        rule: the name of the policy rule that decided.
    """

    subject: str
    field: str
    candidates: tuple[Candidate, ...]
    chosen: Value
    rule: str


@attrs.frozen
class Fact:
    """A resolved value of a field, with the claims that support it.

    Facts are the provenance index of a case: for any object id and field,
    the claims (and so the quotes and outlets) behind each value shown.
    """

    subject: str
    field: str
    value: Value
    claims: tuple[str, ...]


@attrs.frozen(order=True)
class Judgement:
    """A user's decision that two names do, or do not, mean the same entity.

    Judgements override the resolution rules; a negative one wins over any
    rule or positive judgement that would merge the two names.
    """

    left: str
    right: str
    same: bool

    @classmethod
    def of(cls, a: str, b: str, *, same: bool) -> Judgement:
        """A judgement with its names in canonical order, so (a, b) == (b, a)."""
        left, right = sorted((a, b))
        return cls(left, right, same)


@attrs.frozen
class Case:
    """A case: its claims and everything resolution derives from them.

    Two cases are equal when every part is equal, provenance included.
    Build one with :func:`legalnews.resolve` or :func:`legalnews.merge`.
    """

    claims: tuple[SourceClaim, ...] = ()
    judgements: tuple[Judgement, ...] = ()
    persons: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    roles: tuple[Role, ...] = ()
    charges: tuple[Charge, ...] = ()
    proceedings: tuple[Proceeding, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    settlements: tuple[Settlement, ...] = ()
    events: tuple[Event, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    facts: tuple[Fact, ...] = ()

    def claim(self, claim_id: str) -> SourceClaim:
        """The claim with this id.

        Raises:
            KeyError: no such claim in this case.
        """
        for c in self.claims:
            if c.id == claim_id:
                return c
        raise KeyError(claim_id)

    def evidence(self, subject: str, field: str) -> tuple[SourceClaim, ...]:
        """Every claim behind any value of ``field`` of the object ``subject``."""
        ids = {
            i for f in self.facts if f.subject == subject and f.field == field for i in f.claims
        }
        return tuple(c for c in self.claims if c.id in ids)

    def name_of(self, entity_id: str) -> str:
        """The canonical name of a person or organization id (the id if unknown)."""
        for p in self.persons:
            if p.id == entity_id:
                return p.name
        for o in self.organizations:
            if o.id == entity_id:
                return o.name
        return entity_id
