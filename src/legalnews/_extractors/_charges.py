"""Charges, and what happens to them: counts, filing, pleas, status, sentences.

Rules, each tested with sentences of our own in ``tests/test_charges.py``:

* an offense from the lexicon (one trie-shaped pattern; the longest form
  wins; spaces and hyphens alike), with its defendant: "charges against
  Roe", "Roe's fraud charges" / "Roe's fraud case", "Roe was charged with
  fraud", "charged (former treasurer) Roe with", "convicted Roe of", "found
  Roe guilty", "Roe and Doe were indicted", "Roe, along with Doe, was
  charged"; "Roe was charged with fraud, and Doe with theft" gives each
  their own offense; a sentence that names no defendant (or says "he",
  "they", "both") continues the previous one's; people the article titles
  as lawyers, prosecutors or judges, and victims ("the death of Doe"), are
  not taken for defendants;
* counts in words or digits ("two counts of fraud", "3 felony counts");
* the filing date: a date attached to "was charged" / "indicted" (in the
  defendant's own clause); "Doe was also charged" takes the offense and
  date of the charge before;
* status verbs: dismissed, dropped, withdrawn, tossed (dismissed);
  convicted, found (Roe) guilty (convicted); acquitted, found (Roe) not
  guilty (acquitted); "still faces" (pending), each with the date attached
  to it (within reach, or further on in the verb's own clause) and the
  verb's modality ("set to be dropped" is expected, "reportedly dropping"
  reported); downgraded penalties dismiss the penalty enhancements;
* pleas (not guilty, innocent, guilty, no contest), with or without
  prejudice, penalty bounds ("a five-year minimum", "up to 20 years", "a
  maximum of 18 months"), for the offense written after the bound;
* sentences imposed: kind, term, suspended, date ("a suspended sentence of
  six months of probation", "sentenced to five years in prison", "ordered
  to pay a $2 million fine", "fined $5,000"), never what a charge carries.

Generic "the charges" apply to the defendant's offenses the article names
(penalty enhancements aside). Speakers' quotations, motions to dismiss and
hedged clauses ("it is unclear whether", "could be refiled") make no status
claims. Every rule reads bounded windows or one pass of a sentence, at most
:data:`MAX_PARTIES` defendants a sentence, and makes each claim once, so
the cost stays linear in the text on hostile input.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any, Protocol

import attrs

from .._claims import EntityRef, SourceClaim, Subject, Transition, Value
from .._dates import FuzzyDate
from .._document import Sentence
from .._numbers import parse_count
from .._quantities import Duration
from .._temporal import DateMention
from .._vocab import ChargeStatus, EntityKind, Modality, Plea, SentenceKind, SubjectKind
from ._analysis import Analysis
from ._context import article_titles, in_quotation, modality_at, modality_of, reported_in
from ._cues import Cued, fold, holds
from ._lexicon import Lexicon
from ._names import NameMention

__all__ = ["ChargesExtractor", "Offense", "find_offenses", "sentence_defendants"]

MAX_PARTIES = 20
"""The most parties (defendants, participants) one sentence is read to name.

