"""Ukrainian casualties, read with the "uk+en" rules (sentences written for these tests)."""

from __future__ import annotations

import pytest

from sitrep import Extractor
from sitrep.casualties import finder_for

Figure = tuple[int | None, str] | None

CASES: list[tuple[str, Figure, Figure, Figure]] = [
    ("Внаслідок атаки на Харків загинули 5 людей, ще 14 поранені.", (5, "exact"),
     (14, "exact"), None),
    ("Двоє людей загинули, троє отримали поранення.", (2, "exact"), (3, "exact"), None),
    ("У Києві загинула жінка, поранено 12 осіб.", (1, "exact"), (12, "exact"), None),
    ("Кількість загиблих зросла до 9.", (9, "exact"), None, None),
    ("Постраждали щонайменше 17 мирних жителів.", None, (17, "at_least"), None),
    ("Дві людини загинули, ще шестеро травмовано.", (2, "exact"), (6, "exact"), None),
    ("Внаслідок удару поранено двох залізничників.", None, (2, "exact"), None),
    ("Під завалами можуть перебувати ще п’ятеро людей.", None, None, (5, "exact")),
    ("Russia launched 60 drones at Kyiv overnight; two people were killed.", (2, "exact"),
     None, None),
]


@pytest.mark.parametrize(("text", "killed", "injured", "missing"), CASES,
                         ids=[c[0][:30] for c in CASES])
def test_ukrainian_figures(text: str, killed: Figure, injured: Figure, missing: Figure
                           ) -> None:
    found = finder_for("uk+en").find(text)
    assert len(found) == 1, [c.to_dict() for c in found]
    c = found[0]
    for count, want in ((c.killed, killed), (c.injured, injured), (c.missing, missing)):
        if want is None:
            assert count is None
        else:
            assert count is not None and (count.value, count.qualifier) == want
            assert text[count.start_char:count.end_char] == count.text


def test_who_and_scope() -> None:
    text = ("За минулу добу по всій Україні загинули 11 цивільних. З початку "
            "повномасштабного вторгнення загинули понад 500 дітей.")
    found = finder_for("uk+en").find(text, "a1")
    assert [(c.killed and c.killed.value, c.who and c.who.text, c.scope) for c in found] == [
        (11, "цивільних", "national_day"), (500, "дітей", "background")]


@pytest.mark.parametrize("text", ["Ніхто не загинув.", "Загиблих немає.",
                                  "БпЛА на Сумщині курсом на Ромни."])
def test_nothing(text: str) -> None:
    assert finder_for("uk+en").find(text) == []


def test_through_the_ukrainian_pipeline() -> None:
    text = "Росія атакувала Одесу 40 ударними БпЛА. Внаслідок атаки загинули троє людей."
    r = Extractor(language="uk").extract(text, published="2026-09-03T09:00")
    assert [(c.killed and c.killed.value) for c in r.casualties] == [3]
