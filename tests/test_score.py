"""Scoring a fact sheet against an answer key: units, matching rules, laws, file errors."""

from __future__ import annotations

import copy
import doctest
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import legalnews._score
from legalnews._errors import FormatError
from legalnews._score import (
    SCORED_SECTIONS,
    Score,
    SectionScore,
    load_factsheet,
    score,
    validate_factsheet,
)

KEY_PATH = Path(__file__).resolve().parents[1] / "examples" / "rust" / "key.json"
FORMAT = "legalnews.factsheet/1"

Doc = dict[str, Any]
Counts = tuple[int, int, int]


def sheet(**sections: Any) -> Doc:
    """A fact sheet with the format tag and the given sections."""
    return {"format": FORMAT, **sections}


def counts(s: SectionScore) -> Counts:
    """A section score as (tp, fp, fn)."""
    return (s.tp, s.fp, s.fn)


@pytest.fixture(scope="module")
def rust_key() -> Doc:
    """The Rust answer key shipped in examples/."""
    return load_factsheet(KEY_PATH)


def person(name: str, *roles: str | dict[str, Any], **fields: Any) -> Doc:
    """A person entry; a role is a role name or a role object."""
    return {
        "name": name,
        "roles": [{"role": r} if isinstance(r, str) else r for r in roles],
        **fields,
    }


def charge(offense: str, defendant: str = "Alec Baldwin", **fields: Any) -> Doc:
    """A charge entry."""
    return {"defendant": defendant, "offense": offense, **fields}


def proceeding(
    kind: str = "criminal", defendants: tuple[str, ...] = ("Alec Baldwin",), **fields: Any
) -> Doc:
    """A proceeding entry."""
    return {"kind": kind, "defendants": list(defendants), **fields}


def sentence(**fields: Any) -> Doc:
    """A sentence entry for David Halls, probation unless said otherwise."""
    return {"defendant": "David Halls", "kind": "probation", **fields}


REGULATORS = "New Mexico workplace safety regulators"


def settlement(**fields: Any) -> Doc:
    """The Rust fine, with fields overridden."""
    return {
        "kind": "fine",
        "amount": 100000,
        "currency": "USD",
        "date": "2023-03",
        "parties": ["Rust Movie Productions", REGULATORS],
        **fields,
    }


def event(
    type_: str = "hearing",
    date: str | None = "2023-04-21",
    persons: tuple[str, ...] = ("Hannah Gutierrez-Reed",),
    **fields: Any,
) -> Doc:
    """An event entry."""
    return {"type": type_, "date": date, "persons": list(persons), **fields}


def conflict(subject: str = "Alec Baldwin", field: str = "charge.filed") -> Doc:
    """A conflict entry."""
    return {"subject": subject, "field": field, "values": ["2023-01", "2023-03"]}


BALDWIN = person("Alec Baldwin", "defendant", aliases=["Baldwin"])
RUST_ORGS = [
    {"name": "Rust Movie Productions", "aliases": ["Rust Move Productions"]},
    {
        "name": "First Judicial District Court of New Mexico",
        "aliases": ["Santa Fe District Court"],
    },
]


# -- the Rust key -------------------------------------------------------------------


def test_rust_key_scored_against_itself_is_perfect(rust_key: Doc) -> None:
    """The key scored against itself has true positives only: 1.0 everywhere."""
    result = score(copy.deepcopy(rust_key), rust_key)
    for name, section in [*result.sections().items(), ("micro", result.micro)]:
        assert section.tp > 0, name
        assert (section.fp, section.fn) == (0, 0), name
        assert (section.precision, section.recall, section.f1) == (1.0, 1.0, 1.0), name


def test_rust_key_unit_totals(rust_key: Doc) -> None:
    """The key's unit counts are the ones worked out by hand."""
    # persons: 22 non-optional people with one role each = 22, + 6 `represents`
    #   (Nikas, Spiro, Bowles, Bullion, Allred, Spadone) + 1 age (Baldwin) = 29
    # proceedings: Baldwin 1+court+status+status_date = 4; Gutierrez-Reed 1+status = 2;
    #   Halls 1+status+status_date = 3; Mitchell civil 1+status = 2;
    #   regulatory 1+status+status_date = 3 -> 14 (the optional civil suit: 0)
    # charges: Baldwin manslaughter 1+6 = 7; Baldwin enhancement 1+2 = 3;
    #   Gutierrez-Reed manslaughter 1+4 = 5; Halls 1+3 = 4 -> 19
    # sentences 1+3 = 4; settlements 1+kind+date+2 parties = 5;
    # events 11 - 2 optional = 9; conflicts 2 - 1 optional = 1; micro 81
    result = score(sheet(), rust_key)
    assert {name: s.fn for name, s in result.sections().items()} == {
        "persons": 29,
        "proceedings": 14,
        "charges": 19,
        "sentences": 4,
        "settlements": 5,
        "events": 9,
        "conflicts": 1,
    }
    assert counts(result.micro) == (0, 0, 81)


def _named(entries: list[Doc], name: str) -> Doc:
    return next(e for e in entries if e.get("name") == name)


