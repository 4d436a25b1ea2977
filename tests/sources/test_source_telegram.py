"""Telegram Desktop exports (result.json)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from source_builders import failures, items

from sitrep.sources import SourceOptions, read_sources

AIR_FORCE = "У ніч на 3 вересня противник атакував 96 ударними БпЛА. Збито/подавлено 71."


def _export(tmp_path: Path, messages: list[dict[str, Any]], **chat: Any) -> Path:
    folder = tmp_path / "ChatExport_2025-09-03"
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "photo_1.jpg").write_bytes(b"\xff\xd8\xff" + bytes(64))
    data = {"name": "Повітряні сили", "type": "public_channel", "id": 1234567,
            **chat, "messages": messages}
    path = folder / "result.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _message(mid: int, text: Any, **extra: Any) -> dict[str, Any]:
    return {"id": mid, "type": "message", "date": "2025-09-03T09:12:00",
            "date_unixtime": "1756879920", "from": "Повітряні сили", "text": text, **extra}


def test_messages_with_dates_channel_and_links(tmp_path: Path) -> None:
    path = _export(tmp_path, [_message(4031, AIR_FORCE)], username="kpszsu")
    [item] = read_sources([path])
    assert (item.kind, item.ref, item.text, item.source) == (
        "telegram", "message 4031", AIR_FORCE, "Повітряні сили")
    assert item.url == "https://t.me/kpszsu/4031"
    assert item.published == "2025-09-03T06:12:00+00:00"
    assert item.external_id == "4031" and item.metadata["chat_id"] == 1234567


def test_text_as_a_list_of_strings_and_entities_is_joined(tmp_path: Path) -> None:
    parts = ["У ніч на 3 вересня ", {"type": "bold", "text": "противник атакував"},
             " 96 ударними БпЛА. ", {"type": "hashtag", "text": "#ППО"}]
    path = _export(tmp_path, [_message(5, parts)])
    [item] = read_sources([path])
    assert item.text == "У ніч на 3 вересня противник атакував 96 ударними БпЛА. #ППО"


def test_username_from_options_when_the_export_lacks_it(tmp_path: Path) -> None:
    path = _export(tmp_path, [_message(7, AIR_FORCE)])
    [without] = read_sources([path])
    [with_name] = read_sources([path], SourceOptions(telegram_username="@kpszsu"))
    assert without.url is None  # type: ignore[union-attr]
    assert with_name.url == "https://t.me/kpszsu/7"  # type: ignore[union-attr]


def test_service_messages_and_captionless_media_are_passed_over(tmp_path: Path) -> None:
    path = _export(tmp_path, [
        {"id": 1, "type": "service", "action": "pin_message", "text": ""},
        _message(2, "", photo="photos/photo_1.jpg"),
        _message(3, AIR_FORCE, photo="photos/photo_1.jpg")])
    [item] = read_sources([path])
    assert item.ref == "message 3" and item.metadata["photo"] == "photos/photo_1.jpg"


def test_local_date_is_used_without_unixtime(tmp_path: Path) -> None:
    message = _message(8, AIR_FORCE)
    del message["date_unixtime"]
    [item] = read_sources([_export(tmp_path, [message])])
    assert item.published == "2025-09-03T09:12:00"  # type: ignore[union-attr]


def test_malformed_message_is_a_failure_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = _export(tmp_path, [_message(1, {"unexpected": True}), "junk",
                              _message(3, AIR_FORCE)])
    results = list(read_sources([path]))
    assert [f.ref for f in failures(results)] == ["message 1", "message #2"]
    assert [i.ref for i in items(results)] == ["message 3"]


def test_export_folder_gives_only_the_messages(tmp_path: Path) -> None:
    path = _export(tmp_path, [_message(1, AIR_FORCE), _message(2, "Відбій тривоги.")])
    assert [r.ref for r in read_sources([path.parent])] == ["message 1", "message 2"]


def test_whole_account_export(tmp_path: Path) -> None:
    data = {"about": "", "chats": {"list": [
        {"name": "A", "type": "public_channel", "id": 1, "messages": [_message(1, "One.")]},
        {"name": "B", "type": "public_channel", "id": 2, "messages": [_message(9, "Two.")]},
    ]}}
    path = tmp_path / "result.json"
    path.write_text(json.dumps(data))
    assert [(r.source, r.ref) for r in read_sources([path])] == [  # type: ignore[union-attr]
        ("A", "chat 1 message 1"), ("B", "chat 2 message 9")]
