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
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from .._entities import SUFFIXES
from .._vocab import EntityKind
from ._lexicon import Lexicon

__all__ = ["NameMention", "find_names"]

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


class _Token(NamedTuple):
    start: int
    end: int
    word: str
    possessive: bool
    folded: str
    """``word.casefold()``, made once: every rule compares folded words."""


@attrs.frozen
class _Tables:
    """The lexicon's word tables in the shapes the rules look them up in.

    Built once per lexicon: a title check becomes one set lookup instead of a
    singular form and a lookup per word and rule.
    """

    pattern: re.Pattern[str]
    chained: bool
    """Whether a match of ``pattern`` may hold a word and the particles after it."""
    joinable: frozenset[str]
    titles: frozenset[str]
    """Words whose singular is a title head ("judge", "judges")."""
    stops: frozenset[str]
    """Words a person's name cannot hold: non-names, titles, heads, joiners, "&"."""
    openers: frozenset[str]
    """Non-names and titles: the words that may stand before a name."""
    title_words: frozenset[str]
    """Titles and title modifiers."""
    place_firsts: frozenset[str]
    """The first word of each place."""


def _make_tables(lexicon: Lexicon) -> _Tables:
    heads = lexicon.title_heads
    titles = frozenset(
        {h for h in heads if _singular(h) == h} | {h + "s" for h in heads if not h.endswith("s")}
    )
    joinable = lexicon.name_particles | _JOINERS
    return _Tables(
        pattern=_candidate_pattern(joinable),
        chained=_chains(joinable),
        joinable=joinable,
        titles=titles,
        stops=lexicon.non_names | titles | lexicon.org_heads | _JOINERS | {"&"},
        openers=lexicon.non_names | titles,
        title_words=titles | lexicon.title_modifiers,
        place_firsts=frozenset(p.split(" ")[0] for p in lexicon.places),
    )


_LAST_TABLES: list[tuple[Lexicon, _Tables]] = []


def _tables_of(lexicon: Lexicon) -> _Tables:
    """The tables of a lexicon; the last one is kept, so a run builds them once.

    Lexicons are frozen (extended with ``attrs.evolve``, a new object), so
    the object itself identifies its tables.
    """
    last = _LAST_TABLES[-1] if _LAST_TABLES else None  # one read: a pair that belongs together
    if last is not None and last[0] is lexicon:
        return last[1]
    tables = _make_tables(lexicon)
    _LAST_TABLES[:] = [(lexicon, tables)]
    return tables


_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ſ"
"""The letters that start a capitalized word."""


@functools.lru_cache(maxsize=16)
def _candidate_pattern(particles: frozenset[str]) -> re.Pattern[str]:
    """Capitalized words, each with the particles that directly follow it ("Cruz de la").

    Lower-case prose is skipped by the regex engine, never tokenized in
    Python; a skipped word leaves a gap that ends any run, as before. The
    pattern opens with the capital letter itself (the check that no word
    character precedes it comes after), so the engine jumps from capital to
    capital in its own loop. A particle only ever joins a run right after
    one space (after " & " it ends the run); anywhere else it would end the
    run just as a skipped word does, so only the particles chained to a word
    are matched, as part of that word's match (:func:`_runs` splits it at
    its spaces). A particle holding a space cannot be split so; with one,
    each word and particle is matched on its own (see :func:`_chains`).
    """
    words = "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True))
    word = rf"[{_CAPITALS}](?<![\w'’.\-].)[\w'’.\-]{{0,40}}"
    if not _chains(particles):
        return re.compile(
            rf"(?<![\w'’.\-])(?:[{_CAPITALS}][\w'’.\-]{{0,40}}|(?:{words})(?![\w'’\-]))"
        )
    return re.compile(rf"{word}(?: (?:{words})(?![\w'’\-]))*")


def _chains(particles: frozenset[str]) -> bool:
    """Whether :func:`_candidate_pattern` matches particles chained to words (none has a space)."""
    return not any(c.isspace() for p in particles for c in p)


_TRAILERS = frozenset(".-'’")
_APOSTROPHES = ("'", "’")


