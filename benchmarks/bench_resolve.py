"""Benchmark ``legalnews.resolve`` on 10^3 .. 10^6 synthetic claims.

Each size runs in a fresh subprocess pinned to one core, so that the peak RSS
reported is that size's own. In the subprocess the claims are generated
first (not timed), then ``resolve(claims)`` is timed (best of N runs), then,
for sizes up to ``--tracemalloc-max``, run once more under ``tracemalloc`` to
get the peak of the memory Python allocates during the call.

Usage::

    python benchmarks/bench_resolve.py                       # 1e3 1e4 1e5 1e6
    python benchmarks/bench_resolve.py --sizes 1000 10000 --out /tmp/r.json

The generator is deterministic (seeded :class:`random.Random`, one stream per
case) and builds many independent fictional cases, about 200 claims each:
3-8 people and 1-3 organizations per case, named differently across
articles (full name, surname only, an honorific, ALL CAPS, hyphen or space in
a compound surname, an accent dropped, a middle initial), charges with
counts, filing dates, pleas, penalties and status histories (expected steps
before they happen, asserted or reported after), proceedings, hearings,
sentences and settlements, told by several outlets over months, with
deliberate disagreements (a filing month off by one, 1 count vs 2, an age off
by one, a vague date next to a precise compatible one). Sizes nest: the
claims for 10^3 are a prefix of those for 10^4. Equal values (names,
subjects, dates) are shared objects, as a loader that interns them would
produce.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import hashlib
import json
import math
import os
import platform
import random
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from legalnews import (
    Duration,
    EntityKind,
    EntityRef,
    Evidence,
    FuzzyDate,
    Modality,
    Money,
    Part,
    Plea,
    RoleKind,
    RoleValue,
    SourceClaim,
    Subject,
    SubjectKind,
    Transition,
    Value,
    resolve,
)

DEFAULT_SIZES = (1_000, 10_000, 100_000, 1_000_000)
DEFAULT_OUT = Path(__file__).parent / "results" / "resolve.json"
SEED = 20240521
EXTRACTOR = "bench-synth"

# -- name pools ----------------------------------------------------------------------

FIRST_NAMES = (
    "Hannah", "Alec", "David", "Sarah", "Michael", "Maria", "José", "Renée", "Zoë", "Inés",
    "Andrés", "Chloé", "Noël", "Joël", "Léa", "Ramón", "Sofía", "Martín", "Raúl", "Björn",
    "James", "Robert", "John", "William", "Richard", "Joseph", "Thomas", "Charles", "Daniel",
    "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth",
    "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan",
    "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott",
    "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Patrick", "Frank", "Raymond",
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica",
    "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily",
    "Donna", "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie",
    "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna",
    "Brenda", "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Christine",
    "Debra", "Rachel", "Carolyn", "Janet", "Catherine", "Heather", "Diane", "Ruth", "Julie",
    "Olivia", "Joyce", "Virginia", "Victoria", "Kelly", "Lauren", "Christina", "Joan",
    "Evelyn", "Judith", "Megan", "Andrea", "Cheryl", "Hannelore", "Kwame", "Ngozi", "Aiko",
    "Hiroshi", "Priya", "Arjun", "Mei", "Wei", "Olumide", "Fatima", "Omar", "Yusuf", "Leila",
)  # fmt: skip

# Common surnames, most frequent first. 16% of people get one, with weights
# proportional to 1/sqrt(rank): Smith is then about 0.85% of all people and the
# 100th about 0.08%, close to the 2010 US census. So the largest
# entity-resolution blocks grow with the corpus, as "Smith" does in real news.
COMMON_SURNAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "García", "Miller", "Davis",
    "Rodríguez", "Martínez", "Hernández", "López", "González", "Wilson", "Anderson",
    "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Pérez", "Thompson", "White",
    "Harris", "Sánchez", "Clark", "Ramírez", "Lewis", "Robinson", "Walker", "Young", "Allen",
    "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
    "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
    "Gómez", "Phillips", "Evans", "Turner", "Díaz", "Parker", "Cruz", "Edwards", "Collins",
    "Reyes", "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutiérrez",
    "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos",
    "Kim", "Cox", "Ward", "Richardson", "Watson", "Brooks", "Chávez", "Wood", "James",
    "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes", "Price", "Álvarez", "Castillo", "Sanders",
    "Patel", "Myers", "Long", "Ross", "Foster", "Jiménez", "Müller", "Núñez", "Ibáñez",
)  # fmt: skip

_ONSETS = (
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "kl", "l", "m", "n", "p",
    "pr", "r", "s", "st", "t", "tr", "v", "w", "z", "th", "sh", "bl", "fr", "qu",
)  # fmt: skip
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ea", "ou", "é", "á", "ö")
_CODAS = ("", "n", "r", "l", "s", "t", "m", "nd", "rt", "ck", "ll", "ss", "th", "rn", "x")

OFFENSES = (
    "involuntary manslaughter", "tampering with evidence", "wire fraud", "securities fraud",
    "money laundering", "assault with a deadly weapon", "aggravated battery", "bribery",
    "obstruction of justice", "conspiracy to commit fraud", "embezzlement",
    "criminal negligence", "perjury", "tax evasion", "reckless endangerment", "burglary",
    "identity theft", "extortion", "racketeering", "insider trading",
)  # fmt: skip

OUTLETS = (
    "Associated Press", "Reuters", "The New York Times", "Los Angeles Times",
    "The Washington Post", "Chicago Tribune", "Boston Globe", "Miami Herald",
    "Houston Chronicle", "Seattle Times", "Denver Post", "Santa Fe New Mexican",
    "Albuquerque Journal", "Arizona Republic", "Star Tribune", "Dallas Morning News",
    "Atlanta Journal-Constitution", "Philadelphia Inquirer", "Tampa Bay Times",
    "Oregonian", "Sacramento Bee", "Kansas City Star", "Detroit Free Press", "CNN", "NBC News",
    "ABC News", "CBS News", "Fox News", "NPR", "BBC News", "The Guardian", "Bloomberg",
    "Courthouse News Service", "Law360", "Variety", "Deadline", "The Hollywood Reporter",
    "Politico", "Axios", "USA Today",
)  # fmt: skip

COURT_KINDS = ("County District Court", "County Superior Court", "County Circuit Court")
COMPANY_SUFFIXES = ("LLC", "Inc.", "Corp.", "Holdings LLC", "Productions LLC", "Group Inc.")
PROSECUTOR_TITLES = ("District Attorney", "special prosecutor", "Assistant District Attorney")

T = TypeVar("T")


class Intern:
    """Shares equal immutable values, as a loader that interns them would."""

    def __init__(self) -> None:
        self._seen: dict[object, object] = {}

    def __call__(self, value: T) -> T:
        return self._seen.setdefault(value, value)  # type: ignore[return-value]


def _synth_word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)]
    parts += [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables - 1)]
    parts[-1] += rng.choice(_CODAS)
    return "".join(parts).capitalize()


_RANK_WEIGHTS = [1.0 / math.sqrt(i + 1) for i in range(len(COMMON_SURNAMES))]


def _surname(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.16:
        return rng.choices(COMMON_SURNAMES, weights=_RANK_WEIGHTS)[0]
    if r < 0.88:
        return _synth_word(rng, rng.choice((2, 2, 3)))
    # a compound surname: "Gutiérrez-Reed"
    return f"{rng.choice(COMMON_SURNAMES)}-{_synth_word(rng, 2)}"


def _drop_accents(text: str) -> str:
    table = str.maketrans("áéíóúüöñçëïÁÉÍÓÚÜÖÑÇ", "aeiouuoncei" + "AEIOUUONC")
    return text.translate(table)


class PersonNames:
    """A fictional person and the ways articles write their name."""

    def __init__(
        self,
        rng: random.Random,
        role: RoleKind,
        *,
        surname: str | None = None,
        female: bool = False,
        client: PersonNames | None = None,
    ):
        self.first = rng.choice(FIRST_NAMES)
        self.middle = rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.4 else None
        self.last = surname or _surname(rng)
        self.female = female
        self.age = rng.randint(24, 71)
        self.role = role
        self.client = client  # for defense counsel: the defendant they represent
        self.title = None
        if role is RoleKind.PROSECUTOR:
            self.title = rng.choice(PROSECUTOR_TITLES)
        elif role is RoleKind.JUDGE:
            self.title = rng.choice(("Judge", "District Judge", "Superior Court Judge"))

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def variant(self, rng: random.Random) -> str:
        """One way an article writes the name; the full name is the most common."""
        r = rng.random()
        if r < 0.40:
            return self.full
        if r < 0.55:
            return self.last
        if r < 0.62:
            honorific = rng.choice(("Ms.", "Mrs.") if self.female else ("Mr.",))
            return f"{honorific} {self.last}"
        if r < 0.70 and self.middle:
            return f"{self.first} {self.middle}. {self.last}"
        if r < 0.76:
            return self.full.upper()
        if r < 0.84 and "-" in self.last:
            return f"{self.first} {self.last.replace('-', ' ')}"
        if r < 0.92 and _drop_accents(self.full) != self.full:
            return _drop_accents(self.full)
        if r < 0.96:
            return f"{self.first.lower()} {self.last.lower()}"
        return self.full


@dataclasses.dataclass(frozen=True)
class ChargeTruth:
    """What really happened to one charge; articles report it, partly and late."""

    defendant: PersonNames
    offense: str
    counts: int
    filed: dt.date
    outcome: str  # pending, dismissed, convicted or acquitted
    announced: dt.date  # when the outcome is first expected in the press
    decided: dt.date
    plea: Plea
    max_term: Duration


@dataclasses.dataclass(frozen=True)
class SettlementTruth:
    """A civil settlement a company pays a victim's family."""

    date: dt.date
    amount: Money
    plaintiff: PersonNames


