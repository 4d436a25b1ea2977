"""Shared fixtures for sitrep's own tests.

* ``extractor`` — one loaded :class:`sitrep.Extractor` per test module (loading takes ~0.5 s).
* ``read`` — extract a hand-written text and check the invariants every output must keep:
  every span (count, evidence, reporter, period) is exactly ``text[start_char:end_char]``,
  qualifiers come from the contract, a vague amount has no value. The output is recorded so
  that ``tests/extraction/test_schema_contract.py`` can validate all of them against the
  JSON Schema at the end of the session.
* ``record_output`` — record a JSON output produced some other way (the command line).

Failure messages carry a compact summary of what the extractor found (``Output.summary``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from sitrep import Extractor
from sitrep.model import COUNT_ROLES, QUALIFIERS

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA_RESOURCE = ("schema", "sitrep-1.schema.json")
#: A Wednesday morning in Kyiv; the default publication time of the extraction tests.
PUBLISHED = "2025-09-03T10:30"

# Every JSON output produced during the session: (where it came from, input text, output).
RECORDED: list[tuple[str, str | None, dict[str, Any]]] = []


# -- session plumbing ------------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "schema_contract: validates every recorded output; runs after all other tests",
    )


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config,
                                  items: list[pytest.Item]) -> None:
    """Run the schema-contract tests last, once every other test has recorded its output."""
    last = [i for i in items if i.get_closest_marker("schema_contract")]
    if last:
        items[:] = [i for i in items if not i.get_closest_marker("schema_contract")] + last


# -- invariants ------------------------------------------------------------------------


def iter_spans(obj: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object in an output that has ``start_char``/``end_char`` (with its JSON path)."""
    if isinstance(obj, dict):
        if "start_char" in obj and "end_char" in obj:
            yield path, obj
        for key, value in obj.items():
            yield from iter_spans(value, f"{path}.{key}")
    elif isinstance(obj, list):
        for i, value in enumerate(obj):
            yield from iter_spans(value, f"{path}[{i}]")


