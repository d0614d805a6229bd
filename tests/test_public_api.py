"""The public API: exactly what ``__all__`` says, every name documented.

In the manner of Hypothesis' ``strategies/__init__.py::_check_exports``: the
package's ``__all__`` must be exactly its public top-level names, each
importable, each with a docstring, and each on the API reference page.
"""

from __future__ import annotations

import enum
import inspect
import re
from pathlib import Path
from types import ModuleType

import pytest

import legalnews
import legalnews.testing

API_PAGE = Path(__file__).resolve().parent.parent / "docs" / "reference" / "api.md"

# Names bound to plain values (a mapping, a registry, a string, a type alias)
# cannot carry a docstring of their own; their description is on the API page.
CONSTANTS = frozenset(
    {
        "ABBREVIATIONS",
        "CLEANERS",
        "Cleaner",
        "DEFAULT_CLEANERS",
        "DEFAULT_LEXICON",
        "DEFAULT_POLICY",
        "ENTRY_POINT_GROUP",
        "FACTSHEET_FORMAT",
        "FIELDS",
        "FORMAT",
        "OFFENSE_STOP_WORDS",
        "REGISTRY",
        "SCORED_SECTIONS",
        "Value",
    }
)

_DIRECTIVE = re.compile(
    r"^\.\. (?:auto(?:class|function|exception|data)|py:data)::\s+(\S+)\s*$", re.MULTILINE
)


def _public_names(module: ModuleType) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if not name.startswith("_") and not isinstance(value, ModuleType)
    }


def _own_docstring(obj: object) -> str | None:
    doc = obj.__dict__.get("__doc__") if inspect.isclass(obj) else getattr(obj, "__doc__", None)
    return doc.strip() if isinstance(doc, str) and doc.strip() else None


def _documented_on_api_page() -> list[str]:
    return _DIRECTIVE.findall(API_PAGE.read_text(encoding="utf-8"))


def test_all_is_exactly_the_public_names() -> None:
    """``__all__`` lists every public top-level name and nothing else."""
    exported = set(legalnews.__all__)
    public = _public_names(legalnews)
    assert exported == public, (sorted(exported - public), sorted(public - exported))


def test_all_has_no_duplicates_and_no_private_names() -> None:
    """No name is exported twice, and none starts with an underscore."""
    assert len(legalnews.__all__) == len(set(legalnews.__all__))
    assert not [name for name in legalnews.__all__ if name.startswith("_")]


@pytest.mark.parametrize("name", legalnews.__all__)
def test_every_export_is_importable(name: str) -> None:
    """``from legalnews import <name>`` works for every exported name."""
    namespace: dict[str, object] = {}
    exec(f"from legalnews import {name}", namespace)
    assert namespace[name] is getattr(legalnews, name)


def test_star_import_gives_exactly_all() -> None:
    """``from legalnews import *`` binds exactly the names of ``__all__``."""
    namespace: dict[str, object] = {}
    exec("from legalnews import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(legalnews.__all__)


@pytest.mark.parametrize("name", sorted(set(legalnews.__all__) - CONSTANTS))
def test_every_public_class_and_function_has_a_docstring(name: str) -> None:
    """Each exported class and function has a docstring of its own, not an inherited one."""
    obj = getattr(legalnews, name)
    assert inspect.isclass(obj) or inspect.isfunction(obj), f"{name} is a constant: list it"
    assert _own_docstring(obj), f"legalnews.{name} has no docstring"


@pytest.mark.parametrize("name", sorted(CONSTANTS))
def test_constants_are_exported_values(name: str) -> None:
    """The names checked through the API page are the plain values, not classes or functions."""
    obj = getattr(legalnews, name)
    assert not inspect.isfunction(obj)
    assert not inspect.isclass(obj)


def test_every_export_is_on_the_api_page() -> None:
    """docs/reference/api.md documents each name of ``__all__``, once."""
    documented = _documented_on_api_page()
    missing = sorted(set(legalnews.__all__) - set(documented))
    assert not missing, f"add to docs/reference/api.md: {missing}"
    twice = sorted({n for n in documented if documented.count(n) > 1})
    assert not twice, f"documented more than once: {twice}"


def test_the_api_page_documents_only_exports() -> None:
    """docs/reference/api.md documents no name that ``__all__`` does not export."""
    stale = sorted(set(_documented_on_api_page()) - set(legalnews.__all__))
    assert not stale, f"not exported, remove from docs/reference/api.md: {stale}"


def test_enum_vocabularies_document_their_members() -> None:
    """Every exported enum has a docstring, and its members are strings or ints of the format."""
    enums = [getattr(legalnews, n) for n in legalnews.__all__]
    for obj in (e for e in enums if inspect.isclass(e) and issubclass(e, enum.Enum)):
        assert _own_docstring(obj), obj
        assert all(isinstance(m.value, str | int) for m in obj)


def test_testing_module_exports_are_defined_and_documented() -> None:
    """``legalnews.testing`` exports what it defines, documented, and is on the API page."""
    module = legalnews.testing
    missing = [n for n in module.__all__ if not hasattr(module, n)]
    assert not missing
    assert not [n for n in module.__all__ if n.startswith("_")]
    undocumented = [
        n
        for n in module.__all__
        if inspect.isfunction(getattr(module, n)) and not _own_docstring(getattr(module, n))
    ]
    assert not undocumented
    page = API_PAGE.read_text(encoding="utf-8")
    assert re.search(r"^\.\. automodule:: legalnews\.testing\n   :members:$", page, re.MULTILINE)
