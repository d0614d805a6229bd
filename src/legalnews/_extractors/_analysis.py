"""The shared analysis of one article, read by every extractor.

Computed once per document: names (with coreference), dates normalized
against the publication date, money and durations. Extractors look these up
by sentence instead of re-parsing the text, so adding an extractor adds
its own rules' cost and nothing more.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

import attrs

from .._amounts import DurationMention, MoneyMention, find_durations, find_money
from .._claims import EntityRef, Evidence, SourceClaim, Subject, Value
from .._document import Document, Quotation, Sentence
from .._temporal import DateMention, find_dates
from .._vocab import Modality
from ._lexicon import DEFAULT_LEXICON, Lexicon
from ._names import NameMention, find_names

__all__ = ["Analysis", "analyze"]


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


_S = TypeVar("_S", bound=_Spanned)
_T = TypeVar("_T")


def _within(items: Sequence[_S], starts: list[int], start: int, end: int) -> list[_S]:
    """The items (sorted by start) that start inside ``[start, end)``."""
    return list(items[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)])


@attrs.frozen
class Analysis:
    """An article made ready for extractors: its document and shared annotations.

    Args:
        document: sentences (boilerplate marked) and quotations.
        names: person and organization mentions, with coreference.
        dates: date expressions, resolved where the publication date allows.
        money: amounts of money.
        durations: lengths of time.
        lexicon: the word tables the annotations were made with.
    """

    document: Document
    names: tuple[NameMention, ...]
    dates: tuple[DateMention, ...]
    money: tuple[MoneyMention, ...]
    durations: tuple[DurationMention, ...]
    lexicon: Lexicon = DEFAULT_LEXICON
    _memo: dict[str, object] = attrs.field(factory=dict, eq=False, repr=False, alias="_memo")
    # made once here, because every rule of every extractor looks them up
    _sentences: tuple[Sentence, ...] = attrs.field(init=False, eq=False, repr=False)
    _name_starts: list[int] = attrs.field(init=False, eq=False, repr=False)
    _date_starts: list[int] = attrs.field(init=False, eq=False, repr=False)
    _money_starts: list[int] = attrs.field(init=False, eq=False, repr=False)
    _duration_starts: list[int] = attrs.field(init=False, eq=False, repr=False)
    _quotation_starts: list[int] = attrs.field(init=False, eq=False, repr=False)
    _evidence: dict[int, Evidence] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    @_sentences.default
    def _content(self) -> tuple[Sentence, ...]:
        return self.document.content_sentences

    @_name_starts.default
    def _names_at(self) -> list[int]:
        return [m.start for m in self.names]

    @_date_starts.default
    def _dates_at(self) -> list[int]:
        return [m.start for m in self.dates]

    @_money_starts.default
    def _money_at(self) -> list[int]:
        return [m.start for m in self.money]

    @_duration_starts.default
    def _durations_at(self) -> list[int]:
        return [m.start for m in self.durations]

    @_quotation_starts.default
    def _quotations_at(self) -> list[int]:
        return [q.start for q in self.document.quotations]

    def memo(self, key: str, compute: Callable[[], _T]) -> _T:
        """``compute()``, once per analysis: what several extractors need is made once.

        The analysis is immutable; the memo only saves recomputing pure
        functions of it (an article's titles, its defendants).
        """
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[return-value]

    @property
    def text(self) -> str:
        """The article text all offsets refer to."""
        return self.document.article.text

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The content sentences (boilerplate left out)."""
        return self._sentences

    def names_in(self, start: int, end: int) -> list[NameMention]:
        """Name mentions that start inside ``[start, end)``."""
        return _within(self.names, self._name_starts, start, end)

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """Date mentions that start inside ``[start, end)``."""
        return _within(self.dates, self._date_starts, start, end)

    def money_in(self, start: int, end: int) -> list[MoneyMention]:
        """Money mentions that start inside ``[start, end)``."""
        return _within(self.money, self._money_starts, start, end)

    def durations_in(self, start: int, end: int) -> list[DurationMention]:
        """Duration mentions that start inside ``[start, end)``."""
        return _within(self.durations, self._duration_starts, start, end)

    def quotation_at(self, offset: int) -> Quotation | None:
        """The quotation around ``offset``, if any."""
        i = bisect.bisect_right(self._quotation_starts, offset) - 1
        if i >= 0:
            found = self.document.quotations[i]
            if offset < found.end:
                return found
        return None

    def ref(self, mention: NameMention) -> EntityRef:
        """The reference a claim uses for a mention: its fullest name in the article."""
        return EntityRef(mention.kind, mention.name)

    def claim(
        self,
        extractor: _Named,
        subject: Subject,
        field: str,
        value: Value,
        sentence: Sentence,
        modality: Modality = Modality.ASSERTED,
    ) -> SourceClaim:
        """A claim of this article, citing ``sentence`` as its evidence."""
        article = self.document.article
        source = article.source
        evidence = self._evidence.get(sentence.start)
        if evidence is None or evidence.end != sentence.end:  # one per sentence, shared
            evidence = Evidence(sentence.start, sentence.end, sentence.text)
            self._evidence[sentence.start] = evidence
        return SourceClaim(
            subject=subject,
            field=field,
            value=value,
            evidence=evidence,
            article=article.id,
            modality=modality,
            extractor=extractor.name,
            extractor_version=extractor.version,
            outlet=source.outlet,
            published=source.published,
        )


def analyze(document: Document, *, lexicon: Lexicon = DEFAULT_LEXICON) -> Analysis:
    """Annotate a document once, for all extractors."""
    sentences = document.content_sentences
    published = document.article.source.published
    names = find_names([(s.start, s.text) for s in sentences], lexicon)
    dates: list[DateMention] = []
    money: list[MoneyMention] = []
    durations: list[DurationMention] = []
    for s in sentences:
        at = s.start
        dates.extend(
            DateMention(d.start + at, d.end + at, d.text, d.value, d.relative)
            for d in find_dates(s.text, published=published)
        )
    # money and durations need no clause: one scan of the text, kept where content is
    starts = [s.start for s in sentences]

    def in_content(start: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and start < sentences[i].end

    text = document.article.text
    money = [m for m in find_money(text) if in_content(m.start)]
    durations = [d for d in find_durations(text) if in_content(d.start)]
    analysis = Analysis(document, names, tuple(dates), tuple(money), tuple(durations), lexicon)
    from ._context import descriptions  # the descriptions read the names found above

    found = descriptions(analysis)
    if not found:
        return analysis
    merged = sorted([*names, *found], key=lambda m: (m.start, -m.end))
    # a new analysis with a memo of its own; only the titles carry over, which
    # descriptions cannot change (they are read from names, descriptions skipped)
    final = Analysis(
        document, tuple(merged), analysis.dates, analysis.money, analysis.durations, lexicon
    )
    if "context:titles" in analysis._memo:
        final._memo["context:titles"] = analysis._memo["context:titles"]
    return final