def iter_counts(data: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every count object in an output (weapons, totals, locations, conflicts)."""
    for path, span in iter_spans(data):
        if "value" in span and "qualifier" in span:
            yield path, span


def check_invariants(data: dict[str, Any], text: str) -> list[str]:
    """Problems with an output's spans and counts; an empty list when all is well."""
    problems = []
    for path, span in iter_spans(data):
        s, e = span["start_char"], span["end_char"]
        if s is None or e is None:
            if not (s is None and e is None):
                problems.append(f"{path}: only one of start_char/end_char is null: {span}")
            continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            problems.append(f"{path}: bad offsets {s}:{e} (text has {len(text)} characters)")
            continue
        if text[s:e] != span.get("text"):
            problems.append(f"{path}: text {span.get('text')!r} != input[{s}:{e}] "
                            f"{text[s:e]!r}")
    for path, count in iter_counts(data):
        if count["qualifier"] not in QUALIFIERS:
            problems.append(f"{path}: unknown qualifier {count['qualifier']!r}")
        if (count["value"] is None) != (count["qualifier"] == "vague"):
            problems.append(f"{path}: value {count['value']!r} with qualifier "
                            f"{count['qualifier']!r} (null value iff vague)")
        if count["value"] is not None and (not isinstance(count["value"], int)
                                           or count["value"] < 0):
            problems.append(f"{path}: value {count['value']!r} is not a non-negative integer")
    return problems


# -- a readable view of one output -----------------------------------------------------


def _fmt(count: dict[str, Any] | None) -> str:
    if count is None:
        return "-"
    q = "" if count["qualifier"] == "exact" else count["qualifier"] + " "
    return f"{q}{count['value']} {count['text']!r}@{count['start_char']}"


def summarize(data: dict[str, Any]) -> str:
    """A few lines that say what the extractor found: shown in every failure message."""
    lines = [f"document published={data['document']['published']} "
             f"attacks={len(data['attacks'])} warnings={data['warnings']}"]
    for a in data["attacks"]:
        p = a["period"]
        rep = a["reported_by"]
        lines.append(
            f"  attack {a['id']}: {a['attacker']}->{a['target']} period={p['kind']} "
            f"{p['text']!r} {p['start']}..{p['end']} resolved={p['resolved']} "
            f"reported_by={None if rep is None else (rep['name'], rep['text'])}")
        for w in a["weapons"]:
            roles = ", ".join(f"{r}={_fmt(w[r])}" for r in COUNT_ROLES if w[r] is not None)
            lines.append(f"    weapon {w['category']}/{w['model']}: {roles}")
        totals = ", ".join(f"{r}={_fmt(a['totals'][r])}" for r in COUNT_ROLES
                           if a["totals"][r] is not None)
        if totals:
            lines.append(f"    totals: {totals}")
        if a["hit_locations"] or a["debris_locations"]:
            lines.append(f"    hit_locations={_fmt(a['hit_locations'])} "
                         f"debris_locations={_fmt(a['debris_locations'])}")
        for c in a["conflicts"]:
            lines.append(f"    conflict {c['field']}: {[_fmt(x) for x in c['counts']]}")
    return "\n".join(lines)


class Output:
    """One extraction result as JSON data, with lookups that fail with a readable message."""

    def __init__(self, text: str, data: dict[str, Any]) -> None:
        self.text = text
        self.data = data

    def __repr__(self) -> str:
        return "<Output\n" + summarize(self.data) + "\n>"

    @property
    def summary(self) -> str:
        return "extractor found:\n" + summarize(self.data)

    @property
    def attacks(self) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self.data["attacks"]
        return result

    def attack(self) -> dict[str, Any]:
        """The only attack of the document (fails unless there is exactly one)."""
        assert len(self.attacks) == 1, f"expected exactly one attack\n{self.summary}"
        return self.attacks[0]

    def attack_with_period(self, kind_scope: str) -> dict[str, Any]:
        """The only attack whose period has scope ``night`` or ``multi_day``."""
        found = [a for a in self.attacks if period_scope(a["period"]["kind"]) == kind_scope]
        assert len(found) == 1, f"expected one {kind_scope} attack\n{self.summary}"
        return found[0]

    def weapons(self, attack: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        a = self.attack() if attack is None else attack
        result: list[dict[str, Any]] = a["weapons"]
        return result

    def weapon(self, category: str, model: Any = ..., attack: dict[str, Any] | None = None
               ) -> dict[str, Any]:
        """The only weapon of ``category`` (and ``model``, when given) in the attack."""
        found = [w for w in self.weapons(attack) if w["category"] == category
                 and (model is ... or w["model"] == model)]
        what = category if model is ... else f"{category}/{model}"
        assert len(found) == 1, f"expected one weapon {what}\n{self.summary}"
        return found[0]

    def count_values(self) -> list[int | None]:
        """The value of every count anywhere in the output."""
        return [c["value"] for _, c in iter_counts(self.data)]

    def expect(self, count: dict[str, Any] | None, value: int | None,
               qualifier: str = "exact", text: str | None = None,
               contains: str | None = None, what: str = "count") -> None:
        """Assert one count: value, qualifier and (when given) its exact text."""
        assert count is not None, f"{what}: expected {value} ({qualifier}), got null\n" \
                                  f"{self.summary}"
        got = (count["value"], count["qualifier"])
        assert got == (value, qualifier), \
            f"{what}: expected {(value, qualifier)}, got {got} ({count['text']!r})\n" \
            f"{self.summary}"
        if text is not None:
            assert count["text"] == text, \
                f"{what}: expected text {text!r}, got {count['text']!r}\n{self.summary}"
        if contains is not None:
            assert contains in count["text"], \
                f"{what}: expected text containing {contains!r}, got {count['text']!r}\n" \
                f"{self.summary}"

    def expect_none(self, count: dict[str, Any] | None, what: str = "count") -> None:
        assert count is None, f"{what}: expected null, got {_fmt(count)}\n{self.summary}"


_SCOPES: dict[str, str] | None = None


def period_scope(kind: str | None) -> str | None:
    """``night`` or ``multi_day`` for a period kind, read from the English period rules."""
    global _SCOPES
    if _SCOPES is None:
        raw = resources.files("sitrep").joinpath("rules", "en", "periods.json")
        rules = json.loads(raw.read_text(encoding="utf-8"))
        _SCOPES = {p["kind"]: p["scope"] for p in rules["patterns"]}
    return None if kind is None else _SCOPES.get(kind)


# -- fixtures --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture
def record_output(request: pytest.FixtureRequest) -> Callable[[dict[str, Any], str | None], None]:
    """Record a JSON output (and the text its offsets index, when known) for the schema test."""

    def record(data: dict[str, Any], text: str | None = None) -> None:
        RECORDED.append((request.node.nodeid, text, data))

    return record


@pytest.fixture
def check_output(record_output: Callable[[dict[str, Any], str | None], None]
                 ) -> Callable[[dict[str, Any], str], Output]:
    """Record a JSON output and assert its invariants against the text its offsets index."""

    def check(data: dict[str, Any], text: str) -> Output:
        record_output(data, text)
        problems = check_invariants(data, text)
        assert not problems, "broken output:\n  " + "\n  ".join(problems) + \
            "\n" + summarize(data)
        return Output(text, data)

    return check


@pytest.fixture
def read(extractor: Extractor, check_output: Callable[[dict[str, Any], str], Output]
         ) -> Callable[..., Output]:
    """``read(text, published=PUBLISHED)``: extract, check the invariants, record the output."""

    def _read(text: str, published: str | datetime | None = PUBLISHED) -> Output:
        return check_output(extractor.extract(text, published=published).to_dict(), text)

    return _read


@pytest.fixture(scope="session")
def recorded_outputs() -> list[tuple[str, str | None, dict[str, Any]]]:
    return RECORDED


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def schema_file() -> Path | None:
    """The output contract, where the package ships it (None until it exists)."""
    path = Path(str(resources.files("sitrep").joinpath(*SCHEMA_RESOURCE)))
    return path if path.is_file() else None
