"""Extractors, their registry and the pipeline: plugins plug in; a faulty one costs only itself."""

from __future__ import annotations

import datetime as dt
import doctest
import importlib
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from importlib.metadata import EntryPoint
from pathlib import Path
from types import ModuleType
from typing import Any, cast

import pytest

import legalnews
from legalnews import (
    ENTRY_POINT_GROUP,
    Analysis,
    Article,
    ChargesExtractor,
    CourtExtractor,
    EntityKind,
    ExtractorError,
    Modality,
    PartiesExtractor,
    Pipeline,
    PluginError,
    Registry,
    RoleKind,
    RoleValue,
    Source,
    SourceClaim,
    Subject,
    SubjectKind,
    build,
    extract,
)

ROOT = Path(__file__).resolve().parents[1]
PLUGIN = ROOT / "examples" / "plugin"
PLUGIN_SRC = PLUGIN / "src"
BUILTINS = ("charges", "court", "parties")

TEXT = (
    "Prosecutors charged Ann Roe with fraud in March 2024 in Santa Fe County District Court. "
    "Judge Mary Poe set a trial for June 3. Roe's attorney, Bo Chan, said she is innocent."
)
ARTICLE = Article(TEXT, Source(outlet="Example Times", published=dt.date(2024, 5, 2)))


# -- extractors of our own ----------------------------------------------------------


class Mentions:
    """A small, valid extractor: claims each person's name as written."""

    name = "mine"
    version = "2.1"

    def __call__(self, analysis: Analysis) -> Iterator[SourceClaim]:
        for sentence in analysis.sentences:
            for m in analysis.names_in(sentence.start, sentence.end):
                if m.kind is EntityKind.PERSON:
                    subject = Subject(SubjectKind.PERSON, analysis.ref(m))
                    yield analysis.claim(self, subject, "mention", m.text, sentence)


class Boom:
    """An extractor that raises before yielding anything."""

    name = "boom"
    version = "9"

    def __call__(self, analysis: Analysis) -> Iterator[SourceClaim]:
        raise RuntimeError("kaboom")


class Partial(Mentions):
    """An extractor that yields good claims, then raises."""

    name = "partial"

    def __call__(self, analysis: Analysis) -> Iterator[SourceClaim]:
        yield from super().__call__(analysis)
        raise ValueError("gave up half way")


class NotAClaim:
    """An extractor that yields something that is not a claim."""

    name = "sloppy"
    version = "1"

    def __call__(self, analysis: Analysis) -> Iterator[Any]:
        yield {"person": "Ann Roe"}


class Unconfigurable(Mentions):
    """An extractor whose constructor fails, as a plugin missing its settings would."""

    name = "unconfigurable"

    def __init__(self) -> None:
        raise RuntimeError("no API key configured")


def builtins_registry() -> Registry:
    """A registry with the built-in extractors and no entry-point group."""
    registry = Registry(group=None)
    for factory in (PartiesExtractor, ChargesExtractor, CourtExtractor):
        registry.add(factory)
    return registry


def claim_keys(claims: tuple[SourceClaim, ...]) -> set[str]:
    """The ids of some claims."""
    return {c.id for c in claims}


# -- the registry API ---------------------------------------------------------------


def test_empty_registry() -> None:
    """A registry without an entry-point group starts empty."""
    registry = Registry(group=None)
    assert len(registry) == 0
    assert registry.names() == ()
    assert list(registry) == []
    assert "parties" not in registry
    assert registry.problems == []


def test_add_and_get_an_object() -> None:
    """An extractor object is registered under its own name and returned as is."""
    registry = Registry(group=None)
    mine = Mentions()
    registry.add(mine)
    assert registry.get("mine") is mine
    assert "mine" in registry
    assert len(registry) == 1