def test_rust_key_with_deliberate_errors(rust_key: Doc) -> None:
    """Each deliberate error costs exactly the units worked out by hand."""
    out = copy.deepcopy(rust_key)
    # 1. wrong charge status: Baldwin's manslaughter charge "pending", key "dismissed".
    #    The charge still matches (defendant + offense); its status unit is FP 1 + FN 1.
    manslaughter = next(
        c
        for c in out["charges"]
        if c["defendant"] == "Alec Baldwin" and c["offense"] == "involuntary manslaughter"
    )
    manslaughter["status"] = "pending"
    # 2. a missing person: Jason Lewis (prosecutor, no `represents`, no age) -> FN 1.
    out["persons"].remove(_named(out["persons"], "Jason Lewis"))
    # 3. an extra role on a real person: Baldwin also a witness -> FP 1.
    _named(out["persons"], "Alec Baldwin")["roles"].append({"role": "witness"})
    # 4. a vaguer date: the sentence dated "2023", key "2023-03" -> FP 1 + FN 1.
    out["sentences"][0]["date"] = "2023"
    # 5. an absent person (an AP reporter) given a role -> FP 1.
    out["persons"].append(person("Morgan Lee", "commentator"))
    # 6. an extra event matching nothing in the key -> FP 1 (its match unit).
    out["events"].append(event("arrest", "2022-01-01", ("Alec Baldwin",)))

    result = score(out, rust_key)
    assert {name: counts(s) for name, s in result.sections().items()} == {
        # 29 key units - Lewis = 28 TP; FP: witness + Morgan Lee = 2; FN: Lewis = 1
        "persons": (28, 2, 1),
        "proceedings": (14, 0, 0),
        # 19 key units - the status = 18 TP; the status is FP 1 + FN 1
        "charges": (18, 1, 1),
        # 4 key units - the date = 3 TP; the date is FP 1 + FN 1
        "sentences": (3, 1, 1),
        "settlements": (5, 0, 0),
        # 9 key events all found; the arrest is FP 1
        "events": (9, 1, 0),
        "conflicts": (1, 0, 0),
    }
    # micro: TP 28+14+18+3+5+9+1 = 78; FP 2+1+1+1 = 5; FN 1+1+1 = 3
    assert counts(result.micro) == (78, 5, 3)
    assert result.micro.f1 == pytest.approx(2 * 78 / (2 * 78 + 5 + 3))


# -- each section's rules -------------------------------------------------------------

