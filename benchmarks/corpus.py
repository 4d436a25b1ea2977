"""A deterministic generator of English news text for sitrep's benchmarks.

About half of the documents are wire-style reports of aerial attacks (headline, dateline
lead, body paragraphs with launched / destroyed / hit figures, casualties, quotes and
background); the rest are unrelated news (economy, sports, politics, weather, science,
culture), with a few traps from DOMAIN.md section 4 (a SpaceX launch, an earthquake toll,
a forecast). Numbers, names and places are drawn per document, so the vocabulary keeps
growing and the tokenizer cache does not hit everything.

Each document is built from its own ``random.Random(f"{seed}:{index}")``: the first
``n`` documents are the same whatever ``n`` is, and the same on every run and machine.

Usage::

    python benchmarks/corpus.py 2000 corpus.jsonl --seed 0
    python benchmarks/corpus.py 10 - | head -c 2000
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from random import Random
from typing import TextIO

__all__ = ["ATTACK_SHARE", "CorpusDocument", "generate", "generate_labelled", "word_count"]

ATTACK_SHARE = 0.5
"""Probability that a generated document is an attack report."""

MIN_WORDS = 80
MAX_WORDS = 600

# --------------------------------------------------------------------------- vocabulary

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTH_ABBR = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct",
              "Nov", "Dec")
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
                "sixteen", "seventeen", "eighteen", "nineteen", "twenty")

UA_CITIES = (("Kyiv", "Kyiv"), ("Kharkiv", "Kharkiv"), ("Odesa", "Odesa"), ("Lviv", "Lviv"),
             ("Dnipro", "Dnipropetrovsk"), ("Zaporizhzhia", "Zaporizhzhia"),
             ("Sumy", "Sumy"), ("Chernihiv", "Chernihiv"), ("Poltava", "Poltava"),
             ("Mykolaiv", "Mykolaiv"), ("Kherson", "Kherson"), ("Vinnytsia", "Vinnytsia"),
             ("Khmelnytskyi", "Khmelnytskyi"), ("Zhytomyr", "Zhytomyr"), ("Rivne", "Rivne"),
             ("Ternopil", "Ternopil"), ("Ivano-Frankivsk", "Ivano-Frankivsk"),
             ("Lutsk", "Volyn"), ("Kropyvnytskyi", "Kirovohrad"), ("Cherkasy", "Cherkasy"),
             ("Kremenchuk", "Poltava"), ("Kryvyi Rih", "Dnipropetrovsk"),
             ("Bila Tserkva", "Kyiv"), ("Uzhhorod", "Zakarpattia"), ("Izmail", "Odesa"),
             ("Pavlohrad", "Dnipropetrovsk"), ("Brovary", "Kyiv"), ("Shostka", "Sumy"))
RU_REGIONS = ("Bryansk", "Kursk", "Belgorod", "Voronezh", "Rostov", "Krasnodar", "Oryol",
              "Tula", "Kaluga", "Lipetsk", "Ryazan", "Smolensk", "Tambov", "Volgograd",
              "Saratov", "Leningrad", "Tver", "Novgorod")
RU_TARGETS = ("an oil depot", "an oil refinery", "an electrical substation",
              "a fuel storage facility", "an industrial site", "a military airfield",
              "a chemical plant", "a railway junction")
RU_AIRPORTS = ("Sheremetyevo", "Vnukovo", "Domodedovo", "Kazan", "Kaluga", "Sochi",
               "Volgograd", "Saratov", "Tambov", "Pulkovo")
RU_GOVERNORS = ("Alexander Bogomaz", "Vyacheslav Gladkov", "Alexander Gusev",
                "Igor Artamonov", "Andrei Klychkov", "Yuri Slyusar", "Alexander Khinshtein")
UA_OFFICIALS = ("Oleh Syniehubov", "Ivan Fedorov", "Vitali Klitschko", "Oleh Kiper",
                "Serhiy Lysak", "Vadym Filashkin", "Maksym Kozytskyi", "Ihor Terekhov",
                "Volodymyr Artiukh", "Vitaliy Kim", "Oleksandr Prokudin", "Tymur Tkachenko",
                "Serhiy Chaus", "Andriy Sadovyi", "Ruslan Kravchenko")
BUILDINGS = ("nine-storey apartment building", "residential high-rise", "kindergarten",
             "hospital", "school", "warehouse", "shopping centre", "railway station",
             "private house", "office building", "grain terminal", "power plant",
             "petrol station", "dormitory", "administrative building")
ENERGY_COS = ("Ukrenergo", "DTEK", "Naftogaz", "the energy ministry", "Centrenergo")
ALLIES = ("the United States", "Germany", "France", "Britain", "Poland", "Italy", "Canada",
          "Japan", "the Netherlands", "Sweden")
ZELENSKIY_QUOTES = (
    "Russia keeps terrorising our cities while talking about peace.",
    "Every such attack shows why Ukraine needs more air defence, and now.",
    "This was a deliberate strike on civilian infrastructure.",
    "We need decisions, not words, from our partners.",
    "Our air defence worked all night, and I thank every crew.",
    "Moscow must feel the cost of this terror.",
    "The world must respond to this cynical attack.",
)

FIRST_NAMES = ("Anna", "James", "Maria", "Oliver", "Sofia", "Lukas", "Elena", "Marco",
               "Chloe", "Hiroshi", "Amara", "Pedro", "Ingrid", "Tomasz", "Leila", "Kwame",
               "Nadia", "Felix", "Priya", "Mateo", "Greta", "Yusuf", "Claire", "Dmitro",
               "Rafael", "Zoe", "Henrik", "Aisha", "Bruno", "Mei")
LAST_NAMES = ("Schneider", "Okafor", "Lindqvist", "Moreau", "Rossi", "Tanaka", "Kowalski",
              "Haddad", "Fernandes", "Novak", "Andersen", "Dubois", "Mensah", "Castillo",
              "Petrov", "Eriksen", "Gallagher", "Yilmaz", "Bianchi", "Horvat", "Nakamura",
              "Varga", "Oduya", "Sorensen", "Laurent", "Moretti", "Kaur", "Brennan",
              "Vasquez", "Adeyemi")
SYLLABLES = ("nor", "va", "tek", "lum", "ar", "cor", "zen", "tri", "ol", "max", "vi", "ra",
             "sol", "quin", "dex", "bel", "tor", "mi", "gen", "ix", "po", "lyn", "sta", "ven")
COMPANY_SUFFIXES = ("Holdings", "Group", "Energy", "Motors", "Bank", "Pharma", "Systems",
                    "Logistics", "Foods", "Telecom", "Steel", "Airlines", "Capital")
WORLD_CITIES = ("Berlin", "Madrid", "Lisbon", "Warsaw", "Prague", "Vienna", "Oslo", "Dublin",
                "Milan", "Lyon", "Rotterdam", "Gothenburg", "Krakow", "Seville", "Porto",
                "Munich", "Brussels", "Helsinki", "Copenhagen", "Athens", "Bucharest",
                "Toronto", "Chicago", "Sydney", "Osaka", "Seoul", "Nairobi", "Lagos",
                "Sao Paulo", "Mexico City", "Istanbul", "Doha", "Singapore", "Cape Town")
COUNTRIES = (("Germany", "German"), ("France", "French"), ("Spain", "Spanish"),
             ("Italy", "Italian"), ("Poland", "Polish"), ("Brazil", "Brazilian"),
             ("Japan", "Japanese"), ("Canada", "Canadian"), ("Turkey", "Turkish"),
             ("Mexico", "Mexican"), ("Sweden", "Swedish"), ("Norway", "Norwegian"),
             ("Hungary", "Hungarian"), ("Chile", "Chilean"), ("India", "Indian"),
             ("South Africa", "South African"), ("Indonesia", "Indonesian"),
             ("Australia", "Australian"), ("Portugal", "Portuguese"), ("Greece", "Greek"))
CURRENCIES = ("euro", "yen", "zloty", "forint", "rand", "lira", "real", "peso", "krona",
              "rupee", "Swiss franc", "Canadian dollar")
PRODUCTS = ("electric vehicles", "semiconductors", "machinery", "pharmaceuticals",
            "wine and spirits", "steel products", "medical devices", "software services",
            "fertiliser", "aircraft parts")
SECTORS = ("liquefied natural gas", "banks", "shipping", "metals", "software exports",
           "the shadow tanker fleet", "luxury goods", "chemical exports")
TEAM_SUFFIXES = ("FC", "United", "Rovers", "City", "Athletic", "Wanderers", "Sporting",
                 "Rangers", "Albion", "Dynamo")
TOURNAMENTS = ("Open", "Masters", "Classic", "Grand Prix", "Cup", "Championship")
STADIUMS = ("National Stadium", "Riverside Arena", "Olympic Stadium", "Park Ground",
            "Victoria Arena", "Municipal Stadium")
STORM_NAMES = ("Amy", "Boris", "Ciaran", "Darragh", "Eunice", "Floris", "Gerrit",
               "Henk", "Isha", "Jocelyn", "Kathleen", "Lilian")
WORLD_REGIONS = ("Bavaria", "Catalonia", "Lombardy", "Provence", "Andalusia", "Silesia",
                 "Tuscany", "Brittany", "Saxony", "Galicia", "Scotland", "Wales", "Ontario",
                 "Queensland", "Hokkaido", "Attica")
UNIVERSITIES = ("the University of Oslo", "Imperial College London", "ETH Zurich",
                "Kyoto University", "the University of Toronto", "Karolinska Institute",
                "Leiden University", "the University of Melbourne")
SOURCES = ("Reuters", "AP", "AFP", "Kyiv Independent", "Ukrinform", "BBC News",
           "The Guardian", "Bloomberg", "Al Jazeera", "Euronews")
WIRES = ("Reuters", "AP", "AFP")

# Drone and missile labels: (label, plural label). A "/" joins models counted together.
DRONE_LABELS = ("drones", "attack drones", "Shahed-type attack drones", "Shahed drones",
                "Shahed and decoy drones", "unmanned aerial vehicles", "Geran-2 drones",
                "strike drones and decoys", "Shahed and Gerbera drones", "long-range drones")
MISSILE_TYPES = (
    ("Kh-101 cruise missiles", "Kh-101/Kh-555 cruise missiles", "air-launched Kh-101 missiles"),
    ("Kalibr cruise missiles", "sea-launched Kalibr cruise missiles", "Kalibr missiles"),
    ("Iskander-M ballistic missiles", "Iskander-M/KN-23 ballistic missiles",
     "ballistic Iskander-M missiles"),
    ("Kinzhal hypersonic missiles", "Kh-47M2 Kinzhal aeroballistic missiles",
     "Kinzhal missiles"),
    ("Kh-59/69 guided missiles", "Kh-59 guided air missiles", "Kh-69 missiles"),
    ("Iskander-K cruise missiles", "Kh-22 anti-ship missiles", "S-300 missiles"),
)
BOMB_LABELS = ("guided aerial bombs", "guided bombs", "KAB glide bombs",
               "FAB bombs with glide kits")


# --------------------------------------------------------------------------- templates
# Attack report: the lead that states what was launched. {launch} is a list like
# "230 drones and 12 missiles"; {period} "overnight"; {reporter} "Ukraine's air force".
LEAD_TEMPLATES = (
    "Russia attacked Ukraine {period} with {launch}, {reporter} said {said}.",
    "Russian forces launched {launch} at Ukraine {period}, {reporter} said in a statement "
    "on Telegram.",
    "{Reporter} said Russia fired {launch} {period}, targeting {target_desc} in several "
    "regions.",
    "Russia unleashed {launch} on Ukrainian cities {period}, according to {reporter}.",
    "A total of {launch} were launched by Russia {period}, {reporter} said.",
    "Russia struck Ukraine {period} with {launch} in one of the largest attacks in weeks, "
    "{reporter} said {said}.",
    "The attack, which began {since}, involved {launch}, {reporter} said.",
    "{Reporter} recorded {launch} launched from the {site1} and {site2} areas {period}.",
    "Moscow sent {launch} towards Ukraine {period}, {reporter} said, as air raid alerts "
    "sounded across the country.",
    "Russia hit Ukraine with {launch} {period}, {reporter} reported {said}.",
)
DESTROYED_TEMPLATES = (
    "Air defences shot down or suppressed {destroyed}, {reporter_short} said.",
    "Of these, {destroyed_d} drones and {destroyed_m} missiles were shot down or jammed, the "
    "statement said.",
    "Ukrainian forces destroyed {destroyed}, {reporter_short} said, adding that mobile fire "
    "groups and electronic warfare units had been involved.",
    "{Reporter_short} said {destroyed} had been intercepted.",
    "A total of {destroyed_d} drones were neutralised, while {suppressed} were lost from "
    "radar, most likely because of electronic jamming.",
    "Ukraine's air defences downed {destroyed_m} of the missiles and {destroyed_d} of the "
    "drones, it said.",
    "{Destroyed_d} drones were taken out over the {region} and {region2} regions.",
    "Air defence units intercepted {destroyed} over {n_regions} regions, the military said.",
)
HIT_TEMPLATES = (
    "{Hit_d} drones and {hit_m} missiles hit targets at {hit_locs} locations, "
    "{reporter_short} said.",
    "Strikes by {hit_m} missiles and {hit_d} drones were recorded at {hit_locs} locations.",
    "Impacts of {hit_d} attack drones were recorded in {hit_locs} locations, while debris "
    "from downed drones fell at {debris_locs} sites.",
    "{Hit_m} missiles evaded air defences and struck targets in the {region} region, it "
    "said.",
    "Debris fell at {debris_locs} locations, the statement said.",
    "Information on {pending} more drones is still being clarified, the air force added.",
    "{Pending} missiles remained unaccounted for, and information on them was being "
    "clarified.",
)
CASUALTY_TEMPLATES = (
    "At least {killed} people were killed and {injured} injured in {city}, regional "
    "governor {official} said on Telegram.",
    "In {city}, a drone struck a {building}, injuring {injured} people including {children} "
    "children, the city's mayor said.",
    "Emergency services said a {building} in {city} was badly damaged and rescuers were "
    "searching the rubble.",
    "The attack damaged energy infrastructure in the {region} region, and {outage} "
    "households were left without power, {energy_co} said.",
    "{Official}, the governor of the {region} region, said {injured} people were wounded "
    "and {houses} private houses damaged.",
    "Fires broke out at {fires} sites in {city} after the strikes, according to the State "
    "Emergency Service.",
    "\"{quote}\" President Volodymyr Zelenskiy wrote on X, calling on allies to send more "
    "air defence systems.",
    "Zelenskiy said Russia had launched more than {week_d} drones, {week_b} guided aerial "
    "bombs and {week_m} missiles at Ukraine over the past week.",
    "Russia dropped {bombs} on the {region} region on {weekday_prev}, the regional "
    "administration said.",
    "Photographs from the scene showed a burned-out {building} and cars covered in debris on "
    "a street in {city}.",
)
OPPOSITE_TEMPLATES = (
    "Russia's defence ministry said its air defences destroyed {ru_destroyed} Ukrainian "
    "drones over the {ru_region} and {ru_region2} regions {period}.",
    "Russian air defence systems intercepted and destroyed {ru_destroyed} Ukrainian drones "
    "{period}, including {ru_moscow} flying towards Moscow, the ministry said.",
    "{ru_governor}, the governor of Russia's {ru_region} region, said a Ukrainian drone "
    "attack had caused a fire at {ru_target}.",
    "Moscow Mayor Sergei Sobyanin said air defences had shot down {ru_moscow} drones "
    "approaching the capital.",
    "Flights were suspended at {ru_airport} airport for several hours, Russia's aviation "
    "authority Rosaviatsia said.",
)
CONTEXT_TEMPLATES = (
    "Russia has launched more than {month_total} drones at Ukraine since the start of the "
    "month, according to {reporter_short}.",
    "Moscow has stepped up its air campaign in recent months, firing record numbers of "
    "drones at Ukrainian cities as peace efforts have stalled.",
    "Kyiv has repeatedly asked Western partners for more Patriot systems to counter "
    "ballistic missiles.",
    "Russia, which launched its full-scale invasion in February 2022, denies targeting "
    "civilians.",
    "Ukraine has in turn stepped up long-range drone strikes on Russian oil refineries and "
    "military airfields.",
    "The attacks come as {ally} and European leaders prepare for talks on security "
    "guarantees for Ukraine.",
    "Air raid alerts were in effect across {n_regions} regions for almost {hours} hours.",
    "Reuters could not independently verify the battlefield reports from either side.",
    "Residents of {city} spent the night in metro stations and basements as explosions "
    "echoed across the city.",
    "{Ally_cap} pledged on {weekday} to speed up deliveries of interceptors, according to a "
    "statement from the defence ministry.",
    "Energy workers in {city} were restoring supplies on {weekday}, {energy_co} said, "
    "urging consumers to limit electricity use in the evening.",
)
ATTACK_HEADLINES = (
    "Russia launches {launch_short} at Ukraine {period}",
    "Ukraine says it downed {destroyed_d} of {drones} Russian drones {period}",
    "Russian drone and missile attack hits {city}, {killed} dead",
    "Massive Russian strike targets Ukraine's energy grid {period}",
    "Air defences repel Russian attack on {city}",
    "Russia pounds {city} with drones and missiles, {injured} hurt",
    "Ukraine's air force reports {launch_short} in overnight attack",
)
OPPOSITE_HEADLINES = (
    "Russia says it destroyed {ru_destroyed} Ukrainian drones over {ru_region} region",
    "Ukrainian drone attack sparks fire in Russia's {ru_region} region, governor says",
    "Moscow airports halt flights as Russia repels Ukrainian drone attack",
)

# Unrelated news, by topic. Slots are filled by _other_slots().
OTHER_TEMPLATES: dict[str, tuple[str, ...]] = {
    "economy": (
        "{Company} said on {weekday} its {quarter} net profit rose {pct} percent to {money}, "
        "beating analyst forecasts.",
        "The central bank of {country} cut its key interest rate by {bp} basis points to "
        "{rate} percent, citing slowing inflation.",
        "Shares in {Company} fell {pct} percent in early trading after the company cut its "
        "full-year revenue outlook.",
        "Annual inflation in {country} slowed to {rate} percent in {month}, the statistics "
        "office said, down from {rate2} percent a month earlier.",
        "Brent crude futures were up {cents} cents, or {pct_small} percent, at ${oil} a "
        "barrel by {hour} GMT.",
        "{Company} plans to cut about {jobs} jobs over the next {years} years as part of a "
        "restructuring, chief executive {person} told reporters.",
        "The {currency} weakened {pct_small} percent against the dollar, its lowest level "
        "since {month} {year_prev}.",
        "Analysts polled by Reuters had expected growth of {rate} percent in the {quarter}.",
        "Exports rose {pct} percent year on year to {money}, driven by strong demand for "
        "{product}.",
    ),
    "sports": (
        "{Team} beat {Team2} {s1}-{s2} on {weekday} to move {pts} points clear at the top of "
        "the table.",
        "{Person} scored twice in the second half as {Team} came from behind to win {s1}-{s2} "
        "at {Team2}.",
        "{Person} won the {city_world} {tournament} title, beating {person2} {tennis} in the "
        "final.",
        "The {n_small}-time champion said after the match that the team had \"a lot to "
        "improve\" before the next round.",
        "{Team} coach {person} said {person2} would miss around {weeks} weeks with a "
        "hamstring injury.",
        "A crowd of {crowd} watched the match at the {stadium}, a record for the venue.",
        "{Person} finished the {km}-kilometre stage in {hours} hours, {secs} seconds ahead of "
        "his nearest rival.",
        "With {games} games remaining, {Team2} sit {pos} in the standings, {pts} points "
        "behind the leaders.",
    ),
    "politics": (
        "{Person}, the {country_adj} prime minister, met counterparts in {city_world} on "
        "{weekday} to discuss trade, energy and migration, officials said.",
        "Lawmakers in {country} voted {votes1} to {votes2} to approve the budget, which raises "
        "defence spending to {rate} percent of GDP.",
        "The opposition accused the government of mismanaging the economy and called for "
        "early elections in {country}.",
        "\"We will not accept any deal that is decided without us,\" {person}, the "
        "{country_adj} foreign minister, told a news conference in {city_world}.",
        "A poll published on {weekday} put support for the ruling party at {rate} percent, "
        "down {pct_small} points from last month.",
        "The European Commission proposed a new package of sanctions targeting {sector}, "
        "diplomats said.",
        "Voters in {city_world} go to the polls on {weekday} in a municipal election seen as "
        "a test for the government.",
        "The {country_adj} parliament is expected to debate the bill in {month}, after a "
        "committee review.",
    ),
    "weather": (
        "Forecasters warned of heavy rain across {world_region} on {weekday}, with up to {mm} "
        "millimetres expected in some areas.",
        "Temperatures are set to reach {temp} degrees Celsius in {city_world} this week, the "
        "national weather service said.",
        "Storm {storm} left about {outage} homes without power and disrupted rail services, "
        "the operator said.",
        "Snow and ice caused delays at {city_world} airport, where dozens of flights were "
        "cancelled on {weekday}.",
        "The heatwave is expected to ease by the weekend, with showers and thunderstorms "
        "moving in from the west.",
        "Firefighters were battling {fires} wildfires in {world_region}, where {ha} hectares "
        "have burned since {month}.",
    ),
    "science": (
        "SpaceX launched {sats} Starlink satellites from Cape Canaveral on {weekday}, and the "
        "rocket's first-stage booster landed on a drone ship in the Atlantic.",
        "A magnitude {mag} earthquake struck off the coast of {country}, killing at least "
        "{n_small} people, officials said.",
        "{Company} unveiled a new smartphone with a {mp}-megapixel camera, priced from "
        "${price}.",
        "Researchers at {university} said the study, which followed {people} patients over "
        "{years} years, found no link between the two.",
        "The agency said it would launch {n_small} more weather satellites by {year_next} to "
        "improve storm forecasts.",
    ),
    "culture": (
        "The film, directed by {person}, took {money} at the box office in its opening "
        "weekend.",
        "The festival in {city_world} attracted more than {crowd} visitors over {days} days, "
        "organisers said.",
        "{Person}'s new novel, set in {city_world} in the 1970s, has been shortlisted for "
        "this year's prize.",
        "The museum will reopen in {month} after a renovation that cost {money}.",
    ),
}
OTHER_HEADLINES: dict[str, tuple[str, ...]] = {
    "economy": ("{Company} profit beats forecasts as demand for {product} holds up",
                "{country_adj} central bank cuts rates to {rate}%",
                "Oil steadies as traders weigh supply outlook"),
    "sports": ("{Team} beat {Team2} to extend lead at the top",
               "{Person} wins {city_world} {tournament}"),
    "politics": ("{country_adj} lawmakers approve budget after marathon debate",
                 "Poll shows ruling party slipping ahead of {month} vote"),
    "weather": ("Storm {storm} brings floods and power cuts to {world_region}",
                "Heatwave grips {city_world} as temperatures hit {temp}C"),
    "science": ("SpaceX launches {sats} more Starlink satellites",
                "Earthquake of magnitude {mag} strikes off {country}"),
    "culture": ("{city_world} festival draws record crowds",
                "Film by {person} tops the box office"),
}
# Forecasts and alerts: war-related text that is not a report (DOMAIN.md trap 10).
FORECAST_TEMPLATES = (
    "Analysts warned that Russia may launch up to {forecast} drones a night by the end of "
    "the year.",
    "Ukrainian intelligence said Russia was producing about {production} Shahed-type drones "
    "a month and could soon double that.",
)


# --------------------------------------------------------------------------- helpers


@dataclass(frozen=True, slots=True)
class CorpusDocument:
    """One generated document and what it was generated as."""

    id: str
    text: str
    published: str | None
    source: str
    kind: str  # "attack" | "opposite" | a topic of unrelated news

    @property
    def is_attack_report(self) -> bool:
        return self.kind in ("attack", "opposite")

    def to_dict(self) -> dict[str, str | None]:
        return {"id": self.id, "text": self.text, "published": self.published,
                "source": self.source}


def word_count(text: str) -> int:
    """Whitespace-separated words, the unit of the benchmarks' words/s."""
    return len(text.split())


