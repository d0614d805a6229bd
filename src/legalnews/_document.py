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
_NOT_A_START = frozenset(",;:)]}")
_LINE_END = _TERMINAL | frozenset(":")
_QUOTE_OPENERS: Mapping[str, str] = {'"': '"”', "“": '”"', "„": '“”"', "«": "»"}

_TERMINATOR = re.compile(r"[.!?…]+")
_INITIALS = re.compile(r"[A-Z]\.|(?:[A-Za-z]\.){2,}")
_QUOTE_CHAR = re.compile('["“”„«»]')
_TOKEN = re.compile(r"\w[\w'’.&-]*|[^\w\s]")

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
    words = text.split()
    return words if len(words) <= limit else None


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with final punctuation, maybe inside quotes."""
    i = len(text)
    while i > 0 and text[i - 1].isspace():
        i -= 1
    while i > 0 and text[i - 1] in _CLOSING:
        i -= 1
    return i > 0 and text[i - 1] in _TERMINAL


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
            re.compile(contains) if contains else None,
            frozenset(p.casefold() for p in self.equals),
        )

    def __call__(self, paragraphs: Sequence[Paragraph]) -> Iterator[tuple[int, str]]:
        """Yield the sentences to mark."""
        for p in paragraphs:
            if self.scope == "sentence":
                yield from ((s.index, self.reason) for s in p.sentences if self._hit(s.text))
            elif self._hit(p.text):
                yield from ((s.index, self.reason) for s in p.sentences)

    def _hit(self, text: str) -> bool:
        words = _words(text, self.max_words)
        if not words:
            return False
        folded = " ".join(words).casefold()
        starts, contains, equals = self._folded
        return (
            folded.startswith(starts)
            or (contains is not None and contains.search(folded) is not None)
            or folded.rstrip(" .:!") in equals
        )


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

    def __call__(self, paragraphs: Sequence[Paragraph]) -> Iterator[tuple[int, str]]:
        """Yield the sentences to mark."""
        for p in paragraphs:
            if not _words(p.text, self.max_words):
                continue
            opened = any(
                p.text.startswith(o) and p.text[len(o) : len(o) + 1].isupper()
                for o in self.openers
            )
            folded = p.text.casefold()
            if (opened and not _ends_sentence(p.text)) or any(
                s in folded for s in self.staff_phrases
            ):
                yield from ((s.index, "byline") for s in p.sentences)


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
        for p in paragraphs:
            if len(p.text) > self.max_chars or len(p.text.split()) < self.min_words:
                continue
            head = p.text[:60]
            if sum(map(str.islower, head)) > len(head) // 2:
                continue  # mostly lower case from the start: ordinary prose
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

    def __call__(self, paragraphs: Sequence[Paragraph]) -> Iterator[tuple[int, str]]:
        """Yield the sentences to mark."""
        for i, p in enumerate(paragraphs):
            credit = self._credit(p)
            if credit is not None:
                yield from (
                    (s.index, "credit" if s.start >= credit else "caption") for s in p.sentences
                )
                before, alone = i - 1, credit == p.start
                if alone and before >= 0 and _words(paragraphs[before].text, 50):
                    yield from ((s.index, "caption") for s in paragraphs[before].sentences)
                    before -= 1
                if before >= 0 and self._is_heading(paragraphs[before], periods=not alone):
                    yield from ((s.index, "caption") for s in paragraphs[before].sentences)
            elif self._opens_caption(p):
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
        words = re.split(r"[\s/]+", inner)
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

    def _opens_caption(self, p: Paragraph) -> bool:
        if not p.sentences or len(p.sentences) > 2 or not _words(p.text, 60):
            return False
        first = p.sentences[0].text.casefold()
        return any(first.startswith(o) for o in self.openers)


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
        if len(paragraphs) < 2:
            return
        for p in paragraphs:
            if "\n" in p.text or not _words(p.text, self.max_words):
                continue
            first = next((c for c in p.text if c.isalnum()), "")
            last = p.text.rstrip()[-1]
            if (
                (first.isupper() or first.isdigit())
                and last not in ":,;-—"
                and not (_ends_sentence(p.text))
            ):
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
        count = sum(len(p.sentences) for p in paragraphs)
        reasons: list[str | None] = [None] * count
        for cleaner in _resolve_cleaners(cleaners):
            for index, reason in cleaner(paragraphs):
                if not 0 <= index < count:
                    raise PluginError(
                        f"cleaner {cleaner!r} marked sentence {index}, "
                        f"but the document has {count} sentences"
                    )
                if reasons[index] is None:
                    reasons[index] = reason
        sentences = tuple(
            s if reasons[s.index] is None else attrs.evolve(s, boilerplate=reasons[s.index])
            for p in paragraphs
            for s in p.sentences
        )
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
    while True:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        if text[pos:end].strip():
            blocks[-1].append((pos, end))
        elif blocks[-1]:
            blocks.append([])
        if nl < 0:
            break
        pos = nl + 1
    inner = [line for block in blocks for line in block[:-1]]
    ended = sum(_ends_line(text, start, end) for start, end in inner)
    if inner and 2 * ended >= len(inner):  # one paragraph per line
        spans = [line for block in blocks for line in block]
    else:
        spans = [(block[0][0], block[-1][1]) for block in blocks if block]
    paragraphs: list[Paragraph] = []
    count = 0
    for start, end in spans:
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        sentences = tuple(
            TextSentence(count + i, s, e, text[s:e], None, len(paragraphs))
            for i, (s, e) in enumerate(_split(text, start, end, abbreviations))
        )
        count += len(sentences)
        paragraphs.append(Paragraph(len(paragraphs), start, end, text[start:end], sentences))
    return tuple(paragraphs)


def _ends_line(text: str, start: int, end: int) -> bool:
    while end > start and text[end - 1].isspace():
        end -= 1
    while end > start and text[end - 1] in _CLOSING:
        end -= 1
    return end > start and text[end - 1] in _LINE_END


def _split(
    text: str, start: int, end: int, abbreviations: frozenset[str]
) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (a paragraph, trimmed)."""
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _TERMINATOR.finditer(text, start, end):
        stop = match.end()
        while stop < end and text[stop] in _CLOSING:
            stop += 1
        if stop >= end or not text[stop].isspace():
            continue
        following = stop
        while following < end and text[following].isspace():
            following += 1
        char = text[following]
        if char.islower() or char in _NOT_A_START:
            continue
        if (
            match.group() == "."
            and stop == match.end()
            and _is_abbreviation(text, match.start(), begin, abbreviations)
        ):
            continue
        spans.append((begin, stop))
        begin = following
    spans.append((begin, end))
    return spans


