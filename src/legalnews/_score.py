"""Scoring a fact sheet against an answer key.

An *answer key* is a hand-written fact sheet of what the articles really say,
plus three hints: ``"optional": true`` on any entry, ``offense_aliases`` on a
charge and a top-level ``absent_persons`` list. :func:`score` compares any
fact sheet, ours or another tool's, given as plain JSON data, with a key, and
counts *units* (a person's role, a charge's status, an event, ...) as true
positives, false positives and false negatives, per section and in total.

>>> key = {"format": "legalnews.factsheet/1", "persons": [
...     {"name": "Lucia Martinez-Ortega", "roles": [{"role": "defendant"}]}]}
>>> out = {"format": "legalnews.factsheet/1", "persons": [
...     {"name": "lucia martinez ortega",
...      "roles": [{"role": "defendant"}, {"role": "witness"}]}]}
>>> result = score(out, key)
>>> result.persons
SectionScore(tp=1, fp=1, fn=0)
>>> result.as_dict()["persons"]["p"]
0.5

.. rubric:: Matching

In each section, output entries are paired one-to-one with key entries,
greedily, best candidate pair first. Candidate pairs are those the section's
match rule accepts; they are ranked by

1. how well the match rule holds (an exact name before an alias, an exact
   offense before shared content words, more shared parties before fewer),
2. then how many of the section's scored units agree,
3. then non-optional key entries before optional ones,
4. then the canonical JSON of the two entries (keys sorted, every list
   sorted), so that the ranking is a total order on entry contents.

Two pairs that tie on all four have identical entries, so choosing either
gives the same counts: the order of entries in either document, and of the
items of their lists, never changes a score.

.. rubric:: Units

* **persons**: one unit per (person, role) pair of the key; one more per key
  role that gives ``represents``; one more when the key gives ``age``.
* **proceedings**: the match, then ``status``, ``status_date`` and ``court``
  where the key gives them.
* **charges**: the match, then ``counts``, ``filed``, ``status``,
  ``status_date``, ``plea`` and ``with_prejudice`` where the key gives them.
* **sentences**: the match, then ``term``, ``suspended`` and ``date``.
* **settlements**: the match, then ``kind`` and ``date`` where the key gives
  them, and one unit per key party.
* **events**: the match alone (the format scores no further event field).
* **conflicts**: the match alone, for recall only.

A key unit the matched output entry gets right is a true positive; one it
gives a different value is a false positive *and* a false negative; one it
leaves missing or null is a false negative. Fields the key does not give are
not scored. Pairs with an ``optional`` key entry count nothing either way,
and every unit of an unmatched non-optional key entry is a false negative.
Organizations are not a scored section: they serve only to resolve names.

.. rubric:: Readings where the format is silent

* **Names** are folded before comparison: Unicode compatibility
  decomposition, accents dropped, case folded, periods and apostrophes
  deleted (``U.S.`` is ``US``, ``O'Brien`` is ``OBrien``), every other run
  of punctuation or space made one space (``Martinez-Ortega`` is
  ``Martinez Ortega``). A name with nothing left never matches.
* **Persons** match when the output's name is the key's name or one of the
  key's ``aliases``, or symmetrically the key's name is one of the output's
  ``aliases``. Alias against alias never matches: two people may share a
  surname (``Roe``). An exact name ranks above an alias.
* **References** to a person or organization (a charge's defendant, a
  party, an event participant, ``represents``, a conflict's subject) match
  when equal, when the output's reference is a name or alias of the key
  entity (person or organization) so named, or when the key's reference is
  a name or alias of the output entity so named. A reference is looked up by
  canonical name first, then by alias.
* **Roles** of a matched person are paired one-to-one by role, preferring
  pairs whose ``represents`` agree. Identical role entries are counted once.
  An output role the key lacks is a false positive.
* **Unmatched output entries** count one false positive each, for the unit
  that identifies them (the match); their other fields are not counted, just
  as fields the key does not give are not. An unmatched output person counts
  one false positive per role (duplicates counted once) and none for its age;
  a person with no roles counts nothing, matched or not: it is a mention.
  A person listed in ``absent_persons`` needs no special case: no key person
  matches them, so each role given to them is a false positive.
  Unmatched output conflicts count nothing (conflicts are recall only).
* **Duplicates**: two output entries for one key entry leave one unmatched,
  which is then a false positive. An entry matched to an ``optional`` key
  entry uses it up like any other.
* **Offenses** share their content words when the content words of the
  key's ``offense`` (or of one of its ``offense_aliases``) are a subset of
  the output offense's, or the other way round, and neither set is empty.
  Content words are the words of the folded offense minus
  :data:`OFFENSE_STOP_WORDS` (articles, prepositions, conjunctions; pass
  ``stop_words=`` to change them). Words are not stemmed: the key lists the
  plural or synonym forms it accepts in ``offense_aliases``.
* **Proceedings** match on ``kind`` plus at least one output defendant that
  is a key defendant, or output plaintiff that is a key plaintiff; a key
  proceeding that lists no party matches on ``kind`` alone. More shared
  parties rank higher.
* **Courts** match when either name contains the other as whole words after
  folding (``First Judicial District Court`` in ``First Judicial District
  Court of New Mexico``), or when the output's court is contained in or
  contains a name or alias of the key organization the key court names. The
  shorter name must have at least two words: a bare ``court`` matches only
  ``court``.
* **Settlements**: when the key gives an ``amount``, the output's amount must
  be numerically equal (``100000``, ``100000.0`` and ``"100000"`` are equal)
  and, where the key gives a ``currency``, the currency the same. Without a
  key amount the match is ``kind`` plus a shared party. Each key party is a
  unit; an output party naming no key party is a false positive.
* **Events** match on ``type``; on ``date`` where the key gives one (an
  output event without a date then does not match); and on a shared
  participant where the key lists any. ``status`` is not scored.
* **Conflicts** match on ``subject`` (a reference) and ``field`` (compared
  case-insensitively).
* **Dates**: an output date matches a key date when it is at least as
  precise and lies within it (``2023-04-21`` matches ``2023-04``; ``2023``
  does not). A date that is not ISO 8601 matches only the same string.
* **Durations** compare by total months and total days: ``P1Y`` is ``P12M``.
* **Other values** compare by kind: booleans only with booleans (``false``
  is not ``0``), numbers numerically, vocabulary strings case-insensitively
  with spaces and hyphens read as underscores (``not guilty`` is
  ``not_guilty``).
* **Ratios**: precision is 1.0 when the output claims no unit (nothing
  claimed, nothing wrong) and recall is 1.0 when the key has no unit
  (nothing to find); F1 is their harmonic mean, 0.0 when both are 0. So a
  section with no units on either side scores 1.0, an empty output against a
  non-empty key scores F1 0.0, and conflicts, which have no false positives,
  always have precision 1.0.
* **Micro** scores sum the counts of all seven sections, conflicts included.
* :func:`score` validates both documents with :func:`validate_factsheet`
  (the ``format`` tag included) and raises :class:`~legalnews.FormatError`
  naming ``<output>`` or ``<key>`` rather than scoring malformed data.
  Sections that are missing or null are empty. Keys a reader does not know,
  and the key-only hints in an output, are ignored.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, Final, NoReturn

import attrs

from ._dates import FuzzyDate
from ._errors import FormatError, ValueParseError
from ._quantities import Duration

__all__ = [
    "OFFENSE_STOP_WORDS",
    "SCORED_SECTIONS",
    "Score",
    "SectionScore",
    "load_factsheet",
    "score",
    "validate_factsheet",
]

_FORMAT: Final = "legalnews.factsheet/1"

#: The sections :func:`score` scores, in the order it reports them.
SCORED_SECTIONS: Final[tuple[str, ...]] = (
    "persons",
    "proceedings",
    "charges",
    "sentences",
    "settlements",
    "events",
    "conflicts",
)

#: Words that carry no meaning of an offense, dropped before two offenses'
#: content words are compared. Pass another collection as ``stop_words=``.
OFFENSE_STOP_WORDS: Final[frozenset[str]] = frozenset(
    {
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
    }
)


# -- results ----------------------------------------------------------------------


def _count(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{attribute.name} must be a count (an int >= 0), not {value!r}")


@attrs.frozen
class SectionScore:
    """Counts of units for one section (or all), and the ratios they give.

    Args:
        tp: key units the output got right.
        fp: output units that are wrong or not in the key.
        fn: key units the output got wrong or left out.

    >>> s = SectionScore(tp=3, fp=1, fn=2)
    >>> s.precision, s.recall, round(s.f1, 3)
    (0.75, 0.6, 0.667)
    >>> SectionScore().f1
    1.0
    """

    tp: int = attrs.field(default=0, validator=_count)
    fp: int = attrs.field(default=0, validator=_count)
    fn: int = attrs.field(default=0, validator=_count)

    def __add__(self, other: SectionScore) -> SectionScore:
        return SectionScore(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        """Share of the output's units that are right; 1.0 when it claims none."""
        claimed = self.tp + self.fp
        return self.tp / claimed if claimed else 1.0

    @property
    def recall(self) -> float:
        """Share of the key's units the output found; 1.0 when the key has none."""
        expected = self.tp + self.fn
        return self.tp / expected if expected else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall; 0.0 when both are 0."""
        if self.tp:
            return 2 * self.tp / (2 * self.tp + self.fp + self.fn)
        return 1.0 if not (self.fp or self.fn) else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """``{"p", "r", "f", "tp", "fp", "fn"}``, for JSON reports."""
        return {
            "p": self.precision,
            "r": self.recall,
            "f": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@attrs.frozen
class Score:
    """A fact sheet's score against an answer key: one :class:`SectionScore` a section.

    Built by :func:`score`; :attr:`micro` sums the sections.
    """

    persons: SectionScore = attrs.field(factory=SectionScore)
    proceedings: SectionScore = attrs.field(factory=SectionScore)
    charges: SectionScore = attrs.field(factory=SectionScore)
    sentences: SectionScore = attrs.field(factory=SectionScore)
    settlements: SectionScore = attrs.field(factory=SectionScore)
    events: SectionScore = attrs.field(factory=SectionScore)
    conflicts: SectionScore = attrs.field(factory=SectionScore)

    @property
    def micro(self) -> SectionScore:
        """All sections' counts summed, for micro-averaged precision, recall and F1."""
        total = SectionScore()
        for section in self.sections().values():
            total += section
        return total

    def sections(self) -> dict[str, SectionScore]:
        """Each scored section's name and score, in :data:`SCORED_SECTIONS` order."""
        return {name: getattr(self, name) for name in SCORED_SECTIONS}

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        """Every section's and the micro ``{"p", "r", "f", "tp", "fp", "fn"}``."""
        out = {name: section.as_dict() for name, section in self.sections().items()}
        out["micro"] = self.micro.as_dict()
        return out

    def render(self) -> str:
        """A plain-text table, one row a section and the micro total last.

        >>> print(Score(persons=SectionScore(20, 2, 3), events=SectionScore(1, 1)).render())
        section      precision  recall     f1  tp  fp  fn
        -----------  ---------  ------  -----  --  --  --
        persons          0.909   0.870  0.889  20   2   3
        proceedings      1.000   1.000  1.000   0   0   0
        charges          1.000   1.000  1.000   0   0   0
        sentences        1.000   1.000  1.000   0   0   0
        settlements      1.000   1.000  1.000   0   0   0
        events           0.500   1.000  0.667   1   1   0
        conflicts        1.000   1.000  1.000   0   0   0
        -----------  ---------  ------  -----  --  --  --
        micro            0.875   0.875  0.875  21   3   3
        """
        header = ("section", "precision", "recall", "f1", "tp", "fp", "fn")
        rows = [
            (
                name,
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"{s.f1:.3f}",
                str(s.tp),
                str(s.fp),
                str(s.fn),
            )
            for name, s in [*self.sections().items(), ("micro", self.micro)]
        ]
        widths = [max(len(row[c]) for row in (header, *rows)) for c in range(len(header))]

        def line(row: Sequence[str]) -> str:
            cells = [row[0].ljust(widths[0])]
            cells += [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
            return "  ".join(cells).rstrip()

        rule = "  ".join("-" * width for width in widths)
        return "\n".join([line(header), rule, *map(line, rows[:-1]), rule, line(rows[-1])])


# -- loading and validation ---------------------------------------------------------

_SINGULAR: Final = {
    "persons": "person",
    "organizations": "organization",
    "proceedings": "proceeding",
    "charges": "charge",
    "sentences": "sentence",
    "settlements": "settlement",
    "events": "event",
    "conflicts": "conflict",
}
_IDENTIFYING: Final[Mapping[str, tuple[str, ...]]] = {
    "persons": ("name",),
    "organizations": ("name",),
    "proceedings": ("kind",),
    "charges": ("defendant", "offense"),
    "sentences": ("defendant", "kind"),
    "settlements": (),
    "events": ("type",),
    "conflicts": ("subject", "field"),
}
_STRING_LISTS: Final[Mapping[str, tuple[str, ...]]] = {
    "persons": ("aliases", "titles"),
    "organizations": ("aliases",),
    "proceedings": ("defendants", "plaintiffs"),
    "charges": ("offense_aliases",),
    "settlements": ("parties",),
    "events": ("persons",),
}


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float | Decimal):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def validate_factsheet(
    data: object, *, path: str | os.PathLike[str] | None = None
) -> dict[str, Any]:
    """Check that already-loaded data is a fact sheet (or answer key) one can score.

    Checks the ``format`` tag, that every section is a list of objects, that
    every entry has its identifying fields, and that the lists the scorer
    reads (``aliases``, ``roles``, ``parties``, ...) are lists of strings (of
    objects with a ``role``, for ``roles``). Other values are not checked:
    a wrong value is scored as wrong, not refused.

    Args:
        data: the document, as :func:`json.load` returns it.
        path: the file it came from, for the error message.

    Returns:
        The document, as a :class:`dict` (a shallow copy if it was another
        mapping).

    Raises:
        FormatError: the document is not a fact sheet; the error names the
            file, the place (``charges[2].offense``) and what to do.

    >>> try:
    ...     validate_factsheet({"format": "legalnews.factsheet/1", "charges": [{}]})
    ... except FormatError as e:
    ...     print(e.where)
    charges[0].defendant
    """
    file = os.fspath(path) if path is not None else None

    def fail(message: str, where: str | None) -> NoReturn:
        raise FormatError(message, path=file, where=where)

    if not isinstance(data, Mapping):
        fail(
            f"a fact sheet is a JSON object, not {_json_type(data)}; "
            f'write {{"format": "{_FORMAT}", "persons": [...], ...}}',
            "top level",
        )
    tag = data.get("format")
    if tag is None:
        fail(f'no format tag; add "format": "{_FORMAT}" at the top level', "format")
    if tag != _FORMAT:
        fail(
            f"unknown format {tag!r}; this reader understands {_FORMAT!r} only "
            "(is it a fact sheet at all?)",
            "format",
        )
    for section, singular in _SINGULAR.items():
        entries = data.get(section)
        if entries is None:
            continue
        if not isinstance(entries, list):
            fail(
                f"a section is a list of {singular} objects, not {_json_type(entries)}; "
                "write [] when there is none",
                section,
            )
        for i, entry in enumerate(entries):
            place = f"{section}[{i}]"
            if not isinstance(entry, Mapping):
                fail(f"a {singular} is an object, not {_json_type(entry)}", place)
            for field in _IDENTIFYING[section]:
                if not _is_text(entry.get(field)):
                    fail(
                        f"a {singular} needs {field!r} (a non-empty string) to be "
                        f"identified; add it, or remove the entry",
                        f"{place}.{field}",
                    )
            for field in _STRING_LISTS.get(section, ()):
                _check_strings(entry.get(field), f"{place}.{field}", fail)
            if section == "settlements":
                _check_settlement(entry, place, fail)
            if section == "persons":
                _check_roles(entry.get("roles"), f"{place}.roles", fail)
    _check_strings(data.get("absent_persons"), "absent_persons", fail)
    return data if isinstance(data, dict) else dict(data)


