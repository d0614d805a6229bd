"""Rules of the charges extractor, each on sentences of our own about fictional cases.

Every table row is one sentence (or a short article) and what the rule must
read from it; the laws at the end hold for any text at all.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import legalnews as ln
from legalnews._extractors._charges import find_offenses

PUBLISHED = dt.date(2024, 6, 14)  # a Friday


def article(
    text: str, outlet: str = "Valley Courier", published: dt.date = PUBLISHED
) -> ln.Article:
    """An article of ``outlet`` published on ``published``."""
    return ln.Article(text, ln.Source(outlet=outlet, published=published))


def claims(text: str, published: dt.date = PUBLISHED) -> list[ln.SourceClaim]:
    """The charges extractor's claims on ``text``."""
    doc = ln.Document.from_article(article(text, published=published))
    return list(ln.ChargesExtractor()(ln.analyze(doc)))


def charges(text: str) -> set[tuple[str, str]]:
    """(defendant, offense) of every charge the text names."""
    return {
        (c.subject.anchor.name, c.subject.key)
        for c in claims(text)
        if c.subject.kind is ln.SubjectKind.CHARGE and c.subject.anchor is not None
    }


def values(text: str, field: str, kind: ln.SubjectKind = ln.SubjectKind.CHARGE) -> dict:
    """(defendant, key) -> the set of values claimed for ``field``."""
    out: dict[tuple[str, str], set[object]] = {}
    for c in claims(text):
        if c.subject.kind is kind and c.field == field and c.subject.anchor is not None:
            out.setdefault((c.subject.anchor.name, c.subject.key), set()).add(c.value)
    return out


def fields(text: str, field: str) -> list[ln.SourceClaim]:
    """The claims of ``field``."""
    return [c for c in claims(text) if c.field == field]


# -- offenses -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offense"),
    [
        ("Prosecutors charged Marla Quenby with fraud.", "fraud"),
        ("Prosecutors charged Marla Quenby with wire fraud.", "wire fraud"),
        ("Prosecutors charged Marla Quenby with wire-fraud.", "wire fraud"),
        ("Marla Quenby was indicted on obstruction of justice.", "obstruction of justice"),
        ("Marla Quenby was charged with making false statements.", "making false statements"),
        ("Marla Quenby was charged with lying to federal agents.", "making false statements"),
        ("Marla Quenby was indicted on a conspiracy charge.", "conspiracy"),
        (
            "Marla Quenby was charged with conspiracy to commit wire fraud.",
            "conspiracy to commit wire fraud",
        ),
        ("Marla Quenby was charged with first-degree murder.", "first-degree murder"),
        ("Marla Quenby was charged with first degree murder.", "first-degree murder"),
        ("Marla Quenby was charged with second-degree murder.", "second-degree murder"),
        ("Marla Quenby was charged with DUI.", "driving under the influence"),
        ("Marla Quenby was charged with drunk driving.", "driving under the influence"),
        (
            "Marla Quenby was charged with unlawful possession of a firearm.",
            "unlawful possession of a firearm",
        ),
        (
            "Marla Quenby was charged with illegal possession of a firearm.",
            "unlawful possession of a firearm",
        ),
        ("Marla Quenby also faces a gun enhancement.", "firearm enhancement"),
        ("Marla Quenby faces a firearm enhancement penalty.", "firearm enhancement"),
        ("Marla Quenby was charged with money laundering.", "money laundering"),
        ("Marla Quenby was charged with vehicular manslaughter.", "vehicular manslaughter"),
        (
            "Marla Quenby pleaded guilty to leaving the scene of a fatal crash.",
            "hit and run",
        ),
        ("Marla Quenby was charged with hit-and-run.", "hit and run"),
    ],
)
def test_offense_lexicon(text: str, offense: str) -> None:
    """An offense of the lexicon is read under its canonical name, for its defendant."""
    assert charges(text) == {("Marla Quenby", offense)}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("conspiracy to commit murder", ["conspiracy to commit murder"]),
        ("conspiracy to commit arson", ["conspiracy", "arson"]),
        ("a murderer", []),
        ("obstruction of justice and obstruction", ["obstruction of justice", "obstruction"]),
        ("Conspiracy To Defraud The United States", ["conspiracy to defraud the united states"]),
        ("wire  fraud", ["wire fraud"]),
    ],
)
def test_find_offenses_takes_longest_whole_words(text: str, found: list[str]) -> None:
    """The longest lexicon form wins, only at word boundaries, whatever the case or spacing."""
    assert [o.canonical for o in find_offenses(text, 0, ln.DEFAULT_LEXICON)] == found


