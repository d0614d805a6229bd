"""The parties extractor: mentions, ages, and the roles people play.

Every sentence here is invented, about fictional people and cases. Where the
role resolution refines (counsel of a defendant is a defense attorney), the
tests read the built case; elsewhere the extractor's own claims.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import legalnews
from legalnews import EntityKind, PartiesExtractor, RoleValue, SourceClaim

_SOURCE = legalnews.Source(outlet="Fictional Ledger", published=datetime.date(2024, 6, 3))


def _article(text: str) -> legalnews.Article:
    return legalnews.Article(text, _SOURCE)


def _claims(text: str) -> list[SourceClaim]:
    analysis = legalnews.analyze(legalnews.Document.from_article(_article(text)))
    return list(PartiesExtractor()(analysis))


def _said(text: str, field: str) -> set[tuple[str, object]]:
    """(person, value) of the extractor's claims of one field."""
    out: set[tuple[str, object]] = set()
    for c in _claims(text):
        if c.field != field:
            continue
        value: object = c.value
        if isinstance(c.value, RoleValue):
            rep = c.value.represents.name if c.value.represents is not None else None
            value = (c.value.role.value, rep)
        assert c.subject.anchor is not None
        out.add((c.subject.anchor.name, value))
    return out


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    """(person, role, whom they represent) in the case built from one article."""
    case = legalnews.build([_article(text)]).case
    names = {p.id: p.name for p in case.persons} | {o.id: o.name for o in case.organizations}
    return {
        (names[r.person], r.role.value, names.get(r.represents) if r.represents else None)
        for r in case.roles
    }


CHARGED = "Prosecutors charged Marta Quill with fraud in March. "


# -- mentions and ages ---------------------------------------------------------------------


def test_every_form_is_mentioned_once() -> None:
    """Each written form of a name is claimed once, under the full name."""
    said = _said("Marta Quill was charged. Quill denied it. Quill left.", "mention")
    assert said == {("Marta Quill", "Marta Quill"), ("Marta Quill", "Quill")}


def test_organizations_are_mentioned() -> None:
    """Organizations are claimed as written, and not people."""
    claims = [c for c in _claims("Dorsey Chemical Inc. was fined.") if c.field == "mention"]
    assert [(c.subject.kind.value, c.value) for c in claims] == [
        (EntityKind.ORGANIZATION.value, "Dorsey Chemical Inc")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mara Ellison-Voss, 52, was charged.", {("Mara Ellison-Voss", 52)}),
        ("The 52-year-old Dana Whitcomb was arrested.", {("Dana Whitcomb", 52)}),
        ("Police said the 52-year-old nurse Dana Whitcomb fled.", {("Dana Whitcomb", 52)}),
        ("Ann Lee, 41, and Bo Chen, 38, were charged.", {("Ann Lee", 41), ("Bo Chen", 38)}),
        # not an age
        ("Ann Lee, 150, was charged.", set()),
        ("Ann Lee, who is 41, was charged.", set()),
        ("Ann Lee has 41 cars.", set()),
    ],
)
def test_ages(text: str, expected: set[tuple[str, int]]) -> None:
    """ "X, 52," and "the 52-year-old X" give X's age; other numbers do not."""
    assert _said(text, "age") == expected


# -- prosecutors and judges ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (CHARGED + "Special prosecutor Ada Kerr filed the case.", "Ada Kerr", "prosecutor"),
        (
            CHARGED + '"The evidence is clear," said special prosecutor Ada Kerr.',
            "Ada Kerr",
            "prosecutor",
        ),
        (CHARGED + "District Attorney Lou Brandt filed the charges.", "Lou Brandt", "prosecutor"),
        (CHARGED + "Harmon County District Attorney Jo Pratt spoke.", "Jo Pratt", "prosecutor"),
        (CHARGED + "Jo Pratt, the assistant district attorney, spoke.", "Jo Pratt", "prosecutor"),
        (
            CHARGED + "Special prosecutors Ada Kerr and Lou Brandt spoke.",
            "Lou Brandt",
            "prosecutor",
        ),
        (CHARGED + "Judge Harriet Vole set a trial date.", "Harriet Vole", "judge"),
        (CHARGED + "U.S. District Judge Omar Fenn presided.", "Omar Fenn", "judge"),
        (CHARGED + "Superior Court Judge Ann Lee set bail.", "Ann Lee", "judge"),
        (CHARGED + "Magistrate Judge Ann Lee set bail.", "Ann Lee", "judge"),
    ],
)
def test_prosecutors_and_judges_by_title(text: str, name: str, role: str) -> None:
    """A prosecutor's or judge's title, before, after or inside the name, gives the role."""
    assert (name, role, None) in _roles(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a former prosecutor quoted from outside the case comments
        (CHARGED + "Former federal prosecutor Gail Strand said the case was weak.", "Gail Strand"),
        (
            CHARGED + "Gail Strand, a former prosecutor who is not involved in the case, "
            "said it was weak.",
            "Gail Strand",
        ),
    ],
)
def test_former_prosecutor_quoted_comments(text: str, name: str) -> None:
    """A former prosecutor quoted on the case is a commentator, not its prosecutor."""
    roles = _roles(text)
    assert (name, "commentator", None) in roles
    assert (name, "prosecutor", None) not in roles


