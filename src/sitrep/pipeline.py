"""The spaCy pipeline: a blank language plus sitrep's named rule components.

Steps, in order (each is ``Doc -> Doc`` and adds one thing to the document's
:class:`DocState`, kept in ``doc.user_data["sitrep"]`` and read with :func:`state_of`):

1. ``sitrep_phrases``   — phrase matches: weapons, numbers, cues, actors, period triggers
2. ``sitrep_sentences`` — sentence boundaries (only for documents that name a weapon)
3. ``sitrep_counts``    — count mentions with weapon and role
4. ``sitrep_attacks``   — attacks: grouped, dated, attributed, consolidated
5. ``sitrep_quotes``    — direct quotes and reported speech with their speakers
6. ``sitrep_casualties`` — killed, injured and missing, with who and the scope
7. ``sitrep_impacts``   — power outages, rail disruption, damaged buildings and facilities
8. ``sitrep_events``    — political and military events between actors (PLOVER, CAMEO)
9. ``sitrep_places``    — every place geocoded, with its role; attacks, casualties and
   impacts gain theirs

No trained model is needed or downloaded; ``spacy.blank`` gives the tokenizer.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .attacks import build_attacks
from .casualties import Casualty
from .casualties import finder_for as casualty_finder_for
from .counts import CountMention, DocView, WeaponMention, find_counts, find_uncounted
from .events import finder_for as event_finder_for
from .impacts import Impact
from .impacts import finder_for as impact_finder_for
from .model import Attack, Event, Place, Quote
from .periods import Publication
from .phrases import RULE_SETS, PhraseIndex, Vocabulary
from .places import finder_for as place_finder_for
from .quotes import finder_for as quote_finder_for
from .sentences import split_sentences

__all__ = ["PIPELINE_STEPS", "DocState", "build_pipeline", "state_of"]

PIPELINE_STEPS = ("sitrep_phrases", "sitrep_sentences", "sitrep_counts", "sitrep_attacks",
                  "sitrep_quotes", "sitrep_casualties", "sitrep_impacts", "sitrep_events",
                  "sitrep_places")

@dataclass
class DocState:
    """Everything sitrep adds to one spaCy ``Doc``."""

    doc_id: str
    text: str = ""
    skip: bool = False  # no rules for the document's language
    publication: Publication | None = None
    index: PhraseIndex | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    view: DocView | None = None
    counts: list[CountMention] = field(default_factory=list)
    uncounted: list[WeaponMention] = field(default_factory=list)
    attacks: list[Attack] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    casualties: list[Casualty] = field(default_factory=list)
    impacts: list[Impact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def state_of(doc: Doc) -> DocState:
    """The sitrep state of ``doc`` (created for a ``Doc`` made outside :class:`Extractor`)."""
    state: DocState | None = doc.user_data.get("sitrep")
    if state is None:
        state = DocState(doc_id="", text=doc.text)
        doc.user_data["sitrep"] = state
    return state


_VOCABULARIES: weakref.WeakKeyDictionary[Language, dict[str, Vocabulary]] = (
    weakref.WeakKeyDictionary())


def _vocabulary(nlp: Language, language: str) -> Vocabulary:
    """One compiled vocabulary per pipeline and language, shared by its steps."""
    per_nlp = _VOCABULARIES.setdefault(nlp, {})
    vocab = per_nlp.get(language)
    if vocab is None:
        vocab = per_nlp[language] = Vocabulary(nlp, language)
    return vocab


class _Step:
    def __init__(self, nlp: Language, language: str) -> None:
        self.vocab = _vocabulary(nlp, language)


class PhraseStep(_Step):
    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        if not state.skip:
            state.index = self.vocab.index(doc)
        return doc


class SentenceStep(_Step):
    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        index = state.index
        if index is not None and (index.get("HEAD") or index.get("MODEL")
                                  or index.get("TOTAL") or index.get("ATTACKNOUN")):
            state.sentences = split_sentences(state.text)
        return doc


class CountStep(_Step):
    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        if state.index is None or not state.sentences:
            return doc
        state.view = DocView.make(doc, state.text, state.index, self.vocab, state.sentences)
        state.counts = find_counts(state.view)
        state.uncounted = find_uncounted(state.view, state.counts)
        return doc


class AttackStep(_Step):
    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        if state.view is None or not (state.counts or state.uncounted):
            return doc
        state.attacks, warnings = build_attacks(state.view, state.counts, state.uncounted,
                                                state.publication, state.doc_id)
        state.warnings.extend(warnings)
        return doc


class QuoteStep:
    def __init__(self, nlp: Language, language: str) -> None:
        self.finder = quote_finder_for(RULE_SETS.get(language, language))

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        if not state.skip:
            state.quotes = self.finder.find(state.text)
        return doc


class CasualtyStep:
    def __init__(self, nlp: Language, language: str) -> None:
        self.finder = casualty_finder_for(RULE_SETS.get(language, language))

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        if not state.skip:
            state.casualties = self.finder.find(state.text, attacks=state.attacks)
        return doc


class ImpactStep:
    def __init__(self, nlp: Language, language: str) -> None:
        self.finder = impact_finder_for(RULE_SETS.get(language, language))

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        if not state.skip:
            state.impacts = self.finder.find(state.text)
        return doc


class EventStep:
    def __init__(self, nlp: Language, language: str) -> None:
        self.finder = event_finder_for(RULE_SETS.get(language, language))

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        if not state.skip:
            state.events = self.finder.find(state.text, state.publication, state.quotes,
                                            state.sentences or None)
        return doc


class PlaceStep:
    def __init__(self, nlp: Language, language: str) -> None:
        self.finder = place_finder_for(RULE_SETS.get(language, language))

    def __call__(self, doc: Doc) -> Doc:
        state = state_of(doc)
        if not state.skip:
            self.finder.locate(state)
        return doc


# the steps in the order data moves through them; each is registered as a spaCy factory
_STEP_CLASSES: dict[str, type[Any]] = {
    "sitrep_phrases": PhraseStep,
    "sitrep_sentences": SentenceStep,
    "sitrep_counts": CountStep,
    "sitrep_attacks": AttackStep,
    "sitrep_quotes": QuoteStep,
    "sitrep_casualties": CasualtyStep,
    "sitrep_impacts": ImpactStep,
    "sitrep_events": EventStep,
    "sitrep_places": PlaceStep,
}
assert tuple(_STEP_CLASSES) == PIPELINE_STEPS


def _register(name: str, cls: type[Any]) -> None:
    def make(nlp: Language, name: str, language: str) -> Any:
        return cls(nlp, language)

    if not Language.has_factory(name):
        Language.factory(name, default_config={"language": "en"}, func=make)


for _name, _cls in _STEP_CLASSES.items():
    _register(_name, _cls)


def build_pipeline(language: str = "en", max_length: int = 5_000_000) -> Language:
    """A blank spaCy pipeline for ``language`` with sitrep's steps added in order."""
    nlp = spacy.blank(language)
    nlp.max_length = max_length
    for step in PIPELINE_STEPS:
        nlp.add_pipe(step, config={"language": language})
    return nlp