No news sentence names more; the bound keeps the claims of a sentence, each of
which quotes (and hashes) the sentence, linear in its length on hostile text.
"""

_CHARGE_CUE = Cued(
    r"\b(?:charges?|charged|counts?|indict\w*|convict\w*|pleaded|plea|acquit\w*|"
    r"prosecut\w*|accused|faces?|facing|faced|enhancements?|case|sentenc\w*|fined|probation|"
    r"arrest\w*)\b"
)
_VERB = Cued(
    r"\b(?:charged|overcharged|indicted|faces|faced|facing|face|pleaded|pleads|pled|pleading|"
    r"convicted|sentenced|accused|arrested|acquitted|pursuing|found|received|receives|"
    r"ordered|admitted|cleared|entered|fined|denied)\b"
)
_AGAINST = re.compile(r"\bagainst\s+(?:(?:the|a|an|former)\s+)?(?:[a-z][\w'’\-]*\s+){0,3}$")
_COORDINATED = re.compile(
    r"\s+(?:and|as\s+well\s+as|along\s+with)\s+(?:the\s+)?"
    r"(?:[\w'’\-]+\s+){0,4}$"
)
_ALONG_WITH = re.compile(
    r"\b(?:along\s+with|as\s+well\s+as|together\s+with)\s+"
    r"(?:[\w'’\-]+\s+){0,4}$",
    re.IGNORECASE,
)
_CHARGED_OBJECT = re.compile(
    r"\b(?:charged|indicted|convicted|acquitted|sentenced|arraigned|"
    r"accused|arrested|charging|indicting|convicting|ordered|fined)\s+$",
    re.IGNORECASE,
)
_OBJECT_CUES = (
    "charg",
    "indict",
    "convict",
    "acquitted",
    "sentenced",
    "arraigned",
    "accused",
    "arrested",
    "ordered",
    "fined",
    "found",
)
"""What a sentence must hold for ``_CHARGED_OBJECT`` or ``_FOUND_GUILTY`` to match in it."""
_OBJECT_TITLE = re.compile(r"\s[\w.\-]{1,30}$")
_POSSESSIVE_S = re.compile(r"['’]s?\s+|\s+")
# fmt: off
_FUNCTION_WORDS = frozenset({
    "with", "and", "or", "of", "in", "on", "at", "for", "to", "by", "from", "after", "before",
    "that", "who", "which", "whom", "as", "but", "than", "into", "over", "under", "about",
    "while", "when", "since", "until", "against", "along", "also", "not", "his", "her",
    "their", "its", "him", "them", "he", "she", "they", "was", "were", "is", "are", "been",
})
# fmt: on
"""Words that end a title between a charging verb and its object."""
_FOUND_GUILTY = re.compile(r"\bfound\s+$", re.IGNORECASE)
_GUILTY_AFTER = re.compile(r"\s+(?:not\s+)?guilty\b", re.IGNORECASE)
_POSSESSED = re.compile(
    r"(?:['’]s?)?\s+(?:(?:criminal|felony|misdemeanor|federal|state|remaining|original|"
    r"pending|new|two|three|four|five|six|[a-z]+-count)\s+){0,2}"
    r"(?:charges?|counts?|indictments?|case|conviction|acquittal|plea|trial|arraignment)\b",
    re.IGNORECASE,
)

_DISMISSED = Cued(
    r"\b(?:dismiss(?:ed|es|ing)?|dropp(?:ed|ing)|drops?|withdr(?:awn|ew|aw|awing)|tossed|"
    r"thrown\s+out|vacated|removed|removing|quashed)\b",
    cues=("dismiss", "drop", "withdr", "tossed", "thrown", "vacated", "remov", "quashed"),
)
# "found guilty", "found Roe guilty" (a bounded run of words, none of them "not")
_CONVICTED = Cued(
    r"\b(?:convicted|conviction|found\s+(?:(?!not\b)[\w'’.\-]+\s+){0,4}?"
    r"guilty)\b",
    cues=("convict", "guilty"),
)
_ACQUITTED = Cued(
    r"\b(?:acquitted|acquittal|found\s+(?:[\w'’.\-]+\s+){0,4}?not\s+guilty)\b",
    cues=("acquit", "guilty"),
)
_PENDING = Cued(
    r"\b(?:still\s+(?:faces|facing|face|charged)|remains?\s+charged|"
    r"is\s+still\s+charged)\b",
    cues=("still", "remain"),
)
_DOWNGRADED = Cued(r"\b(?:downgrad\w+|reduced)\b", cues=("downgrad", "reduced"))
_CIVIL = Cued(
    r"\b(?:civil|lawsuits?|suits?|sued|suing)\b", cues=("civil", "suit", "sued", "suing")
)
_CRIMINAL = re.compile(r"\bcharge|\bcounts?\b|\bindict")
"""What makes a sentence that speaks of a lawsuit a criminal one too (read casefolded)."""
_DOWNGRADE = re.compile(r"\bdowngrad")
"""A downgrade, which is no dismissal (read casefolded)."""
_PRONOUN = re.compile(r"^\s*(?:Both|They|He|She)\b|\bagainst\s+(?:him|her|them)\b")
_MOTION = Cued(r"\bmotions?\s+to\s+(?:dismiss|drop)\b", cues=("motion",))
_FILED = Cued(
    r"\b(?:was|were|been|is|are|being|get|got)\s+(?:formally\s+|also\s+)?"
    r"(?:charged|indicted)\b|\b(?:charged|indicted)\s+(?:[\w.'’\-]+\s+){1,6}?with\b",
    cues=("charged", "indicted"),
)
_COUNTS = re.compile(
    r"\b([\w\-]+)\s+(?:felony\s+|misdemeanor\s+|criminal\s+)?counts?\s+of\s+"
    r"(?:[a-z\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PLEA = Cued(
    r"\b(?:pleaded|pleads|pled|plead)\s+(not\s+guilty|no\s+contest|guilty|"
    r"innocent)|\bpleas?\s+of\s+(not\s+guilty|no\s+contest|guilty)",
    cues=("plea", "pled"),
)
_PREJUDICE = Cued(r"\b(with|without)\s+prejudice\b", cues=("prejudice",))
_MINIMUM = re.compile(r"\bminimum\b", re.IGNORECASE)
_MAXIMUM = re.compile(r"\b(?:maximum|up\s+to)\b", re.IGNORECASE)
_SENTENCE = Cued(
    r"\bsentenced?\b|\bprobation\b|\bin\s+prison\b|\bfine[ds]?\b",
    cues=("sentence", "probation", "prison", "fine"),
)
_SENTENCED = Cued(r"\b(?:sentenced|fined|ordered)\b", cues=("sentenced", "fined", "ordered"))
_FINE_AFTER = re.compile(r"\s*(?:in\s+)?fines?\b", re.IGNORECASE)
_FINED_BEFORE = re.compile(r"\bfined\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
_SUSPENDED = re.compile(r"\bsuspended\b", re.IGNORECASE)
_BEFORE_BREAK = re.compile(r"[,;:]|\band\b")
"""What separates a verb from a date before it: "pleaded guilty in May and was sentenced"."""
_INCIDENT_AFTER = re.compile(
    r"\W{0,3}(?:\w+\s+){0,1}(?:shooting|death|killing|crash|accident|"
    r"attack|incident|fire|murder|stabbing)",
    re.IGNORECASE,
)

_GAP_BEFORE = re.compile(r"(?:,\s*|\s)(?:and|while|whereas)\s+$")
_GAP_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|has\s+been)\s+(?:also\s+)?(?:charged|indicted|"
    r"accused|convicted)\s+)?(?:with|of)\s"
)
_ALSO_CHARGED = Cued(r"\balso\s+(?:been\s+)?(?:charged|indicted)\b", cues=("also",))
_CLAUSE_BREAK = re.compile(
    r"[,;:()—–]|\b(?:and|but|after|before|when|while|which|who|that|"
    r"since|because|until)\b",
    re.IGNORECASE,
)

_PLEAS = {
    "not guilty": Plea.NOT_GUILTY,
    "innocent": Plea.NOT_GUILTY,
    "no contest": Plea.NO_CONTEST,
    "guilty": Plea.GUILTY,
}


@attrs.frozen
class Offense:
    """An offense named in the text: where, as written, and its canonical name."""

    start: int
    end: int
    text: str
    canonical: str


def _norm(form: str) -> str:
    return " ".join(form.casefold().replace("-", " ").split())


def _trie(forms: Sequence[str]) -> str:
    """One regex for many phrases, sharing their prefixes.

    A flat alternation of a hundred offenses makes the regex engine try every
    one at every word of the text; a trie rejects a word at its first letter.
    Longer phrases win: each optional tail is greedy. A space matches any run
    of spaces and hyphens ("first-degree", "first degree").
    """
    root: dict[str, dict[str, Any]] = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [
            (r"[\s\-]+" if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@attrs.frozen
class _OffenseTable:
    """The rule finding the surface forms, and each normalized form's offense."""

    rule: Cued
    by_norm: dict[str, str]


