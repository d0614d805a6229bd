"""Names in text: people and organizations, and who a short name refers to.

A rule-based finder, fast and predictable. Rules, each tested with sentences
of our own in ``tests/test_names.py``:

* runs of capitalized words joined by single spaces are candidates; lower-case
  name particles ("de la", "van") join a run, an all-capitals company suffix
  ("LLC") ends one, and a hyphenated adjective ("Los Angeles-based") breaks
  one; all-capitals acronyms ("FBI") are not names;
* a run with a month or weekday in it is not a name ("Sunday Morning Chat");
* organization head words ("Productions", "Court") make an organization, as
  do a head followed by "of" ("University of Oregon") and an ampersand
  ("Hobb & Lyle");
* capitalized title words and sentence openers before a name are its titles,
  not part of it ("Judge", "Former President"); a title inside a run splits
  it, the name after it being the person ("Superior Court Judge Ann Lee",
  "Harmon County Sheriff Lee Voss", "Lakeview Police Department Detective
  Sam Ruiz", the department an organization);
* a place from the lexicon is not a person ("New Jersey", "San Diego");
* runs of two to seven words are people; a capitalized particle that starts a
  name stays in it ("Al Brusca", "De la Cruz");
* coreference inside one article: a single word, or a partial name, is the
  person whose surname (or, when only one person has it, first name) it is;
  a shorter full form ("Ann Lee") is the fuller one ("Ann B. Lee"); name
  suffixes ("Jr.") are ignored when comparing; a possessive slip ("Smith's")
  is the known "Smiths".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

import attrs

from .._entities import SUFFIXES
from .._vocab import EntityKind
from ._lexicon import Lexicon

__all__ = ["NameMention", "find_names"]

# a word: letters, inner apostrophes, hyphens and dots ("O'Neil", "Martinez-Ortega", "J.")
_WORD = re.compile(r"[^\W\d_](?:[\w'’.\-]{0,40})")
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_MAX_PERSON_WORDS = 7
"""Longer runs are headlines or lists, never one person's name."""


@attrs.frozen
class NameMention:
    """A name in the text, and the name it stands for in this article.

    Args:
        start: offset of the first character, in the article text.
        end: offset after the last character.
        text: the name as written (possessive removed).
        kind: person or organization.
        name: the fullest form of the same name in this article.
        possessive: the text marks it as a possessor ("Okafor's").
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


@functools.lru_cache(maxsize=16)
def _candidate_pattern(particles: frozenset[str]) -> re.Pattern[str]:
    """Words that can be part of a name: capitalized ones and the lexicon's particles.

    Lower-case prose is skipped by the regex engine, never tokenized in
    Python; a skipped word leaves a gap that ends any run, as before.
    """
    words = "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’.\-])(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.\-]{{0,40}}|(?:{words})(?![\w'’\-]))"
    )


def _tokens(text: str, offset: int, particles: frozenset[str] = frozenset()) -> list[_Token]:
    out = []
    pattern = _candidate_pattern(particles) if particles else _WORD
    for m in pattern.finditer(text):
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
    for tok in _tokens(text, offset, lexicon.name_particles | _JOINERS):
        joined = False
        gap = ""
        if run:
            gap = text[run[-1].end - offset : tok.start - offset]
            joined = gap in (" ", " & ") and not run[-1].possessive
        lowered = tok.word.casefold()
        if "-" in tok.word and tok.word.rsplit("-", 1)[1].islower():
            # "Los Angeles-based": an adjective ends any name before it
            if run:
                yield run
            run = []
            continue
        particle = lowered in lexicon.name_particles or lowered in _JOINERS
        suffix = tok.word.isupper() and lowered in lexicon.org_heads  # "Kemp Industries LLC"
        if _capitalized(tok.word) or ((particle or suffix) and run and joined):
            if run and not joined:
                yield run
                run = []
            elif run and gap == " & ":
                if not _capitalized(tok.word):  # "Lee & de ...": no organization
                    yield run
                    run = []
                    continue
                amp = run[-1].end + 1
                run.append(_Token(amp, amp + 1, "&", False))
            run.append(tok)
        else:
            if run:
                yield run
            run = []
    if run:
        yield run


_JOINERS = frozenset({"of"})


def _split(run: list[_Token]) -> list[list[_Token]]:
    """A run joined by "of" is kept whole only if it names an organization."""
    while run and run[-1].word.casefold() in _JOINERS:
        run = run[:-1]
    parts: list[list[_Token]] = [[]]
    for tok in run:
        if tok.word.casefold() in _JOINERS:
            parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


_Found = tuple[EntityKind, Sequence[_Token], tuple[str, ...]]


def _is_org(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether capitalized words name an organization."""
    if "&" in words[1:]:
        return True  # "Hobb & Lyle"
    return any(w in lexicon.org_heads for w in words[1:])  # "Hartwell Mining Company"


