"""Three invented documents with hand-made results, for the query and search tests."""

from __future__ import annotations

from dataclasses import dataclass

from store_builders import actor, attack, event, figure, place, quote, result, weapon

from sitrep.store import Store

KYIV_TEXT = (
    "Russia launched 120 drones and six Kh-101 missiles at Ukraine overnight, the air force "
    "said. Air defences shot down 100 drones over the Kyiv region. Railways were damaged. "
    "Foreign Minister Andrii Sybiha said: \"This terror must stop.\" Ukraine rejected the "
    "proposal for a ceasefire on Russia's terms.")
BRYANSK_TEXT = (
    "Russia's defence ministry said air defences destroyed 41 Ukrainian drones over the "
    "Bryansk region. Kremlin spokesman Dmitry Peskov said talks were \"not on the agenda\". "
    "Moscow refused a meeting with Kyiv's envoys.")
UKRAINIAN_TEXT = (
    "Росія атакувала понад 50 ударними БпЛА типу Shahed. Міністр Сибіга заявив: «Це терор». "
    "Залізниця пошкоджена.")


@dataclass(frozen=True)
class Corpus:
    kyiv: int
    bryansk: int
    ukrainian: int


def fill(store: Store) -> Corpus:
    """Add the three documents and their results; return their ids."""
    t = KYIV_TEXT
    kyiv = store.add_document(t, published="2025-09-03T10:30+03:00", source="Kyiv Wire",
                              title="Night attack on Kyiv", url="https://example.test/a")
    store.save_result(kyiv.id, result("kyiv", attacks=[attack(
        "kyiv", 1, reporter="Ukrainian Air Force",
        weapons=[weapon("drone", launched=figure(t, "120 drones", 120),
                        destroyed=figure(t, "100 drones", 100)),
                 weapon("cruise_missile", "Kh-101",
                        launched=figure(t, "six Kh-101 missiles", 6))],
        places=[place(t, "Kyiv region", "Kyiv", "interception_area", "Kyiv Oblast")])],
        quotes=[quote(t, "This terror must stop.",
                      actor(t, "Andrii Sybiha", "Andrii Sybiha", "UA-MFA-Sybiha"))],
        events=[event(t, "Ukraine rejected the proposal for a ceasefire on Russia's terms.",
                      "REJECT", actor(t, "Ukraine", "Ukraine", "UA"),
                      actor(t, "Russia's", "Russia", "RU"))]), "1.0")
    b = BRYANSK_TEXT
    bryansk = store.add_document(b, published="2025-09-10", source="Moscow Daily")
    store.save_result(bryansk.id, result("bryansk", published="2025-09-10", attacks=[attack(
        "bryansk", 1, attacker="UA", target="RU", end="2025-09-10T07:00+03:00",
        reporter="Russian Ministry of Defence",
        weapons=[weapon("drone", destroyed=figure(b, "41 Ukrainian drones", 41))],
        places=[place(b, "Bryansk region", "Bryansk", "interception_area",
                      "Bryansk Oblast")])],
        quotes=[quote(b, "not on the agenda", actor(b, "Dmitry Peskov", "Dmitry Peskov"))],
        events=[event(b, "Moscow refused a meeting with Kyiv's envoys.", "CONSULT",
                      actor(b, "Moscow", "Russia", "RU"), actor(b, "Kyiv", "Ukraine", "UA"),
                      status="refused", date="2025-09-09")]), "1.0")
    u = UKRAINIAN_TEXT
    ukrainian = store.add_document(u, published="2025-08-20", source="Kyiv Wire",
                                   language="uk")
    store.save_result(ukrainian.id, result("uk", published="2025-08-20", attacks=[attack(
        "uk", 1, end="2025-08-20T09:00+03:00",
        weapons=[weapon("drone", "Shahed-136",
                        launched=figure(u, "понад 50 ударними БпЛА", 50, "more_than"))])],
        quotes=[quote(u, "Це терор", actor(u, "Сибіга", "Андрій Сибіга"))]), "1.0")
    return Corpus(kyiv.id, bryansk.id, ukrainian.id)