@lru_cache(maxsize=8)
def _offense_table(offenses: tuple[tuple[str, str], ...]) -> _OffenseTable:
    """The offense table of a lexicon's offenses (as sorted items)."""
    by_norm: dict[str, str] = {}
    for form, canonical in offenses:
        by_norm.setdefault(_norm(form), canonical)
    source = rf"\b{_trie(sorted(by_norm))}(?:\s+penalty)?\b"
    return _OffenseTable(Cued(source), by_norm)


_LAST_TABLE: list[tuple[Mapping[str, str], _OffenseTable]] = []


def _table_of(lexicon: Lexicon) -> _OffenseTable:
    """The offense table of a lexicon; the last one is kept, so a run sorts its table once.

    Lexicons are frozen and extended with ``attrs.evolve`` (a new mapping), so
    the mapping object itself identifies the table.
    """
    if _LAST_TABLE and _LAST_TABLE[0][0] is lexicon.offenses:
        return _LAST_TABLE[0][1]
    table = _offense_table(tuple(sorted(lexicon.offenses.items())))
    _LAST_TABLE[:] = [(lexicon.offenses, table)]
    return table


def find_offenses(text: str, offset: int, lexicon: Lexicon) -> list[Offense]:
    """Offenses of the lexicon in ``text`` (whose first character is at ``offset``)."""
    return _offenses(text, fold(text), offset, lexicon)


def _offenses(text: str, low: str | None, offset: int, lexicon: Lexicon) -> list[Offense]:
    """:func:`find_offenses`, given ``low = fold(text)``."""
    table = _table_of(lexicon)
    by_norm = table.by_norm
    out = []
    for m in table.rule.finditer(text, low):
        start, end = m.span()
        found = text[start:end]
        written = _norm(found)
        canonical = by_norm.get(written) or by_norm.get(written.removesuffix(" penalty"))
        if canonical is not None:
            out.append(Offense(offset + start, offset + end, found, canonical))
    return out


def _is_enhancement(offense: str, lexicon: Lexicon) -> bool:
    return any(w in lexicon.enhancement_words for w in offense.split())


_LAST_ENHANCEMENTS: list[tuple[Mapping[str, str], frozenset[str], frozenset[str]]] = []


def _enhancements_of(lexicon: Lexicon) -> frozenset[str]:
    """The lexicon's offenses that are penalty enhancements; the last lexicon's are kept.

    Every offense a rule reads is one of the lexicon's, so a set look-up
    replaces splitting its name again for each defendant of each sentence.
    """
    offenses, words = lexicon.offenses, lexicon.enhancement_words
    if _LAST_ENHANCEMENTS:
        last_offenses, last_words, found = _LAST_ENHANCEMENTS[0]
        if last_offenses is offenses and last_words is words:
            return found
    found = frozenset(o for o in offenses.values() if _is_enhancement(o, lexicon))
    _LAST_ENHANCEMENTS[:] = [(offenses, words, found)]
    return found


