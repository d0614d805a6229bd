"""Resolution: from a set of claims to a case.

The whole of a case is a pure function of its claims, the user's judgements
and a policy. Claims are grouped by the object they describe and the field
they give (a hash grouping, never a comparison of all pairs); for each group:

* a field that gathers values (titles, roles, parties) keeps them all;
* a single-valued field keeps its most precise values: compatible values
  refine each other ("2023" supports "2023-01-21"), incompatible ones become
  a :class:`~legalnews.Conflict` and the policy picks the one to show;
* a status is the latest step of a dated history, in which expected steps
  ("set to be dropped") are kept but never set the current status, and a
  reported step never outranks an asserted one of the same date.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

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
    EntityRef,
    RoleValue,
    SourceClaim,
    Subject,
    Transition,
    Value,
    natural_key,
    value_text,
)
from ._dates import FuzzyDate
from ._entities import ResolvedEntity, resolve_entities
from ._policies import DEFAULT_POLICY, Policy, modality_strength
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

__all__ = ["merge", "resolve"]

_POSITIVE = frozenset({Modality.ASSERTED, Modality.REPORTED, Modality.EXPECTED})
_FIRM = frozenset({Modality.ASSERTED, Modality.REPORTED})

# Where two steps of a history share a date, the later stage of a case's life wins.
_STAGE: Mapping[str, int] = {
    "pending": 0,
    "expected": 0,
    "scheduled": 1,
    "dismissed": 2,
    "settled": 2,
    "convicted": 2,
    "acquitted": 2,
    "judgment": 2,
    "closed": 3,
    "occurred": 2,
    "cancelled": 3,
}

_Obj = tuple[SubjectKind, str, str]  # kind, anchor id, key


def _slug(text: str) -> str:
    return "-".join(text.casefold().split()) or "-"


def _canonical_value(value: Value, entities: Mapping[EntityRef, ResolvedEntity]) -> Value:
    """The value with entity names replaced by their entity's canonical name."""
    if isinstance(value, EntityRef):
        e = entities[value]
        return EntityRef(e.kind, e.name)
    if isinstance(value, RoleValue) and value.represents is not None:
        e = entities[value.represents]
        return RoleValue(value.role, EntityRef(e.kind, e.name))
    return value


def _refs_in(value: Value) -> Iterator[EntityRef]:
    if isinstance(value, EntityRef):
        yield value
    elif isinstance(value, RoleValue) and value.represents is not None:
        yield value.represents


def _refines(a: Value, b: Value) -> bool:
    return isinstance(a, FuzzyDate) and isinstance(b, FuzzyDate) and a.refines(b)


def _ids(claims: Iterable[SourceClaim]) -> tuple[str, ...]:
    return tuple(sorted({c.id for c in claims}))


