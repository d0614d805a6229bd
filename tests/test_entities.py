"""Entity resolution: name folding, the merge rules, judgements, and order independence."""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legalnews import EntityKind, EntityRef, Judgement, name_key
from legalnews._entities import ResolvedEntity, resolve_entities
from legalnews.testing import entity_refs, judgements

P, ORG = EntityKind.PERSON, EntityKind.ORGANIZATION

ref_supports = st.dictionaries(entity_refs(), st.integers(1, 3), max_size=10)
judgement_lists = st.lists(judgements(), max_size=4)
two_names = st.sampled_from(EntityKind).flatmap(
    lambda k: st.lists(entity_refs(k), min_size=2, max_size=2, unique=True)
)


def _groups(
    names: Iterable[str],
    kind: EntityKind = P,
    support: Mapping[str, int] | None = None,
    judged: Iterable[Judgement] = (),
) -> set[frozenset[str]]:
    """How resolution groups the names: one set of names per entity."""
    refs = {EntityRef(kind, n): (support or {}).get(n, 1) for n in names}
    out: dict[str, set[str]] = {}
    for ref, entity in resolve_entities(refs, judged).items():
        out.setdefault(entity.id, set()).add(ref.name)
    return {frozenset(g) for g in out.values()}


def _entity(names: Iterable[str], name: str, kind: EntityKind = P) -> ResolvedEntity:
    refs = {EntityRef(kind, n): 1 for n in names}
    return resolve_entities(refs)[EntityRef(kind, name)]


# -- folding -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "key"),
    [
        ("Ann Roe", P, ("ann", "roe")),
        ("ANN ROE", P, ("ann", "roe")),
        ("ann   roe", P, ("ann", "roe")),
        ("José Núñez", P, ("jose", "nunez")),
        ("Gutierrez-Reed", P, ("gutierrez", "reed")),
        ("Mr. Ben Okafor", P, ("ben", "okafor")),
        ("Dr. Ben Okafor Jr.", P, ("ben", "okafor")),
        ("Roe's", P, ("roe",)),
        ("Roe’s", P, ("roe",)),
        ("Roes", P, ("roes",)),
        ("O'Brien", P, ("obrien",)),
        ("A. Roe", P, ("a", "roe")),
        ("Acme Holdings Inc.", ORG, ("acme", "holdings")),
        ("The Acme Holdings Co.", ORG, ("acme", "holdings")),
        ("Acme, LLC", ORG, ("acme",)),
        ("Inc.", ORG, ("inc",)),
    ],
)
def test_name_key_folds(name: str, kind: EntityKind, key: tuple[str, ...]) -> None:
    """Case, accents, hyphens, punctuation, honorifics, suffixes and possessives fold away."""
    assert name_key(name, kind) == key


