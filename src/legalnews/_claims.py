"""Source claims: the atoms of knowledge, and the typed values they carry.

*According to source S, in the span E of its text, extractor X asserts that
subject has field = value, with modality M.* A case is nothing but a view of
a set of these.
"""

from __future__ import annotations

import builtins
import datetime as dt
import enum
import hashlib
from collections.abc import Mapping
from typing import TypeAlias

import attrs

from ._dates import FuzzyDate
from ._errors import FormatError
from ._quantities import Duration, Money
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
    "FIELDS",
    "EntityRef",
    "Evidence",
    "FieldSpec",
    "RoleValue",
    "SourceClaim",
    "Subject",
    "Transition",
    "Value",
]


@attrs.frozen(order=True, cache_hash=True)
class EntityRef:
    """A person or an organization *as a source names it*.

    Entity resolution, not the extractor, decides which entity a name means:
    "Okafor" and "Ben Okafor" are two refs to one person.
    """

    kind: EntityKind
    name: str

    def __str__(self) -> str:
        return self.name


@attrs.frozen(order=True)
class RoleValue:
    """A role, and for counsel, whom they represent."""

    role: RoleKind
    represents: EntityRef | None = None

    def __str__(self) -> str:
        return f"{self.role} of {self.represents}" if self.represents else str(self.role)


@attrs.frozen
class Transition:
    """A dated change of status: "dismissed on Friday", "pleaded in March".

    ``status`` is a member of the vocabulary of the subject's kind
    (:class:`ChargeStatus`, :class:`ProceedingStatus` or :class:`EventStatus`),
    kept as its string so that one type serves all three.
    """

    status: str
    date: FuzzyDate | None = None

    def __str__(self) -> str:
        return f"{self.status} ({self.date})" if self.date else self.status


Value: TypeAlias = (
    bool
    | int
    | str
    | FuzzyDate
    | Money
    | Duration
    | EntityRef
    | RoleValue
    | Transition
    | Plea
    | SentenceKind
    | SettlementKind
    | ProceedingKind
    | EventType
)
"""Every type a claim's value may have."""


_KEY_VOCABULARIES: Mapping[SubjectKind, type[enum.Enum]] = {
    SubjectKind.PROCEEDING: ProceedingKind,
    SubjectKind.SENTENCE: SentenceKind,
    SubjectKind.SETTLEMENT: SettlementKind,
    SubjectKind.EVENT: EventType,
}


_KEY_VALUES: Mapping[SubjectKind, frozenset[str]] = {
    kind: frozenset(m.value for m in vocabulary) for kind, vocabulary in _KEY_VOCABULARIES.items()
}


@attrs.frozen(cache_hash=True)
class Subject:
    """What a claim is about.

    Args:
        kind: a person, an organization, or a case object.
        anchor: the party that identifies the subject: the person or
            organization itself, a charge's defendant, a proceeding's
            defendant, a settlement's payer, an event's main participant.
        key: what tells the subject apart from others with the same anchor:
            a charge's offense ("involuntary manslaughter"), a proceeding's
            kind ("civil"), a sentence's kind, an event's type and label
            ("hearing:preliminary").
    """

    kind: SubjectKind
    anchor: EntityRef | None = None
    key: str = ""

    def __attrs_post_init__(self) -> None:
        if self.kind in (SubjectKind.PERSON, SubjectKind.ORGANIZATION) and (
            self.anchor is None or self.anchor.kind.value != self.kind.value
        ):
            raise FormatError(f"a {self.kind} subject needs a {self.kind} anchor")
        vocabulary = _KEY_VOCABULARIES.get(self.kind)
        if vocabulary is not None:
            head = self.key.partition(":")[0]
            if head not in _KEY_VALUES[self.kind]:
                allowed = ", ".join(m.value for m in vocabulary)
                raise FormatError(
                    f"a {self.kind} subject's key starts with one of {allowed}, not {self.key!r}"
                    + (
                        ' (an event key is "type" or "type:label")'
                        if self.kind is SubjectKind.EVENT
                        else ""
                    )
                )

    def __str__(self) -> str:
        anchor = self.anchor.name if self.anchor else "-"
        return f"{self.kind}:{anchor}" + (f":{self.key}" if self.key else "")