def _is_text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _check_strings(value: object, where: str, fail: Callable[[str, str], NoReturn]) -> None:
    if value is None:
        return
    if not isinstance(value, list):
        fail(
            f"must be a list of strings, not {_json_type(value)}; "
            'write ["..."], or [] when there is none',
            where,
        )
    for i, item in enumerate(value):
        if not isinstance(item, str):
            fail(f"must be a string, not {_json_type(item)}", f"{where}[{i}]")


def _check_roles(value: object, where: str, fail: Callable[[str, str], NoReturn]) -> None:
    if value is None:
        return
    if not isinstance(value, list):
        fail(
            f'must be a list of role objects ({{"role": "defendant"}}), not {_json_type(value)}',
            where,
        )
    for i, role in enumerate(value):
        if not isinstance(role, Mapping):
            fail(
                f'a role is an object ({{"role": "defendant"}}), not {_json_type(role)}',
                f"{where}[{i}]",
            )
        if not _is_text(role.get("role")):
            fail(
                "a role needs 'role' (a non-empty string such as \"defendant\"); add it",
                f"{where}[{i}].role",
            )
        represents = role.get("represents")
        if represents is not None and not isinstance(represents, str):
            fail(
                f"must be a name (a string), not {_json_type(represents)}",
                f"{where}[{i}].represents",
            )