def _excluded(analysis: Analysis) -> set[str]:
    """People the article describes as lawyers, prosecutors or judges: not defendants."""

    def compute() -> set[str]:
        return {
            name
            for name, titles in article_titles(analysis).items()
            if any(t.text.split()[-1] in analysis.lexicon.non_defendant_heads for t in titles)
        }

    return analysis.memo("charges:excluded", compute)


def article_defendants(analysis: Analysis) -> list[str]:
    """The names of everyone a charge sentence of the article is about, in order."""

    def compute() -> list[str]:
        excluded = _excluded(analysis)
        names: dict[str, None] = {}
        for s in analysis.sentences:
            if _CHARGE_CUE.search(s.text, fold(s.text)):
                for m in sentence_defendants(analysis, s, excluded):
                    names.setdefault(m.name, None)
        return list(names)

    return analysis.memo("charges:article-defendants", compute)


def sentence_defendants(
    analysis: Analysis, sentence: Sentence, excluded: set[str]
) -> list[NameMention]:
    """The people a charge sentence is about, by the rules in the module doc.

    Computed once per sentence of an analysis, however many extractors ask.
    """
    key = f"charges:defendants:{sentence.start}:{len(excluded)}"
    return list(analysis.memo(key, lambda: _sentence_defendants(analysis, sentence, excluded)))


def _sentence_defendants(
    analysis: Analysis, sentence: Sentence, excluded: set[str]
) -> list[NameMention]:
    text = analysis.text
    people = [
        m
        for m in analysis.names_in(sentence.start, sentence.end)
        if m.kind is EntityKind.PERSON
        and m.name not in excluded
        and not in_quotation(analysis, m.start)
    ]
    if not people:
        return []
    low = fold(sentence.text)
    # a charging verb or "found" for _is_object to find before a name
    objects = low is None or holds(low, _OBJECT_CUES)
    chosen: list[NameMention] = []
    for i, m in enumerate(people):
        before = text[max(sentence.start, m.start - 50) : m.start]
        if ("against" in before and _AGAINST.search(before)) or (
            objects and _is_object(text, m, sentence, analysis.lexicon)
        ):
            chosen.append(m)
            for n in people[i + 1 :]:
                gap = text[chosen[-1].end : n.start]
                if len(gap) < 60 and _COORDINATED.fullmatch(gap):
                    chosen.append(n)
                else:
                    break
            break
    if not chosen:
        chosen = [m for m in people if m.possessive and _possesses_charge(analysis, m, sentence)]
    if not chosen:
        verb = _VERB.search(sentence.text, low)
        if verb is not None:
            cut = sentence.start + verb.start()
            # a possessive ("Roe's former deputy, Lee, was sentenced") is not the subject
            chosen = [
                m
                for m in people
                if m.end <= cut and not m.possessive and not _victim_context(text, m)
            ]
            charging = sentence.text[verb.start() : verb.end()].casefold() in (
                "charged",
                "indicted",
                "convicted",
                "arrested",
                "accused",
            )
            for m in people:
                if (
                    charging
                    and m.start > cut
                    and _ALONG_WITH.search(text[max(sentence.start, m.start - 50) : m.start])
                ):
                    chosen.append(m)
    return _dedupe(chosen)[:MAX_PARTIES]


def _pronoun(text: str) -> bool:
    """Whether a sentence speaks of its defendants by pronoun (see ``_PRONOUN``).

    Only "against him" can match past the sentence's start.
    """
    return bool(_PRONOUN.search(text) if "against" in text else _PRONOUN.match(text))


def _is_object(text: str, m: NameMention, sentence: Sentence, lexicon: Lexicon) -> bool:
    """Whether ``m`` is the object of a charging verb.

    "charged Roe", "convicted former treasurer Jo Roe", "found Roe guilty":
    between the verb and the name at most four words may stand, each a title
    word of the lexicon or a lower-case word that is no function word ("with",
    "and": "charged with fraud and Roe" does not make Roe the object).
    """
    before = text[max(sentence.start, m.start - 60) : m.start]
    for _ in range(4):  # at most four title words: "former chief financial officer"
        if _CHARGED_OBJECT.search(before):
            return True
        if _FOUND_GUILTY.search(before):
            return bool(_GUILTY_AFTER.match(text, m.end, min(sentence.end, m.end + 15)))
        word = _OBJECT_TITLE.search(before.rstrip())
        if word is None:
            return False
        raw = word.group().strip()
        w = raw.casefold().rstrip(".")
        descriptive = raw.isalpha() and raw.islower() and w not in _FUNCTION_WORDS
        if not (descriptive or w in lexicon.title_heads or w in lexicon.title_modifiers):
            return False
        before = before[: word.start() + 1]
    return False


