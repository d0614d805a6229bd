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
import functools
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from .._claims import EntityRef, RoleValue, SourceClaim, Subject, Value
from .._document import Sentence
from .._vocab import EntityKind, Modality, RoleKind, SubjectKind
from ._analysis import Analysis
from ._charges import article_defendants
from ._context import Title, in_quotation, titled_mentions
from ._cues import Cued, fold
from ._lexicon import Lexicon
from ._names import NameMention

__all__ = ["PartiesExtractor"]

_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,2}$")
_VICTIM_BEFORE = re.compile(
    r"\b(?:killing|killed|wounding|wounded|injuring|injured|shooting|shot|murdering|"
    r"stabbing|death\s+of|killing\s+of|shooting\s+of|murder\s+of|shooting\s+death\s+of|"
    r"death\s+of\s+(?:[a-z]+\s+){0,2})\s+"
    r"(?:(?!(?:by|on|in|at|near|outside|inside|during|with|from|after|before)\s)[a-z]+\s+){0,2}$"
)
"""A victim after the act ("killing", "the shooting of"), never its agent ("shot by") nor
a place or time ("shot on Main Street", "killed in May")."""
_VICTIM_NAMED = re.compile(
    r"\b(?:victims?,?\s+(?:(?:an?\s+)?\d{1,3}-year-old\s+)?|"
    r"victims?\s+(?:was|were|has\s+been|had\s+been)\s+identified\s+as\s+|"
    r"identified\s+the\s+victims?\s+as\s+)$"
)
"""A victim named as one: "the victim, 54-year-old Jo Roe", "the victim was identified as
Jo Roe", "police identified the victim as Jo Roe"."""
_VICTIM_AFTER = re.compile(
    r"^(?:['’]s?\s+(?:[a-z\-]+\s+)?death|(?:,\s+\d{1,3},)?(?:,\s+who)?\s+(?:was|were|had\s+been)"
    r"\s+(?:fatally\s+|critically\s+)?(?:shot|killed|injured|wounded|murdered|stabbed))"
)
"""After a victim: "Jo Roe's death", "Jo Roe, 30, was fatally shot", "Jo Roe, who was killed"."""
_LAWYER = r"(?:attorneys?|lawyers?|counsel|legal\s+team|defense\s+team)"
_CLIENT_THEN_COUNSEL = re.compile(
    rf"^\.?(?:['’]s?)?\s+((?:[a-z\-]+\s+){{0,2}}?){_LAWYER},?\s+"
    r"(?:(?:[a-z\-]+\s+){0,2}?(?:defender|attorney|lawyer|counsel)\s+)?$"
)
"""Between a client and counsel: "Roe's attorneys, A", "Acme Inc. defense lawyer A", "Roe's
lawyer, public defender A"."""
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


def _may_name_victim(lowered: str) -> bool:
    """Whether ``lowered`` holds a word the victim patterns need: "kill", "victim"..."""
    return (
        "kill" in lowered
        or "shot" in lowered
        or "shoot" in lowered
        or "death" in lowered
        or "wound" in lowered
        or "injur" in lowered
        or "murder" in lowered
        or "stab" in lowered
        or "victim" in lowered
    )


def _may_name_counsel(lowered: str) -> bool:
    """Whether ``lowered`` holds a word every counsel rule needs ("attorney", "represent")."""
    return (
        "attorney" in lowered
        or "lawyer" in lowered
        or "counsel" in lowered
        or "represent" in lowered
        or "legal team" in lowered
    )


def _names_lawyer(text: str) -> bool:
    """Whether ``text`` holds a word of ``_LAWYER``, which every counsel pattern needs."""
    return "attorney" in text or "lawyer" in text or "counsel" in text or "team" in text


_SUBJECT_KINDS = {
    EntityKind.PERSON: SubjectKind.PERSON,
    EntityKind.ORGANIZATION: SubjectKind.ORGANIZATION,
}
"""The subject kind of a mention's kind, without an enum lookup by value for each."""


class _Said(NamedTuple):
    """What a sentence says, before it is made a claim."""

    subject: Subject
    field: str
    value: Value
    sentence: Sentence
    modality: Modality = Modality.ASSERTED


