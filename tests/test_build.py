"""The flagship example: the Rust case, built from its five seed articles, scored and checked."""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from functools import reduce
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legalnews import (
    Article,
    BuildResult,
    Case,
    build,
    from_json,
    load_factsheet,
    merge,
    score,
    to_factsheet,
    to_json,
)

RUST = Path(__file__).resolve().parents[1] / "examples" / "rust"
ARTICLES = RUST / "articles"
KEY = RUST / "key.json"
MIN_MICRO_F1 = 0.90


@pytest.fixture(scope="module")
def built() -> BuildResult:
    """The Rust case built from the folder of seed articles and its ``sources.toml``."""
    return build([ARTICLES])


@pytest.fixture(scope="module")
def articles(built: BuildResult) -> tuple[Article, ...]:
    """The five seed articles, as read with their sources."""
    return built.articles


@pytest.fixture(scope="module")
def per_article(articles: tuple[Article, ...]) -> tuple[Case, ...]:
    """One case per seed article, each built alone."""
    return tuple(build([a]).case for a in articles)


def test_the_seed_articles_build_cleanly(built: BuildResult) -> None:
    """All five articles are read, with their outlets and dates, and nothing goes wrong."""
    assert len(built.articles) == 5
    assert built.problems == ()
    assert all(a.source.published is not None for a in built.articles)
    assert sum(a.source.outlet is None for a in built.articles) == 1  # the wire copy
    assert built.case.claims


def test_rust_fact_sheet_scores_against_the_key(
    built: BuildResult, capsys: pytest.CaptureFixture[str]
) -> None:
    """The Rust fact sheet scores a micro F1 of at least 0.90 against the answer key."""
    result = score(to_factsheet(built.case), load_factsheet(KEY))
    with capsys.disabled():  # the table goes to the CI log even when the test passes
        print(f"\nRust fact sheet against {KEY.name}:\n{result.render()}")
    assert result.micro.f1 >= MIN_MICRO_F1, result.render()


def test_every_quote_is_at_its_offsets(built: BuildResult) -> None:
    """Every claim's evidence quote equals its article's text at the claim's offsets."""
    texts = {a.id: a.text for a in built.articles}
    assert {c.article for c in built.case.claims} <= set(texts)
    for claim in built.case.claims:
        text = texts[claim.article]
        assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.quote, claim
        assert claim.evidence.found_in(text)


def test_every_claim_records_its_source(built: BuildResult) -> None:
    """Every claim carries its article's outlet and publication date."""
    sources = {a.id: a.source for a in built.articles}
    for claim in built.case.claims:
        assert claim.outlet == sources[claim.article].outlet
        assert claim.published == sources[claim.article].published


def test_the_built_case_round_trips_through_json(built: BuildResult) -> None:
    """``from_json(to_json(case)) == case`` for the Rust case."""
    text = to_json(built.case)
    again = from_json(text, Case)
    assert again == built.case
    assert to_json(again) == text


def _orders(n: int, k: int) -> list[tuple[int, ...]]:
    """``k`` permutations of ``range(n)``, reproducibly chosen, reversal included."""
    others = [p for p in itertools.permutations(range(n)) if p != tuple(range(n))]
    chosen = random.Random(2021_10_21).sample(others, k - 1)
    return sorted({tuple(reversed(range(n))), *chosen})


@pytest.mark.parametrize("order", _orders(5, 6), ids=lambda o: "".join(map(str, o)))
def test_article_order_does_not_matter(
    built: BuildResult, articles: tuple[Article, ...], order: tuple[int, ...]
) -> None:
    """Any order of the articles gives an equal case, entity ids and names included."""
    case = build([articles[i] for i in order]).case
    assert case == built.case
    assert [(p.id, p.name, p.aliases) for p in case.persons] == [
        (p.id, p.name, p.aliases) for p in built.case.persons
    ]
    assert [(o.id, o.name) for o in case.organizations] == [
        (o.id, o.name) for o in built.case.organizations
    ]
    assert to_json(case) == to_json(built.case)


def test_file_order_does_not_matter(built: BuildResult) -> None:
    """Naming the files one by one, in reverse, gives the case the folder gives."""
    files = sorted(ARTICLES.glob("*.txt"), reverse=True)
    assert len(files) == 5
    assert build(files).case == built.case


def test_merging_the_per_article_cases_equals_building_them_together(
    built: BuildResult, per_article: tuple[Case, ...]
) -> None:
    """``merge`` of the five one-article cases is the case built from all five."""
    assert merge(*per_article) == built.case


Tree = Case | tuple["Tree", "Tree"]


def _trees(leaves: list[Case]) -> st.SearchStrategy[Tree]:
    """Binary merge trees over ``leaves``, in that order."""
    if len(leaves) == 1:
        return st.just(leaves[0])
    return st.integers(1, len(leaves) - 1).flatmap(
        lambda cut: st.tuples(_trees(leaves[:cut]), _trees(leaves[cut:]))
    )


def _evaluate(tree: Tree) -> Case:
    """Merge a tree of cases, pairwise, from the leaves up."""
    if isinstance(tree, Case):
        return tree
    return merge(_evaluate(tree[0]), _evaluate(tree[1]))


@given(data=st.data())
def test_any_merge_tree_equals_building_at_once(
    built: BuildResult, per_article: tuple[Case, ...], data: st.DataObject
) -> None:
    """Per-article cases merged pairwise, in any order and grouping, equal the whole build."""
    order = data.draw(st.permutations(per_article), label="order")
    tree = data.draw(_trees(list(order)), label="tree")
    assert _evaluate(tree) == built.case


@pytest.mark.parametrize(
    "fold",
    [
        pytest.param(lambda cs: reduce(merge, cs), id="left-fold"),
        pytest.param(lambda cs: reduce(lambda a, b: merge(b, a), reversed(cs)), id="right-fold"),
        pytest.param(
            lambda cs: merge(merge(cs[0], cs[1]), merge(cs[2], merge(cs[3], cs[4]))),
            id="balanced",
        ),
        pytest.param(
            lambda cs: merge(merge(cs[4], cs[0]), merge(merge(cs[2], cs[1]), cs[3])),
            id="shuffled-pairs",
        ),
    ],
)
def test_named_merge_groupings(
    built: BuildResult,
    per_article: tuple[Case, ...],
    fold: Callable[[tuple[Case, ...]], Case],
) -> None:
    """Left fold, right fold, balanced and shuffled pairwise merges all give the whole case."""
    assert fold(per_article) == built.case


def test_merge_is_idempotent_on_the_built_case(built: BuildResult) -> None:
    """Merging the case with itself, or with one of its parts, changes nothing."""
    assert merge(built.case, built.case) == built.case
    assert merge(built.case, build([built.articles[2]]).case) == built.case
