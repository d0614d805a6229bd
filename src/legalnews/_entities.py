"""Entity resolution: which names mean the same person or organization.

The rules are deterministic and depend only on the *set* of names (and how
many claims use each), never on the order claims arrive in. Names are
compared after folding case, accents, hyphens and punctuation; candidates
are only compared inside a block that shares a key (a person's surname, an
organization's first word), so the cost grows with the number of distinct
names, not with its square.

>>> from legalnews import EntityKind, EntityRef
>>> names = ("Ada Lovelace", "Lovelace", "Ada  LOVELACE")
>>> refs = {EntityRef(EntityKind.PERSON, n): 1 for n in names}
>>> resolved = resolve_entities(refs)
>>> sorted({resolved[r].name for r in refs})
['Ada Lovelace']
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping

import attrs

from ._case import Judgement
from ._claims import EntityRef
from ._vocab import EntityKind

__all__ = ["HONORIFICS", "ORG_STOPWORDS", "ResolvedEntity", "name_key", "resolve_entities"]

HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev", "hon"}
)
"""Courtesy titles dropped before names are compared."""

SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv", "esq", "phd", "md"})
"""Name suffixes kept in a name but ignored when comparing."""

ORG_STOPWORDS: frozenset[str] = frozenset(
    {"the", "inc", "llc", "ltd", "co", "corp", "corporation", "company", "plc", "lp", "llp"}
)
"""Words ignored when comparing organization names."""

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s?$")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def name_key(name: str, kind: EntityKind = EntityKind.PERSON) -> tuple[str, ...]:
    """The comparison form of a name: folded tokens without titles or suffixes.

    >>> name_key("Mr. José Martínez-Ortega Jr.")
    ('jose', 'martinez', 'ortega')
    >>> name_key("The Acme Co.", EntityKind.ORGANIZATION)
    ('acme',)
    """
    return _name_key(name, kind)


@functools.lru_cache(maxsize=1 << 16)
def _name_key(name: str, kind: EntityKind) -> tuple[str, ...]:
    text = _POSSESSIVE.sub("", _fold(name).strip())
    text = text.replace("-", " ").replace("‐", " ").replace("'", "").replace("’", "")
    tokens = _SPACE.split(_PUNCT.sub(" ", text).strip())
    drop = ORG_STOPWORDS if kind is EntityKind.ORGANIZATION else HONORIFICS | SUFFIXES
    kept = tuple(t for t in tokens if t and t not in drop)
    return kept or tuple(t for t in tokens if t)


@attrs.frozen
class ResolvedEntity:
    """One entity: its id, canonical name and the other names it goes by."""

    id: str
    kind: EntityKind
    name: str
    aliases: tuple[str, ...]


def _initial_ok(a: str, b: str) -> bool:
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _persons_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Full names that may be the same person (both have two tokens or more)."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_[-len(short) :] == short and len(short) >= 2:
        return True  # "Martinez Ortega" within "Lucia Martinez Ortega"
    if short[-1] != long_[-1] or not _initial_ok(short[0], long_[0]):
        return False
    # the shorter's middle names must appear, in order, among the longer's
    rest = iter(long_[1:-1])
    return all(any(_initial_ok(m, r) for r in rest) for m in short[1:-1])


def _edit_distance_at_most(a: str, b: str, limit: int) -> bool:
    if abs(len(a) - len(b)) > limit:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return False
        prev = cur
    return prev[-1] <= limit


_ORG_TAILS = frozenset({"of", "in", "for", "at"})


def _orgs_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Organization names that may be the same body."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if long_[: len(short)] == short and long_[len(short)] in _ORG_TAILS:
        return True  # "First District Court" and "First District Court of Oregon"
    if len(a) != len(b):
        return False
    diffs = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(diffs) != 1:
        return False
    x, y = diffs[0]
    if min(len(x), len(y)) < 4:
        return False
    return _edit_distance_at_most(x, y, 1 if max(len(x), len(y)) < 8 else 2)  # typos


class _Clusters:
    """Union-find over name keys, refusing unions a negative judgement forbids."""

    def __init__(self, keys: Iterable[tuple[str, ...]], apart: set[frozenset[tuple[str, ...]]]):
        self.parent = {k: k for k in keys}
        self.members = {k: {k} for k in self.parent}
        self.apart = apart

    def find(self, k: tuple[str, ...]) -> tuple[str, ...]:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def allowed(self, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        return not any(
            frozenset((x, y)) in self.apart for x in self.members[ra] for y in self.members[rb]
        )

    def union(self, a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        if not self.allowed(a, b):
            return False
        ra, rb = sorted((self.find(a), self.find(b)))
        if ra != rb:
            self.parent[rb] = ra
            self.members[ra] |= self.members.pop(rb)
        return True


def _slug(tokens: tuple[str, ...]) -> str:
    return "-".join(tokens) or "unnamed"


def _cluster_kind(
    kind: EntityKind,
    support: Mapping[tuple[str, ...], int],
    judgements: Iterable[Judgement],
) -> _Clusters:
    keys = sorted(support)
    apart: set[frozenset[tuple[str, ...]]] = set()
    together: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for j in judgements:
        a, b = name_key(j.left, kind), name_key(j.right, kind)
        if a in support and b in support and a != b:
            if j.same:
                together.append((a, b))
            else:
                apart.add(frozenset((a, b)))
    clusters = _Clusters(keys, apart)
    for a, b in sorted(together):
        clusters.union(a, b)

    compatible = _orgs_compatible if kind is EntityKind.ORGANIZATION else _persons_compatible
    blocks: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    singles: list[tuple[str, ...]] = []
    for k in keys:
        if kind is EntityKind.PERSON and len(k) == 1:
            singles.append(k)
        else:
            blocks[k[0] if kind is EntityKind.ORGANIZATION else k[-1]].append(k)

    for block in blocks.values():
        # most specific names first, so vaguer ones join a full cluster, but only when
        # exactly one cluster could take them ("A. Roe" beside Ann and Amy Roe stays apart)
        ordered = sorted(block, key=lambda k: (-len(k), -sum(map(len, k)), k))
        for i, a in enumerate(ordered):
            roots = {
                clusters.find(b)
                for b in ordered[:i]
                if compatible(a, b)
                and all(compatible(a, m) for m in clusters.members[clusters.find(b)])
            }
            if len(roots) == 1:
                clusters.union(a, roots.pop())

    # a surname (or a lone name) alone joins the one cluster it can mean
    for s in singles:
        options: dict[tuple[str, ...], int] = {}
        for k in blocks.get(s[0], ()):
            root = clusters.find(k)
            options[root] = sum(support[m] for m in clusters.members[root])
        if not options:
            continue
        ranked = sorted(options.items(), key=lambda kv: (-kv[1], kv[0]))
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            clusters.union(s, ranked[0][0])
    return clusters


def _accents(name: str) -> int:
    """How many letters carry accents: "José Núñez" says more than "Jose Nunez"."""
    return sum(1 for ch in name if ch.isalpha() and not ch.isascii())


def _shouting(name: str) -> int:
    """How many words of a name are in capitals ("LOVELACE"): a headline's form."""
    return sum(1 for w in name.split() if len(w) > 1 and w.isupper())


