"""Offsets index the document exactly as received; the library refuses bad input clearly."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sitrep import InputError


@pytest.mark.parametrize("text", [
    "Russia launched 40 drones at Ukraine overnight.\r\nAir defences shot down 31 drones.",
    "\U0001F534 Russia launched 40 drones at Ukraine overnight. \U0001F6E1 Air defences shot "
    "down 31 drones.",
    "   \n\n  Russia launched 40 drones at Ukraine overnight.\u00a0 Air defences shot down "
    "31 drones.",
    "«Russia launched 40 drones at Ukraine overnight», said Ukraine\u2019s air force. "
    "Air defences shot down 31 drones.",
], ids=["crlf", "emoji", "leading-blank-and-nbsp", "guillemets"])
def test_offsets_are_code_points_of_the_input(read, text):
    out = read(text)  # read() checks text == input[start:end] for every span
    drone = out.weapon("drone", None)
    out.expect(drone["launched"], 40, text="40 drones", what="drone.launched")
    out.expect(drone["destroyed"], 31, text="31 drones", what="drone.destroyed")


def test_fixture_document(read, fixtures_dir):
    text = (fixtures_dir / "night_report.txt").read_text(encoding="utf-8")
    out = read(text, published="2025-09-03T10:30")
    attack = out.attack()
    assert (attack["attacker"], attack["target"]) == ("RU", "UA"), out.summary
    drone = out.weapon("drone", None)
    missile = out.weapon("missile", None)
    out.expect(drone["launched"], 96, text="96 drones", what="drone.launched")
    out.expect(missile["launched"], 4, text="four missiles", what="missile.launched")
    out.expect(drone["destroyed"], 71, text="71 drones", what="drone.destroyed")
    out.expect(missile["destroyed"], 3, text="three missiles", what="missile.destroyed")
    out.expect(drone["hit"], 9, text="Nine drones", what="drone.hit")
    out.expect(missile["hit"], 1, text="one missile", what="missile.hit")
    out.expect(attack["hit_locations"], 5, text="five locations", what="hit_locations")
    out.expect(attack["debris_locations"], 2, text="two sites", what="debris_locations")
    assert attack["reported_by"]["name"] == "Ukrainian Air Force", out.summary
    assert attack["conflicts"] == [], out.summary


def test_same_text_same_ids(extractor):
    text = "Russia launched 40 drones at Ukraine overnight."
    a = extractor.extract(text, published="2025-09-03").to_dict()
    b = extractor.extract(text, published="2025-09-03").to_dict()
    assert a == b
    assert a["attacks"][0]["id"].startswith(a["document"]["id"])


def test_published_datetime_object(read):
    out = read("Russia launched 40 drones at Ukraine overnight.",
               published=datetime(2025, 9, 3, 7, 30, tzinfo=UTC))
    assert out.data["document"]["published"] == "2025-09-03T10:30+03:00", out.summary


@pytest.mark.parametrize(("text", "published"), [
    ("", None),
    ("   \n\t ", None),
    ("Russia launched 40 drones at Ukraine overnight.", "last Tuesday"),
    ("Russia launched 40 drones at Ukraine overnight.", "2025-13-45"),
], ids=["empty", "blank", "published-words", "published-impossible-date"])
def test_bad_input_raises_input_error(extractor, text, published):
    with pytest.raises(InputError):
        extractor.extract(text, published=published)


def test_text_longer_than_max_chars(extractor):
    from sitrep import Extractor

    small = Extractor(max_chars=50)
    with pytest.raises(InputError, match="max"):
        small.extract("Russia launched 40 drones at Ukraine overnight. " * 3)
