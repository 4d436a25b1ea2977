"""The library's entry points: :func:`extract` and :class:`Extractor`."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .errors import InputError
from .language import detect_language, fold_lookalikes
from .model import DocumentMeta, DocumentResult, InputDocument
from .periods import parse_published
from .pipeline import DocState, build_pipeline, state_of

__all__ = ["DEFAULT_MAX_CHARS", "Extractor", "InputDocument", "extract"]

DEFAULT_MAX_CHARS = 5_000_000
SUPPORTED_LANGUAGES = ("en", "uk")


def document_id(text: str) -> str:
    """A content hash: the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Extractor:
    """Loaded pipelines; build one and reuse it (loading takes about half a second).

    ``language="auto"`` (the default) detects each document's language and uses that
    language's rules; a fixed code (``"en"``, ``"uk"``) reads every document with one set.
    A document in a detected language without rules (``ru`` for now) gets no attacks and a
    warning saying so.
    """

    def __init__(self, *, language: str = "auto", max_chars: int = DEFAULT_MAX_CHARS) -> None:
        if language != "auto" and language not in SUPPORTED_LANGUAGES:
            raise InputError(f"language {language!r} is not supported "
                             f"(supported: auto, {', '.join(SUPPORTED_LANGUAGES)})")
        self.language = language
        self.max_chars = max_chars
        self._pipelines: dict[str, Language] = {}
        if language != "auto":
            self.pipeline_for(language)

    def pipeline_for(self, language: str) -> Language:
        """The spaCy pipeline of ``language``, built on first use."""
        nlp = self._pipelines.get(language)
        if nlp is None:
            nlp = self._pipelines[language] = build_pipeline(language,
                                                             max_length=self.max_chars + 1)
        return nlp

    @property
    def nlp(self) -> Language:
        """The pipeline of the fixed language (English when detecting)."""
        return self.pipeline_for("en" if self.language == "auto" else self.language)

    @property
    def steps(self) -> list[str]:
        """The names of the pipeline's steps, in the order data moves through them."""
        return list(self.nlp.pipe_names)

    def _language_of(self, item: InputDocument) -> str:
        if item.language and item.language != "auto":
            if item.language not in SUPPORTED_LANGUAGES and item.language != "ru":
                raise InputError(f"language {item.language!r} is not supported")
            return item.language
        if self.language != "auto":
            return self.language
        return detect_language(item.text)

    def _make_doc(self, item: InputDocument) -> tuple[Doc, DocumentMeta]:
        text = item.text
        if not isinstance(text, str):
            raise InputError(f"document text must be a string, not {type(text).__name__}")
        if not text.strip():
            raise InputError("document text is empty")
        if len(text) > self.max_chars:
            raise InputError(f"document has {len(text):,} characters; the limit is "
                             f"{self.max_chars:,} (raise it with max_chars / --max-chars)")
        publication = parse_published(item.published)
        doc_id = item.id or document_id(text)
        language = self._language_of(item)
        rules = language if language in SUPPORTED_LANGUAGES else None
        nlp = self.pipeline_for(rules or "en")
        # the tokens are made from a copy with look-alike letters folded; offsets are the
        # same and every piece of evidence is cut from the text as received
        doc = nlp.make_doc(fold_lookalikes(text) if rules == "uk" else text)
        state = DocState(doc_id=doc_id, text=text, publication=publication)
        if rules is None:
            state.skip = True
            state.warnings.append(f"no rules for language {language!r} yet: nothing extracted")
        doc.user_data["sitrep"] = state
        meta = DocumentMeta(
            id=doc_id,
            published=None if publication is None else (
                publication.moment.isoformat(timespec="minutes") if publication.time_known
                else publication.day.isoformat()),
            language=language,
            title=item.title,
            source=item.source,
            url=item.url,
        )
        return doc, meta

    def _result(self, doc: Doc, meta: DocumentMeta) -> DocumentResult:
        state = state_of(doc)
        warnings = list(state.warnings)
        if state.publication is None and state.attacks:
            warnings.append("no publication time: periods are not resolved")
        return DocumentResult(document=meta, attacks=list(state.attacks), warnings=warnings,
                              text=state.text, sentences=list(state.sentences),
                              quotes=list(state.quotes), casualties=list(state.casualties),
                              impacts=list(state.impacts), events=list(state.events),
                              places=list(state.places))

    def extract(self, text: str, *, published: str | datetime | date | None = None,
                source: str | None = None, title: str | None = None,
                id: str | None = None, language: str | None = None,
                url: str | None = None) -> DocumentResult:
        """Read one document. Raises :class:`~sitrep.errors.InputError` for bad input."""
        doc, meta = self._make_doc(InputDocument(text, published, source, title, id, language,
                                                 url))
        nlp = self.pipeline_for(meta.language if meta.language in SUPPORTED_LANGUAGES else "en")
        for _, step in nlp.pipeline:
            doc = step(doc)
        return self._result(doc, meta)

    def extract_many(self, items: Iterable[InputDocument], *, batch_size: int = 64
                     ) -> Iterator[DocumentResult]:
        """Read many documents as a stream. Bad items raise; see :meth:`extract_stream`."""
        for result in self.extract_stream(items, batch_size=batch_size):
            if isinstance(result, InputError):
                raise result
            yield result

    def extract_stream(self, items: Iterable[InputDocument | InputError], *,
                       batch_size: int = 64) -> Iterator[DocumentResult | InputError]:
        """Like :meth:`extract_many`, but a bad item yields its error and the stream goes on.

        Results come in input order, one per item; an item may itself be an
        :class:`InputError` (a line that could not be read), which is passed through.
        """
        pending: list[tuple[Doc, DocumentMeta] | InputError] = []

        def flush() -> Iterator[DocumentResult | InputError]:
            by_language: dict[str, list[Doc]] = {}
            for p in pending:
                if not isinstance(p, InputError):
                    lang = p[1].language if p[1].language in SUPPORTED_LANGUAGES else "en"
                    by_language.setdefault(lang, []).append(p[0])
            done: dict[int, Doc] = {}
            for lang, docs in by_language.items():
                for doc in self.pipeline_for(lang).pipe(docs, batch_size=batch_size):
                    done[id(doc)] = doc
            for p in pending:
                if isinstance(p, InputError):
                    yield p
                else:
                    yield self._result(done[id(p[0])], p[1])
            pending.clear()

        for item in items:
            if isinstance(item, InputError):
                pending.append(item)  # an item that could not even be read
                continue
            try:
                pending.append(self._make_doc(item))
            except InputError as exc:
                pending.append(exc)
            if len(pending) >= batch_size:
                yield from flush()
        if pending:
            yield from flush()


@cache
def _default_extractor(language: str) -> Extractor:
    return Extractor(language=language)


def extract(text: str, *, published: str | datetime | date | None = None,
            source: str | None = None, title: str | None = None, id: str | None = None,
            language: str = "auto", url: str | None = None) -> DocumentResult:
    """Read one document into attacks. ``published`` is an ISO 8601 date or date-time.

    >>> result = extract("Russia launched 40 drones overnight.", published="2025-09-03")
    >>> result.attacks[0].weapons[0].launched.value
    40
    """
    return _default_extractor(language).extract(text, published=published, source=source,
                                                title=title, id=id, url=url)
