"""The web page in a real browser (laptop screen): it loads from the server alone, the
chart shows the corpus's figures, every figure opens the characters it was read from."""

from __future__ import annotations

from typing import Any

import pytest
from browser_corpus import NIGHTS, XSS_MARKERS
from page_helpers import chart_numbers, load, mark_spans, shown_document


def expected(category: str, since: str = "") -> dict[str, tuple[int | None, ...]]:
    return {day: cats[category] for day, cats in NIGHTS.items()
            if category in cats and day >= since}


def test_the_page_loads_from_its_own_server_only(laptop: Any, site: Any) -> None:
    page, watch = laptop
    load(page, site.base)
    assert page.title().startswith("sitrep")
    assert page.locator("#status").inner_text().startswith("4 incidents over 4 nights")
    assert any(url.endswith("/static/main.js") for url in watch.requests)
    assert any("/api/stats/interception" in url for url in watch.requests)
    assert watch.foreign() == [] and watch.errors == []
    page.screenshot(path=str(site.shots / "laptop.png"), full_page=True)


def test_the_chart_shows_each_nights_figures(laptop: Any, site: Any) -> None:
    page, _ = laptop
    load(page, site.base)
    assert chart_numbers(page) == expected("all")
    rates = dict(page.eval_on_selector_all(
        "#chart text.rate-label", "ts => ts.map(t => [t.dataset.day, t.textContent])"))
    assert rates == {"2025-10-05": "83%", "2025-10-06": "83%", "2025-10-07": "83%",
                     "2025-10-08": "90%"}


@pytest.mark.parametrize("category", ["drone", "missile"])
def test_the_category_switch_changes_the_bars(laptop: Any, site: Any, category: str) -> None:
    page, _ = laptop
    load(page, site.base)
    page.click(f"#chart-categories button[data-category='{category}']")
    page.wait_for_selector(f"#chart svg.chart[data-category='{category}']")
    assert chart_numbers(page) == expected(category)
    assert page.get_attribute(f"#chart-categories [data-category='{category}']",
                              "aria-pressed") == "true"
    assert f"category={category}" in page.url
    page.wait_for_selector("#status:has-text('incidents over')")
    days = page.eval_on_selector_all("#incidents tr.incident-row",
                                     "rs => rs.map(r => r.dataset.day)")
    assert sorted(days) == sorted(expected(category))  # the table follows the switch
    page.click("#chart-categories button[data-category='all']")
    page.wait_for_selector("#chart svg.chart[data-category='all']")
    assert chart_numbers(page) == expected("all")


def test_a_date_filter_drives_the_chart_and_the_table(laptop: Any, site: Any) -> None:
    page, _ = laptop
    load(page, site.base, "#since=2025-10-07")
    assert chart_numbers(page) == expected("all", since="2025-10-07")
    days = page.eval_on_selector_all("#incidents tr.incident-row",
                                     "rs => rs.map(r => r.dataset.day)")
    assert sorted(days) == ["2025-10-07", "2025-10-08"]
    assert page.input_value("#filters input[name=since]") == "2025-10-07"


def test_a_bar_opens_its_evidence_with_exactly_those_characters(laptop: Any, site: Any) -> None:
    page, _ = laptop
    load(page, site.base, "#category=drone")
    page.click("#chart rect.bar[data-day='2025-10-06'][data-role='launched']")
    marks = mark_spans(page)
    assert [m[0] for m in marks] == ["90 drones"]
    assert shown_document(page) == _document_of(site, "2025-10-06")
    text = site.text(shown_document(page))
    assert [text[start:end] for _, start, end in marks] == ["90 drones"]
    assert page.locator("#viewer-title").inner_text() == "Night of 6 October"
    page.screenshot(path=str(site.shots / "laptop-evidence.png"))
    page.keyboard.press("Escape")
    page.wait_for_selector("#viewer:not([open])", state="attached")


def _document_of(site: Any, day: str) -> int:
    """The document the incident of ``day`` took its figures from."""
    items = site.get(f"/api/incidents?since={day}&until={day}")["items"]
    return int(items[0]["figures"][0]["document_id"])


def test_a_bar_opens_by_keyboard_too(laptop: Any, site: Any) -> None:
    page, _ = laptop
    load(page, site.base)
    page.focus("#chart rect.bar[data-day='2025-10-05'][data-role='destroyed']")
    page.keyboard.press("Enter")
    assert sorted(m[0] for m in mark_spans(page)) == ["100 drones", "6 missiles"]