def _is_abbreviation(text: str, dot: int, start: int, abbreviations: frozenset[str]) -> bool:
    """Whether the word ending at the period ``text[dot]`` is an abbreviation."""
    k = dot
    limit = max(start, dot - _MAX_ABBREVIATION)
    while k > limit and not text[k - 1].isspace() and text[k - 1] not in _OPENING:
        k -= 1
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
        content = [False] * len(paragraphs)
        for sentence in sentences:
            content[sentence.paragraph] |= sentence.boilerplate is None
        self.previous_content: list[int | None] = []
        last: int | None = None
        for i, is_content in enumerate(content):
            self.previous_content.append(last)
            if is_content:
                last = i

    def find(self) -> list[Quotation]:
        found = [q for p in self.paragraphs for q in self._pairs(p)]
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

    def _pairs(self, p: Paragraph) -> Iterator[_Found]:
        opening: int | None = None
        closers = ""
        for match in _QUOTE_CHAR.finditer(self.text, p.start, p.end):
            char, pos = match.group(), match.start()
            if opening is None:
                if char in _QUOTE_OPENERS:
                    opening, closers = pos, _QUOTE_OPENERS[char]
            elif char in closers:
                yield from self._quote(opening, pos, True, p.index)
                opening = None
        if opening is not None:
            yield from self._quote(opening, p.end, False, p.index)

    def _quote(self, opening: int, close: int, closed: bool, paragraph: int) -> Iterator[_Found]:
        start, end = opening + 1, close
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if end > start:
            yield _Found(start, end, opening, closed, paragraph)

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
        if last.end - after < _WINDOW and len(self.text[q.start : q.end].split()) >= 4:
            comma = self.text.rfind(",", after, last.end)
            if comma >= 0:
                return self._after(last, comma + 1, last.end, max_lead=10)
        return None

    def _tokens(self, sentence: TextSentence, lo: int, hi: int, *, near_end: bool) -> list[_Span]:
        """At most :data:`_MAX_TOKENS` tokens of ``text[lo:hi]``, in ``sentence``.

        A sentence is tokenized once however many quotations it holds, and
        only the tokens nearest the quotation are looked at, which keeps the
        search linear in the text.
        """
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
        for i in range(min(len(tokens), max_lead + 1)):
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
        for i, (s, e) in enumerate(tokens):
            token = self.text[s:e]
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
        inside, marks = False, 0
        for i in range(len(tokens) - 1, -1, -1):
            token = self.text[tokens[i][0] : tokens[i][1]]
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
        parts: list[list[_Span]] = [[]]
        for token in tokens:
            if self.text[token[0] : token[1]] == ",":
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
        runs = []
        i, n = 0, len(part)
        while i < n:
            if not self._capitalised(part[i]):
                i += 1
                continue
            j, possessive = i, False
            while j < n:
                if self._capitalised(part[j]):
                    j += 1
                    if self._word(part[j - 1]).endswith(("'s", "’s", "'", "’")):
                        possessive = True
                        break
                elif (
                    self._word(part[j]) in _NAME_PARTICLES
                    and j + 1 < n
                    and self._capitalised(part[j + 1])
                ):
                    j += 1
                else:
                    break
            words = [self.text[s:e].rstrip(".") for s, e in part[i:j]]
            valid = not (
                possessive
                or all(w in _NOT_NAMES for w in words)
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
    """Whether a quoted text is a title ("Rust", "The Departed"), not speech."""
    words = quoted.rstrip(".,").split()
    return (
        0 < len(words) <= 4
        and all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words)
        and (words[0][0].isupper() or words[0][0].isdigit())
    )


Sentence = TextSentence
"""The name the extractors import; the public one is :class:`TextSentence`."""