class _People:
    """What the article says of each person besides their roles: read once, tested on demand.

    Whether a person speaks, or speaks of a client, matters only for the few
    whose titles could make them commentators; those tests read the windows
    around the person's mentions when a rule first asks, once per person.
    """

    __slots__ = (
        "_client",
        "_mentions",
        "_not_involved",
        "_quoted",
        "_speech_verbs",
        "_text",
        "counsel",
        "spoken",
        "uninvolved",
    )

    def __init__(self, text: str, lexicon: Lexicon) -> None:
        self._text = text
        self._not_involved = lexicon.not_involved
        self._speech_verbs = lexicon.speech_verbs
        self._mentions: dict[str, list[tuple[NameMention, Sentence]]] = {}
        self._quoted: dict[str, bool] = {}
        self._client: dict[str, bool] = {}
        self.spoken: set[str] = set()
        """People named in a sentence where a speaker's quotation begins."""
        self.uninvolved: set[str] = set()
        """People who say they have no part in the case."""
        self.counsel: set[str] = set()
        """People the article names as someone's counsel."""

    def mention(self, m: NameMention, sentence: Sentence) -> None:
        """Remembers a person's mention, for the tests made on demand."""
        found = self._mentions.get(m.name)
        if found is None:
            self._mentions[m.name] = [(m, sentence)]
        else:
            found.append((m, sentence))

    def quoted(self, name: str) -> bool:
        """Whether the person speaks: a verb of speech around a mention, or a quotation."""
        if name in self.spoken:
            return True
        known = self._quoted.get(name)
        if known is None:
            known = self._quoted[name] = any(
                _speaks(self._text, m, s, self._speech_verbs)
                for m, s in self._mentions.get(name, ())
            )
        return known

    def represents(self, name: str) -> bool:
        """Whether the person represents someone: named as counsel, or speaking of a client."""
        if name in self.counsel:
            return True
        known = self._client.get(name)
        if known is None:
            known = self._client[name] = any(
                _speaks_of_client(self._text, m, s, self._not_involved)
                for m, s in self._mentions.get(name, ())
            )
        return known


