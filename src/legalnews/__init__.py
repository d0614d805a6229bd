"""legalnews: news articles about legal cases in, a typed case with provenance out.

Read articles, extract claims with pluggable extractors, resolve them into a
case whose every fact cites the sentence that says it, and merge what many
outlets say with explicit, tested conflict rules.

>>> import datetime, legalnews
>>> result = legalnews.build([legalnews.Article(
...     "Prosecutors charged Ann Roe with fraud in March 2024.",
...     legalnews.Source(outlet="Example Times", published=datetime.date(2024, 5, 2)))])
>>> [(c.offense, str(c.filed)) for c in result.case.charges]
[('fraud', '2024-03')]
"""

from ._amounts import DurationMention, MoneyMention
from ._build import BuildResult, build
from ._case import (
    Candidate,
    Case,
    Charge,
    Conflict,
    Event,
    Fact,
    Judgement,
    Organization,
    Penalty,
    Person,
    Proceeding,
    Role,
    Sentence,
    Settlement,
    StatusChange,
)
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
from ._convert import FORMAT, from_json, make_converter, to_json
from ._dates import FuzzyDate, Part, Precision
from ._document import (
    ABBREVIATIONS,
    CLEANERS,
    DEFAULT_CLEANERS,
    BylineRule,
    CaptionRule,
    Cleaner,
    Document,
    HeadingRule,
    Paragraph,
    PhraseRule,
    Quotation,
    TeaserRule,
    TextSentence,
)
from ._entities import name_key
from ._errors import (
    ArticleError,
    ExtractorError,
    FormatError,
    LegalNewsError,
    PluginError,
    ValueParseError,
)
from ._extractors._analysis import Analysis, analyze
from ._extractors._charges import ChargesExtractor
from ._extractors._court import CourtExtractor
from ._extractors._lexicon import DEFAULT_LEXICON, Lexicon
from ._extractors._names import NameMention
from ._extractors._parties import PartiesExtractor
from ._factsheet import FACTSHEET_FORMAT, to_factsheet
from ._pipeline import (
    ENTRY_POINT_GROUP,
    REGISTRY,
    ExtractionResult,
    Extractor,
    Pipeline,
    Registry,
    extract,
)
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
from ._reading import ReadResult, read_articles
from ._report import render_report, render_summary, timeline
from ._resolve import merge, resolve
from ._score import (
    OFFENSE_STOP_WORDS,
    SCORED_SECTIONS,
    Score,
    SectionScore,
    load_factsheet,
    score,
    validate_factsheet,
)
from ._sources import Article, Source
from ._temporal import DateMention, Tense
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
    "ABBREVIATIONS",
    "CLEANERS",
    "DEFAULT_CLEANERS",
    "DEFAULT_LEXICON",
    "DEFAULT_POLICY",
    "ENTRY_POINT_GROUP",
    "FACTSHEET_FORMAT",
    "FIELDS",
    "FORMAT",
    "OFFENSE_STOP_WORDS",
    "REGISTRY",
    "SCORED_SECTIONS",
    "Analysis",
    "Article",
    "ArticleError",
    "BuildResult",
    "BylineRule",
    "Candidate",
    "CaptionRule",
    "Case",
    "Charge",
    "ChargeStatus",
    "ChargesExtractor",
    "Cleaner",
    "Conflict",
    "CourtExtractor",
    "DateMention",
    "Document",
    "Duration",
    "DurationMention",
    "EntityKind",
    "EntityRef",
    "Event",
    "EventStatus",
    "EventType",
    "Evidence",
    "ExtractionResult",
    "Extractor",
    "ExtractorError",
    "Fact",
    "FieldSpec",
    "FormatError",
    "FuzzyDate",
    "HeadingRule",
    "IndependentSources",
    "Judgement",
    "LegalNewsError",
    "Lexicon",
    "Modality",
    "ModalityRank",
    "Money",
    "MoneyMention",
    "NameMention",
    "Organization",
    "Paragraph",
    "Part",
    "PartiesExtractor",
    "Penalty",
    "Person",
    "PhraseRule",
    "Pipeline",
    "Plea",
    "PluginError",
    "Policy",
    "Precision",
    "Proceeding",
    "ProceedingKind",
    "ProceedingStatus",
    "Quotation",
    "ReadResult",
    "Recency",
    "Registry",
    "Role",
    "RoleKind",
    "RoleValue",
    "Rule",
    "Score",
    "SectionScore",
    "Sentence",
    "SentenceKind",
    "Settlement",
    "SettlementKind",
    "Source",
    "SourceClaim",
    "Specificity",
    "StatusChange",
    "Subject",
    "SubjectKind",
    "TeaserRule",
    "Tense",
    "TextSentence",
    "Transition",
    "TrustWeights",
    "Value",
    "ValueParseError",
    "analyze",
    "build",
    "extract",
    "from_json",
    "load_factsheet",
    "make_converter",
    "merge",
    "name_key",
    "read_articles",
    "render_report",
    "render_summary",
    "resolve",
    "score",
    "timeline",
    "to_factsheet",
    "to_json",
    "validate_factsheet",
]
