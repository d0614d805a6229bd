"""Proceedings, courts, settlements and the events of a case.

Rules, each tested with sentences of our own in ``tests/test_court.py``:

* courts: an organization whose name holds a court word, where the case is
  heard, closed or filed, for the sentence's (or article's) defendant;
* civil suits: "Roe faces a lawsuit", "a lawsuit brought by A", "A sued Roe";
* settlements and fines: "Acme reached a settlement with regulators,
  agreeing to a $100,000 fine" (money, kind, parties, date); a settlement
  with a regulator also settles a regulatory proceeding;
* events with a date: the incident ("the October 2021 shooting"), hearings
  by kind ("preliminary hearing", "arraignment", "status hearing") and
  their status (moved, scheduled, held, cancelled), pleas, amendments of
  charges ("downgraded"), arrests, lawsuits, trials and verdicts.

Charge filings, dismissals, sentences and settlements are events too, but
resolution derives them from the charges and settlements themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .._claims import EntityRef, SourceClaim, Subject, Transition
from .._dates import FuzzyDate
from .._document import Sentence
from .._quantities import Money
from .._temporal import DateMention
from .._vocab import EntityKind, EventStatus, EventType, ProceedingKind, SubjectKind
from ._analysis import Analysis
from ._charges import _excluded, find_offenses, sentence_defendants
from ._context import in_quotation, modality_of
from ._names import NameMention

__all__ = ["CourtExtractor"]

_CHARGE_WORDS = re.compile(r"\b(?:charge[sd]?|counts?|indict\w*|convict\w*|pleaded|"
                           r"prosecut\w*|faces?|facing)\b", re.IGNORECASE)
_INCIDENT = re.compile(r"\b(?:shooting|shot|killed|killing|death|died|crash|collision|"
                       r"stabbing|stabbed|attack|explosion|fire|accident|assault(?:ed)?|"
                       r"murder(?:ed)?)\b", re.IGNORECASE)
_LAWSUIT = re.compile(r"\b(?:lawsuits?|suits?|sued|suing|complaint)\b", re.IGNORECASE)
_CIVIL_FACES = re.compile(r"\b(?:faces?|facing|faced)\s+(?:\w+\s+){0,4}?(?:civil\s+)?"
                          r"(?:lawsuits?|suits?)\b", re.IGNORECASE)
_BROUGHT_BY = re.compile(r"\b(?:brought|filed)\s+by\s+[\"“”'a-z\s]{0,40}$")
_SETTLEMENT = re.compile(r"\b(?:settlement|settled|settle|fine[ds]?|agreed\s+to\s+pay|"
                         r"plea\s+(?:agreement|deal)|deferred\s+prosecution)\b", re.IGNORECASE)
_WITH_PARTY = re.compile(r"\bwith\s+((?:the\s+)?[A-Za-z][A-Za-z'’\- ]{2,80}?)"
                         r"(?=\s+(?:over|for|after|to|in|on|that|which)\b|[,.;]|$)")
_MOVED = re.compile(r"\b(?:move[ds]?|moving|reschedul\w*|postpone[ds]?|push(?:ed)?\s+back|"
                    r"delay(?:ed)?|continued)\b", re.IGNORECASE)
_CANCELLED = re.compile(r"\b(?:cancel(?:l)?ed|called\s+off|vacated|scrapped)\b", re.IGNORECASE)
_SCHEDULED = re.compile(r"\b(?:scheduled|set\s+(?:for|to)|slated|upcoming|will|is\s+to|"
                        r"are\s+to|expected\s+to)\b", re.IGNORECASE)
_AMENDED = re.compile(r"\b(?:downgrad\w+|reduc(?:ed|ing)\s+(?:the\s+)?(?:charges?|counts?)|"
                      r"amend(?:ed|ing)\s+(?:the\s+)?(?:charges?|complaint|indictment))",
                      re.IGNORECASE)
_ARREST = re.compile(r"\b(?:was|were)\s+arrested\b", re.IGNORECASE)
_PLEADED = re.compile(r"\b(?:pleaded|pleads|pled)\b", re.IGNORECASE)
_VERDICT = re.compile(r"\b(?:jury|jurors)\b.{0,40}\b(?:found|convicted|acquitted|verdict)\b",
                      re.IGNORECASE)
_FILED_SUIT = re.compile(r"\b(?:filed|brought)\s+(?:a\s+)?(?:civil\s+)?(?:lawsuit|suit|"
                         r"complaint)\b|\bsued\b", re.IGNORECASE)
_COURT_CONTEXT = re.compile(r"\b(?:in|before|at|to)\s+(?:the\s+)?$", re.IGNORECASE)


def _date_near(
    dates: Sequence[DateMention], start: int, end: int, reach: int = 60
) -> DateMention | None:
    """The resolved date closest to ``[start, end)`` within ``reach`` characters."""
    best: tuple[int, DateMention] | None = None
    for d in dates:
        if d.value is None:
            continue
        gap = d.start - end if d.start >= end else start - d.end if d.end <= start else 0
        if 0 <= gap <= reach and (best is None or gap < best[0]):
            best = (gap, d)
    return best[1] if best else None


class CourtExtractor:
    """Finds proceedings, courts, settlements and dated events."""

    name = "court"
    version = "1"

    def __call__(self, analysis: Analysis) -> Iterator[SourceClaim]:
        excluded = _excluded(analysis)
        published = analysis.document.article.source.published
        per_sentence = {
            s.start: sentence_defendants(analysis, s, excluded)
            if _CHARGE_WORDS.search(s.text) or find_offenses(s.text, s.start, analysis.lexicon)
            else []
            for s in analysis.sentences
        }
        defendants = {m.name for found in per_sentence.values() for m in found}
        current: list[NameMention] = []
        for s in analysis.sentences:
            if in_quotation(analysis, s.start) and in_quotation(analysis, s.end - 1):
                continue
            here = per_sentence[s.start]
            people = [m for m in analysis.names_in(s.start, s.end)
                      if m.kind is EntityKind.PERSON and m.name not in excluded]
            owners = here or [m for m in people if m.possessive and m.name in defendants] or [
                m for m in people if m.name in defendants] or current
            # the defendant a sentence is about is the one it (or the last) names
            mentioned = [m for m in people if m.name in defendants]
            if here or mentioned:
                current = here or mentioned[-1:]
            dates = analysis.dates_in(s.start, s.end)
            modality = modality_of(s.text, analysis.lexicon)
            yield from self._court(analysis, s, owners)
            yield from self._civil(analysis, s, people)
            yield from self._settlement(analysis, s, dates)
            yield from self._incident(analysis, s, dates, people)
            yield from self._hearings(analysis, s, dates, owners, published, modality)
            yield from self._other_events(analysis, s, dates, here or current)

    # -- proceedings ----------------------------------------------------------------

    def _court(
        self, analysis: Analysis, s: Sentence, owners: list[NameMention]
    ) -> Iterator[SourceClaim]:
        for org in analysis.names_in(s.start, s.end):
            if org.kind is not EntityKind.ORGANIZATION:
                continue
            words = {w.casefold() for w in org.name.split()}
            if not words & analysis.lexicon.court_words:
                continue
            if not _COURT_CONTEXT.search(analysis.text[max(s.start, org.start - 12) : org.start]):
                continue
            for d in owners:
                subject = Subject(SubjectKind.PROCEEDING, analysis.ref(d),
                                  ProceedingKind.CRIMINAL.value)
                yield analysis.claim(self, subject, "court", org.name, s)

    def _civil(
        self, analysis: Analysis, s: Sentence, people: list[NameMention]
    ) -> Iterator[SourceClaim]:
        if not _LAWSUIT.search(s.text):
            return
        text = analysis.text
        faces = _CIVIL_FACES.search(s.text)
        defendants: list[NameMention] = []
        if faces:
            cut = s.start + faces.start()
            defendants = [m for m in people if m.end <= cut][:1]
        plaintiffs = [m for m in people
                      if _BROUGHT_BY.search(text[max(s.start, m.start - 60) : m.start].casefold())]
        sued = re.search(r"\b(?:sued|is\s+suing|are\s+suing|filed\s+(?:a\s+)?(?:civil\s+)?"
                         r"(?:lawsuit|suit)\s+against)\s+", s.text)
        if sued and not defendants:
            cut = s.start + sued.end()
            after = [m for m in people if m.start >= cut]
            before = [m for m in people if m.end <= s.start + sued.start()]
            defendants, plaintiffs = after[:1], plaintiffs or before[:1]
        for d in defendants:
            subject = Subject(SubjectKind.PROCEEDING, analysis.ref(d), ProceedingKind.CIVIL.value)
            yield analysis.claim(self, subject, "defendant", analysis.ref(d), s)
            for p in plaintiffs:
                if p.name != d.name:
                    yield analysis.claim(self, subject, "plaintiff", analysis.ref(p), s)

    def _settlement(
        self, analysis: Analysis, s: Sentence, dates: Sequence[DateMention]
    ) -> Iterator[SourceClaim]:
        match = _SETTLEMENT.search(s.text)
        money = analysis.money_in(s.start, s.end)
        if match is None or not money:
            return
        lex = analysis.lexicon
        orgs = [m for m in analysis.names_in(s.start, s.end) if m.kind is EntityKind.ORGANIZATION]
        payer = orgs[0] if orgs else None
        if payer is None:
            return
        amount = money[0]
        tail = analysis.text[amount.end : min(s.end, amount.end + 20)].casefold()
        kind = "settlement"
        for word, k in sorted(lex.money_kinds.items(), key=lambda kv: -len(kv[0])):
            if re.match(rf"\s*{re.escape(word)}\b", tail):
                kind = k
                break
        else:
            lowered = s.text.casefold()
            for word, k in sorted(lex.money_kinds.items(), key=lambda kv: -len(kv[0])):
                if re.search(rf"\b{re.escape(word)}\b", lowered):
                    kind = k
                    break
        payer_ref = analysis.ref(payer)
        subject = Subject(SubjectKind.SETTLEMENT, payer_ref, kind)
        yield analysis.claim(self, subject, "amount", Money(amount.value.amount,
                                                            amount.value.currency), s)
        counterparty: EntityRef | None = None
        for m in _WITH_PARTY.finditer(s.text):
            phrase = " ".join(m.group(1).split())
            named = [o for o in orgs[1:] if s.start + m.start(1) <= o.start < s.start + m.end(1)]
            if named:
                counterparty = analysis.ref(named[0])
            elif any(w in lex.regulator_words for w in phrase.casefold().split()):
                counterparty = EntityRef(EntityKind.ORGANIZATION, phrase.removeprefix("the "))
            if counterparty is not None:
                break
        if counterparty is not None:
            yield analysis.claim(self, subject, "party", counterparty, s)
        near = _date_near(dates, s.start + match.start(), s.start + match.end())
        if near is not None:
            yield analysis.claim(self, subject, "date", near.value, s)  # type: ignore[arg-type]
        regulatory = counterparty is not None and any(
            w in lex.regulator_words for w in counterparty.name.casefold().split()
        )
        if regulatory:
            proceeding = Subject(SubjectKind.PROCEEDING, payer_ref,
                                 ProceedingKind.REGULATORY.value)
            yield analysis.claim(self, proceeding, "status", Transition(
                "settled", near.value if near else None), s)

    # -- events -----------------------------------------------------------------------

    def _event(
        self, analysis: Analysis, s: Sentence, key: str, anchor: EntityRef | None,
        date: FuzzyDate, status: EventStatus, participants: Sequence[EntityRef] = (),
        modality: object = None,
    ) -> Iterator[SourceClaim]:
        subject = Subject(SubjectKind.EVENT, anchor, key)
        yield analysis.claim(self, subject, "date", date, s)
        yield analysis.claim(self, subject, "status", Transition(status.value), s)
        for p in participants:
            if anchor is None or p != anchor:
                yield analysis.claim(self, subject, "participant", p, s)

    def _incident(
        self, analysis: Analysis, s: Sentence, dates: Sequence[DateMention],
        people: list[NameMention],
    ) -> Iterator[SourceClaim]:
        if not _INCIDENT.search(s.text):
            return
        for d in dates:
            if d.value is None or d.relative:
                continue
            window = s.text[max(0, d.start - s.start - 40) : d.end - s.start + 25]
            before = s.text[max(0, d.start - s.start - 25) : d.start - s.start].casefold()
            if re.search(r"\bcharged\b|\bindicted\b|\bsince\b|\bhalt", before):
                continue
            if not _INCIDENT.search(window):
                continue
            participants = [analysis.ref(m) for m in people
                            if not in_quotation(analysis, m.start)]
            yield from self._event(analysis, s, EventType.INCIDENT.value, None, d.value,
                                   EventStatus.OCCURRED, participants)
            return

    def _hearings(
        self, analysis: Analysis, s: Sentence, dates: Sequence[DateMention],
        owners: list[NameMention], published: object, modality: object,
    ) -> Iterator[SourceClaim]:
        lex = analysis.lexicon
        lowered = s.text.casefold()
        for phrase, label in sorted(lex.hearing_kinds.items(), key=lambda kv: -len(kv[0])):
            found = re.search(rf"\b{re.escape(phrase)}\b", lowered)
            if not found:
                continue
            start, end = s.start + found.start(), s.start + found.end()
            near = _date_near(dates, start, end, reach=40)
            if near is None or near.value is None:
                return
            possessor = [m for m in analysis.names_in(s.start, start)
                         if m.kind is EntityKind.PERSON and m.possessive
                         and start - m.end < 30]
            anchors = possessor or owners
            if not anchors:
                return
            if _CANCELLED.search(s.text):
                status = EventStatus.CANCELLED
            elif _MOVED.search(s.text) or _SCHEDULED.search(s.text):
                status = EventStatus.SCHEDULED
            elif isinstance(published, type(near.value.interval()[0])) and (
                near.value.interval()[1] < published  # type: ignore[operator]
                or (near.value.interval()[0] == published and "during" in lowered)
            ):
                status = EventStatus.OCCURRED
            elif published is not None and near.value.interval()[0] > published:  # type: ignore[operator]
                status = EventStatus.SCHEDULED
            else:
                status = EventStatus.OCCURRED
            kind = EventType.TRIAL if label == "trial" else EventType.HEARING
            key = f"{kind.value}:{label}" if label and kind is EventType.HEARING else kind.value
            for a in anchors[:2]:
                yield from self._event(analysis, s, key, analysis.ref(a), near.value, status)
            return

    def _other_events(
        self, analysis: Analysis, s: Sentence, dates: Sequence[DateMention],
        defendants: list[NameMention],
    ) -> Iterator[SourceClaim]:
        if not defendants:
            return
        refs = [analysis.ref(d) for d in defendants]
        for pattern, etype in ((_AMENDED, EventType.AMENDMENT), (_ARREST, EventType.ARREST),
                               (_PLEADED, EventType.PLEA), (_VERDICT, EventType.VERDICT),
                               (_FILED_SUIT, EventType.LAWSUIT)):
            m = pattern.search(s.text)
            if m is None:
                continue
            near = _date_near(dates, s.start + m.start(), s.start + m.end(), reach=50)
            if near is None or near.value is None:
                continue
            if etype is EventType.LAWSUIT:
                continue  # lawsuits are dated through their proceeding
            yield from self._event(analysis, s, etype.value, refs[0], near.value,
                                   EventStatus.OCCURRED, refs)
