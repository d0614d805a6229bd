"""Extractors, their registry, and the pipeline that runs them.

An extractor is a small object with a ``name``, a ``version`` and one
method: called with an :class:`~legalnews.Analysis`, it yields claims.
A pipeline is a tuple of extractors; a registry maps names to extractors
and finds third-party ones through the entry-point group
``legalnews.extractors``. A plugin that raises costs only its own claims:
the failure is reported with the article and the plugin's name, and the
other extractors still run.

>>> from legalnews import Article, Pipeline
>>> result = Pipeline.default().run(Article("Prosecutors charged Ann Roe with fraud."))
>>> sorted({c.subject.key for c in result.claims if c.subject.kind == "charge"})
['fraud']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib import metadata
from typing import Protocol, runtime_checkable

import attrs

from ._claims import SourceClaim
from ._document import Document
from ._errors import ExtractorError, LegalNewsError, PluginError
from ._extractors._analysis import Analysis, analyze
from ._extractors._lexicon import DEFAULT_LEXICON, Lexicon
from ._sources import Article

__all__ = [
    "ENTRY_POINT_GROUP",
    "REGISTRY",
    "ExtractionResult",
    "Extractor",
    "Pipeline",
    "Registry",
    "extract",
]

ENTRY_POINT_GROUP = "legalnews.extractors"
"""The entry-point group third-party extractors register under."""


@runtime_checkable
class Extractor(Protocol):
    """Reads an analysed article and yields claims. Configure in ``__init__``."""

    @property
    def name(self) -> str:
        """The registered name, recorded in every claim the extractor makes."""
        ...

    @property
    def version(self) -> str:
        """The extractor's version, recorded in every claim it makes."""
        ...

    def __call__(self, analysis: Analysis) -> Iterable[SourceClaim]:
        """The claims this extractor finds in ``analysis``."""
        ...


ExtractorFactory = Callable[[], Extractor]


class Registry:
    """Extractors by name: the built-in ones, the user's, and entry-point plugins.

    Args:
        group: the entry-point group to load plugins from, or ``None`` for none.
    """

    def __init__(self, group: str | None = ENTRY_POINT_GROUP) -> None:
        self._items: dict[str, Extractor | ExtractorFactory] = {}
        self._group = group
        self._loaded = group is None
        self.problems: list[PluginError] = []
        """Plugins that could not be loaded, kept for the caller to report."""

    def add(
        self,
        item: Extractor | ExtractorFactory,
        *,
        name: str | None = None,
        replace: bool = False,
    ) -> None:
        """Register an extractor, or a factory that makes one, under a name.

        Raises:
            PluginError: the name is taken (pass ``replace=True``), or the item
                has no name to register it under.
        """
        key = name or getattr(item, "name", None)
        if not isinstance(key, str) or not key:
            raise PluginError(f"cannot register {item!r}: give it a name (name=...)")
        if key in self._items and not replace:
            raise PluginError(
                f"an extractor named {key!r} is already registered; "
                "pass replace=True to replace it"
            )
        self._items[key] = item

    def get(self, name: str) -> Extractor:
        """The extractor registered under ``name``.

        Raises:
            PluginError: no such extractor, or its factory failed or made
                something that is not an extractor.
        """
        self._load()
        try:
            item = self._items[name]
        except KeyError:
            known = ", ".join(sorted(self._items)) or "none"
            raise PluginError(f"no extractor named {name!r}; registered: {known}") from None
        return _instantiate(name, item)

    def names(self) -> tuple[str, ...]:
        """The registered names, sorted."""
        self._load()
        return tuple(sorted(self._items))

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def __contains__(self, name: object) -> bool:
        self._load()
        return name in self._items

    def __len__(self) -> int:
        self._load()
        return len(self._items)

    def _load(self) -> None:
        if self._loaded or self._group is None:
            return
        self._loaded = True
        for ep in sorted(metadata.entry_points(group=self._group), key=lambda e: e.name):
            try:
                self._items.setdefault(ep.name, ep.load())
            except Exception as e:  # a broken plugin must not break the others
                self.problems.append(
                    PluginError(
                        f"extractor plugin {ep.name!r} ({ep.value}) failed to load: "
                        f"{type(e).__name__}: {e}; fix or uninstall the package that provides it"
                    )
                )


def _instantiate(name: str, item: Extractor | ExtractorFactory) -> Extractor:
    if isinstance(item, Extractor) and not isinstance(item, type):
        return item
    try:
        made = item()  # type: ignore[call-arg]
    except Exception as e:
        raise PluginError(
            f"extractor {name!r} could not be created: {type(e).__name__}: {e}"
        ) from e
    if not isinstance(made, Extractor):
        raise PluginError(
            f"{name!r} made {made!r}, which is not an extractor "
            "(it needs name, version and __call__(analysis))"
        )
    return made


