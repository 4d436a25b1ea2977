"""Totals across weapon types, and counts of places (hit and debris locations).

A total is kept as a total and never added to (or split into) the per-type counts; a count
of locations is a count of places, never of weapons."""

from __future__ import annotations

import pytest


def test_of_the_n_targets_m_were_downed(read):
    out = read("Of the 526 targets, 451 were downed, Ukraine's air force said.")
    attack = out.attack()
    out.expect(attack["totals"]["launched"], 526, text="526 targets", what="totals.launched")
    out.expect(attack["totals"]["destroyed"], 451, contains="451", what="totals.destroyed")
    assert attack["weapons"] == [], out.summary
    assert attack["conflicts"] == [], out.summary


def test_totals_after_a_breakdown_are_not_added_to_the_types(read):
    text = ("Russia launched 477 drones and 60 missiles at Ukraine overnight. "
            "Of these, 249 were shot down and 226 were lost, the air force said.")
    out = read(text)
    attack = out.attack()
    drone = out.weapon("drone", None)
    missile = out.weapon("missile", None)
    out.expect(drone["launched"], 477, text="477 drones", what="drone.launched")
    out.expect(missile["launched"], 60, text="60 missiles", what="missile.launched")
    for w in (drone, missile):
        for role in ("destroyed", "shot_down", "suppressed"):
            out.expect_none(w[role], what=f"{w['category']}.{role}")
    totals = attack["totals"]
    out.expect(totals["shot_down"], 249, contains="249", what="totals.shot_down")
    out.expect(totals["suppressed"], 226, contains="226", what="totals.suppressed")
    # 477 + 60 is never written down as a total launched figure
    out.expect_none(totals["launched"], what="totals.launched")
    assert 537 not in out.count_values(), out.summary


def test_stated_total_with_breakdown(read):
    text = ("Russia attacked Ukraine overnight with 537 air attack assets, including "
            "477 drones and 60 missiles, the air force said.")
    out = read(text)
    attack = out.attack()
    out.expect(attack["totals"]["launched"], 537, text="537 air attack assets",
               what="totals.launched")
    out.expect(out.weapon("drone", None)["launched"], 477, text="477 drones",
               what="drone.launched")
    out.expect(out.weapon("missile", None)["launched"], 60, text="60 missiles",
               what="missile.launched")


def test_air_force_style_breakdown_after_colon(read):
    text = ("On the night of September 3, the enemy attacked with 142 air attack assets: "
            "140 Shahed-type attack UAVs and decoy drones and 2 Iskander-M ballistic missiles, "
            "Ukraine's air force said.")
    out = read(text)
    attack = out.attack()
    assert (attack["attacker"], attack["target"]) == ("RU", "UA"), out.summary
    out.expect(attack["totals"]["launched"], 142, text="142 air attack assets",
               what="totals.launched")
    out.expect(out.weapon("ballistic_missile", "Iskander-M")["launched"], 2,
               text="2 Iskander-M ballistic missiles", what="Iskander-M.launched")
    drones = [w for w in attack["weapons"] if w["category"] in ("drone", "decoy_drone")]
    assert len(drones) == 1, out.summary
    out.expect(drones[0]["launched"], 140, contains="140", what="drones.launched")


@pytest.mark.parametrize("text", [
    "In total, 537 air attack assets were launched at Ukraine overnight, the air force said.",
    "A total of 537 aerial targets were detected overnight, the air force said.",
], ids=["air-attack-assets", "a-total-of-aerial-targets"])
def test_total_without_breakdown(read, text):
    out = read(text)
    attack = out.attack()
    out.expect(attack["totals"]["launched"], 537, contains="537", what="totals.launched")
    assert attack["weapons"] == [], out.summary


def test_partitive_total(read):
    text = ("Ukraine's air force said air defences shot down 451 of the 526 aerial targets "
            "launched overnight.")
    out = read(text)
    totals = out.attack()["totals"]
    out.expect(totals["launched"], 526, contains="526", what="totals.launched")
    out.expect(totals["destroyed"], 451, contains="451", what="totals.destroyed")


def test_partitive_without_article(read):
    out = read("Air defences shot down 32 of 45 drones overnight, Ukraine's air force said.")
    drone = out.weapon("drone", None)
    out.expect(drone["destroyed"], 32, contains="32", what="drone.destroyed")
    out.expect(drone["launched"], 45, contains="45", what="drone.launched")


def test_hit_and_debris_locations(read):
    text = ("Russia launched 50 drones at Ukraine overnight. Hits were recorded at nine "
            "locations, and debris fell at five locations.")
    out = read(text)
    attack = out.attack()
    out.expect(attack["hit_locations"], 9, text="nine locations", what="hit_locations")
    out.expect(attack["debris_locations"], 5, text="five locations", what="debris_locations")
    drone = out.weapon("drone", None)
    out.expect(drone["launched"], 50, what="drone.launched")
    out.expect_none(drone["hit"], what="drone.hit (locations are places, not weapons)")
    assert len(attack["weapons"]) == 1, out.summary


def test_downed_drones_fell_is_debris(read):
    text = ("Russia launched 50 drones at Ukraine overnight. Hits were recorded at 20 "
            "locations, and downed drones fell at 13 locations.")
    out = read(text)
    attack = out.attack()
    out.expect(attack["hit_locations"], 20, text="20 locations", what="hit_locations")
    out.expect(attack["debris_locations"], 13, text="13 locations", what="debris_locations")


def test_weapons_hit_and_locations_in_one_sentence(read):
    text = ("Russia launched 50 drones at Ukraine overnight. Eleven drones hit targets at "
            "six locations, while debris from downed drones fell at three sites.")
    out = read(text)
    attack = out.attack()
    drone = out.weapon("drone", None)
    out.expect(drone["hit"], 11, text="Eleven drones", what="drone.hit")
    out.expect(attack["hit_locations"], 6, text="six locations", what="hit_locations")
    out.expect(attack["debris_locations"], 3, text="three sites", what="debris_locations")
    out.expect_none(drone["destroyed"], what="drone.destroyed ('downed drones' has no number)")


def test_debris_only(read):
    text = ("Air defences shot down 20 drones over Kyiv overnight, the air force said. "
            "Falling debris was recorded at four sites in the city.")
    out = read(text)
    attack = out.attack()
    out.expect(attack["debris_locations"], 4, text="four sites", what="debris_locations")
    out.expect_none(attack["hit_locations"], what="hit_locations")
