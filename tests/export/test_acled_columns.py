"""ACLED-style rows in the formats of ACLED's codebook: text actor types and interactions,
YYYY-MM-DD dates with their time precision, four-decimal coordinates, fatalities as 0."""

from __future__ import annotations

from result_builders import attack, casualty, count, drones_night, night, place, result, weapon
from sitrep.export.acled import acled_rows
from sitrep.reconcile import reconcile


def _strike(*, attacker: str = "RU", target: str = "UA", period: tuple[str, str] | None,
            killed: int | None = None, lat: float | None = None) -> dict[str, object]:
    kharkiv = place("Kharkiv", "struck", admin1="Kharkiv Oblast", lat=lat,
                    lon=None if lat is None else 36.2304, country=target)
    return result("d", published="2025-09-03T10:00+03:00", source="Wire", attacks=[attack(
        "d-a1", period=period, attacker=attacker, target=target, places=[kharkiv],
        weapons=[weapon("drone", launched=count(12))])],
        casualties=None if killed is None else [casualty("d-a1", killed=killed,
                                                         where=kharkiv)])


def test_forces_striking_another_country_are_external_forces_against_civilians() -> None:
    [row] = acled_rows(reconcile([_strike(period=night("2025-09-03"), killed=2)]))
    assert (row["inter1"], row["inter2"], row["interaction"]) == \
        ("External/Other forces", "Civilians", "External/Other forces-Civilians")
    assert (row["event_date"], row["time_precision"], row["fatalities"]) == ("2025-09-03", 1, 2)


def test_one_actor_alone_is_that_actor_only_and_no_fatalities_is_zero() -> None:
    [row] = acled_rows(reconcile([drones_night("d", "2025-09-03", launched=40)]))
    assert (row["inter1"], row["inter2"], row["interaction"], row["fatalities"]) == \
        ("External/Other forces", "", "External/Other forces only", 0)


def test_forces_within_their_own_country_are_state_forces() -> None:
    [row] = acled_rows(reconcile([_strike(attacker="UA", target="UA",
                                          period=night("2025-09-03"))]))
    assert (row["inter1"], row["interaction"]) == ("State forces", "State forces only")


def test_a_date_taken_from_the_publication_is_less_precise() -> None:
    [row] = acled_rows(reconcile([_strike(period=None)]))
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2025-09-03", "2025", 2)


def test_coordinates_have_four_decimals() -> None:
    [row] = acled_rows(reconcile([_strike(period=night("2025-09-03"), lat=49.99351234)]))
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == (49.9935, 36.2304, 1)
