"""The vocabularies of English legal news, as data a user can extend.

Every rule of the built-in extractors reads its words from a
:class:`Lexicon`; nothing is buried in a function. To teach the extractors a
new offense or title, evolve the default one::

    from attrs import evolve
    from legalnews import DEFAULT_LEXICON
    mine = evolve(DEFAULT_LEXICON,
                  offenses={**DEFAULT_LEXICON.offenses, "wire fraud": "wire fraud"})
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["DEFAULT_LEXICON", "Lexicon"]

# surface form -> canonical offense. Longer forms win where two overlap.
_OFFENSES: dict[str, str] = {
    # homicide and violence
    "murder": "murder",
    "first-degree murder": "first-degree murder",
    "second-degree murder": "second-degree murder",
    "capital murder": "capital murder",
    "attempted murder": "attempted murder",
    "manslaughter": "manslaughter",
    "involuntary manslaughter": "involuntary manslaughter",
    "voluntary manslaughter": "voluntary manslaughter",
    "vehicular manslaughter": "vehicular manslaughter",
    "negligent homicide": "negligent homicide",
    "criminally negligent homicide": "criminally negligent homicide",
    "homicide": "homicide",
    "assault": "assault",
    "aggravated assault": "aggravated assault",
    "sexual assault": "sexual assault",
    "battery": "battery",
    "aggravated battery": "aggravated battery",
    "domestic violence": "domestic violence",
    "kidnapping": "kidnapping",
    "rape": "rape",
    "robbery": "robbery",
    "armed robbery": "armed robbery",
    "child endangerment": "child endangerment",
    "reckless endangerment": "reckless endangerment",
    "stalking": "stalking",
    "harassment": "harassment",
    "arson": "arson",
    "burglary": "burglary",
    "theft": "theft",
    "grand theft": "grand theft",
    "grand larceny": "grand larceny",
    "larceny": "larceny",
    "vandalism": "vandalism",
    "trespassing": "trespassing",
    # weapons
    "unsafe handling of a firearm": "unsafe handling of a firearm",
    "negligent use of a deadly weapon": "negligent use of a deadly weapon",
    "negligent use of a firearm": "negligent use of a firearm",
    "unlawful possession of a firearm": "unlawful possession of a firearm",
    "illegal possession of a firearm": "unlawful possession of a firearm",
    "possession of a firearm": "possession of a firearm",
    "firearm enhancement": "firearm enhancement",
    "firearms enhancement": "firearm enhancement",
    "gun enhancement": "firearm enhancement",
    "weapons enhancement": "firearm enhancement",
    "weapon enhancement": "firearm enhancement",
    "firearm enhancement penalty": "firearm enhancement",
    # fraud, finance, corruption
    "fraud": "fraud",
    "wire fraud": "wire fraud",
    "mail fraud": "mail fraud",
    "bank fraud": "bank fraud",
    "securities fraud": "securities fraud",
    "tax fraud": "tax fraud",
    "tax evasion": "tax evasion",
    "insurance fraud": "insurance fraud",
    "health care fraud": "health care fraud",
    "money laundering": "money laundering",
    "embezzlement": "embezzlement",
    "bribery": "bribery",
    "extortion": "extortion",
    "racketeering": "racketeering",
    "insider trading": "insider trading",
    "identity theft": "identity theft",
    "forgery": "forgery",
    "falsifying business records": "falsifying business records",
    "conspiracy": "conspiracy",
    "conspiracy to commit wire fraud": "conspiracy to commit wire fraud",
    "conspiracy to commit fraud": "conspiracy to commit fraud",
    "conspiracy to defraud the united states": "conspiracy to defraud the united states",
    # justice and government
    "obstruction of justice": "obstruction of justice",
    "obstruction": "obstruction",
    "perjury": "perjury",
    "false statements": "making false statements",
    "making false statements": "making false statements",
    "lying to federal agents": "making false statements",
    "contempt of court": "contempt of court",
    "contempt of congress": "contempt of congress",
    "witness tampering": "witness tampering",
    "tampering with evidence": "tampering with evidence",
    "tampering with a witness": "witness tampering",
    "election interference": "election interference",
    "espionage": "espionage",
    "treason": "treason",
    "seditious conspiracy": "seditious conspiracy",
    "terrorism": "terrorism",
    # drugs, driving, other
    "drug trafficking": "drug trafficking",
    "drug possession": "drug possession",
    "possession of a controlled substance": "possession of a controlled substance",
    "driving under the influence": "driving under the influence",
    "drunk driving": "driving under the influence",
    "dui": "driving under the influence",
    "hit and run": "hit and run",
    "human trafficking": "human trafficking",
    "sex trafficking": "sex trafficking",
    "child pornography": "child pornography",
    "animal cruelty": "animal cruelty",
    "resisting arrest": "resisting arrest",
    "disorderly conduct": "disorderly conduct",
}

_ENHANCEMENT_WORDS = frozenset({"enhancement", "enhancements"})

_TITLE_HEADS: frozenset[str] = frozenset(
    {
        "actor", "actress", "producer", "coproducer", "co-producer", "director",
        "cinematographer", "armorer", "armourer", "supervisor", "coordinator", "writer",
        "singer", "rapper", "musician", "comedian", "star", "model", "author", "journalist",
        "reporter", "photographer", "editor", "officer", "deputy", "sheriff", "detective",
        "agent", "trooper", "chief", "captain", "sergeant", "lieutenant", "ceo", "founder",
        "executive", "president", "chairman", "chairwoman", "chair", "manager", "owner",
        "employee", "worker", "engineer", "doctor", "physician", "nurse", "teacher", "coach",
        "player", "senator", "governor", "mayor", "congressman", "congresswoman",
        "lawmaker", "representative", "commissioner", "secretary", "minister", "spokesman",
        "spokeswoman", "spokesperson", "representative", "prosecutor", "attorney", "lawyer",
        "judge", "justice", "magistrate", "counsel", "defender", "investigator", "analyst",
        "expert", "professor", "partner", "associate", "specialist", "technician",
        "assistant", "clerk", "guard", "pilot", "driver", "soldier", "veteran", "priest",
        "pastor", "activist", "influencer", "student", "mother", "father", "sister",
        "brother", "husband", "wife", "son", "daughter", "widow", "widower",
    }
)
"""Head nouns of job titles and descriptions ("script *supervisor*", "*actor*")."""

_TITLE_MODIFIERS: frozenset[str] = frozenset(
    {
        "script", "weapons", "weapon", "safety", "assistant", "special", "district",
        "deputy", "chief", "executive", "associate", "senior", "lead", "head", "film",
        "movie", "television", "tv", "stunt", "prop", "props", "casting", "art", "music",
        "personal", "injury", "defense", "defence", "criminal", "civil", "entertainment",
        "corporate", "celebrity", "trial", "federal", "state", "county", "city", "public",
        "former", "first", "second", "new", "legal", "police", "sheriff's", "court",
        "immigration", "estate", "family", "divorce", "appellate", "circuit", "u.s.",
        "us", "general", "managing", "production", "line", "set", "co", "hollywood",
    }
)
"""Words that may stand before a title head ("*special* prosecutor")."""

_PROSECUTOR_TITLES: frozenset[str] = frozenset(
    {
        "prosecutor", "prosecutors", "special prosecutor", "special prosecutors",
        "district attorney", "assistant district attorney", "deputy district attorney",
        "attorney general", "state attorney general", "u.s. attorney", "us attorney",
        "state's attorney", "county attorney", "da", "solicitor general",
        "special counsel", "assistant u.s. attorney", "federal prosecutor",
        "federal prosecutors", "state prosecutor", "state prosecutors",
    }
)
"""Titles that make a person a prosecutor (unless *former* and not on the case)."""

_JUDGE_TITLES: frozenset[str] = frozenset(
    {
        "judge", "district judge", "circuit judge", "superior court judge",
        "magistrate judge", "magistrate", "justice", "chief justice", "presiding judge",
        "u.s. district judge", "federal judge", "state judge", "county judge",
    }
)

_LAWYER_WORDS: frozenset[str] = frozenset(
    {"attorney", "attorneys", "lawyer", "lawyers", "counsel", "defense team",
     "legal team", "defender", "defenders", "solicitor", "solicitors", "barrister"}
)

_EXPERT_CUES: frozenset[str] = frozenset(
    {
        "legal expert", "legal experts", "legal analyst", "law professor", "professor",
        "former federal prosecutor", "former prosecutor", "personal injury lawyer",
        "personal injury attorney", "defense lawyer", "defense attorney",
        "criminal defense attorney", "criminal defense lawyer", "entertainment lawyer",
        "trial lawyer", "trial attorney", "legal commentator", "analyst",
    }
)
"""Descriptions of people news quotes for their view of a case."""

_NOT_INVOLVED: tuple[str, ...] = (
    "not involved", "does not represent", "doesn't represent", "did not represent",
    "is not representing", "not representing", "has no role", "not part of",
    "not connected to", "no involvement", "uninvolved",
)
"""Phrases saying a quoted person has no part in the case."""

_ORG_HEADS: frozenset[str] = frozenset(
    {
        "productions", "production", "pictures", "studios", "studio", "films", "entertainment",
        "media", "inc", "inc.", "llc", "ltd", "corp", "corp.", "corporation", "company", "co.",
        "group", "holdings", "partners", "associates", "bank", "court", "department", "dept.",
        "office", "bureau", "agency", "administration", "commission", "committee", "council",
        "board", "ministry", "authority", "police", "sheriff's", "university", "college",
        "school", "hospital", "church", "association", "union", "foundation", "institute",
        "news", "times", "post", "journal", "tribune", "press", "herald", "gazette",
        "network", "channel", "broadcasting", "services", "service", "safety", "insurance",
        "airlines", "motors", "technologies", "labs", "systems", "firm", "ranch", "center",
        "centre", "prison", "jail", "team", "league", "party", "congress", "senate", "house",
    }
)
"""Words that make a capitalized name an organization (or a place that is one)."""

_COURT_WORDS: frozenset[str] = frozenset({"court", "tribunal"})

_REGULATOR_WORDS: frozenset[str] = frozenset(
    {"regulator", "regulators", "regulatory", "bureau", "commission", "agency",
     "administration", "authority", "inspectors", "osha", "department", "board"}
)

_PLACES: frozenset[str] = frozenset(
    {
        # US states
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
        "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
        "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
        "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
        "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
        "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
        "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
        "virginia", "washington", "west virginia", "wisconsin", "wyoming",
        "district of columbia",
        # cities and regions that news names bare
        "los angeles", "new york city", "san francisco", "san diego", "santa fe",
        "albuquerque", "chicago", "houston", "dallas", "austin", "miami", "atlanta",
        "boston", "philadelphia", "phoenix", "seattle", "denver", "las vegas", "detroit",
        "manhattan", "brooklyn", "queens", "the bronx", "hollywood", "silicon valley",
        "washington d.c.", "london", "paris", "berlin", "moscow", "beijing", "tokyo",
        "toronto", "mexico city", "ukraine", "russia", "china", "mexico", "canada",
        "united states", "united kingdom", "america", "europe", "hong kong", "new orleans",
    }
)

_NON_NAMES: frozenset[str] = frozenset(
    {
        # function words that start sentences
        "the", "a", "an", "and", "but", "or", "so", "if", "when", "while", "as", "at", "in",
        "on", "for", "of", "to", "by", "with", "from", "after", "before", "since", "during",
        "both", "neither", "either", "each", "all", "some", "many", "most", "several", "this",
        "that", "these", "those", "it", "its", "he", "she", "they", "we", "his", "her",
        "their", "our", "i", "you", "there", "here", "however", "meanwhile", "despite",
        "although", "though", "because", "until", "also", "still", "then", "now", "not",
        "no", "yes", "another", "other", "one", "two", "three", "what", "who", "why", "how",
        "where", "which", "whether", "according", "under", "over", "about", "against",
        "rather", "instead", "even", "just", "only", "more", "less", "last", "next",
        "first", "second", "third", "former", "new", "news", "update", "read", "watch",
        "click", "photo", "video", "image", "file", "breaking", "exclusive", "opinion",
        "analysis", "ultimately", "recently", "currently", "earlier", "later", "today",
        "yesterday", "tomorrow", "mr", "mrs", "ms", "dr",
        # calendar words
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "christmas", "thanksgiving", "easter",
        # common capitalized non-names in legal news
        "court", "prosecutors", "prosecutor", "police", "officials", "authorities",
        "investigators", "jurors", "jury", "state", "federal", "county", "city", "western",
        "republican", "republicans", "democrat", "democrats", "democratic", "gop",
        "god", "internet", "covid", "coronavirus", "act", "amendment", "constitution",
        "celebrity", "legal", "criminal", "civil", "special", "district", "attorney",
        "judge", "justice", "president", "senator", "governor", "mayor", "officer",
        "director", "actor", "actress", "armorer", "cinematographer", "producer",
        "star", "lawyer", "sheriff", "detective", "agent", "chief", "deputy", "general",
        "assistant", "safety", "personal", "injury", "defense", "entertainment", "film",
        "movie", "set", "hollywood", "a-list", "supreme", "superior", "appeals", "grand",
    }
)
"""Capitalized words that do not start or make a person's name on their own."""

