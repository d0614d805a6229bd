"""An article made ready for extraction: sentences, boilerplate, quotations.

Captured news carries noise around the story: machine-translation banners,
photo captions and credits, "CLICK HERE" prompts, teaser headlines of other
stories, bylines. A :class:`Document` keeps the article's text untouched and
*marks* that noise on its sentences, so every offset still points into
:attr:`Article.text <legalnews.Article.text>` and extractors simply read
:attr:`Document.content_sentences`.

Boilerplate is found by small rules ("cleaners"), each a callable over the
paragraphs, in the manner of eyecite's ``clean_text(text, steps)``; their
trigger phrases are tables a user can extend::

    rule = PhraseRule("prompt", starts=PROMPT_PHRASES + ("read the full story",))
    cleaners = tuple(rule if c is CLEANERS["prompt"] else c for c in DEFAULT_CLEANERS)
    Document.from_article(article, cleaners=cleaners)

Everything here runs in time linear in the text: patterns have no nested
quantifiers, and every look-around is bounded.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Literal, TypeAlias

import attrs

from ._errors import PluginError
from ._sources import Article

__all__ = [
    "ABBREVIATIONS",
    "ADVERTISEMENT_PHRASES",
    "BANNER_PHRASES",
    "BYLINE_OPENERS",
    "CAPTION_OPENERS",
    "CLEANERS",
    "CONTRIBUTED_PHRASES",
    "CONTRIBUTING_OPENERS",
    "CREDIT_WORDS",
    "DEFAULT_CLEANERS",
    "DEVELOPING_PHRASES",
    "PROMPT_PHRASES",
    "SPEECH_VERBS",
    "STAFF_PHRASES",
    "BylineRule",
    "CaptionRule",
    "Cleaner",
    "Document",
    "HeadingRule",
    "Paragraph",
    "PhraseRule",
    "Quotation",
    "Sentence",
    "TeaserRule",
    "TextSentence",
]

# -- vocabularies --------------------------------------------------------------


def _table(words: str) -> frozenset[str]:
    return frozenset(words.split())


ABBREVIATIONS: frozenset[str] = _table(
    """
    Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.
    Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat. Sun.
    Mr. Mrs. Ms. Mx. Dr. Prof. Rev. Hon. Jr. Sr. St. Ste. Mt. Ft. Ave. Blvd. Rd.
    Gov. Sen. Rep. Atty. Gen. Lt. Col. Capt. Cmdr. Sgt. Cpl. Det. Insp. Supt. Adm. Maj.
    Inc. Co. Corp. Ltd. Bros. Dept. Univ. Assn. No. Nos. Vol. vs. v. Ph.D. approx. est.
    Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass.
    Mich. Minn. Miss. Mo. Mont. Neb. Nev. Okla. Ore. Pa. Tenn. Tex. Va. Vt. Wash. Wis.
    Wyo.
    """
)
"""Words ending in a period that do not end a sentence (case-sensitive).

