"""Helpers the built-in extractors share: titles, descriptions, modality, quotations.

Rules, each tested with sentences of our own in ``tests/test_context.py``:

* a title is a head noun ("armorer", "attorney") with the modifiers before it
  ("special prosecutor", "u.s. district judge"); "former" marks it former;
* titles are read before a name ("armorer Jane Roe", "stunt coordinator and
  safety officer Jo Doe"), after it in an apposition ("Jo Doe, a defense
  lawyer,"; the words after "for"/"of" are not the title), apposed before it
  ("the company's accountant, Jo Doe", "Roe's lawyer, Jo Doe", "his lawyer,
  Jo Doe", "The director of the film, Jo Doe"), and in the name's own run
  ("Harmon County Sheriff Jo Doe"); a title that ends a longer one of the
  same name is dropped ("district judge" beside "u.s. district judge");
* "the special prosecutor and attorney X" names two people: X is an attorney;
* coordinated names share titles: "special prosecutors A and B" (B gets A's
  title), "A and B, the attorneys for C" (a plural title goes to both), but
  never into a possessive ("A, Roe's attorney": Roe is no attorney);
* descriptions: "the singer" is the one person the article titles so; "the
  41-year-old executive" or "the actor", untitled elsewhere, is the person the
  article names most; "the company" is the company it names most;
* modality: plans ("set to", "will") are expected, attribution ("according
  to") reported; a verb's modality reads only its own clause for plans;
  negation cues deny; a quotation with a speaker, or of four words or more,
  is someone's words, scare quotes are not.

All of them read bounded windows of one sentence, so each costs time linear
in the sentence's length whatever the text holds.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType

import attrs

from .._document import Sentence
from .._vocab import EntityKind, Modality
from ._analysis import Analysis
from ._lexicon import Lexicon
from ._names import NameMention

__all__ = [
    "Title",
    "article_titles",
    "modality_of",
    "reported_in",
    "title_before",
]

_WORDS = re.compile(r"[A-Za-z][A-Za-z'’.\-]*")
_CUT_CHARS = ',;:()"“”'
_CUT = re.compile(f"[{re.escape(_CUT_CHARS)}]")


@attrs.frozen
class Title:
    """A description given to a person: "special prosecutor", "script supervisor"."""

    text: str
    former: bool = False


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_DETERMINERS = frozenset({"the", "a", "an", "both", "his", "her", "their", "its", "our"})
_POSSESSIVES = _DETERMINERS - {"the", "a", "an"}


def _title_words(words: Sequence[str], lexicon: Lexicon) -> list[Title]:
    """Titles at the end of a run of words ("... safety coordinator and assistant director")."""
    out: list[Title] = []
    i = len(words)
    while i > 0:
        if _singular(words[i - 1]) not in lexicon.title_heads:
            break
        j = i - 1
        while (
            j > 0
            and (
                words[j - 1] in lexicon.title_modifiers
                or _singular(words[j - 1]) in lexicon.title_heads
            )
            and words[j - 1] not in ("former", "first", "new")
        ):
            j -= 1
        former = j > 0 and words[j - 1] in ("former", "ex")
        phrase = " ".join([*words[j : i - 1], _singular(words[i - 1])])
        out.append(Title(phrase, former))
        if j > 1 and words[j - 1] == "and":
            # "safety coordinator and assistant director X" gives X both titles;
            # "the special prosecutor and attorney X" names two people
            k = j - 1
            while k > 0 and (
                words[k - 1] in lexicon.title_modifiers
                or _singular(words[k - 1]) in lexicon.title_heads
            ):
                k -= 1
            if k > 0 and words[k - 1] in _DETERMINERS:
                break
            i = j - 1
            continue
        break
    return out


def _words(text: str, lexicon: Lexicon) -> list[str]:
    """Folded words, a final dot dropped unless it belongs to the word ("u.s.")."""
    if text.isascii():  # folding ASCII text changes no word's bounds: fold it at once
        modifiers = lexicon.title_modifiers
        return [w if w in modifiers else w.rstrip(".") for w in _WORDS.findall(text.lower())]
    return _folded(_WORDS.findall(text), lexicon)


def _folded(words: Sequence[str], lexicon: Lexicon) -> list[str]:
    """The words ``_WORDS`` found, folded as ``_words`` folds them."""
    modifiers = lexicon.title_modifiers
    out = []
    for w in words:
        w = w.casefold()
        out.append(w if w in modifiers else w.rstrip("."))
    return out


def _ends_title(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether the last of the words as written is a title's head, as ``_title_words`` needs.

    Most names have no title before them; this tells so without folding every word.
    """
    if not words:
        return False
    last = words[-1].casefold()
    if last not in lexicon.title_modifiers:
        last = last.rstrip(".")
    return _singular(last) in lexicon.title_heads


