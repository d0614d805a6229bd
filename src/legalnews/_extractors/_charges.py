"""Charges, and what happens to them: counts, filing, pleas, status, sentences.

Rules, each tested with sentences of our own in ``tests/test_charges.py``:

* an offense from the lexicon, with its defendant: "charges against Roe",
  "Roe's fraud charges", "Roe was charged with fraud", "charged Roe with";
  a sentence that names no defendant continues the previous one's;
* counts in words or digits ("two counts of fraud");
* the filing date: a date attached to "was charged" / "indicted";
* status verbs: dismissed, dropped, withdrawn, removed (dismissed);
  convicted, found guilty (convicted); acquitted, found not guilty
  (acquitted); "still faces" (pending), each with the date attached to it
  and the clause's modality ("set to be dropped" is expected);
* pleas (not guilty, guilty, no contest), with or without prejudice,
  penalty bounds ("a five-year minimum", "a maximum of 18 months");
* sentences: kind, term, suspended, date ("a suspended sentence of six
  months of probation", "sentenced to five years in prison").

Generic "the charges" apply to the defendant's offenses the article names
(penalty enhancements aside). Speakers' quotations and hedged clauses
("it is unclear whether", "could be refiled") make no status claims.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache

import attrs

from .._claims import EntityRef, SourceClaim, Subject, Transition
from .._dates import FuzzyDate
from .._document import Sentence
from .._numbers import parse_count
from .._temporal import DateMention
from .._vocab import ChargeStatus, EntityKind, Modality, Plea, SubjectKind
from ._analysis import Analysis
from ._context import article_titles, in_quotation, modality_at, modality_of
from ._lexicon import Lexicon
from ._names import NameMention

__all__ = ["ChargesExtractor", "Offense", "find_offenses", "sentence_defendants"]

_NON_DEFENDANT_HEADS = frozenset({"prosecutor", "attorney", "lawyer", "judge", "counsel",
                                  "expert", "analyst", "professor", "defender", "spokesman",
                                  "spokeswoman", "spokesperson", "reporter", "journalist"})

_CHARGE_CUE = re.compile(
    r"\b(?:charges?|charged|counts?|indict\w*|convict\w*|pleaded|plea|acquit\w*|"
    r"prosecut\w*|accused|faces?|facing|faced|enhancements?|case)\b", re.IGNORECASE)
_VERB = re.compile(
    r"\b(?:charged|overcharged|indicted|faces|faced|facing|face|pleaded|convicted|sentenced|"
    r"accused|arrested|acquitted|pursuing)\b", re.IGNORECASE)
_AGAINST = re.compile(r"\bagainst\s+(?:(?:the|a|an|former)\s+)?(?:[a-z][\w'’\-]*\s+){0,3}$")
_COORDINATED = re.compile(r"\s+(?:and|as\s+well\s+as|along\s+with)\s+(?:the\s+)?"
                          r"(?:[\w'’\-]+\s+){0,4}$")
_ALONG_WITH = re.compile(r"\b(?:along\s+with|as\s+well\s+as|together\s+with)\s+"
                         r"(?:[\w'’\-]+\s+){0,4}$", re.IGNORECASE)
_CHARGED_OBJECT = re.compile(r"\b(?:charged|indicted)\s+$", re.IGNORECASE)

_DISMISSED = re.compile(
    r"\b(?:dismiss(?:ed|es|ing)?|dropp(?:ed|ing)|drops?|withdr(?:awn|ew|aw|awing)|tossed|"
    r"thrown\s+out|vacated|removed|removing|quashed)\b", re.IGNORECASE)
_CONVICTED = re.compile(r"\b(?:convicted|conviction|found\s+guilty)\b", re.IGNORECASE)
_ACQUITTED = re.compile(r"\b(?:acquitted|acquittal|found\s+not\s+guilty)\b", re.IGNORECASE)
_PENDING = re.compile(r"\b(?:still\s+(?:faces|facing|face|charged)|remains?\s+charged|"
                      r"is\s+still\s+charged)\b", re.IGNORECASE)
_DOWNGRADED = re.compile(r"\b(?:downgrad\w+|reduced)\b", re.IGNORECASE)
_CIVIL = re.compile(r"\b(?:civil|lawsuits?|suits?|sued|suing)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"^\s*(?:Both|They|He|She)\b|\bagainst\s+(?:him|her|them)\b")
_MOTION = re.compile(r"\bmotions?\s+to\s+(?:dismiss|drop)\b", re.IGNORECASE)
_HEDGES = ("whether", "unclear", "not clear", "unlikely", "likely", "possible", "possibly",
           "could potentially", "new charges", "if found", "if convicted", "in theory",
           "would have", "refile", "refiled", "resurrect", "no longer facing")
_FILED = re.compile(r"\b(?:was|were|been|is|are|being|get|got)\s+(?:formally\s+|also\s+)?"
                    r"(?:charged|indicted)\b|\b(?:charged|indicted)\s+\w+(?:\s+\w+)?\s+with\b",
                    re.IGNORECASE)
_COUNTS = re.compile(r"\b([\w\-]+)\s+(?:felony\s+|misdemeanor\s+|criminal\s+)?counts?\s+of\s+"
                     r"(?:[a-z\-]+\s+){0,2}$", re.IGNORECASE)
_PLEA = re.compile(r"\b(?:pleaded|pleads|pled|plead)\s+(not\s+guilty|no\s+contest|guilty|"
                   r"innocent)|\bpleas?\s+of\s+(not\s+guilty|no\s+contest|guilty)", re.IGNORECASE)
_PREJUDICE = re.compile(r"\b(with|without)\s+prejudice\b", re.IGNORECASE)
_MINIMUM = re.compile(r"\bminimum\b", re.IGNORECASE)
_MAXIMUM = re.compile(r"\b(?:maximum|up\s+to)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"\bsentenced?\b|\bprobation\b|\bin\s+prison\b", re.IGNORECASE)
_SUSPENDED = re.compile(r"\bsuspended\b", re.IGNORECASE)
_INCIDENT_AFTER = re.compile(r"^\W{0,3}(?:\w+\s+){0,1}(?:shooting|death|killing|crash|accident|"
                             r"attack|incident|fire|murder|stabbing)", re.IGNORECASE)

_PLEAS = {"not guilty": Plea.NOT_GUILTY, "innocent": Plea.NOT_GUILTY,
          "no contest": Plea.NO_CONTEST, "guilty": Plea.GUILTY}


@attrs.frozen
class Offense:
    """An offense named in the text: where, as written, and its canonical name."""

    start: int
    end: int
    text: str
    canonical: str


@lru_cache(maxsize=8)
def _offense_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(f).replace(r"\ ", r"[\s\-]+")
                           for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})(?:\s+penalty)?\b", re.IGNORECASE)


def find_offenses(text: str, offset: int, lexicon: Lexicon) -> list[Offense]:
    """Offenses of the lexicon in ``text`` (whose first character is at ``offset``)."""
    pattern = _offense_pattern(tuple(sorted(lexicon.offenses)))
    out = []
    for m in pattern.finditer(text):
        written = " ".join(m.group().casefold().replace("-", " ").split())
        key = next((f for f in (written, written.removesuffix(" penalty"))
                    if f in lexicon.offenses), None)
        if key is None:
            key = next((f for f in lexicon.offenses
                        if " ".join(f.replace("-", " ").split()) in (
                            written, written.removesuffix(" penalty"))), None)
        if key is not None:
            out.append(Offense(offset + m.start(), offset + m.end(), m.group(),
                               lexicon.offenses[key]))
    return out


def _is_enhancement(offense: str, lexicon: Lexicon) -> bool:
    return any(w in lexicon.enhancement_words for w in offense.split())


def _excluded(analysis: Analysis) -> set[str]:
    """People the article describes as lawyers, prosecutors or judges: not defendants."""
    out = set()
    for name, titles in article_titles(analysis).items():
        if any(t.text.split()[-1] in _NON_DEFENDANT_HEADS for t in titles):
            out.add(name)
    return out


def sentence_defendants(
    analysis: Analysis, sentence: Sentence, excluded: set[str]
) -> list[NameMention]:
    """The people a charge sentence is about, by the rules in the module doc."""
    text = analysis.text
    people = [m for m in analysis.names_in(sentence.start, sentence.end)
              if m.kind is EntityKind.PERSON and m.name not in excluded
              and not in_quotation(analysis, m.start)]
    if not people:
        return []
    chosen: list[NameMention] = []
    for i, m in enumerate(people):
        before = text[max(sentence.start, m.start - 50) : m.start]
        if _AGAINST.search(before) or _CHARGED_OBJECT.search(before[-20:]):
            chosen.append(m)
            for n in people[i + 1 :]:
                gap = text[chosen[-1].end : n.start]
                if len(gap) < 60 and _COORDINATED.fullmatch(gap):
                    chosen.append(n)
                else:
                    break
            break
    if not chosen:
        for m in people:
            if text[m.end : m.end + 40].casefold().lstrip("'’s ").startswith(
                tuple(f for f in ("charge", "involuntary", "criminal", "felony"))
            ) and m.possessive:
                chosen.append(m)
    if not chosen:
        verb = _VERB.search(sentence.text)
        if verb is not None:
            cut = sentence.start + verb.start()
            chosen = [m for m in people if m.end <= cut and not _victim_context(text, m)]
            charging = verb.group().casefold() in ("charged", "indicted", "convicted",
                                                   "arrested", "accused")
            for m in people:
                if charging and m.start > cut and _ALONG_WITH.search(
                    text[max(sentence.start, m.start - 50) : m.start]
                ):
                    chosen.append(m)
    return _dedupe(chosen)


def _victim_context(text: str, m: NameMention) -> bool:
    before = text[max(0, m.start - 40) : m.start].casefold()
    return any(w in before for w in ("death of", "killing", "shooting of", "killed", "murder of"))


def _dedupe(mentions: Sequence[NameMention]) -> list[NameMention]:
    seen: dict[str, NameMention] = {}
    for m in mentions:
        seen.setdefault(m.name, m)
    return list(seen.values())


def _attached_date(
    dates: Sequence[DateMention], at: int, sentence: Sentence, reach: int = 40
) -> FuzzyDate | None:
    """The date that goes with the verb at offset ``at``.

    The first resolved date written within ``reach`` characters after the
    verb, else the nearest one before it in the same clause ("pleaded no
    contest in March to a conviction"), never a date that names an incident
    ("the October 2021 shooting").
    """
    usable = [d for d in dates if d.value is not None
              and not _INCIDENT_AFTER.match(sentence.text[d.end - sentence.start :])]
    for d in usable:
        if at <= d.start <= at + reach:
            return d.value
    before = [d for d in usable if d.end <= at and (
        d.start - sentence.start < 3  # "Two months ago, prosecutors dropped ..."
        or not re.search(r"[,;:]", sentence.text[d.end - sentence.start : at - sentence.start]))]
    return before[-1].value if before else None


class ChargesExtractor:
    """Finds charges, their counts, filing dates, statuses, pleas and sentences."""

    name = "charges"
    version = "1"

    def __call__(self, analysis: Analysis) -> Iterator[SourceClaim]:
        lex = analysis.lexicon
        excluded = _excluded(analysis)
        known: dict[str, list[str]] = defaultdict(list)  # defendant -> offenses in article
        self._last_filed: FuzzyDate | None = None
        plan: list[tuple[Sentence, list[NameMention], list[Offense]]] = []
        last: list[NameMention] = []
        for s in analysis.sentences:
            if in_quotation(analysis, s.start) and in_quotation(analysis, s.end - 1):
                continue
            offenses = [o for o in find_offenses(s.text, s.start, lex)
                        if not in_quotation(analysis, o.start)]
            if not offenses and not _CHARGE_CUE.search(s.text):
                continue
            defendants = sentence_defendants(analysis, s, excluded)
            people_here = [m for m in analysis.names_in(s.start, s.end)
                           if m.kind is EntityKind.PERSON]
            if not defendants and (not people_here or _PRONOUN.search(s.text)):
                defendants = last
            if defendants:
                last = defendants
                for d in defendants:
                    for o in offenses:
                        if o.canonical not in known[d.name]:
                            known[d.name].append(o.canonical)
            plan.append((s, defendants, offenses))

        for s, defendants, offenses in plan:
            yield from self._sentence(analysis, s, defendants, offenses, known)

    def _sentence(
        self, analysis: Analysis, s: Sentence, defendants: list[NameMention],
        offenses: list[Offense], known: dict[str, list[str]],
    ) -> Iterator[SourceClaim]:
        lex = analysis.lexicon
        text = analysis.text
        lowered = s.text.casefold()
        dates = analysis.dates_in(s.start, s.end)
        hedged = any(h in lowered for h in _HEDGES)
        modality = modality_of(s.text, lex)
        clean = _MOTION.sub(lambda m: " " * len(m.group()), s.text)

        shared = _unique([o for d in defendants for o in known.get(d.name, [])
                          if not _is_enhancement(o, lex)])
        for d in defendants:
            ref = analysis.ref(d)
            named = [o.canonical for o in offenses]
            # "the charges" are the defendant's own; "charged along with X", X's too
            targets = _unique(named) or [o for o in known.get(d.name, [])
                                         if not _is_enhancement(o, lex)] or shared

            def subject(offense: str, ref: EntityRef = ref) -> Subject:
                return Subject(SubjectKind.CHARGE, ref, offense)

            for o in offenses:
                yield analysis.claim(self, subject(o.canonical), "offense_text", o.text, s)
                counts = _COUNTS.search(text[max(s.start, o.start - 40) : o.start])
                if counts:
                    n = parse_count(counts.group(1))
                    if n is not None and 0 < n < 1000 and counts.group(1).casefold() not in (
                        "a", "an"
                    ):
                        yield analysis.claim(self, subject(o.canonical), "counts", n, s)

            filed = _FILED.search(s.text)
            if filed and not hedged and "again" not in lowered:
                date = _attached_date(dates, s.start + filed.start(), s, reach=90)
                if date is None and re.search(r"\balso\s+(?:been\s+)?(?:charged|indicted)\b",
                                              lowered):
                    date = self._last_filed  # "X was also charged": with the others
                if date is not None:
                    self._last_filed = date
                    for o in targets:
                        yield analysis.claim(self, subject(o), "filed", date, s, modality)

            downgraded = _DOWNGRADED.search(s.text)
            if downgraded and re.search(r"penalt|enhancement", lowered):
                # downgrading penalties removes the enhancements the article names
                date = _attached_date(dates, s.start + downgraded.start(), s)
                verb_modality = modality_at(s.text, downgraded.start(), downgraded.end(), lex)
                for o in known.get(d.name, []):
                    if _is_enhancement(o, lex):
                        yield analysis.claim(self, subject(o), "status",
                                             Transition(ChargeStatus.DISMISSED.value, date), s,
                                             verb_modality)

            civil_only = bool(_CIVIL.search(s.text)) and not offenses and not re.search(
                r"\bcharge|\bcounts?\b|\bindict", lowered)
            if not hedged and not civil_only:
                for status, pattern in ((ChargeStatus.DISMISSED, _DISMISSED),
                                        (ChargeStatus.CONVICTED, _CONVICTED),
                                        (ChargeStatus.ACQUITTED, _ACQUITTED),
                                        (ChargeStatus.PENDING, _PENDING)):
                    m = pattern.search(clean)
                    if m is None:
                        continue
                    if status is ChargeStatus.DISMISSED and re.search(
                        r"\bdowngrad", lowered
                    ):
                        continue
                    date = _attached_date(dates, s.start + m.start(), s)
                    chosen = targets
                    if status is ChargeStatus.DISMISSED and not named and "enhancement" in lowered:
                        chosen = [o for o in known.get(d.name, []) if _is_enhancement(o, lex)]
                    verb_modality = modality_at(s.text, m.start(), m.end(), lex)
                    for o in chosen:
                        yield analysis.claim(self, subject(o), "status",
                                             Transition(status.value, date), s, verb_modality)
                    break

            prejudice = _PREJUDICE.search(s.text)
            if prejudice:
                for o in targets:
                    yield analysis.claim(self, subject(o), "with_prejudice",
                                         prejudice.group(1).casefold() == "with", s, modality)

            plea = _PLEA.search(s.text)
            if plea and not hedged:
                value = _PLEAS[" ".join((plea.group(1) or plea.group(2)).casefold().split())]
                for o in targets:
                    yield analysis.claim(self, subject(o), "plea", value, s, modality)

            for dur in analysis.durations_in(s.start, s.end):
                window = text[max(s.start, dur.start - 40) : dur.end + 15]
                field = ("penalty_min" if _MINIMUM.search(window)
                         else "penalty_max" if _MAXIMUM.search(window) else None)
                if field is None or not offenses and not targets:
                    continue
                after = [o for o in offenses if o.start >= dur.end]
                offense = (after[0].canonical if after else offenses[-1].canonical if offenses
                           else None)
                if offense is None and "enhancement" in lowered:
                    enh = [o for o in known.get(d.name, []) if _is_enhancement(o, lex)]
                    offense = enh[0] if enh else None
                if offense is not None:
                    yield analysis.claim(self, subject(offense), field, dur.value, s,
                                         Modality.ASSERTED)

            yield from self._sentences(analysis, s, ref, dates)

    def _sentences(
        self, analysis: Analysis, s: Sentence, ref: EntityRef, dates: Sequence[DateMention]
    ) -> Iterator[SourceClaim]:
        """Sentences imposed: "a suspended sentence of six months of probation"."""
        if not _SENTENCE.search(s.text):
            return
        lex = analysis.lexicon
        lowered = s.text.casefold()
        if any(h in lowered for h in ("if found", "if convicted", "could", "would", "faces up",
                                      "facing up", "carried", "carries", "maximum", "minimum")):
            return
        for dur in analysis.durations_in(s.start, s.end):
            tail = analysis.text[dur.end : min(s.end, dur.end + 25)].casefold()
            kind = next((k for w, k in sorted(lex.sentence_kinds.items(), key=lambda kv: -len(kv[0]))
                         if re.match(rf"\s*(?:of\s+|in\s+)?{re.escape(w)}\b", tail)), None)
            if kind is None:
                continue
            subject = Subject(SubjectKind.SENTENCE, ref, kind)
            yield analysis.claim(self, subject, "term", dur.value, s)
            if _SUSPENDED.search(analysis.text[max(s.start, dur.start - 40) : dur.start]):
                yield analysis.claim(self, subject, "suspended", True, s)
            date = next((d.value for d in dates if d.value is not None), None)
            if date is not None:
                yield analysis.claim(self, subject, "date", date, s)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
