"""Political and military events (PLOVER 2.0), one invented sentence per phenomenon."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pydantic import ValidationError

from sitrep.errors import RulesError
from sitrep.event_patterns import first_words as _first_words
from sitrep.events import EventFinder, finder_for
from sitrep.model import Actor, Event, Quote
from sitrep.periods import parse_published
from sitrep.rules import EventRules, load_events

#: A Wednesday
PUBLISHED = parse_published("2026-03-04T12:00")


@pytest.fixture(scope="module")
def en() -> EventFinder:
    return finder_for("en")


def _events(finder: EventFinder, text: str, quotes: list[Quote] | None = None) -> list[Event]:
    events = finder.find(text, PUBLISHED, quotes)
    for ev in events:
        assert text[ev.start_char:ev.end_char] == ev.text
        for part in (ev.source, ev.target, ev.location, ev.cue):
            if part is not None:
                assert text[part.start_char:part.end_char] == part.text
    return events


def _first(finder: EventFinder, text: str) -> Event:
    events = _events(finder, text)
    assert events, text
    return events[0]


def _countries(ev: Event) -> tuple[str | None, str | None]:
    return (None if ev.source is None else ev.source.country,
            None if ev.target is None else ev.target.country)


def test_meeting_that_happened(en: EventFinder) -> None:
    ev = _first(en, "Moldovan President Maia Sandu met Polish Prime Minister Donald Tusk in "
                    "Warsaw on Monday.")
    assert (ev.type, ev.status, ev.cameo_root) == ("CONSULT", "occurred", "04")
    assert ev.source is not None and ev.source.actor_id == "maia-sandu"
    assert _countries(ev) == ("MD", "PL")
    assert ev.date == "2026-03-02"
    assert ev.location is None  # the places step geocodes it (test below)


def test_the_places_step_gives_a_meeting_its_venue(read: Callable[..., Any]) -> None:
    out = read("Moldovan President Maia Sandu met Polish Prime Minister Donald Tusk in "
               "Warsaw on Monday.")
    event = out.data["events"][0]
    assert event["type"] == "CONSULT"
    assert event["location"]["name"] == "Warsaw" and event["location"]["role"] == "venue"


def test_scheduled_call_is_planned_and_dated_ahead(en: EventFinder) -> None:
    ev = _first(en, "Trump is scheduled to speak with Zelensky by phone on Friday, the White "
                    "House said.")
    assert (ev.type, ev.mode, ev.status) == ("CONSULT", "phone", "planned")
    assert _countries(ev) == ("US", "UA")
    assert ev.date == "2026-03-06"
    # PLOVER codes the intention: AGREE, CAMEO root 03
    assert en.plover_type(ev.type, ev.status) == "AGREE" and ev.cameo_root == "03"


def test_invitation_to_come_is_proposed(en: EventFinder) -> None:
    ev = _first(en, "Putin said of the Ukrainian leader: let him come to Moscow.")
    assert (ev.type, ev.mode, ev.status) == ("CONSULT", "visit", "proposed")
    assert ev.source is not None and ev.source.country == "RU"


def test_intention_takes_the_action_it_governs(en: EventFinder) -> None:
    ev = _first(en, "Norway pledged 300 million euros in military aid to Ukraine.")
    assert (ev.type, ev.status) == ("AID", "planned")
    assert _countries(ev) == ("NO", "UA")


def test_intention_alone_is_an_agreement(en: EventFinder) -> None:
    ev = _first(en, "The Slovak government promised to reconsider its position.")
    assert (ev.type, ev.status) == ("AGREE", "planned")


def test_refusal_governs_the_refused_action(en: EventFinder) -> None:
    events = _events(en, "Slovakia refused to supply fighter jets to Ukraine.")
    assert [(e.type, e.status) for e in events] == [("REJECT", "refused")]
    assert _countries(events[0]) == ("SK", "UA")


def test_negated_cooperation_is_refused_and_negated_force_is_no_event(en: EventFinder) -> None:
    ev = _first(en, "Armenia will not attend the summit in Minsk.")
    assert (ev.type, ev.status) == ("CONSULT", "refused")
    assert en.plover_type(ev.type, ev.status) == "REJECT"
    assert _events(en, "Russian troops did not attack the village.") == []


def test_hypothetical_gives_no_event(en: EventFinder) -> None:
    assert _events(en, "Analysts say Russia may attack the port again.") == []


def test_planned_step_with_a_condition_is_a_threat(en: EventFinder) -> None:
    ev = _first(en, "Belarus will expel the monitors unless they leave the border zone.")
    assert (ev.type, ev.status) == ("THREATEN", "planned")


def test_passive_with_an_agent(en: EventFinder) -> None:
    ev = _first(en, "A convoy of Ukrainian aid workers was shelled by Russian forces.")
    assert ev.type == "ASSAULT" and ev.mode == "heavy-weapons"
    assert _countries(ev) == ("RU", "UA")


def test_reporting_clause_is_not_the_recipient(en: EventFinder) -> None:
    ev = _first(en, "Russia attacked Odesa with 40 drones overnight, the Ukrainian air force "
                    "said.")
    assert (ev.type, ev.mode, ev.cameo_root) == ("ASSAULT", "drone", "19")
    assert ev.target is not None and ev.target.text == "Odesa"


def test_demand_with_must_takes_the_recipient_before_it(en: EventFinder) -> None:
    ev = _first(en, "Berlin said Moscow must withdraw its troops.")
    assert ev.type == "REQUEST"
    assert _countries(ev) == ("DE", "RU")


def test_two_sides_named_before_an_agreement(en: EventFinder) -> None:
    ev = _first(en, "Moldova and Romania agreed to build a second bridge over the Prut.")
    assert ev.type == "AGREE"
    assert _countries(ev) == ("MD", "RO")


def test_cue_word_inside_a_name_is_no_cue(en: EventFinder) -> None:
    ev = _first(en, "Amnesty International accused Belarus of torturing protesters.")
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove")
    assert ev.source is not None and ev.source.sector == "NGO"
    assert _countries(ev) == (None, "BY")


def test_longest_cue_wins(en: EventFinder) -> None:
    ev = _first(en, "Georgia lodged a formal protest with the Russian embassy.")
    assert (ev.type, ev.mode) == ("ACCUSE", "allege")
    strike = _first(en, "Dock workers in Gdansk went on strike on Tuesday.")
    assert (strike.type, strike.mode) == ("PROTEST", "boycott")


def test_investigation(en: EventFinder) -> None:
    ev = _first(en, "Prosecutors in Kyiv opened an investigation into the strike.")
    assert (ev.type, ev.cameo_root) == ("INVESTIGATE", "09")


def test_protesters_belong_where_they_protest(en: EventFinder) -> None:
    ev = _first(en, "Thousands of students rallied in Tbilisi against the new law.")
    assert ev.type == "PROTEST" and ev.source is not None and ev.source.country == "GE"


def test_speaker_of_a_quote_is_the_actor(en: EventFinder) -> None:
    text = '"We condemn this strike on a hospital," the mayor said.'
    at = text.index("the mayor")
    mayor = Actor("the mayor", "the mayor", at, at + 9, None, "UA", "GOV")
    quote = Quote(text[1:38], 1, 38, "direct", mayor)
    ev = _events(en, text, [quote])[0]
    assert ev.type == "ACCUSE" and ev.source is mayor


def test_no_cue_no_work(en: EventFinder) -> None:
    assert _events(en, "The weather in Lviv was mild and dry.") == []
    assert _events(en, "") == []


def test_date_needs_a_publication_time(en: EventFinder) -> None:
    events = en.find("Finland closed its border crossings on Monday.")
    assert events[0].type == "SANCTION" and events[0].date is None


def test_ukrainian_verbs() -> None:
    uk = finder_for("uk+en")
    ev = _first(uk, "Зеленський провів телефонну розмову з Макроном.")
    assert (ev.type, ev.mode) == ("CONSULT", "phone")
    assert _countries(ev) == ("UA", "FR")
    assert _first(uk, "Сибіга закликав Китай вплинути на Москву.").type == "REQUEST"


@pytest.mark.parametrize(("text", "mode", "source"), [
    ("Противник атакував Полтавщину ударними БпЛА.", "drone", "RU"),
    ("Ворог атакував Харків балістичними ракетами.", "heavy-weapons", "RU"),
    ("Росіяни завдали авіаудару по Запоріжжю.", "aerial", "RU"),
    ("Окупанти обстріляли Херсон з артилерії.", "heavy-weapons", "RU"),
])
def test_ukrainian_attacks_have_their_weapons_mode(text: str, mode: str, source: str) -> None:
    ev = _first(finder_for("uk+en"), text)
    assert (ev.type, ev.mode, ev.cameo_root) == ("ASSAULT", mode, "19")
    assert ev.source is not None and ev.source.country == source


def test_events_in_the_pipeline_meet_the_schema(read: Callable[..., Any]) -> None:
    out = read("Japan will send two patrol boats to Ukraine, Prime Minister Sanae Takaichi "
               "said on Tuesday.")
    events = out.data["events"]
    assert events and events[0]["type"] == "AID" and events[0]["status"] == "planned"
    assert events[0]["source"]["country"] == "JP" and events[0]["cameo_root"] == "03"


def test_ukrainian_rules_keep_the_english_coding() -> None:
    merged = load_events("uk+en")
    assert merged.conditional_type == "THREATEN"
    assert merged.planned_as["CONSULT"] == "AGREE"
    assert {c.type for c in merged.cues} >= {"CONSULT", "ASSAULT", "REQUEST"}


@pytest.mark.parametrize("change", [
    {"cameo_roots": {"AGREE": "3"}},
    {"cues": [{"type": "AGREE", "patterns": ["agree(("]}]},
    {"cues": [{"type": "AGREEMENT", "patterns": ["agree"]}]},
    {"surprise": True},
])
def test_bad_event_rules_are_refused(change: dict[str, Any]) -> None:
    data = load_events("en").model_dump()
    data.update(change)
    with pytest.raises(ValidationError):
        EventRules.model_validate(data)


def test_cue_spelled_out_for_the_gate() -> None:
    assert _first_words("attack(?:s|ed)?") == {("attack", True), ("attacks", True),
                                               ("attacked", True)}
    assert _first_words("retaliat\\w*") == {("retaliat", False)}
    assert ("evicted", True) in _first_words("(?:forcibly )?evicted")
    with pytest.raises(RulesError, match="must begin with a word"):
        _first_words("\\d+ drones")


# -- precision: ordinary news reports no event ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Vitek Group profit beats forecasts as demand for machinery holds up",  # beat, demand
    "Net profit rose to 24 million pounds in the third quarter.",  # pounds
    "The striker hit the post twice before Warsaw Sporting beat Nairobi Dynamo 2-1.",
    "Flights were suspended at Kaluga airport for several hours.",  # no actor suspends
    "Firefighters were battling 18 wildfires in Attica on Tuesday.",  # battling a fire
    "Forecasters warned of heavy rain across Wales on Thursday.",  # a forecast
    "A magnitude 6.1 earthquake struck off the coast of Chile, killing four people.",
    "A poll put support for the ruling party at 31 percent.",  # support as a noun
    "At least five people were killed and 12 injured in Lviv, the governor said.",
    "Impacts of 12 attack drones were recorded at five locations.",  # a weapon class
    "The museum will reopen in March after a renovation that cost 9 million pounds.",
])
def test_no_event_outside_a_political_or_military_frame(en: EventFinder, text: str) -> None:
    assert _events(en, text) == []


def test_an_ambiguous_word_in_a_military_setting_is_an_event(en: EventFinder) -> None:
    ev = _first(en, "Russia pounds Cherkasy with drones and missiles.")
    assert ev.type == "ASSAULT" and _countries(ev) == ("RU", "UA")
    assert _first(en, "Police beat protesters outside the parliament.").type == "ASSAULT"


def test_a_team_named_after_a_capital_is_no_government(en: EventFinder) -> None:
    assert _events(en, "Warsaw Sporting accused the referee of bias.") == []


# -- actors: speakers, reporters, victims ----------------------------------------------------
def test_the_speaker_of_an_attribution_is_not_the_attacker(en: EventFinder) -> None:
    ev = _first(en, "The air force said Russia had launched 90 drones at Ukraine overnight.")
    assert ev.type == "ASSAULT" and _countries(ev) == ("RU", "UA")
    ev = _first(en, "Moscow Mayor Sergei Sobyanin said air defences had shot down 7 drones.")
    assert ev.type == "ASSAULT" and (ev.source is None or "Sobyanin" not in ev.source.text)


def test_a_pronoun_after_the_attribution_is_the_speaker(en: EventFinder) -> None:
    ev = _first(en, "Russia's defence ministry said it had shot down 41 Ukrainian drones.")
    assert ev.source is not None and ev.source.country == "RU"
    assert ev.target is not None and ev.target.country == "UA"


def test_the_listener_of_told_is_no_subject(en: EventFinder) -> None:
    ev = _first(en, "Zelensky told reporters that Russia had attacked Kharkiv overnight.")
    assert ev.type == "ASSAULT" and _countries(ev) == ("RU", "UA")


def test_a_possessive_after_the_attribution_is_the_speakers(en: EventFinder) -> None:
    ev = _first(en, "Bosnian Serb leaders said their forces had withdrawn from the town.")
    assert ev.type == "RETREAT" and ev.source is not None and ev.source.country == "BA"


def test_a_trailing_reporter_is_not_the_attacker(en: EventFinder) -> None:
    text = ("The attack, which began at 6 p.m., involved 50 drones, Ukraine's air force "
            "command said.")
    assert all(e.source is None or "air force" not in e.source.text
               for e in _events(en, text))
    events = _events(en, "The attack damaged a gas facility in the west, Naftogaz said.")
    assert all(e.source is None or e.source.text != "Naftogaz" for e in events)


def test_a_place_after_a_preposition_is_no_attacker(en: EventFinder) -> None:
    ev = _first(en, "In Ternopil, a drone struck a hospital, injuring 12 people.")
    assert ev.type == "ASSAULT" and ev.source is None
    assert ev.target is not None and ev.target.text == "hospital"


def test_victims_are_no_recipient(en: EventFinder) -> None:
    ev = _first(en, "Russian shelling killed three people in Kherson.")
    assert ev.source is not None and ev.source.country == "RU"
    assert ev.target is None or ev.target.text != "people"


def test_a_noun_cue_takes_the_actor_before_it(en: EventFinder) -> None:
    ev = _first(en, "Air defences repel Russian attack on Mykolaiv")
    assert ev.type == "ASSAULT" and _countries(ev) == ("RU", "UA")


def test_a_meeting_venue_is_no_recipient(en: EventFinder) -> None:
    ev = _first(en, "Anna Horvat, the Slovenian prime minister, met counterparts in "
                    "Bucharest on Tuesday.")
    assert ev.type == "CONSULT" and ev.source is not None and ev.source.country == "SI"
    assert ev.target is None


def test_the_accused_act_is_part_of_the_accusation(en: EventFinder) -> None:
    events = _events(en, "Kyiv accused Moscow of deliberately targeting energy facilities.")
    assert [(e.type, *_countries(e)) for e in events] == [("ACCUSE", "UA", "RU")]


def test_a_cue_never_runs_into_the_next_sentence(en: EventFinder) -> None:
    text = "The booster landed on a drone ship in the Atlantic.\n\nVenlum Systems rose 3%."
    assert _events(en, text) == []


def test_sentence_bounds_given_by_the_caller(en: EventFinder) -> None:
    text = "Markets rose. Russia attacked Odesa overnight."
    events = en.find(text, PUBLISHED, [], [(0, 13), (14, len(text))])
    assert [(e.type, e.start_char) for e in events] == [("ASSAULT", 14)]


def test_the_enemy_attacks_from_directions_that_are_no_targets() -> None:
    uk = finder_for("uk+en")
    ev = _first(uk, "У ніч на 4 жовтня противник атакував 50 ударними БпЛА із напрямків: "
                    "Орел, Курськ.")
    assert ev.type == "ASSAULT" and ev.source is not None and ev.source.country == "RU"
    assert ev.target is None


def test_an_apposition_names_an_unknown_speakers_country() -> None:
    text = ('"We will not accept any deal made without us," Ana Ruiz, the Spanish foreign '
            'minister, told reporters.')
    at = text.index("Ana Ruiz")
    speaker = Actor("Ana Ruiz", "Ana Ruiz", at, at + 8)
    end = text.index('"', 1)
    quote = Quote(text[1:end], 1, end, "direct", speaker)
    ev = _events(finder_for("en"), text, [quote])[0]
    assert (ev.type, ev.status) == ("AGREE", "refused")
    assert ev.source is not None and (ev.source.text, ev.source.country) == ("Ana Ruiz", "ES")
