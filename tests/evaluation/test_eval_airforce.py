"""The Ukrainian Air Force sets: morning reports, channel posts, infographics.

Hand-made records and attacks only (no ../shared); the extractor is a stub, so these
tests check the adapters' reading and scoring, not the extractor's rules.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from eval_builders import attack, weapon

from sitrep.api import InputDocument
from sitrep.errors import EvalError, InputError
from sitrep.evaluation.airforce import UkDocument, destroyed_value, line_at
from sitrep.evaluation.airforce_channel import (
    ChannelPost,
    is_morning_report,
    load_channel,
    score_channel,
)
from sitrep.evaluation.airforce_infographics import (
    load_infographics,
    predicted_cells,
    score_infographics,
)
from sitrep.evaluation.airforce_morning import (
    MorningRecord,
    figures,
    load_morning,
    same,
    score_morning,
)
from sitrep.evaluation.detection import DetectionOutcome
from sitrep.evaluation.formats import detect_format, gold_name
from sitrep.evaluation.infographic_columns import COLUMNS, column_of, split_models
from sitrep.evaluation.runner import evaluate
from sitrep.model import Attack, Count, DocumentMeta, DocumentResult, Weapon

# -- shared helpers ----------------------------------------------------------------------


def test_destroyed_value_falls_back_to_shot_down_and_suppressed() -> None:
    assert destroyed_value(weapon("drone", destroyed=7, shot_down=5)) == 7
    assert destroyed_value(weapon("drone", shot_down=5, suppressed=2)) == 7
    assert destroyed_value(weapon("drone", shot_down=5)) == 5
    assert destroyed_value(weapon("drone", destroyed=None)) is None
    assert destroyed_value(weapon("drone", launched=3)) is None


def test_line_at() -> None:
    text = "ЗНИЩЕНО:\n- 3 крилаті ракети\n- 2 БПЛА"
    assert line_at(text, text.index("3")) == "- 3 крилаті ракети"
    assert line_at(text, len(text) - 1) == "- 2 БПЛА"
    assert line_at(text, 999) == ""


# -- airforce-morning --------------------------------------------------------------------


def test_figures_of_a_complete_night() -> None:
    night = attack("RU", "UA",
                   weapon("missile", launched=12, destroyed=9),
                   weapon("cruise_missile", "Kh-101/Kalibr", launched=10, destroyed=8),
                   weapon("ballistic_missile", "Iskander-M", launched=2, destroyed=1),
                   weapon("drone", "Shahed-136/131", launched=100, destroyed=90),
                   weapon("decoy_drone", "Parodiya", launched=20, shot_down=5, suppressed=10),
                   weapon("loitering_munition", "Banderol", launched=4, destroyed=4),
                   totals={"launched": 136, "destroyed": 112})
    assert figures([night]) == {"uav": 120, "uav_down": 105, "down_total": 112, "msl": 12,
                                "msl_min": 12, "msl_complete": True}


def test_a_missile_type_without_a_number_makes_the_count_a_lower_bound() -> None:
    night = attack("RU", "UA",
                   weapon("anti_ship_missile", "3M22 Zircon"),                # listed, no number
                   weapon("ballistic_missile", "Iskander-M", destroyed=3),    # destroyed only
                   weapon("cruise_missile", "Kalibr", launched=8, destroyed=8))
    got = figures([night])
    assert got["msl_complete"] is False
    assert got["msl"] is None
    assert got["msl_min"] == 11  # 8 launched + at least the 3 destroyed
    assert got["uav"] is None and got["down_total"] is None


def test_generic_missiles_count_only_without_typed_ones() -> None:
    assert figures([attack("RU", "UA", weapon("missile", launched=5))])["msl"] == 5
    no_missile = figures([attack("RU", "UA", weapon("drone", launched=5))])
    assert (no_missile["msl"], no_missile["msl_min"], no_missile["msl_complete"]) == (0, 0, True)


def test_only_attacks_on_ukraine_count() -> None:
    other = attack("UA", "RU", weapon("drone", launched=40, destroyed=41))
    assert figures([other]) == dict.fromkeys(figures([other]))
    on_ua = attack("RU", "UA", weapon("drone", launched=10))
    assert figures([other, on_ua])["uav"] == 10
    assert figures([on_ua, on_ua])["uav"] == 20  # summed over attacks


def test_same_keeps_booleans_and_null_apart() -> None:
    assert same(None, None) and same(True, True) and same(4, 4)
    assert not same(1, True) and not same(0, None) and not same(False, 0)


def _morning_file(tmp_path: Path, *expected: dict[str, Any]) -> Path:
    path = tmp_path / "morning_reports_expected.jsonl"
    lines = [json.dumps({"message_id": 100 + i, "night_of": "2026-07-30",
                         "text": f"У ніч на 30 липня противник атакував {i + 10} БпЛА.",
                         "expected_from_upstream_tests": e}, ensure_ascii=False)
             for i, e in enumerate(expected)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_morning(tmp_path: Path) -> None:
    records = load_morning(_morning_file(tmp_path, {"uav": 10}))
    assert records[0].document == UkDocument("100", records[0].document.text,
                                             "2026-07-30T09:30", "uk")
    assert records[0].expected == {"uav": 10}
    with pytest.raises(EvalError, match="unknown expected field"):
        load_morning(_morning_file(tmp_path, {"drones": 10}))


def test_score_morning_counts_fields_and_exact_records() -> None:
    doc = UkDocument("1", "t", None)
    records = [MorningRecord(doc, "2026-07-30", {"uav": 10, "msl": None}),
               MorningRecord(doc, "2026-07-31", {"uav": 7, "msl_complete": True})]
    outcomes = [DetectionOutcome((attack("RU", "UA", weapon("drone", launched=10),
                                         weapon("cruise_missile", "Kalibr")),)),
                DetectionOutcome(())]
    report = score_morning(records, outcomes)
    m = report.metrics()
    assert m["uav.accuracy"] == 0.5
    assert m["msl.accuracy"] == 1.0
    assert m["msl_complete.accuracy"] == 0.0
    assert m["uav_down.accuracy"] is None  # no record gives it
    assert m["records.exact"] == 0.5
    assert report.misses == ["1 (night of 2026-07-31) uav: expected 7, got null",
                             "1 (night of 2026-07-31) msl_complete: expected true, got null"]


# -- airforce-channel --------------------------------------------------------------------

MORNING = ("⚡️ ЗБИТО/ПОДАВЛЕНО 12 ЦІЛЕЙ\nУ ніч на 5 жовтня (з 18:00 4 жовтня) противник "
           "атакував 15 ударними БпЛА. Збито/подавлено 12 БпЛА.")


@pytest.mark.parametrize(("text", "morning"), [
    (MORNING, True),
    ("🛵 БпЛА на Київщині, курс на Вишгород", False),
    ("💣 КАБи на Суми", False),
    ("Збито 3 БпЛА над Києвом", False),           # a figure, but no night
    ("У ніч на 5 жовтня буде тривога", False),     # a night, but no headline figure
])
def test_is_morning_report(text: str, morning: bool) -> None:
    assert is_morning_report(text) is morning


def test_load_channel_reads_kind_and_reading(tmp_path: Path) -> None:
    path = tmp_path / "channel_posts_2026-10-05.jsonl"
    rows = [{"message_id": 1, "datetime_utc": "2026-10-05T02:00:00+00:00",
             "text": "БпЛА на Сумщині курсом на Ромни", "kind": "live_uav_track"},
            {"message_id": 2, "datetime_utc": "2026-10-05T05:40:00+00:00", "text": MORNING,
             "kind": "morning_summary", "reading_unverified": {"down_total": 12}}]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")
    posts = load_channel(path)
    assert [p.morning for p in posts] == [False, True]
    assert posts[1].document.published == "2026-10-05T05:40:00+00:00"
    assert posts[1].reading == {"down_total": 12}
    assert detect_format(path) == "airforce-channel"


def test_score_channel() -> None:
    alert = ChannelPost(UkDocument("1", "БпЛА на Сумщині", None), False, "live_uav_track", None)
    noisy = ChannelPost(UkDocument("2", "КАБи на Суми", None), False, "morning_summary", None)
    morning = ChannelPost(UkDocument("3", MORNING, None), True, "morning_summary",
                          {"launched_strike_uav": 15, "down_total": 13})
    night = attack("RU", "UA", weapon("drone", launched=15, destroyed=12),
                   totals={"destroyed": 12}, hit_locations=2)
    report = score_channel(
        [alert, noisy, morning],
        [DetectionOutcome(()), DetectionOutcome((attack("RU", "UA", weapon("guided_bomb")),)),
         DetectionOutcome((night,))])
    m = report.metrics()
    assert m["alerts.no_attack"] == 0.5
    assert m["morning.attack_on_ua"] == m["morning.complete"] == 1.0
    assert report.misses[0].startswith("alert 2 yields 1 attack(s): КАБи на Суми")
    notes = "\n".join(report.notes)
    assert "post 2: kind 'morning_summary' disagrees with its text" in notes
    assert "drone: launched 15, destroyed 12" in notes and "hit_locations 2" in notes
    assert "agrees on launched_strike_uav 15; differs on down_total 13 (got 12)" in notes


def test_a_morning_report_without_destroyed_is_a_miss() -> None:
    morning = ChannelPost(UkDocument("3", MORNING, None), True, None, None)
    report = score_channel([morning], [DetectionOutcome((attack(
        "RU", "UA", weapon("drone", launched=15)),))])
    m = report.metrics()
    assert (m["morning.launched"], m["morning.destroyed"], m["morning.complete"]) == (1, 0, 0)
    assert m["alerts.no_attack"] is None
    assert "lacks a destroyed figure" in report.misses[0]


# -- airforce-infographics ---------------------------------------------------------------

KNOWN = ["Shahed-136/131", "Lancet", "Kh-101", "Kh-555", "Kalibr", "Kh-59", "Iskander-M",
         "KN-23", "Orlan-10", "Merlin-VR", "Su-34", "Ka-52", "Iskander-K"]


def test_split_models_keeps_ids_with_a_slash() -> None:
    assert split_models("Shahed-136/131/Lancet", KNOWN) == ["Shahed-136/131", "Lancet"]
    assert split_models("Kh-101/Kalibr", KNOWN) == ["Kh-101", "Kalibr"]
    assert split_models("Kh-101/Unknown-1", KNOWN) == ["Kh-101", "Unknown-1"]
    assert split_models(None, KNOWN) == []


@pytest.mark.parametrize(("category", "models", "mention", "column"), [
    ("drone", ["Shahed-136/131"], "", "shahed"),
    ("drone", ["Shahed-136/131", "Lancet"], "", "shahed"),           # a lump: lead model
    ("cruise_missile", ["Kh-101", "Kh-555", "Kalibr"], "", "kalibr_missile"),
    ("cruise_missile", ["Kh-101", "Kalibr", "Kh-59"], "", "cruise_missiles"),
    ("cruise_missile", ["Kh-101", "Kh-555"], "", "cruise_missiles"),
    ("cruise_missile", [], "крилаті ракети", "cruise_missiles"),
    ("cruise_missile", ["Iskander-K"], "", "iskander_k_missile"),
    ("ballistic_missile", ["Iskander-M", "KN-23"], "", "iskander_m_missile"),
    ("ballistic_missile", [], "", "ballistic_missiles"),
    ("recon_drone", ["Orlan-10", "Merlin-VR"], "", "uav_drones"),     # two columns: generic
    ("recon_drone", ["Orlan-10"], "", "orlan"),
    ("drone", [], "БПЛА", "uav_drones"),
    ("aircraft", ["Su-34"], "", "fighter_su_34"),
    ("aircraft", [], "вертольоти", "helicopter"),
    ("aircraft", [], "літак", None),
    ("guided_bomb", [], "КАБ", None),
    ("missile", [], "ракети", "missiles"),
])
def test_column_of(category: str, models: list[str], mention: str, column: str | None) -> None:
    assert column_of(category, models, mention) == column


def test_the_column_table_has_the_28_columns_once() -> None:
    names = [c.name for c in COLUMNS]
    assert len(names) == len(set(names)) == 28
    assert all(c.comment for c in COLUMNS)


HEADER = "checkpoint_date,checkpoint_time," + ",".join(c.name for c in COLUMNS)


def _csv_row(day: str, clock: str, **cells: int) -> str:
    return f"{day},{clock}," + ",".join(str(cells.get(c.name, "")) for c in COLUMNS)


def _infographics(tmp_path: Path, texts: list[dict[str, Any]], rows: list[str]) -> Path:
    path = tmp_path / "ocr_texts.jsonl"
    path.write_text("".join(json.dumps(t, ensure_ascii=False) + "\n" for t in texts),
                    encoding="utf-8")
    (tmp_path / "destroyed_counts.csv").write_text("\n".join([HEADER, *rows]) + "\n",
                                                   encoding="utf-8")
    return path


OCR = "01.02.2024\n(07.00)\n\nЗНИЩЕНО:\n- 5 ударних БПЛА \"Shahed-136/131\"\n- 1 КАР Х-59"


def _text(day: str | None, clock: str | None, number: int) -> dict[str, Any]:
    return {"message_id": number, "file": f"photo_{number}.txt", "ocr_text": OCR,
            "parsed_date": day, "parsed_time": clock}


def test_load_infographics_matches_by_date_and_time(tmp_path: Path) -> None:
    path = _infographics(
        tmp_path,
        [_text("2024-02-01", "07:00:00", 1), _text(None, None, 2),
         _text("2024-02-02", "07:00:00", 3), _text("2024-02-03", "08:00:00", 4)],
        [_csv_row("2024-02-01", "07:00:00", shahed=5, kh_59_missile=1),
         _csv_row("2024-02-03", "08:00:00", shahed=1),
         _csv_row("2024-02-03", "08:00:00", lancet=1)])
    records, notes = load_infographics(path)
    assert [r.document.id for r in records] == ["1"]
    assert records[0].document.published == "2024-02-01T07:00"
    assert records[0].gold["shahed"] == 5 and records[0].gold["orlan"] == 0
    assert notes[0].startswith("4 texts, 2 CSV keys: 1 texts matched one record")
    assert "1 without a parsed date/time, 1 without a record, 1 sharing" in notes[0]
    assert detect_format(path) == "airforce-infographics"


def test_load_infographics_checks_the_columns(tmp_path: Path) -> None:
    path = _infographics(tmp_path, [_text("2024-02-01", "07:00:00", 1)],
                         ["2024-02-01,07:00:00"])
    (tmp_path / "destroyed_counts.csv").write_text("checkpoint_date,checkpoint_time,shahed\n",
                                                   encoding="utf-8")
    with pytest.raises(EvalError, match="missing: ballistic_missiles"):
        load_infographics(path)


def _count(text: str, needle: str, value: int) -> dict[str, Any]:
    start = text.index(needle)
    return {"value": value, "qualifier": "exact", "text": needle, "start_char": start,
            "end_char": start + len(needle)}


def test_predicted_cells_and_misses(tmp_path: Path) -> None:
    shahed = weapon("drone", "Shahed-136/131")
    shahed["destroyed"] = _count(OCR, "5 ударних", 5)
    kh59 = weapon("guided_missile", "Kh-59")
    kh59["shot_down"] = _count(OCR, "1 КАР", 1)
    bomb = weapon("guided_bomb", "KAB", destroyed=2)
    cells, lines, unmapped = predicted_cells(OCR, [attack(None, None, shahed, kh59, bomb)],
                                             KNOWN)
    assert cells == {"shahed": 5, "kh_59_missile": 1}
    assert lines["kh_59_missile"] == ["- 1 КАР Х-59"]
    assert unmapped[0].startswith("guided_bomb KAB 2")

    path = _infographics(tmp_path, [_text("2024-02-01", "07:00:00", 1)],
                         [_csv_row("2024-02-01", "07:00:00", shahed=5, kh_59_missile=2)])
    records, notes = load_infographics(path)
    catalogue = {"Kh-59": ["Kh-59", "Х-59"], "Shahed-136/131": ["Shahed-136/131"]}
    report = score_infographics(records, [DetectionOutcome((attack(None, None, shahed),))],
                                notes=notes, catalogue=catalogue)
    m = report.metrics()
    assert m["cells.exact"] == 27 / 28
    assert m["cells.found"] == 0.5
    assert m["shahed.recall"] == 1.0 and m["kh_59_missile.recall"] == 0.0
    assert m["records.exact"] == 0.0
    assert report.misses == ["2024-02-01 07:00:00 (post 1) kh_59_missile: expected 2, got — "
                             "← - 1 КАР Х-59"]


# -- registration and the runner ---------------------------------------------------------


class StubExtractor:
    """Every text yields one attack on UA with 10 drones launched and 8 destroyed."""

    def __init__(self) -> None:
        self.seen: list[InputDocument] = []

    def extract_stream(self, items: Iterable[InputDocument]
                       ) -> Iterator[DocumentResult | InputError]:
        for item in items:
            self.seen.append(item)
            drone = Weapon("drone", "Shahed-136/131", launched=Count(10, "exact", "10", 0, 2),
                           destroyed=Count(8, "exact", "8", 0, 1))
            yield DocumentResult(DocumentMeta(id=item.id or "?"),
                                 attacks=[Attack(id="a1", attacker="RU", target="UA",
                                                 weapons=[drone])])


def test_morning_end_to_end(tmp_path: Path) -> None:
    path = _morning_file(tmp_path, {"uav": 10, "uav_down": 8}, {"uav": 11})
    assert detect_format(path) == "airforce-morning"
    assert gold_name(path, "airforce-morning") == "airforce-morning"
    stub = StubExtractor()
    report = evaluate(path, extractor=stub)  # type: ignore[arg-type]
    assert [(d.language, d.published) for d in stub.seen] == [("uk", "2026-07-30T09:30")] * 2
    m = report.metrics()
    assert m["uav.accuracy"] == 0.5 and m["uav_down.accuracy"] == 1.0
    assert m["records.exact"] == 0.5
    limited = evaluate(path, fmt="airforce-morning", limit=1,
                       extractor=StubExtractor())  # type: ignore[arg-type]
    assert limited.documents == 1 and "--limit 1" in limited.notes[-1]


def test_infographics_end_to_end(tmp_path: Path) -> None:
    path = _infographics(tmp_path, [_text("2024-02-01", "07:00:00", 1)],
                         [_csv_row("2024-02-01", "07:00:00", shahed=8)])
    stub = StubExtractor()
    report = evaluate(path, extractor=stub)  # type: ignore[arg-type]
    assert stub.seen[0].language == "uk" and stub.seen[0].published == "2024-02-01T07:00"
    assert report.name == "airforce-infographics"
    assert report.metrics()["cells.exact"] == 1.0


@pytest.mark.parametrize(("name", "fmt"), [
    ("morning_reports.txt", "airforce-morning"),
    ("channel_posts_x.txt", "airforce-channel"),
    ("airforce-infographics/texts.txt", "airforce-infographics"),
])
def test_formats_by_file_name(tmp_path: Path, name: str, fmt: str) -> None:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("not json", encoding="utf-8")
    assert detect_format(path) == fmt