# -- counsel -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lawyers"),
    [
        # "Roe's attorneys, A and B"
        (
            CHARGED + "Quill's attorneys, Dev Ostrander and Lena Pike, said she is innocent.",
            {"Dev Ostrander", "Lena Pike"},
        ),
        # "Roe attorney A"
        (CHARGED + "Quill attorney Dev Ostrander said she would fight.", {"Dev Ostrander"}),
        # "Roe's defense attorney, A"
        (
            CHARGED + "Quill's defense attorney, Dev Ostrander, said she is innocent.",
            {"Dev Ostrander"},
        ),
        # "A and B, the attorneys for Roe"
        (
            CHARGED
            + "Dev Ostrander and Lena Pike, the attorneys for Quill, said she is innocent.",
            {"Dev Ostrander", "Lena Pike"},
        ),
        # "an attorney for Roe, A,"
        (
            CHARGED + "An attorney for Quill, Dev Ostrander, said she is innocent.",
            {"Dev Ostrander"},
        ),
        # "A, an attorney representing Roe"
        (
            CHARGED + "Dev Ostrander, an attorney representing Quill, said she is innocent.",
            {"Dev Ostrander"},
        ),
        # "A, who represents Roe"
        (CHARGED + "Dev Ostrander, who represents Quill, declined to comment.", {"Dev Ostrander"}),
        # "represented by attorney A"
        (CHARGED + "Quill is represented by attorney Dev Ostrander.", {"Dev Ostrander"}),
        (CHARGED + "Quill, represented by Dev Ostrander, pleaded not guilty.", {"Dev Ostrander"}),
        # "A, Roe's attorney"
        (CHARGED + '"She is innocent," said Dev Ostrander, Quill\'s attorney.', {"Dev Ostrander"}),
        # "the lawyers, A and B," after "Roe's lawyers said"
        (
            CHARGED + "Quill's lawyers said the case was weak. The lawyers, Dev Ostrander and "
            "Lena Pike, asked for a delay.",
            {"Dev Ostrander", "Lena Pike"},
        ),
        # the client's pronoun: "Roe, through his attorney A"
        (
            CHARGED + "Quill, through her attorney Dev Ostrander, denied the charges.",
            {"Dev Ostrander"},
        ),
        (
            CHARGED + "Quill and her lawyers Dev Ostrander and Lena Pike arrived early.",
            {"Dev Ostrander", "Lena Pike"},
        ),
        # a title in the apposition
        (
            CHARGED + "Quill's lawyer, public defender Dev Ostrander, asked for probation.",
            {"Dev Ostrander"},
        ),
        # a firm named between two lawyers
        (
            CHARGED + "Quill's attorneys, Dev Ostrander of Ostrander & Pike and Lena Pike, spoke.",
            {"Dev Ostrander", "Lena Pike"},
        ),
    ],
)
def test_defense_counsel(text: str, lawyers: set[str]) -> None:
    """Counsel named in any of the usual forms defend the charged client."""
    roles = _roles(text)
    found = {
        name for name, role, rep in roles if role == "defense_attorney" and rep == "Marta Quill"
    }
    assert found == lawyers
    assert ("Marta Quill", "defendant", None) in roles


