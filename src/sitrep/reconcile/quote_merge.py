"""One quote, many outlets: quotes of the same speaker with the same words are merged.

Two quotes are the same when their speakers are the same actor (the same ``actor_id``,
else the same name, case and spacing aside; two quotes without a speaker count as the
same speaker) and their normalised texts are equal or one contains the other as whole
words. Normalising folds case, drops punctuation and quotation marks of every style and
collapses spaces, so "“It was one of the hardest nights,”" and "it was one of the
hardest nights" are equal. Merging is transitive: a fragment quoted by one outlet joins
the full sentence quoted by another.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import Actor
from .reading import ResultDocument, load_result
from .records import QuoteMention, actor_key

if TYPE_CHECKING:
    from ..model import DocumentResult

__all__ = ["MergedQuote", "merge_mentions", "merge_quotes", "normalise_quote"]

_NOT_WORD = re.compile(r"[^\w\s]+")


def normalise_quote(text: str) -> str:
    """The words of a quote, folded: what two outlets' versions are compared by."""
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


@dataclass(frozen=True, slots=True)
class MergedQuote:
    """A quote with every document that reports it (earliest publication first).

    ``text`` is the longest version; ``kind`` is ``direct`` when any outlet quotes it in
    quotation marks.
    """

    text: str
    kind: str
    speaker: Actor | None
    mentions: tuple[QuoteMention, ...]

    @property
    def sources(self) -> list[str]:
        """The documents (ids) that report the quote, once each."""
        return list(dict.fromkeys(m.document.id for m in self.mentions))

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind,
                "speaker": None if self.speaker is None else self.speaker.to_dict(),
                "outlets": len(self.sources),
                "sources": [m.to_dict() for m in self.mentions]}


def _contains(longer: str, shorter: str) -> bool:
    return f" {shorter} " in f" {longer} "


def _merge(mentions: list[QuoteMention]) -> list[list[QuoteMention]]:
    """Groups of mentions whose words are equal or contain one another (transitively).

    Equal texts are joined through a dict; for containment each distinct text is only
    compared with the longer texts that hold its rarest word, so a speaker quoted ten
    thousand times is not ten thousand squared comparisons.
    """
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    first: dict[str, int] = {}  # distinct normalised text -> its first mention
    for i, mention in enumerate(mentions):
        words = normalise_quote(mention.text)
        if words:
            join(i, first.setdefault(words, i))
    texts = list(first)
    postings: dict[str, list[int]] = {}
    for n, text in enumerate(texts):
        for token in set(text.split()):
            postings.setdefault(token, []).append(n)
    for text in texts:
        rarest = min(set(text.split()), key=lambda token: len(postings[token]))
        for m in postings[rarest]:
            longer = texts[m]
            if len(longer) > len(text) and _contains(longer, text):
                join(first[text], first[longer])
    groups: dict[int, list[QuoteMention]] = {}
    for i, mention in enumerate(mentions):
        groups.setdefault(find(i), []).append(mention)
    return list(groups.values())


def _published(mention: QuoteMention) -> tuple[bool, float, str, int]:
    moment = mention.document.published_at
    return (moment is None, 0.0 if moment is None else moment.timestamp(),
            mention.document.id, mention.start_char)


def merge_quotes(documents: Iterable[ResultDocument | Mapping[str, Any] | DocumentResult]
                 ) -> list[MergedQuote]:
    """The quotes of many documents, each said once, with all its sources."""
    return merge_mentions(mention for doc in documents for mention in load_result(doc).quotes)


def merge_mentions(mentions: Iterable[QuoteMention]) -> list[MergedQuote]:
    """Quote mentions (from results or the store's rows) merged: one per quote said."""
    by_speaker: dict[str | None, list[QuoteMention]] = {}
    for mention in mentions:
        key = None if mention.speaker is None else actor_key(mention.speaker)
        by_speaker.setdefault(key, []).append(mention)
    merged: list[MergedQuote] = []
    for group_of_speaker in by_speaker.values():
        for group in _merge(group_of_speaker):
            group.sort(key=_published)
            longest = max(group, key=lambda m: len(normalise_quote(m.text)))
            speaker = next((m.speaker for m in group if m.speaker and m.speaker.actor_id),
                           group[0].speaker)
            kind = "direct" if any(m.kind == "direct" for m in group) else group[0].kind
            merged.append(MergedQuote(longest.text, kind, speaker, tuple(group)))
    merged.sort(key=lambda q: _published(q.mentions[0]))
    return merged
