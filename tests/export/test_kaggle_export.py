"""The curated table's layout: its columns in order, its model names, its semantics."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from result_builders import attack, count, drones_night, night, place, result, weapon
from sitrep.export import export_data, write_export
from sitrep.export.kaggle import kaggle_rows, table_time
from sitrep.reconcile import reconcile

#: The header of missile_attacks_daily.csv, written out here as the specification.
TABLE_COLUMNS = ["time_start", "time_end", "model", "launch_place", "target", "target_main",
                 "launched", "destroyed", "not_reach_goal", "still_attacking",
                 "border_crossing", "is_shahed", "num_hit_location",
                 "num_fall_fragment_location", "carrier", "turbojet", "turbojet_destroyed",
                 "affected region", "destroyed_details", "launched_details",
                 "launch_place_details", "source"]


def one_night(*weapons: dict[str, Any], **extra: Any) -> list[dict[str, str]]:
    doc = result("af", published="2026-07-30T09:40+03:00", source="kpszsu",
                 url="https://t.me/kpszsu/1", attacks=[attack(
                     "af-a1", period=("2026-07-29T18:00+03:00", "2026-07-30T09:00+03:00"),
                     weapons=list(weapons), **extra)])
    return kaggle_rows(reconcile([doc]))


def by_model(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {r["model"]: r for r in rows}


def test_the_csv_has_exactly_the_reference_columns_in_order() -> None:
    out = io.StringIO()
    write_export(export_data([drones_night("d", "2025-09-03", launched=40)], "kaggle-csv"), out)
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    assert reader.fieldnames == TABLE_COLUMNS
    [row] = list(reader)
    assert (row["time_start"], row["time_end"]) == ("2025-09-02 18:00", "2025-09-03 09:00")
    assert (row["model"], row["launched"], row["target"]) == ("Shahed-136/131", "40", "Ukraine")


@pytest.mark.parametrize(("category", "model", "name"), [
    ("cruise_missile", "Kh-101/Kalibr", "X-101/X-555 and Kalibr"),
    ("cruise_missile", "Kh-555", "X-101/X-555"),
    ("ballistic_missile", "Iskander-M/KN-23", "Iskander-M/KN-23"),
    ("ballistic_missile", "Iskander-M/S-300/S-400", "C-300/C-400 and Iskander-M"),
    ("guided_missile", "Kh-59/Kh-69", "X-59/X-69"),
    ("aeroballistic_missile", "Kh-47M2 Kinzhal", "X-47 Kinzhal"),
    ("loitering_munition", "Molniya", "Молнія"),
    ("drone", "Shahed-136/131/Gerbera/Italmas", "Shahed-136/131"),
    ("recon_drone", None, "Reconnaissance UAV"),
    ("cruise_missile", "Storm Shadow", "Storm Shadow"),
])
def test_models_get_the_tables_names(category: str, model: str | None, name: str) -> None:
    [row] = one_night(weapon(category, model, launched=count(3)))
    assert row["model"] == name


def test_a_missile_total_beside_its_breakdown_is_not_a_row() -> None:
    rows = one_night(weapon("missile", launched=count(74), destroyed=count(55)),
                     weapon("cruise_missile", "Kh-101/Kalibr", launched=count(61),
                            destroyed=count(54)),
                     weapon("ballistic_missile", "Iskander-M", launched=count(13)))
    assert [r["model"] for r in rows] == ["X-101/X-555 and Kalibr", "Iskander-M"]
    alone = one_night(weapon("missile", launched=count(12), destroyed=count(9)))
    assert [(r["model"], r["launched"], r["destroyed"]) for r in alone] == \
        [("Unknown Missile", "12", "9")]


def test_counts_of_one_table_model_are_added_up_and_lumps_join_the_shahed_row() -> None:
    rows = by_model(one_night(
        weapon("cruise_missile", "Kh-101", launched=count(20)),
        weapon("cruise_missile", "Kh-555", launched=count(6)),
        weapon("drone", "Shahed-136/131", launched=count(181)),
        weapon("drone", "Shahed-136/131/Gerbera", destroyed=count(163))))
    assert rows["X-101/X-555"]["launched"] == "26"
    assert (rows["Shahed-136/131"]["launched"], rows["Shahed-136/131"]["destroyed"]) == \
        ("181", "163")


def test_shot_down_and_lost_apart_fill_destroyed_and_not_reach_goal() -> None:
    [row] = one_night(weapon("drone", launched=count(597), destroyed=count(577),
                             shot_down=count(319), suppressed=count(258), pending=count(4)))
    assert (row["destroyed"], row["not_reach_goal"], row["still_attacking"]) == \
        ("319", "258", "4")
    [together] = one_night(weapon("drone", destroyed=count(577), suppressed=count(258)))
    assert (together["destroyed"], together["not_reach_goal"]) == ("577", "")


def test_location_counts_launch_places_and_source_go_on_the_rows() -> None:
    rows = one_night(weapon("drone", "Shahed-136/131", launched=count(284)),
                     weapon("cruise_missile", "Kh-101", launched=count(61)),
                     hit_locations=count(20), debris_locations=count(13),
                     places=[place("Kursk", "launch_site", country="RU"),
                             place("Kyiv", "struck"), place("Bryansk", "launch_site",
                                                            country="RU")])
    first, second = rows
    assert (first["model"], first["num_hit_location"], first["num_fall_fragment_location"]) == \
        ("Shahed-136/131", "20", "13")
    assert (second["num_hit_location"], second["num_fall_fragment_location"]) == ("", "")
    assert first["launch_place"] == "Kursk and Bryansk"
    assert first["source"] == "https://t.me/kpszsu/1"


def test_aircraft_and_attacks_on_russia_are_not_in_the_table() -> None:
    assert one_night(weapon("aircraft", "Su-34", destroyed=count(1))) == []
    other_way = drones_night("ru", "2025-09-03", destroyed=41, attacker="UA", target="RU")
    assert kaggle_rows(reconcile([other_way])) == []


def test_times_are_written_as_the_table_writes_them() -> None:
    assert table_time("2026-07-29T18:00+03:00") == "2026-07-29 18:00"
    assert table_time("2026-07-29") == "2026-07-29"
    assert table_time(None) == ""


def test_the_incidents_chosen_figure_is_exported() -> None:
    docs = [drones_night("wire", "2025-09-03", launched=205, source="Reuters",
                         reported_by="Ukrainian Air Force"),
            drones_night("own", "2025-09-03", launched=210, source="Ukrainian Air Force")]
    [row] = kaggle_rows(reconcile(docs))
    assert (row["launched"], row["source"]) == ("210", "Ukrainian Air Force")
    assert night("2025-09-03")[0].startswith(row["time_start"].replace(" ", "T"))
