"""The controlled vocabularies of the fact sheet, as enums.

Each member's value is the string the fact sheet uses, so a member
serializes as that string and ``RoleKind("judge")`` reads it back.
"""

from __future__ import annotations

import enum

__all__ = [
    "ChargeStatus",
    "EntityKind",
    "EventStatus",
    "EventType",
    "Modality",
    "Plea",
    "ProceedingKind",
    "ProceedingStatus",
    "RoleKind",
    "SentenceKind",
    "SettlementKind",
    "SubjectKind",
]


class RoleKind(enum.StrEnum):
    """The part a person plays in a case."""

    DEFENDANT = "defendant"
    PLAINTIFF = "plaintiff"
    PROSECUTOR = "prosecutor"
    DEFENSE_ATTORNEY = "defense_attorney"
    PLAINTIFF_ATTORNEY = "plaintiff_attorney"
    COUNSEL = "counsel"
    JUDGE = "judge"
    VICTIM = "victim"
    WITNESS = "witness"
    COMMENTATOR = "commentator"


class ProceedingKind(enum.StrEnum):
    """What sort of proceeding: who brings it and under which law."""

    CRIMINAL = "criminal"
    CIVIL = "civil"
    REGULATORY = "regulatory"
    APPEAL = "appeal"


class ProceedingStatus(enum.StrEnum):
    """Where a proceeding stands."""

    PENDING = "pending"
    DISMISSED = "dismissed"
    SETTLED = "settled"
    CONVICTED = "convicted"
    ACQUITTED = "acquitted"
    JUDGMENT = "judgment"
    CLOSED = "closed"


class ChargeStatus(enum.StrEnum):
    """Where a charge stands."""

    PENDING = "pending"
    DISMISSED = "dismissed"
    CONVICTED = "convicted"
    ACQUITTED = "acquitted"


class Plea(enum.StrEnum):
    """A defendant's answer to a charge."""

    NOT_GUILTY = "not_guilty"
    GUILTY = "guilty"
    NO_CONTEST = "no_contest"


class SentenceKind(enum.StrEnum):
    """What a sentence imposes."""

    PRISON = "prison"
    JAIL = "jail"
    PROBATION = "probation"
    FINE = "fine"
    COMMUNITY_SERVICE = "community_service"
    DEATH = "death"
    OTHER = "other"


class SettlementKind(enum.StrEnum):
    """How a dispute was resolved for money or by agreement."""

    SETTLEMENT = "settlement"
    FINE = "fine"
    PLEA_AGREEMENT = "plea_agreement"
    DEFERRED_PROSECUTION = "deferred_prosecution"


class EventType(enum.StrEnum):
    """What happened (or will) in a case; after ACE 2005's Justice events."""

    INCIDENT = "incident"
    ARREST = "arrest"
    CHARGE = "charge"
    AMENDMENT = "amendment"
    PLEA = "plea"
    MOTION = "motion"
    HEARING = "hearing"
    TRIAL = "trial"
    VERDICT = "verdict"
    DISMISSAL = "dismissal"
    SENTENCE = "sentence"
    SETTLEMENT = "settlement"
    LAWSUIT = "lawsuit"
    APPEAL = "appeal"


class EventStatus(enum.StrEnum):
    """Whether an event happened, is on the calendar, is expected, or was called off."""

    OCCURRED = "occurred"
    SCHEDULED = "scheduled"
    EXPECTED = "expected"
    CANCELLED = "cancelled"


class Modality(enum.StrEnum):
    """How a source puts a claim: as fact, second-hand, as a plan, denied, or as opinion.

    Resolution never lets an expected, negated or opinion claim outrank an
    asserted one.
    """

    ASSERTED = "asserted"
    REPORTED = "reported"
    EXPECTED = "expected"
    NEGATED = "negated"
    OPINION = "opinion"


class EntityKind(enum.StrEnum):
    """The two kinds of named parties."""

    PERSON = "person"
    ORGANIZATION = "organization"


class SubjectKind(enum.StrEnum):
    """What a claim is about; the section of the fact sheet it feeds."""

    PERSON = "person"
    ORGANIZATION = "organization"
    CHARGE = "charge"
    PROCEEDING = "proceeding"
    SENTENCE = "sentence"
    SETTLEMENT = "settlement"
    EVENT = "event"
