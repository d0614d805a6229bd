"""Names in text: people and organizations, and who a short name refers to.

A rule-based finder, fast and predictable: runs of capitalized words are
candidates; organization head words ("Productions", "Court") make an
organization, a table of places rules out places, and runs of two words or
more are people. A single word ("Baldwin", "Hannah") or a partial name is a
mention of the person in the same article whose surname (or first name) it
is: coreference inside one article, where it is safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from .._vocab import EntityKind
from ._lexicon import Lexicon

__all__ = ["NameMention", "find_names"]

# a word: letters, inner apostrophes, hyphens and dots ("O'Neil", "Gutierrez-Reed", "J.")
_WORD = re.compile(r"[^\W\d_](?:[\w'’.\-]{0,40})")
_POSSESSIVE = ("'s", "’s", "s'", "s’")


@attrs.frozen
class NameMention:
    """A name in the text, and the name it stands for in this article.

    Args:
        start: offset of the first character, in the article text.
        end: offset after the last character.
        text: the name as written (possessive removed).
        kind: person or organization.
        name: the fullest form of the same name in this article.
        possessive: the text marks it as a possessor ("Baldwin's").
        titles: capitalized title words that preceded it ("Judge").
    """

    start: int
    end: int
    text: str
    kind: EntityKind
    name: str
    possessive: bool = False
    titles: tuple[str, ...] = ()


@attrs.frozen
class _Token:
    start: int
    end: int
    word: str
    possessive: bool


def _tokens(text: str, offset: int) -> list[_Token]:
    out = []
    for m in _WORD.finditer(text):
        word, start = m.group(), m.start()
        possessive = False
        for suffix in _POSSESSIVE:
            if word.endswith(suffix) and len(word) > len(suffix):
                word, possessive = word[: -len(suffix)] + ("s" if suffix[0] == "s" else ""), True
                break
        while word.endswith((".", "-", "'", "’")) and not (len(word) == 2 and word[1] == "."):
            word = word[:-1]
        if word:
            out.append(_Token(offset + start, offset + start + len(word), word, possessive))
    return out


def _capitalized(word: str) -> bool:
    if not word[0].isupper():
        return False
    if len(word) == 2 and word[1] == ".":
        return True  # an initial
    return not (len(word) > 1 and word.isupper())  # acronyms are not names here


def _runs(text: str, offset: int, lexicon: Lexicon) -> Iterable[list[_Token]]:
    """Runs of capitalized words joined by single spaces (or a name particle)."""
    run: list[_Token] = []
    for tok in _tokens(text, offset):
        joined = False
        if run:
            gap = text[run[-1].end - offset : tok.start - offset]
            joined = gap == " " and not run[-1].possessive
        lowered = tok.word.casefold()
        if "-" in tok.word and tok.word.rsplit("-", 1)[1].islower():
            # "Los Angeles-based": an adjective ends any name before it
            if run:
                yield run
            run = []
            continue
        particle = lowered in lexicon.name_particles or lowered in _JOINERS
        if _capitalized(tok.word) or (particle and run and joined):
            if run and not joined:
                yield run
                run = []
            run.append(tok)
        else:
            if run:
                yield run
            run = []
    if run:
        yield run


_JOINERS = frozenset({"of"})


def _split(run: list[_Token]) -> list[list[_Token]]:
    """A run joined by "of"/"for" is kept whole only if it names an organization."""
    while run and run[-1].word.casefold() in _JOINERS:
        run = run[:-1]
    parts: list[list[_Token]] = [[]]
    for tok in run:
        if tok.word.casefold() in _JOINERS:
            parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


def _classify(
    run: Sequence[_Token], lexicon: Lexicon
) -> tuple[EntityKind | None, Sequence[_Token], tuple[str, ...]]:
    words = [t.word.casefold() for t in run]
    if any(w in lexicon.calendar_words for w in words):
        return None, (), ()  # "Saturday Night Live", "Red October"
    if any(w in lexicon.org_heads for w in words[1:] if w not in _JOINERS) or (
        len(words) > 1 and words[-1] in lexicon.org_heads
    ):
        start = 0
        while start < len(run) - 1 and words[start] in ("the", "a", "an"):
            start += 1
        return EntityKind.ORGANIZATION, run[start:], ()
    # leading capitalized title words or sentence openers are not part of a name
    start = 0
    titles: list[str] = []
    while start < len(run) and (
        words[start] in lexicon.non_names or _singular(words[start]) in lexicon.title_heads
    ):
        if _singular(words[start]) in lexicon.title_heads or words[start] in lexicon.title_modifiers:
            titles.append(run[start].word)
        start += 1
    while start < len(run) and words[start] in lexicon.name_particles:
        start += 1
    body = run[start:]
    end = len(body)
    while end > 0 and body[end - 1].word.casefold() in lexicon.name_particles:
        end -= 1
    body = body[:end]
    if not body:
        return None, (), ()
    bwords = [t.word.casefold() for t in body]
    phrase = " ".join(bwords)
    if phrase in lexicon.places or any(
        " ".join(bwords[i:j]) in lexicon.places
        for i in range(len(bwords)) for j in range(i + 1, min(len(bwords), i + 3) + 1)
        if j - i < len(bwords)
    ):
        return None, (), ()
    if any(w in lexicon.non_names for w in bwords):
        return None, (), ()
    return EntityKind.PERSON, body, tuple(titles)


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _key(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(w.casefold().replace("-", " ") for w in words)


def find_names(
    sentences: Sequence[tuple[int, str]], lexicon: Lexicon
) -> tuple[NameMention, ...]:
    """Every person and organization name in an article's sentences.

    Args:
        sentences: each content sentence's start offset and text.
        lexicon: the word tables.

    Returns:
        The mentions in text order, each with the fullest name of the same
        entity in the article.
    """
    found: list[tuple[EntityKind, list[_Token], tuple[str, ...]]] = []
    singles: list[tuple[list[_Token], tuple[str, ...]]] = []
    for offset, text in sentences:
        for whole in _runs(text, offset, lexicon):
            kind, body, titles = _classify(whole, lexicon)
            if kind is EntityKind.ORGANIZATION:
                found.append((kind, list(body), titles))
                continue
            for run in _split(whole):
                kind, body, titles = _classify(run, lexicon)
                if kind is None:
                    continue
                if kind is EntityKind.PERSON and len(body) == 1:
                    singles.append((list(body), titles))
                else:
                    found.append((kind, list(body), titles))

    # the people the article names in full, in order of first appearance
    people: list[tuple[str, ...]] = []
    display: dict[tuple[str, ...], str] = {}
    for kind, body, _ in found:
        if kind is EntityKind.PERSON:
            k = _key([t.word for t in body])
            flat = tuple(w for part in k for w in part.split())
            if flat not in display:
                people.append(flat)
                display[flat] = " ".join(t.word for t in body)
    # a shorter full form ("John Perlstein") means the fuller one ("John J. Perlstein")
    canonical: dict[tuple[str, ...], tuple[str, ...]] = {}
    known = set(people)
    for p in people:
        best = p
        plural = (*p[:-1], p[-1] + "s")
        if plural in known:  # "Halyna Hutchin's", a slip for "Halyna Hutchins'"
            best = plural
        for q in people:
            if len(q) > len(best) and _part_of(p, q):
                best = q
        canonical[p] = best

    def person_for(words: Sequence[str]) -> tuple[str, ...] | None:
        flat = tuple(w for part in _key(words) for w in part.split())
        if flat in canonical:
            return canonical[flat]
        plural = (*flat[:-1], flat[-1] + "s")
        if plural in canonical:  # "Hutchin's", a slip for "Hutchins'"
            return canonical[plural]
        by_last = [p for p in people if p[-len(flat):] == flat and len(p) > len(flat)]
        if by_last:
            return canonical[by_last[0]]
        if len(flat) == 1:
            by_first = [p for p in people if p[0] == flat[0] and len(p) > 1]
            if len({canonical[p] for p in by_first}) == 1:
                return canonical[by_first[0]]
        return None

    mentions: list[NameMention] = []
    for kind, body, titles in found:
        text = " ".join(t.word for t in body)
        if kind is EntityKind.PERSON:
            target = person_for([t.word for t in body]) or ()
            name = display.get(target, text)
        else:
            name = text
        mentions.append(NameMention(body[0].start, body[-1].end, text, kind, name,
                                    body[-1].possessive, titles))
    for body, titles in singles:
        target = person_for([body[0].word])
        if target is None:
            continue
        mentions.append(NameMention(body[0].start, body[0].end, body[0].word,
                                    EntityKind.PERSON, display[target], body[0].possessive,
                                    titles))
    mentions.sort(key=lambda m: m.start)
    return tuple(mentions)


def _part_of(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """``short`` names the same person as ``long_`` ("John Roe" in "John Q. Roe")."""
    if short[-1] != long_[-1]:
        return False
    if long_[-len(short):] == short:
        return True
    if short[0] != long_[0]:
        return False
    rest = iter(long_[1:-1])
    return all(any(m == r or (len(m) == 2 and r.startswith(m[0])) for r in rest)
               for m in short[1:-1])
