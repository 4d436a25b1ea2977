"""Fixtures of the browser tests: one server over the invented corpus for the session,
one headless chromium, and a fresh page per test that records what it asked for and
what went wrong (a page error, a console error or a request to another origin fails
the test)."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from browser_corpus import write_corpus
from browser_harness import CHROMIUM, CHROMIUM_ARGS, HAVE_CHROMIUM, screenshot_dir, serve

from sitrep.ingest import IngestOptions, ingest
from sitrep.store import Store

LAPTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}


@dataclass
class Site:
    base: str
    shots: Path

    def get(self, path: str) -> Any:
        with urllib.request.urlopen(f"{self.base}{path}", timeout=10) as response:
            return json.load(response)

    def text(self, document_id: int) -> str:
        text: str = self.get(f"/api/documents/{document_id}")["text"]
        return text


@dataclass
class Watch:
    """What a page did: requests made, errors seen."""

    base: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def foreign(self) -> list[str]:
        return [url for url in self.requests
                if not (url.startswith(self.base + "/") or url == self.base)]


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    if not HAVE_CHROMIUM:
        pytest.skip(f"no chromium at {CHROMIUM} (.ci/chromium.sh installs Debian's)")
    root = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{root / 'site.db'}"
    with Store.open(url) as store:
        summary = ingest([write_corpus(root / "corpus.jsonl")], store,
                         IngestOptions(batch_size=8))
    assert summary.failed == 0 and summary.incidents == 4, summary.line()
    with serve(url, root / "server.log") as base:
        yield Site(base=base, shots=screenshot_dir(root / "screenshots"))


@pytest.fixture(scope="session")
def browser(site: Site) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def _watched_page(browser: Any, site: Site, viewport: dict[str, int]
                  ) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    watch = Watch(site.base)
    page.on("request", lambda request: watch.requests.append(request.url))
    page.on("pageerror", lambda error: watch.errors.append(f"page error: {error}"))
    page.on("console", lambda message: watch.errors.append(f"console: {message.text}")
            if message.type == "error" else None)
    yield page, watch
    context.close()
    assert not watch.errors, watch.errors
    assert not watch.foreign(), watch.foreign()


@pytest.fixture
def laptop(browser: Any, site: Site) -> Iterator[tuple[Any, Watch]]:
    yield from _watched_page(browser, site, LAPTOP)


@pytest.fixture
def phone(browser: Any, site: Site) -> Iterator[tuple[Any, Watch]]:
    yield from _watched_page(browser, site, PHONE)
