"""The name finder: people and organizations, titles inside names, coreference.

Every sentence here is invented, about fictional people and cases.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import legalnews
from legalnews import DEFAULT_LEXICON, EntityKind, NameMention
from legalnews._extractors._names import find_names

P, ORG = EntityKind.PERSON, EntityKind.ORGANIZATION


def _article(text: str) -> legalnews.Article:
    source = legalnews.Source(outlet="Fictional Ledger", published=datetime.date(2024, 6, 3))
    return legalnews.Article(text, source)


def _names(text: str) -> list[NameMention]:
    """The name mentions the shared analysis finds in ``text`` (descriptions left out)."""
    analysis = legalnews.analyze(legalnews.Document.from_article(_article(text)))
    return [m for m in analysis.names if not m.text.casefold().startswith("the ")]


def _found(text: str) -> set[tuple[str, EntityKind, str]]:
    return {(m.text, m.kind, m.name) for m in _names(text)}


# -- finding names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two words
        ("Prosecutors charged Marta Quill with fraud.", ("Marta Quill", P, "Marta Quill")),
        # a middle initial
        (
            "Tomas J. Brennock was arrested on Monday.",
            ("Tomas J. Brennock", P, "Tomas J. Brennock"),
        ),
        # a hyphenated surname
        ("Mara Ellison-Voss pleaded not guilty.", ("Mara Ellison-Voss", P, "Mara Ellison-Voss")),
        # lower-case particles inside a name
        ("Police arrested Rosa de la Cruz at home.", ("Rosa de la Cruz", P, "Rosa de la Cruz")),
        ("The witness was Pieter van Dyke, a chef.", ("Pieter van Dyke", P, "Pieter van Dyke")),
        # a capitalized particle that starts a name stays in it
        ("Al Brusca was indicted in Ohio.", ("Al Brusca", P, "Al Brusca")),
        ("Van Treloar testified for two days.", ("Van Treloar", P, "Van Treloar")),
        # a possessive is not part of the name
        ("Nell Garrow's lawyer spoke briefly.", ("Nell Garrow", P, "Nell Garrow")),
        ("Luis Hawkins' trial begins soon.", ("Luis Hawkins", P, "Luis Hawkins")),
        # title words before a name are not part of it
        ("Judge Harriet Vole set a trial date.", ("Harriet Vole", P, "Harriet Vole")),
        ("Former President Ada Kerr testified.", ("Ada Kerr", P, "Ada Kerr")),
        # a title inside a run: the name after it is the person
        ("Superior Court Judge Ann Lee set bail.", ("Ann Lee", P, "Ann Lee")),
        ("Harmon County Sheriff Lee Voss investigated.", ("Lee Voss", P, "Lee Voss")),
        # organizations by their head words
        (
            "Hartwell Mining Company denied it.",
            ("Hartwell Mining Company", ORG, "Hartwell Mining Company"),
        ),
        ("Dorsey Chemical Inc. was fined.", ("Dorsey Chemical Inc", ORG, "Dorsey Chemical Inc")),
        (
            "Regulators fined Kemp Industries LLC on Friday.",
            ("Kemp Industries LLC", ORG, "Kemp Industries LLC"),
        ),
        (
            "The University of Oregon was sued.",
            ("University of Oregon", ORG, "University of Oregon"),
        ),
        (
            "The Department of Labor opened an inquiry.",
            ("Department of Labor", ORG, "Department of Labor"),
        ),
        ("The Court of Appeals ruled on Friday.", ("Court of Appeals", ORG, "Court of Appeals")),
        ("Officials at Hobb & Lyle declined to comment.", ("Hobb & Lyle", ORG, "Hobb & Lyle")),
        # a person "of" an organization: both
        ("Ann Lee of Acme Corp spoke.", ("Ann Lee", P, "Ann Lee")),
        ("Ann Lee of Acme Corp spoke.", ("Acme Corp", ORG, "Acme Corp")),
        ("Lakeview Police Department Detective Sam Ruiz testified.", ("Sam Ruiz", P, "Sam Ruiz")),
        (
            "Lakeview Police Department Detective Sam Ruiz testified.",
            ("Lakeview Police Department", ORG, "Lakeview Police Department"),
        ),
        # an adjective made from a place ends the name before it
        ("The Los Angeles-based actor Bram Tulley was sued.", ("Bram Tulley", P, "Bram Tulley")),
        # a show with a weekday in its name is not a person, the guest is
        ("Corwin Jessup appeared on Sunday Morning Chat.", ("Corwin Jessup", P, "Corwin Jessup")),
    ],
)
def test_finds_name(text: str, expected: tuple[str, EntityKind, str]) -> None:
    """The finder reports the name as written, its kind, and its full name."""
    assert expected in _found(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # all-capitals acronyms are not names
        ("The FBI and the NAACP said nothing.", "FBI"),
        ("ACME CORP was sued.", "ACME CORP"),
        # places are not people
        ("Officials in New Jersey met on Friday.", "New Jersey"),
        ("The jury in San Diego deliberated.", "San Diego"),
        ("Fans of the Boston Red Sox gathered.", "Boston Red Sox"),
        ("Pearl Hanlon was shot on Main Street.", "Main Street"),
        # calendar words make a run no name
        ("Corwin Jessup appeared on Sunday Morning Chat.", "Sunday Morning Chat"),
        ("Ruth Okafor resigned in March Madness week.", "March Madness"),
        # adjectives from places
        ("The Los Angeles-based actor Bram Tulley was sued.", "Los Angeles"),
        # title words are not names
        ("Judge Harriet Vole set a trial date.", "Judge Harriet Vole"),
        ("Superior Court Judge Ann Lee set bail.", "Superior Court Judge Ann Lee"),
        # a lone word never given in full is nobody in particular
        ("Garrow said the trial would be long.", "Garrow"),
        # a run longer than any name (a headline in title case) is no person
        (
            "Ann Lee Bo Chen Cy Dee Ed Fox Gus Hale said so.",
            "Ann Lee Bo Chen Cy Dee Ed Fox Gus Hale",
        ),
        # an ampersand before a lower-case word makes no organization
        ("Hobb & de Vries met.", "Hobb & de Vries"),
    ],
)
def test_not_a_name(text: str, absent: str) -> None:
    """Acronyms, places, calendar phrases, titles and unknown lone words are not names."""
    assert absent not in {m.text for m in _names(text)}


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ("Judge Harriet Vole set a trial date.", "Harriet Vole", ("Judge",)),
        ("Former President Ada Kerr testified.", "Ada Kerr", ("Former", "President")),
        ("Superior Court Judge Ann Lee set bail.", "Ann Lee", ("Superior", "Court", "Judge")),
        ("Harmon County Sheriff Lee Voss investigated.", "Lee Voss", ("County", "Sheriff")),
        ("Lakeview Police Department Detective Sam Ruiz testified.", "Sam Ruiz", ("Detective",)),
        ("Prosecutors Ann Lee and Bo Chen spoke.", "Ann Lee", ("Prosecutors",)),
    ],
)
def test_title_words_of_a_run(text: str, name: str, titles: tuple[str, ...]) -> None:
    """Capitalized title words written in the same run are kept as the name's titles."""
    (mention,) = [m for m in _names(text) if m.text == name]
    assert mention.titles == titles