def title_before(text: str, start: int, lexicon: Lexicon, floor: int = 0) -> list[Title]:
    """Titles written just before offset ``start`` of ``text`` ("armorer Jane Roe").

    The window never reaches before ``floor`` (the start of the sentence).
    """
    window = text[max(floor, start - 80) : start]
    if not window.endswith(" "):
        return []
    # most names follow a plain word that is no title ("said Jo Roe"): that word,
    # when it is all letters, is the last one ``_WORDS`` would find; after a cut
    # ("the accident,” Jo Roe") there is none
    last = window.rsplit(None, 1)[-1:]
    if last and (
        last[0][-1] in _CUT_CHARS or (_WORDS.fullmatch(last[0]) and not _ends_title(last, lexicon))
    ):
        return []
    words = _WORDS.findall(_CUT.split(window)[-1])
    if not _ends_title(words, lexicon):
        return []
    return _title_words(_folded(words, lexicon), lexicon)


_APPOSITION = re.compile(
    r",\s+(?:(?:also|now|then)\s+)?(?:(?:a|an|the)\s+)?"
    r"([^,.;:()\"“”]{1,80}?)(?=,|\.|;| says| said| told|$)"
)


def title_after(text: str, end: int, lexicon: Lexicon) -> list[Title]:
    """Titles in an apposition after offset ``end`` ("Jane Roe, a defense lawyer,")."""
    return _after(text, end, lexicon)[0]


def _after(text: str, end: int, lexicon: Lexicon) -> tuple[list[Title], bool]:
    """The titles of an apposition after ``end``, and whether its head is plural."""
    if not text.startswith(",", end):
        return [], False  # most names have no apposition; ``_APPOSITION`` needs the comma
    m = _APPOSITION.match(text, end, min(len(text), end + 120))
    if not m:
        return [], False
    words = _words(m.group(1), lexicon)
    if words and words[0] in _POSSESSIVES:
        return [], False  # "Jo, her mother, ..." is a list, not a title
    # "attorney for the company": the title is what comes before the preposition
    for k, w in enumerate(words):
        if w in ("for", "of", "on", "at", "in", "with", "who", "whose", "which"):
            words = words[:k]
            break
    titles = _title_words(words, lexicon)
    return titles, bool(titles) and _singular(words[-1]) != words[-1]


_OF_WHOM = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[\w'’\-]+(?:\s+[A-Z][\w'’\-]*)?\s*,\s*$")
"""Whose title it is, dropped: "The director of the film, Jo Doe", "A lawyer for Roe, Jo Doe"."""
_THE_TITLE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+['’]s\s+)?|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
    r"|\b[A-Z][\w\-]{0,40}(?:['’]s|s['’])\s+)"
    r"((?:[a-z][a-z.\-]*\s+){0,3}?[a-z][a-z\-]*)\s*,\s*$"
)


def title_apposed_before(text: str, start: int, lexicon: Lexicon, floor: int = 0) -> list[Title]:
    """A title put before a name: "the firm's accountant, Jo Roe", "Roe's lawyer, Al Poe".

    Also "The director of the film, Jo Doe", "An attorney for Roe, Al Poe" and
    "his attorney, Al Poe".
    """
    window = text[max(floor, start - 60) : start]
    if not window.rstrip().endswith(","):
        return []  # no apposition without the comma before the name
    window = _OF_WHOM.sub(",", window)
    m = _THE_TITLE.search(window)
    if not m:
        return []
    return _title_words(_words(m.group(1), lexicon), lexicon)


def article_titles(analysis: Analysis) -> dict[str, list[Title]]:
    """Every title the article gives each person (by the person's name in the article)."""
    return {name: [t for t, _ in found] for name, found in titled_mentions(analysis).items()}


_Titled = Mapping[str, Sequence[tuple[Title, Sentence]]]


def titled_mentions(analysis: Analysis) -> _Titled:
    """Every title the article gives each person, with the sentence that gives it.

    Coordinated names share titles: "special prosecutors A and B" gives B the
    title written before A, and "A and B, the attorneys for C" gives A the
    plural title written after B. A title that ends another one the name has
    ("district judge" beside "u.s. district judge") is left out. Computed once
    per analysis (several extractors read it); the result is read-only.
    """

    def compute() -> _Titled:
        return MappingProxyType({k: tuple(v) for k, v in _titled_mentions(analysis).items()})

    return analysis.memo("context:titles", compute)


