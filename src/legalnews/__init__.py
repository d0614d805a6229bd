"""legalnews: news articles about legal cases in, a typed case with provenance out."""

from ._claims import (
    FIELDS,
    EntityRef,
    Evidence,
    FieldSpec,
    RoleValue,
    SourceClaim,
    Subject,
    Transition,
    Value,
)
from ._dates import FuzzyDate, Part, Precision
from ._convert import FORMAT, from_json, make_converter, to_json
from ._errors import (
    ArticleError,
    ExtractorError,
    FormatError,
    LegalNewsError,
    PluginError,
    ValueParseError,
)
from ._entities import name_key
from ._policies import (
    DEFAULT_POLICY,
    IndependentSources,
    ModalityRank,
    Policy,
    Recency,
    Rule,
    Specificity,
    TrustWeights,
)
from ._quantities import Duration, Money
from ._resolve import merge, resolve
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
    "Article",
    "ArticleError",
    "ChargeStatus",
    "DEFAULT_POLICY",
    "Duration",
    "EntityKind",
    "EntityRef",
    "EventStatus",
    "EventType",
    "Evidence",
    "ExtractorError",
    "FIELDS",
    "FORMAT",
    "FieldSpec",
    "FormatError",
    "FuzzyDate",
    "IndependentSources",
    "LegalNewsError",
    "Modality",
    "ModalityRank",
    "Money",
    "Part",
    "Plea",
    "PluginError",
    "Policy",
    "Precision",
    "ProceedingKind",
    "ProceedingStatus",
    "Recency",
    "RoleKind",
    "RoleValue",
    "Rule",
    "SentenceKind",
    "SettlementKind",
    "Source",
    "SourceClaim",
    "Specificity",
    "Subject",
    "SubjectKind",
    "Transition",
    "TrustWeights",
    "Value",
    "ValueParseError",
    "from_json",
    "make_converter",
    "merge",
    "name_key",
    "resolve",
    "to_json",
]