def test_add_a_factory() -> None:
    """A factory (a class) is registered under its ``name`` and called on each ``get``."""
    registry = Registry(group=None)
    registry.add(PartiesExtractor)
    first, second = registry.get("parties"), registry.get("parties")
    assert isinstance(first, PartiesExtractor)
    assert isinstance(second, PartiesExtractor)
    assert first is not second


def test_names_contains_len_and_iteration() -> None:
    """Names are sorted, iteration gives them, ``in`` and ``len`` agree with them."""
    registry = builtins_registry()
    registry.add(Mentions())
    registry.add(Mentions(), name="also-mine")
    assert registry.names() == ("also-mine", "charges", "court", "mine", "parties")
    assert list(registry) == list(registry.names())
    assert len(registry) == 5
    assert all(name in registry for name in registry.names())
    assert "nope" not in registry
    assert 42 not in registry


def test_an_explicit_name_wins() -> None:
    """``name=`` registers an object under another name than its own."""
    registry = Registry(group=None)
    mine = Mentions()
    registry.add(mine, name="people")
    assert registry.names() == ("people",)
    assert registry.get("people") is mine


def test_duplicate_name_is_an_error() -> None:
    """A name already taken is refused, saying how to replace it."""
    registry = builtins_registry()
    with pytest.raises(PluginError, match=r"'parties' is already registered.*replace=True"):
        registry.add(Mentions(), name="parties")
    assert isinstance(registry.get("parties"), PartiesExtractor)


def test_replace_true_replaces() -> None:
    """``replace=True`` puts the new extractor in the old one's place."""
    registry = builtins_registry()
    mine = Mentions()
    registry.add(mine, name="parties", replace=True)
    assert registry.get("parties") is mine
    assert len(registry) == 3


def test_something_without_a_name_is_an_error() -> None:
    """A factory with no ``name`` needs ``name=``."""
    registry = Registry(group=None)
    with pytest.raises(PluginError, match=r"give it a name"):
        registry.add(lambda: Mentions())
    registry.add(lambda: Mentions(), name="lambda")
    assert isinstance(registry.get("lambda"), Mentions)


def test_unknown_name_lists_the_known_ones() -> None:
    """Asking for an unregistered name says which names there are."""
    with pytest.raises(
        PluginError, match=r"no extractor named 'nope'; registered: charges, court"
    ):
        builtins_registry().get("nope")


def test_a_factory_that_raises_is_a_plugin_error_naming_it() -> None:
    """A factory that fails becomes a PluginError naming the extractor and the cause."""
    registry = Registry(group=None)
    registry.add(Unconfigurable)
    with pytest.raises(PluginError, match=r"'unconfigurable'.*RuntimeError: no API key") as info:
        registry.get("unconfigurable")
    assert isinstance(info.value.__cause__, RuntimeError)


@pytest.mark.parametrize(
    "item",
    [
        pytest.param(lambda: 42, id="factory-making-an-int"),
        pytest.param(lambda: Boom.__call__, id="factory-making-a-function"),
        pytest.param(object, id="factory-making-an-object"),
    ],
)
def test_a_factory_making_a_non_extractor_is_a_plugin_error(item: Callable[[], object]) -> None:
    """A factory whose product lacks name, version or ``__call__`` is refused on ``get``."""
    registry = Registry(group=None)
    registry.add(cast(Any, item), name="odd")
    with pytest.raises(PluginError, match=r"'odd' made .*not an extractor"):
        registry.get("odd")


def test_a_non_extractor_object_is_a_plugin_error() -> None:
    """Something that is neither an extractor nor a factory is refused on ``get``."""
    registry = Registry(group=None)
    registry.add(cast(Any, 42), name="number")
    with pytest.raises(PluginError, match=r"'number' could not be created"):
        registry.get("number")


# -- entry points -------------------------------------------------------------------


