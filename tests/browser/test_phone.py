"""The page on a phone (390×844): nothing wider than the screen, the viewer fits it."""

from __future__ import annotations

from typing import Any

from page_helpers import load, mark_spans

WIDEST = "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"


def test_the_phone_page_never_scrolls_sideways(phone: Any, site: Any) -> None:
    page, _ = phone
    load(page, site.base)
    page.wait_for_selector("#map circle.place")
    page.wait_for_selector(".speaker-group")
    assert page.evaluate(WIDEST) <= page.evaluate("window.innerWidth")
    for section in ("#chart-section", "#incidents-section", "#quotes", "#map-section"):
        box = page.locator(section).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, section
    assert page.locator(".incident-table thead").is_hidden()  # rows become cards
    page.screenshot(path=str(site.shots / "phone.png"), full_page=True)


def test_the_phone_viewer_fits_the_screen(phone: Any, site: Any) -> None:
    page, _ = phone
    load(page, site.base)
    row = page.locator("tr.incident-row[data-day='2025-10-07']")
    row.locator("button.figure[data-role='launched']").first.click()
    assert [m[0] for m in mark_spans(page)] == ["60 drones"]
    close = page.locator("#viewer .viewer-close").bounding_box()
    dialog = page.locator("#viewer").bounding_box()
    assert close and dialog
    assert dialog["x"] >= 0 and dialog["x"] + dialog["width"] <= 390
    assert close["x"] + close["width"] <= 390
    assert page.locator("#viewer mark").is_visible()
    page.screenshot(path=str(site.shots / "phone-evidence.png"))
    page.click("#viewer .viewer-close")
    page.wait_for_selector("#viewer:not([open])", state="attached")
    assert page.evaluate(WIDEST) <= page.evaluate("window.innerWidth")
