"""Read stored texts again with the running extractor, without touching the sources.

A document whose extraction is missing or came from another version gets a new result;
its old result and every row drawn from it are replaced in the same transaction. A
document that cannot be read is recorded as a failure (origin ``reextract``) and the run
goes on; a later run that reads it resolves that failure.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import SitrepError
from .repository import Store

if TYPE_CHECKING:
    from ..api import Extractor, InputDocument
    from .records import StoredDocument

__all__ = ["ORIGIN", "ReextractSummary", "reextract"]

ORIGIN = "reextract"


@dataclass(frozen=True, slots=True)
class ReextractSummary:
    done: int
    failed: int


def _item(document_id: int) -> str:
    return f"document {document_id}"


def reextract(store: Store, extractor: Extractor, version: str, *, everything: bool = False,
              batch_size: int = 100, advance: Callable[[], None] | None = None
              ) -> ReextractSummary:
    """Extract the documents that need it; ``advance`` is called once per document."""
    from ..api import SUPPORTED_LANGUAGES, InputDocument

    order: deque[StoredDocument] = deque()
    pending: list[tuple[int, dict[str, Any], str]] = []
    done = failed = 0

    def inputs() -> Iterator[InputDocument]:
        for stored in store.documents_needing_extraction(version, everything=everything):
            order.append(stored)
            language = stored.language if stored.language in SUPPORTED_LANGUAGES else None
            yield InputDocument(stored.text, stored.published, stored.source, stored.title,
                                stored.external_id, language)

    def flush() -> None:
        nonlocal done, failed
        refused = dict(store.save_results(pending))
        for document_id, error in refused.items():
            store.record_failure(ORIGIN, _item(document_id), error.message)
        store.resolve_failures(ORIGIN, [_item(i) for i, _, _ in pending if i not in refused])
        done += len(pending) - len(refused)
        failed += len(refused)
        pending.clear()

    for result in extractor.extract_stream(inputs(), batch_size=min(batch_size, 64)):
        stored = order.popleft()
        if isinstance(result, SitrepError):
            failed += 1
            store.record_failure(ORIGIN, _item(stored.id), result.message)
        else:
            pending.append((stored.id, result.to_dict(), version))
            if len(pending) >= batch_size:
                flush()
        if advance is not None:
            advance()
    flush()
    return ReextractSummary(done=done, failed=failed)