def test_find_offenses_offsets() -> None:
    """Offenses carry offsets into the text they were found in, shifted by ``offset``."""
    (found,) = find_offenses("charged with arson", 100, ln.DEFAULT_LEXICON)
    assert (found.start, found.end, found.text) == (113, 118, "arson")


def test_extended_lexicon_is_read() -> None:
    """An offense added to a lexicon with ``attrs.evolve`` is found with that lexicon."""
    import attrs

    lex = attrs.evolve(
        ln.DEFAULT_LEXICON,
        offenses={**ln.DEFAULT_LEXICON.offenses, "cattle poaching": "cattle poaching"},
    )
    assert [o.canonical for o in find_offenses("cattle poaching", 0, lex)] == ["cattle poaching"]
    assert find_offenses("cattle poaching", 0, ln.DEFAULT_LEXICON) == []


# -- defendants -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Federal prosecutors filed charges against Tobias Wrenfield, accusing him of "
            "obstruction of justice.",
            {("Tobias Wrenfield", "obstruction of justice")},
        ),
        ("Tobias Wrenfield's fraud charges were dismissed.", {("Tobias Wrenfield", "fraud")}),
        (
            "Tobias Wrenfield's securities fraud case drew a crowd.",
            {("Tobias Wrenfield", "securities fraud")},
        ),
        ("Tobias Wrenfield was charged with arson.", {("Tobias Wrenfield", "arson")}),
        ("Prosecutors charged Tobias Wrenfield with arson.", {("Tobias Wrenfield", "arson")}),
        (
            "Prosecutors charged former chief executive Tobias Wrenfield with bank fraud.",
            {("Tobias Wrenfield", "bank fraud")},
        ),
        (
            "Dexter Holloway and Pia Stromberg were indicted on bribery charges.",
            {("Dexter Holloway", "bribery"), ("Pia Stromberg", "bribery")},
        ),
        (
            "Dexter Holloway, along with Pia Stromberg, was charged with second-degree murder.",
            {
                ("Dexter Holloway", "second-degree murder"),
                ("Pia Stromberg", "second-degree murder"),
            },
        ),
        ("A jury convicted Pia Stromberg of extortion.", {("Pia Stromberg", "extortion")}),
        ("A jury found Pia Stromberg guilty of extortion.", {("Pia Stromberg", "extortion")}),
        (
            "Greta Lindqvist was charged with theft, and Otto Brandt with burglary.",
            {("Greta Lindqvist", "theft"), ("Otto Brandt", "burglary")},
        ),
        (
            "Greta Lindqvist was charged with theft and fraud, while Otto Brandt was charged "
            "with burglary.",
            {
                ("Greta Lindqvist", "theft"),
                ("Greta Lindqvist", "fraud"),
                ("Otto Brandt", "burglary"),
            },
        ),
        (
            "Tobias Wrenfield was arrested on Monday. He was charged with arson.",
            {("Tobias Wrenfield", "arson")},
        ),
        (
            "Special prosecutor Lena Ortiz charged Tobias Wrenfield with arson.",
            {("Tobias Wrenfield", "arson")},
        ),
        (
            "Judge Anya Fenwick dismissed the arson charge against Tobias Wrenfield.",
            {("Tobias Wrenfield", "arson")},
        ),
        (
            "Tobias Wrenfield was charged with murder in the death of Elsa Brandt.",
            {("Tobias Wrenfield", "murder")},
        ),
    ],
)
def test_defendant_forms(text: str, expected: set[tuple[str, str]]) -> None:
    """Each way news names whom a charge is against gives that defendant, and no one else."""
    assert charges(text) == expected