class _Resolver:
    """One resolution run; holds the indexes the steps share."""

    def __init__(
        self, claims: Sequence[SourceClaim], judgements: Sequence[Judgement], policy: Policy
    ):
        self.claims = claims
        self.judgements = judgements
        self.policy = policy
        self.facts: list[Fact] = []
        self.conflicts: list[Conflict] = []

        support: Counter[EntityRef] = Counter()
        for c in claims:
            if c.subject.anchor is not None:
                support[c.subject.anchor] += 1
            for ref in _refs_in(c.value):
                support[ref] += 1
        self.entities = resolve_entities(support, judgements)

        self._objects: dict[Subject, _Obj] = {}
        self.groups: dict[tuple[_Obj, str], list[SourceClaim]] = defaultdict(list)
        self.objects: dict[_Obj, list[SourceClaim]] = defaultdict(list)
        for c in claims:
            obj = self.object_of(c.subject)
            self.groups[(obj, c.field)].append(c)
            self.objects[obj].append(c)

    # -- identity -----------------------------------------------------------------

    def entity_id(self, ref: EntityRef) -> str:
        return self.entities[ref].id

    def object_of(self, subject: Subject) -> _Obj:
        obj = self._objects.get(subject)
        if obj is None:
            anchor = self.entity_id(subject.anchor) if subject.anchor is not None else "-"
            obj = (subject.kind, anchor, " ".join(subject.key.casefold().split()))
            self._objects[subject] = obj
        return obj

    @staticmethod
    def object_id(obj: _Obj) -> str:
        kind, anchor, key = obj
        if kind in (SubjectKind.PERSON, SubjectKind.ORGANIZATION):
            return anchor
        return f"{kind}:{_slug(key)}:{anchor}"

    # -- values -------------------------------------------------------------------

    def _by_value(self, claims: Iterable[SourceClaim]) -> dict[Value, list[SourceClaim]]:
        out: dict[Value, list[SourceClaim]] = defaultdict(list)
        for c in claims:
            out[_canonical_value(c.value, self.entities)].append(c)
        return out

    def _record(self, oid: str, field: str, by_value: Mapping[Value, list[SourceClaim]]) -> None:
        for v, cs in by_value.items():
            self.facts.append(Fact(oid, field, v, _ids(cs)))

    def _choose(
        self, oid: str, field: str, by_value: Mapping[Value, list[SourceClaim]]
    ) -> Value | None:
        """The value to show among ``by_value``, recording a conflict if they disagree."""
        positive = {
            v: cs for v, cs in by_value.items() if any(c.modality in _POSITIVE for c in cs)
        }
        leaves = sorted(
            (v for v in positive if not any(_refines(w, v) for w in positive)), key=natural_key
        )
        if not leaves:
            return None
        support = {
            leaf: [c for v, cs in positive.items() if v == leaf or _refines(leaf, v) for c in cs]
            for leaf in leaves
        }
        if len(leaves) == 1:
            return leaves[0]
        index, rule = self.policy.choose(field, [(leaf, support[leaf]) for leaf in leaves])
        chosen = leaves[index]
        self.conflicts.append(
            Conflict(
                oid,
                field,
                tuple(Candidate(leaf, _ids(support[leaf])) for leaf in leaves),
                chosen,
                rule,
            )
        )
        return chosen

    def single(self, obj: _Obj, field: str) -> Value | None:
        claims = self.groups.get((obj, field))
        if not claims:
            return None
        oid = self.object_id(obj)
        by_value = self._by_value(claims)
        self._record(oid, f"{obj[0]}.{field}", by_value)
        return self._choose(oid, f"{obj[0]}.{field}", by_value)

    def multi(self, obj: _Obj, field: str) -> list[Value]:
        claims = self.groups.get((obj, field))
        if not claims:
            return []
        by_value = self._by_value(claims)
        self._record(self.object_id(obj), f"{obj[0]}.{field}", by_value)
        kept = [v for v, cs in by_value.items() if any(c.modality in _FIRM for c in cs)]
        return sorted(kept, key=value_text)

    def history(self, obj: _Obj) -> tuple[StatusChange, ...]:
        """The status history of an object, oldest first."""
        claims = self.groups.get((obj, "status"))
        if not claims:
            return ()
        oid = self.object_id(obj)
        section = str(obj[0])
        self._record(oid, f"{section}.status", self._by_value(claims))
        buckets: dict[tuple[str, bool], list[SourceClaim]] = defaultdict(list)
        for c in claims:
            if c.modality in _POSITIVE and isinstance(c.value, Transition):
                buckets[(c.value.status, c.modality is Modality.EXPECTED)].append(c)
        steps: list[tuple[tuple[dt.date, float, int, str], StatusChange]] = []
        for (status, _expected), cs in sorted(buckets.items()):
            dated: dict[Value, list[SourceClaim]] = defaultdict(list)
            for c in cs:
                assert isinstance(c.value, Transition)
                if c.value.date is not None:
                    dated[c.value.date].append(c)
            date = self._choose(oid, f"{section}.status_date", dated) if dated else None
            assert date is None or isinstance(date, FuzzyDate)
            modality = max((c.modality for c in cs), key=modality_strength)
            if date is not None:
                effective = date.interval()[1]
            else:
                published = [c.published for c in cs if c.published is not None]
                effective = max(published, default=dt.date.min)
            key = (effective, modality_strength(modality), _STAGE.get(status, 1), status)
            steps.append((key, StatusChange(status, date, modality, _ids(cs))))
        steps.sort(key=lambda s: s[0])
        return tuple(s for _, s in steps)


def _current(history: Sequence[StatusChange]) -> StatusChange | None:
    firm = [s for s in history if s.modality in _FIRM]
    return firm[-1] if firm else None


