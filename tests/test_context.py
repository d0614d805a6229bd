"""Context helpers: titles around names, descriptions, modality, quotations.

Every sentence here is invented, about fictional people and cases.
"""

from __future__ import annotations

import datetime

import pytest

import legalnews
from legalnews import DEFAULT_LEXICON, EntityKind, Modality
from legalnews._extractors._context import (
    Title,
    article_titles,
    in_quotation,
    modality_at,
    modality_of,
    title_after,
    title_apposed_before,
    title_before,
    titled_mentions,
    unique,
)


def _analysis(text: str) -> legalnews.Analysis:
    source = legalnews.Source(outlet="Fictional Ledger", published=datetime.date(2024, 6, 3))
    return legalnews.analyze(legalnews.Document.from_article(legalnews.Article(text, source)))


def _titles(text: str) -> dict[str, set[str]]:
    return {name: {t.text for t in ts} for name, ts in article_titles(_analysis(text)).items()}


# -- titles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # before the name
        ("Armorer Tilda Brasch was questioned.", "Tilda Brasch", {"armorer"}),
        ("Police questioned armorer Tilda Brasch.", "Tilda Brasch", {"armorer"}),
        ("Prop master Cy Nolan was questioned.", "Cy Nolan", {"prop master"}),
        ("Law professor Quentin Bale spoke.", "Quentin Bale", {"law professor"}),
        ("Special prosecutor Ada Kerr filed the case.", "Ada Kerr", {"special prosecutor"}),
        # two titles of one person
        (
            "Stunt coordinator and safety officer Wren Kalloway testified.",
            "Wren Kalloway",
            {"stunt coordinator", "safety officer"},
        ),
        # "the special prosecutor and attorney X" names two people: X is only an attorney
        ("The special prosecutor and attorney Ann Lee met.", "Ann Lee", {"attorney"}),
        # after the name, in an apposition
        ("Kit Harlan, a defense lawyer, said nothing.", "Kit Harlan", {"defense lawyer"}),
        ("Felix Amsel, an attorney for Dorsey Chemical Inc., spoke.", "Felix Amsel", {"attorney"}),
        ("Bea Lorne, Ivo Tarrant's attorney, spoke.", "Bea Lorne", {"attorney"}),
        # apposed before the name
        ("The company's accountant, Gideon Faye, was charged.", "Gideon Faye", {"accountant"}),
        ("The director of the museum, Eva Strom, spoke.", "Eva Strom", {"director"}),
        ("Tarrant's defense attorney, Bea Lorne, spoke.", "Bea Lorne", {"defense attorney"}),
        ("He called his lawyer, Bea Lorne, at once.", "Bea Lorne", {"lawyer"}),
        ("A lawyer for Ivo Tarrant, Bea Lorne, spoke.", "Bea Lorne", {"lawyer"}),
        # in the name's own run
        ("Superior Court Judge Ann Lee set bail.", "Ann Lee", {"superior court judge"}),
        ("Harmon County Sheriff Lee Voss investigated.", "Lee Voss", {"county sheriff"}),
        ("Attorney General Rhea Sato sued.", "Rhea Sato", {"attorney general"}),
        # an abbreviation with its dot; no shorter title beside the longer one
        ("U.S. District Judge Omar Fenn presided.", "Omar Fenn", {"u.s. district judge"}),
    ],
)
def test_titles(text: str, name: str, expected: set[str]) -> None:
    """Titles before, after and apposed to a name are the person's titles."""
    assert _titles(text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # coordinated names share a title written before the first
        (
            "Special prosecutors Ada Kerr and Lou Brandt spoke.",
            "Lou Brandt",
            {"special prosecutor"},
        ),
        # and a plural title written after the last
        (
            "Felix Amsel and Ruth Okafor, the attorneys for Nell Garrow, spoke.",
            "Felix Amsel",
            {"attorney"},
        ),
        (
            "Felix Amsel and Ruth Okafor, the attorneys for Nell Garrow, spoke.",
            "Ruth Okafor",
            {"attorney"},
        ),
    ],
)
def test_coordinated_names_share_titles(text: str, name: str, expected: set[str]) -> None:
    """ "A and B" share a title written before A, or a plural one written after B."""
    assert _titles(text)[name] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a client named in the lawyer's apposition is not a lawyer
        ('"He is innocent," said Bea Lorne, Ivo Tarrant\'s attorney.', "Ivo Tarrant"),
        # a singular title after B is B's alone
        ("Felix Amsel and Ruth Okafor, a lawyer, spoke.", "Felix Amsel"),
        # "Jo, her mother, ..." is a list, not a title
        ("Bo Chen, his brother, and Ann Lee spoke.", "Bo Chen"),
        # a word that is no title
        ("Ivo Tarrant, the winner, spoke.", "Ivo Tarrant"),
    ],
)
def test_no_title(text: str, name: str) -> None:
    """Apposed clients, other people's singular titles and non-titles give no title."""
    assert not _titles(text).get(name)