def test_quoted_speaker_names_no_charge() -> None:
    """An offense inside a speaker's long quotation is the speaker's word, not a charge."""
    text = '"Nobody here ever committed fraud of any kind," said Tobias Wrenfield.'
    assert charges(text) == set()


# -- counts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Ivo Kettering was charged with two counts of first-degree murder.", 2),
        ("Ivo Kettering faces 3 counts of DUI.", 3),
        ("Ivo Kettering was indicted on four felony counts of theft.", 4),
        ("Ivo Kettering was indicted on twelve counts of wire fraud.", 12),
        ("Ivo Kettering was charged with one count of perjury.", 1),
    ],
)
def test_counts_in_words_and_digits(text: str, counts: int) -> None:
    """The number before "counts of" is the charge's count, in words or digits."""
    (found,) = values(text, "counts").values()
    assert found == {counts}


def test_a_count_is_not_read_as_a_number() -> None:
    """ "a count of" says nothing about how many counts the charge has."""
    assert values("Ivo Kettering was charged with a count of perjury.", "counts") == {}


# -- filing dates -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "filed"),
    [
        ("Nora Vale was indicted in March on bank fraud charges.", "2024-03"),
        ("Nora Vale was charged last month with embezzlement.", "2024-05"),
        ("Prosecutors charged Nora Vale with wire fraud in January.", "2024-01"),
        ("Nora Vale was formally charged with arson on June 3.", "2024-06-03"),
        (
            "Prosecutors charged former treasurer Nora Vale with embezzlement in February.",
            "2024-02",
        ),
    ],
)
def test_filing_date_attached_to_charging_verb(text: str, filed: str) -> None:
    """The date that goes with "was charged" / "indicted" is the charge's filing date."""
    (found,) = values(text, "filed").values()
    assert {str(d) for d in found} == {filed}


def test_also_charged_takes_the_others_offense_and_date() -> None:
    """ "Y was also charged" after X's dated charge: Y is charged with it, on that date."""
    text = "Greta Lindqvist was charged with theft in January. Otto Brandt was also charged."
    assert {k: {str(v) for v in vs} for k, vs in values(text, "filed").items()} == {
        ("Greta Lindqvist", "theft"): {"2024-01"},
        ("Otto Brandt", "theft"): {"2024-01"},
    }


def test_each_gapped_clause_has_its_own_filing_verb() -> None:
    """In "X was charged in January, while Y was charged", January is X's date only."""
    text = (
        "Greta Lindqvist was charged with theft in January, while Otto Brandt was charged "
        "with burglary."
    )
    assert set(values(text, "filed")) == {("Greta Lindqvist", "theft")}


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether Nora Vale will be charged with arson in July.",
        "Nora Vale was charged again with arson in May.",
    ],
)
def test_no_filing_date_from_hedged_or_repeated_charges(text: str) -> None:
    """A hedged clause or a charge brought "again" gives no filing date."""
    assert values(text, "filed") == {}


# -- statuses ---------------------------------------------------------------------------

ASSERTED, EXPECTED, REPORTED = ln.Modality.ASSERTED, ln.Modality.EXPECTED, ln.Modality.REPORTED