def _trimmed(word: str) -> tuple[str, bool]:
    """A word without its possessive ending or trailing punctuation, and whether it had one."""
    possessive = False
    for suffix in _POSSESSIVE:
        if word.endswith(suffix) and len(word) > len(suffix):
            word, possessive = word[: -len(suffix)] + ("s" if suffix[0] == "s" else ""), True
            break
    while word.endswith((".", "-", "'", "’")) and not (len(word) == 2 and word[1] == "."):
        word = word[:-1]
    return word, possessive


def _runs(text: str, offset: int, lexicon: Lexicon, tables: _Tables) -> list[list[_Token]]:
    """Runs of capitalized words joined by single spaces (or a name particle).

    Words are read straight from the regex's matches; only those that join a
    run are made tokens.
    """
    runs: list[list[_Token]] = []
    run: list[_Token] = []
    joinable = tables.joinable
    chained = tables.chained
    new = tuple.__new__  # a token without the named tuple's Python-level constructor
    for m in tables.pattern.finditer(text):
        matched = m.group()
        at = offset + m.start()  # where the next word of the match starts
        # a word alone, or a word and the particles chained to it ("Cruz de la")
        for word in matched.split(" ") if chained and " " in matched else (matched,):
            start = at
            at += len(word) + 1
            possessive = False
            last_char = word[-1]
            if last_char in _TRAILERS or (last_char == "s" and word[-2:-1] in _APOSTROPHES):
                word, possessive = _trimmed(word)  # most words end in a letter and skip this
                if not word:
                    continue
            if "-" in word and word.rsplit("-", 1)[1].islower():
                # "Los Angeles-based": an adjective ends any name before it
                if run:
                    runs.append(run)
                    run = []
                continue
            # capitalized, not an acronym ("FBI"), but maybe an initial ("J.")
            capitalized = word[0].isupper() and (
                not word.isupper() or len(word) == 1 or (len(word) == 2 and word[1] == ".")
            )
            if not run:
                if capitalized:
                    run = [
                        new(_Token, (start, start + len(word), word, possessive, word.casefold()))
                    ]
                continue
            last = run[-1]
            gap = text[last.end - offset : start - offset]
            joined = (gap == " " or gap == " & ") and not last.possessive
            folded = word.casefold()
            if capitalized or (
                joined
                and (
                    folded in joinable
                    or (word.isupper() and folded in lexicon.org_heads)  # "Kemp Industries LLC"
                )
            ):
                tok = new(_Token, (start, start + len(word), word, possessive, folded))
                if not joined:
                    runs.append(run)
                    run = [tok]
                    continue
                if gap == " & ":
                    if not capitalized:  # "Lee & de ...": no organization
                        runs.append(run)
                        run = []
                        continue
                    amp = last.end + 1
                    run.append(_Token(amp, amp + 1, "&", False, "&"))
                run.append(tok)
            else:
                runs.append(run)
                run = []
    if run:
        runs.append(run)
    return runs


_JOINERS = frozenset({"of"})


def _split(run: list[_Token]) -> list[list[_Token]]:
    """A run joined by "of" is kept whole only if it names an organization."""
    while run and run[-1].folded in _JOINERS:
        run = run[:-1]
    parts: list[list[_Token]] = [[]]
    for tok in run:
        if tok.folded in _JOINERS:
            parts.append([])
        else:
            parts[-1].append(tok)
    return [p for p in parts if p]


_Found = tuple[EntityKind, Sequence[_Token], tuple[str, ...]]


