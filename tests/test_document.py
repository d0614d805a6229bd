"""Documents: sentence splitting, boilerplate marking, quotations and their speakers."""

from __future__ import annotations

import pathlib
from collections.abc import Iterator, Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legalnews import Article, PluginError
from legalnews._document import (
    CLEANERS,
    DEFAULT_CLEANERS,
    PROMPT_PHRASES,
    Document,
    Paragraph,
    PhraseRule,
)
from legalnews._reading import read_articles

ARTICLES = pathlib.Path(__file__).parent.parent / "examples" / "rust" / "articles"


def _doc(text: str) -> Document:
    return Document.from_article(Article(text))


# -- sentences ---------------------------------------------------------------------------

SPLIT_CASES = [
    pytest.param(
        "Judge Ana Ortiz set bail at $5,000. The hearing ended.",
        ["Judge Ana Ortiz set bail at $5,000.", "The hearing ended."],
        id="simple",
    ),
    pytest.param(
        "The hearing is set for Oct. 14 in Tulsa. It may move.",
        ["The hearing is set for Oct. 14 in Tulsa.", "It may move."],
        id="month",
    ),
    pytest.param(
        "Mr. Dale Pruitt appeared with Dr. Ivy Chen. Both declined comment.",
        ["Mr. Dale Pruitt appeared with Dr. Ivy Chen.", "Both declined comment."],
        id="titles",
    ),
    pytest.param(
        "TAOS, N.M. — A grand jury indicted rancher Cole Vance. He pleaded not guilty.",
        ["TAOS, N.M. — A grand jury indicted rancher Cole Vance.", "He pleaded not guilty."],
        id="dateline",
    ),
    pytest.param(
        "Attorney Mara J. Whitfield filed the motion. A ruling is due.",
        ["Attorney Mara J. Whitfield filed the motion.", "A ruling is due."],
        id="initial",
    ),
    pytest.param(
        "The case is State v. Harlan Brooks. It opens Monday.",
        ["The case is State v. Harlan Brooks.", "It opens Monday."],
        id="versus",
    ),
    pytest.param(
        "Sen. Ruth Ames and Gov. Paul Dorn spoke. Lt. Sam Reyes of Sacramento, Calif. did not.",
        [
            "Sen. Ruth Ames and Gov. Paul Dorn spoke.",
            "Lt. Sam Reyes of Sacramento, Calif. did not.",
        ],
        id="ranks-and-states",
    ),
    pytest.param(
        "The U.S. Attorney declined. No. 4 was dismissed.",
        ["The U.S. Attorney declined.", "No. 4 was dismissed."],
        id="initials-and-number",
    ),
    pytest.param(
        '"We are not done," Lee said. "Not at all."',
        ['"We are not done," Lee said.', '"Not at all."'],
        id="straight-quotes",
    ),
    pytest.param(
        "“It is over.” The jury left.",
        ["“It is over.”", "The jury left."],
        id="curly-quote-ends-sentence",
    ),
    pytest.param(
        'She asked, "Why now?" and left. The clerk stayed.',
        ['She asked, "Why now?" and left.', "The clerk stayed."],
        id="question-inside-sentence",
    ),
    pytest.param(
        "He paused... Then he spoke. The fine was 2.5 million dollars.",
        ["He paused...", "Then he spoke.", "The fine was 2.5 million dollars."],
        id="ellipsis-and-decimal",
    ),
    pytest.param(
        "A short heading\n\nThe court met.\n\n\n  Then it rose",
        ["A short heading", "The court met.", "Then it rose"],
        id="blank-lines-end-sentences",
    ),
    pytest.param(
        "The county judge denied the\nmotion on Friday. The defense\nwill appeal the ruling.",
        ["The county judge denied the\nmotion on Friday.", "The defense\nwill appeal the ruling."],
        id="hard-wrapped",
    ),
    pytest.param(
        "Rancher Cole Vance was indicted.\nHe pleaded not guilty.\nVance at the courthouse\n"
        "His lawyer spoke.",
        [
            "Rancher Cole Vance was indicted.",
            "He pleaded not guilty.",
            "Vance at the courthouse",
            "His lawyer spoke.",
        ],
        id="one-paragraph-per-line",
    ),
    pytest.param("", [], id="empty"),
    pytest.param(" \n\n\t", [], id="blank"),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    """Sentences split at real ends only, with text equal to the article's slice."""
    doc = _doc(text)
    assert [s.text for s in doc.sentences] == expected
    for i, s in enumerate(doc.sentences):
        assert s.index == i
        assert text[s.start : s.end] == s.text


# -- boilerplate ---------------------------------------------------------------------------

N = None

BOILERPLATE_CASES = [
    pytest.param(
        "This website was automatically translated. For more information, click here.\n\n"
        "The court met on Monday.",
        ["banner", "banner", N],
        id="banner-english",
    ),
    pytest.param(
        "Este sitio web fue traducido automáticamente. Para más información, haz clic.\n\n"
        "The court met on Monday.",
        ["banner", "banner", N],
        id="banner-spanish",
    ),
    pytest.param(
        "Ce site web a été traduit automatiquement.\n\nThe jury returned at noon.",
        ["banner", N],
        id="banner-french",
    ),
    pytest.param(
        "The trial opened Monday.\n\nJudge Ortiz at the bench\n\n"
        "Judge Lena Ortiz listens to testimony in Tulsa. (AP Photo/Sam Rivera)\n\n"
        "The defense rested.",
        [N, "caption", "caption", "credit", N],
        id="caption-heading-and-credit",
    ),
    pytest.param(
        "The trial opened Monday.\n\nRancher Cole Vance is seen outside court.\n\n"
        "Vance left the courthouse on Friday. (Getty Images)\n\nThe defense rested.",
        [N, "caption", "caption", "credit", N],
        id="caption-heading-with-period",
    ),
    pytest.param(
        "The trial opened Monday.\n\nJudge Lena Ortiz listens to testimony.\n\n"
        "(Getty Images)\n\nThe defense rested.",
        [N, "caption", "credit", N],
        id="standalone-credit",
    ),
    pytest.param(
        "Jurors heard three days of testimony from ranch hands before the defense rested.\n\n"
        "Judge Lena Ortiz at the bench. (Kim Lau for The Ledger)",
        [N, "caption", "credit"],
        id="long-sentence-before-caption-stays",
    ),
    pytest.param(
        "A photo released by the county shows rancher Cole Vance in court.\n\n"
        "Vance was indicted in May.",
        ["caption", N],
        id="caption-opener",
    ),
    pytest.param(
        "The hearing was delayed.\n\nCLICK HERE TO GET THE DAILY BRIEFING\n\nIt resumes Friday.",
        [N, "prompt", N],
        id="click-here",
    ),
    pytest.param(
        "The hearing was delayed.\n\nSign up for our courts newsletter\n\nIt resumes Friday.",
        [N, "prompt", N],
        id="sign-up",
    ),
    pytest.param(
        "The hearing was delayed.\n\n"
        "JURY CLEARS FORMER MAYOR IN BRIBERY TRIAL AFTER TWO DAYS\n\nIt resumes Friday.",
        [N, "teaser", N],
        id="teaser",
    ),
    pytest.param(
        "By Jane Holloway and Omar Reyes\n\nThe hearing was delayed.",
        ["byline", N],
        id="byline",
    ),
    pytest.param(
        "The hearing was delayed.\n\nTimes Staff Writer Omar Reyes contributed to this report",
        [N, "byline"],
        id="staff-writer",
    ),
    pytest.param(
        "The hearing was delayed.\n\nContributing: Jane Holloway, The Ledger; Omar Reyes",
        [N, "contributing"],
        id="contributing",
    ),
    pytest.param(
        "The hearing was delayed.\n\nThe Associated Press contributed to this report.",
        [N, "contributing"],
        id="contributed",
    ),
    pytest.param(
        "The hearing was delayed.\n\nAdvertisement\n\nIt resumes Friday.",
        [N, "advertisement", N],
        id="advertisement",
    ),
    pytest.param(
        "The hearing was delayed. This is a developing story.",
        [N, "developing"],
        id="developing",
    ),
    pytest.param(
        "The hearing was delayed.\n\nWhat comes next for the Vance case\n\nIt resumes Friday.",
        [N, "heading", N],
        id="heading",
    ),
    pytest.param("The jury convicted Cole Vance.", [N], id="one-sentence"),
    pytest.param("Jury convicts Cole Vance", [N], id="one-line-without-period"),
    pytest.param(
        "Prosecutors dropped the case.\n\nThe judge agreed.", [N, N], id="short-paragraphs"
    ),
    pytest.param(
        "By the time deputies arrived, Vance had left.\n\nHe was arrested later.",
        [N, N],
        id="by-is-not-byline",
    ),
    pytest.param(
        "Update: The court has rescheduled the hearing.\n\nIt resumes Friday.",
        [N, N],
        id="update",
    ),
    pytest.param(
        "The FBI and the DEA joined the NYPD inquiry into Cole Vance.\n\nHe denies it.",
        [N, N],
        id="acronyms",
    ),
    pytest.param(
        "The deputy acted lawfully (a view the family rejects).\n\nThe advertisement ran.",
        [N, N],
        id="parenthesis-and-word-advertisement",
    ),
    pytest.param(
        "Jurors were told to click here and there on the exhibit screen.\n\nThey did.",
        [N, N],
        id="click-here-mid-sentence",
    ),
    pytest.param(
        "Vance said:\n\n“I did nothing wrong.”",
        [N, N],
        id="colon-line",
    ),
]


@pytest.mark.parametrize(("text", "reasons"), BOILERPLATE_CASES)
def test_boilerplate(text: str, reasons: list[str | None]) -> None:
    """Each sentence gets the expected boilerplate reason, and content gets none."""
    assert [s.boilerplate for s in _doc(text).sentences] == reasons


SEED_BOILERPLATE: dict[str, dict[int, str]] = {
    # paragraph index -> reason; "caption/credit" is a caption ending in a credit
    "000_6a7d984eb2d6a15c.txt": {
        0: "banner",
        5: "teaser",
        9: "caption",
        10: "caption/credit",
        11: "teaser",
        14: "caption",
        15: "caption/credit",
        16: "caption",
        17: "caption/credit",
        23: "caption",
        24: "caption/credit",
        28: "caption",
        29: "caption/credit",
        30: "teaser",
        34: "prompt",
        37: "caption",
        38: "caption/credit",
        39: "caption",
        40: "caption/credit",
        44: "caption",
        45: "caption/credit",
        49: "caption",
        50: "caption/credit",
        51: "caption",
        52: "caption/credit",
        53: "caption",
        54: "caption/credit",
        59: "caption",
        60: "caption/credit",
        61: "prompt",
    },
    "001_f98ed306f6c64857.txt": {10: "heading", 18: "heading", 23: "caption", 26: "contributing"},
    "002_a7ad586d7b887279.txt": {},
    "003_3314845276e3f431.txt": {},
    "004_cd8569c1e1017ad5.txt": {0: "caption", 4: "advertisement", 14: "developing", 15: "byline"},
}


def test_example_articles_boilerplate_is_marked_and_content_is_not() -> None:
    """In the shipped Rust articles, all noise is marked and no content sentence is."""
    result = read_articles([ARTICLES])
    assert result.problems == ()
    assert len(result.articles) == len(SEED_BOILERPLATE)
    for article in result.articles:
        expected = SEED_BOILERPLATE[pathlib.Path(article.source.path or "").name]
        doc = Document.from_article(article)
        for s in doc.sentences:
            reason = expected.get(s.paragraph)
            where = (article.source.path, s.paragraph, s.text)
            if reason is None:
                assert s.boilerplate is None, where
            elif reason == "caption/credit":
                last = (
                    s is doc.sentences[-1] or doc.sentences[s.index + 1].paragraph != s.paragraph
                )
                assert s.boilerplate == ("credit" if last else "caption"), where
            else:
                assert s.boilerplate == reason, where


# -- cleaners ------------------------------------------------------------------------------


def _mark_short(paragraphs: Sequence[Paragraph]) -> Iterator[tuple[int, str]]:
    for p in paragraphs:
        for s in p.sentences:
            if len(s.text) < 12:
                yield s.index, "short"


@pytest.mark.parametrize(
    ("cleaners", "reasons"),
    [
        pytest.param((), [N, N, N], id="none"),
        pytest.param(DEFAULT_CLEANERS, [N, "prompt", N], id="default"),
        pytest.param(["teaser"], [N, "teaser", N], id="by-name"),
        pytest.param([_mark_short], [N, N, "short"], id="callable"),
        pytest.param([_mark_short, "prompt"], [N, "prompt", "short"], id="both-run"),
        pytest.param(
            [PhraseRule("prompt", starts=(*PROMPT_PHRASES, "the vance trial"))],
            ["prompt", "prompt", N],
            id="extended-table",
        ),
    ],
)
def test_cleaners_are_injectable(cleaners: Sequence[object], reasons: list[str | None]) -> None:
    """Cleaners are chosen by name or object, run in order, and their tables extend."""
    text = "The Vance trial resumed.\n\nCLICK HERE FOR MORE COURT NEWS\n\nHe left."
    doc = Document.from_article(Article(text), cleaners=cleaners)  # type: ignore[arg-type]
    assert [s.boilerplate for s in doc.sentences] == reasons


def test_first_cleaner_to_mark_a_sentence_wins() -> None:
    """When two rules mark one sentence, the earlier rule's reason is kept."""
    text = "The trial resumed.\n\nCLICK HERE FOR MORE COURT NEWS"
    doc = Document.from_article(Article(text), cleaners=["teaser", "prompt"])
    assert doc.sentences[1].boilerplate == "teaser"
    assert "prompt" in CLEANERS


@pytest.mark.parametrize(
    "cleaners",
    [
        pytest.param(["no-such-rule"], id="unknown-name"),
        pytest.param([lambda paragraphs: [(99, "bad")]], id="bad-index"),
    ],
)
def test_bad_cleaners_raise_plugin_error(cleaners: Sequence[object]) -> None:
    """An unknown cleaner name, or a cleaner marking a missing sentence, is a PluginError."""
    with pytest.raises(PluginError):
        Document.from_article(Article("The trial resumed."), cleaners=cleaners)  # type: ignore[arg-type]


# -- quotations ----------------------------------------------------------------------------

QUOTE_CASES = [
    pytest.param(
        '"We will appeal," defense attorney Rosa Calder said.',
        [("We will appeal,", "Rosa Calder")],
        id="name-said",
    ),
    pytest.param(
        '"The evidence was thin," said Omar Reyes, a former prosecutor.',
        [("The evidence was thin,", "Omar Reyes")],
        id="said-name",
    ),
    pytest.param(
        "“We expect a full acquittal,” said the lawyers, Nina Park and Theo Grant.",
        [("We expect a full acquittal,", "Nina Park and Theo Grant")],
        id="said-the-lawyers-names",
    ),
    pytest.param(
        "“We expect a full acquittal,” Nina Park and Theo Grant, the lawyers for Vance, said.",
        [("We expect a full acquittal,", "Nina Park and Theo Grant")],
        id="names-apposition-said",
    ),
    pytest.param(
        '"It was a fair trial," Sheriff Dale Morrow told the Ledger on Monday.',
        [("It was a fair trial,", "Sheriff Dale Morrow")],
        id="told",
    ),
    pytest.param(
        '"The deal is dead," according to Ada Lin, a county clerk.',
        [("The deal is dead,", "Ada Lin")],
        id="according-to",
    ),
    pytest.param(
        'Juror Beth Soto says "nobody believed him."',
        [("nobody believed him.", "Juror Beth Soto")],
        id="says-before",
    ),
    pytest.param(
        'Judge Lena Ortiz said: "This court is adjourned."',
        [("This court is adjourned.", "Judge Lena Ortiz")],
        id="said-colon",
    ),
    pytest.param(
        'Special prosecutor Ian Blake called the verdict "a miscarriage of justice."',
        [("a miscarriage of justice.", "Ian Blake")],
        id="called",
    ),
    pytest.param(
        '"We are relieved," Calder said. "The family can rest now."',
        [("We are relieved,", "Calder"), ("The family can rest now.", "Calder")],
        id="same-paragraph",
    ),
    pytest.param(
        '"We are relieved," Calder said in a statement.\n\n'
        '"The family can rest now," the statement continued.',
        [("We are relieved,", "Calder"), ("The family can rest now,", "Calder")],
        id="statement-continued",
    ),
    pytest.param(
        '"We will appeal," Calder said.\n\nThe judge left the room.\n\n'
        '"This is not over," she added.',
        [("We will appeal,", "Calder"), ("This is not over,", "Calder")],
        id="pronoun-added",
    ),
    pytest.param(
        '"We disagree with the verdict," Calder told reporters.\n\n'
        '"We will file an appeal within days."',
        [
            ("We disagree with the verdict,", "Calder"),
            ("We will file an appeal within days.", "Calder"),
        ],
        id="quote-paragraph-continues",
    ),
    pytest.param(
        '"The first thing we will do is review the record.\n\n"Then we decide," Calder said.',
        [
            ("The first thing we will do is review the record.", "Calder"),
            ("Then we decide,", "Calder"),
        ],
        id="unclosed-quote-paragraph",
    ),
    pytest.param(
        '"The case is closed." Blake said.',
        [("The case is closed.", "Blake")],
        id="attribution-in-next-sentence",
    ),
    pytest.param(
        'Calder told the Ledger: "We are ready."',
        [("We are ready.", "Calder")],
        id="told-colon",
    ),
    pytest.param(
        'Neighbors gathered outside.\n\n"It is a sad day," he said.',
        [("It is a sad day,", None)],
        id="pronoun-unresolved",
    ),
    pytest.param(
        'The film "Dry Creek" was shot on the ranch, Calder said.',
        [("Dry Creek", None)],
        id="title-is-not-speech",
    ),
    pytest.param(
        'The so-called "hush fund" was never found.',
        [("hush fund", None)],
        id="scare-quote",
    ),
    pytest.param(
        'Prosecutors called the plea deal "fair and final" in court filings.',
        [("fair and final", "Prosecutors")],
        id="plural-subject",
    ),
    pytest.param('He said "" and left.', [], id="empty-quote"),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_CASES)
def test_quotations_and_speakers(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Quoted passages are found, and attributed when the text says who spoke."""
    doc = _doc(text)
    assert [(q.text, q.speaker) for q in doc.quotations] == expected
    for q in doc.quotations:
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert q.speaker_start is not None
            assert q.speaker_end is not None
            assert text[q.speaker_start : q.speaker_end] == q.speaker


# -- lookups -------------------------------------------------------------------------------


def test_lookups_by_offset() -> None:
    """sentence_at and quotation_at find what covers an offset, and None in between."""
    text = 'CLICK HERE NOW\n\nVance left. "I am done," he said.'
    doc = _doc(text)
    assert [s.text for s in doc.content_sentences] == ["Vance left.", '"I am done," he said.']
    assert doc.text == text
    done = text.index("done")
    sentence = doc.sentence_at(done)
    assert sentence is not None
    assert sentence.text.startswith('"I am')
    assert doc.sentence_at(text.index("\n")) is None
    assert doc.sentence_at(len(text) + 5) is None
    quotation = doc.quotation_at(done)
    assert quotation is not None
    assert quotation.text == "I am done,"
    assert doc.quotation_at(text.index("Vance")) is None
    assert doc.quotation_at(text.index("he said")) is None


# -- properties ----------------------------------------------------------------------------

NEWSY = st.lists(
    st.sampled_from(
        [*"aAbBmMrRsSvV .,;:!?…\"“”„«»'’()—-\n\t", "Mr.", "N.M.", " J. ", "said", "CLICK HERE"]
    ),
    max_size=80,
).map("".join)


@given(text=st.one_of(NEWSY, st.text(max_size=200)))
def test_sentences_tile_the_text(text: str) -> None:
    """Sentences are ordered, do not overlap, equal their slices, and cover all non-space."""
    doc = _doc(text)
    covered = [False] * len(text)
    last_end = 0
    for i, s in enumerate(doc.sentences):
        assert s.index == i
        assert last_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        covered[s.start : s.end] = [True] * (s.end - s.start)
        last_end = s.end
    assert all(c or text[k].isspace() for k, c in enumerate(covered))


@given(text=st.one_of(NEWSY, st.text(max_size=200)))
def test_quotations_equal_their_slices(text: str) -> None:
    """Every quotation and speaker equals the article slice at its offsets, in order."""
    doc = _doc(text)
    last_end = 0
    for q in doc.quotations:
        assert last_end <= q.start < q.end
        assert text[q.start : q.end] == q.text
        assert doc.quotation_at(q.start) == q
        if q.speaker is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker
        last_end = q.end


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a. " * 10**6, id="periods"),
        pytest.param('"' * 3 * 10**6, id="quotes"),
        pytest.param("Mr. " * 700_000, id="abbreviations"),
        pytest.param('"a," ' * 100_000, id="many-quotations"),
        pytest.param("“" * 10**6 + "”" * 10**6, id="curly"),
    ],
)
def test_hostile_text_is_linear(text: str) -> None:
    """A 3 MB single line of hostile text is prepared in seconds (no timing asserted)."""
    doc = _doc(text)
    assert all(s.end <= len(text) for s in doc.sentences)


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        pytest.param("Roe was charged with fraud and " * 400, True, id="words"),
        pytest.param(
            "Short one. " + "word " * 1_000 + "end. Another short one.", True, id="mixed"
        ),
        pytest.param("x" * 5_000 + " and then " + "y" * 3_000, False, id="no-spaces"),
    ],
)
def test_a_run_without_a_break_is_read_in_bounded_pieces(text: str, spaced: bool) -> None:
    """No sentence is longer than 2,000 characters; pieces end at spaces where there are any."""
    doc = _doc(text)
    assert all(len(s.text) <= 2_000 for s in doc.sentences)
    assert all(text[s.start : s.end] == s.text == s.text.strip() for s in doc.sentences)
    # every non-space character is in exactly one sentence, in order
    assert "".join(s.text for s in doc.sentences).replace(" ", "") == text.replace(" ", "")
    if spaced:  # cut between words, never inside one
        assert {w for s in doc.sentences for w in s.text.split()} <= set(text.split())
    else:  # a hard cut at the bound
        assert len(doc.sentences[0].text) == 2_000


def test_a_sentence_under_the_bound_is_left_whole() -> None:
    text = "Roe was charged with fraud and " * 60 + "theft."
    (sentence,) = _doc(text).sentences
    assert sentence.text == text.strip()