@pytest.mark.parametrize(
    ("text", "status", "date", "modality"),
    [
        (
            "Prosecutors dismissed the embezzlement charge against Nora Vale on Monday.",
            "dismissed",
            "2024-06-10",
            ASSERTED,
        ),
        (
            "The arson charge against Nora Vale was dropped on May 2.",
            "dismissed",
            "2024-05-02",
            ASSERTED,
        ),
        (
            "The arson charge against Nora Vale was withdrawn in April.",
            "dismissed",
            "2024-04",
            ASSERTED,
        ),
        ("Nora Vale's arson charge was tossed on Tuesday.", "dismissed", "2024-06-11", ASSERTED),
        (
            "The arson charge against Nora Vale is set to be dropped on June 20.",
            "dismissed",
            "2024-06-20",
            EXPECTED,
        ),
        (
            "Prosecutors are reportedly dropping the arson charge against Nora Vale.",
            "dismissed",
            None,
            REPORTED,
        ),
        ("A jury convicted Nora Vale of arson on June 3.", "convicted", "2024-06-03", ASSERTED),
        ("Nora Vale was found guilty of arson in April.", "convicted", "2024-04", ASSERTED),
        ("A jury found Nora Vale guilty of arson on June 3.", "convicted", "2024-06-03", ASSERTED),
        ("Nora Vale was acquitted of arson on Friday.", "acquitted", "2024-06-14", ASSERTED),
        ("Nora Vale was found not guilty of arson in April.", "acquitted", "2024-04", ASSERTED),
        (
            "A jury found Nora Vale not guilty of arson on June 3.",
            "acquitted",
            "2024-06-03",
            ASSERTED,
        ),
        ("Nora Vale still faces an arson charge.", "pending", None, ASSERTED),
        ("Nora Vale remains charged with arson.", "pending", None, ASSERTED),
    ],
)
def test_status_with_date_and_modality(
    text: str, status: str, date: str | None, modality: ln.Modality
) -> None:
    """A status verb gives the charge its status, the date attached to the verb, its modality."""
    (found,) = fields(text, "status")
    assert found.value.status == status
    assert (str(found.value.date) if found.value.date else None) == date
    assert found.modality is modality


@pytest.mark.parametrize(
    "text",
    [
        "It is unclear whether the arson charge against Nora Vale will be dismissed.",
        "Legal experts say the arson charge against Nora Vale could be refiled.",
        "If convicted of arson, Nora Vale faces prison.",
        "Nora Vale's lawyers filed a motion to dismiss the arson charge.",
        "Nora Vale's arson charge was downgraded in May.",
    ],
)
def test_hedged_and_motion_clauses_make_no_status(text: str) -> None:
    """Hedges, motions to dismiss and downgrades are no change of a charge's status."""
    assert fields(text, "status") == []


def test_dismissal_of_generic_charges_applies_to_the_named_offenses() -> None:
    """ "The charges were dropped" applies to the offenses the article names for her."""
    text = (
        "Nora Vale was charged with arson and burglary in March. "
        "On Tuesday, prosecutors dropped the charges against her."
    )
    assert {k for k, v in values(text, "status").items() if v} == {
        ("Nora Vale", "arson"),
        ("Nora Vale", "burglary"),
    }


def test_downgraded_penalties_dismiss_the_enhancement() -> None:
    """Downgrading the penalties removes the enhancement, not the underlying charge."""
    text = (
        "Nora Vale was charged with manslaughter and a firearm enhancement. "
        "Prosecutors downgraded the penalties against her in February."
    )
    found = values(text, "status")
    assert set(found) == {("Nora Vale", "firearm enhancement")}
    (transition,) = found[("Nora Vale", "firearm enhancement")]
    assert (transition.status, str(transition.date)) == ("dismissed", "2024-02")


def test_dropped_enhancement_leaves_the_charge() -> None:
    """ "The enhancement was dropped" dismisses the enhancement only."""
    text = (
        "Nora Vale was charged with manslaughter and a firearm enhancement. "
        "The enhancement was dropped in February."
    )
    assert set(values(text, "status")) == {("Nora Vale", "firearm enhancement")}