def _rand_date(rng: random.Random, start: dt.date, lo_days: int, hi_days: int) -> dt.date:
    return start + dt.timedelta(days=rng.randint(lo_days, hi_days))


def _part(value: int, of_month: bool) -> Part:
    if of_month:
        return Part.EARLY if value <= 10 else Part.MID if value <= 20 else Part.LATE
    return Part.EARLY if value <= 4 else Part.MID if value <= 8 else Part.LATE


def _vague(rng: random.Random, day: dt.date) -> FuzzyDate:
    """A date as an article gives it: usually the day, else a compatible vaguer date."""
    r = rng.random()
    if r < 0.6:
        return FuzzyDate(day.year, day.month, day.day)
    if r < 0.8:
        return FuzzyDate(day.year, day.month)
    if r < 0.9:
        return FuzzyDate(day.year, day.month, part=_part(day.day, of_month=True))
    if r < 0.97:
        return FuzzyDate(day.year, part=_part(day.month, of_month=False))
    return FuzzyDate(day.year)


def _month_off(day: dt.date, delta: int) -> FuzzyDate:
    m = day.month + delta
    year = day.year + (m - 1) // 12
    return FuzzyDate(year, (m - 1) % 12 + 1)


class Article:
    """Emits the claims of one article, with evidence spans that do not overlap."""

    def __init__(
        self,
        gen: CaseGenerator,
        outlet: str,
        published: dt.date,
        key: str,
    ):
        self.gen = gen
        self.outlet = outlet
        self.published = published
        self.id = hashlib.sha256(key.encode()).hexdigest()[:16]
        self.cursor = gen.rng.randint(0, 400)

    def claim(
        self,
        subject: Subject,
        field: str,
        value: Value,
        quote: str,
        modality: Modality = Modality.ASSERTED,
    ) -> None:
        start = self.cursor
        self.cursor += len(quote) + self.gen.rng.randint(8, 240)
        self.gen.out.append(
            SourceClaim(
                subject,
                field,
                value,
                Evidence(start, start + len(quote), self.gen.intern(quote)),
                self.id,
                modality,
                EXTRACTOR,
                "1",
                self.outlet,
                self.published,
            )
        )


