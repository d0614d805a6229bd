"""Every vocabulary a rule reads is a lexicon table a user can change.

Each test shows a rule reading a table: the default lexicon gives one result,
a lexicon with a word added or taken away (made with ``attrs.evolve``) gives
another. The sentences are invented.
"""

from __future__ import annotations

import datetime

import attrs

import legalnews as ln
from legalnews._extractors._charges import _excluded

_SOURCE = ln.Source(outlet="Fictional Ledger", published=datetime.date(2024, 6, 3))
_DEFAULT = ln.DEFAULT_LEXICON


def _analysis(text: str, lexicon: ln.Lexicon = _DEFAULT) -> ln.Analysis:
    return ln.analyze(ln.Document.from_article(ln.Article(text, _SOURCE)), lexicon=lexicon)


def _claims(text: str, lexicon: ln.Lexicon = _DEFAULT) -> tuple[ln.SourceClaim, ...]:
    pipeline = ln.Pipeline.of("parties", "charges", "court", lexicon=lexicon)
    return pipeline.run(ln.Article(text, _SOURCE)).claims


def _said(claims: tuple[ln.SourceClaim, ...], field: str) -> list[tuple[str, str]]:
    return sorted((str(c.subject), str(c.value)) for c in claims if c.field == field)


def _descriptions(analysis: ln.Analysis) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in analysis.names if m.text.casefold().startswith("the ")]


def test_non_defendant_heads_keep_commentators_out_of_the_dock() -> None:
    text = "Legal analyst Ben Doe said Ann Roe was charged with fraud."
    assert _excluded(_analysis(text)) == {"Ben Doe"}
    fewer = attrs.evolve(_DEFAULT, non_defendant_heads=_DEFAULT.non_defendant_heads - {"analyst"})
    assert _excluded(_analysis(text, fewer)) == set()


def test_hedge_cues_make_a_sentence_muse_instead_of_report() -> None:
    text = "Hypothetically, prosecutors dropped the fraud charge against Ann Roe in May."
    assert _said(_claims(text), "status") == [("charge:Ann Roe:fraud", "dismissed (2024-05)")]
    more = attrs.evolve(_DEFAULT, hedge_cues=(*_DEFAULT.hedge_cues, "hypothetically"))
    assert _said(_claims(text, more), "status") == []


def test_possible_penalty_cues_keep_a_possible_punishment_from_being_imposed() -> None:
    text = "Ann Roe was theoretically sentenced to two years in prison."
    assert _said(_claims(text), "term") == [("sentence:Ann Roe:prison", "P2Y")]
    more = attrs.evolve(
        _DEFAULT, possible_penalty_cues=(*_DEFAULT.possible_penalty_cues, "theoretically")
    )
    assert _said(_claims(text, more), "term") == []


def test_central_heads_name_the_story_s_main_person() -> None:
    text = "Ann Roe was charged with fraud in May. The actor denied it."
    assert _descriptions(_analysis(text)) == [("The actor", "Ann Roe")]
    fewer = attrs.evolve(_DEFAULT, central_heads=_DEFAULT.central_heads - {"actor"})
    assert _descriptions(_analysis(text, fewer)) == []


def test_company_words_and_heads_make_the_company_a_description_stands_for() -> None:
    text = "Acme Pictures was sued by Ann Roe. The studio denied it."
    assert _descriptions(_analysis(text)) == [("The studio", "Acme Pictures")]
    not_a_company = attrs.evolve(_DEFAULT, company_words=_DEFAULT.company_words - {"pictures"})
    assert _descriptions(_analysis(text, not_a_company)) == []
    no_studio = attrs.evolve(_DEFAULT, company_heads=_DEFAULT.company_heads - {"studio"})
    assert _descriptions(_analysis(text, no_studio)) == []


def test_speech_verbs_make_a_quoted_expert_a_commentator() -> None:
    text = "Law professor Ben Doe whispered that the fraud charges against Ann Roe were weak."
    assert _said(_claims(text), "role") == []
    more = attrs.evolve(_DEFAULT, speech_verbs=(*_DEFAULT.speech_verbs, "whispered"))
    assert _said(_claims(text, more), "role") == [("person:Ben Doe", "commentator")]