# -- the rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "kind", "support", "groups"),
    [
        pytest.param(["Ann Roe", "Roe"], P, {}, [{"Ann Roe", "Roe"}], id="surname-joins"),
        pytest.param(
            ["Ann Roe", "Ben Roe", "Roe"],
            P,
            {},
            [{"Ann Roe"}, {"Ben Roe"}, {"Roe"}],
            id="ambiguous-surname-apart",
        ),
        pytest.param(
            ["Ann Roe", "Ben Roe", "Roe"],
            P,
            {"Ann Roe": 2},
            [{"Ann Roe", "Roe"}, {"Ben Roe"}],
            id="surname-joins-better-supported",
        ),
        pytest.param(
            ["Hannah Gutierrez Reed", "Gutierrez-Reed", "Gutierrez Reed"],
            P,
            {},
            [{"Hannah Gutierrez Reed", "Gutierrez-Reed", "Gutierrez Reed"}],
            id="compound-surname",
        ),
        pytest.param(
            ["Ann Roe", "Ann Roe-Smith"],
            P,
            {},
            [{"Ann Roe"}, {"Ann Roe-Smith"}],
            id="longer-surname-apart",
        ),
        pytest.param(
            ["A. Roe", "Ann Roe", "Ben Roe"],
            P,
            {},
            [{"A. Roe", "Ann Roe"}, {"Ben Roe"}],
            id="initial",
        ),
        pytest.param(
            ["Ann Marie Roe", "Ann Roe", "A. M. Roe"],
            P,
            {},
            [{"Ann Marie Roe", "Ann Roe", "A. M. Roe"}],
            id="middle-name",
        ),
        pytest.param(
            ["Ann Roe", "A. Roe", "Amy Roe"],
            P,
            {},
            [{"Ann Roe"}, {"A. Roe"}, {"Amy Roe"}],
            id="ambiguous-initial-apart",
        ),
        pytest.param(
            ["José Núñez", "Jose Nunez", "Núñez"],
            P,
            {},
            [{"José Núñez", "Jose Nunez", "Núñez"}],
            id="accents",
        ),
        pytest.param(
            ["Ann Roe", "Roe's", "ann roe"],
            P,
            {},
            [{"Ann Roe", "Roe's", "ann roe"}],
            id="possessive",
        ),
        pytest.param(
            ["Mr. Ben Okafor", "Ben Okafor", "Dr. Ben Okafor Jr."],
            P,
            {},
            [{"Mr. Ben Okafor", "Ben Okafor", "Dr. Ben Okafor Jr."}],
            id="honorifics",
        ),
        pytest.param(
            ["Acme Holdings Inc.", "Acme Holdings", "The Acme Holdings Co."],
            ORG,
            {},
            [{"Acme Holdings Inc.", "Acme Holdings", "The Acme Holdings Co."}],
            id="org-suffixes",
        ),
        pytest.param(
            ["Acme Holdings", "Acme Holdngs"],
            ORG,
            {},
            [{"Acme Holdings", "Acme Holdngs"}],
            id="org-typo",
        ),
        pytest.param(
            ["Acme Holdings", "Acme Foods"],
            ORG,
            {},
            [{"Acme Holdings"}, {"Acme Foods"}],
            id="org-apart",
        ),
        pytest.param(
            ["First District Court", "First District Court of Oregon", "Second District Court"],
            ORG,
            {},
            [
                {"First District Court", "First District Court of Oregon"},
                {"Second District Court"},
            ],
            id="org-of-place",
        ),
    ],
)
def test_resolution_rules(
    names: list[str], kind: EntityKind, support: dict[str, int], groups: list[set[str]]
) -> None:
    """Each table row's names resolve to exactly the entities listed."""
    assert _groups(names, kind, support) == {frozenset(g) for g in groups}


@pytest.mark.parametrize(
    ("names", "canonical"),
    [
        (["Roe", "Ann Roe", "ann roe"], "Ann Roe"),
        (["Gutierrez-Reed", "Hannah Gutierrez Reed"], "Hannah Gutierrez Reed"),
        (["ANN ROE", "ANN ROE ", "Ann Roe"], "Ann Roe"),
        (["A. Roe", "Ann Roe"], "Ann Roe"),
        pytest.param(["Jose Nunez", "José Núñez", "Núñez"], "José Núñez"),
    ],
)
def test_canonical_name_is_the_fullest_form(names: list[str], canonical: str) -> None:
    """An entity is named by its fullest written form, never in capitals when another exists."""
    assert _entity(names, names[0]).name == canonical


# -- judgements ------------------------------------------------------------------------------


def test_negative_judgement_keeps_names_apart() -> None:
    """A "not the same" judgement keeps apart a surname the rules would join."""
    judged = [Judgement.of("Ann Roe", "Roe", same=False)]
    assert _groups(["Ann Roe", "Roe"], judged=judged) == {
        frozenset({"Ann Roe"}),
        frozenset({"Roe"}),
    }


def test_negative_judgement_blocks_a_merge_through_a_third_name() -> None:
    """Apart "Ann Roe"/"A. Roe": "Roe" may join one of them, never bridge the two."""
    judged = [Judgement.of("Ann Roe", "A. Roe", same=False)]
    groups = _groups(["Ann Roe", "A. Roe", "Roe"], judged=judged)
    assert not any({"Ann Roe", "A. Roe"} <= g for g in groups)


