"""The actor index: known names, country words, role words, unknown people (sentences
written for these tests)."""

from __future__ import annotations

import json

import pytest

from sitrep.actors import ActorIndex, Memory, actor_index
from sitrep.model import Actor
from sitrep.rules import ActorRules, load_actors


@pytest.fixture(scope="module")
def index() -> ActorIndex:
    return actor_index()


def _found(index: ActorIndex, text: str, memory: Memory | None = None
           ) -> list[tuple[str, str, str | None, str | None]]:
    actors = index.find(text, memory=memory, skip=frozenset({"Monday", "Tuesday"}))
    for a in actors:
        assert text[a.start_char:a.end_char] == a.text
    return [(a.text, a.name, a.country, a.sector) for a in actors]


@pytest.mark.parametrize("alias", ["Zelensky", "Zelenskyy", "Zelenskiy", "Зеленський",
                                   "President Volodymyr Zelensky"])
def test_spellings_of_one_person(index: ActorIndex, alias: str) -> None:
    info = index.lookup(alias)
    assert info is not None
    assert (info.name, info.country, info.sector) == ("Volodymyr Zelensky", "UA", "GOV")


def test_lookup_of_organisations_countries_and_unknown_names(index: ActorIndex) -> None:
    kremlin = index.lookup("the Kremlin")
    assert kremlin is not None and (kremlin.kind, kremlin.country) == ("organisation", "RU")
    nato = index.lookup("NATO")
    assert nato is not None and (nato.country, nato.sector) == (None, "IGO")
    hungary = index.lookup("Hungarian")
    assert hungary is not None and hungary.country == "HU"
    assert index.lookup("Ivan Nobody") is None


def test_known_organisation_wins_over_its_country_word(index: ActorIndex) -> None:
    got = _found(index, "Russia's defence ministry said the drones were downed.")
    assert got[0] == ("Russia's defence ministry", "Russian Ministry of Defence", "RU", "MIL")


def test_country_adjective_and_role_word_make_one_actor(index: ActorIndex) -> None:
    got = _found(index, "Senior Moldovan and Romanian officials met on Monday.")
    assert got == [("Senior Moldovan and Romanian officials",
                    "Senior Moldovan and Romanian officials", "MD", "GOV")]


def test_role_word_with_a_country_after_it(index: ActorIndex) -> None:
    got = _found(index, "Border guards in Lithuania closed two crossings.")
    assert got == [("Border guards in Lithuania", "Border guards in Lithuania", "LT", "MIL")]


def test_possessive_is_part_of_the_phrase_but_not_its_end(index: ActorIndex) -> None:
    got = _found(index, "Norway's coast guard escorted a tanker toward Finland's coast.")
    assert got[0][0] == "Norway's coast guard" and got[0][2:] == ("NO", "MIL")
    assert got[1][:3] == ("Finland", "Finland", "FI")


def test_unknown_person_after_a_title_and_the_surname_later(index: ActorIndex) -> None:
    memory = Memory()
    first = _found(index, "Slovenian Foreign Minister Tanja Kovac arrived on Tuesday.", memory)
    assert first == [("Slovenian Foreign Minister Tanja Kovac", "Tanja Kovac", "SI", "GOV")]
    later = _found(index, "Kovac said talks would go on.", memory)
    assert later == [("Kovac", "Tanja Kovac", "SI", "GOV")]


def test_capital_as_metonym_and_bare_country(index: ActorIndex) -> None:
    got = _found(index, "Budapest vetoed the plan while Ottawa stayed silent.")
    assert [g[2] for g in got] == ["HU", "CA"]
    assert got[0][3] == "GOV"


def test_ukrainian_case_endings(index: ActorIndex) -> None:
    got = _found(index, "Сибіга зустрівся з Рубіо і передав лист Путіну.")
    assert [g[1] for g in got] == ["Andrii Sybiha", "Marco Rubio", "Vladimir Putin"]


def test_offsets_inside_a_span(index: ActorIndex) -> None:
    text = "Intro. Poland summoned the Belarusian ambassador."
    actors = index.find(text, 7, len(text))
    assert [(a.text, a.start_char) for a in actors] == [
        ("Poland", 7), ("Belarusian ambassador", 27)]
    assert all(isinstance(a, Actor) for a in actors)


def test_place_at(index: ActorIndex) -> None:
    text = "talks in Moscow and in Kharkiv"
    assert index.place_at(text, 9, len(text)) == ("Moscow", "RU", 9, 15)
    assert index.place_at(text, 23, len(text)) == ("Kharkiv", "UA", 23, 30)
    assert index.place_at(text, 0, len(text)) is None


def test_actor_file_holds_every_section() -> None:
    rules = load_actors()
    assert len(rules.world) > 150 and len(rules.people) > 100 and rules.organisations
    assert {r.sector for r in rules.roles} >= {"GOV", "MIL", "REB", "COP", "CVL"}


def test_a_country_listed_twice_is_refused() -> None:
    data = json.loads(load_actors().model_dump_json())
    data["world"].append({"code": "RU", "names": ["Russia again"], "adjectives": []})
    with pytest.raises(ValueError, match="listed twice"):
        ActorRules.model_validate(data)


def test_a_name_built_on_a_capital_is_no_government(index: ActorIndex) -> None:
    got = _found(index, "Warsaw Sporting beat Nairobi Dynamo; the Kyiv Independent reported.")
    assert [(g[0], g[2], g[3]) for g in got] == [("Warsaw Sporting", None, None),
                                                ("Nairobi Dynamo", None, None),
                                                ("Kyiv Independent", None, None)]
    assert _found(index, "Great Britain protested.")[0][2:] == ("GB", "GOV")


def test_a_country_word_before_a_generic_organisation_wins(index: ActorIndex) -> None:
    got = _found(index, "The Yemeni Air Force and the Russian air force both said so.")
    assert [(g[0], g[2], g[3]) for g in got] == [("Yemeni Air Force", "YE", "MIL"),
                                                ("Russian air force", "RU", "MIL")]


def test_the_enemy_of_the_ukrainian_reports_is_russia(index: ActorIndex) -> None:
    got = _found(index, "Цієї ночі противник атакував Харків.")
    assert got[0][:3] == ("противник", "Russia", "RU")
