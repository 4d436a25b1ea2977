"""Roles: each cue phrase that makes a figure launched, destroyed, shot down, suppressed,
hit or pending. Every sentence is hand-written; the numbers are invented."""

from __future__ import annotations

import pytest

LAUNCHED = [
    ("Russia launched 35 drones at Ukraine overnight.", "35 drones"),
    ("Russia fired 35 drones at Ukraine overnight.", "35 drones"),
    ("Russia attacked Ukraine with 35 drones overnight.", "35 drones"),
    ("Russia sent 35 drones against Ukraine overnight.", "35 drones"),
    ("Russian forces deployed 35 drones against Ukraine overnight.", "35 drones"),
    ("In total, 35 drones were launched at Ukraine overnight, the air force said.",
     "35 drones"),
    ("By morning, Russia had launched 35 drones at Ukraine.", "35 drones"),
    ("Russia struck Ukraine with 35 drones overnight.", "35 drones"),
]


@pytest.mark.parametrize(("text", "span"), LAUNCHED, ids=[
    "launched", "fired", "attacked-with", "sent", "deployed", "passive-were-launched",
    "pluperfect-had-launched", "struck-with"])
def test_launched_cues(read, text, span):
    out = read(text)
    attack = out.attack()
    assert (attack["attacker"], attack["target"]) == ("RU", "UA"), out.summary
    drone = out.weapon("drone", None)
    out.expect(drone["launched"], 35, text=span, what="drone.launched")
    for role in ("destroyed", "shot_down", "suppressed", "hit", "pending"):
        out.expect_none(drone[role], what=f"drone.{role}")


DESTROYED = [
    "Air defences shot down 40 drones overnight, Ukraine's air force said.",
    "Air defences downed 40 drones overnight, Ukraine's air force said.",
    "Air defences destroyed 40 drones overnight, Ukraine's air force said.",
    "Air defences intercepted 40 drones overnight, Ukraine's air force said.",
    "Air defences neutralised 40 drones overnight, Ukraine's air force said.",
    "Ukrainian forces took out 40 drones overnight, Ukraine's air force said.",
    "Overnight, 40 drones were shot down, Ukraine's air force said.",
    "Overnight, 40 drones were intercepted by air defences, Ukraine's air force said.",
    "By morning, air defences had shot down 40 drones, Ukraine's air force said.",
    "Ukrainian air defenses neutralized 40 drones overnight, Ukraine's air force said.",
    "Air defences shot down or suppressed 40 drones overnight, Ukraine's air force said.",
    "As of 09:00, air defences shot down/suppressed 40 drones, Ukraine's air force said.",
]


@pytest.mark.parametrize("text", DESTROYED, ids=[
    "shot-down", "downed", "destroyed", "intercepted", "neutralised", "took-out",
    "passive-shot-down", "passive-intercepted", "pluperfect-had-shot-down",
    "us-spelling-neutralized", "shot-down-or-suppressed", "shot-down-slash-suppressed"])
def test_destroyed_cues(read, text):
    """Without a separate suppressed figure, "shot down" is Ukraine's destroyed figure."""
    out = read(text)
    attack = out.attack()
    assert (attack["attacker"], attack["target"]) == ("RU", "UA"), out.summary
    drone = out.weapon("drone", None)
    out.expect(drone["destroyed"], 40, text="40 drones", what="drone.destroyed")
    out.expect_none(drone["shot_down"], what="drone.shot_down")
    out.expect_none(drone["launched"], what="drone.launched")


SHOT_DOWN_AND_SUPPRESSED = [
    "Russia launched 90 drones at Ukraine overnight. Air defences shot down 60 drones, "
    "while 25 drones were suppressed by electronic warfare, the air force said.",
    "Russia launched 90 drones at Ukraine overnight. 60 drones were shot down and "
    "25 drones were lost from radar, the air force said.",
    "Russia launched 90 drones at Ukraine overnight. Air defences shot down 60 drones and "
    "25 drones were jammed, the air force said.",
    "Russia launched 90 drones at Ukraine overnight. Of them, 60 were shot down and "
    "25 were locationally lost, the air force said.",
]


@pytest.mark.parametrize("text", SHOT_DOWN_AND_SUPPRESSED, ids=[
    "suppressed-by-ew", "lost-from-radar", "jammed", "partitive-locationally-lost"])
def test_shot_down_kept_apart_from_suppressed(read, text):
    out = read(text)
    drone = out.weapon("drone", None)
    out.expect(drone["launched"], 90, text="90 drones", what="drone.launched")
    out.expect(drone["shot_down"], 60, contains="60", what="drone.shot_down")
    out.expect(drone["suppressed"], 25, contains="25", what="drone.suppressed")
    # the text gives no combined figure: none is invented
    out.expect_none(drone["destroyed"], what="drone.destroyed")


HIT = [
    ("Seven drones hit targets.", "Seven drones"),
    ("Seven drones struck targets in the Kharkiv region.", "Seven drones"),
    ("Seven drones reached their targets.", "Seven drones"),
    ("Seven drones reached targets in Odesa.", "Seven drones"),
    ("Seven drones got through.", "Seven drones"),
    ("Seven drones evaded air defences and struck targets.", "Seven drones"),
    ("Direct hits by seven drones were recorded.", "seven drones"),
]


@pytest.mark.parametrize(("second", "span"), HIT, ids=[
    "hit-targets", "struck", "reached-their-targets", "reached-targets", "got-through",
    "evaded-and-struck", "direct-hits-by"])
def test_hit_cues(read, second, span):
    text = "Russia launched 50 drones at Ukraine overnight. " + second
    out = read(text)
    drone = out.weapon("drone", None)
    out.expect(drone["launched"], 50, text="50 drones", what="drone.launched")
    out.expect(drone["hit"], 7, text=span, what="drone.hit")
    out.expect_none(drone["destroyed"], what="drone.destroyed")


PENDING = [
    ("Information on three drones is still being clarified.", "three drones"),
    ("Three drones remain in the air.", "Three drones"),
    ("Three drones were still in the air as of 9 a.m.", "Three drones"),
    ("The fate of three drones is being clarified.", "three drones"),
]


@pytest.mark.parametrize(("second", "span"), PENDING, ids=[
    "still-being-clarified", "remain-in-the-air", "still-in-the-air", "fate-of"])
def test_pending_cues(read, second, span):
    text = "Russia launched 50 drones at Ukraine overnight. " + second
    out = read(text)
    drone = out.weapon("drone", None)
    out.expect(drone["launched"], 50, text="50 drones", what="drone.launched")
    out.expect(drone["pending"], 3, text=span, what="drone.pending")
    out.expect_none(drone["destroyed"], what="drone.destroyed")
    out.expect_none(drone["hit"], what="drone.hit")


def test_all_roles_in_one_report(read):
    text = ("Russia launched 120 drones at Ukraine overnight, the air force said. "
            "Air defences shot down 70 drones, and 30 drones were lost from radar. "
            "Twelve drones hit targets, and information on eight drones is being clarified.")
    out = read(text)
    drone = out.weapon("drone", None)
    out.expect(drone["launched"], 120, text="120 drones", what="launched")
    out.expect(drone["shot_down"], 70, text="70 drones", what="shot_down")
    out.expect(drone["suppressed"], 30, text="30 drones", what="suppressed")
    out.expect(drone["hit"], 12, text="Twelve drones", what="hit")
    out.expect(drone["pending"], 8, text="eight drones", what="pending")
    out.expect_none(drone["destroyed"], what="destroyed")