# -- pleas and prejudice ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "plea"),
    [
        ("Nora Vale pleaded not guilty to arson.", ln.Plea.NOT_GUILTY),
        ("Nora Vale pleaded innocent to arson.", ln.Plea.NOT_GUILTY),
        ("Nora Vale entered a plea of not guilty to arson.", ln.Plea.NOT_GUILTY),
        ("Nora Vale pleaded guilty to arson in May.", ln.Plea.GUILTY),
        ("Nora Vale pled guilty to arson.", ln.Plea.GUILTY),
        ("Nora Vale pleaded no contest to a charge of reckless endangerment.", ln.Plea.NO_CONTEST),
    ],
)
def test_pleas(text: str, plea: ln.Plea) -> None:
    """A plea verb gives every charge it names that plea."""
    (found,) = values(text, "plea").values()
    assert found == {plea}


def test_both_pleaded_after_two_defendants() -> None:
    """ "Both pleaded not guilty" gives the plea to both defendants of the sentence before."""
    text = "Nora Vale and Kurt Imhoff were charged with burglary. Both pleaded not guilty."
    assert values(text, "plea") == {
        ("Nora Vale", "burglary"): {ln.Plea.NOT_GUILTY},
        ("Kurt Imhoff", "burglary"): {ln.Plea.NOT_GUILTY},
    }


@pytest.mark.parametrize(
    ("text", "with_prejudice"),
    [
        ("The judge dismissed the burglary charge against Kurt Imhoff with prejudice.", True),
        ("The burglary charge against Kurt Imhoff was dismissed without prejudice.", False),
    ],
)
def test_prejudice(text: str, with_prejudice: bool) -> None:
    """ "With prejudice" and "without prejudice" say whether a dismissal is final."""
    assert values(text, "with_prejudice") == {("Kurt Imhoff", "burglary"): {with_prejudice}}


# -- penalties and sentences ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "field", "offense", "term"),
    [
        (
            "Kurt Imhoff faces a mandatory minimum of 10 years in prison for kidnapping.",
            "penalty_min",
            "kidnapping",
            "P10Y",
        ),
        (
            "Kurt Imhoff faces up to 20 years in prison if convicted of wire fraud.",
            "penalty_max",
            "wire fraud",
            "P20Y",
        ),
        (
            "Kurt Imhoff was charged with perjury, which carries a maximum of 18 months.",
            "penalty_max",
            "perjury",
            "P18M",
        ),
        (
            "Kurt Imhoff was charged with arson, which carries a five-year minimum sentence.",
            "penalty_min",
            "arson",
            "P5Y",
        ),
    ],
)
def test_penalty_bounds(text: str, field: str, offense: str, term: str) -> None:
    """A minimum or maximum term goes with the offense it is written with."""
    found = values(text, field)
    assert {k: {str(v) for v in vs} for k, vs in found.items()} == {
        ("Kurt Imhoff", offense): {term}
    }


def test_possible_punishment_is_no_sentence() -> None:
    """What a charge carries is a penalty bound, never a sentence imposed."""
    text = "Kurt Imhoff faces up to 20 years in prison if convicted of wire fraud."
    assert [c for c in claims(text) if c.subject.kind is ln.SubjectKind.SENTENCE] == []