PERSON_CASES = [
    pytest.param(
        [person("Alec Baldwin", "defendant")],
        [person("Alec Baldwin", "defendant")],
        {},
        (1, 0, 0),
        id="exact-name",
    ),
    pytest.param(
        [person("Hannah Gutierrez Reed", "defendant")],
        [person("Hannah Gutierrez-Reed", "defendant")],
        {},
        (1, 0, 0),
        id="punctuation-folded",
    ),
    pytest.param(
        [person("JOSÉ GARCÍA", "witness")],
        [person("Jose Garcia", "witness")],
        {},
        (1, 0, 0),
        id="case-and-accents-folded",
    ),
    pytest.param(
        [person("John J Perlstein", "commentator")],
        [person("John J. Perlstein", "commentator")],
        {},
        (1, 0, 0),
        id="periods-deleted",
    ),
    pytest.param(
        [person("Baldwin", "defendant")], [BALDWIN], {}, (1, 0, 0), id="output-name-is-key-alias"
    ),
    pytest.param(
        [person("A. Baldwin", "defendant", aliases=["Alec Baldwin"])],
        [person("Alec Baldwin", "defendant")],
        {},
        (1, 0, 0),
        id="key-name-is-output-alias",
    ),
    # alias against alias never matches: two unmatched entries, FP 1 + FN 1
    pytest.param(
        [person("Matthew Hutchins", "victim", aliases=["Hutchins"])],
        [person("Halyna Hutchins", "victim", aliases=["Hutchins"])],
        {},
        (0, 1, 1),
        id="alias-against-alias-no-match",
    ),
    pytest.param([person("Alec Baldwin", "witness")], [BALDWIN], {}, (0, 1, 1), id="wrong-role"),
    pytest.param(
        [person("Alec Baldwin", "defendant", "witness")], [BALDWIN], {}, (1, 1, 0), id="extra-role"
    ),
    pytest.param(
        [person("Alec Baldwin", "defendant", "defendant")],
        [BALDWIN],
        {},
        (1, 0, 0),
        id="duplicate-role-counted-once",
    ),
    # Nikas: role + represents ("Baldwin" is an alias of the key's Alec Baldwin); Baldwin: role
    pytest.param(
        [
            person("Luke Nikas", {"role": "defense_attorney", "represents": "Baldwin"}),
            person("Alec Baldwin", "defendant"),
        ],
        [
            person("Luke Nikas", {"role": "defense_attorney", "represents": "Alec Baldwin"}),
            BALDWIN,
        ],
        {},
        (3, 0, 0),
        id="represents-through-alias",
    ),
    pytest.param(
        [
            person(
                "Luke Nikas", {"role": "defense_attorney", "represents": "Hannah Gutierrez-Reed"}
            )
        ],
        [person("Luke Nikas", {"role": "defense_attorney", "represents": "Alec Baldwin"})],
        {},
        (1, 1, 1),
        id="represents-wrong",
    ),
    pytest.param(
        [person("Luke Nikas", "defense_attorney")],
        [person("Luke Nikas", {"role": "defense_attorney", "represents": "Alec Baldwin"})],
        {},
        (1, 0, 1),
        id="represents-missing",
    ),
    pytest.param(
        [person("Luke Nikas", {"role": "defense_attorney", "represents": "X"})],
        [person("Luke Nikas", "defense_attorney")],
        {},
        (1, 0, 0),
        id="represents-only-where-key-gives-it",
    ),
    pytest.param(
        [person("Alec Baldwin", "defendant", age=65)],
        [{**BALDWIN, "age": 65}],
        {},
        (2, 0, 0),
        id="age-right",
    ),
    pytest.param(
        [person("Alec Baldwin", "defendant", age=64)],
        [{**BALDWIN, "age": 65}],
        {},
        (1, 1, 1),
        id="age-wrong",
    ),
    pytest.param(
        [person("Alec Baldwin", "defendant")],
        [{**BALDWIN, "age": 65}],
        {},
        (1, 0, 1),
        id="age-missing",
    ),
    pytest.param(
        [person("Alec Baldwin", "defendant", age=65)],
        [BALDWIN],
        {},
        (1, 0, 0),
        id="age-not-in-key-not-scored",
    ),
    pytest.param([person("Gary Jensen")], [], {}, (0, 0, 0), id="no-roles-unmatched-nothing"),
    # matched but role-less: the key's role is a FN, the age a TP
    pytest.param(
        [person("Alec Baldwin", age=65)],
        [{**BALDWIN, "age": 65}],
        {},
        (1, 0, 1),
        id="no-roles-matched-misses-key-roles",
    ),
    pytest.param(
        [person("Morgan Lee", "commentator", "witness")],
        [],
        {"absent_persons": ["Morgan Lee"]},
        (0, 2, 0),
        id="absent-person-two-roles",
    ),
    pytest.param(
        [person("Morgan Lee")],
        [],
        {"absent_persons": ["Morgan Lee"]},
        (0, 0, 0),
        id="absent-person-no-role",
    ),
    pytest.param(
        [person("Svetlana Zemko", "witness")],
        [person("Svetlana Zemko", "plaintiff", optional=True)],
        {},
        (0, 0, 0),
        id="optional-found-with-any-role",
    ),
    pytest.param(
        [],
        [person("Svetlana Zemko", "plaintiff", optional=True)],
        {},
        (0, 0, 0),
        id="optional-missing",
    ),
    # both match Alec Baldwin and agree on the role: the exact name wins, "Baldwin" is
    # left over and its role is FP 1
    pytest.param(
        [person("Baldwin", "defendant"), person("Alec Baldwin", "defendant")],
        [BALDWIN],
        {},
        (1, 1, 0),
        id="greedy-one-to-one",
    ),
    # the match rule ranks before agreeing fields: exact "Alec Baldwin" (witness) is
    # paired, FP 1 + FN 1; "Baldwin" (defendant) is left over, FP 1
    pytest.param(
        [person("Baldwin", "defendant"), person("Alec Baldwin", "witness")],
        [BALDWIN],
        {},
        (0, 2, 1),
        id="greedy-match-rule-before-fields",
    ),
]


@pytest.mark.parametrize(("out", "key", "extra", "expected"), PERSON_CASES)
def test_persons(out: list[Doc], key: list[Doc], extra: Doc, expected: Counts) -> None:
    """Persons score one unit per (person, role), represents and age, as worked out."""
    assert counts(score(sheet(persons=out), sheet(persons=key, **extra)).persons) == expected