def _entity_ids(r: _Resolver, obj: _Obj, field: str) -> set[str]:
    """The ids of the entities a multi-valued reference field names firmly."""
    r.multi(obj, field)
    return {
        r.entity_id(c.value)
        for c in r.groups.get((obj, field), ())
        if c.modality in _FIRM and isinstance(c.value, EntityRef)
    }


def resolve(
    claims: Iterable[SourceClaim],
    *,
    policy: Policy = DEFAULT_POLICY,
    judgements: Iterable[Judgement] = (),
) -> Case:
    """Resolve a set of claims into a case.

    Args:
        claims: the claims, in any order; duplicates count once.
        policy: picks the value to show where sources disagree.
        judgements: the user's decisions on which names are the same entity.

    Returns:
        The case. Any permutation of the same claims gives an equal case.
    """
    unique = tuple(sorted({c.id: c for c in claims}.values(), key=lambda c: c.id))
    judged = tuple(sorted(set(judgements)))
    r = _Resolver(unique, judged, policy)

    # -- persons and organizations ------------------------------------------------
    by_entity: dict[str, ResolvedEntity] = {e.id: e for e in r.entities.values()}
    persons: list[Person] = []
    organizations: list[Organization] = []
    roles: dict[tuple[str, RoleKind, str | None], set[str]] = defaultdict(set)
    for eid, e in sorted(by_entity.items()):
        if e.kind is EntityKind.PERSON:
            obj = (SubjectKind.PERSON, eid, "")
            age = r.single(obj, "age")
            titles = [v for v in r.multi(obj, "title") if isinstance(v, str)]
            r.multi(obj, "mention")
            persons.append(
                Person(
                    eid, e.name, e.aliases, age if isinstance(age, int) else None, tuple(titles)
                )
            )
            r.multi(obj, "role")
            for c in r.groups.get((obj, "role"), ()):
                if c.modality in _FIRM and isinstance(c.value, RoleValue):
                    rep = c.value.represents
                    roles[(eid, c.value.role, r.entity_id(rep) if rep else None)].add(c.id)
        else:
            r.multi((SubjectKind.ORGANIZATION, eid, ""), "mention")
            organizations.append(Organization(eid, e.name, e.aliases))

    objects = sorted(r.objects)

    # -- charges --------------------------------------------------------------------
    charges: list[Charge] = []
    for obj in objects:
        if obj[0] is not SubjectKind.CHARGE:
            continue
        history = r.history(obj)
        current = _current(history)
        counts, filed = r.single(obj, "counts"), r.single(obj, "filed")
        plea, prejudice = r.single(obj, "plea"), r.single(obj, "with_prejudice")
        low, high = r.single(obj, "penalty_min"), r.single(obj, "penalty_max")
        r.multi(obj, "offense_text")
        charges.append(
            Charge(
                r.object_id(obj),
                obj[1],
                obj[2],
                counts=counts if isinstance(counts, int) else None,
                filed=filed if isinstance(filed, FuzzyDate) else None,
                status=ChargeStatus(current.status) if current else ChargeStatus.PENDING,
                status_date=current.date if current else None,
                history=history,
                plea=plea if isinstance(plea, Plea) else None,
                with_prejudice=prejudice if isinstance(prejudice, bool) else None,
                penalty=Penalty(
                    low if isinstance(low, Duration) else None,
                    high if isinstance(high, Duration) else None,
                ),
            )
        )
        roles[(obj[1], RoleKind.DEFENDANT, None)] |= {c.id for c in r.objects[obj]}

    charges_of: dict[str, list[Charge]] = defaultdict(list)
    for ch in charges:
        charges_of[ch.defendant].append(ch)

    # -- proceedings: every charged defendant has a criminal one -------------------------
    proceeding_objs = {o for o in objects if o[0] is SubjectKind.PROCEEDING}
    for ch in charges:
        proceeding_objs.add((SubjectKind.PROCEEDING, ch.defendant, str(ProceedingKind.CRIMINAL)))
    proceedings: list[Proceeding] = []
    for obj in sorted(proceeding_objs):
        try:
            kind = ProceedingKind(obj[2])
        except ValueError:
            kind = ProceedingKind.CIVIL
        history = r.history(obj)
        current = _current(history)
        court = r.single(obj, "court")
        defendants = sorted({obj[1], *_entity_ids(r, obj, "defendant")} - {"-"})
        plaintiffs = sorted(_entity_ids(r, obj, "plaintiff"))
        status, status_date = ProceedingStatus.PENDING, None
        if current is not None:
            status, status_date = ProceedingStatus(current.status), current.date
        elif kind is ProceedingKind.CRIMINAL:
            status, status_date = _status_from_charges(
                [c for d in defendants for c in charges_of.get(d, ())]
            )
        proceedings.append(
            Proceeding(
                r.object_id(obj),
                kind,
                court if isinstance(court, str) else None,
                tuple(defendants),
                tuple(plaintiffs),
                status,
                status_date,
                history,
            )
        )
        support = {c.id for c in r.objects.get(obj, ())}
        for d in defendants:
            roles[(d, RoleKind.DEFENDANT, None)] |= support
        for p in plaintiffs:
            roles[(p, RoleKind.PLAINTIFF, None)] |= support

    # -- sentences and settlements --------------------------------------------------------
    sentences: list[Sentence] = []
    settlements: list[Settlement] = []
    for obj in objects:
        if obj[0] is SubjectKind.SENTENCE:
            term, suspended, date = (r.single(obj, f) for f in ("term", "suspended", "date"))
            try:
                skind = SentenceKind(obj[2])
            except ValueError:
                skind = SentenceKind.OTHER
            sentences.append(
                Sentence(
                    r.object_id(obj),
                    obj[1],
                    skind,
                    term if isinstance(term, Duration) else None,
                    suspended if isinstance(suspended, bool) else None,
                    date if isinstance(date, FuzzyDate) else None,
                )
            )
            roles[(obj[1], RoleKind.DEFENDANT, None)] |= {c.id for c in r.objects[obj]}
        elif obj[0] is SubjectKind.SETTLEMENT:
            amount, date = r.single(obj, "amount"), r.single(obj, "date")
            parties = sorted({obj[1], *_entity_ids(r, obj, "party")} - {"-"})
            try:
                tkind = SettlementKind(obj[2])
            except ValueError:
                tkind = SettlementKind.SETTLEMENT
            settlements.append(
                Settlement(
                    r.object_id(obj),
                    tkind,
                    tuple(parties),
                    amount if isinstance(amount, Money) else None,
                    date if isinstance(date, FuzzyDate) else None,
                )
            )

    # -- events: told, and derived from the other objects --------------------------------
    events = _events(r, objects, charges, proceedings, sentences, settlements)

    person_ids = {p.id for p in persons}
    titles_of = {p.id: p.titles for p in persons}
    role_list = [
        Role(
            pid,
            role,
            rep,
            tuple(sorted(ids)),
            _proceeding_of(pid, role, rep, proceedings),
            _title_for(role, titles_of.get(pid, ())),
        )
        for (pid, role, rep), ids in sorted(
            _refine_counsel(roles).items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2] or "")
        )
        if pid in person_ids
    ]
    return Case(
        claims=unique,
        judgements=judged,
        persons=tuple(persons),
        organizations=tuple(organizations),
        roles=tuple(role_list),
        charges=tuple(charges),
        proceedings=tuple(proceedings),
        sentences=tuple(sentences),
        settlements=tuple(settlements),
        events=events,
        conflicts=tuple(sorted(set(r.conflicts), key=_conflict_order)),
        facts=tuple(
            sorted(set(r.facts), key=lambda f: (f.subject, f.field, value_text(f.value), f.claims))
        ),
    )


