"""Plain text, HTML pages and folders read from disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from source_builders import PAGE, REPORT, failures, items

from sitrep.sources import SourceOptions, read_sources


def test_plain_text_is_kept_exactly(tmp_path: Path) -> None:
    text = "  " + REPORT + "\r\n\r\nSecond paragraph.\n"
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8", newline="")
    [item] = read_sources([path])
    assert item.text == text
    assert (item.kind, item.origin, item.ref, item.published) == ("text", str(path), None,
                                                                   None)


def test_legacy_encoding_is_detected(tmp_path: Path) -> None:
    text = ("Уночі росіяни атакували Україну 96 ударними БпЛА та чотирма ракетами. "
            "Сили ППО збили 71 дрон над північними та східними областями країни.")
    path = tmp_path / "zvit.txt"
    path.write_bytes(text.encode("cp1251"))
    [item] = items(read_sources([path]))
    assert item.text == text


def test_language_hint_goes_to_every_item(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT)
    [item] = read_sources([tmp_path / "a.txt"], SourceOptions(language="en"))
    assert item.language == "en"
    assert item.to_input().language == "en"
    assert item.to_input().text == REPORT


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_unreadable_text_file_is_a_failure(tmp_path: Path, content: bytes,
                                           reason: str) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(content)
    [failure] = failures(read_sources([path]))
    assert failure.origin == str(path) and reason in failure.reason


def test_missing_file_is_a_failure_and_the_stream_goes_on(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(REPORT)
    results = list(read_sources([tmp_path / "nope.txt", tmp_path / "ok.txt"]))
    assert [type(r).__name__ for r in results] == ["SourceFailure", "SourceItem"]
    assert results[0].reason == "no such file or folder"  # type: ignore[union-attr]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(REPORT)
    path.chmod(0)
    [failure] = failures(read_sources([path]))
    assert failure.reason == "permission denied"


def test_path_through_a_file_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "file.txt").write_text(REPORT)
    [failure] = failures(read_sources([tmp_path / "file.txt" / "child.txt"]))
    assert failure.reason == "cannot read (Not a directory)"


def test_file_over_the_size_limit_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(REPORT * 10)
    [failure] = failures(read_sources([path], SourceOptions(max_bytes=100)))
    assert "the limit is 100" in failure.reason


def test_html_page_gives_main_text_title_date_and_site(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE)
    [item] = read_sources([path])
    assert item.kind == "html"
    assert "Russia launched 96 drones" in item.text
    assert "Copyright" not in item.text and "Sport" not in item.text
    assert item.title and item.title.startswith("Night attack")
    assert item.published == "2025-09-03T08:15:00+03:00"
    assert item.source == "Example Post"
    assert item.metadata["extraction"] == "trafilatura"


def test_page_with_only_a_day_keeps_the_day_without_a_time(tmp_path: Path) -> None:
    page = PAGE.replace(b"2025-09-03T08:15:00+03:00", b"2025-09-03")
    (tmp_path / "day.html").write_bytes(page)
    [item] = read_sources([tmp_path / "day.html"])
    assert item.published == "2025-09-03"


def test_tiny_page_keeps_its_visible_text(tmp_path: Path) -> None:
    (tmp_path / "tiny.htm").write_text("<html><body><p>Two drones were shot down.</p>"
                                       "</body></html>")
    [item] = read_sources([tmp_path / "tiny.htm"])
    assert item.text.strip() == "Two drones were shot down."


def test_empty_page_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><head><script>var x = 1;</script></head>"
                                         "<body> </body></html>")
    [failure] = read_sources([tmp_path / "empty.html"])
    assert failure.reason == "the page holds no text"  # type: ignore[union-attr]


def test_text_file_holding_html_is_read_as_a_page(tmp_path: Path) -> None:
    (tmp_path / "saved.txt").write_bytes(PAGE)
    [item] = read_sources([tmp_path / "saved.txt"])
    assert item.kind == "html" and "<p>" not in item.text


def test_folder_is_walked_recursively_files_first_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / "a.txt").write_text("First report of ten drones.")
    (tmp_path / "b" / "page.html").write_bytes(PAGE)
    (tmp_path / "b" / "deep" / "lines.jsonl").write_text('{"text": "Third."}\n'
                                                         '{"text": "Fourth."}\n')
    (tmp_path / "b" / "deep" / "notes").write_text("No suffix: sniffed as text.")
    results = list(read_sources([tmp_path]))
    assert [(r.kind, Path(r.origin).name) for r in results] == [
        ("text", "a.txt"), ("html", "page.html"), ("jsonl", "lines.jsonl"),
        ("jsonl", "lines.jsonl"), ("text", "notes")]


def test_folder_passes_over_media_hidden_and_binary_files(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    (tmp_path / ".hidden.txt").write_text(REPORT)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main")
    (tmp_path / "blob").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "report.txt").write_text(REPORT)
    assert [Path(r.origin).name for r in read_sources([tmp_path])] == ["report.txt"]


def test_folder_with_a_corrupt_file_goes_on(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text(REPORT)
    (tmp_path / "2.txt").write_bytes(b"\x00\x00binary\x00")
    (tmp_path / "3.txt").write_text("Another report.")
    results = list(read_sources([tmp_path]))
    assert [type(r).__name__ for r in results] == ["SourceItem", "SourceFailure",
                                                    "SourceItem"]


def test_unsupported_scheme_is_a_failure() -> None:
    [failure] = read_sources(["ftp://example.test/report.txt"])
    assert "unsupported URL scheme 'ftp'" in failure.reason  # type: ignore[union-attr]
