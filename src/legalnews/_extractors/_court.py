"""Proceedings, courts, settlements and the events of a case.

Rules, each tested with sentences of our own in ``tests/test_court.py``:

* courts: a capitalized name around a court word ("Marin County Superior
  Court", "the U.S. District Court for the Southern District of New York",
  "the Court of Appeals for the Ninth Circuit"), where a case is heard
  ("in", "before", "at", "to" the court), for the sentence's (or the
  article's current) defendant; in a sentence about a lawsuit, for the
  civil proceeding of the one sued;
* civil suits: "Roe faces a lawsuit", "a lawsuit brought by A (against
  Roe)", "A sued Roe", "A filed a lawsuit against Roe"; parties are people
  or organizations;
* settlements and fines: "Acme reached a settlement with regulators,
  agreeing to a $100,000 fine", "Acme was fined $80,000 by the agency",
  "Roe agreed to pay $50,000 to settle the suit brought by Doe" (payer,
  amount, kind, counterparty, date); a dispute with a regulator is a
  regulatory proceeding against the payer, settled when the parties agreed;
  a person's fine with no regulator is a sentence, not a settlement;
* events with a date: the incident ("the October 2021 shooting"), hearings
  and trials by kind ("preliminary hearing", "arraignment", "status
  hearing"; the kind nearest the date) and their status (moved, scheduled,
  held, cancelled, else by the publication date), pleas, amendments of
  charges ("downgraded", "added two counts"), arrests and verdicts ("a jury
  found", "acquitted").

Charge filings, dismissals, sentences and settlements are events too, but
resolution derives them from the charges and settlements themselves.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import TypeVar

from .._amounts import MoneyMention
from .._claims import EntityRef, SourceClaim, Subject, Transition
from .._dates import FuzzyDate
from .._document import Sentence
from .._quantities import Money
from .._temporal import DateMention
from .._vocab import (
    EntityKind,
    EventStatus,
    EventType,
    ProceedingKind,
    SettlementKind,
    SubjectKind,
)
from ._analysis import Analysis
from ._charges import (
    MAX_PARTIES,
    Once,
    _dedupe,
    _excluded,
    find_offenses,
    sentence_defendants,
)
from ._context import in_quotation
from ._cues import Cued, fold, holds
from ._lexicon import Lexicon
from ._names import NameMention

_M = TypeVar("_M", NameMention, DateMention, MoneyMention)

__all__ = ["CourtExtractor"]

_CHARGE_WORDS = re.compile(
    r"\b(?:charge[sd]?|counts?|indict\w*|convict\w*|pleaded|"
    r"prosecut\w*|faces?|facing)\b",
    re.IGNORECASE,
)
_INCIDENT = re.compile(
    r"\b(?:shooting|shot|killed|killing|death|died|crash|collision|"
    r"stabbing|stabbed|attack|explosion|fire|accident|assault(?:ed)?|"
    r"murder(?:ed)?)\b",
    re.IGNORECASE,
)
_NOT_INCIDENT = re.compile(r"\bcharged\b|\bindicted\b|\bsince\b|\bhalt")
_LAWSUIT = re.compile(r"\b(?:lawsuits?|suits?|sued|suing|complaint)\b", re.IGNORECASE)
_CIVIL_FACES = re.compile(
    r"\b(?:faces?|facing|faced)\s+(?:\w+\s+){0,4}?(?:civil\s+)?"
    r"(?:lawsuits?|suits?)\b",
    re.IGNORECASE,
)
_BROUGHT_BY = re.compile(r"\b(?:brought|filed)\s+by\s+[\"“”'a-z\s]{0,40}$")
_AGREED = re.compile(
    r"\b(?:settle[ds]?|settlement|agree[ds]?|agreeing|agreement|deal)\b", re.IGNORECASE
)
_SUED = re.compile(
    r"\b(?:sued|is\s+suing|are\s+suing|(?:filed|brought)\s+(?:a\s+)?(?:civil\s+)?"
    r"(?:lawsuit|suit|complaint)\s+against)\s+"
)
_SUED_BY = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+sued\s+(?:(?!by\s)[\w.\-]+\s+){0,6}by\s+"
)
"""The passive, whose plaintiff follows: "Acme Inc. was sued in May by Jo Roe"."""
_SUIT_AGAINST = re.compile(r"\b(?:lawsuit|suit|complaint)\b[^.;:]{0,80}?\bagainst\s+")
_ARTICLE_ONLY = re.compile(r"(?:(?:the|a|an|former)\s+){0,2}")
_SETTLEMENT = re.compile(
    r"\b(?:settlement|settled|settle|fine[ds]?|agreed\s+to\s+pay|"
    r"plea\s+(?:agreement|deal)|deferred\s+prosecution)\b",
    re.IGNORECASE,
)
_WITH_PARTY = re.compile(
    r"\b(?:with|by|to)\s+((?:the\s+)?[A-Za-z][A-Za-z'’\- ]{2,80}?)"
    r"(?=\s+(?:over|for|after|to|in|on|that|which)\b|[,.;]|$)"
)
_MOVED = re.compile(
    r"\b(?:move[ds]?|moving|reschedul\w*|postpone[ds]?|push(?:ed)?\s+back|"
    r"delay(?:ed)?|continued)\b",
    re.IGNORECASE,
)
_CANCELLED = re.compile(r"\b(?:cancel(?:l)?ed|called\s+off|vacated|scrapped)\b", re.IGNORECASE)
_SCHEDULED = re.compile(
    r"\b(?:scheduled|set\s+(?:for|to)|slated|upcoming|will|is\s+to|"
    r"are\s+to|expected\s+to)\b",
    re.IGNORECASE,
)
_AMENDED = re.compile(
    r"\b(?:downgrad\w+|upgrad\w+|"
    r"reduc(?:ed|ing)\s+(?:the\s+)?(?:charges?|counts?)|"
    r"amend(?:ed|ing)\s+(?:the\s+)?(?:charges?|complaint|indictment)|"
    r"add(?:ed|ing)\s+(?:(?:a|an|the|new|two|three|more|additional)\s+)?"
    r"(?:charges?|counts?)\b|superseding\s+indictment)",
    re.IGNORECASE,
)
_ARREST = re.compile(r"\b(?:arrested|taken\s+into\s+custody|booked\s+into)\b", re.IGNORECASE)
_PLEADED = re.compile(r"\b(?:pleaded|pleads|pled)\b", re.IGNORECASE)
_VERDICT = re.compile(
    r"\b(?:jury|jurors)\b.{0,40}\b(?:found|convicted|acquitted|verdict)\b|"
    r"\bfound\s+(?:[\w'’.\-]+\s+){0,4}?(?:not\s+)?guilty\b|\bacquitted\b|"
    r"\bverdict\b",
    re.IGNORECASE,
)
_COURT_CONTEXT = re.compile(r"\b(?:in|before|at|to)\s+(?:the\s+)?$", re.IGNORECASE)


_CHARGE_CUE = Cued(
    _CHARGE_WORDS,
    ("charge", "count", "indict", "convict", "pleaded", "prosecut", "face", "facing"),
)
_INCIDENT_CUE = Cued(
    _INCIDENT,
    (
        "shoot",
        "shot",
        "kill",
        "death",
        "died",
        "crash",
        "collision",
        "stabb",
        "attack",
        "explosion",
        "fire",
        "accident",
        "assault",
        "murder",
    ),
)
_LAWSUIT_CUE = Cued(_LAWSUIT, ("suit", "sued", "suing", "complaint"))
_SETTLEMENT_CUE = Cued(_SETTLEMENT, ("settle", "fine", "agreed", "plea", "deferred"))
_CANCELLED_CUE = Cued(_CANCELLED, ("cancel", "called", "vacated", "scrapped"))
_MOVED_CUE = Cued(
    _MOVED, ("move", "moving", "reschedul", "postpone", "push", "delay", "continued")
)
_SCHEDULED_CUE = Cued(
    _SCHEDULED, ("scheduled", "set", "slated", "upcoming", "will", "is", "are", "expected")
)


@lru_cache(maxsize=8)
def _phrases(phrases: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern for a table's phrases, longest first where two start alike.

    And the phrases that hold no other one ("hearing", not "bail hearing"): a
    text the pattern matches holds one of them, so a text holding none is not
    searched.
    """
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=lambda p: (-len(p), p)))
    shortest = tuple(p for p in phrases if not any(q != p and q in p for q in phrases))
    return re.compile(rf"\b(?:{alternation})\b"), shortest


