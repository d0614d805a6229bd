"""People and organizations, and the parts they play.

Rules, each tested with sentences of our own in ``tests/test_parties.py``:

* every named person and organization is claimed once per form written;
* titles from the words around a name (see :mod:`._context`); ages ("Jane
  Roe, 41,", "the 41-year-old Jane Roe");
* prosecutors and judges by title, or by the last words of a longer title
  ("special prosecutor", "Harmon County District Attorney", "U.S. District
  Judge"), except a *former* one, and a prosecutor quoted from outside the case;
* counsel and whom they represent: "Roe's attorneys, A and B", "Roe attorney
  A", "Roe's defense attorney, A", "Acme Inc. attorney A", "A and B, the
  attorneys for Roe", "A, an attorney representing Roe", "A, who represents
  Roe", "A, Roe's attorney", "Roe is represented by attorney A", "the lawyers,
  A and B," after "Roe's lawyers said"; a firm between two lawyers is skipped
  ("A of Lee & Poe and B"). Resolution later makes counsel of a defendant a
  defense attorney, of a plaintiff a plaintiff's attorney; a company's stays
  counsel;
* victims ("killing Jane Roe", "wounding B", "the death of A", "A was fatally
  shot") and the names coordinated with one ("the shooting of A and B"); never
  the agent ("shot by B") nor a name inside a speaker's quotation;
* commentators: people quoted for their view who say they are not involved
  ("who is not involved in the case", "who does not represent Roe"), or whose
  description is that of an outside expert ("law professor", "legal analyst")
  and who represent no one in the article. A commentator is never counsel.

The same thing said twice in one sentence is one claim.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import NamedTuple

from .._claims import EntityRef, RoleValue, SourceClaim, Subject, Value
from .._document import Sentence
from .._vocab import EntityKind, Modality, RoleKind, SubjectKind
from ._analysis import Analysis
from ._charges import article_defendants
from ._context import Title, in_quotation, titled_mentions
from ._lexicon import Lexicon
from ._names import NameMention

__all__ = ["PartiesExtractor"]

_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,2}$")
_SPEECH = re.compile(
    r"\b(?:said|says|told|tells|explained|explains|noted|notes|added|adds|"
    r"argued|argues|called|calls|agreed|agrees|wrote|writes|believes?|"
    r"thinks?|cautioned|warned|predicted)\b"
)
_VICTIM_BEFORE = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured|shooting|shot|murdering|"
    r"stabbing|death\s+of|killing\s+of|shooting\s+of|murder\s+of|shooting\s+death\s+of|"
    r"death\s+of\s+(?:[a-z]+\s+){0,2})\s+"
    r"(?:(?!(?:by|on|in|at|near|outside|inside|during|with|from|after|before)\s)[a-z]+\s+){0,2}$"
)
"""A victim after the act ("killing", "the shooting of"), never its agent ("shot by") nor
a place or time ("shot on Main Street", "killed in May")."""
_VICTIM_AFTER = re.compile(
    r"^(?:['’]s?\s+(?:[a-z\-]+\s+)?death|(?:,\s+\d{1,3},)?(?:,\s+who)?\s+(?:was|were|had\s+been)"
    r"\s+(?:fatally\s+|critically\s+)?(?:shot|killed|injured|wounded|murdered|stabbed))"
)
"""After a victim: "Jo Roe's death", "Jo Roe, 30, was fatally shot", "Jo Roe, who was killed"."""
_LAWYER = r"(?:attorneys?|lawyers?|counsel|legal\s+team|defense\s+team)"
_CLIENT_THEN_COUNSEL = re.compile(rf"^\.?(?:['’]s?)?\s+((?:[a-z\-]+\s+){{0,2}}?){_LAWYER},?\s+$")
"""Between a client and counsel: "Roe's attorneys, A", "Acme Inc. defense lawyer A"."""
_COUNSEL_OF_CLIENT = re.compile(rf"['’]s?\s+((?:[a-z\-]+\s+){{0,2}}?){_LAWYER}\b(?!\s+for)")
"""After the client of "A, Roe's attorney," (the counsel's name before it)."""
_COUNSEL_FOR = re.compile(
    rf"^,?\s+(?:the\s+|an?\s+)?(?:[a-z]+\s+){{0,2}}?{_LAWYER}\s+(?:for|to|representing)\s+$"
)
_COUNSEL_FOR_BEFORE = re.compile(rf"\b{_LAWYER}\s+(?:for|representing)\s+(?:the\s+)?$")
"""Before the client of "an attorney for Roe, A,": the counsel named after it."""
_WHO_REPRESENTS = re.compile(r"^,?\s+who\s+(?:represents|is\s+representing|has\s+represented)\s+$")
_THE_LAWYERS = re.compile(rf"\b(?:the|their|his|her)\s+{_LAWYER},?\s+$")
_CLIENT = re.compile(r"\b(?:my|our|his|her|their)\s+clients?\b", re.IGNORECASE)
"""A lawyer speaking of a client represents someone: no outside commentator."""
_OWN_LAWYER = re.compile(rf"\b(?:his|her|their)\s+((?:[a-z\-]+\s+){{0,2}}?){_LAWYER},?\s+$")
"""Before counsel named with the client's pronoun: "Roe, through his attorney A"."""
_POSSESSIVE_COUNSEL = re.compile(rf"^['’]s?\s+{_LAWYER}\b")


class _Said(NamedTuple):
    """What a sentence says, before it is made a claim."""

    subject: Subject
    field: str
    value: Value
    sentence: Sentence
    modality: Modality = Modality.ASSERTED


class PartiesExtractor:
    """Finds the people and organizations of an article and their roles."""

    name = "parties"
    version = "1"

    def __call__(self, analysis: Analysis) -> Iterator[SourceClaim]:
        seen: set[tuple[Subject, str, Value, int, Modality]] = set()
        for said in self._said(analysis):
            key = (said.subject, said.field, said.value, said.sentence.start, said.modality)
            if key not in seen:  # the same thing said twice in one sentence is one claim
                seen.add(key)
                yield analysis.claim(
                    self, said.subject, said.field, said.value, said.sentence, said.modality
                )

    def _said(self, analysis: Analysis) -> Iterator[_Said]:
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
        spoken = _spoken(analysis)
        has_client: set[str] = set()

        for sentence in analysis.sentences:
            mentions = analysis.names_in(sentence.start, sentence.end)
            people = [m for m in mentions if m.kind is EntityKind.PERSON]
            lowered = sentence.text.casefold()
            for m in mentions:
                form = (m.name, m.text)
                if form not in seen_forms and not m.text.casefold().startswith("the "):
                    seen_forms.add(form)
                    kind = SubjectKind(m.kind.value)
                    yield _Said(Subject(kind, analysis.ref(m)), "mention", m.text, sentence)
            for m in people:
                subject = Subject(SubjectKind.PERSON, analysis.ref(m))
                after = text[m.end : min(sentence.end, m.end + 100)]
                age = _AGE_AFTER.match(after) or _AGE_BEFORE.search(
                    text[max(sentence.start, m.start - 40) : m.start]
                )
                if age and 0 < int(age.group(1)) < 120:
                    yield _Said(subject, "age", int(age.group(1)), sentence)
                if _SPEECH.search(text[m.end : min(sentence.end, m.end + 120)]) or _SPEECH.search(
                    text[max(sentence.start, m.start - 30) : m.start]
                ):
                    quoted.add(m.name)
                if _uninvolved(after, lex.not_involved):
                    uninvolved.add(m.name)
                elif _CLIENT.search(text, m.end, min(sentence.end, m.end + 120)):
                    has_client.add(m.name)  # "Jo Roe said her client is innocent"
            if sentence.start in spoken:
                quoted.update(m.name for m in people)

            # counsel and their clients
            for client, lawyers in _counsel(analysis, sentence, mentions, last_clients):
                last_clients = [client]
                for lawyer in lawyers:
                    counsel_of.setdefault(lawyer.name, set()).add(client.name)
                    yield _Said(
                        Subject(SubjectKind.PERSON, analysis.ref(lawyer)),
                        "role",
                        RoleValue(RoleKind.COUNSEL, client),
                        sentence,
                    )
            if "represented by" in lowered:
                cut = sentence.start + lowered.index("represented by")
                lawyers = [m for m in people if m.start > cut][:2]
                clients = [analysis.ref(m) for m in people if m.end <= cut] or last_plaintiffs
                for lawyer in lawyers:
                    for client in clients:
                        counsel_of.setdefault(lawyer.name, set()).add(client.name)
                        yield _Said(
                            Subject(SubjectKind.PERSON, analysis.ref(lawyer)),
                            "role",
                            RoleValue(RoleKind.COUNSEL, client),
                            sentence,
                        )
            plaintiffs = _plaintiffs(analysis, sentence, people)
            if plaintiffs:
                last_plaintiffs = plaintiffs

            # victims, and those coordinated with one ("the shooting of A and B")
            for m in _victims(analysis, sentence, people):
                yield _Said(
                    Subject(SubjectKind.PERSON, analysis.ref(m)),
                    "role",
                    RoleValue(RoleKind.VICTIM),
                    sentence,
                )

        # titles, and the roles they make
        first_sentence: dict[str, Sentence] = {}
        for m in analysis.names:
            where = analysis.document.sentence_at(m.start)
            if m.kind is EntityKind.PERSON and m.name not in first_sentence and where:
                first_sentence[m.name] = where
        for name, found in sorted(titled.items()):
            ts = [t for t, _ in found]
            first = found[0][1] if found else first_sentence.get(name)
            if first is None:
                continue
            ref = EntityRef(EntityKind.PERSON, name)
            subject = Subject(SubjectKind.PERSON, ref)
            for t, where in found:
                yield _Said(subject, "title", t.text, where)
            defended = _defense_client(
                ts, name, analysis, uninvolved, set(counsel_of) | has_client
            )
            if defended is not None:
                # "Defense attorney Jo Poe said Roe would appeal": Roe's lawyer, not a pundit
                counsel_of.setdefault(name, set()).add(defended.name)
                value = RoleValue(RoleKind.COUNSEL, defended)
                yield _Said(subject, "role", value, first, Modality.ASSERTED)
            role = _role_from_titles(
                ts, name, analysis, quoted, uninvolved, set(counsel_of) | has_client
            )
            if role is not None:
                yield _Said(subject, "role", RoleValue(role), first, Modality.ASSERTED)
        for name in sorted(uninvolved - set(titles)):
            first = first_sentence.get(name)
            if first is not None and name in quoted and name not in counsel_of:
                yield _Said(
                    Subject(SubjectKind.PERSON, EntityRef(EntityKind.PERSON, name)),
                    "role",
                    RoleValue(RoleKind.COMMENTATOR),
                    first,
                )


def _spoken(analysis: Analysis) -> set[int]:
    """The starts of the sentences in which a quotation with a speaker begins."""
    starts = [s.start for s in analysis.sentences]
    out = set()
    for q in analysis.document.quotations:
        i = bisect.bisect_right(starts, q.start) - 1
        if q.speaker and i >= 0 and q.start < analysis.sentences[i].end:
            out.add(starts[i])
    return out


def _victims(
    analysis: Analysis, sentence: Sentence, people: list[NameMention]
) -> Iterator[NameMention]:
    """The victims a sentence names, and those coordinated with one ("of A and B")."""
    text = analysis.text
    victim: NameMention | None = None
    for m in people:
        if in_quotation(analysis, m.start):
            victim = None
            continue
        before = text[max(sentence.start, m.start - 60) : m.start].casefold()
        after = text[m.end : min(sentence.end, m.end + 40)].casefold()
        if (
            _VICTIM_BEFORE.search(before)
            or _VICTIM_AFTER.match(after)
            or (victim is not None and text[victim.end : m.start] in _COORDINATION)
        ):
            victim = m
            yield m
        else:
            victim = None


_WHO = re.compile(r",\s+(?:(?:a|an|the)\s+[^,.;]{1,60}?\s+)?(?:who|which)\s+([^,.;]{1,60})")
"""", who is not involved" right after a name, or after its apposition
(", a defense attorney who is not involved")."""


def _uninvolved(after: str, phrases: tuple[str, ...]) -> bool:
    """ "X, who is not involved in the case," or "X, who does not represent Y"."""
    m = _WHO.match(after)
    return m is not None and any(p in m.group(1).casefold() for p in phrases)


def _role_from_titles(
    titles: list[Title],
    name: str,
    analysis: Analysis,
    quoted: set[str],
    uninvolved: set[str],
    counsel: set[str],
) -> RoleKind | None:
    """A role the titles make: prosecutor, judge, or commentator for an outsider.

    ``counsel`` are the people who represent someone in the article.
    """
    lex = analysis.lexicon
    texts = {t.text for t in titles}
    outsider = name in uninvolved or (
        name not in counsel
        and name in quoted
        and (
            any(t.former for t in titles if t.text.split()[-1] in ("prosecutor", "attorney"))
            or any(
                t in lex.expert_cues or t.endswith(("lawyer", "expert", "analyst", "professor"))
                for t in texts
            )
        )
    )
    if name in uninvolved or (outsider and name not in counsel):
        return RoleKind.COMMENTATOR if name in quoted or name in uninvolved else None
    if any(_ends_with(t.text, lex.prosecutor_titles) and not t.former for t in titles):
        return RoleKind.PROSECUTOR
    if any(_ends_with(t.text, lex.judge_titles) and not t.former for t in titles):
        return RoleKind.JUDGE
    return None


def _defense_client(
    titles: list[Title], name: str, analysis: Analysis, uninvolved: set[str], counsel: set[str]
) -> EntityRef | None:
    """The client of a "defense attorney" the article names with no client: its one defendant.

    A defense lawyer who says they have no part in the case stays a
    commentator; one whose client is written elsewhere keeps that client.
    """
    if name in uninvolved or name in counsel:
        return None
    if not any(
        "defense" in t.text.split()
        and t.text.split()[-1] in ("attorney", "lawyer", "counsel")
        and not t.former
        for t in titles
    ):
        return None
    defendants = [d for d in article_defendants(analysis) if d != name]
    if len(defendants) != 1:
        return None
    return EntityRef(EntityKind.PERSON, defendants[0])


def _ends_with(title: str, known: frozenset[str]) -> bool:
    """The title, or its last words, is a known one ("county district attorney")."""
    words = title.split()
    return any(" ".join(words[k:]) in known for k in range(len(words)))


def _counsel(
    analysis: Analysis,
    sentence: Sentence,
    mentions: list[NameMention],
    last_clients: list[EntityRef],
) -> Iterator[tuple[EntityRef, list[NameMention]]]:
    """(client, lawyers) pairs written in one sentence."""
    text = analysis.text
    lowered = sentence.text.casefold()
    if not any(w in lowered for w in ("attorney", "lawyer", "counsel", "represent", "legal team")):
        return
    if any(p in lowered for p in analysis.lexicon.not_involved):
        return
    people = [m for m in mentions if m.kind is EntityKind.PERSON]
    lex = analysis.lexicon

    def lawyers_from(index: int) -> list[NameMention]:
        """The person at ``index`` and those coordinated with it ("A and B").

        A firm named after a lawyer is skipped: "A of Lee & Poe and B".
        """
        out = [mentions[index]]
        k = index
        while k + 1 < len(mentions) and len(out) < _MAX_COUNSEL:
            gap = text[mentions[k].end : mentions[k + 1].start]
            if (
                gap in (" of ", ", of ")
                and mentions[k + 1].kind is EntityKind.ORGANIZATION
                and k + 2 < len(mentions)
            ):
                k += 1  # the firm; the next name must be coordinated with it
                gap = text[mentions[k].end : mentions[k + 1].start]
            if gap not in _COORDINATION or mentions[k + 1].kind is not EntityKind.PERSON:
                break
            out.append(mentions[k + 1])
            k += 1
        return [m for m in out if m.kind is EntityKind.PERSON]

    for i, m in enumerate(mentions):
        # "Roe's attorneys, A and B" / "Acme attorney A" / "Roe's defense lawyer A"
        if i + 1 < len(mentions):
            gap = _CLIENT_THEN_COUNSEL.match(text[m.end : mentions[i + 1].start])
            if gap and _modifiers(gap.group(1), lex):
                yield analysis.ref(m), lawyers_from(i + 1)
                continue
        # "an attorney for Roe, A, said"
        if (
            i + 1 < len(mentions)
            and mentions[i + 1].kind is EntityKind.PERSON
            and text[m.end : mentions[i + 1].start] == ", "
            and _COUNSEL_FOR_BEFORE.search(text, max(sentence.start, m.start - 40), m.start)
        ):
            yield analysis.ref(m), lawyers_from(i + 1)
            continue
        # "A, Roe's attorney, said"
        if (
            m.kind is EntityKind.PERSON
            and i + 1 < len(mentions)
            and mentions[i + 1].possessive
            and text[m.end : mentions[i + 1].start] == ", "
        ):
            after = _COUNSEL_OF_CLIENT.match(
                text, mentions[i + 1].end, min(sentence.end, mentions[i + 1].end + 40)
            )
            if after and _modifiers(after.group(1), lex):
                yield analysis.ref(mentions[i + 1]), [m]
        # "A and B, the attorneys for Roe" / "A, who represents Roe"
        if m.kind is EntityKind.PERSON:
            k = i
            while (
                k + 1 < len(mentions)
                and k - i < _MAX_COUNSEL
                and text[mentions[k].end : mentions[k + 1].start] in (" and ", ", and ")
            ):
                k += 1
            if k + 1 < len(mentions):
                gap_text = text[mentions[k].end : mentions[k + 1].start]
                if _COUNSEL_FOR.match(gap_text) or _WHO_REPRESENTS.match(gap_text):
                    yield analysis.ref(mentions[k + 1]), lawyers_from(i)
        if m.kind is not EntityKind.PERSON:
            continue
        before = text[max(sentence.start, m.start - 40) : m.start]
        # "Roe, through his attorney A," / "Roe and her lawyers A and B"
        own = _OWN_LAWYER.search(before)
        client = _person_before(mentions, i)
        if own and client is not None and _modifiers(own.group(1), lex):
            yield analysis.ref(client), lawyers_from(i)
        # "the lawyers, A and B," after "Roe's attorneys" in an earlier sentence
        elif (
            last_clients
            and i == _first_person(mentions)
            and _THE_LAWYERS.search(before.casefold())
        ):
            yield last_clients[0], lawyers_from(i)
    # "Roe's attorneys say ..." with no names: remember the client for the next sentence
    for m in people:
        if m.possessive and _POSSESSIVE_COUNSEL.match(text[m.end : m.end + 30]):
            yield analysis.ref(m), []


_COORDINATION = (" and ", ", ", ", and ")
_MAX_COUNSEL = 6
"""A list of more names than this is not one client's lawyers."""


def _modifiers(words: str, lexicon: Lexicon) -> bool:
    """Words before "attorney" that make a kind of lawyer ("defense", "longtime"), or none."""
    return all(w in lexicon.title_modifiers for w in words.split())


def _person_before(mentions: list[NameMention], index: int) -> NameMention | None:
    """The nearest person named before ``mentions[index]``, if any."""
    for k in range(index - 1, max(-1, index - 1 - _MAX_COUNSEL), -1):
        if mentions[k].kind is EntityKind.PERSON and mentions[k].name != mentions[index].name:
            return mentions[k]
    return None


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
    if "sued" not in sentence.text and not re.search(
        r"\b(?:lawsuits?|suits?|complaint)\b", sentence.text, re.IGNORECASE
    ):
        return []
    out = []
    for m in people:
        before = analysis.text[max(sentence.start, m.start - 60) : m.start].casefold()
        if _SUED_BY.search(before):
            out.append(analysis.ref(m))
    return out