def test_plaintiff_attorney() -> None:
    """Counsel of a plaintiff is a plaintiff's attorney."""
    text = (
        "Mina Carrow sued Dorsey Chemical Inc. in March, alleging fraud. "
        "Carrow's attorney, Rex Tandy, said the company lied."
    )
    assert ("Rex Tandy", "plaintiff_attorney", "Mina Carrow") in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Felix Amsel, a lawyer for Dorsey Chemical Inc., said the company would appeal.",
        "Dorsey Chemical Inc. attorney Felix Amsel said the company would appeal.",
    ],
)
def test_counsel_of_a_company_stays_counsel(text: str) -> None:
    """A company's lawyer is counsel, representing the company."""
    assert ("Felix Amsel", "counsel", "Dorsey Chemical Inc") in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        # a verb between the names, not a kind of lawyer
        # two defendants: whose defense attorney is not said, and not guessed
        CHARGED
        + "Prosecutors also charged Ned Vale with fraud. "
        + "Prosecutor Ada Kerr told defense attorney Dev Ostrander to wait.",
        # a lawyer with no name
        CHARGED + "Quill hired a lawyer.",
    ],
)
def test_no_counsel(text: str) -> None:
    """Sentences with a lawyer but no client relation make no one counsel of Quill."""
    assert not {r for r in _roles(text) if r[2] == "Marta Quill"}


# -- victims -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Ivo Tarrant is accused of killing Pearl Hanlon in 2022.", {"Pearl Hanlon"}),
        (
            "Ivo Tarrant is accused of killing Pearl Hanlon and wounding Sid Rourke.",
            {"Pearl Hanlon", "Sid Rourke"},
        ),
        (
            "The shooting of Pearl Hanlon and Sid Rourke shocked the town.",
            {"Pearl Hanlon", "Sid Rourke"},
        ),
        ("Pearl Hanlon was fatally shot outside a bar.", {"Pearl Hanlon"}),
        ("Pearl Hanlon's death was ruled a homicide.", {"Pearl Hanlon"}),
        ("Pearl Hanlon, 30, was fatally shot on Main Street.", {"Pearl Hanlon"}),
        ("Pearl Hanlon, who was killed in May, was 30.", {"Pearl Hanlon"}),
        ("Ivo Tarrant was charged in the death of Pearl Hanlon.", {"Pearl Hanlon"}),
        # named as the victim
        ("The victim, Pearl Hanlon, 30, died at the scene.", {"Pearl Hanlon"}),
        (
            "Ivo Tarrant must pay restitution to the family of the victim, 30-year-old "
            "Pearl Hanlon.",
            {"Pearl Hanlon"},
        ),
        ("Police identified the victim as Pearl Hanlon, a nurse.", {"Pearl Hanlon"}),
        ("The victim was identified as Pearl Hanlon.", {"Pearl Hanlon"}),
        ("A victim advocate, Pearl Hanlon, spoke for the family.", set()),
        ("The victim's attorney, Pearl Hanlon, spoke.", set()),
        # the agent of the act is no victim
        ("Pearl Hanlon was killed by Ivo Tarrant in May.", {"Pearl Hanlon"}),
        ("Sid Rourke was shot by officer Lena Pike.", {"Sid Rourke"}),
        ("The shooting by Ivo Tarrant left a man dead.", set()),
        # a speaker's words are not the outlet's finding
        ('"He talked about killing Pearl Hanlon," said Sid Rourke.', set()),
    ],
)
def test_victims(text: str, victims: set[str]) -> None:
    """The people killed, shot or wounded are victims; whoever did it is not."""
    assert {name for name, value in _said(text, "role") if value == ("victim", None)} == victims


# -- commentators --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            CHARGED + "Quentin Bale, who is not involved in the case, said the evidence was thin.",
            "Quentin Bale",
        ),
        (
            CHARGED + "Quentin Bale, who does not represent Quill, said the evidence was thin.",
            "Quentin Bale",
        ),
        (
            CHARGED + '"This case is thin," said Quentin Bale, a criminal defense attorney who '
            "is not involved in the case.",
            "Quentin Bale",
        ),
        (CHARGED + "Law professor Quentin Bale said the evidence was thin.", "Quentin Bale"),
        (CHARGED + "Quentin Bale, a legal analyst, said the evidence was thin.", "Quentin Bale"),
        (
            CHARGED + "Personal injury lawyer Quentin Bale said the evidence was thin.",
            "Quentin Bale",
        ),
    ],
)
def test_commentators(text: str, name: str) -> None:
    """Quoted outside experts, and people who say they are not involved, comment."""
    roles = _roles(text)
    assert (name, "commentator", None) in roles
    assert not {r for r in roles if r[0] == name and r[1] != "commentator"}


def test_counsel_quoted_is_no_commentator() -> None:
    """A defense lawyer who represents a party and is quoted is counsel, not a commentator."""
    text = CHARGED + "Quill's attorney, Dev Ostrander, a defense lawyer, said she is innocent."
    roles = _roles(text)
    assert ("Dev Ostrander", "defense_attorney", "Marta Quill") in roles
    assert ("Dev Ostrander", "commentator", None) not in roles