_CHAIN = 8
"""Coordinated names share titles only within a list of this many ("A, B and C")."""


def _titled_mentions(analysis: Analysis) -> dict[str, list[tuple[Title, Sentence]]]:
    out: dict[str, list[tuple[Title, Sentence]]] = {}
    text = analysis.text
    lex = analysis.lexicon
    sentences = analysis.document.sentences
    starts = [s.start for s in sentences]
    chain: list[NameMention] = []  # the names coordinated so far: "A, B and"
    shared: list[Title] = []  # the titles written before the chain's first name
    for m in analysis.names:
        if m.text[:4].casefold() == "the ":
            continue  # a description ("the actor") bears no title of its own
        # the sentence of the mention, as ``Document.sentence_at`` finds it
        i = bisect.bisect_right(starts, m.start) - 1
        if m.kind is not EntityKind.PERSON or i < 0 or m.start >= sentences[i].end:
            chain, shared = [], []
            continue
        sentence = sentences[i]
        floor = sentence.start
        before = title_before(text, m.start, lex, floor)  # a new list, ours to extend
        before.extend(title_apposed_before(text, m.start, lex, floor))
        if m.titles:
            before.extend(_title_words([w.casefold() for w in m.titles], lex))
        after, plural = _after(text, m.end, lex)
        coordinated = bool(chain) and text[chain[-1].end : m.start] in _COORDINATION
        if not coordinated:
            chain, shared = [], before
        elif not before and not m.possessive:
            before = list(shared)  # "special prosecutors A and B"
        titles = _longest([*before, *after] if after else before)
        if plural and chain:  # "A and B, the attorneys for C"
            for prior in chain:
                _add(out[prior.name], after, sentence)
        found = out.setdefault(m.name, [])  # a name with no title is still a key
        if titles:
            _add(found, titles, sentence)
        chain = [*chain[1 - _CHAIN :], m]
        if m.possessive:
            chain, shared = [], []
    return out


_COORDINATION = (" and ", ", ", ", and ")


def _add(found: list[tuple[Title, Sentence]], titles: Iterable[Title], sentence: Sentence) -> None:
    """Adds to the titles ``found`` for a name those it does not have yet."""
    known = {t for t, _ in found}
    found.extend((t, sentence) for t in dict.fromkeys(titles) if t not in known)


def _longest(titles: Sequence[Title]) -> list[Title]:
    """Titles without those that end a longer one ("district judge" in "u.s. district judge")."""
    if len(titles) < 2:
        return list(titles)
    return [
        t
        for t in titles
        if not any(
            o.text != t.text and o.text.endswith(" " + t.text) and o.former == t.former
            for o in titles
        )
    ]


def modality_of(text: str, lexicon: Lexicon) -> Modality:
    """How a clause puts what it says: expected and reported cues, else asserted.

    A plan ("set to drop", "will be dismissed") is expected even when reported.
    """
    lowered = f" {text.casefold()} "
    if any(cue in lowered for cue in lexicon.expected_cues):
        return Modality.EXPECTED
    if any(cue in lowered for cue in lexicon.reported_cues):
        return Modality.REPORTED
    return Modality.ASSERTED


_CLAUSE_END = re.compile(r"[.;:—]|,\s")


def reported_in(text: str, lexicon: Lexicon) -> bool:
    """Whether a sentence is attributed to others ("according to", "reportedly")."""
    lowered = f" {text.casefold()} "
    return any(cue in lowered for cue in lexicon.reported_cues)


def modality_at(
    text: str, start: int, end: int, lexicon: Lexicon, *, reported: bool | None = None
) -> Modality:
    """The modality of the verb at ``text[start:end]``: a plan only if said of that verb.

    A denial right before the verb ("were not dismissed", "declined to
    drop") makes it negated; expected cues count in the clause just before
    the verb ("are set to be dropped", "plan to drop"); reported cues anywhere
    in the sentence, since attribution usually closes it ("..., according to
    two people"). A caller asking about several verbs of one sentence passes
    ``reported`` (from :func:`reported_in`), so that the sentence is read once,
    not once per verb.
    """
    before = text[max(0, start - 50) : end].casefold()
    before = _CLAUSE_END.split(before)[-1]
    if _negation_pattern(lexicon.negation_cues).search(
        text[max(0, start - 30) : start].casefold()
    ):
        return Modality.NEGATED  # "were not dismissed", "declined to drop"
    if any(cue in f" {before} " for cue in lexicon.expected_cues):
        return Modality.EXPECTED
    if reported is None:
        reported = reported_in(text, lexicon)
    return Modality.REPORTED if reported else Modality.ASSERTED