def resolve_entities(
    refs: Mapping[EntityRef, int], judgements: Iterable[Judgement] = ()
) -> dict[EntityRef, ResolvedEntity]:
    """Map every name as written to the entity it means.

    Args:
        refs: each name as written, with how many claims use it (support
            picks the canonical spelling and settles an ambiguous surname).
        judgements: a user's decisions that override the rules.

    Returns:
        For every ref, its entity. The same set of refs, support and
        judgements always gives the same entities, ids included.
    """
    judgements = tuple(judgements)
    out: dict[EntityRef, ResolvedEntity] = {}
    for kind in EntityKind:
        by_key: dict[tuple[str, ...], list[EntityRef]] = defaultdict(list)
        for ref in refs:
            if ref.kind is kind:
                by_key[name_key(ref.name, kind)].append(ref)
        if not by_key:
            continue
        support = {k: sum(refs[r] for r in rs) for k, rs in by_key.items()}
        clusters = _cluster_kind(kind, support, judgements)
        taken: dict[str, int] = {}
        roots = sorted({clusters.find(k) for k in by_key})
        for root in roots:
            members = sorted(clusters.members[root])
            written = [r for k in members for r in by_key[k]]
            names: dict[str, int] = defaultdict(int)
            for r in written:
                names[" ".join(r.name.split())] += refs[r]
            canonical = min(
                names,
                # fullest form, then the least SHOUTED, then the most used spelling
                key=lambda n: (-len(name_key(n, kind)), _shouting(n), -names[n], -_accents(n), n),
            )
            slug = _slug(name_key(canonical, kind))
            taken[slug] = taken.get(slug, 0) + 1
            ident = f"{kind}:{slug}" + (f"~{taken[slug]}" if taken[slug] > 1 else "")
            entity = ResolvedEntity(
                ident, kind, canonical, tuple(sorted(n for n in names if n != canonical))
            )
            for r in written:
                out[r] = entity
    return out
