"""What the browser tests read off the page."""

from __future__ import annotations

from typing import Any

__all__ = ["chart_numbers", "load", "mark_spans", "shown_document"]

LOADED = "#status:has-text('incidents over')"


def load(page: Any, base: str, hash_: str = "") -> None:
    """Open the page and wait until every section has drawn."""
    page.goto(f"{base}/{hash_}")
    page.wait_for_selector(LOADED)
    page.wait_for_selector("#chart svg.chart, #chart .empty")


def chart_numbers(page: Any) -> dict[str, tuple[int | None, ...]]:
    """Per category shown, per night: (launched, destroyed, hit) from the bars' data and
    their labels, which must agree."""
    bars = page.eval_on_selector_all(
        "#chart rect.bar",
        "rs => rs.map(r => [r.dataset.day, r.dataset.role, r.dataset.value])")
    labels = page.eval_on_selector_all(
        "#chart text.bar-label",
        "ts => ts.map(t => [t.dataset.day, t.dataset.role, t.textContent])")
    assert sorted(bars) == sorted(labels)
    nights: dict[str, dict[str, int]] = {}
    for day, role, value in bars:
        nights.setdefault(day, {})[role] = int(value)
    return {day: tuple(roles.get(r) for r in ("launched", "destroyed", "hit"))
            for day, roles in nights.items()}


def mark_spans(page: Any) -> list[tuple[str, int, int]]:
    """The viewer's marks: (text, start, end)."""
    page.wait_for_selector("#viewer[open] mark")
    found: list[tuple[str, int, int]] = page.eval_on_selector_all(
        "#viewer mark",
        "ms => ms.map(m => [m.textContent, Number(m.dataset.start), Number(m.dataset.end)])")
    return found


def shown_document(page: Any) -> int:
    """The id of the document the viewer shows."""
    return int(page.get_attribute("#viewer .doc-text", "data-document") or 0)
