"""Reports: ratios keep their counts, "not measured" is never a number, the table shows both."""

from __future__ import annotations

import io

from sitrep.evaluation.report import EvalReport, FieldRow, Ratio, Tally, render_text


def test_tally_ratios() -> None:
    t = Tally(tp=3, fp=1, fn=2)
    assert (t.precision, t.recall) == (0.75, 0.6)
    assert t.f1 == 6 / 9
    assert Tally().precision is None
    assert Tally(tp=1) + Tally(fp=2) == Tally(1, 2, 0)


def make_report() -> EvalReport:
    return EvalReport(
        name="mini", format="sitrep", source="mini.jsonl", documents=3,
        rows=[FieldRow("attack", Tally(2, 1, 0), 2, 3), FieldRow("weapons.pending", Tally(), 3, 3)],
        ratios=[Ratio("no_attack.accuracy", 1, 2, "attack-free documents with none")],
        errors=["d9: E100: document text is empty"], misses=["d2: attacks: gold 0, predicted 1"])


def test_metrics_and_dict() -> None:
    report = make_report()
    m = report.metrics()
    assert m["attack.precision"] == 2 / 3
    assert m["attack.exact"] == 2 / 3
    assert m["weapons.pending.recall"] is None
    assert m["no_attack.accuracy"] == 0.5
    out = report.to_dict()
    assert out["fields"][0] == {"field": "attack", "tp": 2, "fp": 1, "fn": 0,
                                "precision": 2 / 3, "recall": 1.0, "f1": 0.8,
                                "exact": 2 / 3, "exact_docs": 2, "exact_total": 3}
    assert out["ratios"][0]["numerator"] == 1
    assert out["unit"] == "documents"


def test_render_text_shows_counts_behind_ratios() -> None:
    buf = io.StringIO()
    render_text(make_report(), buf, show_misses=True)
    text = buf.getvalue()
    assert text.startswith("mini (sitrep, mini.jsonl): 3 documents, 1 could not be read\n")
    attack_line = next(line for line in text.splitlines() if line.startswith("attack "))
    assert attack_line.split() == ["attack", "2", "1", "0", "0.667", "1.000", "0.800", "0.667",
                                   "2/3"]
    pending_line = next(line for line in text.splitlines() if line.startswith("weapons.pend"))
    assert pending_line.split()[4:7] == ["—", "—", "—"]
    assert "no_attack.accuracy        1/2   0.500  attack-free documents with none" in text
    assert "not read: d9: E100: document text is empty" in text
    assert "  d2: attacks: gold 0, predicted 1" in text


def test_render_text_hides_misses_unless_asked() -> None:
    buf = io.StringIO()
    render_text(make_report(), buf)
    assert "misses" not in buf.getvalue()