FIREARM = "unsafe handling of a firearm"
CHARGE_CASES = [
    pytest.param(
        [charge("manslaughter")],
        [charge("involuntary manslaughter")],
        {},
        (1, 0, 0),
        id="content-words-output-subset",
    ),
    pytest.param(
        [charge("two counts of involuntary manslaughter")],
        [charge("involuntary manslaughter")],
        {},
        (1, 0, 0),
        id="content-words-output-superset",
    ),
    pytest.param(
        [charge("handling of the firearm", "David Halls")],
        [charge(FIREARM, "David Halls")],
        {},
        (1, 0, 0),
        id="stop-words-ignored",
    ),
    pytest.param(
        [charge("negligent use of a deadly weapon", "David Halls")],
        [charge(FIREARM, "David Halls", offense_aliases=["negligent use of a deadly weapon"])],
        {},
        (1, 0, 0),
        id="offense-alias",
    ),
    pytest.param(
        [charge("weapons enhancement charge")],
        [charge("firearm enhancement", offense_aliases=["weapons enhancement"])],
        {},
        (1, 0, 0),
        id="offense-alias-content-words",
    ),
    pytest.param(
        [charge("murder")],
        [charge("involuntary manslaughter")],
        {},
        (0, 1, 1),
        id="no-shared-content-words",
    ),
    pytest.param(
        [charge("involuntary homicide")],
        [charge("involuntary manslaughter")],
        {},
        (0, 1, 1),
        id="overlap-is-not-sharing",
    ),
    pytest.param(
        [charge("involuntary manslaughter", "David Halls")],
        [charge("involuntary manslaughter")],
        {},
        (0, 1, 1),
        id="other-defendant",
    ),
    pytest.param(
        [charge("involuntary manslaughter", "Baldwin")],
        [charge("involuntary manslaughter")],
        {"key": {"persons": [BALDWIN]}},
        (1, 0, 0),
        id="defendant-by-key-alias",
    ),
    pytest.param(
        [charge("involuntary manslaughter", "A. Baldwin")],
        [charge("involuntary manslaughter")],
        {"out": {"persons": [person("A. Baldwin", aliases=["Alec Baldwin"])]}},
        (1, 0, 0),
        id="defendant-by-output-alias",
    ),
    pytest.param(
        [charge("involuntary manslaughter", status="pending")],
        [charge("involuntary manslaughter", status="dismissed")],
        {},
        (1, 1, 1),
        id="status-wrong",
    ),
    pytest.param(
        [charge("involuntary manslaughter")],
        [charge("involuntary manslaughter", with_prejudice=False)],
        {},
        (1, 0, 1),
        id="with-prejudice-false-missing",
    ),
    pytest.param(
        [charge("involuntary manslaughter", with_prejudice=0)],
        [charge("involuntary manslaughter", with_prejudice=False)],
        {},
        (1, 1, 1),
        id="false-is-not-zero",
    ),
    pytest.param(
        [charge("involuntary manslaughter", counts=2)],
        [charge("involuntary manslaughter", counts=2)],
        {},
        (2, 0, 0),
        id="counts-right",
    ),
    pytest.param(
        [charge("involuntary manslaughter", filed="2023-01-31")],
        [charge("involuntary manslaughter", filed="2023-01")],
        {},
        (2, 0, 0),
        id="date-more-precise-inside",
    ),
    pytest.param(
        [charge("involuntary manslaughter", filed="2023")],
        [charge("involuntary manslaughter", filed="2023-01")],
        {},
        (1, 1, 1),
        id="date-vaguer",
    ),
    pytest.param(
        [charge("involuntary manslaughter", filed="2023-02-01")],
        [charge("involuntary manslaughter", filed="2023-01")],
        {},
        (1, 1, 1),
        id="date-outside",
    ),
    pytest.param(
        [charge("involuntary manslaughter", plea="Not Guilty")],
        [charge("involuntary manslaughter", plea="not_guilty")],
        {},
        (2, 0, 0),
        id="vocabulary-folded",
    ),
    # the exact offense pairs first; "manslaughter" then goes to "voluntary manslaughter",
    # whose counts agree: 2 matches + 2 counts
    pytest.param(
        [charge("manslaughter", counts=1), charge("involuntary manslaughter", counts=2)],
        [charge("involuntary manslaughter", counts=2), charge("voluntary manslaughter", counts=1)],
        {},
        (4, 0, 0),
        id="greedy-exact-offense-first",
    ),
    pytest.param(
        [charge("involuntary manslaughter"), charge("manslaughter")],
        [charge("involuntary manslaughter")],
        {},
        (1, 1, 0),
        id="duplicate-output-charge-is-fp",
    ),
    pytest.param(
        [charge("firearm enhancement", status="pending")],
        [charge("firearm enhancement", optional=True, status="dismissed")],
        {},
        (0, 0, 0),
        id="optional-found",
    ),
]


@pytest.mark.parametrize(("out", "key", "extra", "expected"), CHARGE_CASES)
def test_charges(out: list[Doc], key: list[Doc], extra: dict[str, Doc], expected: Counts) -> None:
    """Charges match on defendant + offense (content words, aliases), then per field."""
    result = score(
        sheet(charges=out, **extra.get("out", {})), sheet(charges=key, **extra.get("key", {}))
    )
    assert counts(result.charges) == expected


COURT = "First Judicial District Court of New Mexico"
PROCEEDING_CASES = [
    pytest.param([proceeding()], [proceeding()], (1, 0, 0), id="kind-and-defendant"),
    pytest.param([proceeding("civil")], [proceeding()], (0, 1, 1), id="other-kind"),
    pytest.param(
        [proceeding(defendants=("David Halls",))],
        [proceeding()],
        (0, 1, 1),
        id="no-shared-defendant",
    ),
    pytest.param(
        [proceeding("civil", (), plaintiffs=["Mamie Mitchell"])],
        [proceeding("civil", plaintiffs=["Mamie Mitchell"])],
        (1, 0, 0),
        id="shared-plaintiff",
    ),
    pytest.param(
        [proceeding(court="First Judicial District Court")],
        [proceeding(court=COURT)],
        (2, 0, 0),
        id="court-contained",
    ),
    pytest.param(
        [proceeding(court="santa fe district court")],
        [proceeding(court=COURT)],
        (2, 0, 0),
        id="court-organization-alias",
    ),
    pytest.param(
        [proceeding(court="Court")], [proceeding(court=COURT)], (1, 1, 1), id="bare-court-word"
    ),
    pytest.param(
        [proceeding(court="Second Judicial District Court")],
        [proceeding(court=COURT)],
        (1, 1, 1),
        id="other-court",
    ),
    pytest.param(
        [proceeding(status="dismissed", status_date="2023-04-21")],
        [proceeding(status="dismissed", status_date="2023-04")],
        (3, 0, 0),
        id="status-date-inside",
    ),
    pytest.param(
        [proceeding("regulatory", ("Rust Movie Productions",))],
        [proceeding("regulatory", ())],
        (1, 0, 0),
        id="key-without-parties",
    ),
    # the proceeding sharing two parties pairs first (status right: 2 TP); the other goes
    # to the optional key entry and counts nothing
    pytest.param(
        [
            proceeding("civil", status="dismissed"),
            proceeding("civil", plaintiffs=["Mamie Mitchell"], status="pending"),
        ],
        [
            proceeding("civil", plaintiffs=["Mamie Mitchell"], status="pending"),
            proceeding("civil", status="pending", optional=True),
        ],
        (2, 0, 0),
        id="greedy-more-shared-parties",
    ),
]