@lru_cache(maxsize=8)
def _money_words(
    kinds: tuple[tuple[str, str], ...],
) -> tuple[tuple[re.Pattern[str], re.Pattern[str], str], ...]:
    """Each money word, longest first, as a pattern right after a sum and one anywhere."""
    return tuple(
        (re.compile(rf"\s*{re.escape(word)}\b"), re.compile(rf"\b{re.escape(word)}\b"), k)
        for word, k in sorted(kinds, key=lambda kv: -len(kv[0]))
    )


def _is_regulator(name: str, lexicon: Lexicon) -> bool:
    return any(w in lexicon.regulator_words for w in name.casefold().split())


def _money_kind(analysis: Analysis, s: Sentence, after: int) -> str:
    """What a sum is: the money word right after it ("a $5,000 fine"), else in the sentence."""
    kinds = _money_words(tuple(analysis.lexicon.money_kinds.items()))
    tail = analysis.text[after : min(s.end, after + 20)].casefold()
    for right_after, _, k in kinds:
        if right_after.match(tail):
            return k
    lowered = s.text.casefold()
    for _, anywhere, k in kinds:
        if anywhere.search(lowered):
            return k
    return SettlementKind.SETTLEMENT.value


def _is_court(m: NameMention, analysis: Analysis) -> bool:
    return m.kind is EntityKind.ORGANIZATION and bool(
        {w.casefold() for w in m.name.split()} & analysis.lexicon.court_words
    )


