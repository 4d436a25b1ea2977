"""Weapon models and categories: spellings normalised to one model id (rules/weapons.json)."""

from __future__ import annotations

import pytest

MODELS = [
    # (sentence, category, model, value, count text)
    ("Russia fired six Kh-101 cruise missiles at Ukraine overnight.",
     "cruise_missile", "Kh-101", 6, "six Kh-101 cruise missiles"),
    ("Russia fired six X-101 cruise missiles at Ukraine overnight.",
     "cruise_missile", "Kh-101", 6, "six X-101 cruise missiles"),
    ("Russia fired six \u0425-101 cruise missiles at Ukraine overnight.",  # Cyrillic Kha
     "cruise_missile", "Kh-101", 6, "six \u0425-101 cruise missiles"),
    ("Russia fired six Kh-101 missiles at Ukraine overnight.",
     "cruise_missile", "Kh-101", 6, "six Kh-101 missiles"),
    ("Russia fired 11 Kh-101/Kh-555 cruise missiles at Ukraine overnight.",
     "cruise_missile", "Kh-101/Kh-555", 11, "11 Kh-101/Kh-555 cruise missiles"),
    ("Russia fired 11 \u0425-101/\u0425-555 cruise missiles at Ukraine overnight.",
     "cruise_missile", "Kh-101/Kh-555", 11, "11 \u0425-101/\u0425-555 cruise missiles"),
    ("Russia launched 80 Shahed drones at Ukraine overnight.",
     "drone", "Shahed-136/131", 80, "80 Shahed drones"),
    ("Russia launched 80 Geran-2 drones at Ukraine overnight.",
     "drone", "Shahed-136/131", 80, "80 Geran-2 drones"),
    ("Russia launched 80 Shahed-136 attack drones at Ukraine overnight.",
     "drone", "Shahed-136/131", 80, "80 Shahed-136 attack drones"),
    ("Russia fired two Kinzhal missiles at Ukraine overnight.",
     "aeroballistic_missile", "Kh-47M2 Kinzhal", 2, "two Kinzhal missiles"),
    ("Russia fired two Kinzhals at Kyiv overnight.",
     "aeroballistic_missile", "Kh-47M2 Kinzhal", 2, "two Kinzhals"),
    ("Russia fired two Kh-47M2 Kinzhal aeroballistic missiles at Ukraine overnight.",
     "aeroballistic_missile", "Kh-47M2 Kinzhal", 2,
     "two Kh-47M2 Kinzhal aeroballistic missiles"),
    ("Russia fired five Iskander-M ballistic missiles at Ukraine overnight.",
     "ballistic_missile", "Iskander-M", 5, "five Iskander-M ballistic missiles"),
    ("Russia fired three KN-23 ballistic missiles at Ukraine overnight.",
     "ballistic_missile", "KN-23", 3, "three KN-23 ballistic missiles"),
    ("Russia fired nine Kalibr cruise missiles at Ukraine overnight.",
     "cruise_missile", "Kalibr", 9, "nine Kalibr cruise missiles"),
    ("Russia fired nine Kalibrs at Odesa overnight.",
     "cruise_missile", "Kalibr", 9, "nine Kalibrs"),
    ("Russia fired four Kh-59 guided missiles at Ukraine overnight.",
     "guided_missile", "Kh-59", 4, "four Kh-59 guided missiles"),
    ("Russia launched 30 decoy drones at Ukraine overnight.",
     "decoy_drone", None, 30, "30 decoy drones"),
    ("Russia launched 30 Gerbera drones at Ukraine overnight.",
     "decoy_drone", "Gerbera", 30, "30 Gerbera drones"),
    ("Russia launched 30 Gerbera decoy drones at Ukraine overnight.",
     "decoy_drone", "Gerbera", 30, "30 Gerbera decoy drones"),
    ("Russia fired six Kh101 missiles at Ukraine overnight.",
     "cruise_missile", "Kh-101", 6, "six Kh101 missiles"),
    ("Russia fired six X-101/X-555 missiles at Ukraine overnight.",
     "cruise_missile", "Kh-101/Kh-555", 6, "six X-101/X-555 missiles"),
    ("Russia fired three Iskander-K cruise missiles at Ukraine overnight.",
     "cruise_missile", "Iskander-K", 3, "three Iskander-K cruise missiles"),
    ("Russia fired two Zircon missiles at Kyiv overnight.",
     "anti_ship_missile", "3M22 Zircon", 2, "two Zircon missiles"),
    ("Russia fired two Oniks missiles at Odesa overnight.",
     "anti_ship_missile", "P-800 Oniks", 2, "two Oniks missiles"),
    ("Russia fired four Kh-22 missiles at Ukraine overnight.",
     "anti_ship_missile", "Kh-22", 4, "four Kh-22 missiles"),
    ("Russia launched 30 Parodiya decoy drones at Ukraine overnight.",
     "decoy_drone", "Parodiya", 30, "30 Parodiya decoy drones"),
    ("Russia launched 45 Lancet loitering munitions at Ukrainian positions overnight.",
     "loitering_munition", "Lancet", 45, "45 Lancet loitering munitions"),
    ("Russia fired seven cruise missiles at Ukraine overnight.",
     "cruise_missile", None, 7, "seven cruise missiles"),
    ("Russia fired seven ballistic missiles at Ukraine overnight.",
     "ballistic_missile", None, 7, "seven ballistic missiles"),
]


