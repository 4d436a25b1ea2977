"""/api/stats/interception over the corpus, and the counting rules on hand-made incidents."""

from __future__ import annotations

import pytest
from server_helpers import assert_error

from sitrep.store.stats import incident_figures, period_start


def _rows(client, query: str) -> list[dict]:
    response = client.get(f"/api/stats/interception?page_size=500{query}")
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_nights_count_each_incident_once_across_its_sources(client):
    rows = {(r["period_start"], r["category"]): r for r in _rows(client, "&attacker=RU")}
    night = rows[("2025-09-05", "all")]
    assert (night["launched"], night["destroyed"], night["hit"]) == (80, 60, 12)
    assert night["incidents"] == 1
    assert night["interception_rate"] == 0.75
    assert ("2025-09-12", "all") not in rows  # the other side's night


def test_weeks_and_months_sum_the_nights(client):
    weeks = _rows(client, "&period=week&category=all&attacker=RU")
    assert [(w["period_start"], w["incidents"]) for w in weeks] == [
        ("2025-09-01", 2), ("2025-09-08", 1)]
    assert weeks[0]["launched"] == 126 + 80
    [month] = _rows(client, "&period=month&category=drone&attacker=RU")
    assert (month["period_start"], month["launched"], month["hit"]) == ("2025-09-01", 400, 20)


def test_the_rate_uses_only_incidents_giving_both_figures(client):
    [night] = _rows(client, "&category=drone&since=2025-09-12")
    assert (night["launched"], night["destroyed"]) == (None, 41)
    assert night["interception_rate"] is None
    [month] = _rows(client, "&period=month&category=drone")
    assert month["destroyed"] == 60 + 101 + 170 + 41
    assert month["interception_rate"] == round((60 + 101 + 170) / (80 + 120 + 200), 4)


def test_the_answer_names_its_period_and_refuses_unknown_ones(client):
    body = client.get("/api/stats/interception?period=week").json()
    assert body["period"] == "week" and body["page"] == 1
    assert_error(client.get("/api/stats/interception?period=year"), 422, "invalid_parameter")


def _summary(*figures: tuple[str, str | None, str, int | None]) -> dict:
    return {"figures": [{"category": c, "model": m, "role": r, "value": v,
                         "qualifier": "exact"} for c, m, r, v in figures]}


def test_a_model_and_its_category_count_the_larger_not_the_sum():
    summary = _summary(("drone", None, "launched", 200), ("drone", "Shahed-136", "launched", 180))
    assert incident_figures(summary)["drone"]["launched"] == 200


def test_a_generic_missile_figure_is_not_added_to_the_named_ones():
    summary = _summary(("missile", None, "launched", 6), ("cruise_missile", "Kh-101",
                                                           "launched", 6),
                       ("drone", None, "launched", 100))
    assert incident_figures(summary)["all"]["launched"] == 106


def test_a_total_wins_over_the_sum_of_the_weapons():
    summary = _summary(("total", None, "launched", 537), ("drone", None, "launched", 477))
    assert incident_figures(summary)["all"]["launched"] == 537


def test_destroyed_is_shot_down_plus_suppressed_when_not_given():
    summary = _summary(("drone", None, "shot_down", 249), ("drone", None, "suppressed", 226))
    assert incident_figures(summary)["drone"]["destroyed"] == 475


def test_hit_locations_and_vague_figures_are_not_hits():
    summary = _summary(("locations", None, "hit_locations", 7), ("drone", None, "hit", None),
                       ("drone", None, "launched", 50))
    figures = incident_figures(summary)
    assert figures["drone"]["hit"] is None and figures["all"]["hit"] is None


@pytest.mark.parametrize(("period", "start"), [("night", "2025-09-03"),
                                                ("week", "2025-09-01"),
                                                ("month", "2025-09-01")])
def test_period_starts(period, start):
    from datetime import date

    assert period_start(date(2025, 9, 3), period).isoformat() == start


def test_statistics_are_computed_once_until_the_incidents_change(client):
    ctx = client.app.state.sitrep
    calls: list[int] = []

    def compute() -> list[int]:
        calls.append(1)
        return [len(calls)]

    assert ctx.cached(("test", 1), compute) == [1]
    assert ctx.cached(("test", 1), compute) == [1]
    assert ctx.cached(("test", 2), compute) == [2]
    assert len(calls) == 2