def _possesses_charge(analysis: Analysis, m: NameMention, sentence: Sentence) -> bool:
    """Whether a possessive names the holder of charges: "Roe's fraud charges", "Roe's case"."""
    text = analysis.text
    window_end = min(sentence.end, m.end + 60)
    if _POSSESSED.match(text, m.end, window_end):
        return True
    skip = _POSSESSIVE_S.match(text, m.end, window_end)
    if skip is None:
        return False
    return any(
        o.start == skip.end()
        for o in find_offenses(text[skip.end() : window_end], skip.end(), analysis.lexicon)
    )


def _gapped(
    analysis: Analysis,
    sentence: Sentence,
    defendants: Sequence[NameMention],
    offenses: Sequence[Offense],
    people: Sequence[NameMention],
) -> dict[str, list[Offense]]:
    """Each defendant's own offenses in "Roe was charged with fraud, and Doe with theft".

    A person after the first defendant, joined by "and" / "while" and followed
    by "with" or "of", takes the offenses written after them; those before
    stay with the defendants named earlier. Empty when the sentence has no
    such elided verb.
    """
    if not defendants or len(offenses) < 2:
        return {}
    text = analysis.text
    first = defendants[0].end
    heads: dict[str, NameMention] = {}
    for m in people:
        if m.start <= first or m.name in heads:
            continue
        before = text[max(sentence.start, m.start - 12) : m.start]
        if _GAP_BEFORE.search(before) and _GAP_AFTER.match(
            text, m.end, min(sentence.end, m.end + 40)
        ):
            heads[m.name] = m
    if not heads:
        return {}
    starts = [o.start for o in offenses]  # offenses come in text order

    def between(lo: int, hi: int) -> list[Offense]:
        return list(offenses[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)])

    ordered = list(heads.values())
    out = {d.name: between(0, ordered[0].start) for d in defendants if d.name not in heads}
    for h, end in zip(ordered, [*(h.start for h in ordered[1:]), sentence.end], strict=True):
        out[h.name] = between(h.end, end)
    return out


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...


class Once:
    """Makes each of an article's claims once.

    A rule that fires again on a repeated phrase ("fraud ... fraud") would
    make the same claim again, hashing its whole sentence each time; on a
    long hostile sentence that is quadratic. Equal claims are equal anyway.
    """

    def __init__(self, analysis: Analysis, extractor: _Named) -> None:
        self.analysis = analysis
        self.extractor = extractor
        self.seen: set[tuple[Subject, str, Value, int, Modality]] = set()

    def __call__(
        self,
        subject: Subject,
        field: str,
        value: Value,
        sentence: Sentence,
        modality: Modality = Modality.ASSERTED,
    ) -> Iterator[SourceClaim]:
        """The claim, unless this article already made it."""
        key = (subject, field, value, sentence.start, modality)
        if key not in self.seen:
            self.seen.add(key)
            yield self.analysis.claim(self.extractor, subject, field, value, sentence, modality)


@attrs.define
class _State:
    """What one article's pass carries from sentence to sentence."""

    last_filed: FuzzyDate | None = None
    charges: dict[tuple[EntityKind, str, str], Subject] = attrs.Factory(dict)
    """Each charge subject made so far, by its defendant's kind and name and its offense:
    equal subjects are made once, and hash once."""


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
    text, base = sentence.text, sentence.start
    usable = [
        d
        for d in dates
        if d.value is not None
        and not _INCIDENT_AFTER.match(text, d.end - base, min(len(text), d.end - base + 30))
    ]
    for d in usable:
        if at <= d.start <= at + reach:
            return d.value
        # further on, but in the verb's own clause: "dismissed the charge against Roe on Monday"
        if at + reach < d.start <= at + 2 * reach and not _CLAUSE_BREAK.search(
            text, at - base, d.start - base
        ):
            return d.value
    before = [d for d in usable if d.end <= at]
    if not before:
        return None
    if not _BEFORE_BREAK.search(text, before[-1].end - base, at - base):
        return before[-1].value
    first = before[0]  # "Two months ago, prosecutors dropped ...", "In May, Roe was ..."
    opening = text[: first.start - base].split()
    return first.value if len(opening) <= 1 else None