@pytest.mark.parametrize(("text", "category", "model", "value", "span"), MODELS, ids=[
    "Kh-101", "X-101", "cyrillic-X-101", "Kh-101-missiles", "Kh-101/Kh-555",
    "cyrillic-X-101/X-555", "Shahed", "Geran-2", "Shahed-136", "Kinzhal", "Kinzhals-head",
    "Kh-47M2-Kinzhal", "Iskander-M", "KN-23", "Kalibr", "Kalibrs-head", "Kh-59",
    "decoy-drones", "Gerbera", "Gerbera-decoy", "Kh101-no-dash", "X-101/X-555", "Iskander-K",
    "Zircon", "Oniks", "Kh-22", "Parodiya", "Lancet", "generic-cruise", "generic-ballistic"])
def test_model_and_category(read, text, category, model, value, span):
    out = read(text)
    assert len(out.weapons()) == 1, out.summary
    weapon = out.weapon(category, model)
    out.expect(weapon["launched"], value, text=span, what=f"{category}/{model}.launched")
    assert weapon["mention"] is not None, out.summary


def test_model_number_is_not_a_count(read):
    out = read("Russia fired two S-300 missiles at Kharkiv overnight.")
    weapon = out.weapon("ballistic_missile", "S-300")
    out.expect(weapon["launched"], 2, text="two S-300 missiles", what="S-300.launched")
    assert 300 not in out.count_values(), out.summary


def test_decoys_kept_apart_from_strike_drones(read):
    text = ("Russia launched 120 Shahed drones and 40 Gerbera decoy drones at Ukraine "
            "overnight, the air force said.")
    out = read(text)
    out.expect(out.weapon("drone", "Shahed-136/131")["launched"], 120,
               text="120 Shahed drones", what="Shahed.launched")
    out.expect(out.weapon("decoy_drone", "Gerbera")["launched"], 40,
               text="40 Gerbera decoy drones", what="Gerbera.launched")


def test_breakdown_by_model(read):
    text = ("Russia attacked Ukraine overnight with 40 missiles, including 22 Kh-101 cruise "
            "missiles, 12 Iskander-M ballistic missiles and six Kalibr cruise missiles.")
    out = read(text)
    out.expect(out.weapon("missile", None)["launched"], 40, text="40 missiles",
               what="missile.launched")
    out.expect(out.weapon("cruise_missile", "Kh-101")["launched"], 22, what="Kh-101")
    out.expect(out.weapon("ballistic_missile", "Iskander-M")["launched"], 12,
               what="Iskander-M")
    out.expect(out.weapon("cruise_missile", "Kalibr")["launched"], 6, what="Kalibr")
    assert len(out.weapons()) == 4, out.summary


def test_guided_bombs_dropped(read):
    out = read("Russian aircraft dropped 40 guided aerial bombs on Kharkiv region overnight.")
    bombs = out.weapon("guided_bomb", None)
    out.expect(bombs["launched"], 40, text="40 guided aerial bombs", what="guided_bomb.launched")


def test_model_with_generic_head_is_one_weapon(read):
    """"a Kinzhal missile": one weapon (the model), not a model plus a generic missile."""
    out = read("Russia fired a Kinzhal missile at Kyiv overnight.")
    weapons = out.weapons()
    assert [(w["category"], w["model"]) for w in weapons] == [
        ("aeroballistic_missile", "Kh-47M2 Kinzhal")], out.summary
