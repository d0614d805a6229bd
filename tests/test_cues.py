"""Cued rules find exactly what their case-insensitive patterns find, only faster.

The speed-ups of :mod:`legalnews._extractors._cues` are only safe if two claims
hold: lower-casing a text (as :func:`fold` does) keeps every match of a
case-insensitive pattern of lower-case words, at the same offsets; and each
rule's cues are held by every match of its pattern. Both are checked here, the
first over every Unicode character, the second on texts drawn from the
patterns themselves.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legalnews import DEFAULT_LEXICON
from legalnews._extractors import _charges, _court, _parties
from legalnews._extractors._cues import _TRAPS, Cued, fold

_EVERY_CHARACTER = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _rules() -> list[Cued]:
    found: list[Cued] = []
    for module in (_charges, _court, _parties):
        for value in vars(module).values():
            if isinstance(value, Cued):
                found.append(value)
            elif isinstance(value, tuple):  # tables of rules: ((rule, event type), ...)
                found += [v[0] for v in value if isinstance(v, tuple) and isinstance(v[0], Cued)]
    offenses = _charges._table_of(DEFAULT_LEXICON).rule  # built from a lexicon, not written
    return [*found, offenses]


RULES = _rules()


def test_the_rules_are_found() -> None:
    """The property tests below see every rule (a rename would silently drop them)."""
    assert len(RULES) >= 25


def test_fold_keeps_length_and_offsets_of_every_safe_text() -> None:
    """Each character but the four traps lowers to exactly one character."""
    longer = [c for c in _EVERY_CHARACTER if len(c.lower()) != 1]
    assert longer == ["\u0130"]
    assert fold("Ann İlker") is None
    assert fold("Ann Roe WAS Charged") == "ann roe was charged"


@pytest.mark.parametrize("klass", [r"\w", r"\s", r"\d", r"\n", r"[a-z]", r"[0-9]", r"[^a-z]"])
def test_lowering_keeps_the_classes_patterns_use(klass: str) -> None:
    """A class matches a character case-insensitively exactly where it matches its lower case."""
    original, twin = re.compile(klass, re.IGNORECASE), re.compile(klass)
    differ = [
        c
        for c in _EVERY_CHARACTER
        if c not in _TRAPS and bool(original.fullmatch(c)) != bool(twin.fullmatch(c.lower()))
    ]
    assert differ == []


def _literals() -> set[str]:
    """Every character written in a rule's pattern or cues, escapes and classes aside."""
    out: set[str] = set()
    for rule in RULES:
        out |= set(re.sub(r"\\.", "", rule.pattern.pattern)) | set("".join(rule.cues))
    return out | set("abcdefghijklmnopqrstuvwxyz")


@pytest.mark.parametrize("literal", sorted(_literals()))
def test_ignorecase_matches_a_literal_where_lowering_gives_it(literal: str) -> None:
    """Outside the traps, IGNORECASE matches ``x`` at ``c`` exactly when ``c.lower() == x``."""
    matched = set(re.findall(re.escape(literal), _EVERY_CHARACTER, re.IGNORECASE))
    lowered = {c for c in _EVERY_CHARACTER if c.lower() == literal}
    assert matched - set(_TRAPS) == lowered - set(_TRAPS)


_NOISE = st.text(alphabet=st.sampled_from("aAsS iIkK.,'’\u0130\u0131\u017f\u212a\n-"), max_size=12)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.pattern.pattern[:40])
@given(data=st.data())
def test_a_cued_rule_finds_what_its_pattern_finds(rule: Cued, data: st.DataObject) -> None:
    """On texts holding a match (in any case, amid noise), the same spans are found."""
    match = data.draw(st.from_regex(rule.pattern, fullmatch=True))
    case = data.draw(st.sampled_from([str.lower, str.upper, str.title, lambda t: t]))
    text = data.draw(_NOISE) + case(match) + data.draw(_NOISE)
    expected = [m.span() for m in rule.pattern.finditer(text)]
    assert [m.span() for m in rule.finditer(text, fold(text))] == expected
    first = rule.search(text, fold(text))
    assert (first.span() if first else None) == (expected[0] if expected else None)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.pattern.pattern[:40])
@given(text=st.text(max_size=80))
def test_a_cued_rule_agrees_with_its_pattern_on_any_text(rule: Cued, text: str) -> None:
    """On any text at all (mostly without a match), the same spans are found."""
    expected = [m.span() for m in rule.pattern.finditer(text)]
    assert [m.span() for m in rule.finditer(text, fold(text))] == expected


def test_a_rule_without_its_cue_is_not_searched() -> None:
    """The cue test alone rules a sentence out: a wrong cue would show as a miss."""
    rule = Cued(r"\bwith\s+prejudice\b", cues=("zzz",))  # deliberately wrong cue
    text = "dismissed with prejudice"
    assert rule.pattern.search(text) is not None
    assert rule.search(text, fold(text)) is None  # ruled out by the cue, as designed
    assert rule.search(text, None) is not None  # unfoldable text: the pattern decides


def test_a_pattern_with_capitals_has_no_twin_but_still_matches() -> None:
    rule = Cued(r"\b[A-Z]\w+\s+Court\b", cues=("court",))
    assert rule.twin is None
    text = "in Harmon County Court"
    assert rule.search(text, fold(text)) is not None


@pytest.mark.parametrize(
    ("pattern", "twin"),
    [
        (r"\bwire\s+fraud\b", True),
        (r"\broe[’']s\s+lawyer\b", True),  # a mark without case
        (r"\bπαράβαση\b", False),  # "σ" matches the final "ς", which lowers to itself
        (r"\bdélit\b", False),  # a lower-case letter outside ASCII
        (r"\b[A-Z]\w+\b", False),  # capitals
    ],
)
def test_only_a_pattern_in_lower_case_ascii_or_caseless_marks_has_a_twin(
    pattern: str, twin: bool
) -> None:
    assert (Cued(pattern).twin is not None) is twin
    assert re.match("σ", "ς", re.IGNORECASE)  # the reason for the third case
    assert "ς".lower() != "σ"


def test_blank_spaces_out_the_matches_in_both_texts() -> None:
    rule = Cued(r"\bmotions?\s+to\s+dismiss\b", cues=("motion",))
    text = "A Motion to dismiss was denied."
    blanked, low = rule.blank(text, fold(text))
    assert blanked == "A " + " " * len("Motion to dismiss") + " was denied."
    assert low == blanked.lower()


@pytest.mark.parametrize(
    ("pattern", "cues"),
    [
        (re.compile(r"\bfraud\b"), ()),  # not case-insensitive
        (r"\bfraud\b", ("Fraud",)),  # a cue in capitals is never in lower-cased text
        (r"\bfraud\b", ("",)),  # an empty cue holds everywhere: no cue at all
    ],
)
def test_a_malformed_rule_is_refused(
    pattern: str | re.Pattern[str], cues: tuple[str, ...]
) -> None:
    with pytest.raises(ValueError, match="cue"):
        Cued(pattern, cues)
