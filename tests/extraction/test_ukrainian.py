# ruff: noqa: E501  (the Telegram-style report below keeps its long lines)
"""Ukrainian: Air Force morning reports, infographics, alerts, number words in every case.

Every text here is written for these tests (the numbers are invented); they follow the
phrasing of the Air Force's Telegram posts described in DOMAIN.md.
"""

from __future__ import annotations

import pytest

from sitrep import Extractor
from sitrep.language import detect_language

REPORT = (
    """⚡️ ЗБИТО/ПОДАВЛЕНО 212 ЦІЛЕЙ: 12 РАКЕТ ТА 200 ВОРОЖИХ БПЛА
У ніч на 14 серпня (з 18:00 13 серпня) противник завдав комбінованого удару.

Усього зафіксовано 241 засіб повітряного нападу – 16 ракет і 225 БпЛА різних типів:
- 3 балістичні ракети Іскандер-М/KN-23 (район пуску – Курська обл.);
- 13 крилатих ракет Х-101/Калібр;
- 225 ударних БпЛА типу Shahed, Гербера.

За попередніми даними, станом на 09:00, протиповітряною обороною збито/подавлено 212 цілей – 12 ракет та 200 безпілотників:
- 12 крилатих ракет Х-101/Калібр;
- 200 ворожих БпЛА.

Зафіксовано влучання 3 балістичних ракет та 20 ударних БпЛА на 9 локаціях, а також падіння збитих (уламки) на 4 локаціях. Інформація щодо п’яти БпЛА уточнюється.
""")


@pytest.fixture(scope="module")
def uk() -> Extractor:
    return Extractor()


def _weapon(result, category, model=None):
    attack = result.attacks[0]
    found = [w for w in attack.weapons if w.category == category
             and (model is None or w.model == model)]
    assert found, [(w.category, w.model) for w in attack.weapons]
    return found[0]


def _check_spans(result) -> None:
    for attack in result.attacks:
        for weapon in attack.weapons:
            for role in ("launched", "destroyed", "shot_down", "suppressed", "hit", "pending"):
                c = weapon.get(role)
                if c is not None:
                    assert result.text[c.start_char:c.end_char] == c.text


def test_language_is_detected() -> None:
    assert detect_language(REPORT) == "uk"
    assert detect_language("Минобороны России сообщило о перехвате беспилотников.") == "ru"
    assert detect_language("Russia launched 40 Shahed drones overnight.") == "en"
    assert detect_language("БпЛА типу Shahed та Geran-2 над Києвом") == "uk"


def test_morning_report_is_read_completely(uk: Extractor) -> None:
    r = uk.extract(REPORT, published="2026-08-14T09:40")
    _check_spans(r)
    assert r.document.language == "uk"
    assert len(r.attacks) == 1
    a = r.attacks[0]
    assert (a.attacker, a.target) == ("RU", "UA")
    assert a.period.kind == "night_of_date"
    assert (a.period.start, a.period.end) == ("2026-08-13T18:00+03:00", "2026-08-14T09:00+03:00")
    assert a.totals.launched is not None and a.totals.launched.value == 241
    assert a.totals.destroyed is not None and a.totals.destroyed.value == 212
    ballistic = _weapon(r, "ballistic_missile", "Iskander-M/KN-23")
    assert ballistic.launched is not None and ballistic.launched.value == 3
    assert ballistic.hit is not None and ballistic.hit.value == 3
    cruise = _weapon(r, "cruise_missile", "Kh-101/Kalibr")
    assert cruise.launched is not None and cruise.launched.value == 13
    assert cruise.destroyed is not None and cruise.destroyed.value == 12
    drones = _weapon(r, "drone")
    assert drones.launched is not None and drones.launched.value == 225
    assert drones.destroyed is not None and drones.destroyed.value == 200
    assert drones.hit is not None and drones.hit.value == 20
    assert drones.pending is not None and drones.pending.value == 5  # "п’яти", curly apostrophe
    assert a.hit_locations is not None and a.hit_locations.value == 9
    assert a.debris_locations is not None and a.debris_locations.value == 4


@pytest.mark.parametrize(("text", "value"), [
    ("противник атакував двома балістичними ракетами Іскандер-М", 2),
    ("противник атакував вісьмома крилатими ракетами Х-101", 8),
    ("противник атакував 36-ма крилатими ракетами Х-101", 36),
    ("противник атакував п'ятнадцятьма ударними БпЛА", 15),
    ("противник атакував триста двадцятьма ударними БпЛА", 320),
    ("противник атакував протикорабельною ракетою Циркон", 1),
])
def test_number_words_in_every_case(uk: Extractor, text: str, value: int) -> None:
    r = uk.extract("У ніч на 3 вересня " + text + ".", published="2026-09-03T09:00")
    _check_spans(r)
    weapons = r.attacks[0].weapons
    launched = [w.launched.value for w in weapons if w.launched is not None]
    assert launched == [value], [(w.category, w.launched) for w in weapons]