def court_names(analysis: Analysis, s: Sentence) -> list[tuple[int, int]]:
    """Spans of the courts a sentence names, read from the text around each court word.

    "Marin County Superior Court", "the U.S. District Court for the Southern
    District of New York", "the Court of Appeals for the Ninth Circuit": the
    capitalized words before the court word (not across a possessive or an
    article), then an "of ..." and a "for the ... District|Circuit of ..." tail.
    """
    lex = analysis.lexicon
    text = analysis.text
    out: list[tuple[int, int]] = []
    for m in _court_words(lex.court_words).finditer(s.text):
        start, end = s.start + m.start(), s.start + m.end()
        if out and start < out[-1][1]:
            continue  # "Court of ... Court": one name
        while True:  # back over capitalized words: "U.S. District", "Marin County Superior"
            word = _CAP_BEFORE.search(text, max(s.start, start - 30), start)
            if word is None or word.group(1).casefold() in _NOT_IN_COURT_NAME:
                break
            start = word.start(1)
        for tail in (_OF_TAIL, _FOR_TAIL):
            t = tail.match(text, end, min(s.end, end + 100))
            if t is None:
                continue
            words = [w.casefold() for w in _CAP_WORD.findall(t.group())]
            if any(w in lex.calendar_words or w in lex.title_heads for w in words):
                continue  # "the District Court Monday", "the Court of Judge Roe"
            end = t.end()
        out.append((start, end))
    return out


@lru_cache(maxsize=8)
def _court_words(words: frozenset[str]) -> re.Pattern[str]:
    """Capitalized court words: whole words of ASCII letters whose casefold is in ``words``.

    "Court", "COURT" and "Tribunal", not "court" or "Courts"; each letter's case
    is spelled out, since ``re.IGNORECASE`` also takes "K" (Kelvin) for "k".
    """
    forms = sorted(
        w[0].upper() + "".join(f"[{c}{c.upper()}]" for c in w[1:])
        for w in words
        if w.isascii() and w.isalpha() and w.islower()
    )
    return re.compile(rf"\b(?:{'|'.join(forms)})\b" if forms else "(?!)")


_CAP_WORD = re.compile(r"[A-Z][\w'’.\-]*")
_CAP_BEFORE = re.compile(r"(?<![\w'’])((?:[A-Z][a-z]*\.){2,3}|[A-Z][\w\-]*)\s+$")
_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2}")
_FOR_TAIL = re.compile(
    r",?\s+for\s+the\s+(?:[A-Z][\w\-]*\s+){0,3}(?:District|Circuit|Division)"
    r"(?:\s+of\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?"
)
_NOT_IN_COURT_NAME = frozenset(
    {
        "the",
        "a",
        "an",
        "in",
        "at",
        "before",
        "to",
        "of",
        "and",
        "by",
        "from",
        "federal",
        "state",
        "his",
        "her",
        "their",
    }
)


