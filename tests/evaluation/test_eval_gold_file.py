"""Our own gold file and floors stay loadable and consistent (no extractor needed)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from sitrep.evaluation.airforce_channel import score_channel
from sitrep.evaluation.airforce_infographics import score_infographics
from sitrep.evaluation.airforce_morning import score_morning
from sitrep.evaluation.events_gold import load_events_gold, score_events
from sitrep.evaluation.gate import load_floors
from sitrep.evaluation.gold import load_sitrep_gold
from sitrep.evaluation.places_gold import load_places_gold, score_places
from sitrep.evaluation.quotes_gold import load_quotes_gold, score_quotes
from sitrep.evaluation.scoring import score_documents

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "gold" / "en_attacks.jsonl"
HELDOUT = ROOT / "eval" / "gold" / "en_attacks_heldout.jsonl"
FLOORS = ROOT / "eval" / "floors.json"
EVENTS = ROOT / "eval" / "gold" / "en_events.jsonl"
PLACES = ROOT / "eval" / "gold" / "en_places.jsonl"
QUOTES = ROOT / "eval" / "gold" / "uk_quotes.jsonl"
SHARED_SETS = ("case2021", "plover", "wikievents", "airforce-morning", "airforce-channel",
               "airforce-infographics", "polnear")


def test_gold_file_loads_with_enough_documents_of_both_kinds() -> None:
    docs = load_sitrep_gold(GOLD)
    assert len(docs) >= 40
    assert sum(1 for d in docs if not d.attacks) >= 8
    assert all(d.note for d in docs), "every gold document names its phenomenon"
    assert all(d.published for d in docs), "every gold document has a publication time"


def test_gold_covers_the_phenomena() -> None:
    docs = load_sitrep_gold(GOLD)
    facts = Counter[str]()
    directions = set()
    for doc in docs:
        for attack in doc.attacks:
            directions.add((attack.attacker, attack.target))
            for name, found in attack.facts().items():
                facts[name] += found.total()
    for name in ("weapons.launched", "weapons.destroyed", "weapons.shot_down",
                 "weapons.suppressed", "weapons.hit", "weapons.pending", "totals.launched",
                 "totals.destroyed", "hit_locations", "debris_locations", "model"):
        assert facts[name] > 0, name
    assert {("RU", "UA"), ("UA", "RU"), ("IR", "IL"), ("YE", "IL")} <= directions
    kinds = {a.period_kind for d in docs for a in d.attacks}
    assert {"month_named", "last_month", "year_to_date", "since_invasion"} <= kinds


def test_floors_name_real_metrics() -> None:
    floors = load_floors(FLOORS)
    assert set(floors) == {GOLD.stem, HELDOUT.stem, EVENTS.stem, PLACES.stem, QUOTES.stem,
                           *SHARED_SETS}
    for gold in (GOLD, HELDOUT):
        docs = load_sitrep_gold(gold)
        metrics = score_documents(docs, [[] for _ in docs]).metrics()
        assert set(floors[gold.stem]) <= set(metrics), gold.stem
    events = load_events_gold(EVENTS)
    places = load_places_gold(PLACES)
    quotes = load_quotes_gold(QUOTES)
    native = [score_events(events, [[] for _ in events], name=EVENTS.stem),
              score_places(places, [[] for _ in places], name=PLACES.stem),
              score_quotes(quotes, [[] for _ in quotes], name=QUOTES.stem)]
    airforce = [score_morning([], []), score_channel([], []),
                score_infographics([], [], catalogue={})]
    for report in [*native, *airforce]:
        assert set(floors[report.name]) <= set(report.metrics()), report.name


def test_heldout_gold_file_loads() -> None:
    docs = load_sitrep_gold(HELDOUT)
    assert len(docs) >= 40
    assert sum(1 for d in docs if not d.attacks) >= 10


def test_quotes_gold_file_loads_with_quotes_and_none() -> None:
    records = load_quotes_gold(QUOTES)
    assert 30 <= len(records) <= 50
    assert sum(1 for r in records if not r.quotes) >= 8
    assert len({r.id for r in records}) == len(records)
    quotes = [q for r in records for q in r.quotes]
    assert {q.kind for q in quotes} == {"direct", "indirect"}
    assert any(q.speaker is None for q in quotes), "a quote nobody can be named for"
    assert any(q.channel is not None for q in quotes)