Runs of single letters with periods ("N.M.", "U.S.") and single capital
initials ("John Q. Okafor") are recognised without being listed.
"""

BANNER_PHRASES: tuple[str, ...] = (
    "este sitio web fue traducido automáticamente",
    "esta página fue traducida automáticamente",
    "esta página ha sido traducida automáticamente",
    "this website was automatically translated",
    "this page was automatically translated",
    "this page has been automatically translated",
    "this article was automatically translated",
    "this content was machine translated",
    "this article was machine translated",
    "ce site web a été traduit automatiquement",
    "cette page a été traduite automatiquement",
    "diese website wurde automatisch übersetzt",
    "diese seite wurde automatisch übersetzt",
    "este site foi traduzido automaticamente",
    "esta página foi traduzida automaticamente",
    "questo sito web è stato tradotto automaticamente",
    "questa pagina è stata tradotta automaticamente",
    "deze website is automatisch vertaald",
)
"""Machine-translation banners, in several languages (matched anywhere)."""

PROMPT_PHRASES: tuple[str, ...] = (
    "click here",
    "tap here",
    "sign up for",
    "subscribe to",
    "get the fox news app",
    "download the",
    "read more:",
    "read more here",
    "related:",
    "related coverage",
    "see also:",
    "watch:",
    "listen:",
    "follow us on",
    "like us on facebook",
)
"""Openings of calls to action ("CLICK HERE TO ...")."""

ADVERTISEMENT_PHRASES: tuple[str, ...] = (
    "advertisement",
    "ad",
    "skip advertisement",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading the main story",
    "sponsored content",
)
"""Whole lines left by advertisements."""

DEVELOPING_PHRASES: tuple[str, ...] = (
    "this is a developing story",
    "this story is developing",
    "this is a breaking news story",
    "this is a breaking story",
    "this story will be updated",
    "this story has been updated",
    "this story may be updated",
    "check back for updates",
    "check back later for updates",
    "please check back for updates",
)
"""Whole sentences saying the story is unfinished."""

CONTRIBUTING_OPENERS: tuple[str, ...] = (
    "contributing:",
    "contributors:",
    "additional reporting by",
    "with reporting by",
)
"""Openings of contributor lines ("Contributing: Jane Doe, The Daily")."""

CONTRIBUTED_PHRASES: tuple[str, ...] = (
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
)
"""Phrases of a contributor credit ("Jane Doe contributed to this report")."""

BYLINE_OPENERS: tuple[str, ...] = ("By ", "Written by ", "Reporting by ", "Story by ")
"""Openings of a byline, followed by a capitalised name (case-sensitive)."""

STAFF_PHRASES: tuple[str, ...] = ("staff writer", "staff reporter", "staff correspondent")
"""Phrases that make a short line a staff credit."""

CREDIT_WORDS: tuple[str, ...] = (
    "photo",
    "photos",
    "image",
    "images",
    "getty",
    "ap",
    "reuters",
    "afp",
    "epa",
    "upi",
    "courtesy",
    "provided",
    "handout",
    "file",
    "via",
    "for",
    "pool",
    "shutterstock",
    "mega",
    "credit",
    "illustration",
    "screenshot",
    "video",
    "department",
    "office",
)
"""Words that make a parenthesized end of a paragraph a photo credit."""

CAPTION_OPENERS: tuple[str, ...] = (
    "a photo ",
    "an aerial photo",
    "an undated photo",
    "a file photo",
    "a handout photo",
    "in this photo",
    "in this image",
    "in this handout",
    "in this file photo",
    "this photo ",
    "photo:",
    "pictured:",
    "pictured above",
)
"""Openings of a caption written as a sentence ("A photo released by ...")."""

SPEECH_VERBS: frozenset[str] = _table(
    """
    said says say told tells tell explained explains added adds continued continues
    wrote writes stated states noted notes argued argues claimed claims asked asks
    insisted insists warned warns replied replies responded responds recalled recalls
    acknowledged acknowledges announced announces declared declares remarked remarks
    testified testifies confirmed confirms called calls emphasized emphasizes
    contended contends maintained maintains alleged alleges according
    """
)
"""Verbs that attribute a quotation ("according" stands for "according to")."""

_CONTINUATION_VERBS = frozenset({"continued", "continues", "added", "adds"})
_REFERRING = frozenset(
    {
        "he",
        "she",
        "they",
        "we",
        "i",
        "it",
        "the statement",
        "a statement",
        "the release",
        "the press release",
        "the letter",
        "the filing",
        "the statement also",
    }
)
_NAME_PARTICLES = frozenset(
    {
        "and",
        "&",
        "de",
        "del",
        "della",
        "da",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "la",
        "le",
        "bin",
        "al",
    }
)
_PREPOSITIONS = frozenset(
    {
        "for",
        "of",
        "to",
        "at",
        "with",
        "from",
        "by",
        "in",
        "on",
        "against",
        "about",
        "into",
        "over",
        "under",
        "toward",
        "towards",
        "near",
        "behind",
        "during",
        "after",
        "before",
        "via",
        "through",
    }
)
_CUT_AFTER_VERB = _PREPOSITIONS - {"for", "of"}
_LEADING_CONNECTORS = frozenset({"and", "but", "as", "while", "so", "then", "also"})
_NOT_NAMES = _table(
    """
    The A An In On At But And As After When While If He She They It We I This That These
    Those Former Meanwhile However Still Yet Then So Also Last Next Earlier Later Another
    Both Its His Her Their Our My Your Some Many Several Other Others Now Today Yesterday
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December
    """
)
_TITLE_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "at"})

_TERMINAL = frozenset(".!?…")
_CLOSING = frozenset("\"”’')]»")
_OPENING = frozenset("\"“‘'([«„¿¡")
_CLOSING_CHARS = "".join(sorted(_CLOSING))
# The characters of a word, read backwards from its end: up to a space or an
# opening mark.
_WORD_BACK = re.compile("[^\\s" + re.escape("".join(sorted(_OPENING))) + "]*")
_CREDIT_SPLIT = re.compile(r"[\s/]+")
_NOT_A_START = frozenset(",;:)]}")
_LINE_END = _TERMINAL | frozenset(":")
_QUOTE_OPENERS: Mapping[str, str] = {'"': '"”', "“": '”"', "„": '“”"', "«": "»"}

# A possible sentence break: a whole run of final punctuation, closing marks,
# then whitespace. The look-behind after the first mark rejects a start in
# the middle of a run, and the possessive runs never backtrack, so a long run
# of periods is scanned once; a leading literal class keeps re's fast scan.
_BREAK = re.compile(r"[.!?…](?<![.!?…]{2})[.!?…]*+([\"”’')\]»]*+)\s++")
# The same breaks, one pattern per final mark: a pattern that opens with a
# literal is searched for much faster than one that opens with a class. In a
# text with one kind of final mark (most end sentences with periods alone)
# its pattern finds what _BREAK finds.
_BREAKS_AT = tuple(
    (mark, re.compile(re.escape(mark) + _BREAK.pattern.removeprefix("[.!?…]"))) for mark in ".!?…"
)
_INITIALS = re.compile(r"[A-Z]\.|(?:[A-Za-z]\.){2,}")
_QUOTE_CHARS = tuple((mark, re.compile(re.escape(mark))) for mark in '"“”„«»')
_TOKEN = re.compile(r"\w[\w'’.&-]*|[^\w\s]")
# Two characters that may be one token's: a window cut between them could
# split a token; cut anywhere else, a window tokenizes as the whole text does.
_JOINED = re.compile(r"[\w'’.&-]{2}")

_QUOTE_MARKS = frozenset('"“”„«»')
_CLAUSE_BREAKS = _QUOTE_MARKS | frozenset(";:—–()")

_MAX_ABBREVIATION = 12
_WINDOW = 300
_MAX_TOKENS = 48


# -- models --------------------------------------------------------------------


@attrs.frozen
class TextSentence:
    """A sentence, or a line of boilerplate, at its offsets in the article.

    Args:
        index: its position among the document's sentences.
        start: offset of its first character in the article text.
        end: offset just past its last character; ``text == article.text[start:end]``.
        text: the sentence.
        boilerplate: ``None`` for content, else why it is not content
            (``"banner"``, ``"caption"``, ``"credit"``, ``"prompt"``,
            ``"teaser"``, ``"heading"``, ``"byline"``, ``"contributing"``,
            ``"advertisement"``, ``"developing"``, or a user rule's reason).
        paragraph: the index of its paragraph, so that stages can tell a
            quote paragraph that continues from one that starts.
    """

    index: int
    start: int
    end: int
    text: str
    boilerplate: str | None = None
    paragraph: int = 0

    @property
    def is_content(self) -> bool:
        """Whether the sentence is part of the story, not boilerplate."""
        return self.boilerplate is None


@attrs.frozen
class Quotation:
    """A quoted passage and, when the text says who, its speaker.

    Args:
        start: offset of the first character inside the quote marks.
        end: offset just past the last character inside them (the end of
            the paragraph when a continued quote is not closed).
        text: ``article.text[start:end]``.
        speaker: the speaker as the text names them ("Ann Roe and Ben
            Okafor", "her attorneys"); for "he said" or "the statement
            continued", the speaker of the quotation it continues; ``None``
            when the text does not say.
        speaker_start: offset of the speaker's name in the article text.
        speaker_end: offset just past it.
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


@attrs.frozen
class Paragraph:
    """A paragraph and its sentences: what a cleaner looks at.

    A paragraph is a block between blank lines; in text that puts one
    paragraph on each line (most lines end a sentence), it is a line.

    Args:
        index: its position in the document.
        start: offset of its first non-blank character.
        end: offset just past its last non-blank character.
        text: ``article.text[start:end]``.
        sentences: its sentences, not yet marked.
    """

    index: int
    start: int
    end: int
    text: str
    sentences: tuple[TextSentence, ...]


Cleaner: TypeAlias = Callable[[Sequence[Paragraph]], Iterable[tuple[int, str]]]
"""A boilerplate rule: given the paragraphs, yield ``(sentence index, reason)``.

When rules disagree, the first rule in the pipeline that marks a sentence wins.
"""


# -- cleaners --------------------------------------------------------------------


def _words(text: str, limit: int) -> list[str] | None:
    """The words of ``text``, or ``None`` when there are more than ``limit``."""
    if len(text) > limit * 40:
        return None
    words = text.split(None, limit)  # stops early: one more means too many
    return words if len(words) <= limit else None


class _Words:
    """The words of the texts the rules look at, split once per document.

    Most rules first ask whether a paragraph is short enough, and several
    then compare its casefolded words; sharing the split and the folding
    across the rules of one document saves doing them once per rule. The
    memo lives only as long as one :meth:`Document.from_article` call (or
    one direct call of a rule).
    """

    __slots__ = ("_by_first", "_folded", "_joined", "_more_than", "_split", "_units")

    def __init__(self) -> None:
        self._split: dict[str, list[str]] = {}
        self._more_than: dict[str, int] = {}  # texts known to have more words
        self._folded: dict[str, tuple[int, str]] = {}  # word count, folded
        # by scope: the texts and their sentences, the texts by first
        # character, and the texts folded and joined with where each starts
        self._units: dict[str, _Units] = {}
        self._by_first: dict[str, dict[str, list[int]]] = {}
        self._joined: dict[str, tuple[str, list[int]]] = {}

    def units(self, scope: str, paragraphs: Sequence[Paragraph]) -> _Units:
        """The texts a rule of ``scope`` looks at, each with the sentences it marks.

        ``scope`` names the texts, the same for every rule of one document.
        """
        units = self._units.get(scope)
        if units is None:
            if scope == "sentence":
                every = [s for p in paragraphs for s in p.sentences]
                units = ([s.text for s in every], [(s,) for s in every])
            else:
                units = ([p.text for p in paragraphs], [p.sentences for p in paragraphs])
            self._units[scope] = units
        return units

    def by_first(self, scope: str, paragraphs: Sequence[Paragraph]) -> dict[str, list[int]]:
        """The positions of the texts of ``scope``, by their first character.

        A rule whose phrases start with a few letters then looks only at the
        texts that start with one of them, not at every text.
        """
        groups = self._by_first.get(scope)
        if groups is None:
            groups = self._by_first[scope] = {}
            for k, text in enumerate(self.units(scope, paragraphs)[0]):
                first = text[:1]
                if first in groups:
                    groups[first].append(k)
                else:
                    groups[first] = [k]
        return groups

    def joined(self, scope: str, paragraphs: Sequence[Paragraph]) -> tuple[str, list[int]]:
        """All the texts of ``scope``, casefolded, one per line, and where each starts.

        A text's folded words (see :meth:`folded`) appear in its line with
        runs of whitespace between them, so one search of the document, for
        a phrase whose spaces are read as such runs, tells which few texts
        can contain it.
        """
        known = self._joined.get(scope)
        if known is None:
            parts = self.units(scope, paragraphs)[0]
            raw = "\n".join(parts)
            if raw.isascii():  # folds as it lowers, much faster
                folded = raw.lower()
            else:  # fold only the texts that need it, keeping their lengths
                parts = [t.lower() if t.isascii() else t.casefold() for t in parts]
                folded = "\n".join(parts)
            starts, at = [], 0
            for part in parts:
                starts.append(at)
                at += len(part) + 1
            known = self._joined[scope] = (folded, starts)
        return known

    def containing(self, scope: str, paragraphs: Sequence[Paragraph], gate: _Gate) -> set[int]:
        """The positions of the texts of ``scope`` that may contain a phrase.

        ``gate`` is the words the phrases need, one of which must be there
        for any to be, and the phrases with their spaces read as runs of
        whitespace (see :func:`_gate`). A text outside the set contains none
        of the phrases once its words are folded and joined by single spaces.
        """
        joined, offsets = self.joined(scope, paragraphs)
        needed, spaced = gate
        if not offsets:
            return set()
        ends = [*offsets[1:], len(joined) + 1]  # just past each text's line break
        lines: set[int] = set()  # the texts holding a needed word
        for word in needed:
            at = joined.find(word)
            while at >= 0:
                k = bisect.bisect_right(offsets, at) - 1
                lines.add(k)
                at = joined.find(word, ends[k])  # on from the next text
        search = spaced.search
        return {k for k in lines if search(joined, offsets[k], ends[k] - 1) is not None}

    def count(self, text: str, limit: int) -> int:
        """How many words ``text`` has, or 0 when :func:`_words` would give ``None``."""
        if len(text) > limit * 40:
            return 0
        words = self._split.get(text)
        if words is None:
            if self._more_than.get(text, -1) >= limit:
                return 0
            words = text.split(None, limit)  # stops early: one more means too many
            if len(words) > limit:
                self._more_than[text] = limit
                return 0
            self._split[text] = words
        n = len(words)
        return n if n <= limit else 0

    def folded(self, text: str, limit: int) -> str | None:
        """The casefolded words of ``text`` joined by single spaces, for short texts.

        ``None`` when ``text`` has no words or more than ``limit``.
        """
        if len(text) > limit * 40:
            return None
        known = self._folded.get(text)
        if known is None:
            if not self.count(text, limit):
                return None
            words = self._split[text]
            known = self._folded[text] = (len(words), " ".join(words).casefold())
        return known[1] if known[0] <= limit else None


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with final punctuation, maybe inside quotes."""
    return text.rstrip().rstrip(_CLOSING_CHARS)[-1:] in _TERMINAL


_Trie: TypeAlias = dict[str, "_Trie"]
_Units: TypeAlias = tuple[list[str], list[Sequence["TextSentence"]]]


def _any_of(phrases: Iterable[str], *, space: str = r"\ ") -> str:
    """A pattern whose searches find the same phrases as ``a|b|...``, faster.

    ``re`` tries every branch of an alternation at each position; sharing
    the phrases' prefixes ("this (?:page|website) ...") leaves one branch to
    try per next character. Only whether a search finds something is kept:
    a phrase that starts another one stands for both. ``space`` is the
    pattern a space of a phrase stands for.
    """
    trie: _Trie = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern_of(trie, space)


def _pattern_of(node: _Trie, space: str) -> str:
    if "" in node:  # a phrase ends here: what follows does not matter
        return ""
    branches = [
        (space if char == " " else re.escape(char)) + _pattern_of(rest, space)
        for char, rest in node.items()
    ]
    if not branches:
        return "(?!)"  # no phrases: nothing matches
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_Gate: TypeAlias = tuple[tuple[str, ...], re.Pattern[str]]


def _gate(phrases: Iterable[str]) -> _Gate:
    """Words a text needs to contain one of ``phrases``, and the phrases spaced.

    Each phrase needs its longest word (a word that holds another needed
    word is there whenever that one is); the pattern reads a space of a
    phrase as any run of whitespace. A search of all the texts at once (see
    :meth:`_Words.containing`) that finds none of them spares folding and
    searching each text.
    """
    folded = [p.casefold() for p in phrases]
    longest = {max(p.split(" "), key=len) for p in folded}
    needed = tuple(sorted(w for w in longest if not any(v in w for v in longest - {w})))
    return needed, re.compile(_any_of(folded, space=r"\s++"))


@attrs.frozen
class PhraseRule:
    """Marks paragraphs (or sentences) that start with, contain or equal a phrase.

    Matching ignores case and runs of whitespace; ``equals`` also ignores
    final ``.``, ``:`` and ``!``.

    Args:
        reason: the boilerplate reason to give.
        starts: phrases the text may start with.
        contains: phrases the text may contain.
        equals: phrases the text may be.
        scope: ``"paragraph"`` marks every sentence of a matching paragraph;
            ``"sentence"`` matches and marks sentences one by one.
        max_words: longer texts are never boilerplate of this kind.
    """

    reason: str
    starts: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    equals: tuple[str, ...] = ()
    scope: Literal["paragraph", "sentence"] = "paragraph"
    max_words: int = 40
    _folded: tuple[tuple[str, ...], re.Pattern[str] | None, frozenset[str]] = attrs.field(
        init=False, repr=False, eq=False
    )

    @_folded.default
    def _fold(self) -> tuple[tuple[str, ...], re.Pattern[str] | None, frozenset[str]]:
        contains = "|".join(re.escape(p.casefold()) for p in self.contains)
        return (
            tuple(p.casefold() for p in self.starts),
            re.compile(_any_of(p.casefold() for p in self.contains)) if contains else None,
            frozenset(p.casefold() for p in self.equals),
        )

    _gate: _Gate | None = attrs.field(init=False, repr=False, eq=False)

    @_gate.default
    def _spaced(self) -> _Gate | None:
        return None if self._folded[1] is None else _gate(self.contains)

    _firsts: frozenset[str] | None = attrs.field(init=False, repr=False, eq=False)

    @_firsts.default
    def _first_letters(self) -> frozenset[str] | None:
        """The letters a text can start with to start or equal a phrase.

        ``None`` when any text may: an empty phrase. Testing the first letter
        settles most texts before they are split and folded.
        """
        starts, _, equals = self._folded
        phrases = (*starts, *equals)
        return None if "" in phrases else frozenset(p[0] for p in phrases)

    _heads: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)

    @_heads.default
    def _first_words(self) -> tuple[str, ...]:
        """What the first word of a text starts with to start or equal a phrase.

        The first word of the folded text is the folded first word, and it
        starts with a phrase's first word: testing it spares folding the
        whole text for most texts that only share the first letter.
        """
        starts, _, equals = self._folded
        return tuple({p.split(" ", 1)[0] for p in (*starts, *equals)})

    def __call__(self, paragraphs: Sequence[Paragraph]) -> Iterator[tuple[int, str]]:
        """Yield the sentences to mark."""
        return self._marks(paragraphs, _Words())

    def _marks(self, paragraphs: Sequence[Paragraph], words: _Words) -> Iterator[tuple[int, str]]:
        scope, fold, limit, firsts = self.scope, words.folded, self.max_words, self._firsts
        texts, marked = words.units(scope, paragraphs)
        starts, contains, equals = self._folded
        search, gate = None, self._gate
        containing: set[int] = set()  # the texts that may contain a phrase
        if contains is not None and gate is not None:
            containing = words.containing(scope, paragraphs, gate)
            search = contains.search
        starting: Iterable[int] = ()  # the texts that may start with or be a phrase
        if firsts is None:
            starting = range(len(texts))
        elif starts or equals:
            starting = [
                k
                for first, indices in words.by_first(scope, paragraphs).items()
                if first.isspace() or first.casefold()[:1] in firsts
                for k in indices
            ]
        heads = self._heads
        for k in sorted(containing.union(starting)):
            text = texts[k]
            may_contain = k in containing
            if not may_contain:
                head = text.split(None, 1)
                if not head or not head[0].casefold().startswith(heads):
                    continue
            folded = fold(text, limit)
            if folded is not None and (
                (starts and folded.startswith(starts))
                or (may_contain and search is not None and search(folded) is not None)
                or (equals and folded.rstrip(" .:!") in equals)
            ):
                for s in marked[k]:
                    yield s.index, self.reason


@attrs.frozen
class BylineRule:
    """Marks bylines ("By Jane Doe") and staff credits ("Times Staff Writer ...").

    Args:
        openers: case-sensitive openings followed by a capitalised name.
        staff_phrases: phrases that make a short paragraph a staff credit.
        max_words: longer paragraphs are never bylines.
    """

    openers: tuple[str, ...] = BYLINE_OPENERS
    staff_phrases: tuple[str, ...] = STAFF_PHRASES
    max_words: int = 16
    _compiled: tuple[tuple[str, ...], re.Pattern[str], _Gate] = attrs.field(
        init=False, repr=False, eq=False
    )

    @_compiled.default
    def _compile(self) -> tuple[tuple[str, ...], re.Pattern[str], _Gate]:
        staff = self.staff_phrases
        return tuple(self.openers), re.compile(_any_of(staff)), _gate(staff)

    def __call__(self, paragraphs: Sequence[Paragraph]) -> Iterator[tuple[int, str]]:
        """Yield the sentences to mark."""
        return self._marks(paragraphs, _Words())

    def _marks(self, paragraphs: Sequence[Paragraph], words: _Words) -> Iterator[tuple[int, str]]:
        openers, staff, gate = self._compiled
        staffed = words.containing("paragraph", paragraphs, gate)
        for k, p in enumerate(paragraphs):
            text = p.text
            if not text.startswith(openers) and k not in staffed:
                continue  # neither opened nor a staff credit
            if not words.count(text, self.max_words):
                continue
            opened = text.startswith(openers) and any(
                text.startswith(o) and text[len(o) : len(o) + 1].isupper() for o in openers
            )
            if (opened and not _ends_sentence(text)) or staff.search(text.casefold()):
                yield from ((s.index, "byline") for s in p.sentences)


_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))


def _mostly_lower(head: str) -> bool:
    """Whether more than half the characters of ``head`` are lower case.

    Counting the ASCII lower-case letters first, in C, settles ordinary
    prose without calling :meth:`str.islower` on each character.
    """
    half = len(head) // 2
    plain = head.encode("ascii", "ignore")
    if len(plain) - len(plain.translate(None, _ASCII_LOWER)) > half:
        return True
    return sum(map(str.islower, head)) > half


@attrs.frozen
class TeaserRule:
    """Marks ALL-CAPS headlines of other stories placed inside the article.

    Args:
        min_words: shorter lines (an "ADVERTISEMENT", a name) are left to
            other rules.
        min_letters: fewer cased letters are not enough to judge.
        min_upper: the share of capitals among cased letters.
        max_chars: longer paragraphs are never teasers.
    """

    min_words: int = 4
    min_letters: int = 12
    min_upper: float = 0.8
    max_chars: int = 400

    def __call__(self, paragraphs: Sequence[Paragraph]) -> Iterator[tuple[int, str]]:
        """Yield the sentences to mark."""
        return self._marks(paragraphs, _Words())

    def _marks(self, paragraphs: Sequence[Paragraph], words: _Words) -> Iterator[tuple[int, str]]:
        for p in paragraphs:
            if len(p.text) > self.max_chars or _mostly_lower(p.text[:60]):
                continue  # mostly lower case from the start: ordinary prose
            if len(p.text.split(None, self.min_words - 1)) < self.min_words:
                continue  # too few words: splitting stops once there are enough
            upper = sum(map(str.isupper, p.text))
            lower = sum(map(str.islower, p.text))
            if upper + lower >= self.min_letters and upper >= self.min_upper * (upper + lower):
                yield from ((s.index, "teaser") for s in p.sentences)


@attrs.frozen
class CaptionRule:
    """Marks photo captions, their credits and their headings.

    A paragraph that ends in a parenthesized credit ("(Getty Images)") is a
    caption, and its credit a ``"credit"``; the short line before it is the
    caption's heading ("Judge Roe in court"). A paragraph opening like
    "A photo released by ..." is a caption too.

    Args:
        credit_words: words that make a parenthesized ending a credit even
            when no sentence ends before it.
        openers: openings of a caption written as a sentence.
        max_credit_words: a longer parenthesis is prose, not a credit.
        max_heading_words: a longer line before a caption is not its heading.
    """

    credit_words: tuple[str, ...] = CREDIT_WORDS
    openers: tuple[str, ...] = CAPTION_OPENERS
    max_credit_words: int = 10
    max_heading_words: int = 15
    _openers: tuple[tuple[str, ...], int] = attrs.field(init=False, repr=False, eq=False)

    @_openers.default
    def _longest(self) -> tuple[tuple[str, ...], int]:
        openers = tuple(self.openers)
        return openers, max(map(len, openers), default=0)

    def __call__(self, paragraphs: Sequence[Paragraph]) -> Iterator[tuple[int, str]]:
        """Yield the sentences to mark."""
        return self._marks(paragraphs, _Words())

    def _marks(self, paragraphs: Sequence[Paragraph], words: _Words) -> Iterator[tuple[int, str]]:
        openers, longest = self._openers
        for i, p in enumerate(paragraphs):
            credit = self._credit(p) if p.text.endswith(")") else None
            if credit is not None:
                yield from (
                    (s.index, "credit" if s.start >= credit else "caption") for s in p.sentences
                )
                before, alone = i - 1, credit == p.start
                if alone and before >= 0 and words.count(paragraphs[before].text, 50):
                    yield from ((s.index, "caption") for s in paragraphs[before].sentences)
                    before -= 1
                if before >= 0 and self._is_heading(paragraphs[before], periods=not alone):
                    yield from ((s.index, "caption") for s in paragraphs[before].sentences)
            elif (
                0 < len(p.sentences) <= 2
                # an opener is matched by as many leading characters: fold just those
                and p.sentences[0].text[:longest].casefold().startswith(openers)
                and words.count(p.text, 60)
            ):
                yield from ((s.index, "caption") for s in p.sentences)

    def _credit(self, p: Paragraph) -> int | None:
        """The offset of the paragraph's closing credit, if it ends with one."""
        text = p.text
        if not text.endswith(")"):
            return None
        opening = text.rfind("(", max(0, len(text) - 160))
        inner = text[opening + 1 : -1].strip()
        if opening < 0 or not inner or "(" in inner or ")" in inner or ":" in inner:
            return None
        words = _CREDIT_SPLIT.split(inner)
        if len(words) > self.max_credit_words or not inner[0].isupper() or _ends_sentence(inner):
            return None
        before = text[:opening].rstrip()
        credited = any(w.strip(".,'’").casefold() in self.credit_words for w in words)
        if before and not credited and not _ends_sentence(before):
            return None
        return p.start + opening

    def _is_heading(self, p: Paragraph, *, periods: bool) -> bool:
        """Whether ``p`` is the title line of the caption after it.

        It has no final period, or, right before a caption with its own
        text, it is a short line with no quotation ("Vance is seen in court.").
        """
        words = _words(p.text, self.max_heading_words)
        if not words or "\n" in p.text or len(p.sentences) > 2:
            return False
        if not _ends_sentence(p.text):
            return True
        return periods and len(words) <= 12 and not any(c in p.text for c in '"“”')


@attrs.frozen
class HeadingRule:
    """Marks lines without final punctuation between paragraphs: subheadings.

    Real sentences end with a period (or ``?``, ``!``, or a colon that
    introduces a quote); a short line that does not, like a section title
    or the headline of a linked story, is not part of the story's prose.
    A one-paragraph text is never a heading.

    Args:
        max_words: a longer line is prose missing its period.
    """

    max_words: int = 20

    def __call__(self, paragraphs: Sequence[Paragraph]) -> Iterator[tuple[int, str]]:
        """Yield the sentences to mark."""
        return self._marks(paragraphs, _Words())

    def _marks(self, paragraphs: Sequence[Paragraph], words: _Words) -> Iterator[tuple[int, str]]:
        if len(paragraphs) < 2:
            return
        for p in paragraphs:
            if "\n" in p.text or _ends_sentence(p.text):
                continue  # most paragraphs: told before counting words
            if not words.count(p.text, self.max_words) or p.text.rstrip()[-1] in ":,;-—":
                continue
            first = next((c for c in p.text if c.isalnum()), "")
            if first.isupper() or first.isdigit():
                yield from ((s.index, "heading") for s in p.sentences)


CLEANERS: Mapping[str, Cleaner] = {
    "banner": PhraseRule("banner", contains=BANNER_PHRASES, max_words=60),
    "advertisement": PhraseRule("advertisement", equals=ADVERTISEMENT_PHRASES, max_words=6),
    "prompt": PhraseRule("prompt", starts=PROMPT_PHRASES, max_words=30),
    "byline": BylineRule(),
    "contributing": PhraseRule(
        "contributing", starts=CONTRIBUTING_OPENERS, contains=CONTRIBUTED_PHRASES, max_words=60
    ),
    "developing": PhraseRule(
        "developing", equals=DEVELOPING_PHRASES, scope="sentence", max_words=12
    ),
    "teaser": TeaserRule(),
    "caption": CaptionRule(),
    "heading": HeadingRule(),
}
"""The built-in boilerplate rules by name, for ``cleaners=["banner", ...]``."""

DEFAULT_CLEANERS: tuple[Cleaner, ...] = tuple(CLEANERS.values())
"""The rules :meth:`Document.from_article` runs by default, in this order."""


_RULES = (PhraseRule, BylineRule, TeaserRule, CaptionRule, HeadingRule)


def _marks(
    cleaner: Cleaner, paragraphs: Sequence[Paragraph], words: _Words
) -> Iterable[tuple[int, str]]:
    """What ``cleaner`` marks; the built-in rules share the document's words."""
    if isinstance(cleaner, _RULES) and type(cleaner) in _RULES:  # not a subclass
        return cleaner._marks(paragraphs, words)
    return cleaner(paragraphs)


def _resolve_cleaners(cleaners: Iterable[str | Cleaner]) -> list[Cleaner]:
    resolved: list[Cleaner] = []
    for cleaner in cleaners:
        if isinstance(cleaner, str):
            if cleaner not in CLEANERS:
                raise PluginError(f"no cleaner named {cleaner!r}; known: {', '.join(CLEANERS)}")
            resolved.append(CLEANERS[cleaner])
        else:
            resolved.append(cleaner)
    return resolved


# -- documents -----------------------------------------------------------------------


@attrs.frozen
class Document:
    """An article with its sentences, boilerplate and quotations.

    Build one with :meth:`from_article`; every offset points into
    ``article.text``.

    Args:
        article: the article.
        sentences: every sentence, content and boilerplate, in order.
        quotations: every quoted passage, in order.
    """

    article: Article
    sentences: tuple[TextSentence, ...]
    quotations: tuple[Quotation, ...] = ()

    @classmethod
    def from_article(
        cls,
        article: Article,
        *,
        cleaners: Iterable[str | Cleaner] = DEFAULT_CLEANERS,
        abbreviations: frozenset[str] = ABBREVIATIONS,
    ) -> Document:
        """Split an article into sentences, mark its boilerplate, find its quotations.

        Args:
            article: the article.
            cleaners: boilerplate rules, by name (see :data:`CLEANERS`) or as
                callables, run in order; the first to mark a sentence gives
                its reason. An empty tuple marks nothing.
            abbreviations: words ending in a period that do not end a sentence.

        Raises:
            PluginError: a cleaner name is unknown, or a cleaner marked a
                sentence that does not exist.

        >>> text = 'CLICK HERE FOR UPDATES\\n\\n"We will appeal," Dana Reyes said. She left.'
        >>> doc = Document.from_article(Article(text))
        >>> [s.boilerplate for s in doc.sentences]
        ['prompt', None, None]
        >>> [s.text for s in doc.content_sentences]
        ['"We will appeal," Dana Reyes said.', 'She left.']
        >>> doc.quotations[0].text, doc.quotations[0].speaker
        ('We will appeal,', 'Dana Reyes')
        """
        text = article.text
        paragraphs = _paragraphs(text, abbreviations)
        every = [s for p in paragraphs for s in p.sentences]  # every[i].index == i
        count = len(every)
        reasons: dict[int, str | None] = {}  # the few marked sentences
        words = _Words()
        for cleaner in _resolve_cleaners(cleaners):
            for index, reason in _marks(cleaner, paragraphs, words):
                if not 0 <= index < count:
                    raise PluginError(
                        f"cleaner {cleaner!r} marked sentence {index}, "
                        f"but the document has {count} sentences"
                    )
                if reasons.get(index) is None:
                    reasons[index] = reason
        for index, why in reasons.items():
            if why is not None:
                s = every[index]
                every[index] = TextSentence(s.index, s.start, s.end, s.text, why, s.paragraph)
        sentences = tuple(every)
        quotations = _Quotes(text, paragraphs, sentences, abbreviations).find()
        return cls(article, sentences, tuple(quotations))

    @property
    def text(self) -> str:
        """The article's text, which every offset points into."""
        return self.article.text

    @property
    def content_sentences(self) -> tuple[TextSentence, ...]:
        """The sentences that are part of the story, in order."""
        return tuple(s for s in self.sentences if s.boilerplate is None)

    def sentence_at(self, offset: int) -> TextSentence | None:
        """The sentence covering ``offset``, or ``None`` between sentences."""
        i = bisect.bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def quotation_at(self, offset: int) -> Quotation | None:
        """The quotation whose quoted text covers ``offset``, if any.

        Extractors use it to tell what a speaker said (an opinion, a claim
        of one side) from what the article asserts.
        """
        i = bisect.bisect_right(self.quotations, offset, key=lambda q: q.start) - 1
        if i >= 0 and offset < self.quotations[i].end:
            return self.quotations[i]
        return None


# -- paragraphs and sentences ------------------------------------------------------


def _paragraphs(text: str, abbreviations: frozenset[str]) -> tuple[Paragraph, ...]:
    """The text's paragraphs, each with its sentences, in linear time."""
    blocks: list[list[tuple[int, int]]] = [[]]
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line and not line.isspace():
            blocks[-1].append((pos, end))
        elif blocks[-1]:
            blocks.append([])
        pos = end + 1
    inner = [line for block in blocks for line in block[:-1]]
    ended = sum(_ends_line(text, start, end) for start, end in inner)
    if inner and 2 * ended >= len(inner):  # one paragraph per line
        spans = [line for block in blocks for line in block]
    else:
        spans = [(block[0][0], block[-1][1]) for block in blocks if block]
    paragraphs: list[Paragraph] = []
    count = 0
    # one scan finds the possible breaks of every paragraph: each one starts
    # on a non-blank character, so inside a paragraph
    breaks = _breaks(text)
    pending = next(breaks, None)
    for start, end in spans:
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        inside = []
        while pending is not None and pending.start() < end:
            # whitespace inside the paragraph must follow: not its final mark
            if pending.start() >= start and pending.end(1) < end:
                inside.append(pending)
            pending = next(breaks, None)
        index, whole = len(paragraphs), text[start:end]
        pieces = _split(text, start, end, inside, abbreviations) if inside else [(start, end)]
        if any(e - s > _MAX_SENTENCE for s, e in pieces):
            pieces = [piece for s, e in pieces for piece in _bounded(text, s, e)]
        if len(pieces) == 1:  # a one-sentence paragraph: share its text
            sentences: tuple[TextSentence, ...] = (
                TextSentence(count, start, end, whole, None, index),
            )
        else:
            sentences = tuple(
                [
                    TextSentence(count + i, s, e, text[s:e], None, index)
                    for i, (s, e) in enumerate(pieces)
                ]
            )
        count += len(sentences)
        paragraphs.append(Paragraph(index, start, end, whole, sentences))
    return tuple(paragraphs)


_MAX_SENTENCE = 2000
"""The most characters a sentence is read as; a longer run is read in pieces.

News sentences run to a few hundred characters. A run of thousands without a
break is not prose but a list, a table or hostile text; cutting it keeps the
work of every rule that reads a sentence at a time linear in the article.
"""


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``_MAX_SENTENCE`` characters.

    Each piece ends at the last space before its limit (or at the limit,
    where there is none), and the spaces between pieces belong to neither.
    """
    pieces = []
    while end - start > _MAX_SENTENCE:
        limit = start + _MAX_SENTENCE
        cut = limit
        while cut > start and not text[cut].isspace():
            cut -= 1
        if cut == start:  # no space: a hard cut
            cut = limit
        stop = cut
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        pieces.append((start, stop))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def _breaks(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_BREAK` in ``text``, in order, found faster."""
    found = [pattern for mark, pattern in _BREAKS_AT if mark in text]
    # most texts end their sentences with periods alone
    return (found[0] if len(found) == 1 else _BREAK).finditer(text)


def _ends_line(text: str, start: int, end: int) -> bool:
    while end > start and text[end - 1].isspace():
        end -= 1
    while end > start and text[end - 1] in _CLOSING:
        end -= 1
    return end > start and text[end - 1] in _LINE_END


def _split(
    text: str,
    start: int,
    end: int,
    breaks: Iterable[re.Match[str]],
    abbreviations: frozenset[str],
) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (a paragraph, trimmed).

    ``breaks`` are the matches of :data:`_BREAK` inside it.
    """
    spans: list[tuple[int, int]] = []
    begin = start
    for match in breaks:
        following = match.end()
        char = text[following]
        if char.islower() or char in _NOT_A_START:
            continue
        dot = match.start()
        if (
            text[dot] == "."
            and text[dot + 1].isspace()  # a lone period, no closing mark
            and _is_abbreviation(text, dot, begin, abbreviations)
        ):
            continue
        spans.append((begin, match.end(1)))
        begin = following
    spans.append((begin, end))
    return spans


def _is_abbreviation(text: str, dot: int, start: int, abbreviations: frozenset[str]) -> bool:
    """Whether the word ending at the period ``text[dot]`` is an abbreviation."""
    limit = max(start, dot - _MAX_ABBREVIATION)
    back = _WORD_BACK.match(text[limit:dot][::-1])  # the word, reversed
    k = dot - (back.end() if back is not None else 0)
    if k == limit and k > start and not text[k - 1].isspace() and text[k - 1] not in _OPENING:
        return False  # a word longer than any abbreviation
    word = text[k : dot + 1]
    return word in abbreviations or _INITIALS.fullmatch(word) is not None


# -- quotations ------------------------------------------------------------------

_Span: TypeAlias = tuple[int, int]


@attrs.define
class _Found:
    """A quotation under construction."""

    start: int
    end: int
    opening: int
    closed: bool
    paragraph: int
    speaker: _Span | None = None


class _Quotes:
    """Finds the quoted passages of a document and who said them."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[Paragraph],
        sentences: Sequence[TextSentence],
        abbreviations: frozenset[str],
    ):
        self.text = text
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.abbreviations = abbreviations
        self.starts = [s.start for s in sentences]
        self._cache: tuple[int, list[int], list[_Span]] | None = None
        self._windows: dict[int, int] = {}  # sentence index: characters tokenized alone
        content = {s.paragraph for s in sentences if s.boilerplate is None}
        self.previous_content: list[int | None] = []
        last: int | None = None
        for i in range(len(paragraphs)):
            self.previous_content.append(last)
            if i in content:
                last = i

    def find(self) -> list[Quotation]:
        found = self._pairs()
        last_said: _Span | None = None
        said_in: dict[int, _Span] = {}
        for q in found:
            q.speaker = self._speaker(q, last_said, said_in)
            if q.speaker is not None:
                last_said = q.speaker
                said_in[q.paragraph] = q.speaker
        for i in range(len(found) - 2, -1, -1):  # a continued quote paragraph
            q, after = found[i], found[i + 1]
            if (
                q.speaker is None
                and not q.closed
                and after.opening == self._para_start(q.paragraph + 1)
            ):
                q.speaker = after.speaker
        quotations = []
        for q in found:
            spoken = q.speaker
            quotations.append(
                Quotation(
                    q.start,
                    q.end,
                    self.text[q.start : q.end],
                    None if spoken is None else self.text[spoken[0] : spoken[1]],
                    None if spoken is None else spoken[0],
                    None if spoken is None else spoken[1],
                )
            )
        return quotations

    def _para_start(self, index: int) -> int | None:
        return self.paragraphs[index].start if index < len(self.paragraphs) else None

    def _pairs(self) -> list[_Found]:
        """The quotations of every paragraph, in order.

        One scan of the text finds every quote mark; a quote left open is
        closed by the end of its paragraph.
        """
        found: list[_Found] = []
        paragraphs = self.paragraphs
        k, n = 0, len(paragraphs)
        opening: int | None = None
        closers = ""
        text = self.text
        # a search for each mark in the text, which finds it fast
        marks = [m.start() for c, mark in _QUOTE_CHARS if c in text for m in mark.finditer(text)]
        marks.sort()
        for pos in marks:
            while k < n and paragraphs[k].end <= pos:  # past paragraph k
                if opening is not None:
                    self._quote(opening, paragraphs[k].end, False, paragraphs[k].index, found)
                    opening = None
                k += 1
            if k == n or pos < paragraphs[k].start:
                continue  # between paragraphs: not part of one
            char = text[pos]
            if opening is None:
                if char in _QUOTE_OPENERS:
                    opening, closers = pos, _QUOTE_OPENERS[char]
            elif char in closers:
                self._quote(opening, pos, True, paragraphs[k].index, found)
                opening = None
        if opening is not None:
            self._quote(opening, paragraphs[k].end, False, paragraphs[k].index, found)
        return found

    def _quote(
        self, opening: int, close: int, closed: bool, paragraph: int, found: list[_Found]
    ) -> None:
        text = self.text
        start, end = opening + 1, close
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            found.append(_Found(start, end, opening, closed, paragraph))

    def _sentence(self, offset: int) -> TextSentence:
        return self.sentences[max(0, bisect.bisect_right(self.starts, offset) - 1)]

    def _speaker(
        self, q: _Found, last_said: _Span | None, said_in: Mapping[int, _Span]
    ) -> _Span | None:
        text = self.text
        if _title_like(text[q.start : q.end]):
            return None
        found = self._attribution(q)
        earlier = said_in.get(q.paragraph)
        previous = self.previous_content[q.paragraph]
        before = said_in.get(previous) if previous is not None else None
        if found is not None:
            span, verb = found
            if text[span[0] : span[1]].casefold() not in _REFERRING:
                return span
            if verb in _CONTINUATION_VERBS:
                return last_said
            return earlier or before
        sentence = self._sentence(q.opening)
        if q.opening != sentence.start:
            return None
        if earlier is not None:
            return earlier
        if q.opening == self.paragraphs[q.paragraph].start:
            return before
        return None

    def _attribution(self, q: _Found) -> tuple[_Span, str] | None:
        """The speaker span and verb that attribute ``q``, searched near it."""
        first = self._sentence(q.opening)
        found = self._before(first, max(first.start, q.opening - _WINDOW), q.opening)
        if found is not None or not q.closed:
            return found
        last = self._sentence(q.end)
        close = q.end
        while self.text[close].isspace():
            close += 1
        close += 1  # the closing mark
        inside = self.text[q.end - 1]
        after = close
        while after < last.end and self.text[after].isspace():
            after += 1
        if after < last.end and (inside in ",?!—" or self.text[after] in ",—"):
            found = self._after(last, after, last.end, max_lead=16)
            if found is not None:
                return found
        if after >= last.end and last.index + 1 < len(self.sentences):
            following = self.sentences[last.index + 1]
            short = len(following.text) < 80 and len(following.text.split()) <= 8
            if following.paragraph == q.paragraph and short:
                found = self._after(following, following.start, following.end, max_lead=6)
                if found is not None:
                    return found
        if last.end - after < _WINDOW and len(self.text[q.start : q.end].split(None, 3)) >= 4:
            comma = self.text.rfind(",", after, last.end)
            if comma >= 0:
                return self._after(last, comma + 1, last.end, max_lead=10)
        return None

    def _tokens(self, sentence: TextSentence, lo: int, hi: int, *, near_end: bool) -> list[_Span]:
        """At most :data:`_MAX_TOKENS` tokens of ``text[lo:hi]``, in ``sentence``.

        A sentence is tokenized once however many quotations it holds, and
        only the tokens nearest the quotation are looked at, which keeps the
        search linear in the text. A short window that cuts no token (the
        words before a quote, the few after it) is tokenized alone: the
        tokens are the same, and the quoted words are not tokenized at all.
        Windows are tokenized alone only until they add up to the sentence's
        length, so a sentence of many quotations is still tokenized once.
        """
        if lo >= hi:
            return []
        text = self.text
        spent = self._windows.get(sentence.index, 0) + hi - lo
        if (
            sentence.start <= lo <= hi <= sentence.end
            and hi - lo <= _WINDOW
            and spent <= sentence.end - sentence.start
            and (lo == sentence.start or _JOINED.match(text, lo - 1) is None)
            and (hi == sentence.end or _JOINED.match(text, hi - 1) is None)
        ):
            self._windows[sentence.index] = spent
            tokens = _TOKEN.finditer(text, lo, hi)
            if not near_end:  # the first tokens: no need to read on
                return [m.span() for m in itertools.islice(tokens, _MAX_TOKENS)]
            return [m.span() for m in tokens][-_MAX_TOKENS:]
        if self._cache is None or self._cache[0] != sentence.index:
            spans = [m.span() for m in _TOKEN.finditer(self.text, sentence.start, sentence.end)]
            self._cache = (sentence.index, [a for a, _ in spans], spans)
        _, starts, spans = self._cache
        i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
        if near_end:
            return spans[max(i, j - _MAX_TOKENS) : j]
        return spans[i : min(j, i + _MAX_TOKENS)]

    def _word(self, token: _Span) -> str:
        return self.text[token[0] : token[1]].rstrip(".").casefold()

    def _verb(self, tokens: Sequence[_Span], i: int) -> tuple[int, str] | None:
        """The speech verb at ``tokens[i]``, as (its length in tokens, the verb)."""
        word = self._word(tokens[i])
        if word not in SPEECH_VERBS:
            return None
        if word == "according":
            if i + 1 < len(tokens) and self._word(tokens[i + 1]) == "to":
                return 2, "according to"
            return None
        return 1, word

    def _after(
        self, sentence: TextSentence, lo: int, hi: int, *, max_lead: int
    ) -> tuple[_Span, str] | None:
        """An attribution that opens ``text[lo:hi]``: "X said", "said X"."""
        tokens = self._clause(self._tokens(sentence, lo, hi, near_end=False))
        if tokens and self.text[tokens[0][0]] == ",":
            tokens = tokens[1:]
        text = self.text
        for i in range(min(len(tokens), max_lead + 1)):
            s, e = tokens[i]
            if text[s:e].rstrip(".").casefold() not in SPEECH_VERBS:
                continue  # most words, told without a call
            verb = self._verb(tokens, i)
            if verb is None:
                continue
            size, word = verb
            if i == 0 or word == "according to":
                span = self._choose(tokens[i + size :], verb_first=True, sentence_start=-1)
            else:
                span = self._choose(tokens[:i], verb_first=False, sentence_start=-1)
            return (span, word) if span is not None else None
        return None

    def _clause(self, tokens: list[_Span]) -> list[_Span]:
        """The tokens up to the end of the clause they open."""
        text = self.text
        for i, (s, e) in enumerate(tokens):
            token = text[s:e]
            if token in _CLAUSE_BREAKS or token in ".!?":
                return tokens[:i]
            if token.endswith(".") and len(token) > 1 and not self._abbreviation(token):
                return tokens[: i + 1]
        return tokens

    def _abbreviation(self, token: str) -> bool:
        return token in self.abbreviations or _INITIALS.fullmatch(token) is not None

    def _before(self, sentence: TextSentence, lo: int, hi: int) -> tuple[_Span, str] | None:
        """An attribution before a quote, in its sentence: "X says the ..."."""
        tokens = self._tokens(sentence, lo, hi, near_end=True)
        text = self.text
        inside, marks = False, 0
        for i in range(len(tokens) - 1, -1, -1):
            s, e = tokens[i]
            token = text[s:e]
            if token in _QUOTE_MARKS:
                marks += 1
                if marks > 2:  # look past one earlier quotation, not more
                    return None
                inside = not inside
                continue
            if inside or token in ";:—–()":
                if not inside and token != ":":
                    return None
                continue
            if token.rstrip(".").casefold() not in SPEECH_VERBS:
                continue  # most words, told without a call
            verb = self._verb(tokens, i)
            if verb is None:
                continue
            size, word = verb
            if word == "according to":
                rest = self._clause(tokens[i + size :])
                span = self._choose(rest, verb_first=True, sentence_start=-1)
            else:
                j = i
                while j > 0 and self.text[tokens[j - 1][0] : tokens[j - 1][1]] not in (
                    _CLAUSE_BREAKS
                ):
                    j -= 1
                span = self._choose(tokens[j:i], verb_first=False, sentence_start=sentence.start)
            return (span, word) if span is not None else None
        return None

    def _choose(
        self, tokens: Sequence[_Span], *, verb_first: bool, sentence_start: int
    ) -> _Span | None:
        """The speaker in a phrase: a name if it has one, else a short description."""
        text = self.text
        parts: list[list[_Span]] = [[]]
        for token in tokens:
            if text[token[0] : token[1]] == ",":
                parts.append([])
            else:
                parts[-1].append(token)
        parts = [p for p in parts if p]
        if not parts:
            return None
        for part in parts:
            runs = self._runs(part, sentence_start)
            if runs:
                i, j = runs[0] if verb_first else runs[-1]
                return self._trim(part[i][0], part[j - 1][1])
        words = parts[0] if verb_first else parts[-1]
        while words and self._word(words[0]) in _LEADING_CONNECTORS:
            words = words[1:]
        if verb_first:
            cut = next(
                (k for k, t in enumerate(words) if self._word(t) in _CUT_AFTER_VERB), len(words)
            )
            words = words[:cut]
        if not words or len(words) > 6:
            return None
        return self._trim(words[0][0], words[-1][1])

    def _trim(self, start: int, end: int) -> _Span:
        token = self.text[start:end].rsplit(None, 1)[-1]
        if token.endswith(".") and not self._abbreviation(token):
            end -= 1
        return start, end

    def _runs(self, part: Sequence[_Span], sentence_start: int) -> list[tuple[int, int]]:
        """Token ranges of the capitalised names in ``part``."""
        text = self.text
        runs = []
        i, n = 0, len(part)
        while i < n:
            if not text[part[i][0]].isupper():
                i += 1
                continue
            j, possessive = i, False
            while j < n:
                s, e = part[j]
                if text[s].isupper():
                    j += 1
                    if text[s:e].rstrip(".").casefold().endswith(("'s", "’s", "'", "’")):
                        possessive = True
                        break
                elif (
                    j + 1 < n
                    and text[s:e].rstrip(".").casefold() in _NAME_PARTICLES
                    and text[part[j + 1][0]].isupper()
                ):
                    j += 1
                else:
                    break
            valid = not (
                possessive
                or all(text[s:e].rstrip(".") in _NOT_NAMES for s, e in part[i:j])
                or (i > 0 and self._word(part[i - 1]) in _PREPOSITIONS)
                or (part[i][0] == sentence_start and j - i == 1 and j < n)
            )
            if valid:
                runs.append((i, j))
            i = j
        return runs

    def _capitalised(self, token: _Span) -> bool:
        return self.text[token[0]].isupper()


def _title_like(quoted: str) -> bool:
    """Whether a quoted text is a title ("Fargo", "The Departed"), not speech."""
    words = quoted.rstrip(".,").split(None, 4)  # five pieces: too many words
    return (
        0 < len(words) <= 4
        and all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words)
        and (words[0][0].isupper() or words[0][0].isdigit())
    )


Sentence = TextSentence
"""The name the extractors import; the public one is :class:`TextSentence`."""
