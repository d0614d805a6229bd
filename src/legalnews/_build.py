"""From article files to a case, in one call."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

import attrs

from ._case import Case, Judgement
from ._errors import LegalNewsError
from ._pipeline import Pipeline
from ._policies import DEFAULT_POLICY, Policy
from ._reading import read_articles
from ._resolve import resolve
from ._sources import Article, Source

__all__ = ["BuildResult", "build"]


@attrs.frozen
class BuildResult:
    """A built case, the articles it was built from, and every problem met.

    A problem (an unreadable file, a failing plugin) never stops a build;
    it is reported here for the caller to show.
    """

    case: Case
    articles: tuple[Article, ...] = ()
    problems: tuple[LegalNewsError, ...] = ()


def build(
    inputs: Iterable[str | os.PathLike[str] | Article],
    *,
    pipeline: Pipeline | None = None,
    metadata: Mapping[str, Source] | None = None,
    policy: Policy = DEFAULT_POLICY,
    judgements: Iterable[Judgement] = (),
) -> BuildResult:
    """Read articles (files, folders or :class:`Article` objects) and resolve their case.

    Args:
        inputs: paths of files or folders, or articles already read.
        pipeline: the extractors; the default pipeline unless given.
        metadata: sources by file name, for files that do not say.
        policy: picks the value shown where sources disagree.
        judgements: the user's decisions on which names are the same entity.
    """
    items = list(inputs)
    articles = [i for i in items if isinstance(i, Article)]
    paths = [i for i in items if not isinstance(i, Article)]
    problems: list[LegalNewsError] = []
    if paths:
        read = read_articles(paths, metadata=metadata)
        articles.extend(read.articles)
        problems.extend(read.problems)
    chosen = pipeline or Pipeline.default()
    result = chosen.run_all(articles)
    problems.extend(result.problems)
    case = resolve(result.claims, policy=policy, judgements=judgements)
    return BuildResult(case, tuple(articles), tuple(problems))