def test_lawyer_with_a_client_is_no_commentator() -> None:
    """A defense lawyer who speaks of "her client" represents someone: no commentator."""
    text = CHARGED + "Defense attorney Dev Ostrander said her client is innocent."
    assert not {r for r in _roles(text) if r[0] == "Dev Ostrander"}


# -- people with no part -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a byline
        ("By Tessa Mulroy\n\nIvo Tarrant was charged with fraud on Monday.", "Tessa Mulroy"),
        # a photo credit
        ("Ivo Tarrant was charged with fraud on Monday.\n\nPhoto by Arlo Deane", "Arlo Deane"),
        # a contributing line
        (
            "Ivo Tarrant was charged with fraud on Monday.\n\n"
            "Reporter Gus Finch contributed to this report.",
            "Gus Finch",
        ),
        # a person named in passing
        (
            "Ivo Tarrant was charged with fraud on Monday. Tarrant once dated singer Pia Lund.",
            "Pia Lund",
        ),
        (
            "Ivo Tarrant was charged with fraud. He once starred in a film by Rene Dacosta.",
            "Rene Dacosta",
        ),
    ],
)
def test_people_with_no_part(text: str, name: str) -> None:
    """Reporters, photographers and people named in passing get no role."""
    assert not {r for r in _roles(text) if r[0] == name}
    assert ("Ivo Tarrant", "defendant", None) in _roles(text)


# -- laws ----------------------------------------------------------------------------------


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    """On any text, the extractor yields claims citing the article exactly."""
    analysis = legalnews.analyze(legalnews.Document.from_article(_article(text)))
    for m in analysis.names:
        assert text[m.start : m.end] == m.text
    for claim in PartiesExtractor()(analysis):
        ev = claim.evidence
        assert text[ev.start : ev.end] == ev.quote


legal_words = st.sampled_from(
    [
        "Ann Lee",
        "Bo Chen's",
        "attorney",
        "attorneys,",
        "represented by",
        "who represents",
        "Judge",
        "former prosecutor",
        "killing",
        "shooting of",
        "and",
        ",",
        "said",
        "52,",
        "the 41-year-old",
        "who is not involved",
        "Acme Inc.",
        "for",
        '"',
        ".",
    ]
)


@given(st.lists(legal_words, max_size=40))
def test_never_raises_on_legal_words(words: list[str]) -> None:
    """On any jumble of the words its rules read, the extractor never raises."""
    text = " ".join(words)
    analysis = legalnews.analyze(legalnews.Document.from_article(_article(text)))
    for claim in PartiesExtractor()(analysis):
        assert text[claim.evidence.start : claim.evidence.end] == claim.evidence.quote


@pytest.mark.parametrize(
    "text",
    ["Mr. " * 700_000, "A " * 10**6, "Judge " * 500_000, "Ann Lee, 41, and " * 180_000],
    ids=["honorifics", "letters", "titles", "people"],
)
def test_hostile_text_completes(text: str) -> None:
    """A 2-3 MB single line of hostile text runs through the whole pipeline."""
    result = legalnews.Pipeline.default().run(_article(text))
    assert not result.problems


def _roles_of(text: str) -> set[tuple[str, str, str | None]]:
    source = legalnews.Source(outlet="Ridge Post", published=datetime.date(2024, 6, 7))
    case = legalnews.build([legalnews.Article(text, source)]).case
    return {
        (
            case.name_of(r.person),
            r.role.value,
            case.name_of(r.represents) if r.represents else None,
        )
        for r in case.roles
    }


def test_a_defense_attorney_of_the_one_defendant_is_counsel_not_commentator() -> None:
    """ "Defense attorney X said Roe would appeal": X defends the article's one defendant."""
    roles = _roles_of(
        "Prosecutors charged Ivo Lark with burglary in May. "
        "Defense attorney Rhea Moss said Lark would plead not guilty."
    )
    assert ("Rhea Moss", "defense_attorney", "Ivo Lark") in roles
    assert not any(name == "Rhea Moss" and role == "commentator" for name, role, _ in roles)


def test_an_uninvolved_defense_attorney_stays_a_commentator() -> None:
    """A defense lawyer who "is not involved in the case" comments; they defend no one."""
    roles = _roles_of(
        "Prosecutors charged Ivo Lark with burglary in May. "
        "Defense attorney Rhea Moss, who is not involved in the case, said the charge was weak."
    )
    assert ("Rhea Moss", "commentator", None) in roles
    assert not any(role == "defense_attorney" for _, role, _ in roles)