@pytest.mark.parametrize(("out", "key", "expected"), PROCEEDING_CASES)
def test_proceedings(out: list[Doc], key: list[Doc], expected: Counts) -> None:
    """Proceedings match on kind + a shared party, then status, status_date, court."""
    result = score(sheet(proceedings=out), sheet(proceedings=key, organizations=RUST_ORGS))
    assert counts(result.proceedings) == expected


SENTENCE_CASES = [
    pytest.param([sentence()], [sentence()], (1, 0, 0), id="defendant-and-kind"),
    pytest.param([sentence(kind="jail")], [sentence()], (0, 1, 1), id="other-kind"),
    pytest.param([sentence(term="P1Y")], [sentence(term="P12M")], (2, 0, 0), id="term-normalized"),
    pytest.param([sentence(term="P18M")], [sentence(term="P6M")], (1, 1, 1), id="term-wrong"),
    pytest.param(
        [sentence(suspended=False)], [sentence(suspended=True)], (1, 1, 1), id="suspended-wrong"
    ),
    pytest.param([sentence(date="2023")], [sentence(date="2023-03")], (1, 1, 1), id="date-vaguer"),
    pytest.param(
        [sentence(term="P6M", suspended=True, date="2023-03-15")],
        [sentence(term="P6M", suspended=True, date="2023-03")],
        (4, 0, 0),
        id="all-right",
    ),
]


@pytest.mark.parametrize(("out", "key", "expected"), SENTENCE_CASES)
def test_sentences(out: list[Doc], key: list[Doc], expected: Counts) -> None:
    """Sentences match on defendant + kind, then term, suspended, date."""
    assert counts(score(sheet(sentences=out), sheet(sentences=key)).sentences) == expected


PLEA = {"kind": "plea_agreement", "parties": ["David Halls", "State of New Mexico"]}
SETTLEMENT_CASES = [
    # match + kind + date + 2 parties
    pytest.param([settlement()], [settlement()], (5, 0, 0), id="amount-and-currency"),
    pytest.param([settlement(amount="100000.00")], [settlement()], (5, 0, 0), id="amount-numeric"),
    # unmatched: the output's match unit FP 1, all 5 key units FN
    pytest.param([settlement(currency="EUR")], [settlement()], (0, 1, 5), id="other-currency"),
    pytest.param([settlement(amount=10000)], [settlement()], (0, 1, 5), id="other-amount"),
    pytest.param(
        [settlement(parties=["Rust Move Productions", REGULATORS])],
        [settlement()],
        (5, 0, 0),
        id="party-by-organization-alias",
    ),
    # match + kind + date + 1 party TP; Baldwin FP; the regulators FN
    pytest.param(
        [settlement(parties=["Rust Movie Productions", "Alec Baldwin"])],
        [settlement()],
        (4, 1, 1),
        id="extra-and-missing-party",
    ),
    pytest.param([settlement(date="2023")], [settlement()], (4, 1, 1), id="date-vaguer"),
    # no key amount: kind + a shared party; match + kind + 1 party TP, 1 party FN
    pytest.param(
        [{"kind": "plea_agreement", "parties": ["David Halls"]}],
        [PLEA],
        (3, 0, 1),
        id="no-amount-kind-and-party",
    ),
    # key units: match + kind + 2 parties = 4 FN
    pytest.param(
        [{"kind": "plea_agreement", "parties": ["Alec Baldwin"]}],
        [PLEA],
        (0, 1, 4),
        id="no-amount-no-shared-party",
    ),
]


@pytest.mark.parametrize(("out", "key", "expected"), SETTLEMENT_CASES)
def test_settlements(out: list[Doc], key: list[Doc], expected: Counts) -> None:
    """Settlements match on amount + currency (or kind + party), then kind, date, parties."""
    result = score(sheet(settlements=out), sheet(settlements=key, organizations=RUST_ORGS))
    assert counts(result.settlements) == expected


EVENT_CASES = [
    pytest.param([event()], [event()], (1, 0, 0), id="type-date-participant"),
    pytest.param([event()], [event(date="2023-04")], (1, 0, 0), id="date-more-precise"),
    pytest.param([event(date="2023-04")], [event()], (0, 1, 1), id="date-vaguer"),
    pytest.param([event(date=None)], [event()], (0, 1, 1), id="date-missing"),
    pytest.param(
        [event(persons=("Alec Baldwin",))], [event()], (0, 1, 1), id="no-shared-participant"
    ),
    pytest.param(
        [event("settlement", "2023-03", ("Alec Baldwin",))],
        [event("settlement", "2023-03", ())],
        (1, 0, 0),
        id="key-lists-no-participant",
    ),
    pytest.param(
        [event("settlement", "2023-03", ("Rust Move Productions",))],
        [event("settlement", "2023-03", ("Rust Movie Productions",))],
        (1, 0, 0),
        id="organization-participant-by-alias",
    ),
    pytest.param([event("trial")], [event()], (0, 1, 1), id="other-type"),
    pytest.param(
        [event(status="occurred")], [event(status="cancelled")], (1, 0, 0), id="status-not-scored"
    ),
    pytest.param(
        [event("motion")], [event("motion", optional=True)], (0, 0, 0), id="optional-found"
    ),
]


