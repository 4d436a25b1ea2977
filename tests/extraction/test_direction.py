"""Who attacked whom (ISO codes) and who reported it."""

from __future__ import annotations

import pytest

DIRECTIONS = [
    # (text, attacker, target, reporter name or None)
    ("Air defences shot down 52 drones overnight, Ukraine's air force said.",
     "RU", "UA", "Ukrainian Air Force"),
    ("Russia launched 52 drones at Ukraine overnight, according to Ukraine's air force.",
     "RU", "UA", "Ukrainian Air Force"),
    ("Russia's defence ministry said air defences destroyed 41 Ukrainian drones over the "
     "Bryansk region overnight.", "UA", "RU", "Russian Ministry of Defence"),
    ("Air defence systems destroyed 41 drones over the Bryansk region overnight, Russia's "
     "defence ministry said.", "UA", "RU", "Russian Ministry of Defence"),
    ("Iran launched 180 ballistic missiles at Israel overnight, the Israeli military said.",
     "IR", "IL", "Israel Defense Forces"),
    ("Houthi rebels launched three drones at Eilat overnight.", "YE", "IL", None),
    ("The Houthis fired two ballistic missiles at Israel overnight, the Israeli military "
     "said.", "YE", "IL", "Israel Defense Forces"),
    ("Yemen's Houthis fired two ballistic missiles at Israel overnight.", "YE", "IL", None),
    ("Ukraine attacked Russia with 120 drones overnight, Russia's defence ministry said.",
     "UA", "RU", "Russian Ministry of Defence"),
    ("Hezbollah fired 30 rockets at northern Israel overnight, the Israeli military said.",
     "LB", "IL", "Israel Defense Forces"),
    ("Russia launched 50 drones at Ukraine overnight, air force spokesman Yurii Ihnat said.",
     "RU", "UA", "Ukrainian Air Force"),
    ("Russia launched 50 drones at Ukraine overnight, Ukraine's General Staff said.",
     "RU", "UA", "General Staff of the Armed Forces of Ukraine"),
]


@pytest.mark.parametrize(("text", "attacker", "target", "reporter"), DIRECTIONS, ids=[
    "ua-air-force-default", "according-to-ua-air-force", "ru-mod-ukrainian-drones",
    "ru-mod-no-adjective", "iran-israel", "houthi-rebels", "the-houthis", "yemens-houthis",
    "ukraine-attacked-russia", "hezbollah", "ihnat", "general-staff"])
def test_direction_and_reporter(read, text, attacker, target, reporter):
    out = read(text)
    attack = out.attack()
    assert (attack["attacker"], attack["target"]) == (attacker, target), out.summary
    got = None if attack["reported_by"] is None else attack["reported_by"]["name"]
    assert got == reporter, out.summary


@pytest.mark.parametrize(("text", "attacker", "target", "reporter"), [
    ("Russia launched 40 drones at Ukraine overnight, Ukraine\u2019s air force said.",
     "RU", "UA", "Ukrainian Air Force"),
    ("Air defences shot down 40 drones overnight, Russia\u2019s defence ministry said.",
     "UA", "RU", "Russian Ministry of Defence"),
    ("Russia\u2019s defence ministry said air defences destroyed 41 Ukrainian drones over the "
     "Bryansk region overnight.", "UA", "RU", "Russian Ministry of Defence"),
], ids=["ukraine-air-force", "russia-mod-after", "russia-mod-before"])
def test_typographic_apostrophe(read, text, attacker, target, reporter):
    """Wire copy writes "Ukraine\u2019s" with U+2019, not an ASCII apostrophe."""
    out = read(text)
    attack = out.attack()
    assert (attack["attacker"], attack["target"]) == (attacker, target), out.summary
    got = None if attack["reported_by"] is None else attack["reported_by"]["name"]
    assert got == reporter, out.summary


def test_reported_by_span(read):
    text = "Russia launched 52 drones at Ukraine overnight, according to Ukraine's air force."
    out = read(text)
    rep = out.attack()["reported_by"]
    assert rep is not None, out.summary
    assert rep["text"] == "Ukraine's air force", out.summary
    assert rep["country"] == "UA", out.summary
    assert text[rep["start_char"]:rep["end_char"]] == "Ukraine's air force"


def test_two_sides_in_one_document(read):
    text = ("Russia launched 60 drones at Ukraine overnight, Ukraine's air force said. "
            "Meanwhile, Russia's defence ministry said its air defences destroyed 41 Ukrainian "
            "drones over the Bryansk and Kursk regions overnight.")
    out = read(text)
    by_dir = {(a["attacker"], a["target"]): a for a in out.attacks}
    assert set(by_dir) == {("RU", "UA"), ("UA", "RU")}, out.summary
    out.expect(out.weapon("drone", None, attack=by_dir["RU", "UA"])["launched"], 60,
               what="RU->UA drone.launched")
    ua = out.weapon("drone", None, attack=by_dir["UA", "RU"])
    out.expect(ua["destroyed"], 41, text="41 Ukrainian drones", what="UA->RU drone.destroyed")
    assert by_dir["UA", "RU"]["reported_by"]["name"] == "Russian Ministry of Defence", \
        out.summary
    assert by_dir["RU", "UA"]["reported_by"]["name"] == "Ukrainian Air Force", out.summary


def test_attacker_and_target_evidence(read):
    text = "Russia fired 12 missiles at Ukraine overnight."
    out = read(text)
    attack = out.attack()
    assert attack["attacker_evidence"]["text"] == "Russia", out.summary
    assert attack["target_evidence"]["text"] == "Ukraine", out.summary


def test_launch_sites_in_english(read):
    out = read("Russia launched 40 drones at Ukraine overnight from the direction of Kursk "
               "and Bryansk, the air force said.")
    places = out.attack()["places"]
    assert [(p["name"], p["role"], p["country"]) for p in places] == [
        ("Kursk", "launch_site", "RU"), ("Bryansk", "launch_site", "RU")], out.summary


def test_a_politician_reporting_is_not_the_target(read):
    out = read("Russia launched 50 drones overnight, Donald Trump said.")
    attack = out.attack()
    assert (attack["attacker"], attack["target"]) == ("RU", "UA"), out.summary