def _conflict_order(c: Conflict) -> tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """A total order: two conflicts of one field (two status dates) never tie."""
    return c.subject, c.field, tuple((value_text(x.value), x.claims) for x in c.candidates)


_ROLE_TITLE_HEADS: Mapping[RoleKind, tuple[str, ...]] = {
    RoleKind.PROSECUTOR: ("prosecutor", "attorney", "counsel", "solicitor"),
    RoleKind.JUDGE: ("judge", "justice", "magistrate"),
    RoleKind.DEFENSE_ATTORNEY: ("attorney", "lawyer", "counsel", "defender"),
    RoleKind.PLAINTIFF_ATTORNEY: ("attorney", "lawyer", "counsel"),
    RoleKind.COUNSEL: ("attorney", "lawyer", "counsel"),
    RoleKind.COMMENTATOR: (
        "lawyer",
        "attorney",
        "prosecutor",
        "expert",
        "analyst",
        "professor",
        "judge",
    ),
}


def _title_for(role: RoleKind, titles: Sequence[str]) -> str | None:
    """The person's title that names this role ("special prosecutor"), if any."""
    heads = _ROLE_TITLE_HEADS.get(role, ())
    fitting = [t for t in titles if t.split()[-1] in heads]
    return max(fitting, key=lambda t: (len(t.split()), t)) if fitting else None


