"""An example legalnews extractor plugin: who testifies, or will, or would not.

The built-in extractors find defendants, lawyers, judges, victims and
commentators, but not witnesses. :class:`WitnessExtractor` adds them: for
every person the shared analysis found, it reads the words right after the
name ("Jane Roe testified", "Jane Roe, 41, is expected to testify", "Jane
Roe declined to testify") and right before it ("prosecution witness Jane
Roe", "witnesses Jane Roe and John Doe"), and claims the role
:attr:`legalnews.RoleKind.WITNESS` with the modality the words give.
Resolution keeps every claim but shows only the asserted and reported ones
as roles: someone who *will* testify is not a witness yet.

It is built from the public API only (:class:`legalnews.Analysis`,
:class:`legalnews.SourceClaim`, :class:`legalnews.Subject`, ...), and its
words are data (:data:`WITNESS_CUES`, :data:`WITNESS_NOUNS`) that a user
extends by passing their own tables to the constructor.

The package registers the class under the entry-point group
``legalnews.extractors`` with the name ``witnesses`` (see its
``pyproject.toml``); once installed, ``legalnews extractors`` lists it and
the default pipeline runs it. It also works without installing:

>>> from legalnews import Article, Pipeline
>>> result = Pipeline.of(WitnessExtractor()).run(
...     Article("Prosecutors said Jane Roe testified on Monday."))
>>> [(c.subject.anchor.name, c.field, str(c.value), c.modality.value)
...  for c in result.claims if c.subject.anchor]
[('Jane Roe', 'role', 'witness', 'asserted')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Final

from legalnews import (
    Analysis,
    EntityKind,
    Modality,
    NameMention,
    RoleKind,
    RoleValue,
    SourceClaim,
    Subject,
    SubjectKind,
)

__all__ = ["WITNESS_CUES", "WITNESS_NOUNS", "WitnessExtractor", "__version__"]

__version__: Final = "0.1.0"
"""The package's version, recorded in every claim its extractor makes."""

WITNESS_CUES: Final[Mapping[str, Modality]] = {
    # it happened
    "testified": Modality.ASSERTED,
    "has testified": Modality.ASSERTED,
    "had testified": Modality.ASSERTED,
    "took the stand": Modality.ASSERTED,
    "was called to testify": Modality.ASSERTED,
    "was called as a witness": Modality.ASSERTED,
    # someone else says it happened
    "reportedly testified": Modality.REPORTED,
    "is said to have testified": Modality.REPORTED,
    # it is planned
    "will testify": Modality.EXPECTED,
    "is expected to testify": Modality.EXPECTED,
    "is set to testify": Modality.EXPECTED,
    "is scheduled to testify": Modality.EXPECTED,
    "is due to testify": Modality.EXPECTED,
    "plans to testify": Modality.EXPECTED,
    "could be called to testify": Modality.EXPECTED,
    # it did not, or will not, happen
    "did not testify": Modality.NEGATED,
    "declined to testify": Modality.NEGATED,
    "refused to testify": Modality.NEGATED,
    "will not testify": Modality.NEGATED,
}
"""Words written right after a person's name, and the modality each gives the role."""

WITNESS_NOUNS: Final[tuple[str, ...]] = (
    "witness",
    "witnesses",
    "key witness",
    "star witness",
    "prosecution witness",
    "defense witness",
    "eyewitness",
)
"""Words written right before a person's name that make them a witness."""

# what may stand between a name and its cue: an age or description set off by
# commas ("Jane Roe, 41,", "Jane Roe, a crew member,") and an adverb
_APPOSITIVE = r"(?:,[^,.;]{1,60},)?\s+(?:(?:also|later|previously|then|briefly)\s+)?"
# what joins coordinated names ("witnesses A and B", "witnesses A, B and C")
_COORDINATION = frozenset({" and ", ", ", ", and "})


def _alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


class WitnessExtractor:
    """Claims the witness role for people the article says testify, will, or would not.

    Args:
        cues: phrases written after a name, each with the modality it gives.
        nouns: phrases written before a name that make the person a witness
            (as asserted).
    """

    name: str = "witnesses"
    """The name the extractor is registered under, recorded in its claims."""

    version: str = __version__
    """The extractor's version, recorded in its claims."""

    def __init__(
        self,
        cues: Mapping[str, Modality] = WITNESS_CUES,
        nouns: Iterable[str] = WITNESS_NOUNS,
    ) -> None:
        self._modality = {_normal(p): m for p, m in cues.items()}
        self._after = re.compile(rf"^{_APPOSITIVE}({_alternation(cues)})\b", re.IGNORECASE)
        self._before = re.compile(rf"\b(?:{_alternation(nouns)}),?\s+$", re.IGNORECASE)

    def __call__(self, analysis: Analysis) -> Iterator[SourceClaim]:
        """The witness claims of one article, each citing its sentence."""
        text = analysis.text
        witness = RoleValue(RoleKind.WITNESS)
        for sentence in analysis.sentences:
            listing: NameMention | None = None  # the last name of "witnesses A, B and ..."
            for m in analysis.names_in(sentence.start, sentence.end):
                if not _may_be_witness(m, analysis):
                    listing = None
                    continue
                before = text[max(sentence.start, m.start - 40) : m.start]
                listed = self._before.search(before) is not None or (
                    listing is not None and text[listing.end : m.start] in _COORDINATION
                )
                listing = m if listed else None
                found = self._after.match(text[m.end : min(sentence.end, m.end + 120)])
                if found:
                    modality = self._modality[_normal(found.group(1))]
                elif listed:
                    modality = Modality.ASSERTED
                else:
                    continue
                subject = Subject(SubjectKind.PERSON, analysis.ref(m))
                yield analysis.claim(self, subject, "role", witness, sentence, modality)


def _may_be_witness(m: NameMention, analysis: Analysis) -> bool:
    """A person named by the article itself, not a possessor or inside a quotation."""
    return (
        m.kind is EntityKind.PERSON and not m.possessive and analysis.quotation_at(m.start) is None
    )


def _normal(phrase: str) -> str:
    """A phrase as the cue table is keyed: casefolded, single spaces."""
    return " ".join(phrase.casefold().split())
