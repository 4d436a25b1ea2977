"""Periods, resolved in Europe/Kyiv time against the publication time."""

from __future__ import annotations

import pytest

NIGHT = ("2025-09-02T18:00+03:00", "2025-09-03T09:00+03:00")


@pytest.mark.parametrize("published", [
    "2025-09-03", "2025-09-03T10:30", "2025-09-03T10:30+03:00", "2025-09-03T07:30:00Z"])
def test_overnight(read, published):
    out = read("Russia launched 40 drones at Ukraine overnight.", published=published)
    period = out.attack()["period"]
    assert period["resolved"] is True, out.summary
    assert (period["start"], period["end"]) == NIGHT, out.summary
    assert period["text"] == "overnight", out.summary
    assert out.attack_with_period("night") is out.attack()


@pytest.mark.parametrize("phrase", [
    "last night", "since 18:00 on Tuesday", "on the night of September 2-3",
    "on the night of Tuesday to Wednesday", "overnight into Wednesday",
    "on the night of September 3"])
def test_other_names_of_the_night(read, phrase):
    out = read(f"Russia launched 85 drones at Ukraine {phrase}, the air force said.",
               published="2025-09-03T09:00")
    period = out.attack()["period"]
    assert period["resolved"] is True, out.summary
    assert (period["start"], period["end"]) == NIGHT, out.summary
    assert period["text"] == phrase, out.summary


def test_air_force_night_with_start_in_brackets(read):
    """"On the night of 3 September (from 18:00 on 2 September)": the night into the 3rd."""
    text = ("On the night of September 3 (from 18:00 on September 2), Russia attacked Ukraine "
            "with 85 drones, the air force said.")
    out = read(text, published="2025-09-03T10:30")
    period = out.attack()["period"]
    assert period["resolved"] is True, out.summary
    assert period["start"] == "2025-09-02T18:00+03:00", out.summary
    assert "2025-09-03T09:00+03:00" <= period["end"] <= "2025-09-03T10:30+03:00", out.summary


def test_overnight_is_capped_at_publication(read):
    out = read("Russia launched 40 drones at Ukraine overnight.", published="2025-09-03T07:15")
    period = out.attack()["period"]
    assert (period["start"], period["end"]) == ("2025-09-02T18:00+03:00",
                                                "2025-09-03T07:15+03:00"), out.summary


def test_overnight_in_winter_time(read):
    out = read("Russia launched 40 drones at Ukraine overnight.", published="2025-01-15")
    period = out.attack()["period"]
    assert (period["start"], period["end"]) == ("2025-01-14T18:00+02:00",
                                                "2025-01-15T09:00+02:00"), out.summary


WEEKDAYS = [
    # (sentence, published, expected start, expected end: the day, capped at publication)
    ("Russia launched 60 drones at Ukraine on Wednesday.", "2025-09-05T10:30",
     "2025-09-03T00:00+03:00", "2025-09-04T00:00+03:00"),
    ("Russia launched 60 drones at Ukraine on Wednesday.", "2025-09-03T10:30",
     "2025-09-03T00:00+03:00", "2025-09-03T10:30+03:00"),
    ("Russia launched 60 drones at Ukraine on Thursday.", "2025-09-03T10:30",
     "2025-08-28T00:00+03:00", "2025-08-29T00:00+03:00"),
]


@pytest.mark.parametrize(("text", "published", "start", "end"), WEEKDAYS, ids=[
    "two-days-before", "same-day", "previous-week"])
def test_on_weekday_is_latest_on_or_before_publication(read, text, published, start, end):
    out = read(text, published=published)
    period = out.attack()["period"]
    assert period["resolved"] is True, out.summary
    assert (period["start"], period["end"]) == (start, end), out.summary


def test_since_6pm_on_tuesday(read):
    text = ("Russia has launched 85 drones at Ukraine since 6 p.m. on Tuesday, the air force "
            "said.")
    out = read(text, published="2025-09-03T10:30")
    period = out.attack()["period"]
    assert (period["start"], period["end"]) == ("2025-09-02T18:00+03:00",
                                                "2025-09-03T10:30+03:00"), out.summary
    assert period["text"] == "since 6 p.m. on Tuesday", out.summary