class ChargesExtractor:
    """Finds charges, their counts, filing dates, statuses, pleas and sentences."""

    name = "charges"
    version = "1"

    def __call__(self, analysis: Analysis) -> Iterator[SourceClaim]:
        once = Once(analysis, self)
        lex = analysis.lexicon
        enhancing = _enhancements_of(lex)
        excluded = _excluded(analysis)
        known: dict[str, list[str]] = defaultdict(list)  # defendant -> offenses in article
        plan: list[
            tuple[Sentence, str | None, list[NameMention], list[Offense], dict[str, list[Offense]]]
        ] = []
        last: list[NameMention] = []
        last_offenses: list[str] = []
        for s in analysis.sentences:
            if in_quotation(analysis, s.start) and in_quotation(analysis, s.end - 1):
                continue
            low = fold(s.text)
            offenses = [
                o
                for o in _offenses(s.text, low, s.start, lex)
                if not in_quotation(analysis, o.start)
            ]
            if not offenses and not _CHARGE_CUE.search(s.text, low):
                continue
            defendants = sentence_defendants(analysis, s, excluded)
            people_here = [
                m for m in analysis.names_in(s.start, s.end) if m.kind is EntityKind.PERSON
            ]
            if not defendants and (not people_here or _pronoun(s.text)):
                defendants = last
            own = _gapped(analysis, s, defendants, offenses, people_here)
            defendants = _dedupe([*defendants, *(m for m in people_here if m.name in own)])[
                :MAX_PARTIES
            ]
            inherited = (
                [] if offenses or not _ALSO_CHARGED.search(s.text, low) else last_offenses
            )  # "Doe was also charged": as the others were
            if defendants:
                last = defendants
                for d in defendants:
                    mine = own.get(d.name, offenses)
                    for o in [*(o.canonical for o in mine), *inherited]:
                        if o not in known[d.name]:
                            known[d.name].append(o)
            if offenses:
                last_offenses = _unique(
                    [o.canonical for o in offenses if o.canonical not in enhancing]
                )
            plan.append((s, low, defendants, offenses, own))

        state = _State()
        for s, low, defendants, offenses, own in plan:
            yield from self._sentence(
                analysis, once, s, low, defendants, offenses, own, known, state
            )

    def _sentence(
        self,
        analysis: Analysis,
        once: Once,
        s: Sentence,
        low: str | None,
        defendants: list[NameMention],
        all_offenses: list[Offense],
        own: dict[str, list[Offense]],
        known: dict[str, list[str]],
        state: _State,
    ) -> Iterator[SourceClaim]:
        if not defendants:
            return  # every claim is some defendant's: nothing to read
        # what the sentence says is read once; only the claims are per defendant
        lex = analysis.lexicon
        enhancing = _enhancements_of(lex)
        text = analysis.text
        lowered = s.text.casefold()
        dates = analysis.dates_in(s.start, s.end)
        hedged = holds(lowered, lex.hedge_cues)
        enhancement = "enhancement" in lowered
        first_filed = None if hedged or "again" in lowered else _FILED.search(s.text, low)
        also = bool(_ALSO_CHARGED.search(s.text, low))
        downgraded = _DOWNGRADED.search(s.text, low)
        lowered_penalties = None
        if downgraded and ("penalt" in lowered or "enhancement" in lowered):
            # downgrading penalties removes the enhancements the article names
            lowered_penalties = (
                Transition(
                    ChargeStatus.DISMISSED.value,
                    _attached_date(dates, s.start + downgraded.start(), s),
                ),
                modality_at(s.text, downgraded.start(), downgraded.end(), lex),
            )
        status = None if hedged else self._status(analysis, s, low, dates, lowered)
        civil = bool(_CIVIL.search(s.text, low)) and not _CRIMINAL.search(lowered)
        prejudice = _PREJUDICE.search(s.text, low)
        plea_match = None if hedged else _PLEA.search(s.text, low)
        plea = None
        if plea_match is not None:
            group = 1 if plea_match.start(1) >= 0 else 2  # "pleaded guilty", "a plea of guilty"
            written = s.text[plea_match.start(group) : plea_match.end(group)]
            plea = _PLEAS[" ".join(written.casefold().split())]
        # the sentence's modality, for the filing, prejudice and plea claims (only they read it)
        modality = (
            modality_of(s.text, lex)
            if first_filed is not None or prejudice is not None or plea is not None
            else Modality.ASSERTED
        )
        penalties = _penalties(analysis, s)
        imposed = self._imposed(analysis, s, low, dates)
        plea_convicts = None
        if (
            plea is not None
            and plea is not Plea.NOT_GUILTY
            and status is None
            and plea_match is not None
        ):
            # a guilty or no-contest plea, once entered, convicts
            at = s.start + plea_match.start()
            plea_convicts = (
                Transition(ChargeStatus.CONVICTED.value, _attached_date(dates, at, s)),
                modality_at(s.text, plea_match.start(), plea_match.end(), lex),
            )
        # "two counts of fraud": read once for each offense, whoever is charged with it
        counts_told = low is None or "count" in low
        counted: dict[int, int | None] = {}
        verbs: list[tuple[int, Transition, Modality]] | None = None

        shared = _unique(
            [o for d in defendants for o in known.get(d.name, []) if o not in enhancing]
        )
        for d in defendants:
            ref = analysis.ref(d)
            offenses = own.get(d.name, all_offenses)
            named = [o.canonical for o in offenses]
            enhancements = [o for o in known.get(d.name, []) if o in enhancing]
            # "the charges" are the defendant's own; "charged along with X", X's too
            targets = (
                _unique(named)
                or [o for o in known.get(d.name, []) if o not in enhancing]
                or shared
            )

            def subject(offense: str, ref: EntityRef = ref) -> Subject:
                key = (ref.kind, ref.name, offense)
                made = state.charges.get(key)
                if made is None:
                    made = state.charges[key] = Subject(SubjectKind.CHARGE, ref, offense)
                return made

            for found in offenses:
                key = subject(found.canonical)
                yield from once(key, "offense_text", found.text, s)
                if counts_told and found.start not in counted:
                    counted[found.start] = _count_before(text, s, found)
                n = counted.get(found.start)
                if n is not None:
                    yield from once(key, "counts", n, s)

            # the filing verb of this defendant's clause ("..., while Doe was charged")
            filed = first_filed
            if first_filed is not None and d.name in own:
                filed = _FILED.search(s.text, low, max(0, d.start - s.start)) or first_filed
            if filed is not None:
                date = _attached_date(dates, s.start + filed.start(), s, reach=90)
                if date is None and also:
                    date = state.last_filed  # "X was also charged": with the others
                if date is not None:
                    state.last_filed = date
                    for o in targets:
                        yield from once(subject(o), "filed", date, s, modality)

            if lowered_penalties is not None:
                for o in enhancements:
                    yield from once(
                        subject(o), "status", lowered_penalties[0], s, lowered_penalties[1]
                    )

            if status is not None and not (civil and not offenses):
                transition, verb_modality = status
                chosen = targets
                if transition.status == ChargeStatus.DISMISSED.value and not named and enhancement:
                    chosen = enhancements
                if len(offenses) > 1 and verbs is None:
                    verbs = self._status_verbs(analysis, s, low, dates)
                for o in chosen:
                    # "acquitted of A but convicted of B": each offense takes its own verb
                    step, step_modality = _verb_for(o, offenses, verbs or []) or (
                        transition,
                        verb_modality,
                    )
                    yield from once(subject(o), "status", step, s, step_modality)

            if prejudice:
                said = s.text[prejudice.start(1) : prejudice.end(1)]
                value = said.casefold() == "with"
                for o in targets:
                    yield from once(subject(o), "with_prejudice", value, s, modality)

            if plea is not None:
                for o in targets:
                    yield from once(subject(o), "plea", plea, s, modality)
                if plea_convicts is not None:
                    for o in targets:
                        yield from once(
                            subject(o), "status", plea_convicts[0], s, plea_convicts[1]
                        )

            starts = [o.start for o in offenses]
            for at, field, term in penalties:
                if not offenses and not targets:
                    break
                i = bisect.bisect_left(starts, at)  # the offense it is written with
                offense = (
                    offenses[i].canonical
                    if i < len(offenses)
                    else offenses[-1].canonical
                    if offenses
                    else enhancements[0]
                    if enhancement and enhancements
                    else None
                )
                if offense is not None:
                    yield from once(subject(offense), field, term, s, Modality.ASSERTED)

            for kind, length, suspended, date in imposed:
                sentence = Subject(SubjectKind.SENTENCE, ref, kind)
                if length is not None:
                    yield from once(sentence, "term", length, s)
                if suspended:
                    yield from once(sentence, "suspended", True, s)
                if date is not None:
                    yield from once(sentence, "date", date, s)

    @staticmethod
    def _status(
        analysis: Analysis,
        s: Sentence,
        low: str | None,
        dates: Sequence[DateMention],
        lowered: str,
    ) -> tuple[Transition, Modality] | None:
        """The status a sentence gives charges, dated, with its verb's modality."""
        clean, clean_low = _MOTION.blank(s.text, low)
        for status, pattern in (
            (ChargeStatus.DISMISSED, _DISMISSED),
            (ChargeStatus.CONVICTED, _CONVICTED),
            (ChargeStatus.ACQUITTED, _ACQUITTED),
            (ChargeStatus.PENDING, _PENDING),
        ):
            m = pattern.search(clean, clean_low)
            if m is None:
                continue
            if status is ChargeStatus.DISMISSED and _DOWNGRADE.search(lowered):
                continue
            date = _attached_date(dates, s.start + m.start(), s)
            verb_modality = modality_at(s.text, m.start(), m.end(), analysis.lexicon)
            return Transition(status.value, date), verb_modality
        return None

    @staticmethod
    def _status_verbs(
        analysis: Analysis, s: Sentence, low: str | None, dates: Sequence[DateMention]
    ) -> list[tuple[int, Transition, Modality]]:
        """Every status verb of a sentence, where it stands, dated, with its modality."""
        clean, clean_low = _MOTION.blank(s.text, low)
        found = []
        reported = reported_in(s.text, analysis.lexicon)  # once, not once per verb
        for status, pattern in (
            (ChargeStatus.DISMISSED, _DISMISSED),
            (ChargeStatus.CONVICTED, _CONVICTED),
            (ChargeStatus.ACQUITTED, _ACQUITTED),
            (ChargeStatus.PENDING, _PENDING),
        ):
            for m in pattern.finditer(clean, clean_low):
                date = _attached_date(dates, s.start + m.start(), s)
                modality = modality_at(
                    s.text, m.start(), m.end(), analysis.lexicon, reported=reported
                )
                found.append((s.start + m.start(), Transition(status.value, date), modality))
        return sorted(found, key=lambda f: f[0])

    @staticmethod
    def _imposed(
        analysis: Analysis, s: Sentence, low: str | None, dates: Sequence[DateMention]
    ) -> list[tuple[str, Duration | None, bool, FuzzyDate | None]]:
        """Sentences imposed: "a suspended sentence of six months of probation".

        Each as (kind, term, suspended, date); none where the sentence speaks
        of what a charge carries or could bring.
        """
        if not _SENTENCE.search(s.text, low):
            return []
        lex = analysis.lexicon
        lowered = s.text.casefold()
        if holds(lowered, lex.possible_penalty_cues):
            return []
        text = analysis.text
        kinds = _kinds_of(lex)
        verb = _SENTENCED.search(s.text, low)
        if verb is not None:
            date = _attached_date(dates, s.start + verb.start(), s)
        else:  # "a suspended sentence of six months", dated by its clause
            date = next((d.value for d in dates if d.value is not None), None)
        imposed: list[tuple[str, Duration | None, int]] = []
        for dur in analysis.durations_in(s.start, s.end):
            tail = text[dur.end : min(s.end, dur.end + 25)].casefold()
            kind = next((k for written, k in kinds if written.match(tail)), None)
            if kind is not None and kind != SentenceKind.FINE.value:
                imposed.append((kind, dur.value, dur.start))
        for money in analysis.money_in(s.start, s.end):
            # "ordered to pay a $2 million fine", "fined $5,000"
            tail = text[money.end : min(s.end, money.end + 15)]
            head = text[max(s.start, money.start - 12) : money.start]
            if _FINE_AFTER.match(tail) or _FINED_BEFORE.search(head):
                imposed.append((SentenceKind.FINE.value, None, money.start))
        return _unique_imposed(
            (kind, term, bool(_SUSPENDED.search(text[max(s.start, at - 40) : at])), date)
            for kind, term, at in imposed
        )