def test_former_title() -> None:
    """A title after "former" is marked former."""
    found = article_titles(_analysis("Former federal prosecutor Gail Strand spoke."))
    assert found["Gail Strand"] == [Title("federal prosecutor", former=True)]


@pytest.mark.parametrize(
    ("function", "text", "at", "expected"),
    [
        (title_before, "We met armorer Tilda Brasch.", 15, [Title("armorer")]),
        (title_before, "We met Tilda Brasch.", 7, []),
        # the window stops at punctuation
        (title_before, "An armorer, Tilda Brasch.", 12, []),
        (title_apposed_before, "The film's armorer, Tilda Brasch.", 20, [Title("armorer")]),
        (title_apposed_before, "On Monday, Tilda Brasch.", 11, []),
    ],
)
def test_title_window_functions(
    function: object, text: str, at: int, expected: list[Title]
) -> None:
    """The window readers find a title just before an offset, or none."""
    assert callable(function)
    assert function(text, at, DEFAULT_LEXICON) == expected


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Tilda Brasch, the armorer, said.", 12, [Title("armorer")]),
        ("Tilda Brasch, an attorney for Acme, said.", 12, [Title("attorney")]),
        ("Tilda Brasch said.", 12, []),
    ],
)
def test_title_after(text: str, end: int, expected: list[Title]) -> None:
    """An apposition after a name gives its title; the words after a preposition do not."""
    assert title_after(text, end, DEFAULT_LEXICON) == expected


def test_titled_mentions_cite_the_sentence() -> None:
    """Each title comes with the sentence that gives it."""
    analysis = _analysis("Ivo Tarrant was charged. Armorer Tilda Brasch was questioned.")
    ((title, sentence),) = titled_mentions(analysis)["Tilda Brasch"]
    assert title == Title("armorer")
    assert sentence.text == "Armorer Tilda Brasch was questioned."


# -- descriptions --------------------------------------------------------------------------


def _described(text: str) -> set[tuple[str, EntityKind, str]]:
    return {
        (m.text, m.kind, m.name)
        for m in _analysis(text).names
        if m.text.casefold().startswith("the ")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one person titled with that head
        (
            "Singer Lyra Moss was sued in May. The singer denied the claims.",
            {("The singer", EntityKind.PERSON, "Lyra Moss")},
        ),
        # an age and a head, untitled elsewhere: the article's main person
        (
            "Orrin Platt was indicted. Platt was freed. The 41-year-old executive left.",
            {("The 41-year-old executive", EntityKind.PERSON, "Orrin Platt")},
        ),
        # the company: the company the article names most
        (
            "Dorsey Chemical Inc. was fined. The company will appeal.",
            {("The company", EntityKind.ORGANIZATION, "Dorsey Chemical Inc")},
        ),
        # two actors: "the actor" is neither
        ("Actor Bram Tulley and actor Ivo Tarrant met. The actor left.", set()),
        # a word that is no title
        ("Ivo Tarrant was charged. The trial starts soon.", set()),
    ],
)
def test_descriptions(text: str, expected: set[tuple[str, EntityKind, str]]) -> None:
    """A description names the one person (or company) of the article it fits."""
    assert _described(text) == expected