def test_over_the_past_day(read):
    text = "Air defences shot down 95 drones over the past day, Ukraine's air force said."
    out = read(text, published="2025-09-03T10:30")
    period = out.attack()["period"]
    assert (period["start"], period["end"]) == ("2025-09-02T10:30+03:00",
                                                "2025-09-03T10:30+03:00"), out.summary


def test_month_total_is_a_separate_attack(read):
    text = ("Russia launched 50 drones at Ukraine overnight. In September, Russia launched "
            "3,800 drones at Ukraine, the air force said.")
    out = read(text, published="2025-10-02T10:30")
    assert len(out.attacks) == 2, out.summary
    night = out.attack_with_period("night")
    month = out.attack_with_period("multi_day")
    out.expect(out.weapon("drone", None, attack=night)["launched"], 50, what="night launched")
    out.expect(out.weapon("drone", None, attack=month)["launched"], 3800,
               text="3,800 drones", what="month launched")
    assert (month["period"]["start"], month["period"]["end"]) == (
        "2025-09-01T00:00+03:00", "2025-10-01T00:00+03:00"), out.summary
    assert (night["period"]["start"], night["period"]["end"]) == (
        "2025-10-01T18:00+03:00", "2025-10-02T09:00+03:00"), out.summary


def test_year_to_date_is_a_separate_attack(read):
    text = ("Russia launched 50 drones at Ukraine overnight. Russia has launched 25,000 drones "
            "at Ukraine since the start of the year.")
    out = read(text, published="2025-09-03T10:30")
    assert len(out.attacks) == 2, out.summary
    night = out.attack_with_period("night")
    year = out.attack_with_period("multi_day")
    out.expect(out.weapon("drone", None, attack=night)["launched"], 50, what="night launched")
    out.expect(out.weapon("drone", None, attack=year)["launched"], 25000,
               text="25,000 drones", what="year launched")
    assert (year["period"]["start"], year["period"]["end"]) == (
        "2025-01-01T00:00+02:00", "2025-09-03T10:30+03:00"), out.summary
    assert year["period"]["text"] == "since the start of the year", out.summary


@pytest.mark.parametrize(("phrase", "start", "end"), [
    ("over the past week", "2025-08-27T10:30+03:00", "2025-09-03T10:30+03:00"),
    ("last month", "2025-08-01T00:00+03:00", "2025-09-01T00:00+03:00"),
], ids=["past-week", "last-month"])
def test_week_and_month_totals_are_separate(read, phrase, start, end):
    text = (f"Russia launched 50 drones at Ukraine overnight. Russia launched 4,000 drones at "
            f"Ukraine {phrase}.")
    out = read(text, published="2025-09-03T10:30")
    assert len(out.attacks) == 2, out.summary
    long = out.attack_with_period("multi_day")
    out.expect(out.weapon("drone", None, attack=long)["launched"], 4000, what="launched")
    assert (long["period"]["start"], long["period"]["end"]) == (start, end), out.summary


def test_monthly_figure_before_the_night(read):
    """Order does not matter: the month's figure comes first and still stays apart."""
    text = ("Russia has launched more than 1,200 drones at Ukraine since the start of the "
            "year, the air force said. Overnight, Russia launched 45 drones.")
    out = read(text, published="2025-09-03T10:30")
    assert len(out.attacks) == 2, out.summary
    night = out.attack_with_period("night")
    out.expect(out.weapon("drone", None, attack=night)["launched"], 45, what="night launched")
    assert (night["period"]["start"], night["period"]["end"]) == NIGHT, out.summary


def test_no_publication_time_leaves_the_period_unresolved(read):
    text = "Russia launched 40 drones at Ukraine overnight, the air force said."
    out = read(text, published=None)
    period = out.attack()["period"]
    assert period["resolved"] is False, out.summary
    assert (period["start"], period["end"]) == (None, None), out.summary
    assert period["text"] == "overnight", out.summary
    assert out.data["document"]["published"] is None, out.summary
    assert out.data["warnings"], "an unresolved period must be reported in warnings"