_LAST_KINDS: list[tuple[Mapping[str, str], list[tuple[re.Pattern[str], str]]]] = []


def _kinds_of(lexicon: Lexicon) -> list[tuple[re.Pattern[str], str]]:
    """The sentence kinds of a lexicon, longest words first, each as the pattern of its
    words after a term ("five years in prison"); the last lexicon's are kept."""
    kinds = lexicon.sentence_kinds
    if _LAST_KINDS and _LAST_KINDS[0][0] is kinds:
        return _LAST_KINDS[0][1]
    table = [
        (re.compile(rf"\s*(?:of\s+|in\s+)?{re.escape(w)}\b"), k)
        for w, k in sorted(kinds.items(), key=lambda kv: -len(kv[0]))
    ]
    _LAST_KINDS[:] = [(kinds, table)]
    return table


def _count_before(text: str, s: Sentence, found: Offense) -> int | None:
    """The count written before an offense ("two counts of fraud"), if any."""
    counts = _COUNTS.search(text[max(s.start, found.start - 40) : found.start])
    if counts:
        n = parse_count(counts.group(1))
        if n is not None and 0 < n < 1000 and counts.group(1).casefold() not in ("a", "an"):
            return n
    return None


def _verb_for(
    offense: str, offenses: Sequence[Offense], verbs: Sequence[tuple[int, Transition, Modality]]
) -> tuple[Transition, Modality] | None:
    """The status verb written with an offense: the nearest before it, else after it."""
    at = next((o.start for o in offenses if o.canonical == offense), None)
    if at is None or len({v[1].status for v in verbs}) < 2:
        return None
    before = [v for v in verbs if v[0] < at]
    chosen = before[-1] if before else verbs[0]
    return chosen[1], chosen[2]


def _unique_imposed(
    items: Iterable[tuple[str, Duration | None, bool, FuzzyDate | None]],
) -> list[tuple[str, Duration | None, bool, FuzzyDate | None]]:
    return list(dict.fromkeys(items))


def _penalties(analysis: Analysis, s: Sentence) -> list[tuple[int, str, Duration]]:
    """Penalty bounds: (where, "penalty_min" or "penalty_max", term).

    "a mandatory minimum of 10 years", "up to 20 years", "a maximum of 18
    months"; each bound goes with the offense written after it, else the last.
    """
    text = analysis.text
    out = []
    for dur in analysis.durations_in(s.start, s.end):
        window = text[max(s.start, dur.start - 40) : dur.end + 15]
        field = (
            "penalty_min"
            if _MINIMUM.search(window)
            else "penalty_max"
            if _MAXIMUM.search(window)
            else None
        )
        if field is not None and dur.value is not None:
            out.append((dur.end, field, dur.value))
    return out


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