def _organization(run: Sequence[_Token]) -> _Found:
    start = 0
    while start < len(run) - 1 and run[start].word.casefold() in ("the", "a", "an"):
        start += 1
    return EntityKind.ORGANIZATION, run[start:], ()


def _is_title(word: str, lexicon: Lexicon) -> bool:
    return _singular(word) in lexicon.title_heads


def _classify(run: Sequence[_Token], lexicon: Lexicon) -> list[_Found]:
    """The organizations and the person a run of capitalized words names."""
    words = [t.word.casefold() for t in run]
    if any(w in lexicon.calendar_words for w in words):
        return []  # "Sunday Morning Chat", "Red October"
    # the trailing words that may make a person's name
    tail = len(words)
    while tail > 0 and not (
        words[tail - 1] in lexicon.non_names
        or _is_title(words[tail - 1], lexicon)
        or words[tail - 1] in lexicon.org_heads
        or words[tail - 1] in _JOINERS
        or words[tail - 1] == "&"
    ):
        tail -= 1
    if tail == 0:
        return _person(run, (), lexicon)
    if tail < len(words):
        before = words[:tail]
        if all(w in lexicon.non_names or _is_title(w, lexicon) for w in before):
            # leading title words or sentence openers: "Judge", "Former President", "And"
            titles = tuple(
                t.word
                for t, w in zip(run[:tail], before, strict=True)
                if _is_title(w, lexicon) or w in lexicon.title_modifiers
            )
            return _person(run[tail:], titles, lexicon)
        if _is_title(words[tail - 1], lexicon):
            # a title inside the run: "Harmon County Sheriff Lee Voss"
            t = tail - 1
            while (
                t > 0
                and words[t - 1] not in lexicon.org_heads
                and (_is_title(words[t - 1], lexicon) or words[t - 1] in lexicon.title_modifiers)
            ):
                t -= 1
            titles = tuple(tok.word for tok in run[t:tail])
            found = _person(run[tail:], titles, lexicon)
            if t > 1 and _is_org(words[:t], lexicon):
                found.insert(0, _organization(run[:t]))
            return found
    if _is_org(words, lexicon):
        return [_organization(run)]
    return []


def _person(body: Sequence[_Token], titles: tuple[str, ...], lexicon: Lexicon) -> list[_Found]:
    end = len(body)
    while end > 0 and body[end - 1].word.casefold() in lexicon.name_particles:
        end -= 1
    body = body[:end]
    if not body or len(body) > _MAX_PERSON_WORDS:
        return []
    bwords = [t.word.casefold() for t in body]
    if _is_place(bwords, lexicon):
        return []  # "New Jersey", "Santa Fe County", "New York City Hall"
    if any(w in lexicon.non_names for w in bwords):
        return []
    return [(EntityKind.PERSON, body, titles)]


_PLACE_TAILS = frozenset(
    {
        "county",
        "city",
        "state",
        "valley",
        "bay",
        "beach",
        "heights",
        "hall",
        "park",
        "island",
        "islands",
        "street",
        "avenue",
        "road",
    }
)


def _is_place(words: list[str], lexicon: Lexicon) -> bool:
    """A place, or a place with a place word after it; a person may share a place's name.

    "New Mexico" and "Santa Fe County" are places, "Boston Red Sox" is not a
    person; "Georgia Lee" and "Austin Reyes" are people whose first names are
    places.
    """
    for k in range(len(words), 0, -1):
        if " ".join(words[:k]) in lexicon.places:
            rest = words[k:]
            # one more word may be a surname ("Georgia Lee"); two are a team or a body
            return len(rest) != 1 or rest[0] in _PLACE_TAILS
    return False


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _key(words: Sequence[str]) -> tuple[str, ...]:
    flat = tuple(p for w in words for p in w.casefold().replace("-", " ").split())
    while len(flat) > 1 and flat[-1].rstrip(".") in SUFFIXES:
        flat = flat[:-1]  # "Ivo Marchetti Jr." compares as "Ivo Marchetti"
    return flat


def _plural(flat: tuple[str, ...]) -> tuple[str, ...]:
    return (*flat[:-1], flat[-1] + "s")