def entry_point(name: str, value: str, group: str = ENTRY_POINT_GROUP) -> EntryPoint:
    """An entry point as an installed package's metadata would declare it."""
    return EntryPoint(name=name, value=value, group=group)


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Make ``importlib.metadata.entry_points``, as the pipeline calls it, list some plugins."""

    def install(*eps: EntryPoint) -> None:
        def entry_points(*, group: str) -> list[EntryPoint]:
            return [ep for ep in eps if ep.group == group]

        monkeypatch.setattr("legalnews._pipeline.metadata.entry_points", entry_points)

    return install


@pytest.fixture
def plugin_module(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """The example plugin, importable from its source folder; nothing is installed."""
    monkeypatch.syspath_prepend(str(PLUGIN_SRC))
    monkeypatch.delitem(sys.modules, "legalnews_example_plugin", raising=False)
    return importlib.import_module("legalnews_example_plugin")


@pytest.fixture
def broken_on_import(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """A plugin module that raises when imported; returns its name."""
    name = "legalnews_test_broken_plugin"
    (tmp_path / f"{name}.py").write_text('raise ImportError("needs libfoo 2")\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    return name


def test_entry_points_load_one_plugin_and_report_the_broken_ones(
    installed: Callable[..., None], plugin_module: ModuleType, broken_on_import: str
) -> None:
    """A plugin that loads is registered; each one that fails is reported, not raised."""
    installed(
        entry_point("witnesses", "legalnews_example_plugin:WitnessExtractor"),
        entry_point("crashes", f"{broken_on_import}:Extractor"),
        entry_point("missing", "legalnews_no_such_plugin:Extractor"),
        entry_point("typo", "legalnews_example_plugin:WitnesExtractor"),
        entry_point("elsewhere", "legalnews_example_plugin:WitnessExtractor", group="other"),
    )
    registry = Registry()
    for factory in (PartiesExtractor, ChargesExtractor, CourtExtractor):
        registry.add(factory)

    assert registry.names() == (*BUILTINS, "witnesses")
    assert isinstance(registry.get("witnesses"), plugin_module.WitnessExtractor)
    problems = {str(p).split("'")[1]: str(p) for p in registry.problems}
    assert sorted(problems) == ["crashes", "missing", "typo"]
    assert all(isinstance(p, PluginError) for p in registry.problems)
    assert "ImportError: needs libfoo 2" in problems["crashes"]
    assert "ModuleNotFoundError" in problems["missing"]
    assert "legalnews_no_such_plugin:Extractor" in problems["missing"]
    assert "AttributeError" in problems["typo"]
    assert all("fix or uninstall" in p for p in problems.values())

    result = Pipeline.default(registry=registry).run(ARTICLE)
    assert result.problems == ()
    assert {c.extractor for c in result.claims} >= {"parties", "charges"}


def test_entry_points_are_loaded_once(installed: Callable[..., None]) -> None:
    """A broken plugin is reported once however often the registry is asked."""
    installed(entry_point("missing", "legalnews_no_such_plugin:Extractor"))
    registry = Registry()
    for _ in range(3):
        assert registry.names() == ()
        assert len(registry) == 0
    assert len(registry.problems) == 1


def test_a_plugin_does_not_displace_a_registered_extractor(
    installed: Callable[..., None], plugin_module: ModuleType
) -> None:
    """An entry point named like an extractor already registered leaves that one in place."""
    installed(entry_point("parties", "legalnews_example_plugin:WitnessExtractor"))
    registry = Registry()
    registry.add(PartiesExtractor)  # before the entry points are read
    assert registry.names() == ("parties",)
    assert isinstance(registry.get("parties"), PartiesExtractor)


def test_no_group_reads_no_entry_points(installed: Callable[..., None]) -> None:
    """``Registry(group=None)`` never looks at installed packages."""
    installed(entry_point("missing", "legalnews_no_such_plugin:Extractor"))
    registry = Registry(group=None)
    assert registry.names() == ()
    assert registry.problems == []


def test_a_plugin_that_cannot_be_created_does_not_stop_the_default_pipeline() -> None:
    """A registered plugin whose factory raises is reported and the others still run."""
    registry = builtins_registry()
    registry.add(Unconfigurable)
    pipeline = Pipeline.default(registry=registry)
    assert [e.name for e in pipeline.extractors] == list(BUILTINS)
    assert any("unconfigurable" in str(p) for p in registry.problems)


# -- running extractors -------------------------------------------------------------


def test_an_extractor_that_raises_is_reported_and_the_others_still_run() -> None:
    """A failing extractor becomes an ExtractorError naming it and the article."""
    clean = Pipeline.of(*BUILTINS).run(ARTICLE)
    result = Pipeline.of("parties", "charges", Boom(), "court").run(ARTICLE)

    assert claim_keys(result.claims) == claim_keys(clean.claims)
    assert {c.extractor for c in result.claims} == set(BUILTINS)
    [problem] = result.problems
    assert isinstance(problem, ExtractorError)
    assert problem.extractor == "boom"
    assert problem.article.startswith(ARTICLE.id)
    assert isinstance(problem.cause, RuntimeError)
    assert str(problem) == (
        f"extractor 'boom' failed on article {ARTICLE.id}: RuntimeError: kaboom"
    )


def test_a_failure_costs_all_of_the_failing_extractors_claims() -> None:
    """Claims yielded before a failure are dropped with it; other extractors keep theirs."""
    result = Pipeline.of("parties", Partial()).run(ARTICLE)
    assert {c.extractor for c in result.claims} == {"parties"}
    [problem] = result.problems
    assert isinstance(problem, ExtractorError)
    assert problem.extractor == "partial"
    assert "ValueError: gave up half way" in str(problem)


def test_a_non_claim_is_reported() -> None:
    """Yielding something that is not a SourceClaim is an ExtractorError saying what it was."""
    result = Pipeline.of("charges", NotAClaim()).run(ARTICLE)
    assert {c.extractor for c in result.claims} == {"charges"}
    [problem] = result.problems
    assert isinstance(problem, ExtractorError)
    assert problem.extractor == "sloppy"
    assert isinstance(problem.cause, TypeError)
    assert "yielded dict, not SourceClaim" in str(problem)


def test_a_build_reports_the_failing_extractor_with_the_file(tmp_path: Path) -> None:
    """Through ``build``, the problem names the extractor and the article's file."""
    path = tmp_path / "roe.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = build([path], pipeline=Pipeline.of("charges", Boom()))
    [problem] = result.problems
    assert isinstance(problem, ExtractorError)
    assert problem.extractor == "boom"
    assert ARTICLE.id in str(problem)
    assert str(path) in str(problem)
    assert any(c.subject.kind is SubjectKind.CHARGE for c in result.case.claims)