def test_cyrillic_kha_and_latin_names(uk: Extractor) -> None:
    r = uk.extract("Знищено 4 крилаті ракети Х-101 та 10 БпЛА Shahed.",
                   published="2026-09-03T09:00")
    assert _weapon(r, "cruise_missile", "Kh-101").destroyed.value == 4  # type: ignore[union-attr]
    assert _weapon(r, "drone", "Shahed-136/131").destroyed.value == 10  # type: ignore[union-attr]


def test_types_listed_without_a_number_are_kept_as_null(uk: Extractor) -> None:
    text = ("У ніч на 5 вересня противник атакував балістичними ракетами Іскандер-М, "
            "6-ма крилатими ракетами Калібр та 90 ударними БпЛА.")
    r = uk.extract(text, published="2026-09-05T09:00")
    iskander = _weapon(r, "ballistic_missile", "Iskander-M")
    assert iskander.launched is None  # named, but no number: the total is a lower bound
    assert _weapon(r, "cruise_missile", "Kalibr").launched.value == 6  # type: ignore[union-attr]


def test_infographic(uk: Extractor) -> None:
    text = ("12.02.2024\n(07.00)\n\nЗНИЩЕНО:\n- 9 ударних БПЛА \"Shahed-136/131\"\n"
            "- вертоліт Ка-52\n")
    r = uk.extract(text, published="2024-02-12T07:00")
    _check_spans(r)
    assert _weapon(r, "drone", "Shahed-136/131").destroyed.value == 9  # type: ignore[union-attr]
    assert _weapon(r, "aircraft").destroyed.value == 1  # type: ignore[union-attr]
    assert r.attacks[0].period.text == "12.02.2024"


@pytest.mark.parametrize("alert", [
    "🛵 БпЛА на Сумщині курсом на Ромни",
    "🏍 Реактивний БпЛА на Київщині, в напрямку Бучі",
    "💣 КАБи на Харківщину",
    "Повітряна тривога! Загроза застосування балістики.",
])
def test_alerts_give_no_attack(uk: Extractor, alert: str) -> None:
    assert uk.extract(alert, published="2026-10-04T02:00").attacks == []


def test_a_report_cut_off_mid_sentence(uk: Extractor) -> None:
    r = uk.extract(REPORT[:330], published="2026-08-14T09:40")
    _check_spans(r)
    assert r.attacks and r.attacks[0].totals.destroyed is not None


def test_mixed_language_document(uk: Extractor) -> None:
    text = ("Уночі росіяни атакували Україну ударними БпЛА, повідомили Повітряні сили.\n"
            "Russia launched 64 drones at Ukraine overnight, Ukraine's air force said.")
    r = uk.extract(text, published="2026-09-03T09:00")
    launched = [w.launched.value for a in r.attacks for w in a.weapons if w.launched]
    assert launched == [64]


def test_russian_text_is_reported_not_read(uk: Extractor) -> None:
    r = uk.extract("Минобороны России сообщило, что перехвачены 20 беспилотников.",
                   published="2026-09-03T09:00")
    assert r.document.language == "ru"
    assert r.attacks == []
    assert any("no rules" in w for w in r.warnings)


def test_a_figure_that_contradicts_the_headline_is_kept_and_flagged(uk: Extractor) -> None:
    text = ("⚡️ ЗБИТО/ПОДАВЛЕНО 50 ЦІЛЕЙ\n"
            "У ніч на 7 вересня противник атакував 60 ударними БпЛА.\n"
            "Протиповітряною обороною збито/подавлено 48 цілей:\n"
            "- 55 ворожих БпЛА.\n")
    r = uk.extract(text, published="2026-09-07T09:00")
    a = r.attacks[0]
    fields = {c.field: [x.value for x in c.counts] for c in a.conflicts}
    assert fields.get("totals.destroyed") == [50, 48]
    assert any("more than the stated total" in w for w in r.warnings), r.warnings


def test_launch_sites(uk: Extractor) -> None:
    r = uk.extract(REPORT, published="2026-08-14T09:40")
    sites = [(p.name, p.text, p.country) for p in r.attacks[0].places
             if p.role == "launch_site"]
    assert ("Kursk Oblast", "Курська обл.", "RU") in sites
    for p in r.attacks[0].places:
        assert r.text[p.start_char:p.end_char] == p.text