class CaseGenerator:
    """Builds the claims of one fictional case from its own random stream."""

    def __init__(self, index: int, seed: int, intern: Intern, places: Sequence[str]):
        self.index = index
        self.rng = random.Random(seed * 1_000_003 + index)
        self.intern = intern
        self.places = places
        self.out: list[SourceClaim] = []

    # -- interned building blocks -------------------------------------------------------

    def ref(self, kind: EntityKind, name: str) -> EntityRef:
        return self.intern(EntityRef(kind, self.intern(name)))

    def person(self, name: str) -> EntityRef:
        return self.ref(EntityKind.PERSON, name)

    def subject(self, kind: SubjectKind, anchor: EntityRef | None, key: str = "") -> Subject:
        return self.intern(Subject(kind, anchor, key))

    def date(self, value: FuzzyDate) -> FuzzyDate:
        return self.intern(value)

    # -- the case ------------------------------------------------------------------------

    def build(self) -> tuple[list[SourceClaim], int, int]:
        """The claims, with the true numbers of people and organizations."""
        rng = self.rng
        place = rng.choice(self.places)
        start = dt.date(2012, 1, 1) + dt.timedelta(days=rng.randint(0, 12 * 365))

        n_def = 1 if rng.random() < 0.7 else 2
        defendants = [PersonNames(rng, RoleKind.DEFENDANT, female=rng.random() < 0.4)]
        if n_def == 2:
            # sometimes relatives: two defendants sharing a surname
            same = defendants[0].last if rng.random() < 0.2 else None
            defendants.append(
                PersonNames(rng, RoleKind.DEFENDANT, surname=same, female=rng.random() < 0.4)
            )
        lawyers = [
            PersonNames(rng, RoleKind.DEFENSE_ATTORNEY, female=rng.random() < 0.5, client=d)
            for d in defendants
        ]
        prosecutor = PersonNames(rng, RoleKind.PROSECUTOR, female=rng.random() < 0.5)
        judge = None
        if rng.random() < 0.6:
            judge = PersonNames(rng, RoleKind.JUDGE, female=rng.random() < 0.5)
        others = (RoleKind.VICTIM, RoleKind.WITNESS, RoleKind.COMMENTATOR)
        extras = [
            PersonNames(rng, rng.choice(others), female=rng.random() < 0.5)
            for _ in range(rng.randint(0, 3))
        ]
        people = [*defendants, *lawyers, prosecutor, *([judge] if judge else []), *extras]
        people = people[:8]

        da_office = f"{place} County District Attorney's Office"
        court = f"{place} {rng.choice(COURT_KINDS)}"
        company = None
        if rng.random() < 0.45:
            company = f"{_synth_word(rng, 2)} {rng.choice(COMPANY_SUFFIXES)}"
        regulator = f"{place} Department of Labor" if rng.random() < 0.2 else None
        orgs = [da_office, *([company] if company else []), *([regulator] if regulator else [])]

        # the truth of the case
        filed_day = _rand_date(rng, start, 20, 120)
        charges: list[ChargeTruth] = []
        for d in defendants:
            for offense in rng.sample(OFFENSES, rng.randint(1, 3)):
                outcome = rng.choices(
                    ("pending", "dismissed", "convicted", "acquitted"), weights=(4, 3, 3, 1)
                )[0]
                announced = _rand_date(rng, filed_day, 60, 300)
                charges.append(
                    ChargeTruth(
                        defendant=d,
                        offense=offense,
                        counts=rng.choice((1, 1, 1, 2, 2, 3, 4)),
                        filed=filed_day + dt.timedelta(days=rng.choice((0, 0, 0, 1))),
                        outcome=outcome,
                        announced=announced,
                        decided=_rand_date(rng, announced, 5, 60),
                        plea=rng.choice((Plea.NOT_GUILTY, Plea.NOT_GUILTY, Plea.GUILTY)),
                        max_term=Duration(years=rng.choice((1, 3, 5, 10, 18, 20))),
                    )
                )
        hearing = _rand_date(rng, filed_day, 30, 200)
        settle = None
        if company and extras:
            settle = SettlementTruth(
                date=_rand_date(rng, filed_day, 100, 500),
                amount=Money(Decimal(rng.randint(5, 5000)) * 10_000, "USD"),
                plaintiff=extras[0],
            )

        # the coverage: several outlets, articles spread over the case's life
        outlets = rng.sample(OUTLETS, rng.randint(3, 6))
        n_articles = rng.randint(8, 14)
        end = max(c.decided for c in charges) + dt.timedelta(days=30)
        dates = sorted(
            _rand_date(rng, filed_day, 0, (end - filed_day).days) for _ in range(n_articles)
        )
        for k, published in enumerate(dates):
            art = Article(self, rng.choice(outlets), published, f"{SEED}:{self.index}:{k}")
            self._article(art, people, orgs)
            self._charges(art, charges)
            self._proceedings(art, defendants, court, company, settle)
            self._events(art, defendants, hearing, charges)
        return self.out, len(people), len(orgs)

    def _article(self, art: Article, people: list[PersonNames], orgs: list[str]) -> None:
        rng = self.rng
        for p in people:
            if p.role is not RoleKind.DEFENDANT and rng.random() < 0.35:
                continue  # not every article names everyone
            written = p.variant(rng)
            ref = self.person(written)
            subj = self.subject(SubjectKind.PERSON, ref)
            art.claim(subj, "mention", written, written)
            role = p.role
            represents = self.person(p.client.variant(rng)) if p.client else None
            if rng.random() < 0.8:
                art.claim(subj, "role", self.intern(RoleValue(role, represents)), written)
            if p.title and rng.random() < 0.5:
                art.claim(subj, "title", self.intern(p.title), p.title)
            if role is RoleKind.DEFENDANT and rng.random() < 0.4:
                age = p.age + (1 if rng.random() < 0.1 else 0)  # a birthday, or an error
                art.claim(subj, "age", age, f"{age}")
        for name in orgs:
            if rng.random() < 0.5:
                continue
            written = name
            r = rng.random()
            if r < 0.15:
                written = "the " + name
            elif r < 0.25:
                written = name.upper()
            elif r < 0.3 and " LLC" in name:
                written = name.replace(" LLC", "")
            ref = self.ref(EntityKind.ORGANIZATION, written)
            art.claim(self.subject(SubjectKind.ORGANIZATION, ref), "mention", written, written)

    def _charges(self, art: Article, charges: list[ChargeTruth]) -> None:
        rng = self.rng
        for ch in charges:
            if rng.random() < 0.3:
                continue
            d = ch.defendant
            subj = self.subject(SubjectKind.CHARGE, self.person(d.variant(rng)), ch.offense)
            phrase = ch.offense if rng.random() < 0.7 else ch.offense.title()
            art.claim(subj, "offense_text", self.intern(phrase), phrase)
            if rng.random() < 0.6:
                counts = ch.counts
                if rng.random() < 0.08:  # "one count" vs "two counts"
                    counts = 2 if counts == 1 else counts - 1
                art.claim(subj, "counts", counts, f"{counts} counts")
            if rng.random() < 0.5:
                filed = ch.filed
                date = _month_off(filed, rng.choice((-1, 1))) if rng.random() < 0.06 else None
                date = self.date(date or _vague(rng, filed))
                art.claim(subj, "filed", date, f"filed {date}")
            if rng.random() < 0.4:
                t = self.intern(Transition("pending", self.date(_vague(rng, ch.filed))))
                art.claim(subj, "status", t, "charged")
            if rng.random() < 0.3:
                art.claim(subj, "plea", ch.plea, f"pleaded {ch.plea}")
            if rng.random() < 0.3:
                art.claim(subj, "penalty_max", ch.max_term, f"up to {ch.max_term}")
            if ch.outcome != "pending" and art.published >= ch.announced:
                status = ch.outcome
                when: FuzzyDate | None = self.date(_vague(rng, ch.decided))
                if art.published < ch.decided:
                    modality = Modality.EXPECTED  # "set to be dropped"
                elif rng.random() < 0.25:
                    modality = Modality.REPORTED
                else:
                    modality = Modality.ASSERTED
                if rng.random() < 0.15:
                    when = None  # "the charges were dropped", no date
                t = self.intern(Transition(status, when))
                art.claim(subj, "status", t, f"{status}", modality)
                firm = modality is not Modality.EXPECTED
                if firm and status == "dismissed" and rng.random() < 0.5:
                    art.claim(subj, "with_prejudice", False, "without prejudice")
                if firm and status == "convicted" and rng.random() < 0.5:
                    sent = self.subject(SubjectKind.SENTENCE, subj.anchor, "prison")
                    years = max(1, ch.max_term.years // 2)
                    art.claim(sent, "term", Duration(years=years), f"{years} years")
                    art.claim(sent, "date", self.date(_vague(rng, ch.decided)), "sentenced")

    def _proceedings(
        self,
        art: Article,
        defendants: list[PersonNames],
        court: str,
        company: str | None,
        settle: SettlementTruth | None,
    ) -> None:
        rng = self.rng
        for d in defendants:
            if rng.random() < 0.5:
                continue
            anchor = self.person(d.variant(rng))
            subj = self.subject(SubjectKind.PROCEEDING, anchor, "criminal")
            written = court if rng.random() < 0.9 else court.replace("County ", "")
            art.claim(subj, "court", self.intern(written), written)
            art.claim(subj, "defendant", anchor, anchor.name)
        if company and settle:
            payer = self.ref(EntityKind.ORGANIZATION, company)
            if rng.random() < 0.5:
                subj = self.subject(SubjectKind.PROCEEDING, payer, "civil")
                plaintiff = self.person(settle.plaintiff.variant(rng))
                art.claim(subj, "plaintiff", plaintiff, plaintiff.name)
                art.claim(subj, "defendant", payer, payer.name)
            if art.published >= settle.date and rng.random() < 0.7:
                subj = self.subject(SubjectKind.SETTLEMENT, payer, "settlement")
                amount = settle.amount
                if rng.random() < 0.1:  # "about $3 million" for $2.95 million
                    amount = self.intern(Money(round(amount.amount, -6) or amount.amount, "USD"))
                art.claim(subj, "amount", amount, str(amount))
                art.claim(subj, "date", self.date(_vague(rng, settle.date)), "settled")
                plaintiff = self.person(settle.plaintiff.variant(rng))
                art.claim(subj, "party", plaintiff, plaintiff.name)

    def _events(
        self,
        art: Article,
        defendants: list[PersonNames],
        hearing: dt.date,
        charges: list[ChargeTruth],
    ) -> None:
        rng = self.rng
        if rng.random() < 0.5:
            return
        d = defendants[0]
        anchor = self.person(d.variant(rng))
        subj = self.subject(SubjectKind.EVENT, anchor, "hearing:preliminary")
        date = self.date(_vague(rng, hearing))
        art.claim(subj, "date", date, f"hearing {date}")
        dropped = all(c.outcome == "dismissed" for c in charges if c.defendant is d)
        if art.published < hearing:
            t = self.intern(Transition("scheduled", date))
            art.claim(subj, "status", t, "is scheduled", Modality.EXPECTED)
        elif not dropped:
            t = self.intern(Transition("occurred", date))
            art.claim(subj, "status", t, "appeared at a hearing")
        if len(defendants) > 1 and rng.random() < 0.5:
            other = self.person(defendants[1].variant(rng))
            art.claim(subj, "participant", other, other.name)


def generate(n: int, seed: int = SEED) -> tuple[list[SourceClaim], dict[str, int]]:
    """``n`` claims from as many whole cases as it takes (the last one cut short)."""
    intern = Intern()
    place_rng = random.Random(seed)
    places = sorted({_synth_word(place_rng, place_rng.choice((2, 3))) for _ in range(600)})
    claims: list[SourceClaim] = []
    cases = people = orgs = 0
    while len(claims) < n:
        out, n_people, n_orgs = CaseGenerator(cases, seed, intern, places).build()
        claims.extend(out)
        cases += 1
        people += n_people
        orgs += n_orgs
    del claims[n:]
    return claims, {"cases": cases, "people": people, "organizations": orgs}


# -- measurement ---------------------------------------------------------------------


def _rss_mb() -> float:
    """The current resident set size, in MB (Linux; else the peak so far)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):
        return _maxrss_mb()


def _maxrss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes vs KiB


def default_repeat(n: int) -> int:
    """Runs per size: more where runs are short and noise large."""
    return 7 if n <= 1_000 else 5 if n <= 10_000 else 3 if n <= 100_000 else 1


def child(n: int, repeat: int, trace: bool, cpu: int | None) -> dict[str, Any]:
    """Measure one size in this process; returns the record for it."""
    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
    t0 = time.perf_counter()
    claims, stats = generate(n)
    gen_seconds = time.perf_counter() - t0
    gc.collect()
    rss_claims = _rss_mb()
    maxrss_claims = _maxrss_mb()

    walls: list[float] = []
    cpus: list[float] = []
    shape: dict[str, int] = {}
    for _ in range(max(1, repeat)):
        gc.collect()
        w0, c0 = time.perf_counter(), time.process_time()
        case = resolve(claims)
        w1, c1 = time.perf_counter(), time.process_time()
        walls.append(w1 - w0)
        cpus.append(c1 - c0)
        shape = shape or {
            "unique_claims": len(case.claims),
            "persons": len(case.persons),
            "organizations": len(case.organizations),
            "charges": len(case.charges),
            "proceedings": len(case.proceedings),
            "events": len(case.events),
            "conflicts": len(case.conflicts),
            "facts": len(case.facts),
        }
        del case
    maxrss = _maxrss_mb()

    traced = None
    if trace:
        gc.collect()
        tracemalloc.start()
        case = resolve(claims)
        traced = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        del case

    best = min(walls)
    return {
        "n": n,
        "runs": len(walls),
        "seconds": best,
        "seconds_all": walls,
        "cpu_seconds": min(cpus),
        "cpu_seconds_all": cpus,
        "us_per_claim": best / n * 1e6,
        "rss_after_claims_mb": rss_claims,
        "maxrss_after_claims_mb": maxrss_claims,
        "peak_rss_mb": maxrss,
        "resolve_rss_increment_mb": maxrss - rss_claims,
        "tracemalloc_peak_mb": traced,
        "generate_seconds": gen_seconds,
        "generated": stats,
        "case": shape,
    }


def run_size(n: int, repeat: int, trace: bool, cpu: int | None, timeout: float) -> dict[str, Any]:
    """Measure one size in a fresh interpreter."""
    cmd = [sys.executable, __file__, "--child", str(n), "--repeat", str(repeat)]
    if trace:
        cmd.append("--trace")
    if cpu is not None:
        cmd += ["--cpu", str(cpu)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"n": n, "error": f"timed out after {timeout:.0f} s"}
    if proc.returncode != 0:
        return {"n": n, "error": proc.stderr.strip().splitlines()[-1:] or "failed"}
    record: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return record


def add_linearity(records: list[dict[str, Any]]) -> None:
    """Per-claim CPU time relative to the smallest size, and the local log-log slope.

    CPU time (``time.process_time``) rather than wall time: on a shared machine
    other tenants stretch the wall time of a single-threaded, pinned process,
    not its CPU time; on a quiet machine the two agree.
    """
    ok = [r for r in records if "error" not in r]
    if not ok:
        return
    base = ok[0]
    prev = None
    for r in ok:
        r["cpu_us_per_claim"] = r["cpu_seconds"] / r["n"] * 1e6
        r["per_claim_ratio"] = r["cpu_seconds"] / r["n"] / (base["cpu_seconds"] / base["n"])
        r["ratio_baseline_n"] = base["n"]
        r["slope"] = (
            math.log(r["cpu_seconds"] / prev["cpu_seconds"]) / math.log(r["n"] / prev["n"])
            if prev is not None
            else None
        )
        prev = r


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


COLUMNS: tuple[tuple[str, Callable[[dict[str, Any]], str]], ...] = (
    ("n", lambda r: f"{r['n']:,}"),
    ("wall s", lambda r: f"{r['seconds']:.3f}"),
    ("cpu s", lambda r: f"{r['cpu_seconds']:.3f}"),
    ("cpu µs/claim", lambda r: f"{r['cpu_us_per_claim']:.1f}"),
    ("÷ base", lambda r: f"{r['per_claim_ratio']:.2f}"),
    ("slope", lambda r: _fmt(r["slope"], ".2f")),
    ("peak RSS MB", lambda r: f"{r['peak_rss_mb']:.0f}"),
    ("RSS w/ claims MB", lambda r: f"{r['rss_after_claims_mb']:.0f}"),
    ("resolve +RSS MB", lambda r: f"{r['resolve_rss_increment_mb']:.0f}"),
    ("tracemalloc MB", lambda r: _fmt(r["tracemalloc_peak_mb"], ".1f")),
    ("runs", lambda r: str(r["runs"])),
)


def table(records: list[dict[str, Any]], markdown: bool = False) -> str:
    """The results as a plain-text (or Markdown) table."""
    rows = [[name for name, _ in COLUMNS]]
    for r in records:
        if "error" in r:
            rows.append([f"{r['n']:,}", r["error"], *[""] * (len(COLUMNS) - 2)])
        else:
            rows.append([cell(r) for _, cell in COLUMNS])
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    if markdown:
        lines = [
            "| " + " | ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) + " |"
            for row in rows
        ]
        lines.insert(1, "|" + "|".join("-" * (w + 1) + ":" for w in widths) + "|")
        return "\n".join(lines)
    return "\n".join(
        "  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) for row in rows
    )


def provenance() -> dict[str, Any]:
    """Which legalnews was measured: its path and, in a git checkout, commit and dirty files."""
    import legalnews

    where = Path(legalnews.__file__).resolve().parent
    info: dict[str, Any] = {"legalnews_path": str(where), "commit": None, "dirty": None}
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=where, capture_output=True, text=True, check=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "."],
            cwd=where,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return info
    info["commit"] = head.stdout.strip()
    info["dirty"] = [line[3:] for line in dirty.stdout.splitlines()]
    return info


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--repeat", type=int, help="runs per size (default: 7, 5, 3, 1)")
    parser.add_argument(
        "--tracemalloc-max",
        type=int,
        default=1_000_000,
        help="also run under tracemalloc for sizes up to this (default: %(default)s)",
    )
    parser.add_argument("--cpu", type=int, help="the core to pin to (default: the first allowed)")
    parser.add_argument("--timeout", type=float, default=3600.0, help="seconds per size")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child is not None:
        record = child(args.child, args.repeat or 1, args.trace, args.cpu)
        print(json.dumps(record))
        return 0

    cpu = args.cpu
    if cpu is None and hasattr(os, "sched_getaffinity"):
        cpu = min(os.sched_getaffinity(0))
    records = []
    for n in sorted(args.sizes):
        repeat = args.repeat or default_repeat(n)
        print(f"n={n:,}: {repeat} run(s)...", file=sys.stderr, flush=True)
        records.append(run_size(n, repeat, n <= args.tracemalloc_max, cpu, args.timeout))
    add_linearity(records)
    print(table(records, markdown=args.markdown))
    if any("ratio_baseline_n" in r for r in records):
        base = next(r["ratio_baseline_n"] for r in records if "ratio_baseline_n" in r)
        print(
            f"÷ base: CPU time per claim relative to n={base:,}; "
            "slope: d log(cpu s) / d log(n), 1.0 is linear"
        )

    result = {
        "benchmark": "legalnews.resolve",
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        **provenance(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "pinned_cpu": cpu,
        "seed": SEED,
        "loadavg_after": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "results": records,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
