"""The fact sheet: a case's facts as one flat, stable JSON document.

Its shape is the one answer keys are written in, so any build can be scored
(:func:`legalnews.score`). It is a view: nothing in it is not in the case.
Beyond the format's own keys, entries carry ``sources`` (the outlets behind
them) and charges their ``history``; readers ignore keys they do not know.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import Any, Final

from ._case import Case, Event, StatusChange
from ._claims import EntityRef, RoleValue, Transition, Value
from ._dates import FuzzyDate
from ._quantities import Duration, Money

__all__ = ["FACTSHEET_FORMAT", "to_factsheet"]

FACTSHEET_FORMAT: Final = "legalnews.factsheet/1"
"""The format tag of a fact sheet."""


def _plain(value: Value | None) -> Any:
    """A value as the fact sheet writes it."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, FuzzyDate):
        return value.isoformat()
    if isinstance(value, Duration):
        return value.isoformat()
    if isinstance(value, Money):
        return (
            int(value.amount)
            if value.amount == value.amount.to_integral()
            else float(value.amount)
        )
    if isinstance(value, EntityRef):
        return value.name
    if isinstance(value, RoleValue):
        return str(value.role)
    if isinstance(value, Transition):
        return value.status
    if isinstance(value, enum.Enum):
        return value.value
    return str(value)


def _date(value: FuzzyDate | None) -> str | None:
    return value.isoformat() if value is not None else None


def _drop_none(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if v is not None}


def _history(steps: Iterable[StatusChange]) -> list[dict[str, Any]]:
    return [
        _drop_none({"status": s.status, "date": _date(s.date), "modality": str(s.modality)})
        for s in steps
    ]


def to_factsheet(case: Case, *, title: str | None = None) -> dict[str, Any]:
    """The fact sheet of a case, as JSON-ready data.

    Args:
        case: the resolved case.
        title: free text naming the case.

    >>> from legalnews import Case
    >>> to_factsheet(Case())["format"]
    'legalnews.factsheet/1'
    """
    names = {p.id: p.name for p in case.persons} | {o.id: o.name for o in case.organizations}
    claims = {c.id: c for c in case.claims}

    def name(entity_id: str | None) -> str | None:
        return names.get(entity_id, entity_id) if entity_id is not None else None

    def outlets(*objects: str) -> list[str]:
        ids = {i for f in case.facts if f.subject in objects for i in f.claims}
        return sorted({claims[i].outlet or f"article {claims[i].article}" for i in ids})

    anchor: dict[str, str] = {}
    persons = []
    for p in case.persons:
        roles = [
            _drop_none({"role": str(r.role), "represents": name(r.represents)})
            for r in case.roles
            if r.person == p.id
        ]
        persons.append(
            _drop_none(
                {
                    "name": p.name,
                    "aliases": list(p.aliases),
                    "age": p.age,
                    "titles": list(p.titles) or None,
                    "roles": roles,
                }
            )
        )
        anchor[p.id] = p.name
    organizations = [{"name": o.name, "aliases": list(o.aliases)} for o in case.organizations]
    anchor |= {o.id: o.name for o in case.organizations}

    charges = []
    for ch in case.charges:
        anchor[ch.id] = names.get(ch.defendant, ch.defendant)
        charges.append(
            _drop_none(
                {
                    "defendant": name(ch.defendant),
                    "offense": ch.offense,
                    "counts": ch.counts,
                    "filed": _date(ch.filed),
                    "status": str(ch.status),
                    "status_date": _date(ch.status_date),
                    "plea": ch.plea.value if ch.plea else None,
                    "with_prejudice": ch.with_prejudice,
                    "penalty_min": _plain(ch.penalty.minimum),
                    "penalty_max": _plain(ch.penalty.maximum),
                    "history": _history(ch.history),
                    "sources": outlets(ch.id),
                }
            )
        )
    proceedings = []
    for pr in case.proceedings:
        anchor[pr.id] = names.get(pr.defendants[0], pr.id) if pr.defendants else pr.id
        proceedings.append(
            _drop_none(
                {
                    "kind": str(pr.kind),
                    "court": pr.court,
                    "defendants": [name(d) for d in pr.defendants],
                    "plaintiffs": [name(d) for d in pr.plaintiffs],
                    "status": str(pr.status),
                    "status_date": _date(pr.status_date),
                    "sources": outlets(pr.id) or None,
                }
            )
        )
    sentences = []
    for se in case.sentences:
        anchor[se.id] = names.get(se.defendant, se.defendant)
        sentences.append(
            _drop_none(
                {
                    "defendant": name(se.defendant),
                    "kind": str(se.kind),
                    "term": _plain(se.term),
                    "suspended": se.suspended,
                    "date": _date(se.date),
                    "sources": outlets(se.id),
                }
            )
        )
    settlements = []
    for st in case.settlements:
        anchor[st.id] = names.get(st.parties[0], st.id) if st.parties else st.id
        settlements.append(
            _drop_none(
                {
                    "kind": str(st.kind),
                    "parties": [name(p) for p in st.parties],
                    "amount": _plain(st.amount),
                    "currency": st.amount.currency if st.amount else None,
                    "date": _date(st.date),
                    "sources": outlets(st.id),
                }
            )
        )
    events = [_event(e, name) for e in case.events]
    for e in case.events:
        anchor[e.id] = names.get(e.participants[0], e.id) if e.participants else e.id
    conflicts = [
        {
            "subject": anchor.get(c.subject, c.subject),
            "field": c.field,
            "values": [_plain(cand.value) for cand in c.candidates],
            "chosen": _plain(c.chosen),
            "rule": c.rule,
        }
        for c in case.conflicts
    ]
    return {
        "format": FACTSHEET_FORMAT,
        "title": title or "",
        "persons": persons,
        "organizations": organizations,
        "proceedings": proceedings,
        "charges": charges,
        "sentences": sentences,
        "settlements": settlements,
        "events": events,
        "conflicts": conflicts,
    }


def _event(e: Event, name: Any) -> dict[str, Any]:
    return _drop_none(
        {
            "type": str(e.type),
            "label": e.label or None,
            "date": _date(e.date),
            "status": str(e.status),
            "persons": [name(p) for p in e.participants],
        }
    )