def test_offsets_count_code_points_not_utf16_units(laptop: Any, site: Any) -> None:
    page, _ = laptop
    load(page, site.base)
    page.click("#chart rect.bar[data-day='2025-10-08'][data-role='launched']")
    marks = mark_spans(page)
    text = site.text(shown_document(page))
    assert text.startswith("🔴🚀")
    assert [(m[0], text[m[1]:m[2]]) for m in marks] == [("50 ударними БпЛА",) * 2]


def test_the_table_sets_each_sources_claim_side_by_side(laptop: Any, site: Any) -> None:
    page, _ = laptop
    load(page, site.base)
    row = page.locator("tr.incident-row[data-day='2025-10-06']")
    sources = row.locator(".claim .claim-source").all_inner_texts()
    assert sources == ["Air Force of Ukraine", "Example City News"]
    assert "contradictory" in row.locator("th .badge").inner_text()
    city = row.locator(".claim", has_text="Example City News")
    assert city.get_attribute("data-flag") == "contradictory"
    launched = city.locator("button.figure[data-role='launched']")
    assert launched.get_attribute("data-value") == "140"
    assert "contradictory" in (launched.get_attribute("class") or "")
    agreeing = page.locator("tr.incident-row[data-day='2025-10-05'] .claim")
    assert agreeing.count() == 2
    assert page.locator("tr.incident-row[data-day='2025-10-05'] .badge").count() == 0


def test_a_claims_figure_opens_its_own_document(laptop: Any, site: Any) -> None:
    page, _ = laptop
    load(page, site.base)
    claim = page.locator("tr.incident-row[data-day='2025-10-06'] .claim",
                         has_text="Example City News")
    figure = claim.locator("button.figure[data-role='launched']")
    document_id = int(figure.get_attribute("data-document") or 0)
    figure.click()
    marks = mark_spans(page)
    assert shown_document(page) == document_id
    text = site.text(document_id)
    assert [(m[0], text[m[1]:m[2]]) for m in marks] == [("140 drones", "140 drones")]
    assert page.locator("#viewer-title").inner_text() == "Night raid on Kharkiv"
    assert page.locator("#viewer .doc-meta a").get_attribute("href") == "https://example.test/city/2"


def test_quotes_are_grouped_and_filtered_by_speaker(laptop: Any, site: Any) -> None:
    page, _ = laptop
    load(page, site.base)
    page.wait_for_selector(".speaker-group")
    page.select_option("#quote-speaker", "Ihor Terekhov")
    groups = page.locator(".speaker-group")
    assert groups.count() == 1
    quotes = groups.locator("button.quote-text").all_inner_texts()
    assert quotes == ["“The city held on through a hard night,”", "“We will rebuild every house,”"]
    page.fill("#quote-words", "rebuild")
    assert groups.locator("button.quote-text").count() == 1
    quote = groups.locator("button.quote-text")
    document_id = int(quote.get_attribute("data-document") or 0)
    quote.click()
    marks = mark_spans(page)
    assert [site.text(document_id)[m[1]:m[2]] for m in marks] == ["We will rebuild every house,"]
    assert [m[0] for m in marks] == ["We will rebuild every house,"]


def test_the_map_has_a_circle_for_the_struck_place(laptop: Any, site: Any) -> None:
    page, _ = laptop
    load(page, site.base)
    circle = page.locator("#map circle.place[data-name='Kharkiv']")
    circle.wait_for()
    assert circle.get_attribute("data-count") == "2"
    box = page.locator("#map svg").bounding_box()
    spot = circle.bounding_box()
    assert box and spot
    # Kharkiv lies in the north-east: right of the middle, in the upper half.
    assert spot["x"] > box["x"] + box["width"] * 0.7
    assert spot["y"] < box["y"] + box["height"] * 0.5
    circle.click()
    links = page.locator("#map-detail button[data-document]")
    assert links.count() == 2
    document_id = int(links.first.get_attribute("data-document") or 0)
    links.first.click()
    marks = mark_spans(page)
    assert marks and all(site.text(document_id)[s:e] == t == "Kharkiv" for t, s, e in marks)


def test_markup_in_documents_stays_text(laptop: Any, site: Any) -> None:
    page, _ = laptop
    load(page, site.base)
    page.click("#chart rect.bar[data-day='2025-10-07'][data-role='destroyed']")
    mark_spans(page)
    body = page.locator("#viewer .doc-text").inner_text()
    assert all(marker in body for marker in XSS_MARKERS)
    assert XSS_MARKERS[0] in page.locator("#viewer-title").inner_text()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#viewer img, #viewer script").count() == 0
    assert page.locator("#viewer .doc-meta a").count() == 0  # a javascript: URL is no link
    sources = page.locator("tr.incident-row[data-day='2025-10-07'] .claim-source")
    assert sources.count() == 1
    assert page.evaluate("window.__pwned") is None