def _check_settlement(
    entry: Mapping[str, Any], place: str, fail: Callable[[str, str], NoReturn]
) -> None:
    amount = entry.get("amount")
    if amount is None:
        if not _is_text(entry.get("kind")):
            fail(
                "a settlement needs 'amount' (with 'currency') or, when no money is "
                "named (a plea agreement), 'kind' to be identified; add one",
                place,
            )
    elif _decimal(amount) is None:
        fail(f"must be a number such as 100000, not {amount!r}", f"{place}.amount")


def load_factsheet(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read a fact sheet or an answer key from a JSON file and validate it.

    Args:
        path: the file, UTF-8 JSON.

    Returns:
        The document as plain JSON data.

    Raises:
        FormatError: the file cannot be read, is not UTF-8, not JSON, or not
            a fact sheet (see :func:`validate_factsheet`); the error names the
            file and the place.
    """
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8") as f:
            text = f.read()
    except UnicodeDecodeError as e:
        raise FormatError(
            f"not UTF-8 text ({e.reason} at byte {e.start}); save it as UTF-8", path=name
        ) from None
    except OSError as e:
        raise FormatError(
            f"cannot read the file ({e.strerror or e}); check the path", path=name
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise FormatError(
            f"not valid JSON: {e.msg}; fix the syntax there (a missing comma or quote, "
            "a trailing comma, a comment)",
            path=name,
            where=f"line {e.lineno}, column {e.colno}",
        ) from None
    return validate_factsheet(data, path=name)


# -- values -------------------------------------------------------------------------

_DELETED = re.compile(r"[.'`´ʼ’‘]")
_SEPARATORS = re.compile(r"[\W_]+")
_TOKEN_SEPARATORS = re.compile(r"[\s\-_]+")


def _norm(text: object) -> str:
    """A name folded for comparison: accents, case and punctuation gone."""
    if not isinstance(text, str):
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return _SEPARATORS.sub(" ", _DELETED.sub("", bare)).strip()


def _token(text: str) -> str:
    return _TOKEN_SEPARATORS.sub("_", text.strip().casefold())


def _decimal(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal | str):
        try:
            d = Decimal(value.strip() if isinstance(value, str) else str(value))
        except InvalidOperation:
            return None
        return d if d.is_finite() else None
    return None


def _canonical(value: Any) -> str:
    """JSON with keys and list items sorted: equal for equal contents."""
    return json.dumps(
        _sorted(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )


def _sorted(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _sorted(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return sorted(
            (_sorted(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True, default=str)
        )
    return value


def _entries(doc: Mapping[str, Any], section: str) -> list[Mapping[str, Any]]:
    return [e for e in doc.get(section) or () if isinstance(e, Mapping)]


def _strings(entry: Mapping[str, Any], field: str) -> list[str]:
    return [v for v in entry.get(field) or () if isinstance(v, str)]


def _optional(entry: Mapping[str, Any]) -> bool:
    return entry.get("optional") is True


@attrs.frozen
class _Names:
    """The names and aliases of a document's persons and organizations."""

    by_name: Mapping[str, frozenset[str]]
    by_alias: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, doc: Mapping[str, Any]) -> _Names:
        by_name: dict[str, set[str]] = {}
        by_alias: dict[str, set[str]] = {}
        for entry in [*_entries(doc, "persons"), *_entries(doc, "organizations")]:
            name = _norm(entry.get("name"))
            if not name:
                continue
            forms = _forms(entry)
            by_name.setdefault(name, set()).update(forms)
            for alias in forms - {name}:
                by_alias.setdefault(alias, set()).update(forms)
        return cls(
            {k: frozenset(v) for k, v in by_name.items()},
            {k: frozenset(v) for k, v in by_alias.items()},
        )

    def forms(self, ref: str) -> frozenset[str]:
        """Every form of the entity ``ref`` names (by name first, then by alias)."""
        n = _norm(ref)
        return self.by_name.get(n) or self.by_alias.get(n) or frozenset({n})