def _nearest(
    dates: Sequence[DateMention], starts: Sequence[int], start: int, end: int, reach: int
) -> tuple[int, DateMention] | None:
    """The date of sorted ``dates`` (starting at ``starts``) nearest ``[start, end)``, and its gap.

    Found by bisection, so that many phrases in one long sentence cost no more
    than a search each.
    """
    i = bisect.bisect_left(starts, end)
    found: list[tuple[int, DateMention]] = []
    if i < len(dates) and dates[i].start - end <= reach:
        found.append((dates[i].start - end, dates[i]))
    if i > 0:
        d = dates[i - 1]
        gap = max(0, start - d.end)
        if gap <= reach:
            found.append((gap, d))
    return min(found, key=lambda f: f[0]) if found else None


_EVENTS: tuple[tuple[Cued, EventType], ...] = (
    (
        Cued(_AMENDED, ("downgrad", "upgrad", "reduc", "amend", "add", "supersed")),
        EventType.AMENDMENT,
    ),
    (Cued(_ARREST, ("arrested", "custody", "booked")), EventType.ARREST),
    (Cued(_PLEADED, ("pleaded", "pleads", "pled")), EventType.PLEA),
    (Cued(_VERDICT, ("jury", "juror", "guilty", "acquitted", "verdict")), EventType.VERDICT),
)
"""The dated events of a defendant; a lawsuit ("filed a lawsuit") is dated through its
proceeding instead."""


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


def _by_sentence(items: Sequence[_M], sentences: Sequence[Sentence]) -> list[Sequence[_M]]:
    """The items (sorted by start) that start in each sentence, as ``Analysis.names_in`` finds.

    One list of starts for the article, where asking the analysis would look
    its starts up again for every sentence.
    """
    starts = [i.start for i in items]
    return [
        items[bisect.bisect_left(starts, s.start) : bisect.bisect_left(starts, s.end)]
        for s in sentences
    ]