def test_every_article_reports_its_own_failure() -> None:
    """Over many articles, a failing extractor is reported once per article."""
    other = Article("Prosecutors charged Bo Chan with theft.")
    result = extract([ARTICLE, other], pipeline=Pipeline.of("charges", Boom()))
    assert sorted(p.article for p in cast(list[ExtractorError], list(result.problems))) == sorted(
        [ARTICLE.id, other.id]
    )
    assert {c.article for c in result.claims} == {ARTICLE.id, other.id}


def test_every_claim_records_its_extractor_name_and_version() -> None:
    """Each claim carries the name and version of the extractor that made it."""
    pipeline = Pipeline.of(*BUILTINS, Mentions())
    made = {(e.name, e.version) for e in pipeline.extractors}
    result = pipeline.run(ARTICLE)
    assert result.problems == ()
    recorded = {(c.extractor, c.extractor_version) for c in result.claims}
    assert recorded <= made
    assert ("mine", "2.1") in recorded
    assert ("parties", "1") in recorded


def test_pipeline_of_names_and_objects() -> None:
    """``Pipeline.of`` takes registered names and objects, in the order given."""
    mine = Mentions()
    pipeline = Pipeline.of("parties", mine)
    assert isinstance(pipeline.extractors[0], PartiesExtractor)
    assert pipeline.extractors[1] is mine
    result = pipeline.run(ARTICLE)
    assert {c.extractor for c in result.claims} == {"parties", "mine"}
    mentioned = {c.value for c in result.claims if c.extractor == "mine"}
    assert {"Ann Roe", "Bo Chan"} <= mentioned