def _proceeding_of(
    person: str, role: RoleKind, client: str | None, proceedings: Sequence[Proceeding]
) -> str | None:
    """The proceeding a role is played in, where the case tells which."""
    party = client if client is not None else person
    if role in (RoleKind.DEFENDANT, RoleKind.DEFENSE_ATTORNEY) or (
        client is not None and role is RoleKind.COUNSEL
    ):
        own = [p for p in proceedings if party in p.defendants]
        criminal = [p for p in own if p.kind is ProceedingKind.CRIMINAL]
        chosen = criminal or own
        if not chosen and client is not None:
            chosen = [p for p in proceedings if party in p.plaintiffs]
        return chosen[0].id if chosen else None
    if role in (RoleKind.PLAINTIFF, RoleKind.PLAINTIFF_ATTORNEY):
        own = [p for p in proceedings if party in p.plaintiffs]
        return own[0].id if own else None
    if role in (RoleKind.PROSECUTOR, RoleKind.JUDGE):
        criminal = [p for p in proceedings if p.kind is ProceedingKind.CRIMINAL]
        return criminal[0].id if len(criminal) == 1 else None
    return None


_RoleKey = tuple[str, RoleKind, str | None]


def _refine_counsel(roles: Mapping[_RoleKey, set[str]]) -> dict[_RoleKey, set[str]]:
    """Counsel of a defendant is a defense attorney; of a plaintiff, a plaintiff's attorney.

    Extractors say only that someone is a lawyer for someone; what kind of
    lawyer follows from the client's role in the case, which only the whole
    case knows. A client who is both (or neither) leaves plain counsel.
    """
    parts: dict[str, set[RoleKind]] = defaultdict(set)
    for pid, role, _ in roles:
        if pid.startswith(f"{EntityKind.PERSON}:"):  # a company's lawyer stays counsel
            parts[pid].add(role)
    out: dict[_RoleKey, set[str]] = defaultdict(set)
    for (pid, role, rep), ids in roles.items():
        if role is RoleKind.COUNSEL and rep is not None:
            client = parts.get(rep, set()) & {RoleKind.DEFENDANT, RoleKind.PLAINTIFF}
            if client == {RoleKind.DEFENDANT}:
                role = RoleKind.DEFENSE_ATTORNEY
            elif client == {RoleKind.PLAINTIFF}:
                role = RoleKind.PLAINTIFF_ATTORNEY
        out[(pid, role, rep)] |= ids
    return dict(out)


def _status_from_charges(charges: Sequence[Charge]) -> tuple[ProceedingStatus, FuzzyDate | None]:
    """A criminal proceeding's status when no source states it: its charges'."""
    if not charges:
        return ProceedingStatus.PENDING, None
    statuses = {c.status for c in charges}
    dates = [c.status_date for c in charges if c.status_date is not None]
    latest = max(dates, key=FuzzyDate.sort_key) if dates else None
    if ChargeStatus.CONVICTED in statuses:
        conv = [
            c.status_date
            for c in charges
            if c.status is ChargeStatus.CONVICTED and c.status_date is not None
        ]
        return ProceedingStatus.CONVICTED, max(conv, key=FuzzyDate.sort_key) if conv else None
    if statuses == {ChargeStatus.DISMISSED}:
        return ProceedingStatus.DISMISSED, latest
    if statuses == {ChargeStatus.ACQUITTED}:
        return ProceedingStatus.ACQUITTED, latest
    if statuses <= {ChargeStatus.DISMISSED, ChargeStatus.ACQUITTED}:
        return ProceedingStatus.CLOSED, latest
    return ProceedingStatus.PENDING, None