class CourtExtractor:
    """Finds proceedings, courts, settlements and dated events."""

    name = "court"
    version = "1"

    def __call__(self, analysis: Analysis) -> Iterator[SourceClaim]:
        once = Once(analysis, self)
        excluded = _excluded(analysis)
        published = analysis.document.article.source.published
        lex = analysis.lexicon
        quoted = bool(analysis.document.quotations)
        # a sentence the pattern of hearing kinds matches holds one of the words
        hearings, hearing_words = _phrases(tuple(lex.hearing_kinds))
        # one pass reads each sentence's names and defendants; the second needs all of
        # the article's defendants. A sentence naming no one has no defendant, so its
        # charge cues need no search.
        sentences = analysis.sentences
        read: list[
            tuple[
                Sentence,
                str,
                str | None,
                Sequence[NameMention],
                list[NameMention],
                list[NameMention],
            ]
        ] = []
        for s, names in zip(sentences, _by_sentence(analysis.names, sentences), strict=True):
            lowered, low = s.text.casefold(), fold(s.text)
            people = [m for m in names if m.kind is EntityKind.PERSON and m.name not in excluded]
            here = (
                sentence_defendants(analysis, s, excluded)
                if people
                and (_CHARGE_CUE.search(s.text, low) or find_offenses(s.text, s.start, lex))
                else []
            )
            read.append((s, lowered, low, names, people, here))
        defendants = {m.name for *_, found in read for m in found}
        current: list[NameMention] = []
        dated = _by_sentence(analysis.dates, sentences)
        priced = _by_sentence(analysis.money, sentences)
        for (s, lowered, low, names, people, here), dates, money in zip(
            read, dated, priced, strict=True
        ):
            if quoted and in_quotation(analysis, s.start) and in_quotation(analysis, s.end - 1):
                continue
            owners = _dedupe(
                here
                or [m for m in people if m.possessive and m.name in defendants]
                or [m for m in people if m.name in defendants]
                or current
            )[:MAX_PARTIES]
            # the defendant a sentence is about is the one it (or the last) names
            mentioned = [m for m in people if m.name in defendants]
            if here or mentioned:
                current = here or mentioned[-1:]
            # the cheap tests first: a rule whose words or mentions a sentence lacks is skipped
            lawsuit = _LAWSUIT_CUE.search(s.text, low) is not None
            settled = _SETTLEMENT_CUE.search(s.text, low) if money else None
            parties = (
                [
                    m
                    for m in names
                    if m.name not in excluded
                    and not _is_court(m, analysis)
                    and not (quoted and in_quotation(analysis, m.start))
                ]
                if lawsuit or settled
                else []
            )
            sued, suing = self._civil(analysis, s, parties) if lawsuit else ([], [])
            # a court name holds a court word, and a sentence with none names no court
            if holds(lowered, lex.court_words):
                if sued and not here:
                    # "A sued Roe in Marin County Superior Court": the lawsuit's court
                    yield from self._court(analysis, once, s, sued, ProceedingKind.CIVIL)
                elif owners:
                    yield from self._court(analysis, once, s, owners)
            if sued:
                yield from self._civil_claims(analysis, once, s, sued, suing)
            if settled is not None:
                yield from self._settlement(analysis, once, s, dates, parties, settled, money)
            if not dates:
                continue  # every rule below dates its event
            if _INCIDENT_CUE.search(s.text, low):
                yield from self._incident(analysis, once, s, dates, people)
            if holds(lowered, hearing_words):
                yield from self._hearings(
                    analysis, once, s, lowered, low, hearings, dates, owners, published
                )
            if here or current:
                yield from self._other_events(analysis, once, s, low, dates, here or current)

    # -- proceedings ----------------------------------------------------------------

    def _court(
        self,
        analysis: Analysis,
        once: Once,
        s: Sentence,
        owners: list[NameMention],
        kind: ProceedingKind = ProceedingKind.CRIMINAL,
    ) -> Iterator[SourceClaim]:
        text = analysis.text
        for start, end in court_names(analysis, s):
            if not _COURT_CONTEXT.search(text[max(s.start, start - 12) : start]):
                continue
            name = " ".join(text[start:end].split())
            for d in owners:
                subject = Subject(SubjectKind.PROCEEDING, analysis.ref(d), kind.value)
                yield from once(subject, "court", name, s)

    def _civil(
        self, analysis: Analysis, s: Sentence, parties: list[NameMention]
    ) -> tuple[list[NameMention], list[NameMention]]:
        """The defendants and plaintiffs of the lawsuits a sentence tells of.

        "Roe faces a lawsuit", "a lawsuit brought by A against Roe", "A sued
        Roe", "A filed a lawsuit against Roe"; parties are people or
        organizations (courts aside). Asked only of a sentence that tells of a lawsuit.
        """
        text = analysis.text
        faces = _CIVIL_FACES.search(s.text)
        defendants: list[NameMention] = []
        if faces:
            cut = s.start + faces.start()
            defendants = [m for m in parties if m.end <= cut][:1]
        plaintiffs = [
            m
            for m in parties
            if _BROUGHT_BY.search(text[max(s.start, m.start - 60) : m.start].casefold())
        ]
        sued = _SUED.search(s.text)
        passive = _SUED_BY.search(s.text) if sued else None
        if passive and not defendants:
            defendants = [m for m in parties if m.end <= s.start + passive.start()][-1:]
            cut = s.start + passive.end()
            plaintiffs = plaintiffs or [m for m in parties if m.start >= cut][:1]
        elif sued and not defendants:
            cut = s.start + sued.end()
            after = [m for m in parties if m.start >= cut]
            before = [m for m in parties if m.end <= s.start + sued.start()]
            defendants, plaintiffs = after[:1], plaintiffs or before[:1]
        against = _SUIT_AGAINST.search(s.text)
        if against and not defendants:
            # "a lawsuit brought by A against Roe"
            cut = s.start + against.end()
            defendants = [
                m
                for m in parties
                if m.start == cut
                or (cut <= m.start < cut + 40 and _ARTICLE_ONLY.fullmatch(text[cut : m.start]))
            ][:1]
        taken = {d.name for d in defendants}
        return defendants, _dedupe([p for p in plaintiffs if p.name not in taken])[:MAX_PARTIES]

    def _civil_claims(
        self,
        analysis: Analysis,
        once: Once,
        s: Sentence,
        defendants: list[NameMention],
        plaintiffs: list[NameMention],
    ) -> Iterator[SourceClaim]:
        for d in defendants:
            subject = Subject(SubjectKind.PROCEEDING, analysis.ref(d), ProceedingKind.CIVIL.value)
            yield from once(subject, "defendant", analysis.ref(d), s)
            for p in plaintiffs:
                yield from once(subject, "plaintiff", analysis.ref(p), s)

    def _settlement(
        self,
        analysis: Analysis,
        once: Once,
        s: Sentence,
        dates: Sequence[DateMention],
        parties: list[NameMention],
        match: re.Match[str],
        money: Sequence[MoneyMention],
    ) -> Iterator[SourceClaim]:
        """A settlement or fine: its payer, amount, kind, counterparty and date.

        A settlement with a regulator (a party named with a word of the lexicon's
        ``regulator_words``) settles a regulatory proceeding against the payer.
        The counterparty is the party (or the regulators) after "with", "by"
        or "to" ("a settlement with regulators", "fined by the agency",
        "brought by Roe"), else a regulator the sentence names; the payer is
        the first other organization, else the first other person (a person's
        fine without a regulator is a criminal sentence, not a settlement). ``match``
        is the sentence's settlement word, ``money`` the sums it names.
        """
        lex = analysis.lexicon
        amount = money[0]
        kind = _money_kind(analysis, s, amount.end)
        counterparty: EntityRef | None = None
        span = (s.end, s.end)
        starts = [p.start for p in parties]
        for m in _WITH_PARTY.finditer(s.text):
            lo, hi = s.start + m.start(1), s.start + m.end(1)
            named = parties[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
            phrase = " ".join(m.group(1).split())
            if named:
                counterparty, span = analysis.ref(named[0]), (lo, hi)
            elif _is_regulator(phrase, lex):
                counterparty = EntityRef(EntityKind.ORGANIZATION, phrase.removeprefix("the "))
                span = (lo, hi)
            if counterparty is not None:
                break
        others = [p for p in parties if not span[0] <= p.start < span[1]]
        if counterparty is None:
            regulators = [
                p
                for p in others
                if p.kind is EntityKind.ORGANIZATION and _is_regulator(p.name, lex)
            ]
            if regulators:
                counterparty = analysis.ref(regulators[0])
                others = [p for p in others if p.name != regulators[0].name]
        orgs = [
            p
            for p in others
            if p.kind is EntityKind.ORGANIZATION and not _is_regulator(p.name, lex)
        ]
        persons = [p for p in others if p.kind is EntityKind.PERSON]
        regulatory = counterparty is not None and _is_regulator(counterparty.name, lex)
        if orgs:
            payer = orgs[0]
        elif persons and (kind != SettlementKind.FINE.value or regulatory):
            payer = persons[0]
        else:
            return
        payer_ref = analysis.ref(payer)
        subject = Subject(SubjectKind.SETTLEMENT, payer_ref, kind)
        yield from once(subject, "amount", Money(amount.value.amount, amount.value.currency), s)
        if counterparty is not None and counterparty != payer_ref:
            yield from once(subject, "party", counterparty, s)
        near = _date_near(dates, s.start + match.start(), s.start + match.end())
        date = near.value if near is not None else None
        if date is not None:
            yield from once(subject, "date", date, s)
        if regulatory:
            # a dispute with a regulator: settled if the parties agreed, else only pending
            proceeding = Subject(
                SubjectKind.PROCEEDING, payer_ref, ProceedingKind.REGULATORY.value
            )
            yield from once(proceeding, "defendant", payer_ref, s)
            if _AGREED.search(s.text):
                yield from once(proceeding, "status", Transition("settled", date), s)

    # -- events -----------------------------------------------------------------------

    def _event(
        self,
        analysis: Analysis,
        once: Once,
        s: Sentence,
        key: str,
        anchor: EntityRef | None,
        date: FuzzyDate,
        status: EventStatus,
        participants: Sequence[EntityRef] = (),
    ) -> Iterator[SourceClaim]:
        subject = Subject(SubjectKind.EVENT, anchor, key)
        yield from once(subject, "date", date, s)
        yield from once(subject, "status", Transition(status.value), s)
        for p in participants:
            if anchor is None or p != anchor:
                yield from once(subject, "participant", p, s)

    def _incident(
        self,
        analysis: Analysis,
        once: Once,
        s: Sentence,
        dates: Sequence[DateMention],
        people: list[NameMention],
    ) -> Iterator[SourceClaim]:
        """The dated incident of a sentence with an incident word."""
        for d in dates:
            if d.value is None or d.relative:
                continue
            window = s.text[max(0, d.start - s.start - 40) : d.end - s.start + 25]
            before = s.text[max(0, d.start - s.start - 25) : d.start - s.start].casefold()
            if _NOT_INCIDENT.search(before):
                continue
            if not _INCIDENT.search(window):
                continue
            participants = [
                analysis.ref(m) for m in _dedupe(people) if not in_quotation(analysis, m.start)
            ][:MAX_PARTIES]
            yield from self._event(
                analysis,
                once,
                s,
                EventType.INCIDENT.value,
                None,
                d.value,
                EventStatus.OCCURRED,
                participants,
            )
            return

    def _hearings(
        self,
        analysis: Analysis,
        once: Once,
        s: Sentence,
        lowered: str,
        low: str | None,
        hearings: re.Pattern[str],
        dates: Sequence[DateMention],
        owners: list[NameMention],
        published: dt.date | None,
    ) -> Iterator[SourceClaim]:
        """A hearing or trial with a date, for its possessor or the sentence's defendants.

        Cancelled, moved or scheduled by the sentence's verbs; otherwise a
        date before publication has occurred and one after it is scheduled.
        ``hearings`` finds the lexicon's hearing kinds.
        """
        lex = analysis.lexicon
        # each kind written, with the date nearest to it; the hearing is the one nearest
        # its date ("at the hearing, her trial was set for May 2": the trial's), the
        # longer kind first on a tie ("preliminary hearing" holds "hearing")
        resolved = [d for d in dates if d.value is not None]
        starts = [d.start for d in resolved]
        best: tuple[tuple[int, int, int], re.Match[str], DateMention] | None = None
        for at in hearings.finditer(lowered):
            start, end = s.start + at.start(), s.start + at.end()
            close = _nearest(resolved, starts, start, end, reach=40)
            if close is None:
                continue
            rank = (close[0], -len(at.group()), at.start())
            if best is None or rank < best[0]:
                best = (rank, at, close[1])
        if best is None:
            return
        _, at, near = best
        assert near.value is not None
        label = lex.hearing_kinds[at.group()]
        start = s.start + at.start()
        possessor = [
            m
            for m in analysis.names_in(max(s.start, start - 40), start)
            if m.kind is EntityKind.PERSON and m.possessive and start - m.end < 30
        ]
        anchors = possessor or owners
        first, last = near.value.interval()
        if _CANCELLED_CUE.search(s.text, low):
            status = EventStatus.CANCELLED
        elif _MOVED_CUE.search(s.text, low) or _SCHEDULED_CUE.search(s.text, low):
            status = EventStatus.SCHEDULED
        elif published is not None and (
            last < published or (first == published and "during" in lowered)
        ):
            status = EventStatus.OCCURRED
        elif published is not None and first > published:
            status = EventStatus.SCHEDULED
        else:
            status = EventStatus.OCCURRED
        kind = EventType.TRIAL if label == "trial" else EventType.HEARING
        key = f"{kind.value}:{label}" if label and kind is EventType.HEARING else kind.value
        for a in anchors[:2]:
            yield from self._event(analysis, once, s, key, analysis.ref(a), near.value, status)

    def _other_events(
        self,
        analysis: Analysis,
        once: Once,
        s: Sentence,
        low: str | None,
        dates: Sequence[DateMention],
        defendants: list[NameMention],
    ) -> Iterator[SourceClaim]:
        """Amendments, arrests, pleas and verdicts of the defendants, by the date nearest."""
        refs: list[EntityRef] = []
        for cue, etype in _EVENTS:
            m = cue.search(s.text, low)
            if m is None:
                continue
            near = _date_near(dates, s.start + m.start(), s.start + m.end(), reach=50)
            if near is None or near.value is None:
                continue
            refs = refs or [analysis.ref(d) for d in defendants]
            yield from self._event(
                analysis, once, s, etype.value, refs[0], near.value, EventStatus.OCCURRED, refs
            )