def test_pipeline_of_a_custom_registry() -> None:
    """Names are looked up in the registry given, not the default one."""
    registry = Registry(group=None)
    registry.add(Mentions())
    assert [e.name for e in Pipeline.of("mine", registry=registry).extractors] == ["mine"]
    with pytest.raises(PluginError, match="no extractor named 'parties'"):
        Pipeline.of("parties", registry=registry)


def test_the_default_pipeline_has_the_builtins() -> None:
    """The default registry holds the built-in extractors under their names."""
    assert set(BUILTINS) <= set(legalnews.REGISTRY.names())
    names = [e.name for e in Pipeline.default(registry=builtins_registry()).extractors]
    assert names == list(BUILTINS)


def test_extract_one_or_many() -> None:
    """``extract`` takes one article or many and gives the same claims for the same one."""
    pipeline = Pipeline.of(*BUILTINS)
    assert extract(ARTICLE, pipeline=pipeline) == extract([ARTICLE], pipeline=pipeline)


def test_pipeline_of_a_non_extractor_is_a_plugin_error() -> None:
    """An object given to ``Pipeline.of`` that is not an extractor is refused at once."""
    with pytest.raises(PluginError):
        Pipeline.of("parties", cast(Any, 42))


# -- the example plugin -------------------------------------------------------------

WITNESS_CASES = [
    ("Jane Roe, 41, testified on Monday.", [("Jane Roe", Modality.ASSERTED)]),
    ("Jane Roe, a crew member, later testified.", [("Jane Roe", Modality.ASSERTED)]),
    ("Jane Roe reportedly testified before a grand jury.", [("Jane Roe", Modality.REPORTED)]),
    ("Jane Roe is expected to testify next week.", [("Jane Roe", Modality.EXPECTED)]),
    ("Jane Roe declined to testify.", [("Jane Roe", Modality.NEGATED)]),
    (
        "Prosecutors called witnesses Jane Roe and John Doe.",
        [("Jane Roe", Modality.ASSERTED), ("John Doe", Modality.ASSERTED)],
    ),
    ("The star witness, Jane Roe, spoke first.", [("Jane Roe", Modality.ASSERTED)]),
    ("Roe's lawyer testified.", []),
    ('"John Doe testified," said Jane Roe.', []),
    ("Jane Roe said the case was weak.", []),
]


@pytest.mark.parametrize(("text", "expected"), WITNESS_CASES, ids=[t for t, _ in WITNESS_CASES])
def test_example_plugin_rules(
    plugin_module: ModuleType, text: str, expected: list[tuple[str, Modality]]
) -> None:
    """The example plugin's rules, one sentence each."""
    result = Pipeline.of(plugin_module.WitnessExtractor()).run(Article(text))
    assert result.problems == ()
    found = [(c.subject.anchor.name, c.modality) for c in result.claims if c.subject.anchor]
    assert found == expected
    assert all(c.value == RoleValue(RoleKind.WITNESS) for c in result.claims)


def test_example_plugin_vocabulary_is_data(plugin_module: ModuleType) -> None:
    """A user extends the plugin's words by passing a table, not by editing it."""
    text = "Jane Roe gave evidence on Monday."
    plain = plugin_module.WitnessExtractor()
    extended = plugin_module.WitnessExtractor(
        cues={**plugin_module.WITNESS_CUES, "gave evidence": Modality.ASSERTED}
    )
    assert Pipeline.of(plain).run(Article(text)).claims == ()
    assert len(Pipeline.of(extended).run(Article(text)).claims) == 1


