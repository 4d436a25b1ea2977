"""Telegram Desktop exports (``result.json``): one item per message with text.

A channel export is ``{"name", "type", "id", "messages": [...]}``; a whole-account
export holds such chats under ``{"chats": {"list": [...]}}``. A message's ``text`` is a
string or a list of strings and entity objects (``{"type": "bold", "text": "..."}``); the
parts joined are what Telegram shows. Service messages (pins, joins) and media without a
caption are passed over. Dates: ``date_unixtime`` (UTC) where the export has it, else
``date``, which Telegram Desktop writes in the exporting computer's local time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .dates import iso_from_timestamp, to_iso
from .items import SourceFailure, SourceItem, SourceOptions, SourceResult

__all__ = ["is_telegram_export", "message_text", "read_export"]

_KEPT = ("from", "from_id", "forwarded_from", "edited", "reply_to_message_id",
         "media_type", "photo", "file", "via_bot", "author")


def is_telegram_export(obj: dict[str, Any]) -> bool:
    """True for a chat export or a whole-account export."""
    if isinstance(obj.get("messages"), list):
        return True
    chats = obj.get("chats")
    return isinstance(chats, dict) and isinstance(chats.get("list"), list)


def read_export(obj: dict[str, Any], origin: str, options: SourceOptions
                ) -> Iterator[SourceResult]:
    if isinstance(obj.get("messages"), list):
        yield from _read_chat(obj, origin, options, prefix="")
        return
    for chat in obj["chats"]["list"]:
        if isinstance(chat, dict) and isinstance(chat.get("messages"), list):
            yield from _read_chat(chat, origin, options, prefix=f"chat {chat.get('id')} ")


def message_text(value: object) -> str | None:
    """The text of a message as Telegram shows it; ``None`` when it has no known shape."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return None
    parts = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
        else:
            return None
    return "".join(parts)


def _read_chat(chat: dict[str, Any], origin: str, options: SourceOptions, *,
               prefix: str) -> Iterator[SourceResult]:
    name = chat.get("name") if isinstance(chat.get("name"), str) else None
    username = chat.get("username") or (options.telegram_username if not prefix else None)
    username = username.lstrip("@") if isinstance(username, str) and username else None
    for number, message in enumerate(chat["messages"], start=1):
        if not isinstance(message, dict):
            yield SourceFailure(origin, "a message must be a JSON object",
                                ref=f"{prefix}message #{number}", kind="telegram")
            continue
        message_id = message.get("id")
        ref = f"{prefix}message {message_id if message_id is not None else '#' + str(number)}"
        if message.get("type", "message") != "message":
            continue
        text = message_text(message.get("text"))
        if text is None:
            yield SourceFailure(origin, "'text' is neither a string nor a list of parts",
                                ref=ref, kind="telegram")
            continue
        if not text.strip():
            continue
        metadata: dict[str, Any] = {"message_id": message_id, "chat_id": chat.get("id"),
                                    "chat_type": chat.get("type")}
        metadata.update((key, message[key]) for key in _KEPT if key in message)
        try:
            published = _published(message)
        except ValueError:
            published = None
            metadata["published_raw"] = message.get("date")
        link = (f"https://t.me/{username}/{message_id}"
                if username and isinstance(message_id, int) else None)
        yield SourceItem(text=text, origin=origin, kind="telegram", ref=ref, url=link,
                         published=published, source=name, language=options.language,
                         external_id=None if message_id is None else str(message_id),
                         metadata=metadata)


def _published(message: dict[str, Any]) -> str | None:
    unix = message.get("date_unixtime")
    if isinstance(unix, str) and unix.isdigit():
        return iso_from_timestamp(int(unix))
    return to_iso(message.get("date"))