def _num(rng: Random, n: int, *, words: float = 0.35) -> str:
    """A count as a wire story writes it: "1,200", "12" or, when small, "twelve"."""
    if n <= 20 and rng.random() < words:
        return NUMBER_WORDS[n]
    return f"{n:,}"


def _vague(rng: Random, n: int) -> str:
    """Sometimes a vague amount: "more than 200", "about 40", "nearly 100"."""
    r = rng.random()
    if n >= 30 and r < 0.12:
        return f"more than {(n // 10) * 10:,}"
    if n >= 30 and r < 0.18:
        return f"about {round(n, -1):,}"
    return _num(rng, n)


def _join(parts: Sequence[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _fill(template: str, slots: dict[str, str]) -> str:
    return _cap(template.format_map(slots))


def _company(rng: Random) -> str:
    name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return f"{name.capitalize()} {rng.choice(COMPANY_SUFFIXES)}"


def _person(rng: Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _published(rng: Random) -> tuple[datetime, str | None]:
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(670))
    offset = 3 if 4 <= day.month <= 10 else 2
    moment = datetime(day.year, day.month, day.day, rng.randint(6, 21), rng.randrange(60),
                      tzinfo=timezone(timedelta(hours=offset)))
    r = rng.random()
    if r < 0.03:
        return moment, None
    if r < 0.15:
        return moment, day.isoformat()
    return moment, moment.isoformat(timespec="minutes")


def _paragraphs(rng: Random, sentences: list[str]) -> list[str]:
    """Group sentences into paragraphs of one to three sentences, as wire copy does."""
    out: list[str] = []
    i = 0
    while i < len(sentences):
        k = rng.choice((1, 1, 2, 2, 3))
        out.append(" ".join(sentences[i : i + k]))
        i += k
    return out


def _fit(fixed: list[str], extra: list[str], target: int, limit: int) -> list[str]:
    """``fixed`` sentences, then distinct ``extra`` ones until ``target`` words, never more
    than ``limit``."""
    chosen = list(fixed)
    seen = set(chosen)
    words = sum(word_count(s) for s in chosen)
    for sentence in extra:
        if words >= target:
            break
        n = word_count(sentence)
        if words + n > limit or sentence in seen:
            continue
        seen.add(sentence)
        chosen.append(sentence)
        words += n
    return chosen


# --------------------------------------------------------------------------- attack reports


def _attack_slots(rng: Random, moment: datetime) -> dict[str, str]:
    weekday = WEEKDAYS[moment.weekday()]
    weekday_prev = WEEKDAYS[(moment.weekday() - 1) % 7]
    hour = rng.choice((6, 7, 8, 9, 10))
    since = rng.choice((f"at {hour} p.m. on {weekday_prev}", f"since {hour} p.m. on "
                        f"{weekday_prev}", f"at 18:00 on {weekday_prev}", "late in the evening"))
    period = rng.choice(("overnight", "overnight", "overnight", f"on {weekday}",
                         f"overnight into {weekday}", f"in the early hours of {weekday}",
                         "during the night", f"since {hour} p.m. on {weekday_prev}",
                         "over the past 24 hours"))
    said = rng.choice((f"on {weekday}", f"on {weekday}", "in a statement", "on Telegram", ""))

    drones = rng.choice((rng.randint(8, 90), rng.randint(50, 300), rng.randint(200, 810)))
    n_types = rng.choice((0, 0, 1, 1, 2, 3))
    types = rng.sample(range(len(MISSILE_TYPES)), n_types)
    missiles = [(rng.choice(MISSILE_TYPES[t]), rng.randint(1, 40 if t < 2 else 12))
                for t in types]
    m_total = sum(n for _, n in missiles)
    drone_label = rng.choice(DRONE_LABELS)

    if missiles and rng.random() < 0.5:
        launch = (f"{_vague(rng, drones)} drones and {_num(rng, m_total)} missiles, including "
                  + _join([f"{_num(rng, n)} {label}" for label, n in missiles]))
    else:
        launch = _join([f"{_vague(rng, drones)} {drone_label}"]
                       + [f"{_num(rng, n)} {label}" for label, n in missiles])
    launch_short = (f"{_num(rng, drones, words=0)} drones"
                    + (f", {_num(rng, m_total, words=0)} missiles" if m_total else ""))

    destroyed_d = max(0, drones - rng.randint(0, max(1, drones // 6)))
    destroyed_m = max(0, m_total - rng.randint(0, max(1, m_total // 3))) if m_total else 0
    destroyed = _join([f"{_num(rng, destroyed_d)} drones"]
                      + ([f"{_num(rng, destroyed_m)} missiles"] if m_total else []))
    hit_d = max(2, drones - destroyed_d)
    hit_m = max(2, m_total - destroyed_m)
    ru_destroyed = rng.randint(5, 180)
    city, region = rng.choice(UA_CITIES)
    city2, region2 = rng.choice(UA_CITIES)
    ru_region, ru_region2 = rng.sample(RU_REGIONS, 2)
    reporter, reporter_short = rng.choice((
        ("Ukraine's air force", "the air force"),
        ("the Ukrainian Air Force", "the air force"),
        ("Ukraine's military", "the military"),
        ("Ukraine's air force command", "the command"),
    ))
    ally = rng.choice(ALLIES)
    return {
        "period": period, "since": since, "said": said, "weekday": weekday,
        "weekday_prev": weekday_prev, "reporter": reporter, "Reporter": _cap(reporter),
        "reporter_short": reporter_short, "Reporter_short": _cap(reporter_short),
        "launch": launch, "launch_short": launch_short, "missiles_total": str(m_total),
        "drones": _num(rng, drones, words=0),
        "target_desc": rng.choice(("energy facilities", "critical infrastructure",
                                   "residential areas", "gas production sites",
                                   "railway infrastructure", "defence industry plants")),
        "site1": rng.choice(("Kursk", "Bryansk", "Oryol", "Millerovo", "Primorsko-Akhtarsk",
                             "Shatalovo")),
        "site2": rng.choice(("Navlya", "Hvardiiske", "Chauda", "Kursk", "Donetsk",
                             "Belgorod")),
        "destroyed": destroyed, "destroyed_d": _num(rng, destroyed_d),
        "Destroyed_d": _num(rng, destroyed_d), "destroyed_m": _num(rng, destroyed_m),
        "suppressed": _num(rng, rng.randint(2, max(3, drones // 4))),
        "hit_d": _num(rng, hit_d), "Hit_d": _num(rng, hit_d), "hit_m": _num(rng, hit_m),
        "Hit_m": _num(rng, hit_m), "hit_locs": _num(rng, rng.randint(2, 25)),
        "debris_locs": _num(rng, rng.randint(2, 30)), "pending": _num(rng, rng.randint(2, 12)),
        "Pending": _num(rng, rng.randint(2, 9)), "region": region, "region2": region2,
        "n_regions": _num(rng, rng.randint(3, 17)), "city": city, "city2": city2,
        "killed": _num(rng, rng.randint(2, 25)), "injured": _num(rng, rng.randint(2, 90)),
        "children": _num(rng, rng.randint(2, 6)), "official": rng.choice(UA_OFFICIALS),
        "Official": rng.choice(UA_OFFICIALS), "building": rng.choice(BUILDINGS),
        "outage": f"{rng.randint(2, 400) * 1000:,}", "energy_co": rng.choice(ENERGY_COS),
        "houses": _num(rng, rng.randint(2, 60)), "fires": _num(rng, rng.randint(2, 14)),
        "quote": rng.choice(ZELENSKIY_QUOTES), "week_d": f"{rng.randint(700, 1800):,}",
        "week_b": f"{rng.randint(500, 1400):,}", "week_m": _num(rng, rng.randint(10, 90)),
        "bombs": f"{_num(rng, rng.randint(5, 60))} {rng.choice(BOMB_LABELS)}",
        "ru_destroyed": _num(rng, ru_destroyed), "ru_region": ru_region,
        "ru_region2": ru_region2, "ru_moscow": _num(rng, rng.randint(2, min(30, ru_destroyed))),
        "ru_governor": rng.choice(RU_GOVERNORS), "ru_target": rng.choice(RU_TARGETS),
        "ru_airport": rng.choice(RU_AIRPORTS), "month_total": f"{rng.randint(9, 62) * 100:,}",
        "ally": ally, "Ally_cap": _cap(ally), "hours": _num(rng, rng.randint(2, 9)),
    }


def _without_missiles(templates: Sequence[str]) -> list[str]:
    return [t for t in templates if "_m}" not in t and "missiles" not in t]


def _attack_document(rng: Random, moment: datetime, source: str, target: int
                     ) -> tuple[str, str, str]:
    s = _attack_slots(rng, moment)
    drones_only = s["missiles_total"] == "0"
    destroyed_templates = (_without_missiles(DESTROYED_TEMPLATES) if drones_only
                           else list(DESTROYED_TEMPLATES))
    hit_templates = _without_missiles(HIT_TEMPLATES) if drones_only else list(HIT_TEMPLATES)
    opposite = rng.random() < 0.2  # a report from Russia's side about Ukrainian drones
    if opposite:
        headline = _fill(rng.choice(OPPOSITE_HEADLINES), s)
        fixed = [_fill(OPPOSITE_TEMPLATES[rng.randrange(2)], s)]
        extra_pool = list(OPPOSITE_TEMPLATES[2:]) + list(CONTEXT_TEMPLATES[2:])
        if rng.random() < 0.5:  # and the other night's attack on Ukraine, briefly
            fixed.append(_fill(rng.choice(LEAD_TEMPLATES), s))
    else:
        headline = _fill(rng.choice(ATTACK_HEADLINES), s)
        fixed = [_fill(rng.choice(LEAD_TEMPLATES), s), _fill(rng.choice(destroyed_templates), s)]
        fixed += [_fill(t, s) for t in rng.sample(hit_templates, rng.randint(0, 3))]
        extra_pool = (list(CASUALTY_TEMPLATES) + list(CONTEXT_TEMPLATES)
                      + list(OPPOSITE_TEMPLATES[:2]))
    if source in WIRES:
        day = moment.date()
        dateline = rng.choice(("KYIV", "KYIV", "KHARKIV", "ODESA", "LONDON", "MOSCOW"))
        fixed[0] = f"{dateline}, {MONTH_ABBR[day.month - 1]} {day.day} ({source}) - {fixed[0]}"
    rng.shuffle(extra_pool)
    extra = [_fill(t, s) for t in extra_pool]
    # Long stories: more of the same kinds of sentence, about other cities.
    for _ in range(6):
        s["city"], s["region"] = rng.choice(UA_CITIES)
        s["injured"] = _num(rng, rng.randint(2, 40))
        s["building"] = rng.choice(BUILDINGS)
        extra.append(_fill(rng.choice(CASUALTY_TEMPLATES[:6]), s))
    sentences = _fit(fixed, extra, target, MAX_WORDS - word_count(headline))
    kind = "opposite" if opposite else "attack"
    return kind, headline, "\n\n".join(_paragraphs(rng, sentences))


# --------------------------------------------------------------------------- other news


def _other_slots(rng: Random, moment: datetime) -> dict[str, str]:
    country, country_adj = rng.choice(COUNTRIES)
    company = _company(rng)
    person = _person(rng)
    city_world = rng.choice(WORLD_CITIES)
    team = f"{rng.choice(WORLD_CITIES)} {rng.choice(TEAM_SUFFIXES)}"
    team2 = f"{rng.choice(WORLD_CITIES)} {rng.choice(TEAM_SUFFIXES)}"
    return {
        "Company": company, "company": company, "weekday": WEEKDAYS[moment.weekday()],
        "quarter": rng.choice(("first-quarter", "second-quarter", "third-quarter",
                               "fourth-quarter")),
        "pct": f"{rng.uniform(0.5, 38):.1f}", "pct_small": f"{rng.uniform(0.1, 4.9):.1f}",
        "money": rng.choice((f"{rng.uniform(1.1, 98):.1f} billion euros",
                             f"${rng.randint(12, 950)} million",
                             f"{rng.randint(2, 80)} million pounds")),
        "country": country, "country_adj": country_adj, "bp": rng.choice(("25", "50", "75")),
        "rate": f"{rng.uniform(0.5, 12):.2f}".rstrip("0").rstrip("."),
        "rate2": f"{rng.uniform(0.5, 12):.1f}", "month": rng.choice(MONTHS),
        "cents": str(rng.randint(3, 95)), "oil": f"{rng.uniform(58, 96):.2f}",
        "hour": f"{rng.randint(0, 23):02d}{rng.choice(('00', '15', '30', '45'))}",
        "jobs": f"{rng.randint(3, 140) * 100:,}", "years": str(rng.randint(2, 6)),
        "person": person, "Person": person, "person2": _person(rng),
        "currency": rng.choice(CURRENCIES), "year_prev": str(moment.year - 1),
        "year_next": str(moment.year + rng.randint(1, 3)), "product": rng.choice(PRODUCTS),
        "Team": team, "Team2": team2, "s1": str(rng.randint(1, 5)), "s2": str(rng.randint(0, 3)),
        "pts": str(rng.randint(1, 12)), "city_world": city_world,
        "tournament": rng.choice(TOURNAMENTS),
        "tennis": rng.choice(("6-4 6-3", "7-6(5) 6-4", "6-2 3-6 7-5", "6-1 6-4")),
        "n_small": str(rng.randint(2, 9)), "weeks": str(rng.randint(2, 10)),
        "crowd": f"{rng.randint(12, 95) * 1000:,}", "stadium": rng.choice(STADIUMS),
        "km": str(rng.randint(140, 230)), "hours": f"{rng.randint(3, 6)}:{rng.randint(0, 59):02d}",
        "secs": str(rng.randint(2, 90)), "games": str(rng.randint(3, 14)),
        "pos": rng.choice(("second", "third", "fourth", "fifth", "seventh")),
        "votes1": str(rng.randint(220, 320)), "votes2": str(rng.randint(90, 210)),
        "sector": rng.choice(SECTORS), "world_region": rng.choice(WORLD_REGIONS),
        "mm": str(rng.randint(40, 180)), "temp": str(rng.randint(31, 44)),
        "storm": rng.choice(STORM_NAMES), "outage": f"{rng.randint(5, 300) * 1000:,}",
        "fires": str(rng.randint(3, 40)), "ha": f"{rng.randint(2, 90) * 1000:,}",
        "sats": str(rng.randint(20, 29)), "mag": f"{rng.uniform(5.2, 7.8):.1f}",
        "mp": str(rng.choice((48, 50, 64, 108, 200))), "price": str(rng.randint(399, 1299)),
        "university": rng.choice(UNIVERSITIES), "people": f"{rng.randint(4, 90) * 1000:,}",
        "days": str(rng.randint(3, 10)), "forecast": f"{rng.randint(8, 20) * 100:,}",
        "production": f"{rng.randint(20, 60) * 100:,}",
    }


def _other_document(rng: Random, moment: datetime, target: int) -> tuple[str, str, str]:
    topic = rng.choice(tuple(OTHER_TEMPLATES))
    s = _other_slots(rng, moment)
    headline = _fill(rng.choice(OTHER_HEADLINES[topic]), s)
    own = list(OTHER_TEMPLATES[topic])
    rng.shuffle(own)
    extra: list[str] = [_fill(t, s) for t in own]
    # Long pieces wander: a second topic, a forecast now and then, then more of the first
    # topic with fresh names and numbers.
    if rng.random() < 0.1:
        extra.insert(rng.randint(1, 3), _fill(rng.choice(FORECAST_TEMPLATES), s))
    other_topic = rng.choice(tuple(OTHER_TEMPLATES))
    for _ in range(3):
        s.update(_other_slots(rng, moment))
        extra += [_fill(t, s) for t in rng.sample(OTHER_TEMPLATES[other_topic], 2)]
        extra += [_fill(t, s) for t in rng.sample(OTHER_TEMPLATES[topic], 3)]
    sentences = _fit(extra[:2], extra[2:], target, MAX_WORDS - word_count(headline))
    return topic, headline, "\n\n".join(_paragraphs(rng, sentences))


# --------------------------------------------------------------------------- public API


def _document(seed: int, index: int) -> CorpusDocument:
    rng = Random(f"{seed}:{index}")
    moment, published = _published(rng)
    source = rng.choice(SOURCES)
    # Word counts between 80 and 600, most between 150 and 450 (a triangular draw).
    target = int(rng.triangular(MIN_WORDS, MAX_WORDS, 300))
    if rng.random() < ATTACK_SHARE:
        kind, headline, body = _attack_document(rng, moment, source, target)
    else:
        kind, headline, body = _other_document(rng, moment, target)
    return CorpusDocument(id=f"bench-{seed}-{index:07d}", text=f"{headline}\n\n{body}\n",
                          published=published, source=source, kind=kind)


def generate_labelled(n: int, seed: int = 0) -> Iterator[CorpusDocument]:
    """``n`` documents with the kind each was generated as (for the benchmarks' mix line)."""
    for index in range(n):
        yield _document(seed, index)


def generate(n: int, seed: int = 0) -> Iterator[dict[str, str | None]]:
    """``n`` documents as ``{"id", "text", "published", "source"}`` dicts.

    ``published`` is an ISO 8601 date-time, a date, or (about 3%) ``None``.
    """
    for doc in generate_labelled(n, seed):
        yield doc.to_dict()


def write_jsonl(n: int, out: TextIO, *, seed: int = 0) -> int:
    """Write ``n`` documents as JSON Lines to ``out``; return the number of words written."""
    words = 0
    for doc in generate_labelled(n, seed):
        words += word_count(doc.text)
        out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    return words


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a generated news corpus as JSON Lines.")
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("out", help="output file, or - for standard output")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    args = parser.parse_args(argv)
    if args.out == "-":
        words = write_jsonl(args.n, sys.stdout, seed=args.seed)
    else:
        with open(args.out, "w", encoding="utf-8") as fh:
            words = write_jsonl(args.n, fh, seed=args.seed)
    print(f"wrote {args.n:,} documents, {words:,} words", file=sys.stderr)


if __name__ == "__main__":
    main()