def test_possessive_is_marked() -> None:
    """A name written as a possessor is marked so."""
    (mention,) = _names("Nell Garrow's lawyer spoke briefly.")
    assert mention.possessive
    assert mention.text == "Nell Garrow"


# -- coreference ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "form", "name"),
    [
        # a surname alone
        ("Marta Quill was charged. Quill denied it.", "Quill", "Marta Quill"),
        (
            "Mara Ellison-Voss was charged. Ellison-Voss denied it.",
            "Ellison-Voss",
            "Mara Ellison-Voss",
        ),
        (
            "Police arrested Rosa de la Cruz. De la Cruz denied it.",
            "De la Cruz",
            "Rosa de la Cruz",
        ),
        ("Al Brusca was indicted. Brusca pleaded guilty.", "Brusca", "Al Brusca"),
        # after a courtesy title
        ("Ivo Tarrant was charged. Mr. Tarrant declined to comment.", "Tarrant", "Ivo Tarrant"),
        # a name suffix is ignored when comparing
        (
            "Ivo Tarrant Jr. was charged. Mr. Tarrant declined to comment.",
            "Tarrant",
            "Ivo Tarrant Jr",
        ),
        # a first name alone, in a quotation
        ('Hal Smiths was charged. "I trust Hal," his sister said.', "Hal", "Hal Smiths"),
        # a possessive slip: "Smith's" for the known "Smiths"
        ("Hal Smiths was charged. Smith's lawyer declined to comment.", "Smith", "Hal Smiths"),
        ("Ann Smiths was charged. Ann Smith's lawyer spoke.", "Ann Smith", "Ann Smiths"),
        # a shorter full form is the fuller one
        ("Ann B. Lee was sued. Ann Lee said nothing.", "Ann Lee", "Ann B. Lee"),
        # a surname with a title before it
        ("Harriet Vole presides. Judge Vole set a date.", "Vole", "Harriet Vole"),
    ],
)
def test_short_form_means_the_full_name(text: str, form: str, name: str) -> None:
    """A surname, first name or shorter form names the person the article gives in full."""
    assert (form, P, name) in _found(text)