@functools.lru_cache(maxsize=8)
def _speech(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a lexicon's speech verbs, longest first."""
    alternation = "|".join(re.escape(v) for v in sorted(verbs, key=lambda v: (-len(v), v)))
    return re.compile(rf"\b(?:{alternation})\b")


def _speaks(text: str, m: NameMention, sentence: Sentence, verbs: tuple[str, ...]) -> bool:
    """Whether a verb of speech is written just after or before a mention ("Jo Roe said")."""
    speech = _speech(tuple(verbs))  # a table given as a list works too
    return bool(
        speech.search(text[m.end : min(sentence.end, m.end + 120)])
        or speech.search(text[max(sentence.start, m.start - 30) : m.start])
    )


def _speaks_of_client(
    text: str, m: NameMention, sentence: Sentence, not_involved: tuple[str, ...]
) -> bool:
    """ "Jo Roe said her client is innocent", unless Jo Roe "is not involved"."""
    after = text[m.end : min(sentence.end, m.end + 100)]
    return (
        not _uninvolved(after, not_involved)
        and _CLIENT.search(text, m.end, min(sentence.end, m.end + 120)) is not None
    )


class PartiesExtractor:
    """Finds the people and organizations of an article and their roles."""

    name = "parties"
    version = "1"

    def __call__(self, analysis: Analysis) -> Iterator[SourceClaim]:
        seen: set[tuple[Subject, str, Value, int, Modality]] = set()
        for said in self._said(analysis):
            if said.field != "mention":  # a form is said once an article: no repeat to drop
                key = (said.subject, said.field, said.value, said.sentence.start, said.modality)
                if key in seen:  # the same thing said twice in one sentence is one claim
                    continue
                seen.add(key)
            yield analysis.claim(
                self, said.subject, said.field, said.value, said.sentence, said.modality
            )

    def _said(self, analysis: Analysis) -> Iterator[_Said]:
        text = analysis.text
        lex = analysis.lexicon
        names = analysis.names
        starts = [m.start for m in names]
        titled = titled_mentions(analysis)
        seen_forms: set[tuple[str, str]] = set()
        counsel_of: dict[str, set[str]] = {}
        people = _People(text, lex)
        last_clients: list[EntityRef] = []
        last_plaintiffs: list[EntityRef] = []
        spoken = _spoken(analysis)
        subjects: dict[tuple[EntityKind, str], Subject] = {}

        def subject_of(m: NameMention) -> Subject:
            """The subject of a mention, made once per name (many claims share it)."""
            key = (m.kind, m.name)
            subject = subjects.get(key)
            if subject is None:
                kind = _SUBJECT_KINDS.get(m.kind)
                if kind is None:
                    kind = SubjectKind(m.kind.value)
                subject = subjects[key] = Subject(kind, analysis.ref(m))
            return subject

        for sentence in analysis.sentences:
            # the names that start in the sentence, as ``analysis.names_in`` finds them
            lo = bisect.bisect_left(starts, sentence.start)
            hi = bisect.bisect_left(starts, sentence.end, lo)
            if lo == hi:
                continue  # every rule below reads a name of the sentence
            mentions = names[lo:hi]
            persons = [m for m in mentions if m.kind is EntityKind.PERSON]
            lowered = sentence.text.casefold()
            for m in mentions:
                form = (m.name, m.text)
                if form not in seen_forms and not m.text.casefold().startswith("the "):
                    seen_forms.add(form)
                    yield _Said(subject_of(m), "mention", m.text, sentence)
            # "-year-old" is what the age before a name needs
            young = "-year-old" in sentence.text
            for m in persons:
                people.mention(m, sentence)
                age = None
                if m.end < sentence.end and text.startswith(",", m.end):
                    # "Jo Roe, 41," and "Jo Roe, who is not involved": both need the comma
                    after = text[m.end : min(sentence.end, m.end + 100)]
                    age = _AGE_AFTER.match(after)
                    if _uninvolved(after, lex.not_involved):
                        people.uninvolved.add(m.name)
                if age is None and young:
                    age = _AGE_BEFORE.search(text[max(sentence.start, m.start - 40) : m.start])
                if age and 0 < int(age.group(1)) < 120:
                    yield _Said(subject_of(m), "age", int(age.group(1)), sentence)
            if sentence.start in spoken:
                people.spoken.update(m.name for m in persons)

            # counsel and their clients
            if _may_name_counsel(lowered):
                for client, lawyers in _counsel(
                    analysis, sentence, lowered, mentions, last_clients
                ):
                    last_clients = [client]
                    for lawyer in lawyers:
                        counsel_of.setdefault(lawyer.name, set()).add(client.name)
                        value = RoleValue(RoleKind.COUNSEL, client)
                        yield _Said(subject_of(lawyer), "role", value, sentence)
            if not persons:
                continue  # the rules below read people
            if "represented by" in lowered:
                cut = sentence.start + lowered.index("represented by")
                lawyers = [m for m in persons if m.start > cut][:2]
                clients = [analysis.ref(m) for m in persons if m.end <= cut] or last_plaintiffs
                for lawyer in lawyers:
                    for client in clients:
                        counsel_of.setdefault(lawyer.name, set()).add(client.name)
                        value = RoleValue(RoleKind.COUNSEL, client)
                        yield _Said(subject_of(lawyer), "role", value, sentence)
            plaintiffs = _plaintiffs(analysis, sentence, lowered, persons)
            if plaintiffs:
                last_plaintiffs = plaintiffs

            # victims, and those coordinated with one ("the shooting of A and B")
            if _may_name_victim(lowered):
                for m in _victims(analysis, sentence, persons):
                    yield _Said(subject_of(m), "role", RoleValue(RoleKind.VICTIM), sentence)

        # titles, and the roles they make
        first_sentence = _first_sentences(analysis)
        kinds: dict[str, _TitleKind] = {}

        def kind_of(title: str) -> _TitleKind:
            kind = kinds[title] = _title_kind(title, lex)
            return kind

        people.counsel.update(counsel_of)
        for name, found in sorted(titled.items()):
            first = found[0][1] if found else first_sentence.get(name)
            if first is None:
                continue
            ts = [(t, kinds.get(t.text) or kind_of(t.text)) for t, _ in found]
            subject = subjects.get((EntityKind.PERSON, name)) or Subject(
                SubjectKind.PERSON, EntityRef(EntityKind.PERSON, name)
            )
            for t, where in found:
                yield _Said(subject, "title", t.text, where)
            defended = _defense_client(ts, name, analysis, people)
            if defended is not None:
                # "Defense attorney Jo Poe said Roe would appeal": Roe's lawyer, not a pundit
                counsel_of.setdefault(name, set()).add(defended.name)
                people.counsel.add(name)
                value = RoleValue(RoleKind.COUNSEL, defended)
                yield _Said(subject, "role", value, first, Modality.ASSERTED)
            role = _role_from_titles(ts, name, people)
            if role is not None:
                yield _Said(subject, "role", RoleValue(role), first, Modality.ASSERTED)
        for name in sorted(people.uninvolved - set(titled)):
            first = first_sentence.get(name)
            if first is not None and people.quoted(name) and name not in counsel_of:
                yield _Said(
                    Subject(SubjectKind.PERSON, EntityRef(EntityKind.PERSON, name)),
                    "role",
                    RoleValue(RoleKind.COMMENTATOR),
                    first,
                )


def _first_sentences(analysis: Analysis) -> dict[str, Sentence]:
    """The sentence of each person's first mention (as ``Document.sentence_at`` finds it)."""
    sentences = analysis.document.sentences
    starts = [s.start for s in sentences]
    out: dict[str, Sentence] = {}
    for m in analysis.names:
        if m.kind is EntityKind.PERSON and m.name not in out:
            i = bisect.bisect_right(starts, m.start) - 1
            if i >= 0 and m.start < sentences[i].end:
                out[m.name] = sentences[i]
    return out


def _spoken(analysis: Analysis) -> set[int]:
    """The starts of the sentences in which a quotation with a speaker begins."""
    sentences = analysis.sentences
    starts = [s.start for s in sentences]
    out = set()
    for q in analysis.document.quotations:
        i = bisect.bisect_right(starts, q.start) - 1
        if q.speaker and i >= 0 and q.start < sentences[i].end:
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
            or _VICTIM_NAMED.search(before)
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
    if not after.startswith(","):
        return False  # what ``_WHO`` matches first
    m = _WHO.match(after)
    return m is not None and any(p in m.group(1).casefold() for p in phrases)


class _TitleKind(NamedTuple):
    """What a title makes of whoever bears it; read once for each title an article gives."""

    accuser: bool
    """Its head is "prosecutor" or "attorney": a former one speaks from outside the case."""
    expert: bool
    """An outside expert's title ("law professor", "legal analyst")."""
    prosecutor: bool
    judge: bool
    defense: bool
    """A defense lawyer's title ("defense attorney")."""


def _title_kind(text: str, lexicon: Lexicon) -> _TitleKind:
    """What the title ``text`` makes of a person, by the lexicon's tables."""
    words = text.split()
    return _TitleKind(
        accuser=words[-1] in ("prosecutor", "attorney"),
        expert=text in lexicon.expert_cues
        or text.endswith(("lawyer", "expert", "analyst", "professor")),
        prosecutor=_ends_with(text, lexicon.prosecutor_titles),
        judge=_ends_with(text, lexicon.judge_titles),
        defense="defense" in words and words[-1] in ("attorney", "lawyer", "counsel"),
    )


_Kinded = list[tuple[Title, _TitleKind]]
"""A person's titles, each with what it makes of them."""


def _role_from_titles(titles: _Kinded, name: str, people: _People) -> RoleKind | None:
    """A role the titles make: prosecutor, judge, or commentator for an outsider.

    An outsider is a person who says they have no part in the case, or one
    quoted with the title of an outside expert (or a former prosecutor) who
    represents no one in the article.
    """
    if name in people.uninvolved:
        return RoleKind.COMMENTATOR
    if (
        any((t.former and k.accuser) or k.expert for t, k in titles)
        and not people.represents(name)
        and people.quoted(name)
    ):
        return RoleKind.COMMENTATOR
    if any(k.prosecutor and not t.former for t, k in titles):
        return RoleKind.PROSECUTOR
    if any(k.judge and not t.former for t, k in titles):
        return RoleKind.JUDGE
    return None


def _defense_client(
    titles: _Kinded, name: str, analysis: Analysis, people: _People
) -> EntityRef | None:
    """The client of a "defense attorney" the article names with no client: its one defendant.

    A defense lawyer who says they have no part in the case stays a
    commentator; one whose client is written elsewhere keeps that client.
    """
    if name in people.uninvolved:
        return None
    if not any(k.defense and not t.former for t, k in titles):
        return None
    if people.represents(name):
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
    lowered: str,
    mentions: Sequence[NameMention],
    last_clients: list[EntityRef],
) -> Iterator[tuple[EntityRef, list[NameMention]]]:
    """(client, lawyers) pairs written in one sentence (``lowered`` is its casefolded text).

    The caller has checked ``_may_name_counsel(lowered)``: a generator is not made
    for the many sentences that name no lawyer.
    """
    text = analysis.text
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

    first_person = _first_person(mentions)
    for i, m in enumerate(mentions):
        # "Roe's attorneys, A and B" / "Acme attorney A" / "Roe's defense lawyer A"
        if i + 1 < len(mentions):
            between = text[m.end : mentions[i + 1].start]
            gap = _CLIENT_THEN_COUNSEL.match(between) if _names_lawyer(between) else None
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
                if (_names_lawyer(gap_text) and _COUNSEL_FOR.match(gap_text)) or (
                    "represent" in gap_text and _WHO_REPRESENTS.match(gap_text)
                ):
                    yield analysis.ref(mentions[k + 1]), lawyers_from(i)
        if m.kind is not EntityKind.PERSON:
            continue
        before = text[max(sentence.start, m.start - 40) : m.start]
        # "Roe, through his attorney A," / "Roe and her lawyers A and B"
        own = _OWN_LAWYER.search(before) if _names_lawyer(before) else None
        client = _person_before(mentions, i) if own else None
        if own and client is not None and _modifiers(own.group(1), lex):
            yield analysis.ref(client), lawyers_from(i)
        # "the lawyers, A and B," after "Roe's attorneys" in an earlier sentence
        elif last_clients and i == first_person and _THE_LAWYERS.search(before.casefold()):
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