@pytest.mark.parametrize(
    ("text", "kind", "term", "suspended", "date"),
    [
        (
            "Kurt Imhoff was sentenced to five years in prison on Tuesday for wire fraud.",
            "prison",
            "P5Y",
            None,
            "2024-06-11",
        ),
        (
            "Kurt Imhoff received a suspended sentence of 18 months of probation for theft.",
            "probation",
            "P18M",
            True,
            None,
        ),
        (
            "In May, Kurt Imhoff was sentenced to six years in state prison.",
            "prison",
            "P6Y",
            None,
            "2024-05",
        ),
        (
            "In May, Kurt Imhoff was sentenced to 30 days in the county jail.",
            "jail",
            "P30D",
            None,
            "2024-05",
        ),
        (
            "In May, Kurt Imhoff was sentenced to six months in jail.",
            "jail",
            "P6M",
            None,
            "2024-05",
        ),
        (
            "On Tuesday, a judge ordered Kurt Imhoff to pay a $2 million fine for tax evasion.",
            "fine",
            None,
            None,
            "2024-06-11",
        ),
        (
            "Kurt Imhoff was fined $5,000 in May for disorderly conduct.",
            "fine",
            None,
            None,
            "2024-05",
        ),
    ],
)
def test_sentences_imposed(
    text: str, kind: str, term: str | None, suspended: bool | None, date: str | None
) -> None:
    """A sentence imposed gives its kind, term, suspension and date."""
    got = {
        c.field: str(c.value) if c.field in ("term", "date") else c.value
        for c in claims(text)
        if c.subject.kind is ln.SubjectKind.SENTENCE
    }
    assert {c.subject.key for c in claims(text) if c.subject.kind is ln.SubjectKind.SENTENCE} == {
        kind
    }
    assert got.get("term") == term
    assert got.get("suspended") == suspended
    assert got.get("date") == date


def test_sentence_date_is_the_sentencing_verbs() -> None:
    """A sentence is dated by the date of "sentenced", not an earlier date in the sentence."""
    text = (
        "Kurt Imhoff, who was charged in January 2023, was sentenced on Tuesday to five "
        "years in prison."
    )
    (date,) = [c.value for c in claims(text) if c.field == "date"]
    assert str(date) == "2024-06-11"


# -- resolution: several outlets --------------------------------------------------------


def test_disagreeing_filing_month_is_one_conflict_naming_outlets() -> None:
    """Three outlets, one with another filing month: one charge.filed conflict, outlets kept."""
    texts = {
        "Valley Courier": "Ivo Kettering was charged with wire fraud in January.",
        "Harbor Ledger": "Prosecutors charged Ivo Kettering with wire fraud in January.",
        "Ridge Daily": "Ivo Kettering was indicted on wire fraud charges in March.",
    }
    result = ln.build([article(t, outlet=o) for o, t in texts.items()])
    (charge,) = result.case.charges
    assert (charge.offense, str(charge.filed)) == ("wire fraud", "2024-01")
    (conflict,) = [c for c in result.case.conflicts if c.field == "charge.filed"]
    assert conflict.subject == charge.id
    by_id = {c.id: c for c in result.case.claims}
    sides = {
        str(candidate.value): {by_id[i].outlet for i in candidate.claims}
        for candidate in conflict.candidates
    }
    assert sides == {"2024-01": {"Valley Courier", "Harbor Ledger"}, "2024-03": {"Ridge Daily"}}


def test_status_history_is_a_history_not_a_conflict() -> None:
    """ "Set to be dropped" then "dismissed" is a dated history ending in the dismissal."""
    first = article(
        "The arson charge against Nora Vale is set to be dropped, prosecutors said.",
        published=dt.date(2024, 6, 13),
    )
    second = article(
        "Prosecutors dismissed the arson charge against Nora Vale on Friday.",
        outlet="Harbor Ledger",
    )
    (charge,) = ln.build([first, second]).case.charges
    assert charge.status is ln.ChargeStatus.DISMISSED
    assert str(charge.status_date) == "2024-06-14"
    assert [s.modality for s in charge.history] == [EXPECTED, ASSERTED]


def test_every_charged_defendant_has_a_criminal_proceeding() -> None:
    """Resolution gives each charged defendant a criminal proceeding with the charges' status."""
    text = (
        "Nora Vale and Kurt Imhoff were charged with burglary in March. "
        "On June 3, prosecutors dropped the charges against Kurt Imhoff."
    )
    case = ln.build([article(text)]).case
    kinds = {(p.kind, p.status) for p in case.proceedings}
    assert kinds == {
        (ln.ProceedingKind.CRIMINAL, ln.ProceedingStatus.PENDING),
        (ln.ProceedingKind.CRIMINAL, ln.ProceedingStatus.DISMISSED),
    }


