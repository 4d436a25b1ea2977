"""Comparing incidents with a small reference table written here, night by night."""

from __future__ import annotations

from pathlib import Path

import pytest

from result_builders import attack, count, night, result, weapon
from sitrep.compare import agreement, compare, read_reference
from sitrep.errors import InputError
from sitrep.reconcile import reconcile

HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,"
          "not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,"
          "num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,"
          "destroyed_details,launched_details,launch_place_details,source")


def reference(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "reference.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def row(start: str, end: str, model: str, launched: str, destroyed: str,
        target: str = "Ukraine") -> str:
    cells = [start, end, model, "", target, "", launched, destroyed] + [""] * 13 + ["kpszsu/x"]
    return ",".join(f'"{c}"' if "," in c else c for c in cells)


def report(day: str, *weapons: dict[str, object]) -> dict[str, object]:
    return result(f"af-{day}", published=f"{day}T09:30+03:00", source="kpszsu", attacks=[
        attack(f"af-{day}-a1", period=night(day), weapons=list(weapons))])


def test_agree_differ_only_sitrep_only_reference(tmp_path: Path) -> None:
    table = reference(
        tmp_path,
        row("2025-09-02 18:00", "2025-09-03 08:00", "Shahed-136/131", "230.0", "205.0"),
        row("2025-09-02 18:00", "2025-09-03 08:00", "X-101/X-555", "8.0", "6.0"),
        row("2025-09-03 04:30", "2025-09-03 5:30", "Iskander-M", "4.0", "0.0"),
        row("2025-09-03", "2025-09-03", "Unknown UAV", "30.0", "30.0", target="south"),
        row("2025-08-20 18:00", "2025-08-21 08:00", "Shahed-136/131", "99", "90"),
    )
    docs = [report("2025-09-03", weapon("drone", "Shahed-136/131", launched=count(230),
                                        destroyed=count(205)),
                   weapon("cruise_missile", "Kh-101", launched=count(8), destroyed=count(7)),
                   weapon("guided_missile", "Kh-59", launched=count(2)))]
    rows = compare(reconcile(docs), table)
    got = [(r.night, r.model, r.status, r.values("launched"), r.values("destroyed"))
           for r in rows]
    assert got == [
        ("2025-09-03", "Shahed-136/131", "agree", (230, 230), (205, 205)),
        ("2025-09-03", "X-101/X-555", "differ", (8, 8), (7, 6)),
        ("2025-09-03", "Iskander-M", "only_reference", (None, 4), (None, 0)),
        ("2025-09-03", "X-59", "only_sitrep", (2, None), (None, None)),
    ]  # the regional "south" row and the August night are not looked at
    summary = agreement(rows)
    assert summary.counts == {"agree": 1, "differ": 1, "no_common_figure": 0,
                              "only_sitrep": 1, "only_reference": 1}
    assert (summary.rate("launched"), summary.rate("destroyed")) == (1.0, 0.5)


def test_models_lumped_differently_match_but_do_not_count_in_the_rates(tmp_path: Path) -> None:
    table = reference(tmp_path, row("2025-09-02 18:00", "2025-09-03 08:00",
                                    "C-300/C-400 and Iskander-M", "9", "1"))
    docs = [report("2025-09-03", weapon("ballistic_missile", "Iskander-M/S-400/KN-23",
                                        launched=count(9)))]
    [only] = compare(reconcile(docs), table)
    assert (only.status, only.note, only.model) == \
        ("agree", "models lumped differently", "C-300/C-400 and Iskander-M")
    summary = agreement([only])
    assert (summary.lumped, summary.rate("launched")) == (1, None)


def test_rows_in_the_tables_layout_can_be_compared_too(tmp_path: Path) -> None:
    table = reference(tmp_path, row("2025-09-02 18:00", "2025-09-03 08:00", "Kalibr", "6", "5"))
    mine = {"time_start": "2025-09-02 18:00", "time_end": "2025-09-03 09:00", "model": "Kalibr",
            "target": "Ukraine", "launched": "6", "destroyed": ""}
    [only] = compare([mine], table)
    assert (only.status, only.values("destroyed")) == ("agree", (None, 5))


def test_a_bad_reference_row_is_skipped_and_named(tmp_path: Path) -> None:
    table = reference(tmp_path, row("yesterday", "2025-09-03 08:00", "Kalibr", "6", "5"),
                      row("2025-09-02 18:00", "2025-09-03 08:00", "Kalibr", "six", "5"),
                      row("2025-09-02 18:00", "2025-09-03 08:00", "Kalibr", "6", "5"))
    read = read_reference(table)
    assert len(read.rows) == 1
    assert [s.split(":")[0] for s in read.skipped] == ["line 2", "line 3"]


def test_a_file_that_is_not_the_table_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("date,count\n2025-09-03,4\n", encoding="utf-8")
    with pytest.raises(InputError, match="no column time_start"):
        read_reference(other)
    with pytest.raises(InputError, match="no such file"):
        read_reference(tmp_path / "missing.csv")