def _forms(entry: Mapping[str, Any]) -> frozenset[str]:
    forms = {_norm(entry.get("name")), *map(_norm, _strings(entry, "aliases"))}
    return frozenset(forms - {""})


@attrs.frozen
class _Context:
    key_names: _Names
    out_names: _Names
    stop_words: frozenset[str]


def _ref(out: object, key: object, ctx: _Context) -> int:
    """How well an output reference names the key's entity: 2 exactly, 1 by alias, 0 not."""
    if not isinstance(out, str) or not isinstance(key, str):
        return 0
    o, k = _norm(out), _norm(key)
    if not o or not k:
        return 0
    if o == k:
        return 2
    return int(o in ctx.key_names.forms(key) or k in ctx.out_names.forms(out))


def _dedup(refs: Sequence[str]) -> list[str]:
    """One reference per folded form, in a fixed order."""
    seen = {_norm(r): r for r in sorted(refs)}
    return [seen[n] for n in sorted(seen) if n]


def _overlap(outs: Sequence[str], keys: Sequence[str], ctx: _Context) -> int:
    """How many distinct key references some output reference names."""
    return sum(1 for k in _dedup(keys) if any(_ref(o, k, ctx) for o in outs))


def _same_scalar(out: Any, key: Any, ctx: _Context) -> bool:
    if isinstance(out, bool) or isinstance(key, bool):
        return isinstance(out, bool) and isinstance(key, bool) and out == key
    o, k = _decimal(out), _decimal(key)
    if o is not None and k is not None:
        return o == k
    if isinstance(out, str) and isinstance(key, str):
        return _token(out) == _token(key)
    return bool(out == key)


