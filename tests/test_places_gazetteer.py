"""The gazetteer: its data file, Ukrainian forms, romanisation and the cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitrep import gazetteer, rules
from sitrep.errors import RulesError
from sitrep.gazetteer import CUE, FREE, Gazetteer, inflect, load_gazetteer, romanise
from sitrep.rules import load_places

# regions whose centre is a city with its own admin1 (a federal city, Kyiv), or whose name
# is an old name of one ("Leningrad")
_OWN_ADMIN1 = {"Kyiv Oblast", "Moscow Oblast", "Leningrad Oblast"}


def test_the_rule_file_is_valid() -> None:
    data = load_places()
    assert len({(r.country, r.admin1) for r in data.regions}) == len(data.regions)
    assert {r.admin1 for r in data.regions if r.country == "UA"} == {
        f"{i:02d}" for i in range(1, 28)}  # every oblast, Crimea, Kyiv and Sevastopol
    assert set(data.cues) == set(data.roles) == {"en", "uk"}


def test_region_codes_match_their_centres() -> None:
    """A region's stem that is also a city names a city of that region ("Kharkiv")."""
    gaz = load_gazetteer()
    checked = 0
    for region in load_places().regions:
        for stem in region.stems:
            hit = gaz.lookup(stem)
            if hit is None or region.name in _OWN_ADMIN1:
                continue
            entry = gaz.entry(hit[0])
            if entry.kind == "city" and entry.country == region.country:
                assert entry.admin1 == region.name, (stem, entry)
                checked += 1
    assert checked > 50


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["regions"].append(dict(d["regions"][0])), "given twice"),
    (lambda d: d["roles"]["en"].append({"role": "struck", "clause": "x"}), "needs 'before'"),
    (lambda d: d["roles"]["en"].append({"role": "bombed", "before": "x"}), "unknown place role"),
    (lambda d: d["cues"]["en"].update(place="(unclosed"), "invalid regular expression"),
    (lambda d: d["roles"]["en"][0].update(clause="Drones"), "lower-case"),
])
def test_a_bad_rule_file_is_refused(monkeypatch: pytest.MonkeyPatch, change: Any,
                                    message: str) -> None:
    data = rules._read("places.json")
    assert isinstance(data, dict)
    change(data)
    monkeypatch.setattr(rules, "_read", lambda relative: data)
    with pytest.raises(RulesError, match=message):
        load_places.__wrapped__()


@pytest.mark.parametrize(("name", "forms"), [
    ("Київщина", {"Київщини", "Київщині", "Київщину", "Київщиною"}),
    ("Київ", {"Києва", "Києві", "Києвом"}),
    ("Харків", {"Харкова", "Харкові"}),
    ("Одеса", {"Одеси", "Одесі", "Одесою"}),
    ("Запоріжжя", {"Запоріжжі", "Запоріжжям"}),
    ("Суми", {"Сум", "Сумах"}),
    ("Нова Каховка", {"Нової Каховки", "Новій Каховці"}),
    ("Хмельницький", {"Хмельницького", "Хмельницькому"}),
    ("Польща", {"Польщі", "Польщею"}),
])
def test_ukrainian_noun_forms(name: str, forms: set[str]) -> None:
    assert forms <= inflect(name, load_places().declension)


def test_ukrainian_adjective_forms() -> None:
    assert {"Харківської", "Харківській", "Харківську"} <= inflect(
        "Харківська", load_places().declension, adjective=True)


@pytest.mark.parametrize(("ukrainian", "latin"), [
    ("Запоріжжя", "Zaporizhzhia"), ("Київ", "Kyiv"), ("Хмельницький", "Khmelnytskyi"),
    ("Куп'янськ", "Kupiansk"), ("Кривий Ріг", "Kryvyi Rih"), ("Згурівка", "Zghurivka"),
    ("Юріївка", "Yuriivka"), ("Ізюм", "Izium"),
])
def test_national_romanisation(ukrainian: str, latin: str) -> None:
    assert romanise(ukrainian, load_places().kmu) == latin


def test_levels() -> None:
    gaz = load_gazetteer()
    kharkiv, vovchansk, kharkov = gaz.lookup("Kharkiv"), gaz.lookup("Vovchansk"), \
        gaz.lookup("Kharkov")
    assert kharkiv is not None and kharkiv[1] == FREE  # a city's own name
    assert vovchansk is not None and vovchansk[1] == CUE  # a small town
    assert kharkov is not None and kharkov[1] == FREE  # a curated alias
    assert gaz.lookup("Reading") is None  # stoplisted


def test_the_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    assert gazetteer.cache_dir() == tmp_path
    small = Gazetteer(rows=[("Kyiv", "city", "UA", "Kyiv", 50.45, 30.52, 703448, 1)],
                      forms={"Kyiv": 0 * 4 + FREE})
    stale = tmp_path / "gazetteer-older.pickle"
    stale.write_bytes(b"")
    path = tmp_path / "gazetteer-test.pickle"
    gazetteer._save(path, small)
    assert not stale.exists()  # a cache built from older rules is removed
    loaded = gazetteer._load_cached(path)
    assert loaded is not None and loaded.entry(0).name == "Kyiv"
    path.write_bytes(b"not a pickle")
    assert gazetteer._load_cached(path) is None  # rebuilt, not an error


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITREP_CACHE_DIR", "")
    assert gazetteer.cache_dir() is None