@pytest.mark.parametrize(("out", "key", "expected"), EVENT_CASES)
def test_events(out: list[Doc], key: list[Doc], expected: Counts) -> None:
    """Events match on type + date + a shared participant and are one unit each."""
    result = score(sheet(events=out), sheet(events=key, organizations=RUST_ORGS))
    assert counts(result.events) == expected


CONFLICT_CASES = [
    pytest.param([conflict()], [conflict()], (1, 0, 0), id="subject-and-field"),
    pytest.param([conflict("Baldwin")], [conflict()], (1, 0, 0), id="subject-by-alias"),
    pytest.param(
        [conflict(field="Charge.Filed")], [conflict()], (1, 0, 0), id="field-case-folded"
    ),
    pytest.param([conflict(field="person.age")], [], (0, 0, 0), id="unmatched-output-no-fp"),
    pytest.param([], [conflict()], (0, 0, 1), id="missing"),
    pytest.param([conflict(field="charge.counts")], [conflict()], (0, 0, 1), id="other-field"),
]


@pytest.mark.parametrize(("out", "key", "expected"), CONFLICT_CASES)
def test_conflicts(out: list[Doc], key: list[Doc], expected: Counts) -> None:
    """Conflicts match on subject + field and are scored for recall only."""
    result = score(sheet(conflicts=out), sheet(conflicts=key, persons=[BALDWIN]))
    assert counts(result.conflicts) == expected
    assert result.conflicts.precision == 1.0


OPTIONAL_ENTRIES = [
    ("persons", person("Svetlana Zemko", "plaintiff")),
    ("proceedings", proceeding("civil")),
    ("charges", charge("firearm enhancement", status="dismissed")),
    ("sentences", sentence(term="P6M")),
    ("settlements", settlement()),
    ("events", event("motion")),
    ("conflicts", conflict(field="charge.counts")),
]


@pytest.mark.parametrize(("section", "entry"), OPTIONAL_ENTRIES)
@pytest.mark.parametrize("found", [True, False])
def test_optional_entries_neither_help_nor_hurt(section: str, entry: Doc, found: bool) -> None:
    """Adding an optional key entry, found or not, leaves every count unchanged."""
    base_out = sheet(persons=[person("Alec Baldwin", "defendant")])
    base_key = sheet(persons=[person("Alec Baldwin", "defendant")])
    out = copy.deepcopy(base_out)
    if found:
        out.setdefault(section, []).append(copy.deepcopy(entry))
    key = copy.deepcopy(base_key)
    key.setdefault(section, []).append({**copy.deepcopy(entry), "optional": True})
    assert score(out, key) == score(base_out, base_key)


def test_organizations_are_not_scored() -> None:
    """Organizations only resolve names: extra or missing ones change no count."""
    result = score(sheet(organizations=[{"name": "Acme"}]), sheet(organizations=RUST_ORGS))
    assert result == Score()


def test_hints_in_output_are_ignored() -> None:
    """An `optional` flag or `absent_persons` in the output does not change its score."""
    key = sheet(persons=[BALDWIN])
    plain = sheet(persons=[person("Alec Baldwin", "witness")])
    hinted = sheet(
        persons=[person("Alec Baldwin", "witness", optional=True)], absent_persons=["Alec Baldwin"]
    )
    assert score(hinted, key) == score(plain, key)


# -- results ----------------------------------------------------------------------

RATIO_CASES = [
    # (tp, fp, fn) -> (precision, recall, f1)
    pytest.param((0, 0, 0), (1.0, 1.0, 1.0), id="nothing-either-side"),
    pytest.param((0, 0, 3), (1.0, 0.0, 0.0), id="empty-output"),
    pytest.param((0, 2, 0), (0.0, 1.0, 0.0), id="empty-key"),
    pytest.param((0, 2, 3), (0.0, 0.0, 0.0), id="all-wrong"),
    pytest.param((3, 1, 2), (0.75, 0.6, 2 / 3), id="mixed"),
    pytest.param((5, 0, 0), (1.0, 1.0, 1.0), id="perfect"),
]


@pytest.mark.parametrize(("units", "ratios"), RATIO_CASES)
def test_ratios(units: Counts, ratios: tuple[float, float, float]) -> None:
    """Precision, recall and F1, with the documented 0/0 conventions."""
    s = SectionScore(*units)
    assert (s.precision, s.recall, s.f1) == pytest.approx(ratios)


@pytest.mark.parametrize("bad", [-1, True, 1.5])
def test_section_score_rejects_non_counts(bad: Any) -> None:
    """A count must be a non-negative int."""
    with pytest.raises(ValueError, match="count"):
        SectionScore(tp=bad)


