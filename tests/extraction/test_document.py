"""Whole documents: one attack however often its figures are repeated; contradictions kept."""

from __future__ import annotations


def test_headline_lead_and_body_are_one_attack(read):
    text = ("Russia launches 140 drones at Ukraine overnight\n\n"
            "Russia launched 140 drones at Ukraine overnight, Ukraine's air force said.\n\n"
            "The air force said Russia launched 140 drones in total.")
    out = read(text)
    attack = out.attack()
    drone = out.weapon("drone", None)
    out.expect(drone["launched"], 140, text="140 drones", what="drone.launched")
    assert attack["conflicts"] == [], out.summary
    assert len(attack["weapons"]) == 1, out.summary


def test_repeated_figures_with_defence_figures_in_the_body(read):
    text = ("Russia launches 140 drones at Ukraine overnight\n\n"
            "Russia launched 140 drones at Ukraine overnight, Ukraine's air force said.\n\n"
            "The air force said Russia launched 140 drones, and air defences shot down "
            "120 drones.")
    out = read(text)
    attack = out.attack()
    assert (attack["attacker"], attack["target"]) == ("RU", "UA"), out.summary
    drone = out.weapon("drone", None)
    out.expect(drone["launched"], 140, text="140 drones", what="drone.launched")
    out.expect(drone["destroyed"], 120, text="120 drones", what="drone.destroyed")
    assert attack["conflicts"] == [], out.summary


def test_model_named_below_merges_with_headline(read):
    text = ("Russia fires 12 missiles at Ukraine overnight\n\n"
            "Russia fired 12 Kalibr cruise missiles at Ukraine overnight, the air force said.")
    out = read(text)
    attack = out.attack()
    assert len(attack["weapons"]) == 1, out.summary
    out.expect(out.weapon("cruise_missile", "Kalibr")["launched"], 12, what="Kalibr.launched")


def test_shahed_named_below_merges_with_headline(read):
    text = ("Russia launches 230 drones at Ukraine overnight\n\n"
            "Russia launched 230 Shahed drones at Ukraine overnight, the air force said.")
    out = read(text)
    attack = out.attack()
    assert len(attack["weapons"]) == 1, out.summary
    out.expect(out.weapon("drone", "Shahed-136/131")["launched"], 230, what="Shahed.launched")
    assert attack["conflicts"] == [], out.summary


def _conflict(out, field_suffix):
    found = [c for c in out.attack()["conflicts"] if c["field"].endswith(field_suffix)]
    assert len(found) == 1, f"expected one conflict on *{field_suffix}\n{out.summary}"
    return found[0]


def test_contradiction_keeps_both_figures(read):
    text = ("Russia fired five missiles at Kyiv overnight, the city's mayor said.\n\n"
            "Russia fired six missiles at Kyiv overnight, the air force said.")
    out = read(text)
    missile = out.weapon("missile", None)
    launched = missile["launched"]
    assert launched is not None and launched["value"] in (5, 6), out.summary
    conflict = _conflict(out, "launched")
    got = sorted((c["value"], c["text"]) for c in conflict["counts"])
    assert got == [(5, "five missiles"), (6, "six missiles")], out.summary
    assert launched in conflict["counts"], out.summary


def test_contradiction_in_later_paragraph(read):
    text = ("Russia fired five missiles at Kyiv overnight, the city's mayor said. "
            "Later, the air force said Russia fired six missiles at Kyiv.")
    out = read(text)
    conflict = _conflict(out, "launched")
    assert sorted(c["value"] for c in conflict["counts"]) == [5, 6], out.summary


def test_rounded_and_exact_figures_are_both_kept(read):
    text = ("Russia launched over 70 missiles at Ukraine overnight. In total, Russia "
            "launched 78 missiles, the air force said.")
    out = read(text)
    conflict = _conflict(out, "launched")
    got = sorted((c["value"], c["qualifier"]) for c in conflict["counts"])
    assert got == [(70, "more_than"), (78, "exact")], out.summary
    out.expect(out.weapon("missile", None)["launched"], 78, "exact", text="78 missiles",
               what="missile.launched (the exact figure is preferred)")


def test_contradiction_on_a_destroyed_figure(read):
    text = ("Air defences shot down 40 drones overnight, the air force said. Later, the air "
            "force said air defences had shot down 42 drones overnight.")
    out = read(text)
    conflict = _conflict(out, "destroyed")
    assert sorted(c["value"] for c in conflict["counts"]) == [40, 42], out.summary