# -- laws -------------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        "Nora Vale",
        "Kurt Imhoff's",
        "was charged with",
        "fraud",
        "two counts of",
        "arson",
        "pleaded not guilty",
        "in March",
        "on Tuesday",
        "dismissed",
        "with prejudice",
        "up to 20 years",
        "sentenced to five years in prison",
        "$2 million fine",
        ", and",
        "along with",
        "Both",
        '"',
        ".",
        "'s",
        "found guilty",
        "set to be dropped",
        "—",
        "against",
        "indicted",
        "firearm enhancement",
        "last month",
        "a suspended sentence of",
    ]
)
legalish = st.lists(_FRAGMENTS, max_size=40).map(" ".join)


@given(st.one_of(st.text(), legalish))
def test_never_raises_and_quotes_are_exact(text: str) -> None:
    """On any text the extractor returns claims whose quotes stand at their offsets."""
    for c in claims(text):
        assert text[c.evidence.start : c.evidence.end] == c.evidence.quote


def test_hostile_long_line_completes() -> None:
    """A 3 MB line of repeated charge phrases runs through the whole pipeline."""
    text = "charged with fraud " * 150000
    result = ln.Pipeline.default().run(article(text))
    assert all(c.evidence.found_in(text) for c in result.claims)


def _one_case(text: str) -> ln.Case:
    source = ln.Source(outlet="Valley Courier", published=dt.date(2024, 3, 15))
    return ln.build([ln.Article(text, source)]).case


def test_a_possessive_before_the_verb_is_not_its_subject() -> None:
    """ "Lee, Roe's former aide, was sentenced" sentences Lee, not Roe."""
    case = _one_case(
        "Prosecutors charged Dana Roe with fraud in March. "
        "Kit Lee, Roe's former aide, was sentenced last month to two years in prison."
    )
    assert [case.name_of(s.defendant) for s in case.sentences] == ["Kit Lee"]


def test_a_guilty_plea_convicts_on_the_plea_date() -> None:
    """ "pleaded guilty in January" makes the charge convicted, dated January."""
    case = _one_case("Omar Pike pleaded guilty in January to wire fraud.")
    (charge,) = case.charges
    assert (charge.status, str(charge.status_date)) == (
        ln.ChargeStatus.CONVICTED,
        "2024-01",
    )


def test_an_expected_guilty_plea_convicts_no_one() -> None:
    """ "is expected to plead guilty" leaves the charge pending."""
    case = _one_case(
        "Prosecutors charged Omar Pike with wire fraud in February. "
        "Pike is expected to plead guilty to wire fraud."
    )
    assert [c.status for c in case.charges] == [ln.ChargeStatus.PENDING]
    assert {c.modality for c in case.claims if c.field == "status"} <= {ln.Modality.EXPECTED}


def test_a_plea_date_is_not_the_sentence_date() -> None:
    """In "pleaded guilty in January and was sentenced to", January is the plea's date only."""
    case = _one_case(
        "Omar Pike pleaded guilty in January to wire fraud "
        "and was sentenced to 18 months in prison."
    )
    (sentence,) = case.sentences
    assert sentence.date is None
    assert sentence.term == ln.Duration(months=18)


def test_each_offense_takes_the_status_verb_written_with_it() -> None:
    """ "acquitted of A but convicted of B" acquits A and convicts B."""
    case = _one_case(
        "A jury on Tuesday acquitted Nell Varga of arson but convicted her of insurance fraud."
    )
    got = {c.offense: c.status for c in case.charges}
    assert got == {
        "arson": ln.ChargeStatus.ACQUITTED,
        "insurance fraud": ln.ChargeStatus.CONVICTED,
    }