def find_names(sentences: Sequence[tuple[int, str]], lexicon: Lexicon) -> tuple[NameMention, ...]:
    """Every person and organization name in an article's sentences.

    Args:
        sentences: each content sentence's start offset and text.
        lexicon: the word tables.

    Returns:
        The mentions in text order, each with the fullest name of the same
        entity in the article.
    """
    found: list[_Found] = []
    singles: list[tuple[Sequence[_Token], tuple[str, ...]]] = []
    for offset, text in sentences:
        for whole in _runs(text, offset, lexicon):
            parts = _split(whole)
            if len(parts) < 2:
                classified = [f for run in parts for f in _classify(run, lexicon)]
            elif parts[0][-1].word.casefold() in lexicon.org_heads:
                # "University of Oregon", "Court of Appeals": one organization
                end = len(whole)
                while whole[end - 1].word.casefold() in _JOINERS:
                    end -= 1
                classified = [_organization(whole[:end])]
            else:  # "Ann Lee of Acme Corp": a person and an organization
                classified = [f for run in parts for f in _classify(run, lexicon)]
            for kind, body, titles in classified:
                if kind is EntityKind.PERSON and len(body) == 1:
                    singles.append((body, titles))
                else:
                    found.append((kind, body, titles))

    # the people the article names in full, in order of first appearance
    people: list[tuple[str, ...]] = []
    display: dict[tuple[str, ...], str] = {}
    for kind, body, _ in found:
        if kind is EntityKind.PERSON:
            flat = _key([t.word for t in body])
            written = " ".join(t.word for t in body)
            if flat not in display:
                people.append(flat)
            if len(written) > len(display.get(flat, "")):  # "Ann Lee Jr." over "Ann Lee"
                display[flat] = written
    person_for = _Coreference(people).person_for

    mentions: list[NameMention] = []
    for kind, body, titles in found:
        text = " ".join(t.word for t in body)
        if kind is EntityKind.PERSON:
            target = person_for([t.word for t in body]) or ()
            name = display.get(target, text)
        else:
            name = text
        mentions.append(
            NameMention(body[0].start, body[-1].end, text, kind, name, body[-1].possessive, titles)
        )
    for body, titles in singles:
        known_as = person_for([body[0].word])
        if known_as is None:
            continue
        mentions.append(
            NameMention(
                body[0].start,
                body[0].end,
                body[0].word,
                EntityKind.PERSON,
                display[known_as],
                body[0].possessive,
                titles,
            )
        )
    mentions.sort(key=lambda m: m.start)
    return tuple(mentions)


_BLOCK = 64
"""At most this many same-first-and-last names are compared with one name."""


class _Coreference:
    """Which full name of the article a name stands for.

    Names are looked up in indexes (by every proper tail of a full name, by
    first name, by first and last name), never compared all against all.
    """

    def __init__(self, people: Sequence[tuple[str, ...]]) -> None:
        self._tails: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        self._firsts: dict[str, list[tuple[str, ...]]] = {}
        ends: dict[tuple[str, str], list[tuple[str, ...]]] = {}
        order = {p: i for i, p in enumerate(people)}
        for p in people:
            for k in range(1, len(p)):
                self._tails.setdefault(p[k:], []).append(p)
            if len(p) > 1:
                self._firsts.setdefault(p[0], []).append(p)
                ends.setdefault((p[0], p[-1]), []).append(p)
        # a shorter full form ("John Okafor") means the fuller one ("John Q. Okafor")
        self._canonical: dict[tuple[str, ...], tuple[str, ...]] = {}
        for p in people:
            best = p
            if _plural(p) in order:  # "Ann Smith's", a slip for "Ann Smiths'"
                best = _plural(p)
            candidates = [*self._tails.get(p, ()), *ends.get((p[0], p[-1]), ())[:_BLOCK]]
            for q in sorted(set(candidates), key=order.__getitem__):
                if len(q) > len(best) and _part_of(p, q):
                    best = q
            self._canonical[p] = best
        self._memo: dict[tuple[str, ...], tuple[str, ...] | None] = {}

    def person_for(self, words: Sequence[str]) -> tuple[str, ...] | None:
        """The full name ``words`` stands for, if the article gives one."""
        flat = _key(words)
        if flat not in self._memo:
            self._memo[flat] = self._lookup(flat)
        return self._memo[flat]

    def _lookup(self, flat: tuple[str, ...]) -> tuple[str, ...] | None:
        forms = (flat, _plural(flat))  # "Smith's", a slip for "Smiths'"
        for form in forms:
            if form in self._canonical:
                return self._canonical[form]
        for form in forms:
            longer = self._tails.get(form)
            if longer:  # the surname (or last names) of a full name
                return self._canonical[longer[0]]
        if len(flat) == 1:  # a first name, when only one person has it
            firsts = self._firsts.get(flat[0], [])
            if len({self._canonical[p] for p in firsts}) == 1:
                return self._canonical[firsts[0]]
        return None


def _part_of(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """``short`` names the same person as ``long_`` ("John Roe" in "John Q. Roe")."""
    if short[-1] != long_[-1]:
        return False
    if long_[-len(short) :] == short:
        return True
    if short[0] != long_[0]:
        return False
    rest = iter(long_[1:-1])
    return all(
        any(m == r or (len(m) == 2 and r.startswith(m[0])) for r in rest) for m in short[1:-1]
    )
