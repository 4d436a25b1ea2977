"""Amounts: number words, thousands separators, qualifiers and vague amounts."""

from __future__ import annotations

import pytest

NUMBERS = [
    ("Fourteen missiles were fired at Ukraine overnight, the air force said.",
     "missile", 14, "Fourteen missiles"),
    ("Russia fired three rockets at Kharkiv overnight.", "missile", 3, "three rockets"),
    ("Russia launched twenty-five drones at Ukraine overnight.", "drone", 25,
     "twenty-five drones"),
    ("Russia launched two hundred and fifty drones at Ukraine overnight.", "drone", 250,
     "two hundred and fifty drones"),
    ("Russia launched 1,200 drones at Ukraine last week.", "drone", 1200, "1,200 drones"),
    ("Russia launched 1 200 drones at Ukraine last week.", "drone", 1200, "1 200 drones"),
    ("Russia launched 12 000 drones at Ukraine in August.", "drone", 12000, "12 000 drones"),
    ("Russia launched a dozen missiles at Ukraine overnight.", "missile", 12,
     "a dozen missiles"),
    ("Russia launched one hundred and twenty drones at Ukraine overnight.", "drone", 120,
     "one hundred and twenty drones"),
    ("Russia launched two dozen drones at Ukraine overnight.", "drone", 24,
     "two dozen drones"),
    ("Russia launched 1.2 thousand drones at Ukraine last month.", "drone", 1200,
     "1.2 thousand drones"),
]


@pytest.mark.parametrize(("text", "category", "value", "span"), NUMBERS, ids=[
    "Fourteen", "three", "twenty-five", "two-hundred-and-fifty", "comma-1,200",
    "space-1 200", "space-12 000", "a-dozen", "one-hundred-and-twenty", "two-dozen",
    "1.2-thousand"])
def test_number_forms(read, text, category, value, span):
    out = read(text)
    weapon = out.weapon(category, None)
    out.expect(weapon["launched"], value, "exact", text=span, what=f"{category}.launched")


QUALIFIED = [
    ("more than 100", 100, "more_than"),
    ("over 100", 100, "more_than"),
    ("at least 100", 100, "at_least"),
    ("about 100", 100, "about"),
    ("around 100", 100, "about"),
    ("nearly 100", 100, "about"),
    ("some 100", 100, "about"),
    ("roughly 100", 100, "about"),
    ("up to 100", 100, "at_most"),
    ("as many as 100", 100, "at_most"),
    ("more than a dozen", 12, "more_than"),
    ("dozens of", None, "vague"),
    ("hundreds of", None, "vague"),
    ("several dozen", None, "vague"),
]


@pytest.mark.parametrize(("amount", "value", "qualifier"), QUALIFIED,
                         ids=[q[0].replace(" ", "-") for q in QUALIFIED])
def test_qualifiers(read, amount, value, qualifier):
    text = f"Russia launched {amount} drones at Ukraine overnight."
    out = read(text)
    drone = out.weapon("drone", None)
    out.expect(drone["launched"], value, qualifier, text=f"{amount} drones",
               what="drone.launched")


def test_qualifier_on_a_destroyed_figure(read):
    out = read("Air defences shot down almost 90 drones overnight, the air force said.")
    out.expect(out.weapon("drone", None)["destroyed"], 90, "about", text="almost 90 drones",
               what="drone.destroyed")