@attrs.frozen
class Evidence:
    """Where in the article a claim stands: offsets and the exact quote.

    Like a W3C Web Annotation TextPosition plus TextQuote selector: the quote
    can always be found again, and checked, at ``text[start:end]``.
    """

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()
    quote: str = attrs.field()

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise FormatError(f"evidence ends ({value}) before it starts ({self.start})")
        if value - self.start != len(self.quote):
            raise FormatError(
                f"evidence quote has {len(self.quote)} characters but spans {value - self.start}"
            )

    @classmethod
    def from_text(cls, text: str, start: int, end: int) -> Evidence:
        """The evidence for ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def found_in(self, text: str) -> bool:
        """Whether the quote stands at its offsets in ``text``."""
        return text[self.start : self.end] == self.quote


@attrs.frozen
class FieldSpec:
    """What a field of a subject kind holds.

    Args:
        type: the value's type.
        multi: whether the field gathers a set of values (titles, roles,
            parties) instead of one value that sources may disagree on.
        vocabulary: for :class:`Transition` values, the statuses allowed.
    """

    type: builtins.type[object]
    multi: bool = False
    vocabulary: builtins.type[enum.Enum] | None = None


_P, _O, _C, _PR, _SE, _ST, _EV = (
    SubjectKind.PERSON,
    SubjectKind.ORGANIZATION,
    SubjectKind.CHARGE,
    SubjectKind.PROCEEDING,
    SubjectKind.SENTENCE,
    SubjectKind.SETTLEMENT,
    SubjectKind.EVENT,
)

FIELDS: Mapping[tuple[SubjectKind, str], FieldSpec] = {
    (_P, "mention"): FieldSpec(str, multi=True),
    (_P, "age"): FieldSpec(int),
    (_P, "title"): FieldSpec(str, multi=True),
    (_P, "role"): FieldSpec(RoleValue, multi=True),
    (_O, "mention"): FieldSpec(str, multi=True),
    (_C, "offense_text"): FieldSpec(str, multi=True),
    (_C, "counts"): FieldSpec(int),
    (_C, "filed"): FieldSpec(FuzzyDate),
    (_C, "status"): FieldSpec(Transition, multi=True, vocabulary=ChargeStatus),
    (_C, "plea"): FieldSpec(Plea),
    (_C, "with_prejudice"): FieldSpec(bool),
    (_C, "penalty_min"): FieldSpec(Duration),
    (_C, "penalty_max"): FieldSpec(Duration),
    (_PR, "court"): FieldSpec(str),
    (_PR, "defendant"): FieldSpec(EntityRef, multi=True),
    (_PR, "plaintiff"): FieldSpec(EntityRef, multi=True),
    (_PR, "status"): FieldSpec(Transition, multi=True, vocabulary=ProceedingStatus),
    (_SE, "term"): FieldSpec(Duration),
    (_SE, "suspended"): FieldSpec(bool),
    (_SE, "date"): FieldSpec(FuzzyDate),
    (_ST, "amount"): FieldSpec(Money),
    (_ST, "party"): FieldSpec(EntityRef, multi=True),
    (_ST, "date"): FieldSpec(FuzzyDate),
    (_EV, "date"): FieldSpec(FuzzyDate),
    (_EV, "status"): FieldSpec(Transition, multi=True, vocabulary=EventStatus),
    (_EV, "participant"): FieldSpec(EntityRef, multi=True),
}
"""The fields each subject kind has, and the type of their values.

Subject kinds whose key is a vocabulary (a proceeding's kind, an event's
type) need no field for it: it is part of the subject.
"""


def value_text(value: Value) -> str:
    """A canonical, type-tagged text of a value, for hashing and sorting."""
    if isinstance(value, bool):
        return f"bool:{value}"
    if isinstance(value, int):
        return f"int:{value}"
    if isinstance(value, str) and not isinstance(value, enum.Enum):
        return f"str:{value}"
    return f"{type(value).__name__}:{value!r}"


def natural_key(value: Value) -> tuple[str, str]:
    """An order for showing values: dates by time, anything else by its canonical text.

    Refinement never reverses it: "early 2022-01" sorts where "2022" does.
    """
    if isinstance(value, FuzzyDate):
        start, end = value.interval()
        return ("date", f"{start.isoformat()}/{end.isoformat()}")
    return ("value", value_text(value))


def _check_value(claim: SourceClaim, attribute: attrs.Attribute[Value], value: Value) -> None:
    spec = FIELDS.get((claim.subject.kind, claim.field))
    if spec is None:
        known = sorted(f for k, f in FIELDS if k is claim.subject.kind)
        raise FormatError(
            f"a {claim.subject.kind} has no field {claim.field!r}; known: {', '.join(known)}"
        )
    ok = isinstance(value, spec.type) and not (spec.type is int and isinstance(value, bool))
    if not ok:
        raise FormatError(
            f"{claim.subject.kind}.{claim.field} holds {spec.type.__name__}, "
            f"not {type(value).__name__} ({value!r})"
        )
    if spec.vocabulary is not None and isinstance(value, Transition):
        try:
            spec.vocabulary(value.status)
        except ValueError:
            allowed = ", ".join(m.value for m in spec.vocabulary)
            raise FormatError(
                f"{value.status!r} is not a {claim.subject.kind} status; allowed: {allowed}"
            ) from None


@attrs.frozen
class SourceClaim:
    """One thing one source says, with the quote that says it.

    Its :attr:`id` hashes everything else, provenance included: a second
    article saying the same thing is a second claim, and the same article
    read twice adds nothing.

    Args:
        subject: what the claim is about.
        field: which of the subject's fields it gives (see :data:`FIELDS`).
        value: the typed value.
        evidence: the span of the article that says it.
        article: the article's id.
        modality: how the source puts it.
        extractor: the name of the extractor that made the claim.
        extractor_version: its version.
        outlet: the article's outlet, so one outlet counts once.
        published: the article's publication date, if known.
    """

    subject: Subject
    field: str
    value: Value = attrs.field(validator=_check_value)
    evidence: Evidence
    article: str
    modality: Modality = Modality.ASSERTED
    extractor: str = "manual"
    extractor_version: str = "0"
    outlet: str | None = None
    published: dt.date | None = None
    id: str = attrs.field(init=False, eq=False, repr=False)

    @id.default
    def _make_id(self) -> str:
        subject, anchor, evidence = self.subject, self.subject.anchor, self.evidence
        text = "\x1f".join(
            (
                str(subject.kind),
                str(anchor.kind) if anchor else "",
                anchor.name if anchor else "",
                subject.key,
                self.field,
                value_text(self.value),
                str(evidence.start),
                str(evidence.end),
                evidence.quote,
                self.article,
                str(self.modality),
                self.extractor,
                self.extractor_version,
                self.outlet or "",
                self.published.isoformat() if self.published else "",
            )
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]

    @property
    def spec(self) -> FieldSpec:
        """The field's spec."""
        return FIELDS[(self.subject.kind, self.field)]

    @property
    def source_key(self) -> str:
        """The key of an independent source (its outlet, or else its article)."""
        return self.outlet.casefold() if self.outlet else f"article:{self.article}"
