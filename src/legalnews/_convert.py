"""Serialization: one cattrs converter, lossless JSON for every public type.

Every document carries its format and type, ``{"format": "legalnews/1",
"type": "Case", "data": {...}}``, so a reader knows what it holds before
reading it. Values of claims are tagged by type (``{"date": "2023-01"}``),
so a count of ``2`` never comes back as the string ``"2"``.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping
from typing import Any, Final, TypeVar

import cattrs
import cattrs.gen

from ._case import (
    Candidate,
    Case,
    Charge,
    Conflict,
    Event,
    Fact,
    Judgement,
    Organization,
    Penalty,
    Person,
    Proceeding,
    Role,
    Sentence,
    Settlement,
    StatusChange,
)
from ._claims import EntityRef, Evidence, RoleValue, SourceClaim, Subject, Transition, Value
from ._dates import FuzzyDate
from ._errors import FormatError, LegalNewsError
from ._quantities import Duration, Money
from ._sources import Article, Source
from ._vocab import EventType, Plea, ProceedingKind, SentenceKind, SettlementKind

__all__ = ["FORMAT", "from_json", "make_converter", "to_json"]

FORMAT: Final = "legalnews/1"
"""The format tag of every JSON document legalnews writes."""

T = TypeVar("T")

_SIMPLE_TAGS: Mapping[str, type[Any]] = {
    "bool": bool,
    "int": int,
    "str": str,
    "plea": Plea,
    "sentence_kind": SentenceKind,
    "settlement_kind": SettlementKind,
    "proceeding_kind": ProceedingKind,
    "event_type": EventType,
}
_CLASS_TAGS: Mapping[str, type[Any]] = {
    "date": FuzzyDate,
    "money": Money,
    "duration": Duration,
    "entity": EntityRef,
    "role": RoleValue,
    "transition": Transition,
}

PUBLIC_TYPES: Mapping[str, type[Any]] = {
    t.__name__: t
    for t in (
        Article,
        Candidate,
        Case,
        Charge,
        Conflict,
        Duration,
        EntityRef,
        Event,
        Evidence,
        Fact,
        FuzzyDate,
        Judgement,
        Money,
        Organization,
        Penalty,
        Person,
        Proceeding,
        Role,
        RoleValue,
        Sentence,
        Settlement,
        Source,
        SourceClaim,
        StatusChange,
        Subject,
        Transition,
    )
}
"""Every type :func:`to_json` writes and :func:`from_json` reads, by name."""


def _tag_of(value: Value) -> str:
    # bool before int: True is an int too
    for tag, typ in (*_SIMPLE_TAGS.items(), *_CLASS_TAGS.items()):
        if isinstance(value, typ) and not (typ is int and isinstance(value, bool)):
            if typ is str and isinstance(value, enum.Enum):
                continue  # an enum member is a str too; its own tag comes later
            return tag
    raise FormatError(f"not a claim value: {value!r}")


def make_converter() -> cattrs.Converter:
    """A new converter with legalnews' hooks; the one every function here uses.

    Build your own from it to serialize types that embed legalnews types;
    never customize cattrs' global converter.
    """
    conv = cattrs.Converter()

    conv.register_unstructure_hook(FuzzyDate, str)
    conv.register_structure_hook(FuzzyDate, lambda v, _: FuzzyDate.parse(_expect(v, str)))
    conv.register_unstructure_hook(Duration, Duration.isoformat)
    conv.register_structure_hook(Duration, lambda v, _: Duration.parse(_expect(v, str)))
    conv.register_unstructure_hook(
        Money, lambda m: {"amount": f"{m.amount:f}", "currency": m.currency}
    )
    conv.register_structure_hook(
        Money,
        lambda v, _: Money(
            _expect(_expect(v, dict).get("amount"), str), _expect(v.get("currency", "USD"), str)
        ),
    )
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(_expect(v, str)))

    def unstructure_value(value: Value) -> dict[str, Any]:
        tag = _tag_of(value)
        if tag in _SIMPLE_TAGS:
            return {tag: value.value if isinstance(value, enum.Enum) else value}
        return {tag: conv.unstructure(value, _CLASS_TAGS[tag])}

    def structure_value(data: Any, _: Any) -> Value:
        if not isinstance(data, dict) or len(data) != 1:
            raise FormatError('a value is an object with one type key, e.g. {"int": 2}')
        ((tag, raw),) = data.items()
        if tag in _SIMPLE_TAGS:
            typ = _SIMPLE_TAGS[tag]
            if typ in (bool, int, str):
                out: Value = _expect(raw, typ)
                if typ is int and isinstance(raw, bool):
                    raise FormatError("expected an integer, got a boolean")
                return out
            return typ(raw)  # type: ignore[no-any-return]
        if tag in _CLASS_TAGS:
            return conv.structure(raw, _CLASS_TAGS[tag])  # type: ignore[no-any-return]
        known = ", ".join(sorted([*_SIMPLE_TAGS, *_CLASS_TAGS]))
        raise FormatError(f"unknown value type {tag!r}; known: {known}")

    conv.register_unstructure_hook_func(lambda t: t == Value, unstructure_value)
    conv.register_structure_hook_func(lambda t: t == Value, structure_value)

    # ids are content hashes: written for readers, checked on the way back in
    base_claim = cattrs.gen.make_dict_unstructure_fn(SourceClaim, conv)
    conv.register_unstructure_hook(SourceClaim, lambda c: {**base_claim(c), "id": c.id})
    base_claim_in = cattrs.gen.make_dict_structure_fn(SourceClaim, conv)

    def structure_claim(data: Any, _: Any) -> SourceClaim:
        claim = base_claim_in(data, SourceClaim)
        stated = data.get("id") if isinstance(data, dict) else None
        if stated is not None and stated != claim.id:
            raise FormatError(
                f"claim id {stated!r} does not match its content ({claim.id!r}): "
                "the claim was edited by hand or written by another version",
                where="id",
            )
        return claim

    conv.register_structure_hook(SourceClaim, structure_claim)
    base_article = cattrs.gen.make_dict_unstructure_fn(Article, conv)
    conv.register_unstructure_hook(Article, lambda a: {**base_article(a), "id": a.id})
    return conv


def _expect(value: Any, typ: type[T]) -> T:
    if not isinstance(value, typ):
        raise FormatError(f"expected {typ.__name__}, got {type(value).__name__} {value!r}")
    return value


_CONVERTER: Final = make_converter()


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """Serialize a public legalnews object (a :class:`Case`, a claim, a date...).

    >>> from legalnews import FuzzyDate
    >>> from_json(to_json(FuzzyDate(2021, 10))) == FuzzyDate(2021, 10)
    True
    """
    name = type(obj).__name__
    if PUBLIC_TYPES.get(name) is not type(obj):
        raise TypeError(f"to_json writes legalnews types, not {name}")
    data = _CONVERTER.unstructure(obj, type(obj))
    return json.dumps(
        {"format": FORMAT, "type": name, "data": data},
        indent=indent,
        ensure_ascii=False,
        sort_keys=False,
    )


def from_json(
    text: str | bytes, expected: type[T] | None = None, *, path: str | None = None
) -> Any:
    """Read a document written by :func:`to_json`.

    Args:
        text: the JSON text.
        expected: the type the caller needs; another type is an error.
        path: the file it came from, named in errors.

    Raises:
        FormatError: the text is not such a document; the message names the
            file, the place in the document and what is wrong.
    """
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError) as e:  # JSONDecodeError, UnicodeDecodeError, huge ints
        where = (
            f"line {e.lineno}, column {e.colno}" if isinstance(e, json.JSONDecodeError) else None
        )
        detail = "nested too deeply" if isinstance(e, RecursionError) else str(e)
        raise FormatError(f"not valid JSON ({detail})", path=path, where=where) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise FormatError(
            f'not a legalnews document: expected an object with "format": "{FORMAT}"',
            path=path,
        )
    name = doc.get("type")
    typ = PUBLIC_TYPES.get(name) if isinstance(name, str) else None
    if typ is None:
        raise FormatError(f"unknown document type {name!r}", path=path, where="type")
    if expected is not None and typ is not expected:
        raise FormatError(
            f"expected a {expected.__name__}, found a {name}", path=path, where="type"
        )
    return structure(doc.get("data"), typ, path=path)


def structure(data: Any, typ: type[T], *, path: str | None = None) -> T:
    """Build ``typ`` from unstructured data, turning any failure into a FormatError."""
    try:
        return _CONVERTER.structure(data, typ)
    except cattrs.BaseValidationError as e:
        messages = cattrs.transform_error(e, path="data", format_exception=_format_exception)
        first = messages[0] if messages else str(e)
        what, _, where = first.partition(" @ ")
        more = f" (and {len(messages) - 1} more problems)" if len(messages) > 1 else ""
        raise FormatError(what + more, path=path, where=where or None) from None
    except FormatError as e:
        where = f"data.{e.where}" if e.where else "data"
        raise FormatError(e.message, path=path, where=where) from None
    except (
        LegalNewsError,
        ValueError,
        TypeError,
        KeyError,
        AttributeError,
        ArithmeticError,
        RecursionError,
    ) as e:
        raise FormatError(f"{type(e).__name__}: {e}", path=path, where="data") from None


def _format_exception(exc: BaseException, type_: Any) -> str:
    if isinstance(exc, FormatError):
        return exc.message
    if isinstance(exc, KeyError):
        return f"required field missing {exc}"
    return f"{type(exc).__name__}: {exc}"


def unstructure(obj: Any) -> Any:
    """The JSON-ready form of an object, as :func:`to_json` writes its ``data``."""
    return _CONVERTER.unstructure(obj)