def test_shared_first_name_is_ambiguous() -> None:
    """A first name two people of the article share refers to neither."""
    text = 'Nina Abbott and Nina Price testified. "Nina was scared," a friend said.'
    assert "Nina" not in {m.text for m in _names(text)}


def test_fullest_form_is_the_name() -> None:
    """The fullest written form (with a suffix) is the name every form stands for."""
    found = _names("Ivo Tarrant was charged. Ivo Tarrant Jr. pleaded not guilty. Tarrant left.")
    assert {m.name for m in found} == {"Ivo Tarrant Jr"}


def test_find_names_on_sentences_directly() -> None:
    """The finder works on (offset, sentence) pairs, reporting article offsets."""
    found = find_names([(10, "Marta Quill spoke.")], DEFAULT_LEXICON)
    assert [(m.start, m.end, m.text) for m in found] == [(10, 21, "Marta Quill")]


# -- laws ----------------------------------------------------------------------------------


@given(st.text(max_size=300))
def test_find_names_never_raises_and_quotes_exactly(text: str) -> None:
    """On any text, every mention's text is the text at its offsets."""
    for m in find_names([(0, text)], DEFAULT_LEXICON):
        assert text[m.start : m.end] == m.text
        assert m.kind in (P, ORG)


name_words = st.sampled_from(
    [
        "Ann",
        "Lee",
        "Bo",
        "de",
        "la",
        "Cruz",
        "Judge",
        "Court",
        "Inc",
        "LLC",
        "&",
        "of",
        "Smith's",
        "Smiths'",
        "J.",
        "Jr.",
        "The",
        "Mr.",
        "Sheriff",
        "County",
        "Acme",
        "Monday",
    ]
)
joiners = st.sampled_from([" ", " ", ", ", ". ", " and ", "-", "'s "])


@given(st.lists(st.tuples(name_words, joiners), max_size=30))
def test_analysis_mentions_quote_the_article(parts: list[tuple[str, str]]) -> None:
    """Through the shared analysis, every mention quotes the article at its offsets."""
    text = "".join(w + j for w, j in parts)
    analysis = legalnews.analyze(legalnews.Document.from_article(_article(text)))
    for m in analysis.names:
        assert analysis.text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Georgia Lee was charged with fraud.", "Georgia Lee"),
        ("Prosecutors say Austin Reyes lied.", "Austin Reyes"),
        ("A jury acquitted Virginia Owens.", "Virginia Owens"),
    ],
)
def test_a_person_may_bear_a_place_as_first_name(text: str, name: str) -> None:
    """A place followed by one more word is a person ("Georgia Lee"), not a place."""
    found = find_names([(0, text)], DEFAULT_LEXICON)
    assert [(m.text, m.kind) for m in found] == [(name, EntityKind.PERSON)]


@pytest.mark.parametrize(
    "text",
    [
        # "City, State": the city is a place wherever the article writes it bare
        "The crash happened in Rio Vista, California, in May. Rio Vista police arrested "
        "Ivo Tarrant.",
        # "X County": X is a place
        "The Twin Falls County Sheriff's Office arrested Ivo Tarrant. He lived in Twin Falls.",
    ],
)
def test_a_name_the_article_shows_to_be_a_place_is_no_person(text: str) -> None:
    """A name before ", California" or before "County" is no one, there and elsewhere."""
    assert {m.name for m in _names(text) if m.kind is EntityKind.PERSON} == {"Ivo Tarrant"}


def test_a_place_shown_in_one_article_is_not_a_place_in_another() -> None:
    """Only what this article writes counts: "Lee Vining" stays a person elsewhere."""
    assert ("Lee Vining", EntityKind.PERSON, "Lee Vining") in _found(
        "Lee Vining was charged with theft."
    )
    assert ("Lee Vining", EntityKind.PERSON, "Lee Vining") not in _found(
        "Lee Vining, California, is small. Lee Vining was quiet."
    )


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a surname that is also a place stays a person's ("Jackson", "Madison")
        ("Tom Jackson was charged with fraud. Jackson denied it.", "Tom Jackson"),
        ("Ann Madison was charged with fraud. Madison denied it.", "Ann Madison"),
    ],
)
def test_a_surname_that_names_a_capital_stays_the_persons(text: str, person: str) -> None:
    assert [m.name for m in _names(text) if m.kind is EntityKind.PERSON] == [person, person]


def test_a_state_capital_written_bare_is_no_person() -> None:
    text = "Vera Lind, a Des Moines attorney, filed the suit in Salt Lake City."
    assert {m.name for m in _names(text) if m.kind is EntityKind.PERSON} == {"Vera Lind"}