def test_example_plugin_doctests(plugin_module: ModuleType) -> None:
    """The example plugin's documented example runs."""
    failures, tried = doctest.testmod(plugin_module, optionflags=doctest.ELLIPSIS)
    assert tried > 0
    assert failures == 0


def test_example_plugin_in_a_pipeline(plugin_module: ModuleType) -> None:
    """Loaded directly (not installed), the example plugin runs beside the built-ins."""
    text = (
        "Prosecutors charged Ann Roe with fraud in March 2024. "
        "Jane Doe, a former accountant at the firm, testified on Monday. "
        "Prosecutors said Bo Chan is expected to testify next week."
    )
    article = Article(text, Source(outlet="Example Times", published=dt.date(2024, 5, 2)))
    witnesses = plugin_module.WitnessExtractor()
    assert isinstance(witnesses, legalnews.Extractor)

    result = build([article], pipeline=Pipeline.of(*BUILTINS, witnesses))

    assert result.problems == ()
    mine = [c for c in result.case.claims if c.extractor == "witnesses"]
    assert {(c.subject.anchor.name, c.modality) for c in mine if c.subject.anchor} == {
        ("Jane Doe", Modality.ASSERTED),
        ("Bo Chan", Modality.EXPECTED),
    }
    assert all(c.extractor_version == plugin_module.__version__ for c in mine)
    assert all(c.evidence.found_in(text) for c in mine)
    names = {p.id: p.name for p in result.case.persons}
    roles = {(names[r.person], r.role) for r in result.case.roles}
    assert ("Jane Doe", RoleKind.WITNESS) in roles
    assert ("Bo Chan", RoleKind.WITNESS) not in roles  # expected, not yet a witness
    assert ("Ann Roe", RoleKind.DEFENDANT) in roles


def test_example_plugin_installs_and_registers(tmp_path: Path) -> None:
    """``pip install`` of the example plugin makes ``legalnews extractors`` list it."""
    source = tmp_path / "plugin"
    shutil.copytree(PLUGIN, source, ignore=shutil.ignore_patterns("build", "*.egg-info"))
    target = tmp_path / "site"
    pip = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if pip.returncode != 0:
        pytest.skip(f"pip could not build the plugin here: {pip.stderr.strip()[-300:]}")
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = textwrap.dedent(
        """
        import sys
        from legalnews._cli import main
        sys.exit(main(["extractors"]))
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    lines = dict(line.split("\t", 1) for line in run.stdout.splitlines())
    assert set(lines) == {*BUILTINS, "witnesses"}
    assert lines["witnesses"] == "0.1.0\tlegalnews_example_plugin.WitnessExtractor"


@pytest.mark.parametrize(
    "unit",
    [
        "Ann Roe was charged with fraud on May 3 and the charges were dismissed on June 4, "
        "convicted of theft in July, ",
        "Ann Roe was charged with fraud and the charges were dismissed, then convicted of "
        "theft and acquitted of bribery, ",
        "Ann Roe, attorney Bob Lee, Judge Cal Poe and prosecutor Dee Fox said, ",
        '"the charges were dismissed" said Ann Roe, a hearing set for May 3, ',
    ],
    ids=["dated-verbs", "verbs", "titled-names", "quotes-and-hearings"],
)
def test_a_megabyte_line_of_legal_phrases_runs_through_the_pipeline(unit: str) -> None:
    """One 1 MB line without a sentence break: every rule at once, in linear time.

    Rules that read a sentence at a time would cost the square of its length;
    the document reads such a run in bounded pieces (no timing is asserted).
    """
    text = unit * (1_000_000 // len(unit))
    source = legalnews.Source(outlet="Valley Courier", published=dt.date(2024, 5, 2))
    result = legalnews.Pipeline.default().run(legalnews.Article(text, source))
    assert not result.problems
    assert result.claims
    assert all(c.evidence.found_in(text) for c in result.claims)