def test_positive_judgement_merges_names_rules_keep_apart() -> None:
    """A "same" judgement merges two names the rules would not."""
    judged = [Judgement.of("Ann Roe", "Ann Roe-Smith", same=True)]
    assert _groups(["Ann Roe", "Ann Roe-Smith"], judged=judged) == {
        frozenset({"Ann Roe", "Ann Roe-Smith"})
    }


@pytest.mark.parametrize("negative_first", [True, False])
def test_negative_beats_positive(negative_first: bool) -> None:
    """Given both "same" and "not the same" on one pair, the names stay apart, in either order."""
    judged = [
        Judgement.of("Ann Roe", "Ann Roe-Smith", same=False),
        Judgement.of("Ann Roe-Smith", "Ann Roe", same=True),
    ]
    if not negative_first:
        judged.reverse()
    assert _groups(["Ann Roe", "Ann Roe-Smith"], judged=judged) == {
        frozenset({"Ann Roe"}),
        frozenset({"Ann Roe-Smith"}),
    }


def test_judgement_of_is_symmetric() -> None:
    """Judgement.of(a, b) == Judgement.of(b, a)."""
    assert Judgement.of("Roe", "Ann Roe", same=True) == Judgement.of("Ann Roe", "Roe", same=True)


# -- properties ------------------------------------------------------------------------------


@given(ref_supports, judgement_lists, st.randoms())
def test_resolution_ignores_iteration_order(
    refs: dict[EntityRef, int], judged: list[Judgement], rnd: random.Random
) -> None:
    """Shuffling the input mapping and the judgements gives the same entities, ids included."""
    items = list(refs.items())
    rnd.shuffle(items)
    shuffled = list(judged)
    rnd.shuffle(shuffled)
    assert resolve_entities(dict(items), shuffled) == resolve_entities(refs, judged)


@given(ref_supports, judgement_lists, judgement_lists)
def test_judgement_union_is_commutative(
    refs: dict[EntityRef, int], a: list[Judgement], b: list[Judgement]
) -> None:
    """Resolving with judgements a then b equals resolving with b then a."""
    assert resolve_entities(refs, a + b) == resolve_entities(refs, b + a)


@given(ref_supports, judgement_lists)
def test_judgement_union_is_idempotent(refs: dict[EntityRef, int], a: list[Judgement]) -> None:
    """Giving the same judgements twice is giving them once."""
    assert resolve_entities(refs, a + a) == resolve_entities(refs, a)


@given(ref_supports, judgement_lists, st.data())
def test_negative_judgement_always_separates(
    refs: dict[EntityRef, int], judged: list[Judgement], data: st.DataObject
) -> None:
    """Whatever else is judged, two names judged "not the same" resolve to two entities."""
    a, b = data.draw(two_names)
    refs = {**refs, a: refs.get(a, 1), b: refs.get(b, 1)}
    if name_key(a.name, a.kind) == name_key(b.name, b.kind):
        return  # one folded name: a judgement cannot tell them apart
    positive = Judgement.of(a.name, b.name, same=True)
    negative = Judgement.of(a.name, b.name, same=False)
    rnd_order = data.draw(st.permutations([*judged, positive, negative]))
    out = resolve_entities(refs, rnd_order)
    assert out[a].id != out[b].id


@given(ref_supports, st.data())
def test_positive_judgement_always_merges(refs: dict[EntityRef, int], data: st.DataObject) -> None:
    """With no negative judgement, two names judged "the same" resolve to one entity."""
    a, b = data.draw(two_names)
    refs = {**refs, a: refs.get(a, 1), b: refs.get(b, 1)}
    positives = data.draw(st.lists(judgements().filter(lambda j: j.same), max_size=3))
    out = resolve_entities(refs, [*positives, Judgement.of(a.name, b.name, same=True)])
    assert out[a].id == out[b].id
