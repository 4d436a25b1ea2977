"""Texts that are not reports of an aerial attack, and numbers that are not counts."""

from __future__ import annotations

import pytest

NOT_ATTACKS = [
    ("spacex", "SpaceX launched its Starship rocket from Texas on Tuesday, and the launch "
               "tower caught the Super Heavy booster."),
    ("spacex-count", "SpaceX launched 24 satellites on Tuesday and caught the booster on a "
                     "drone ship."),
    ("earthquake", "A magnitude 6.1 earthquake struck eastern Turkey on Wednesday, killing "
                   "14 people and destroying 40 buildings."),
    ("rate-cut", "The National Bank of Ukraine cut its key interest rate by 50 basis points "
                 "to 15.5% on Thursday."),
    ("forecast", "Zelensky warned that Russia may launch up to 1,000 drones at Ukraine in a "
                 "single night this autumn."),
    ("forecast-could", "Russia could fire 500 drones at Ukraine in one night, officials "
                       "warned."),
    ("live-alert", "A drone is heading towards Kharkiv, the air force said."),
    ("live-alert-count", "Two drones heading towards Kharkiv from the north."),
    ("airspace-violations", "Poland said Russian drones committed 19 violations of its "
                            "airspace on Wednesday."),
    ("regiment", "Fighters of the 155th Regiment launched a counterattack near Pokrovsk."),
    ("time", "The air raid alert in Kyiv ended at 09:00 on Wednesday."),
    ("arms-delivery", "The US delivered 20 Patriot missiles to Ukraine last month."),
    ("arms-sent", "Germany sent 30 IRIS-T missiles to Ukraine in August."),
    ("production", "Russia produces about 2,700 Shahed drones a month, Ukrainian "
                   "intelligence said."),
    ("product-launch", "A Ukrainian manufacturer launched three new drone models at an arms "
                       "fair in Kyiv on Tuesday."),
    ("hypothetical-if", "If Russia launched 500 drones in one night, air defences would be "
                        "overwhelmed, analysts said."),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_ATTACKS], ids=[i for i, _ in NOT_ATTACKS])
def test_no_attack(read, text):
    out = read(text)
    assert out.attacks == [], f"expected no attack\n{out.summary}"


NOT_COUNTS = [
    # (text, role path, the one true value, numbers that must not appear as counts)
    ("The 96th anti-aircraft missile brigade shot down 14 drones over Kyiv overnight.",
     "destroyed", 14, {96}),
    ("As of 09:00, air defences shot down 40 drones, the air force said.",
     "destroyed", 40, {9, 0}),
    ("At 09:00 on Wednesday, 12 drones remained in the air.", "pending", 12, {9, 0}),
    ("On September 3, 2025, Russia launched 40 drones at Ukraine.", "launched", 40,
     {3, 2025}),
    ("Russia launched 40 drones at Ukraine on 3 September, the air force said.",
     "launched", 40, {3}),
]


@pytest.mark.parametrize(("text", "role", "value", "forbidden"), NOT_COUNTS, ids=[
    "brigade-number", "as-of-time", "at-time", "date-us", "date-uk"])
def test_numbers_that_are_not_counts(read, text, role, value, forbidden):
    out = read(text)
    out.expect(out.weapon("drone", None)[role], value, what=f"drone.{role}")
    assert not forbidden & set(out.count_values()), out.summary
