"""Human views of a case: a short summary, a full report and a timeline.

Every fact in the full report cites its sources: for a conflict, each side's
outlets and quotes; for a charge, the history of its status with dates.
"""

from __future__ import annotations

from collections.abc import Iterable

from ._case import Case, Conflict, Event
from ._claims import SourceClaim
from ._factsheet import _plain

__all__ = ["render_report", "render_summary", "timeline"]


def _outlet(claim: SourceClaim) -> str:
    return claim.outlet or f"article {claim.article[:8]}"


def _quote(claim: SourceClaim, width: int = 110) -> str:
    text = " ".join(claim.evidence.quote.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def timeline(case: Case) -> tuple[Event, ...]:
    """The case's dated events in date order (vaguer dates first on ties)."""
    dated = [e for e in case.events if e.date is not None]
    return tuple(sorted(dated, key=lambda e: (e.date.sort_key() if e.date else (), e.id)))


def _people_lines(case: Case) -> list[str]:
    lines = []
    for p in case.persons:
        roles = [r for r in case.roles if r.person == p.id]
        if not roles:
            continue
        parts = []
        for r in roles:
            part = str(r.role).replace("_", " ")
            if r.represents:
                part += f" for {case.name_of(r.represents)}"
            parts.append(part)
        extra = f", {p.age}" if p.age is not None else ""
        titles = f" ({', '.join(p.titles)})" if p.titles else ""
        lines.append(f"  {p.name}{extra}{titles}: {'; '.join(parts)}")
    return lines


def _charge_lines(case: Case, *, history: bool) -> list[str]:
    lines = []
    for ch in case.charges:
        counts = f"{ch.counts} counts of " if ch.counts and ch.counts > 1 else ""
        when = f" on {ch.status_date}" if ch.status_date else ""
        filed = f", filed {ch.filed.isoformat()}" if ch.filed else ""
        plea = f", plea {ch.plea.value.replace('_', ' ')}" if ch.plea else ""
        lines.append(
            f"  {case.name_of(ch.defendant)}: {counts}{ch.offense}{filed}{plea}"
            f" — {ch.status}{when}"
        )
        if history:
            for step in ch.history:
                date = f" {step.date}" if step.date else ""
                lines.append(f"      {step.status}{date} ({step.modality})")
    return lines


def _conflict_lines(case: Case, conflicts: Iterable[Conflict], *, quotes: bool) -> list[str]:
    claims = {c.id: c for c in case.claims}
    lines = []
    for c in conflicts:
        subject = _subject_name(case, c.subject)
        lines.append(f"  {subject} · {c.field}: shows {_plain(c.chosen)} (by {c.rule})")
        for cand in c.candidates:
            supporting = [claims[i] for i in cand.claims if i in claims]
            outlets = sorted({_outlet(s) for s in supporting})
            lines.append(f"      {_plain(cand.value)!s:<12} {', '.join(outlets)}")
            if quotes:
                ordered = sorted(supporting, key=lambda s: (_outlet(s), s.evidence.start))
                lines.extend(f"          {_outlet(s)}: “{_quote(s)}”" for s in ordered)
    return lines


def _subject_name(case: Case, object_id: str) -> str:
    for ch in case.charges:
        if ch.id == object_id:
            return f"{case.name_of(ch.defendant)} ({ch.offense})"
    for e in case.events:
        if e.id == object_id:
            who = ", ".join(case.name_of(p) for p in e.participants)
            return f"{e.type} {e.label} {who}".replace("  ", " ").strip()
    return case.name_of(object_id)


def render_summary(case: Case) -> str:
    """A few lines: parties and roles, charges and their status, conflicts."""
    lines = [
        "Parties:",
        *(_people_lines(case) or ["  (none found)"]),
        "Charges:",
        *(_charge_lines(case, history=False) or ["  (none found)"]),
    ]
    lines.append(f"Conflicts: {len(case.conflicts)}")
    lines.extend(_conflict_lines(case, case.conflicts, quotes=False))
    return "\n".join(lines)


def render_report(case: Case) -> str:
    """The full report: parties, charges with their history, timeline, conflicts with quotes."""
    lines = [
        "PARTIES AND ROLES",
        *(_people_lines(case) or ["  (none found)"]),
        "",
        "CHARGES (status history, oldest first)",
        *(_charge_lines(case, history=True) or ["  (none found)"]),
        "",
    ]
    lines.append("PROCEEDINGS")
    for p in case.proceedings:
        who = ", ".join(case.name_of(d) for d in p.defendants)
        court = f" in {p.court}" if p.court else ""
        when = f" on {p.status_date}" if p.status_date else ""
        plaintiffs = (
            f" (plaintiffs: {', '.join(case.name_of(x) for x in p.plaintiffs)})"
            if p.plaintiffs
            else ""
        )
        lines.append(f"  {p.kind} against {who}{plaintiffs}{court} — {p.status}{when}")
    for s in case.sentences:
        term = f" {s.term}" if s.term else ""
        suspended = " suspended" if s.suspended else ""
        lines.append(
            f"  sentence: {case.name_of(s.defendant)}{suspended} {s.kind}{term}"
            + (f" ({s.date})" if s.date else "")
        )
    for t in case.settlements:
        amount = f" {t.amount}" if t.amount else ""
        lines.append(
            f"  {t.kind}{amount}: {', '.join(case.name_of(x) for x in t.parties)}"
            + (f" ({t.date})" if t.date else "")
        )
    lines += ["", "TIMELINE"]
    for e in timeline(case):
        who = ", ".join(case.name_of(p) for p in e.participants)
        label = f" ({e.label})" if e.label else ""
        lines.append(f"  {e.date!s:<14} {e.type}{label} [{e.status}] {who}")
    lines += ["", "CONFLICTS (every side, with its outlets and quotes)"]
    lines.extend(_conflict_lines(case, case.conflicts, quotes=True) or ["  (none)"])
    return "\n".join(lines)
