"""People and organizations, and the parts they play.

Rules, each tested with sentences of our own in ``tests/test_parties.py``:

* every named person and organization is claimed with the form written;
* titles from the words around a name ("armorer Jane Roe", "Jo Doe, a defense
  lawyer,", "the film's director, Ann Lee"); ages ("Jane Roe, 41,", "the
  41-year-old actor");
* prosecutors and judges by title ("special prosecutor", "Judge"), except a
  *former* prosecutor quoted from outside the case;
* counsel and whom they represent ("Roe's attorneys, A and B", "Roe attorney A",
  "A, attorney for Acme Inc.", "A, who represents Roe", "represented by A");
  resolution later makes counsel of a defendant a defense attorney;
* victims ("killing Jane Roe", "the shooting of A and B", "wounding B");
* commentators: people quoted for their view who say they are not involved,
  or whose description is that of an outside expert and who represent no
  one in the article. A commentator is never counsel.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._document import Sentence
from .._claims import EntityRef, RoleValue, SourceClaim, Subject
from .._vocab import EntityKind, Modality, RoleKind, SubjectKind
from ._analysis import Analysis
from ._context import Title, in_quotation, titled_mentions
from ._names import NameMention

__all__ = ["PartiesExtractor"]

_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,2}$")
_SPEECH = re.compile(r"\b(?:said|says|told|tells|explained|explains|noted|notes|added|adds|"
                     r"argued|argues|called|calls|agreed|agrees|wrote|writes|believes?|"
                     r"thinks?|cautioned|warned|predicted)\b")
_VICTIM_BEFORE = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured|shooting|shot|murdering|"
    r"stabbing|death\s+of|killing\s+of|shooting\s+of|murder\s+of|shooting\s+death\s+of|"
    r"death\s+of\s+(?:[a-z]+\s+){0,2})\s+(?:[a-z]+\s+){0,2}$"
)
_VICTIM_AFTER = re.compile(
    r"^(?:['’]s?\s+(?:[a-z\-]+\s+)?death|\s+(?:was|were|had\s+been)\s+(?:fatally\s+)?"
    r"(?:shot|killed|injured|wounded|murdered|stabbed))"
)
_LAWYER = r"(?:attorneys?|lawyers?|counsel|legal\s+team|defense\s+team)"
_CLIENT_THEN_COUNSEL = re.compile(rf"^(?:['’]s?)?\s+{_LAWYER},?\s+$")
_COUNSEL_FOR = re.compile(
    rf"^,?\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){{0,2}}?{_LAWYER}\s+(?:for|to|representing)\s+$"
)
_WHO_REPRESENTS = re.compile(r"^,?\s+who\s+(?:represents|is\s+representing|has\s+represented)\s+$")
_REPRESENTED_BY = re.compile(rf"represented\s+by\s+(?:{_LAWYER}\s+)?$")
_THE_LAWYERS = re.compile(rf"\b(?:the|their|his|her)\s+{_LAWYER},?\s+$")
_POSSESSIVE_COUNSEL = re.compile(rf"^['’]s?\s+{_LAWYER}\b")


class PartiesExtractor:
    """Finds the people and organizations of an article and their roles."""

    name = "parties"
    version = "1"

    def __call__(self, analysis: Analysis) -> Iterator[SourceClaim]:
        text = analysis.text
        lex = analysis.lexicon
        titled = titled_mentions(analysis)
        titles = {name: [t for t, _ in found] for name, found in titled.items()}
        seen_forms: set[tuple[str, str]] = set()
        counsel_of: dict[str, set[str]] = {}
        quoted: set[str] = set()
        uninvolved: set[str] = set()
        last_clients: list[EntityRef] = []
        last_plaintiffs: list[EntityRef] = []

        for sentence in analysis.sentences:
            mentions = analysis.names_in(sentence.start, sentence.end)
            people = [m for m in mentions if m.kind is EntityKind.PERSON]
            lowered = sentence.text.casefold()
            for m in mentions:
                form = (m.name, m.text)
                if form not in seen_forms and not m.text.casefold().startswith("the "):
                    seen_forms.add(form)
                    kind = SubjectKind(m.kind.value)
                    yield analysis.claim(self, Subject(kind, analysis.ref(m)), "mention",
                                         m.text, sentence)
            for m in people:
                subject = Subject(SubjectKind.PERSON, analysis.ref(m))
                after = text[m.end : sentence.end]
                age = _AGE_AFTER.match(after) or _AGE_BEFORE.search(
                    text[max(sentence.start, m.start - 40) : m.start]
                )
                if age and 0 < int(age.group(1)) < 120:
                    yield analysis.claim(self, subject, "age", int(age.group(1)), sentence)
                if _SPEECH.search(text[m.end : min(sentence.end, m.end + 120)]) or _SPEECH.search(
                    text[max(sentence.start, m.start - 30) : m.start]
                ):
                    quoted.add(m.name)
                if _uninvolved(after, lex.not_involved):
                    uninvolved.add(m.name)
            if any(q.speaker for q in analysis.document.quotations
                   if sentence.start <= q.start < sentence.end):
                quoted.update(m.name for m in people)

            # counsel and their clients
            for client, lawyers in _counsel(analysis, sentence, mentions, last_clients):
                last_clients = [client]
                for lawyer in lawyers:
                    counsel_of.setdefault(lawyer.name, set()).add(client.name)
                    yield analysis.claim(
                        self, Subject(SubjectKind.PERSON, analysis.ref(lawyer)), "role",
                        RoleValue(RoleKind.COUNSEL, client), sentence,
                    )
            if "represented by" in lowered:
                cut = sentence.start + lowered.index("represented by")
                before = [m for m in people if m.end <= cut]
                lawyers = [m for m in people if m.start > cut][:2]
                clients = [analysis.ref(m) for m in before] or last_plaintiffs
                for lawyer in lawyers:
                    for client in clients:
                        counsel_of.setdefault(lawyer.name, set()).add(client.name)
                        yield analysis.claim(
                            self, Subject(SubjectKind.PERSON, analysis.ref(lawyer)), "role",
                            RoleValue(RoleKind.COUNSEL, client), sentence,
                        )
            plaintiffs = _plaintiffs(analysis, sentence, people)
            if plaintiffs:
                last_plaintiffs = plaintiffs

            # victims
            for m in people:
                if in_quotation(analysis, m.start):
                    continue
                before = text[max(sentence.start, m.start - 60) : m.start].casefold()
                after = text[m.end : min(sentence.end, m.end + 40)].casefold()
                if _VICTIM_BEFORE.search(before) or _VICTIM_AFTER.match(after):
                    yield analysis.claim(
                        self, Subject(SubjectKind.PERSON, analysis.ref(m)), "role",
                        RoleValue(RoleKind.VICTIM), sentence,
                    )

        # titles, and the roles they make
        first_sentence = {}
        for m in analysis.names:
            if m.kind is EntityKind.PERSON and m.name not in first_sentence:
                first_sentence[m.name] = analysis.document.sentence_at(m.start)
        for name, found in sorted(titled.items()):
            ts = [t for t, _ in found]
            sentence = found[0][1] if found else first_sentence.get(name)
            if sentence is None:
                continue
            ref = EntityRef(EntityKind.PERSON, name)
            subject = Subject(SubjectKind.PERSON, ref)
            for t, where in found:
                yield analysis.claim(self, subject, "title", t.text, where)
            role = _role_from_titles(ts, name, analysis, quoted, uninvolved, counsel_of)
            if role is not None:
                yield analysis.claim(self, subject, "role", RoleValue(role), sentence,
                                     Modality.ASSERTED)
        for name in sorted(uninvolved - set(titles)):
            sentence = first_sentence.get(name)
            if sentence is not None and name in quoted and name not in counsel_of:
                yield analysis.claim(
                    self, Subject(SubjectKind.PERSON, EntityRef(EntityKind.PERSON, name)),
                    "role", RoleValue(RoleKind.COMMENTATOR), sentence,
                )


_WHO = re.compile(r",\s+(?:who|which)\s+([^,.;]{1,60})")


def _uninvolved(after: str, phrases: tuple[str, ...]) -> bool:
    """ "X, who is not involved in the case," or "X, who does not represent Y"."""
    m = _WHO.match(after)
    return m is not None and any(p in m.group(1).casefold() for p in phrases)


def _role_from_titles(
    titles: list[Title], name: str, analysis: Analysis, quoted: set[str],
    uninvolved: set[str], counsel_of: dict[str, set[str]],
) -> RoleKind | None:
    lex = analysis.lexicon
    texts = {t.text for t in titles}
    heads = {t.text.split()[-1] for t in titles}
    outsider = name in uninvolved or (name not in counsel_of and name in quoted and (
        any(t.former for t in titles if t.text.split()[-1] in ("prosecutor", "attorney"))
        or any(t in lex.expert_cues or t.endswith(("lawyer", "expert", "analyst", "professor"))
               for t in texts)
    ))
    if name in uninvolved or (outsider and name not in counsel_of):
        return RoleKind.COMMENTATOR if name in quoted or name in uninvolved else None
    if any(t.text in lex.prosecutor_titles and not t.former for t in titles):
        return RoleKind.PROSECUTOR
    if any(t.text in lex.judge_titles and not t.former for t in titles) or "judge" in heads:
        return RoleKind.JUDGE
    return None


def _counsel(
    analysis: Analysis, sentence: Sentence, mentions: list[NameMention],
    last_clients: list[EntityRef],
) -> Iterator[tuple[EntityRef, list[NameMention]]]:
    """(client, lawyers) pairs written in one sentence."""
    text = analysis.text
    lowered = sentence.text.casefold()
    if not any(w in lowered for w in ("attorney", "lawyer", "counsel", "represent",
                                      "legal team")):
        return
    if any(p in lowered for p in analysis.lexicon.not_involved):
        return
    people = [m for m in mentions if m.kind is EntityKind.PERSON]

    def lawyers_from(index: int) -> list[NameMention]:
        """The person at ``index`` and those coordinated with it ("A and B")."""
        out = [mentions[index]]
        k = index
        while k + 1 < len(mentions) and text[mentions[k].end : mentions[k + 1].start] in (
            " and ", ", ", ", and "
        ) and mentions[k + 1].kind is EntityKind.PERSON:
            out.append(mentions[k + 1])
            k += 1
        return [m for m in out if m.kind is EntityKind.PERSON]

    for i, m in enumerate(mentions):
        # "Roe's attorneys, A and B" / "Acme attorney A"
        if i + 1 < len(mentions):
            gap = text[m.end : mentions[i + 1].start]
            if _CLIENT_THEN_COUNSEL.match(gap) or (
                m.possessive and re.fullmatch(rf"\s+{_LAWYER},?\s+", gap)
            ):
                yield analysis.ref(m), lawyers_from(i + 1)
                continue
        # "A and B, the attorneys for Roe" / "A, who represents Roe"
        if m.kind is EntityKind.PERSON:
            k = i
            while k + 1 < len(mentions) and text[mentions[k].end : mentions[k + 1].start] in (
                " and ", ", and "
            ):
                k += 1
            if k + 1 < len(mentions):
                gap = text[mentions[k].end : mentions[k + 1].start]
                if _COUNSEL_FOR.match(gap) or _WHO_REPRESENTS.match(gap):
                    yield analysis.ref(mentions[k + 1]), lawyers_from(i)
        # "the lawyers, A and B," after "Roe's attorneys" in an earlier sentence
        if m.kind is EntityKind.PERSON and last_clients and i == _first_person(mentions):
            before = text[max(sentence.start, m.start - 40) : m.start].casefold()
            if _THE_LAWYERS.search(before):
                yield last_clients[0], lawyers_from(i)
    # "Roe's attorneys say ..." with no names: remember the client for the next sentence
    for m in people:
        if m.possessive and _POSSESSIVE_COUNSEL.match(text[m.end : m.end + 30]):
            yield analysis.ref(m), []


def _first_person(mentions: list[NameMention]) -> int:
    for i, m in enumerate(mentions):
        if m.kind is EntityKind.PERSON:
            return i
    return -1


_SUED_BY = re.compile(r"\b(?:brought|filed)\s+by\s+(?:[\"“”'a-z\s]{0,40})$")


def _plaintiffs(
    analysis: Analysis, sentence: Sentence, people: list[NameMention]
) -> list[EntityRef]:
    """People who sue in a sentence: "a lawsuit brought by A"."""
    if not re.search(r"\b(?:lawsuits?|suits?|complaint)\b", sentence.text, re.IGNORECASE) and not (
        "sued" in sentence.text
    ):
        return []
    out = []
    for m in people:
        before = analysis.text[max(sentence.start, m.start - 60) : m.start].casefold()
        if _SUED_BY.search(before):
            out.append(analysis.ref(m))
    return out