_CALENDAR_WORDS: frozenset[str] = frozenset(
    {
        "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday",
    }
)
"""Month and weekday names: a capitalized run holding one is not a name ("May" is left out)."""

_NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "del", "della", "der", "di", "da", "du", "van", "von", "la", "le", "bin", "al",
     "st.", "mc", "o'"}
)

_HEARING_KINDS: Mapping[str, str] = {
    "preliminary hearing": "preliminary",
    "preliminary examination": "preliminary",
    "status hearing": "status",
    "status conference": "status",
    "arraignment": "arraignment",
    "sentencing hearing": "sentencing",
    "sentencing": "sentencing",
    "bail hearing": "bail",
    "bond hearing": "bail",
    "detention hearing": "bail",
    "competency hearing": "competency",
    "motions hearing": "motions",
    "pretrial hearing": "pretrial",
    "pre-trial hearing": "pretrial",
    "evidentiary hearing": "evidentiary",
    "plea hearing": "plea",
    "hearing": "",
    "mini-trial": "preliminary",
    "trial": "trial",
}
"""Court events by the words news uses for them, to a label."""

_MONEY_KINDS: Mapping[str, str] = {
    "fine": "fine",
    "fined": "fine",
    "penalty": "fine",
    "civil penalty": "fine",
    "settlement": "settlement",
    "settle": "settlement",
    "settled": "settlement",
    "plea agreement": "plea_agreement",
    "plea deal": "plea_agreement",
    "plea bargain": "plea_agreement",
    "deferred prosecution agreement": "deferred_prosecution",
}