def _same_date(out: Any, key: Any, ctx: _Context) -> bool:
    if isinstance(out, int) and not isinstance(out, bool):
        out = str(out)
    if isinstance(key, int) and not isinstance(key, bool):
        key = str(key)
    if not isinstance(out, str) or not isinstance(key, str):
        return False
    try:
        o, k = FuzzyDate.parse(out), FuzzyDate.parse(key)
    except ValueParseError:
        return out.strip() == key.strip()
    return o.precision >= k.precision and o.within(k)


def _same_duration(out: Any, key: Any, ctx: _Context) -> bool:
    if not isinstance(out, str) or not isinstance(key, str):
        return _same_scalar(out, key, ctx)
    try:
        o, k = Duration.parse(out), Duration.parse(key)
    except ValueParseError:
        return _token(out) == _token(key)
    return (o.years * 12 + o.months, o.weeks * 7 + o.days) == (
        k.years * 12 + k.months,
        k.weeks * 7 + k.days,
    )


def _same_ref(out: Any, key: Any, ctx: _Context) -> bool:
    return _ref(out, key, ctx) > 0


def _same_court(out: Any, key: Any, ctx: _Context) -> bool:
    if not isinstance(out, str) or not isinstance(key, str):
        return False
    words = _norm(out).split()
    forms = ctx.key_names.forms(key) | {_norm(key)}
    return any(_contains(words, form.split()) for form in forms)


