"""Places: found, geocoded offline and given a role (sentences written for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.model import Place
from sitrep.places import finder_for


def places(text: str, language: str = "en") -> list[Place]:
    found = finder_for(language).find(text)
    for p in found:
        assert text[p.start_char:p.end_char] == p.text, p
    return found


def named(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(p.text, p.name) for p in places(text, language)]


def roles(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(p.text, p.role) for p in places(text, language)]


# -- spellings resolve to one canonical place ---------------------------------------------

@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Explosions were heard in Kiev before dawn.", "Kiev", "Kyiv"),
    ("The port of Odessa was closed for a day.", "Odessa", "Odesa"),
    ("Residents of Kharkov sheltered in the metro.", "Kharkov", "Kharkiv"),
    ("Drones were seen near Nikolaev at night.", "Nikolaev", "Mykolaiv"),
    ("The plant in Zaporozhye lost power.", "Zaporozhye", "Zaporizhzhia"),
    ("A rally took place in Kirovograd on Sunday.", "Kirovograd", "Kropyvnytskyi"),
    ("Sirens sounded in Kupyansk again.", "Kupyansk", "Kupiansk"),
    ("KYIV, March 3 - The capital woke to sirens.", "KYIV", "Kyiv"),
])
def test_spellings(text: str, surface: str, name: str) -> None:
    assert (surface, name) in named(text)


def test_geocoded_fields() -> None:
    [kyiv] = places("Sirens sounded in Kyiv.")
    assert (kyiv.country, kyiv.admin1, kyiv.geonameid) == ("UA", "Kyiv", 703448)
    assert kyiv.lat is not None and kyiv.lon is not None
    assert 50 < kyiv.lat < 51 and 30 < kyiv.lon < 31
    [odesa] = places("A drone hit a warehouse in Odessa.")
    assert (odesa.country, odesa.admin1) == ("UA", "Odesa Oblast")  # not Odessa, Texas


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Air defences were active over the Kirovohrad region.", "Kirovohrad region",
     "Kirovohrad Oblast"),
    ("The governor of the Kharkiv Oblast spoke.", "Kharkiv Oblast", "Kharkiv Oblast"),
    ("Shelling continued in Kharkivska oblast.", "Kharkivska oblast", "Kharkiv Oblast"),
    ("Fires broke out in Russia's Belgorod region.", "Belgorod region", "Belgorod Oblast"),
    ("Two drones fell in Krasnodar Krai.", "Krasnodar Krai", "Krasnodar Krai"),
    ("The bridge to Crimea was closed.", "Crimea", "Autonomous Republic of Crimea"),
])
def test_regions_in_english(text: str, surface: str, name: str) -> None:
    assert (surface, name) in named(text)


def test_a_plural_region_noun_makes_every_item_a_region() -> None:
    found = places("Drones were destroyed over the Bryansk and Kursk regions overnight.")
    assert [(p.text, p.name, p.country) for p in found] == [
        ("Bryansk", "Bryansk Oblast", "RU"), ("Kursk regions", "Kursk Oblast", "RU")]


@pytest.mark.parametrize(("text", "surface", "name"), [
    ("Вибухи пролунали у Києві.", "Києві", "Kyiv"),
    ("Ворожі дрони атакували Київщину.", "Київщину", "Kyiv Oblast"),
    ("Тривога оголошена на Київщині.", "Київщині", "Kyiv Oblast"),
    ("Уламки впали на території Харківської області.", "Харківської області",
     "Kharkiv Oblast"),
    ("Світло зникло на Одещині.", "Одещині", "Odesa Oblast"),
    ("Дніпропетровщина зазнала атаки.", "Дніпропетровщина", "Dnipropetrovsk Oblast"),
    ("Пошкоджено будинок у Кривому Розі.", "Кривому Розі", "Kryvyi Rih"),
    ("Вибухи чутно в Сумах.", "Сумах", "Sumy"),
    ("Пожежа сталася у Запоріжжі.", "Запоріжжі", "Zaporizhzhia"),
    ("Ракети запущено з Брянської та Курської обл.", "Брянської", "Bryansk Oblast"),
    ("Ракети запущено з акваторії Чорного моря.", "Чорного моря", "Black Sea"),
])
def test_ukrainian_case_forms(text: str, surface: str, name: str) -> None:
    assert (surface, name) in named(text, "uk+en")


# -- what is not a place --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Reading the statement aloud, the minister paused.",
    "Mobile networks were down for an hour.",
    "Nice weather is expected on the coast.",
    "March was the coldest month of the year.",
    "Bush was president at the time.",
    "Vladimir Putin spoke to reporters.",
    "The writer Friedrich Engels was quoted.",
    "The Kyiv Independent reported the figures.",
    "Poland said it would send more aid.",
    "Vovchansk was quiet, officials said.",
    "Two blasts hit the Oxford Street bus station.",
    "Rebels raided San Giacomo at dawn.",
])
def test_not_places(text: str) -> None:
    assert places(text) == [], named(text)


def test_an_adjective_is_not_a_district() -> None:
    assert places("Реактивні БпЛА в напрямку Київського водосховища.", "uk+en") == []


def test_a_weekday_before_a_name_is_no_first_name() -> None:
    assert roles("On Tuesday Kharkiv was shelled again.") == [("Kharkiv", "struck")]


def test_a_small_town_needs_a_cue() -> None:
    assert named("Fighting went on near Vovchansk.") == [("Vovchansk", "Vovchansk")]


def test_a_country_needs_a_locative_cue() -> None:
    assert named("Drones crossed into Poland overnight.") == [("Poland", "Poland")]


def test_a_list_carries_the_cue_of_its_first_item() -> None:
    assert [p.name for p in places("Shelling was reported near Vovchansk, Kupiansk and "
                                   "Izium.")] == ["Vovchansk", "Kupiansk", "Izium"]


def test_a_name_after_a_strong_cue_is_kept_unresolved() -> None:
    [village] = places("Troops entered the village of Zarichne-Pershe at dawn.")
    assert (village.name, village.lat, village.geonameid) == ("Zarichne-Pershe", None, None)
    [reading] = places("Flooding hit the city of Reading on Monday.")
    assert reading.name == "Reading"  # a stoplisted name is a place only after such a cue


# -- roles ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "surface", "role"), [
    ("Twenty drones were shot down over the Kharkiv region.", "Kharkiv region",
     "interception_area"),
    ("Air defence was active in the Kyiv region overnight.", "Kyiv region",
     "interception_area"),
    ("Air defences destroyed 41 drones over Bryansk overnight.", "Bryansk",
     "interception_area"),
    ("Уночі збито 30 дронів над Київщиною.", "Київщиною", "interception_area"),
    ("A strike on Odesa damaged the port.", "Odesa", "struck"),
    ("A missile hit a school in Dnipro.", "Dnipro", "struck"),
    ("Officials reported damage in Lviv after the attack.", "Lviv", "struck"),
    ("Russian forces shelled Kherson through the night.", "Kherson", "struck"),
    ("Внаслідок удару по Харкову пошкоджено будинки.", "Харкову", "struck"),
    ("У понеділок Харків знову атакували.", "Харків", "struck"),
    ("Балістичними ракетами із Курської обл. рф атакував Київ.", "Курської обл.",
     "launch_site"),
    ("Drones were launched from the Kursk region, the air force said.", "Kursk region",
     "launch_site"),
    ("Delegations held talks in Istanbul on Friday.", "Istanbul", "venue"),
    ("The envoy said in Washington that talks would resume.", "Washington", "venue"),
    ("The ministers met in Geneva last week.", "Geneva", "venue"),
    ("Kharkiv has a population of over a million.", "Kharkiv", "mentioned"),
])
def test_roles(text: str, surface: str, role: str) -> None:
    language = "uk+en" if any("\u0400" <= ch <= "\u04ff" for ch in text) else "en"
    assert (surface, role) in roles(text, language)


def test_a_list_shares_its_role() -> None:
    assert roles("Strikes on Kharkiv, Odesa and Dnipro continued.") == [
        ("Kharkiv", "struck"), ("Odesa", "struck"), ("Dnipro", "struck")]


def test_roles_stay_in_their_clause() -> None:
    assert roles("Twelve drones were shot down over the Kyiv region, while debris damaged "
                 "houses in Bucha.") == [("Kyiv region", "interception_area"),
                                         ("Bucha", "struck")]


# -- the whole pipeline: attacks, casualties, impacts, events gain their places -----------

TEXT = ("Russia launched 80 drones at Ukraine overnight from the Kursk region. Air defences "
        "shot down 60 drones over the Kharkiv region. A strike on an energy facility in Odesa "
        "left 30,000 households without power. Two people were killed in Dnipro, the governor "
        "said. Zelensky met Erdogan in Istanbul on Tuesday.")


@pytest.fixture(scope="module")
def result(extractor: Any) -> Any:
    return extractor.extract(TEXT, published="2025-09-03T10:30")


def test_every_place_is_listed_in_order(result: Any) -> None:
    assert [(p.text, p.role) for p in result.places] == [
        ("Kursk region", "launch_site"), ("Kharkiv region", "interception_area"),
        ("Odesa", "struck"), ("Dnipro", "struck"), ("Istanbul", "venue")]
    assert [p.start_char for p in result.places] == sorted(p.start_char for p in result.places)


def test_attacks_gain_their_places(result: Any) -> None:
    [attack] = result.attacks
    assert [(p.name, p.role) for p in attack.places] == [
        ("Kursk Oblast", "launch_site"), ("Kharkiv Oblast", "interception_area"),
        ("Dnipro", "struck")]  # Dnipro: the place of the attack's casualties


def test_casualties_and_impacts_gain_their_place(result: Any) -> None:
    [casualty] = result.casualties
    assert casualty.place is not None and casualty.place.name == "Dnipro"
    outage = next(i for i in result.impacts if i.kind == "power_outage")
    assert outage.place is not None and outage.place.name == "Odesa"


def test_events_gain_a_venue(result: Any) -> None:
    meeting = next(e for e in result.events if "Istanbul" in e.text)
    assert meeting.location is not None and meeting.location.name == "Istanbul"


@pytest.mark.parametrize(("text", "place", "target"), [
    ("Russian troops shelled Kherson on Monday.", "Kherson", "Kherson"),
    ("Ворог атакував Сумщину вночі.", "Sumy Oblast", "Sumy Oblast"),
])
def test_an_attack_event_is_located_where_it_struck(extractor: Any, text: str, place: str,
                                                    target: str) -> None:
    [event] = [e for e in extractor.extract(text, published="2025-09-03").events
               if e.type == "ASSAULT"]
    assert event.location is not None and event.location.name == place
    assert event.location.role == "struck"
    assert event.target is not None and event.target.name == target
    assert event.target.country == "UA"


def test_a_place_before_the_attack_cue_is_not_where_it_struck(extractor: Any) -> None:
    r = extractor.extract("In Kyiv, officials said Russian forces shelled Kherson.",
                          published="2025-09-03")
    [event] = [e for e in r.events if e.type == "ASSAULT"]
    assert event.location is not None and event.location.name == "Kherson"


def test_a_mentioned_place_of_a_casualty_becomes_struck(extractor: Any) -> None:
    r = extractor.extract("Kherson residents said three people were killed.",
                          published="2025-09-03T10:30")
    [casualty] = r.casualties
    assert casualty.place is not None and casualty.place.role == "struck"
    assert [p.role for p in r.places] == ["struck"]


def test_output_is_valid(read: Any) -> None:
    out = read(TEXT)
    assert {p["role"] for p in out.data["places"]} == {
        "launch_site", "interception_area", "struck", "venue"}
    for p in out.data["places"]:
        assert set(p) == {"name", "text", "start_char", "end_char", "role", "admin1",
                          "country", "lat", "lon", "geonameid"}


def test_ukrainian_launch_sites_are_geocoded(extractor: Any) -> None:
    r = extractor.extract("У ніч на 14 серпня противник атакував 12 ударними БпЛА (район "
                          "пуску – Курська обл., Брянськ – рф).", published="2026-08-14T09:00")
    sites = [(p.name, p.country) for p in r.attacks[0].places if p.role == "launch_site"]
    assert sites == [("Kursk Oblast", "RU"), ("Bryansk", "RU")]