_SENTENCE_KINDS: Mapping[str, str] = {
    "probation": "probation",
    "prison": "prison",
    "in prison": "prison",
    "behind bars": "prison",
    "imprisonment": "prison",
    "jail": "jail",
    "in jail": "jail",
    "community service": "community_service",
    "house arrest": "other",
    "home confinement": "other",
    "death penalty": "death",
    "death sentence": "death",
}

_EXPECTED_CUES: tuple[str, ...] = (
    "set to", "expected to", "plan to", "plans to", "planned to", "planning to",
    "poised to", "intend to", "intends to", "going to", "about to", "will ", "would ",
    "could ", "may ", "might ", "likely to", "scheduled to", "prepared to",
)
_REPORTED_CUES: tuple[str, ...] = (
    "according to", "reportedly", "reported that", "reported", "sources said",
    "media outlets", "people familiar", "familiar with the matter", "allegedly",
    "is said to", "are said to", "sources say", "multiple reports",
)
_NEGATION_CUES: tuple[str, ...] = (
    " not ", "n't ", " never ", " no longer ", " denied ", " declined to ",
)


@attrs.frozen
class Lexicon:
    """The word tables every built-in extractor reads.

    Args:
        offenses: surface forms of offenses to their canonical name.
        title_heads: head nouns of titles ("supervisor").
        title_modifiers: words that may precede a head ("script").
        prosecutor_titles: titles that make someone a prosecutor.
        judge_titles: titles that make someone a judge.
        lawyer_words: words for counsel.
        expert_cues: descriptions of quoted commentators.
        not_involved: phrases that say a quoted person has no part in the case.
        org_heads: words that make a name an organization.
        court_words: words that make an organization a court.
        regulator_words: words that make a party a regulator (its dispute regulatory).
        places: places named bare in news, never people.
        non_names: capitalized words that are not names.
        name_particles: lower-case particles inside names ("de", "van").
        calendar_words: month and weekday names, never part of a person's name.
        hearing_kinds: court events to their label.
        money_kinds: words around money to a settlement kind.
        sentence_kinds: words of a sentence to its kind.
        expected_cues, reported_cues, negation_cues: modality cues.
        enhancement_words: words that make an offense a penalty enhancement.
    """

    offenses: Mapping[str, str] = attrs.field(factory=lambda: dict(_OFFENSES))
    title_heads: frozenset[str] = _TITLE_HEADS
    title_modifiers: frozenset[str] = _TITLE_MODIFIERS
    prosecutor_titles: frozenset[str] = _PROSECUTOR_TITLES
    judge_titles: frozenset[str] = _JUDGE_TITLES
    lawyer_words: frozenset[str] = _LAWYER_WORDS
    expert_cues: frozenset[str] = _EXPERT_CUES
    not_involved: tuple[str, ...] = _NOT_INVOLVED
    org_heads: frozenset[str] = _ORG_HEADS
    court_words: frozenset[str] = _COURT_WORDS
    regulator_words: frozenset[str] = _REGULATOR_WORDS
    places: frozenset[str] = _PLACES
    non_names: frozenset[str] = _NON_NAMES
    name_particles: frozenset[str] = _NAME_PARTICLES
    calendar_words: frozenset[str] = _CALENDAR_WORDS
    hearing_kinds: Mapping[str, str] = attrs.field(factory=lambda: dict(_HEARING_KINDS))
    money_kinds: Mapping[str, str] = attrs.field(factory=lambda: dict(_MONEY_KINDS))
    sentence_kinds: Mapping[str, str] = attrs.field(factory=lambda: dict(_SENTENCE_KINDS))
    expected_cues: tuple[str, ...] = _EXPECTED_CUES
    reported_cues: tuple[str, ...] = _REPORTED_CUES
    negation_cues: tuple[str, ...] = _NEGATION_CUES
    enhancement_words: frozenset[str] = _ENHANCEMENT_WORDS


DEFAULT_LEXICON = Lexicon()
"""The lexicon the built-in extractors use unless given another."""