def _contains(a: list[str], b: list[str]) -> bool:
    """Whether one word list is the other or holds it (of two words or more) whole."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 2:
        return False
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


_Same = Callable[[Any, Any, _Context], bool]


def _unit(out: Any, key: Any, same: _Same, ctx: _Context) -> SectionScore:
    """One key unit: right, wrong (FP and FN) or missing (FN); nothing if the key is silent."""
    if key is None:
        return SectionScore()
    if out is None:
        return SectionScore(fn=1)
    return SectionScore(tp=1) if same(out, key, ctx) else SectionScore(fp=1, fn=1)


def _units(
    out: Mapping[str, Any],
    key: Mapping[str, Any],
    fields: Sequence[tuple[str, _Same]],
    ctx: _Context,
) -> SectionScore:
    total = SectionScore()
    for name, same in fields:
        total += _unit(out.get(name), key.get(name), same, ctx)
    return total


def _given(key: Mapping[str, Any], fields: Sequence[tuple[str, _Same]]) -> int:
    return sum(1 for name, _ in fields if key.get(name) is not None)


def _greedy(
    n_out: int, n_key: int, rank: Callable[[int, int], tuple[Any, ...] | None]
) -> Iterator[tuple[int, int]]:
    """Pair indices one-to-one, best-ranked (smallest) candidate pair first."""
    candidates = [
        (r, i, j) for i in range(n_out) for j in range(n_key) if (r := rank(i, j)) is not None
    ]
    candidates.sort(key=lambda c: c[0])
    used_out: set[int] = set()
    used_key: set[int] = set()
    for _, i, j in candidates:
        if i not in used_out and j not in used_key:
            used_out.add(i)
            used_key.add(j)
            yield i, j


def _match_refs(outs: Sequence[str], keys: Sequence[str], ctx: _Context) -> SectionScore:
    """Score a list of references (a settlement's parties) as a set."""
    o_refs, k_refs = _dedup(outs), _dedup(keys)

    def rank(i: int, j: int) -> tuple[Any, ...] | None:
        strength = _ref(o_refs[i], k_refs[j], ctx)
        return (-strength, _norm(o_refs[i]), _norm(k_refs[j])) if strength else None

    tp = sum(1 for _ in _greedy(len(o_refs), len(k_refs), rank))
    return SectionScore(tp=tp, fp=len(o_refs) - tp, fn=len(k_refs) - tp)


# -- section rules ------------------------------------------------------------------


@attrs.frozen
class _Rule:
    """How one section is matched and counted."""

    #: The match rule: ``None`` when it fails, else a strength (larger is better).
    match: Callable[[Mapping[str, Any], Mapping[str, Any], _Context], tuple[int, ...] | None]
    #: The units of a matched pair with a non-optional key entry.
    compare: Callable[[Mapping[str, Any], Mapping[str, Any], _Context], SectionScore]
    #: How many units an unmatched non-optional key entry misses.
    key_units: Callable[[Mapping[str, Any]], int]
    #: How many false positives an unmatched output entry counts.
    stray_units: Callable[[Mapping[str, Any]], int]


def _one(entry: Mapping[str, Any]) -> int:
    return 1


def _none(entry: Mapping[str, Any]) -> int:
    return 0


def _same_kind(out: Mapping[str, Any], key: Mapping[str, Any], field: str) -> bool:
    o, k = out.get(field), key.get(field)
    return isinstance(o, str) and isinstance(k, str) and _token(o) == _token(k)


# persons

_Role = tuple[str, str | None]


def _roles(entry: Mapping[str, Any]) -> list[_Role]:
    roles: dict[tuple[str, str], _Role] = {}
    for role in entry.get("roles") or ():
        if not isinstance(role, Mapping) or not isinstance(role.get("role"), str):
            continue
        rep = role.get("represents")
        rep = rep if isinstance(rep, str) and _norm(rep) else None
        kind = _token(role["role"])
        roles.setdefault((kind, _norm(rep)), (kind, rep))
    return [roles[k] for k in sorted(roles)]


def _person_match(
    out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context
) -> tuple[int, ...] | None:
    o, k = _norm(out.get("name")), _norm(key.get("name"))
    if not o or not k:
        return None
    if o == k:
        return (2,)
    if o in _forms(key) or k in _forms(out):
        return (1,)
    return None


def _person_compare(out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context) -> SectionScore:
    total = _unit(out.get("age"), key.get("age"), _same_scalar, ctx)
    o_roles, k_roles = _roles(out), _roles(key)

    def rank(i: int, j: int) -> tuple[Any, ...] | None:
        (o_kind, o_rep), (k_kind, k_rep) = o_roles[i], k_roles[j]
        if o_kind != k_kind:
            return None
        agree = k_rep is not None and _ref(o_rep, k_rep, ctx) > 0
        return (not agree, _norm(o_rep), _norm(k_rep))

    pairs = list(_greedy(len(o_roles), len(k_roles), rank))
    for i, j in pairs:
        total += SectionScore(tp=1) + _unit(o_roles[i][1], k_roles[j][1], _same_ref, ctx)
    matched_key = {j for _, j in pairs}
    for j, (_, rep) in enumerate(k_roles):
        if j not in matched_key:
            total += SectionScore(fn=1 + (rep is not None))
    return total + SectionScore(fp=len(o_roles) - len(pairs))


def _person_units(key: Mapping[str, Any]) -> int:
    roles = _roles(key)
    return len(roles) + sum(rep is not None for _, rep in roles) + (key.get("age") is not None)


def _person_stray(out: Mapping[str, Any]) -> int:
    return len(_roles(out))


# proceedings

_PROCEEDING_FIELDS: Final[tuple[tuple[str, _Same], ...]] = (
    ("status", _same_scalar),
    ("status_date", _same_date),
    ("court", _same_court),
)


def _proceeding_match(
    out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context
) -> tuple[int, ...] | None:
    if not _same_kind(out, key, "kind"):
        return None
    defendants, plaintiffs = _strings(key, "defendants"), _strings(key, "plaintiffs")
    shared = _overlap(_strings(out, "defendants"), defendants, ctx) + _overlap(
        _strings(out, "plaintiffs"), plaintiffs, ctx
    )
    if (defendants or plaintiffs) and not shared:
        return None
    return (shared,)


def _proceeding_compare(
    out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context
) -> SectionScore:
    return SectionScore(tp=1) + _units(out, key, _PROCEEDING_FIELDS, ctx)


def _proceeding_units(key: Mapping[str, Any]) -> int:
    return 1 + _given(key, _PROCEEDING_FIELDS)


# charges

_CHARGE_FIELDS: Final[tuple[tuple[str, _Same], ...]] = (
    ("counts", _same_scalar),
    ("filed", _same_date),
    ("status", _same_scalar),
    ("status_date", _same_date),
    ("plea", _same_scalar),
    ("with_prejudice", _same_scalar),
)


def _content_words(offense: str, ctx: _Context) -> frozenset[str]:
    return frozenset(_norm(offense).split()) - ctx.stop_words


def _offense(out: object, key: Mapping[str, Any], ctx: _Context) -> int:
    """2 if the output's offense is the key's or an alias, 1 if they share content words."""
    if not isinstance(out, str):
        return 0
    forms = [
        f for f in (key.get("offense"), *_strings(key, "offense_aliases")) if isinstance(f, str)
    ]
    folded = _norm(out)
    if folded and any(_norm(f) == folded for f in forms):
        return 2
    words = _content_words(out, ctx)
    for form in forms:
        key_words = _content_words(form, ctx)
        if words and key_words and (key_words <= words or words <= key_words):
            return 1
    return 0


def _charge_match(
    out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context
) -> tuple[int, ...] | None:
    defendant = _ref(out.get("defendant"), key.get("defendant"), ctx)
    offense = _offense(out.get("offense"), key, ctx) if defendant else 0
    return (offense, defendant) if offense else None


def _charge_compare(out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context) -> SectionScore:
    return SectionScore(tp=1) + _units(out, key, _CHARGE_FIELDS, ctx)


def _charge_units(key: Mapping[str, Any]) -> int:
    return 1 + _given(key, _CHARGE_FIELDS)


# sentences

_SENTENCE_FIELDS: Final[tuple[tuple[str, _Same], ...]] = (
    ("term", _same_duration),
    ("suspended", _same_scalar),
    ("date", _same_date),
)


def _sentence_match(
    out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context
) -> tuple[int, ...] | None:
    defendant = _ref(out.get("defendant"), key.get("defendant"), ctx)
    return (defendant,) if defendant and _same_kind(out, key, "kind") else None


def _sentence_compare(
    out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context
) -> SectionScore:
    return SectionScore(tp=1) + _units(out, key, _SENTENCE_FIELDS, ctx)


def _sentence_units(key: Mapping[str, Any]) -> int:
    return 1 + _given(key, _SENTENCE_FIELDS)


# settlements

_SETTLEMENT_FIELDS: Final[tuple[tuple[str, _Same], ...]] = (
    ("kind", _same_scalar),
    ("date", _same_date),
)


def _settlement_match(
    out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context
) -> tuple[int, ...] | None:
    if key.get("amount") is not None:
        o, k = _decimal(out.get("amount")), _decimal(key.get("amount"))
        if o is None or o != k:
            return None
        currency = key.get("currency")
        if currency is not None and not _same_scalar(out.get("currency"), currency, ctx):
            return None
        return (1,)
    if not _same_kind(out, key, "kind"):
        return None
    shared = _overlap(_strings(out, "parties"), _strings(key, "parties"), ctx)
    return (shared,) if shared else None


def _settlement_compare(
    out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context
) -> SectionScore:
    parties = _match_refs(_strings(out, "parties"), _strings(key, "parties"), ctx)
    return SectionScore(tp=1) + _units(out, key, _SETTLEMENT_FIELDS, ctx) + parties


def _settlement_units(key: Mapping[str, Any]) -> int:
    return 1 + _given(key, _SETTLEMENT_FIELDS) + len(_dedup(_strings(key, "parties")))


# events


def _event_match(
    out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context
) -> tuple[int, ...] | None:
    if not _same_kind(out, key, "type"):
        return None
    date = key.get("date")
    if date is not None and not _same_date(out.get("date"), date, ctx):
        return None
    participants = _strings(key, "persons")
    shared = _overlap(_strings(out, "persons"), participants, ctx)
    if participants and not shared:
        return None
    return (shared,)


def _match_only(out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context) -> SectionScore:
    return SectionScore(tp=1)


# conflicts


def _conflict_match(
    out: Mapping[str, Any], key: Mapping[str, Any], ctx: _Context
) -> tuple[int, ...] | None:
    subject = _ref(out.get("subject"), key.get("subject"), ctx)
    o, k = out.get("field"), key.get("field")
    same_field = (
        isinstance(o, str)
        and isinstance(k, str)
        and o.strip().casefold() == (k.strip().casefold())
    )
    return (subject,) if subject and same_field else None


_RULES: Final[Mapping[str, _Rule]] = {
    "persons": _Rule(_person_match, _person_compare, _person_units, _person_stray),
    "proceedings": _Rule(_proceeding_match, _proceeding_compare, _proceeding_units, _one),
    "charges": _Rule(_charge_match, _charge_compare, _charge_units, _one),
    "sentences": _Rule(_sentence_match, _sentence_compare, _sentence_units, _one),
    "settlements": _Rule(_settlement_match, _settlement_compare, _settlement_units, _one),
    "events": _Rule(_event_match, _match_only, _one, _one),
    "conflicts": _Rule(_conflict_match, _match_only, _one, _none),
}


def _score_section(
    rule: _Rule,
    outs: Sequence[Mapping[str, Any]],
    keys: Sequence[Mapping[str, Any]],
    ctx: _Context,
) -> SectionScore:
    out_json = [_canonical(o) for o in outs]
    key_json = [_canonical(k) for k in keys]

    def rank(i: int, j: int) -> tuple[Any, ...] | None:
        strength = rule.match(outs[i], keys[j], ctx)
        if strength is None:
            return None
        agree = rule.compare(outs[i], keys[j], ctx).tp
        return (tuple(-s for s in strength), -agree, _optional(keys[j]), out_json[i], key_json[j])

    pairs = list(_greedy(len(outs), len(keys), rank))
    total = SectionScore()
    for i, j in pairs:
        if not _optional(keys[j]):
            total += rule.compare(outs[i], keys[j], ctx)
    matched_out = {i for i, _ in pairs}
    matched_key = {j for _, j in pairs}
    for j, key in enumerate(keys):
        if j not in matched_key and not _optional(key):
            total += SectionScore(fn=rule.key_units(key))
    for i, out in enumerate(outs):
        if i not in matched_out:
            total += SectionScore(fp=rule.stray_units(out))
    return total


def score(
    output: Mapping[str, Any],
    key: Mapping[str, Any],
    *,
    stop_words: Collection[str] = OFFENSE_STOP_WORDS,
) -> Score:
    """Score a fact sheet against an answer key, unit by unit.

    The rules are those of the fact-sheet format, with the readings listed in
    this module's documentation where the format is silent.

    Args:
        output: the fact sheet to score, as plain JSON data (from any tool).
        key: the answer key, as plain JSON data.
        stop_words: words that do not count when two offenses' content words
            are compared; :data:`OFFENSE_STOP_WORDS` by default.

    Returns:
        Counts and precision, recall and F1 for each of
        :data:`SCORED_SECTIONS`, and micro-averaged.

    Raises:
        FormatError: either document is not a valid fact sheet; the error
            names ``<output>`` or ``<key>`` and the place.

    >>> key = {"format": "legalnews.factsheet/1", "charges": [
    ...     {"defendant": "Ann Roe", "offense": "involuntary manslaughter",
    ...      "status": "dismissed"}]}
    >>> out = {"format": "legalnews.factsheet/1", "charges": [
    ...     {"defendant": "Ann Roe", "offense": "manslaughter", "status": "pending"}]}
    >>> score(out, key).charges
    SectionScore(tp=1, fp=1, fn=1)
    """
    validate_factsheet(output, path="<output>")
    validate_factsheet(key, path="<key>")
    ctx = _Context(_Names.of(key), _Names.of(output), frozenset(_norm(w) for w in stop_words))
    return Score(
        **{
            section: _score_section(
                _RULES[section], _entries(output, section), _entries(key, section), ctx
            )
            for section in SCORED_SECTIONS
        }
    )