def _is_org(words: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether capitalized words name an organization."""
    rest = words[1:]
    if "&" in rest:
        return True  # "Hobb & Lyle"
    return not lexicon.org_heads.isdisjoint(rest)  # "Hartwell Mining Company"


def _organization(run: Sequence[_Token]) -> _Found:
    start = 0
    while start < len(run) - 1 and run[start].folded in ("the", "a", "an"):
        start += 1
    return EntityKind.ORGANIZATION, run[start:], ()


def _classify(
    run: Sequence[_Token], words: list[str], lexicon: Lexicon, tables: _Tables
) -> list[_Found]:
    """The organizations and the person a run of capitalized words (folded: ``words``) names."""
    stops = tables.stops
    if len(words) == 1 and words[0] in stops:
        return []  # "The", "He": a sentence opener alone (the rules below agree)
    if not lexicon.calendar_words.isdisjoint(words):
        return []  # "Sunday Morning Chat", "Red October"
    # the trailing words that may make a person's name
    tail = len(words)
    while tail > 0 and words[tail - 1] not in stops:
        tail -= 1
    if tail == 0:
        return _person(run, words, (), lexicon, tables)
    if tail < len(words):
        before = words[:tail]
        titles_ = tables.titles
        if all(w in tables.openers for w in before):
            # leading title words or sentence openers: "Judge", "Former President", "And"
            titles = tuple(
                t.word
                for t, w in zip(run[:tail], before, strict=True)
                if w in titles_ or w in lexicon.title_modifiers
            )
            return _person(run[tail:], words[tail:], titles, lexicon, tables)
        if words[tail - 1] in titles_:
            # a title inside the run: "Harmon County Sheriff Lee Voss"
            t = tail - 1
            while (
                t > 0
                and words[t - 1] not in lexicon.org_heads
                and words[t - 1] in tables.title_words
            ):
                t -= 1
            titles = tuple(tok.word for tok in run[t:tail])
            found = _person(run[tail:], words[tail:], titles, lexicon, tables)
            if t > 1 and _is_org(words[:t], lexicon):
                found.insert(0, _organization(run[:t]))
            return found
    if _is_org(words, lexicon):
        return [_organization(run)]
    return []


def _person(
    body: Sequence[_Token],
    words: list[str],
    titles: tuple[str, ...],
    lexicon: Lexicon,
    tables: _Tables,
) -> list[_Found]:
    end = len(body)
    while end > 0 and words[end - 1] in lexicon.name_particles:
        end -= 1
    if end == 0 or end > _MAX_PERSON_WORDS:
        return []
    if end < len(body):
        body, words = body[:end], words[:end]
    if words[0] in tables.place_firsts and _is_place(words, lexicon):
        return []  # "New Jersey", "Los Angeles County", "New York City Hall"
    if not lexicon.non_names.isdisjoint(words):
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

    "New Mexico" and "Los Angeles County" are places, "Boston Red Sox" is not a
    person; "Georgia Lee" and "Austin Reyes" are people whose first names are
    places.
    """
    for k in range(len(words), 0, -1):
        if " ".join(words[:k]) in lexicon.places:
            rest = words[k:]
            # one more word may be a surname ("Georgia Lee"); two are a team or a body
            return len(rest) != 1 or rest[0] in _PLACE_TAILS
    return False


_PLACE_OF = frozenset({"county", "parish", "borough", "township"})
"""Words after a place's name that make the name a place ("Marin County")."""


def _note_places(
    text: str,
    offset: int,
    previous: Sequence[_Token],
    run: Sequence[_Token],
    words: list[str],
    lexicon: Lexicon,
    places: set[tuple[str, ...]],
) -> None:
    """Add to ``places`` the names a run shows to be places.

    A name before a county word ("Marin County Sheriff's Office") or before a
    comma and a known place ("Novato, California") is a place wherever the
    article writes it bare.
    """
    first = 1 if words[0] == "the" else 0  # "The Marin County Sheriff's Office"
    for k in range(first + 1, min(len(words), first + 4)):
        if words[k] in _PLACE_OF:
            places.add(tuple(words[first:k]))
            break
    if (
        previous
        and len(previous) <= 3
        and text[previous[-1].end - offset : run[0].start - offset] == ", "
        and not previous[-1].possessive
        and " ".join(words) in lexicon.places
    ):
        places.add(tuple(t.folded for t in previous))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _key(folded: Sequence[str]) -> tuple[str, ...]:
    """The words a name is compared by, from its casefolded words."""
    flat = tuple(folded)
    if "-" in "".join(flat):  # "Martinez-Ortega" compares as two words
        flat = tuple(p for w in flat for p in w.replace("-", " ").split())
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
    tables = _tables_of(lexicon)
    found: list[_Found] = []
    singles: list[tuple[Sequence[_Token], tuple[str, ...]]] = []
    stops = tables.stops
    places: set[tuple[str, ...]] = set()  # places the article shows to be places
    for offset, text in sentences:
        previous: Sequence[_Token] = ()
        for whole in _runs(text, offset, lexicon, tables):
            if len(whole) == 1 and whole[0].folded in stops:
                continue  # "The", "He": a sentence opener alone names no one
            words = [t.folded for t in whole]
            _note_places(text, offset, previous, whole, words, lexicon, places)
            previous = whole
            if _JOINERS.isdisjoint(words):
                classified = _classify(whole, words, lexicon, tables)
                if not classified:
                    continue
            elif not (parts := _split(whole)):
                continue
            elif len(parts) == 1:
                classified = _classify(parts[0], [t.folded for t in parts[0]], lexicon, tables)
            elif parts[0][-1].folded in lexicon.org_heads:
                # "University of Oregon", "Court of Appeals": one organization
                end = len(whole)
                while whole[end - 1].folded in _JOINERS:
                    end -= 1
                classified = [_organization(whole[:end])]
            else:  # "Ann Lee of Acme Corp": a person and an organization
                classified = [
                    f
                    for run in parts
                    for f in _classify(run, [t.folded for t in run], lexicon, tables)
                ]
            for kind, body, titles in classified:
                if kind is EntityKind.PERSON and len(body) == 1:
                    singles.append((body, titles))
                else:
                    found.append((kind, body, titles))

    if places:  # "Marin County" or "Novato, California": a bare "Marin" or "Novato" is no one
        found = [
            f
            for f in found
            if f[0] is not EntityKind.PERSON or tuple(t.folded for t in f[1]) not in places
        ]
    # each mention's text, and each person's key, made once for both passes below
    texts = [" ".join([t.word for t in body]) for _, body, _ in found]
    keys = [
        _key([t.folded for t in body]) if kind is EntityKind.PERSON else ()
        for kind, body, _ in found
    ]

    # the people the article names in full, in order of first appearance
    people: list[tuple[str, ...]] = []
    display: dict[tuple[str, ...], str] = {}
    for (kind, _, _), written, flat in zip(found, texts, keys, strict=True):
        if kind is EntityKind.PERSON:
            if flat not in display:
                people.append(flat)
            if len(written) > len(display.get(flat, "")):  # "Ann Lee Jr." over "Ann Lee"
                display[flat] = written
    person_for = _Coreference(people).person_for

    mentions: list[NameMention] = []
    for (kind, body, titles), text, flat in zip(found, texts, keys, strict=True):
        if kind is EntityKind.PERSON:
            target = person_for(flat) or ()
            name = display.get(target, text)
        else:
            name = text
        mentions.append(
            NameMention(body[0].start, body[-1].end, text, kind, name, body[-1].possessive, titles)
        )
    for body, titles in singles:
        known_as = person_for(_key([body[0].folded]))
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
    mentions.sort(key=_START)
    return tuple(mentions)


_START = operator.attrgetter("start")
"""The sort key of mentions: text order."""

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
            plural = _plural(p)
            if plural in order:  # "Ann Smith's", a slip for "Ann Smiths'"
                best = plural
            candidates = [*self._tails.get(p, ()), *ends.get((p[0], p[-1]), ())[:_BLOCK]]
            # only a longer name can be fuller (``best`` is as long as ``p``)
            longer = {q for q in candidates if len(q) > len(p)}
            for q in sorted(longer, key=order.__getitem__):
                if len(q) > len(best) and _part_of(p, q):
                    best = q
            self._canonical[p] = best
        self._memo: dict[tuple[str, ...], tuple[str, ...] | None] = {}

    def person_for(self, flat: tuple[str, ...]) -> tuple[str, ...] | None:
        """The full name the name keyed ``flat`` (see :func:`_key`) stands for, if any."""
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
