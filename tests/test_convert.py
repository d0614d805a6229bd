"""Laws of serialization: exact round trips, and nothing but FormatError on bad input."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legalnews import (
    FORMAT,
    Case,
    EntityKind,
    EntityRef,
    Evidence,
    FormatError,
    SourceClaim,
    Subject,
    SubjectKind,
    from_json,
    resolve,
    to_json,
)
from legalnews._convert import PUBLIC_TYPES
from legalnews.testing import strategy_for

ROE = EntityRef(EntityKind.PERSON, "Ann Roe")
CLAIM = SourceClaim(
    Subject(SubjectKind.CHARGE, ROE, "fraud"),
    "counts",
    2,
    Evidence(0, 9, "two count"),
    "a1",
    outlet="Courier",
)
CASE = resolve([CLAIM])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@pytest.mark.parametrize("name", sorted(PUBLIC_TYPES))
@given(data=st.data())
def test_round_trip_is_exact(name: str, data: st.DataObject) -> None:
    """from_json(to_json(x)) == x for every public type; writing it again gives the same text."""
    typ = PUBLIC_TYPES[name]
    x = data.draw(strategy_for(typ), label=name)
    text = to_json(x)
    back = from_json(text, typ)
    assert back == x
    assert type(back) is typ
    assert to_json(back) == text


def _doc(obj: object) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(to_json(obj))
    return doc


def _tamper_claim_id(doc: dict[str, Any]) -> None:
    doc["data"]["claims"][0]["id"] = "0" * 20


def _int_as_string(doc: dict[str, Any]) -> None:
    doc["data"]["claims"][0]["value"] = {"int": "2"}


def _unknown_value_tag(doc: dict[str, Any]) -> None:
    doc["data"]["claims"][0]["value"] = {"float": 2.0}


def _two_value_tags(doc: dict[str, Any]) -> None:
    doc["data"]["claims"][0]["value"] = {"int": 2, "str": "2"}


def _wrong_field_type(doc: dict[str, Any]) -> None:
    doc["data"]["charges"][0]["counts"] = "two"


def _bad_evidence(doc: dict[str, Any]) -> None:
    doc["data"]["claims"][0]["evidence"]["end"] = 99


def _bad_date(doc: dict[str, Any]) -> None:
    doc["data"]["charges"][0]["filed"] = "2023-02-30"


@pytest.mark.parametrize(
    ("tamper", "where", "says"),
    [
        (_tamper_claim_id, "data.claims[0]", "does not match its content"),
        (_int_as_string, "data.claims[0].value", "expected int"),
        (_unknown_value_tag, "data.claims[0].value", "unknown value type 'float'"),
        (_two_value_tags, "data.claims[0].value", "one type key"),
        (_wrong_field_type, "data.charges[0].counts", "two"),
        (_bad_evidence, "data.claims[0]", "evidence"),
        (_bad_date, "data.charges[0].filed", "2023-02-30"),
    ],
)
def test_malformed_case_names_the_place(
    tamper: Callable[[dict[str, Any]], None], where: str, says: str
) -> None:
    """A corrupted part of a saved case raises FormatError naming where and what."""
    doc = _doc(CASE)
    tamper(doc)
    with pytest.raises(FormatError) as info:
        from_json(json.dumps(doc))
    assert info.value.where is not None
    assert info.value.where.startswith(where)
    assert says in info.value.message


def test_bad_json_names_line_and_column() -> None:
    """Text that is not JSON raises FormatError at its line and column."""
    with pytest.raises(FormatError) as info:
        from_json('{\n  "format": "legalnews/1",\n  oops\n}', path="case.json")
    assert info.value.where == "line 3, column 3"
    assert "case.json" in str(info.value)


@pytest.mark.parametrize("tag", ["legalnews/0", "legalnews/2", None, 1])
def test_wrong_format_tag_is_refused(tag: object) -> None:
    """A document without this version's format tag raises FormatError naming the format."""
    doc = _doc(CLAIM)
    doc["format"] = tag
    with pytest.raises(FormatError, match=FORMAT):
        from_json(json.dumps(doc))


@pytest.mark.parametrize("type_", ["Nope", None, 3, "Policy"])
def test_unknown_document_type_is_refused(type_: object) -> None:
    """A document of an unknown type raises FormatError at "type"."""
    doc = _doc(CLAIM)
    doc["type"] = type_
    with pytest.raises(FormatError) as info:
        from_json(json.dumps(doc))
    assert info.value.where == "type"


def test_unexpected_document_type_is_refused() -> None:
    """Reading a claim where a case is expected raises FormatError at "type"."""
    with pytest.raises(FormatError, match="expected a Case, found a SourceClaim") as info:
        from_json(to_json(CLAIM), Case)
    assert info.value.where == "type"


def test_tampered_bare_claim_names_the_id() -> None:
    """A saved claim whose id does not match its content raises FormatError at its id."""
    doc = _doc(CLAIM)
    doc["data"]["id"] = "0" * 20
    with pytest.raises(FormatError, match="does not match its content") as info:
        from_json(json.dumps(doc))
    assert info.value.where is not None
    assert "id" in info.value.where


@given(st.text() | st.binary())
def test_arbitrary_text_raises_only_format_error(text: str | bytes) -> None:
    """from_json on any text or bytes returns a value or raises FormatError, nothing else."""
    with contextlib.suppress(FormatError):
        from_json(text)


@given(st.sampled_from(sorted(PUBLIC_TYPES)), json_values)
def test_arbitrary_data_in_envelope_raises_only_format_error(name: str, data: object) -> None:
    """Any JSON data inside a valid envelope reads as the type or raises FormatError."""
    text = json.dumps({"format": FORMAT, "type": name, "data": data})
    try:
        value = from_json(text)
    except FormatError:
        return
    assert type(value) is PUBLIC_TYPES[name]


def _paths(node: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


@given(st.data())
def test_corrupted_document_raises_only_format_error(data: st.DataObject) -> None:
    """Replacing any one part of a valid document reads as the type or raises FormatError."""
    name = data.draw(st.sampled_from(sorted(PUBLIC_TYPES)), label="type")
    doc = _doc(data.draw(strategy_for(PUBLIC_TYPES[name])))
    path = data.draw(st.sampled_from(_paths(doc["data"])), label="path")
    junk = data.draw(json_values, label="junk")
    if not path:
        doc["data"] = junk
    else:
        node = doc["data"]
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = junk
    try:
        value = from_json(json.dumps(doc))
    except FormatError:
        return
    assert type(value) is PUBLIC_TYPES[name]


def test_huge_integer_literal_raises_format_error() -> None:
    """JSON with an integer too long for Python to read raises FormatError."""
    with pytest.raises(FormatError):
        from_json("1" * 5000)


def test_deeply_nested_json_raises_format_error() -> None:
    """JSON nested deeper than the parser can follow raises FormatError."""
    with pytest.raises(FormatError):
        from_json("[" * 100_000)


def test_money_overflow_raises_format_error() -> None:
    """A saved amount too large to normalize raises FormatError."""
    doc = {"format": FORMAT, "type": "Money", "data": {"amount": "1E+1000000", "currency": "USD"}}
    with pytest.raises(FormatError):
        from_json(json.dumps(doc))