def test_as_dict_shape(rust_key: Doc) -> None:
    """as_dict has every scored section and micro, each with exactly p, r, f, tp, fp, fn."""
    result = score(sheet(persons=[person("Alec Baldwin", "defendant")]), rust_key).as_dict()
    assert list(result) == [*SCORED_SECTIONS, "micro"]
    for section in result.values():
        assert set(section) == {"p", "r", "f", "tp", "fp", "fn"}
    assert result["persons"]["tp"] == 1
    assert result["persons"]["r"] == pytest.approx(1 / 29)
    json.dumps(result)


def test_render_is_an_aligned_table(rust_key: Doc) -> None:
    """render lists every section and micro, in columns of equal width."""
    lines = score(sheet(), rust_key).render().splitlines()
    assert [line.split()[0] for line in lines if line[0].isalpha()] == [
        "section",
        *SCORED_SECTIONS,
        "micro",
    ]
    assert len({len(line) for line in lines}) == 1


def test_doctests() -> None:
    """The module's docstring examples run and pass."""
    assert doctest.testmod(legalnews._score).failed == 0


# -- laws -----------------------------------------------------------------------------

NAMES = [
    "Alec Baldwin",
    "Baldwin",
    "alec baldwin",
    "Hannah Gutierrez-Reed",
    "Gutierrez Reed",
    "David Halls",
    "Halls",
    "Morgan Lee",
    "Rust Movie Productions",
    "Rust Move Productions",
]
OFFENSES = [
    "involuntary manslaughter",
    "manslaughter",
    "voluntary manslaughter",
    "firearm enhancement",
    "weapons charge",
]
DATES = [None, "2023", "2023-01", "2023-01-31", "2023-03", "2023-04-21"]
COURTS = [None, "First Judicial District Court", COURT, "court"]

names = st.sampled_from(NAMES)
name_lists = st.lists(names, max_size=3)
dates = st.sampled_from(DATES)
maybe_bool = st.sampled_from([None, True, False])
roles = st.fixed_dictionaries(
    {"role": st.sampled_from(["defendant", "victim", "witness", "defense_attorney"])},
    optional={"represents": names},
)
ENTRY_STRATEGIES: dict[str, st.SearchStrategy[Doc]] = {
    "persons": st.fixed_dictionaries(
        {"name": names, "roles": st.lists(roles, max_size=3)},
        optional={"aliases": name_lists, "age": st.sampled_from([None, 64, 65])},
    ),
    "proceedings": st.fixed_dictionaries(
        {"kind": st.sampled_from(["criminal", "civil"]), "defendants": name_lists},
        optional={
            "plaintiffs": name_lists,
            "court": st.sampled_from(COURTS),
            "status": st.sampled_from([None, "pending", "dismissed"]),
            "status_date": dates,
        },
    ),
    "charges": st.fixed_dictionaries(
        {"defendant": names, "offense": st.sampled_from(OFFENSES)},
        optional={
            "offense_aliases": st.lists(st.sampled_from(OFFENSES), max_size=2),
            "counts": st.sampled_from([None, 1, 2]),
            "filed": dates,
            "status": st.sampled_from([None, "pending", "dismissed"]),
            "status_date": dates,
            "plea": st.sampled_from([None, "not_guilty"]),
            "with_prejudice": maybe_bool,
        },
    ),
    "sentences": st.fixed_dictionaries(
        {"defendant": names, "kind": st.sampled_from(["probation", "jail"])},
        optional={
            "term": st.sampled_from([None, "P6M", "P1Y", "P12M"]),
            "suspended": maybe_bool,
            "date": dates,
        },
    ),
    "settlements": st.fixed_dictionaries(
        {"kind": st.sampled_from(["fine", "plea_agreement"]), "parties": name_lists},
        optional={
            "amount": st.sampled_from([None, 100000, 5000]),
            "currency": st.sampled_from(["USD", "EUR"]),
            "date": dates,
        },
    ),
    "events": st.fixed_dictionaries(
        {"type": st.sampled_from(["hearing", "charge"]), "persons": name_lists},
        optional={"date": dates},
    ),
    "conflicts": st.fixed_dictionaries(
        {"subject": names, "field": st.sampled_from(["charge.filed", "charge.counts"])}
    ),
}


def _maybe_optional(entry: Doc) -> st.SearchStrategy[Doc]:
    return st.sampled_from([entry, {**entry, "optional": True}])


def sheets(*, key: bool) -> st.SearchStrategy[Doc]:
    """Small fact sheets (answer keys with optional entries) over a tiny, clashing vocabulary."""
    sections = {
        name: st.lists(strategy.flatmap(_maybe_optional) if key else strategy, max_size=4)
        for name, strategy in ENTRY_STRATEGIES.items()
    }
    extra: dict[str, st.SearchStrategy[Any]] = {
        "organizations": st.just(RUST_ORGS),
        "absent_persons": st.lists(names, max_size=2),
    }
    return st.fixed_dictionaries({"format": st.just(FORMAT), **sections, **extra})


def shuffled(doc: Doc, rnd: random.Random) -> Doc:
    """A copy with every section's entries, and every list inside them, shuffled."""
    out = copy.deepcopy(doc)

    def shuffle(value: Any) -> None:
        if isinstance(value, list):
            rnd.shuffle(value)
            for item in value:
                shuffle(item)
        elif isinstance(value, dict):
            for item in value.values():
                shuffle(item)

    for name, value in out.items():
        if name != "format":
            shuffle(value)
    return out