@functools.lru_cache(maxsize=8)
def _negation_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A denial cue of the lexicon, then at most two auxiliaries, then the verb."""
    words = "|".join(
        ("" if c.startswith(("n'", "n’")) else r"\b") + r"\s+".join(map(re.escape, c.split()))
        for c in sorted(cues, key=len, reverse=True)
    )
    return re.compile(
        rf"(?:{words})\s+(?:(?:be|been|yet|formally|officially|immediately|to)\s+){{0,2}}$"
    )


def in_quotation(analysis: Analysis, start: int) -> bool:
    """Whether ``start`` lies inside a quotation: a speaker's words, not the outlet's.

    Scare quotes ("a “firearm enhancement” penalty", "was “overcharged”") are
    the outlet's own words: a quotation of fewer than four words with no
    speaker does not count.
    """
    starts, ends, spoken = analysis.memo("context:quotations", lambda: _quotations(analysis))
    i = bisect.bisect_right(starts, start) - 1  # the quotation ``quotation_at`` finds
    return i >= 0 and start < ends[i] and spoken[i]


def _quotations(analysis: Analysis) -> tuple[list[int], list[int], list[bool]]:
    """The starts and ends of the quotations, and whether each is a speaker's words."""
    quotations = analysis.document.quotations
    return (
        [q.start for q in quotations],
        [q.end for q in quotations],
        # four words or more: splitting off four is enough to tell, however long the quote
        [q.speaker is not None or len(q.text.split(None, 3)) >= 4 for q in quotations],
    )


def unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order, without repeats."""
    seen: dict[str, None] = {}
    for i in items:
        seen.setdefault(i, None)
    return list(seen)


_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?:(\d{1,3})-year-old\s+)?((?:[a-z][a-z\-]*\s+){0,2}?)([a-z][a-z\-]*)\b"
)
_THE = re.compile(r"[Tt]he\s")
"""Where a description can start: unlike ``_DESCRIPTION``, found by its first letters."""


def _descriptions_in(text: str) -> Iterator[re.Match[str]]:
    """``_DESCRIPTION.finditer(text)``, trying the pattern only where "the" is written."""
    pos = 0
    while (candidate := _THE.search(text, pos)) is not None:
        m = _DESCRIPTION.match(text, candidate.start())
        if m is None:
            pos = candidate.start() + 1
        else:
            yield m
            pos = m.end()


def descriptions(analysis: Analysis) -> list[NameMention]:
    """Mentions by description: "the actor" is the one actor the article names.

    A description counts only when exactly one person of the article bears a
    title with that head; "the company" means the organization the article
    names most often, when it names one that is a company.
    """
    titles = article_titles(analysis)
    heads: dict[str, set[str]] = defaultdict(set)
    for name, ts in titles.items():
        for t in ts:
            heads[t.text.split()[-1]].add(name)
    orgs = [m for m in analysis.names if m.kind is EntityKind.ORGANIZATION]
    company = None
    if orgs:
        counts: dict[str, int] = defaultdict(int)
        for o in orgs:
            if o.name.split()[-1].casefold() in analysis.lexicon.company_words:
                counts[o.name] += 1
        if counts:
            company = max(sorted(counts), key=lambda n: counts[n])
    out: list[NameMention] = []
    main: list[str | None] = []  # the article's main person, found when first needed
    for s in analysis.sentences:
        for m in _descriptions_in(s.text):
            head = m.group(3).casefold()
            start, end = s.start + m.start(), s.start + m.end()
            if head in heads and len(heads[head]) == 1:
                (name,) = heads[head]
                out.append(NameMention(start, end, m.group(), EntityKind.PERSON, name))
            elif (
                head in analysis.lexicon.title_heads
                and head not in heads
                and (m.group(1) or head in analysis.lexicon.central_heads)
            ):
                # "the 65-year-old actor", untitled elsewhere: the article's main person
                if not main:
                    main.append(_most_mentioned(analysis))
                if main[0] is not None:
                    out.append(NameMention(start, end, m.group(), EntityKind.PERSON, main[0]))
            elif (
                head in analysis.lexicon.company_heads
                and company is not None
                and (head != "production" or m.group(2) == "")
            ):
                out.append(NameMention(start, end, m.group(), EntityKind.ORGANIZATION, company))
    return out


def _most_mentioned(analysis: Analysis) -> str | None:
    counts: dict[str, int] = defaultdict(int)
    for m in analysis.names:
        if m.kind is EntityKind.PERSON:
            counts[m.name] += 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda n: counts[n])