def _as_tuple(items: Iterable[Extractor]) -> tuple[Extractor, ...]:
    return tuple(items)


REGISTRY = Registry()
"""The default registry: built-in extractors plus installed plugins."""


@attrs.frozen
class ExtractionResult:
    """The claims of a run, and what went wrong without stopping it."""

    claims: tuple[SourceClaim, ...] = ()
    problems: tuple[LegalNewsError, ...] = ()

    def __add__(self, other: ExtractionResult) -> ExtractionResult:
        return ExtractionResult(self.claims + other.claims, self.problems + other.problems)


def _resolve_extractors(
    items: Iterable[str | Extractor], registry: Registry
) -> tuple[Extractor, ...]:
    return tuple(registry.get(i) if isinstance(i, str) else i for i in items)


@attrs.frozen
class Pipeline:
    """Extractors run in order over each article's shared analysis.

    Args:
        extractors: extractor objects (or registered names, via :meth:`of`).
        lexicon: the word tables the shared analysis uses.
    """

    extractors: tuple[Extractor, ...] = attrs.field(converter=_as_tuple)
    lexicon: Lexicon = DEFAULT_LEXICON

    @extractors.validator
    def _check(
        self, attribute: attrs.Attribute[tuple[Extractor, ...]], value: tuple[Extractor, ...]
    ) -> None:
        for ex in value:
            if not isinstance(ex, Extractor) or isinstance(ex, type):
                raise PluginError(
                    f"{ex!r} is not an extractor: it needs name, version and "
                    "__call__(analysis) (pass a class through a Registry to have it created)"
                )

    @classmethod
    def of(
        cls,
        *items: str | Extractor,
        registry: Registry | None = None,
        lexicon: Lexicon = DEFAULT_LEXICON,
    ) -> Pipeline:
        """A pipeline of registered names and/or extractor objects."""
        return cls(_resolve_extractors(items, registry or REGISTRY), lexicon)

    @classmethod
    def default(cls, *, registry: Registry | None = None) -> Pipeline:
        """The built-in extractors, then every installed plugin.

        A plugin that cannot be created is left out and reported in the
        registry's :attr:`~Registry.problems`; it never stops the others.
        """
        reg = registry or REGISTRY
        extractors = []
        for name in reg.names():
            try:
                extractors.append(reg.get(name))
            except PluginError as e:
                if not any(str(p) == str(e) for p in reg.problems):
                    reg.problems.append(e)
        return cls(tuple(extractors))

    def run(self, article: Article) -> ExtractionResult:
        """Extract the claims of one article."""
        analysis = analyze(Document.from_article(article), lexicon=self.lexicon)
        claims: list[SourceClaim] = []
        problems: list[LegalNewsError] = []
        where = article.id + (f" ({article.source.path})" if article.source.path else "")
        for ex in self.extractors:
            name = getattr(ex, "name", type(ex).__name__)
            try:
                made = list(ex(analysis))
                bad = [c for c in made if not isinstance(c, SourceClaim)]
                if bad:
                    raise TypeError(f"yielded {type(bad[0]).__name__}, not SourceClaim")
            except Exception as e:  # a faulty extractor costs only its own claims
                problems.append(ExtractorError(name, where, e))
                continue
            claims.extend(made)
        return ExtractionResult(tuple(claims), tuple(problems))

    def run_all(self, articles: Iterable[Article]) -> ExtractionResult:
        """Extract the claims of many articles."""
        claims: list[SourceClaim] = []
        problems: list[LegalNewsError] = []
        for a in articles:
            one = self.run(a)
            claims.extend(one.claims)
            problems.extend(one.problems)
        return ExtractionResult(tuple(claims), tuple(problems))


def extract(
    articles: Article | Iterable[Article], *, pipeline: Pipeline | None = None
) -> ExtractionResult:
    """Extract claims from articles with a pipeline (the default one unless given)."""
    chosen = pipeline or Pipeline.default()
    if isinstance(articles, Article):
        return chosen.run(articles)
    return chosen.run_all(articles)


def _register_builtins(registry: Registry) -> None:
    from ._extractors._charges import ChargesExtractor
    from ._extractors._court import CourtExtractor
    from ._extractors._parties import PartiesExtractor

    for factory in (PartiesExtractor, ChargesExtractor, CourtExtractor):
        registry.add(factory, name=factory.name)


_register_builtins(REGISTRY)