@settings(deadline=None)
@given(sheets(key=False), sheets(key=True), st.randoms(use_true_random=False))
def test_order_independence(output: Doc, key: Doc, rnd: random.Random) -> None:
    """Shuffling entries (and their lists) in both documents never changes the score."""
    assert score(shuffled(output, rnd), shuffled(key, rnd)) == score(output, key)


@settings(deadline=None)
@given(sheets(key=False), sheets(key=True))
def test_ratios_are_bounded(output: Doc, key: Doc) -> None:
    """Every precision, recall and F1 lies in [0, 1]."""
    for section in score(output, key).as_dict().values():
        for ratio in ("p", "r", "f"):
            assert 0.0 <= section[ratio] <= 1.0


@settings(deadline=None)
@given(sheets(key=True))
def test_empty_output_misses_every_key_unit(key: Doc) -> None:
    """An empty output has no TP and no FP: the key's units are all FNs."""
    result = score(sheet(), key)
    assert (result.micro.tp, result.micro.fp) == (0, 0)


# -- loading --------------------------------------------------------------------------

LOAD_ERRORS = [
    pytest.param(
        '{"format": "legalnews.factsheet/1", "persons": [}', "line 1, column", id="malformed-json"
    ),
    pytest.param(
        '{"format": "legalnews.factsheet/1",\n "persons": [],\n}',
        "line 3, column",
        id="trailing-comma",
    ),
    pytest.param("[]", "top level", id="top-level-array"),
    pytest.param("{}", "at format", id="no-format"),
    pytest.param('{"format": "legalnews.factsheet/2"}', "at format", id="bad-format"),
    pytest.param(
        '{"format": "legalnews.factsheet/1", "charges": {}}', "at charges", id="section-not-a-list"
    ),
    pytest.param(
        '{"format": "legalnews.factsheet/1", "charges": ["x"]}',
        "at charges[0]",
        id="entry-not-an-object",
    ),
    pytest.param(
        json.dumps(sheet(charges=[charge("a"), charge("b"), {"defendant": "X"}])),
        "at charges[2].offense",
        id="charge-without-offense",
    ),
    pytest.param(
        json.dumps(sheet(persons=[{"roles": []}])), "at persons[0].name", id="person-without-name"
    ),
    pytest.param(
        json.dumps(sheet(persons=[{"name": "X", "roles": [{}]}])),
        "at persons[0].roles[0].role",
        id="role-without-role",
    ),
    pytest.param(
        json.dumps(sheet(persons=[{"name": "X", "aliases": "Y"}])),
        "at persons[0].aliases",
        id="aliases-not-a-list",
    ),
    pytest.param(
        json.dumps(sheet(settlements=[{"parties": ["X"]}])),
        "at settlements[0]",
        id="settlement-without-amount-or-kind",
    ),
    pytest.param(
        json.dumps(sheet(settlements=[{"amount": "lots"}])),
        "at settlements[0].amount",
        id="amount-not-a-number",
    ),
    pytest.param(
        json.dumps(sheet(events=[{"date": "2023"}])), "at events[0].type", id="event-without-type"
    ),
    pytest.param(
        json.dumps(sheet(conflicts=[{"subject": "X"}])),
        "at conflicts[0].field",
        id="conflict-without-field",
    ),
    pytest.param(
        json.dumps(sheet(absent_persons=["X", 3])),
        "at absent_persons[1]",
        id="absent-person-not-a-string",
    ),
]


@pytest.mark.parametrize(("text", "place"), LOAD_ERRORS)
def test_load_errors_name_file_and_place(tmp_path: Path, text: str, place: str) -> None:
    """A bad file raises FormatError naming the file and the place."""
    path = tmp_path / "sheet.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError) as info:
        load_factsheet(path)
    assert str(path) in str(info.value)
    assert place in str(info.value)
    assert info.value.path == str(path)


def test_load_rejects_non_utf8(tmp_path: Path) -> None:
    """A file that is not UTF-8 raises FormatError naming the file."""
    path = tmp_path / "latin1.json"
    path.write_bytes('{"title": "Gutiérrez"}'.encode("latin-1"))
    with pytest.raises(FormatError, match="UTF-8") as info:
        load_factsheet(path)
    assert str(path) in str(info.value)


def test_load_reads_the_shipped_key(rust_key: Doc) -> None:
    """The shipped Rust key loads as a valid fact sheet."""
    assert rust_key["format"] == FORMAT
    assert validate_factsheet(copy.deepcopy(rust_key)) == rust_key


def test_validate_accepts_missing_and_null_sections() -> None:
    """Missing or null sections are empty, and unknown keys are ignored."""
    doc = sheet(persons=None, sources=["x"], confidence=0.5)
    assert validate_factsheet(doc) is doc
    assert score(doc, sheet()) == Score()


@pytest.mark.parametrize(("which", "label"), [("output", "<output>"), ("key", "<key>")])
def test_score_validates_both_documents(which: str, label: str) -> None:
    """score refuses a malformed document and says which one and where."""
    bad = sheet(charges=[{"defendant": "X"}])
    docs = {"output": sheet(), "key": sheet(), which: bad}
    with pytest.raises(FormatError, match=r"charges\[0\]\.offense") as info:
        score(docs["output"], docs["key"])
    assert info.value.path == label
