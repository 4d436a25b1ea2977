"""JSON Lines and JSON article files: field names, metadata, bad lines."""

from __future__ import annotations

import json
from pathlib import Path

from source_builders import REPORT, failures, items

from sitrep.sources import JsonFields, SourceOptions, read_sources


def _jsonl(path: Path, lines: list[object | str]) -> Path:
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line)
                              for line in lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_fields_and_metadata(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "a.jsonl", [{
        "text": REPORT, "url": "https://example.test/1", "published": "2025-09-03T08:15",
        "title": "Night attack", "source": "Example Post", "id": 17, "section": "world"}])
    [item] = read_sources([path])
    assert (item.text, item.url, item.published, item.title, item.source) == (
        REPORT, "https://example.test/1", "2025-09-03T08:15:00", "Night attack",
        "Example Post")
    assert (item.origin, item.ref, item.kind) == (str(path), "line 1", "jsonl")
    assert item.external_id == "17" and item.metadata["section"] == "world"
    assert "text" not in item.metadata


def test_jsonl_field_names_are_configurable(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "b.jsonl", [{"body": REPORT, "link": "https://example.test/2",
                                          "date": "2025-09-03", "headline": "H",
                                          "outlet": "O", "lang": "en"}])
    fields = JsonFields(text="body", url="link", published="date", title="headline",
                        source="outlet", language="lang")
    [item] = read_sources([path], SourceOptions(fields=fields))
    assert (item.text, item.url, item.published, item.title, item.source, item.language) == (
        REPORT, "https://example.test/2", "2025-09-03", "H", "O", "en")


def test_malformed_line_is_a_failure_with_its_number(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "c.jsonl", [{"text": "One."}, '{"text": "broken', "",
                                         [1, 2], {"title": "no text"}, {"text": "  "},
                                         {"text": "Six."}])
    results = list(read_sources([path]))
    assert [i.text for i in items(results)] == ["One.", "Six."]
    assert [(f.ref, f.reason.split(" (")[0]) for f in failures(results)] == [
        ("line 2", "not valid JSON"), ("line 4", "a JSON object is expected"),
        ("line 5", "no string field 'text'"), ("line 6", "field 'text' is empty")]
    assert failures(results)[0].where == f"{path} (line 2)"


def test_line_that_is_not_utf8_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "\xff\xfe bad"}\n')
    [failure] = failures(read_sources([path]))
    assert (failure.ref, failure.reason) == ("line 2", "not valid UTF-8")


def test_unparseable_date_is_kept_raw_not_guessed(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "e.jsonl", [{"text": REPORT, "published": "last Tuesday"},
                                         {"text": REPORT, "published": 1756880000}])
    first, second = read_sources([path])
    assert first.published is None  # type: ignore[union-attr]
    assert first.metadata["published_raw"] == "last Tuesday"  # type: ignore[union-attr]
    assert second.published == "2025-09-03T06:13:20+00:00"  # type: ignore[union-attr]


def test_json_array_of_articles(tmp_path: Path) -> None:
    path = tmp_path / "articles.json"
    path.write_text(json.dumps([{"text": "One."}, {"text": "Two."}, "three"], indent=2))
    results = list(read_sources([path]))
    assert [i.ref for i in items(results)] == ["record 1", "record 2"]
    assert [f.ref for f in failures(results)] == ["record 3"]


def test_json_suffix_holding_json_lines_is_read_as_lines(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "really-lines.json", [{"text": "One."}, {"text": "Two."}])
    assert [i.ref for i in items(read_sources([path]))] == ["line 1", "line 2"]


def test_broken_json_file_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "messages": [\n')
    [failure] = read_sources([path])
    assert failure.reason.startswith("not valid JSON")  # type: ignore[union-attr]
    assert "line 3" in failure.reason  # type: ignore[union-attr]