def _person_before(mentions: Sequence[NameMention], index: int) -> NameMention | None:
    """The nearest person named before ``mentions[index]``, if any."""
    for k in range(index - 1, max(-1, index - 1 - _MAX_COUNSEL), -1):
        if mentions[k].kind is EntityKind.PERSON and mentions[k].name != mentions[index].name:
            return mentions[k]
    return None


def _first_person(mentions: Sequence[NameMention]) -> int:
    for i, m in enumerate(mentions):
        if m.kind is EntityKind.PERSON:
            return i
    return -1


_SUED_BY = re.compile(r"\b(?:brought|filed)\s+by\s+(?:[\"“”'a-z\s]{0,40})$")


_SUIT = Cued(r"\b(?:lawsuits?|suits?|complaint)\b", cues=("suit", "complaint"))


def _plaintiffs(
    analysis: Analysis, sentence: Sentence, lowered: str, people: list[NameMention]
) -> list[EntityRef]:
    """People who sue in a sentence: "a lawsuit brought by A" (``lowered``: casefolded)."""
    if "brought" not in lowered and "filed" not in lowered:
        return []  # no "brought by" nor "filed by" to read
    if "sued" not in sentence.text and not _SUIT.search(sentence.text, fold(sentence.text)):
        return []
    out = []
    for m in people:
        before = analysis.text[max(sentence.start, m.start - 60) : m.start].casefold()
        if _SUED_BY.search(before):
            out.append(analysis.ref(m))
    return out