# -- modality, negation, quotations --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charges are set to be dropped.", Modality.EXPECTED),
        ("Prosecutors will dismiss the case.", Modality.EXPECTED),
        ("The charges were dropped, according to a court filing.", Modality.REPORTED),
        ("She reportedly paid the fine.", Modality.REPORTED),
        ("The charges were dropped on Friday.", Modality.ASSERTED),
    ],
)
def test_modality_of(text: str, expected: Modality) -> None:
    """Plans are expected, attributed statements reported, the rest asserted."""
    assert modality_of(text, DEFAULT_LEXICON) is expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        # a plan said of the verb itself
        ("The charges are set to be dropped.", "dropped", Modality.EXPECTED),
        # a plan in another clause does not make this verb expected
        ("The charges were dropped; a trial will follow.", "dropped", Modality.ASSERTED),
        # attribution anywhere in the sentence
        ("The charges were dropped, according to two people.", "dropped", Modality.REPORTED),
    ],
)
def test_modality_at(text: str, verb: str, expected: Modality) -> None:
    """The modality of one verb reads the clause before it, and attribution anywhere."""
    start = text.index(verb)
    assert modality_at(text, start, start + len(verb), DEFAULT_LEXICON) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a speaker's words
        ('"We will appeal the ruling," said Bea Lorne.', "appeal", True),
        # scare quotes are the outlet's own words
        ('Ivo Tarrant faces a "weapons enhancement" penalty.', "weapons", False),
        ('Ivo Tarrant was "overcharged," Bea Lorne said.', "overcharged", True),
        ("Ivo Tarrant was charged.", "charged", False),
    ],
)
def test_in_quotation(text: str, word: str, expected: bool) -> None:
    """Only a quotation with a speaker, or of four words or more, is someone's words."""
    assert in_quotation(_analysis(text), text.index(word)) is expected


def test_unique_keeps_first_seen_order() -> None:
    """Repeats are dropped, first-seen order kept."""
    assert unique(["b", "a", "b", "c", "a"]) == ["b", "a", "c"]


def test_titled_mentions_is_computed_once() -> None:
    """Extractors reading the titles of one analysis share one read-only result."""
    analysis = _analysis("Armorer Tilda Brasch was questioned.")
    first = titled_mentions(analysis)
    assert titled_mentions(analysis) is first
    with pytest.raises(TypeError):
        first["Someone Else"] = ()  # type: ignore[index]


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("The fraud charges were not dismissed.", "dismissed", Modality.NEGATED),
        ("A judge did not dismiss the case.", "dismiss", Modality.NEGATED),
        ("Prosecutors declined to drop the counts.", "drop", Modality.NEGATED),
        ("The charges have not yet been dropped.", "dropped", Modality.NEGATED),
        ("The charges were dismissed, not refiled.", "dismissed", Modality.ASSERTED),
    ],
)
def test_a_denied_verb_is_negated(sentence: str, verb: str, expected: Modality) -> None:
    """A denial right before a status verb makes its claim negated, and only then."""
    start = sentence.index(verb)
    assert modality_at(sentence, start, start + len(verb), DEFAULT_LEXICON) is expected


def test_a_negated_dismissal_never_dismisses_a_charge() -> None:
    """ "were not dismissed" leaves the charge pending, the denial kept as a claim."""
    article = legalnews.Article(
        "Prosecutors charged Dana Whitlock with wire fraud in March. "
        "Her wire fraud charges were not dismissed on Friday.",
        legalnews.Source(outlet="Harbor Ledger", published=datetime.date(2024, 5, 3)),
    )
    case = legalnews.build([article]).case
    (charge,) = case.charges
    assert charge.status is legalnews.ChargeStatus.PENDING
    assert any(c.modality is Modality.NEGATED for c in case.claims if c.field == "status")
