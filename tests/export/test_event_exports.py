"""ACLED-style and GDELT-style rows, the JSON document and the Parquet figures table."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from result_builders import (
    attack,
    casualty,
    count,
    drones_night,
    event,
    night,
    place,
    quote,
    result,
    speaker,
    weapon,
)
from sitrep.errors import InputError
from sitrep.export import export_data, write_export
from sitrep.export.acled import acled_rows
from sitrep.export.gdelt import gdelt_rows
from sitrep.reconcile import load_result, reconcile

KYIV = place("Kyiv", "struck", admin1="Kyiv City", lat=50.45, lon=30.52)
LVIV = place("Lviv", "struck", admin1="Lviv Oblast", lat=49.84, lon=24.03, start=30)


def strike(*weapons: dict[str, object], places: list[dict[str, object]] | None = None,
           casualties: list[dict[str, object]] | None = None) -> dict[str, object]:
    return result("d", published="2025-09-03T10:00+03:00", source="Reuters", attacks=[attack(
        "d-a1", period=night("2025-09-03"), weapons=list(weapons), places=places or [],
        reported_by="Ukrainian Air Force")], casualties=casualties)


def test_acled_rows_per_struck_place_with_their_fatalities() -> None:
    doc = strike(weapon("drone", launched=count(100)),
                 weapon("cruise_missile", "Kh-101", launched=count(8)), places=[KYIV, LVIV],
                 casualties=[casualty("d-a1", killed=3, where=KYIV),
                             casualty("d-a1", killed=2, injured=5)])
    rows = acled_rows(reconcile([doc]))
    assert [(r["location"], r["admin1"], r["geo_precision"], r["fatalities"]) for r in rows] == \
        [("Kyiv", "Kyiv City", 1, 3), ("Lviv", "Lviv Oblast", 1, 0), ("Ukraine", "", 3, 2)]
    first = rows[0]
    assert (first["event_date"], first["event_type"], first["sub_event_type"]) == \
        ("2025-09-03", "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert (first["actor1"], first["actor2"], first["interaction"], first["iso3"]) == \
        ("Military Forces of Russia (2000-)", "Civilians (Ukraine)",
         "External/Other forces-Civilians", "UKR")
    assert "Kh-101" in first["notes"] and "Ukrainian Air Force" in first["notes"]
    assert first["latitude"] == 50.45


def test_acled_drones_only_is_an_air_strike_without_civilians() -> None:
    [row] = acled_rows(reconcile([drones_night("d", "2025-09-03", launched=40)]))
    assert (row["sub_event_type"], row["actor2"], row["interaction"], row["location"]) == \
        ("Air/drone strike", "", "External/Other forces only", "Ukraine")


def test_gdelt_rows_merge_one_event_reported_twice() -> None:
    ua = speaker("Ukraine", None, "UA", "GOV")
    ru = speaker("Russia", None, "RU", "GOV")
    docs = [result(name, published="2025-09-03T10:00+03:00", source=name.title(),
                   url=f"https://{name}.example/a", events=[
                       event("ACCUSE", ua, ru, cameo_root="11", day="2025-09-02"),
                       event("CONSULT", ua, speaker("United States", None, "US", "GOV"),
                             cameo_root="04", status="planned",
                             location=place("Geneva", "venue", country="CH", lat=46.2,
                                            lon=6.15))])
            for name in ("wire", "daily")]
    rows = gdelt_rows([load_result(d) for d in docs])
    assert len(rows) == 2
    accuse = next(r for r in rows if r["sitrep_type"] == "ACCUSE")
    assert (accuse["SQLDATE"], accuse["Actor1Code"], accuse["Actor2CountryCode"]) == \
        ("20250902", "UKRGOV", "RUS")
    assert (accuse["EventRootCode"], accuse["EventCode"], accuse["QuadClass"]) == ("11", "110", 3)
    assert (accuse["NumArticles"], accuse["NumSources"], accuse["SOURCEURL"]) == \
        (2, 2, "https://wire.example/a")
    consult = next(r for r in rows if r["sitrep_type"] == "CONSULT")
    assert (consult["QuadClass"], consult["sitrep_status"], consult["ActionGeo_Type"]) == \
        (1, "planned", 4)
    assert (consult["ActionGeo_CountryCode"], consult["ActionGeo_Lat"]) == ("SZ", 46.2)


@pytest.mark.parametrize(("event_type", "mode", "root", "code"), [
    ("ASSAULT", "drone", "19", "195"),      # employ aerial weapons
    ("CONSULT", "phone", "04", "041"),      # discuss by telephone
    ("ASSAULT", "torture", "18", "1822"),   # a four-digit code
    ("ASSAULT", None, "19", "190"),         # no mode: the root's own code
    ("ASSAULT", "drone", "18", "180"),      # a code outside the event's root is not used
])
def test_gdelt_event_code_from_type_and_mode(event_type: str, mode: str | None, root: str,
                                             code: str) -> None:
    doc = result("d", published="2025-09-03T10:00+03:00", source="Wire", events=[
        event(event_type, speaker("Russia", None, "RU", "MIL"), None, cameo_root=root,
              mode=mode)])
    [row] = gdelt_rows([load_result(doc)])
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == \
        (code, code[:3], root)


def test_json_export_has_incidents_and_merged_quotes() -> None:
    said = quote("We will rebuild.", speaker("Vitali Klitschko", "vitali-klitschko"))
    docs = [{**drones_night(n, "2025-09-03", launched=40), "quotes": [said]} for n in "ab"]
    out = io.StringIO()
    write_export(export_data(docs, "json"), out)
    data = json.loads(out.getvalue())
    assert data["schema"] == "sitrep-incidents/1"
    assert len(data["incidents"]) == 1 and len(data["incidents"][0]["claims"]) == 2
    assert [q["outlets"] for q in data["quotes"]] == [2]


def test_parquet_holds_one_row_per_chosen_figure(tmp_path: Path) -> None:
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    docs = [drones_night("a", "2025-09-03", launched=40, destroyed=30),
            drones_night("b", "2025-09-03", launched=41)]
    target = tmp_path / "figures.parquet"
    write_export(export_data(docs, "parquet"), target)
    table = pq.read_table(target).to_pylist()
    assert sorted((r["role"], r["value"], r["conflict"], r["table_model"]) for r in table) == \
        [("destroyed", 30, False, "Shahed-136/131"), ("launched", 40, True, "Shahed-136/131")]


def test_parquet_needs_a_file_and_formats_are_checked() -> None:
    with pytest.raises(InputError, match="Parquet is binary"):
        write_export(export_data([], "parquet"), io.StringIO())
    with pytest.raises(InputError, match="unknown export format"):
        export_data([], "xlsx")
