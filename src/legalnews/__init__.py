"""legalnews: news articles about legal cases in, a typed case with provenance out."""

from ._claims import FIELDS, EntityRef, Evidence, FieldSpec, RoleValue, SourceClaim, Subject, Transition, Value
from ._dates import FuzzyDate, Part, Precision
from ._errors import ArticleError, ExtractorError, FormatError, LegalNewsError, PluginError, ValueParseError
from ._quantities import Duration, Money
from ._sources import Article, Source
from ._vocab import (
    ChargeStatus,
    EntityKind,
    EventStatus,
    EventType,
    Modality,
    Plea,
    ProceedingKind,
    ProceedingStatus,
    RoleKind,
    SentenceKind,
    SettlementKind,
    SubjectKind,
)

__all__ = [
    "FIELDS", "Article", "ArticleError", "ChargeStatus", "Duration", "EntityKind", "EntityRef",
    "EventStatus", "EventType", "Evidence", "ExtractorError", "FieldSpec", "FormatError",
    "FuzzyDate", "LegalNewsError", "Modality", "Money", "Part", "Plea", "PluginError",
    "Precision", "ProceedingKind", "ProceedingStatus", "RoleKind", "RoleValue", "SentenceKind",
    "SettlementKind", "Source", "SourceClaim", "Subject", "SubjectKind", "Transition", "Value",
    "ValueParseError",
]
