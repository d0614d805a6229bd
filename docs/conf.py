"""Sphinx configuration of the legalnews documentation.

Build (both must pass, warnings are errors)::

    python -m sphinx -n -W --keep-going -b html docs docs/_build/html
    python -m sphinx -n -W -b doctest docs docs/_build/doctest
"""

from __future__ import annotations

import builtins
import enum
import os
import sys
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

import attrs
from docutils import nodes
from sphinx import addnodes
from sphinx.transforms.post_transforms import SphinxPostTransform

import legalnews

# -- project -------------------------------------------------------------------------

project = "legalnews"
author = "The legalnews developers"
copyright = "the legalnews developers"
release = metadata.version("legalnews")
version = ".".join(release.split(".")[:2])

# -- extensions ----------------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc and napoleon ------------------------------------------------------------

autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "undoc-members": True}
autodoc_typehints_description_target = "documented_params"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
napoleon_preprocess_types = False
napoleon_attr_annotations = True

# -- intersphinx: offline by default -------------------------------------------------
#
# The docs must build without a network.  The Python inventory is fetched only
# when LEGALNEWS_DOCS_ONLINE=1 is set; otherwise the mapping is empty and the
# build never tries to download anything (standard-library names are then
# matched by nitpick_ignore_regex below, and are resolved by intersphinx when online).

intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
if os.environ.get("LEGALNEWS_DOCS_ONLINE") == "1":
    intersphinx_mapping["python"] = ("https://docs.python.org/3", None)
intersphinx_timeout = 10

# -- nitpicky --------------------------------------------------------------------------

nitpicky = True
nitpick_ignore_regex = [
    # Standard-library types: resolvable only through the Python inventory,
    # which this offline build does not fetch (see intersphinx above).
    (r"py:.*", r"(datetime|collections\.abc|os|decimal|enum|json|importlib\.metadata)\..*"),
    # Third-party types in signatures; their inventories are not fetched either.
    (r"py:.*", r"(attrs|attr|cattrs|hypothesis\.strategies)\..*"),
]

# -- doctest -------------------------------------------------------------------------

# The reference page documents the names of the ``legalnews`` namespace, and
# the docstrings' examples use them unqualified, as their own modules do.
# ``_REPO`` lets the tutorial run its commands from the checkout's top folder.
doctest_global_setup = f"""
import datetime
import legalnews
from legalnews import *
_REPO = {str(Path(__file__).resolve().parent.parent)!r}
"""
doctest_test_doctest_blocks = "default"

# -- html ------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"legalnews {release}"


# -- public names: link legalnews._module.Name to legalnews.Name -----------------------
#
# The public API is re-exported from private modules, so type hints name
# ``legalnews._claims.SourceClaim`` while the reference documents
# ``legalnews.SourceClaim``.  Map every private path of an exported object to
# its public name.


def _public_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for name in legalnews.__all__:
        obj = getattr(legalnews, name)
        module = getattr(obj, "__module__", None)
        qualname = getattr(obj, "__qualname__", None)
        if isinstance(module, str) and isinstance(qualname, str):
            names.setdefault(f"{module}.{qualname}", f"legalnews.{name}")
    return names


_PUBLIC = _public_names()


def _type_variable(target: str) -> bool:
    """Whether ``target`` names a TypeVar of a legalnews module (no page to link to)."""
    module_name, _, attr = target.rpartition(".")
    module = sys.modules.get(module_name)
    return module_name.startswith("legalnews") and isinstance(getattr(module, attr, None), TypeVar)


def _missing_reference(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    if _type_variable(target):
        return contnode  # a type variable is shown as its name, unlinked
    public = _PUBLIC.get(target)
    if public is None:
        head, _, attr = target.rpartition(".")
        if head in _PUBLIC:
            public = f"{_PUBLIC[head]}.{attr}"
    if public is None:
        return None
    domain = env.get_domain("py")
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], public, node, contnode
    )


class _BuiltinTypes(SphinxPostTransform):
    """Show a built-in type in a signature (``type[T]``, ``str``) as plain text.

    Without this, a field-list type ``type`` is looked up in "specific" mode,
    falls back to attributes and matches ``Event.type`` and ``FieldSpec.type``.
    Runs before the reference resolver (priority 10).
    """

    default_priority = 5

    def run(self, **kwargs: Any) -> None:
        for node in self.document.findall(addnodes.pending_xref):
            if (
                node.get("refdomain") == "py"
                and node.get("reftype") in {"class", "obj"}
                and isinstance(getattr(builtins, node.get("reftarget", ""), None), type)
            ):
                node.replace_self(node.children or [nodes.literal(text=node["reftarget"])])


# -- signatures of attrs classes ---------------------------------------------------------
#
# autodoc_preserve_defaults shows defaults as written in the source, which for
# functions reads well (``policy=DEFAULT_POLICY``) but for the ``__init__``
# that attrs generates shows ``attr_dict['counts'].default``.  Rebuild those
# signatures from the attrs fields instead.

_CONSTANTS = {
    id(getattr(legalnews, name)): name
    for name in legalnews.__all__
    if name.isupper() and not isinstance(getattr(legalnews, name), str)
}


def _default_text(default: object) -> str:
    """A short text for a default; ``...`` for a big table (a lexicon's word sets)."""
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        factory = default.factory
        if factory in (dict, list, tuple, set, frozenset):
            return repr(factory())
        name = getattr(factory, "__name__", "<lambda>")
        return "..." if name == "<lambda>" else f"{name}()"
    if id(default) in _CONSTANTS:
        return _CONSTANTS[id(default)]
    if isinstance(default, enum.Enum):
        return f"{type(default).__name__}.{default.name}"
    if isinstance(default, set | frozenset | dict) and default:
        return "..."  # a word table; its repr is long and a set's order varies by run
    text = repr(default)
    return text if len(text) <= 40 else "..."


def _attrs_signature(
    app: Any, what: str, name: str, obj: Any, options: Any, signature: str | None, ret: str | None
) -> tuple[str, str | None] | None:
    if what not in {"class", "exception"} or not attrs.has(obj) or signature is None:
        return None
    parts: list[str] = []
    star = False
    for field in attrs.fields(obj):
        if not field.init:
            continue
        if field.kw_only and not star:
            parts.append("*")
            star = True
        if field.default is attrs.NOTHING:
            parts.append(field.alias)
        else:
            parts.append(f"{field.alias}={_default_text(field.default)}")
    return f"({', '.join(parts)})", ret


def setup(app: Any) -> None:
    app.connect("missing-reference", _missing_reference)
    app.connect("autodoc-process-signature", _attrs_signature)
    app.add_post_transform(_BuiltinTypes)