def _events(
    r: _Resolver,
    objects: Sequence[_Obj],
    charges: Sequence[Charge],
    proceedings: Sequence[Proceeding],
    sentences: Sequence[Sentence],
    settlements: Sequence[Settlement],
) -> tuple[Event, ...]:
    told: list[Event] = []
    for obj in objects:
        if obj[0] is not SubjectKind.EVENT:
            continue
        etype, _, label = obj[2].partition(":")
        try:
            kind = EventType(etype)
        except ValueError:
            continue
        date = r.single(obj, "date")
        history = r.history(obj)
        current = _current(history)
        if current is not None:
            status = EventStatus(current.status)
        elif history:
            status = EventStatus(history[-1].status)
        else:
            status = EventStatus.OCCURRED
        participants = sorted({obj[1], *_entity_ids(r, obj, "participant")} - {"-"})
        told.append(
            Event(
                r.object_id(obj),
                kind,
                label,
                date if isinstance(date, FuzzyDate) else None,
                status,
                tuple(participants),
            )
        )

    # what other objects imply, grouped so one day's charges against two people are one
    # event, keyed by the date's ISO form ("late January" and "January" are one month)
    implied: dict[tuple[EventType, str], set[str]] = defaultdict(set)
    dated: dict[tuple[EventType, str], set[FuzzyDate]] = defaultdict(set)

    def imply(etype: EventType, date: FuzzyDate, who: Iterable[str]) -> None:
        implied[(etype, date.isoformat())].update(who)
        dated[(etype, date.isoformat())].add(date)

    closed = {
        (d, p.status_date.isoformat())
        for p in proceedings
        if p.kind is ProceedingKind.CRIMINAL
        and p.status is ProceedingStatus.DISMISSED
        and p.status_date is not None
        for d in p.defendants
    }
    for ch in charges:
        if ch.filed is not None:
            imply(EventType.CHARGE, ch.filed, [ch.defendant])
        if ch.status is ChargeStatus.DISMISSED and ch.status_date is not None:
            # a dismissal that leaves other charges standing amends the case
            ends = (ch.defendant, ch.status_date.isoformat()) in closed
            imply(
                EventType.DISMISSAL if ends else EventType.AMENDMENT,
                ch.status_date,
                [ch.defendant],
            )
    for s in sentences:
        if s.date is not None:
            imply(EventType.SENTENCE, s.date, [s.defendant])
    for t in settlements:
        if t.date is not None:
            imply(EventType.SETTLEMENT, t.date, t.parties)
    # told events by type and participant, so each derived one meets only its peers
    told_by: dict[tuple[EventType, str], list[Event]] = defaultdict(list)
    for e in told:
        for p in e.participants or ("",):
            told_by[(e.type, p)].append(e)
    derived = []
    for (etype, iso), who in sorted(implied.items()):
        # one date is kept as it is; several share their ISO form, true of each of them
        dates = dated[(etype, iso)]
        date = next(iter(dates)) if len(dates) == 1 else FuzzyDate.parse(iso)
        peers = [e for p in (*sorted(who), "") for e in told_by.get((etype, p), ())]
        if any(e.date is not None and e.date.compatible(date) for e in peers):
            continue
        derived.append(
            Event(
                f"event:{etype}:{iso}", etype, "", date, EventStatus.OCCURRED, tuple(sorted(who))
            )
        )

    # a hearing still on the calendar of a case since dismissed will not take place
    ended = {
        d: p.status_date
        for p in proceedings
        if p.kind is ProceedingKind.CRIMINAL and p.status is ProceedingStatus.DISMISSED
        for d in p.defendants
    }
    out = []
    for e in [*told, *derived]:
        if (
            e.status in (EventStatus.SCHEDULED, EventStatus.EXPECTED)
            and e.type in (EventType.HEARING, EventType.TRIAL)
            and e.participants
            and all(p in ended for p in e.participants)
            and all(_before(ended[p], e.date) for p in e.participants)
        ):
            e = Event(e.id, e.type, e.label, e.date, EventStatus.CANCELLED, e.participants)
        out.append(e)
    return tuple(sorted(out, key=lambda e: e.id))


def _before(a: FuzzyDate | None, b: FuzzyDate | None) -> bool:
    if a is None or b is None:
        return True
    return a.interval()[1] <= b.interval()[0]


def merge(*cases: Case, policy: Policy = DEFAULT_POLICY) -> Case:
    """Merge cases: resolve the union of their claims and judgements.

    Merge is a semilattice: commutative, associative and idempotent, because
    it is set union followed by a pure function.
    """
    claims = [c for case in cases for c in case.claims]
    judgements = [j for case in cases for j in case.judgements]
    return resolve(claims, policy=policy, judgements=judgements)
