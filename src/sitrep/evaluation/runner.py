"""Run the extractor over a gold set and score it: the library side of ``sitrep eval``.

:func:`evaluate` reads the gold file, extracts every document with one
:class:`~sitrep.api.Extractor` (loaded here, lazily, so that importing this module stays
cheap), and hands the results to the scorer of the format. A document the extractor
refuses (empty text, a bad ``published``) is recorded in the report's ``errors`` and
scored as having no attack; the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sitrep.errors import EvalError, SitrepError

from .airforce import Extract, UkDocument
from .airforce_channel import evaluate_channel
from .airforce_infographics import evaluate_infographics
from .airforce_morning import evaluate_morning
from .case2021 import load_case2021, score_case2021
from .detection import DetectionItem, DetectionOutcome
from .events_gold import load_events_gold, score_events
from .formats import FORMATS, detect_format, gold_name
from .gold import load_sitrep_gold
from .places_gold import load_places_gold, score_places
from .plover import load_plover, score_plover
from .polnear import evaluate_polnear, quote_reader
from .quotes_gold import load_quotes_gold, score_quotes
from .report import EvalReport
from .scoring import score_documents
from .wikievents import load_wikievents, score_wikievents

if TYPE_CHECKING:
    from sitrep.api import Extractor, InputDocument

__all__ = ["evaluate", "run_extractor"]

Loader = Callable[[Path], list[DetectionItem]]


class Scorer(Protocol):
    def __call__(self, items: Sequence[DetectionItem], outcomes: Sequence[DetectionOutcome],
                 *, source: str = "", errors: Sequence[str] = ()) -> EvalReport: ...


_DETECTION: dict[str, tuple[Loader, Scorer]] = {
    "case2021": (load_case2021, score_case2021),
    "plover": (load_plover, score_plover),
    "wikievents": (load_wikievents, score_wikievents),
}

# The Ukrainian Air Force sets: each reads its file(s), extracts through ``Extract`` (every
# text as Ukrainian) and scores in one call.
_AIRFORCE: dict[str, Callable[[Path, Extract, int | None], EvalReport]] = {
    "airforce-morning": evaluate_morning,
    "airforce-channel": evaluate_channel,
    "airforce-infographics": evaluate_infographics,
}


def run_extractor(extractor: Extractor, docs: Sequence[InputDocument]
                  ) -> tuple[list[DetectionOutcome], list[str]]:
    """Extract every document; a refused one becomes an outcome with its error."""
    outcomes: list[DetectionOutcome] = []
    errors: list[str] = []
    for doc, result in zip(docs, extractor.extract_stream(docs), strict=True):
        if isinstance(result, SitrepError):
            outcomes.append(DetectionOutcome(error=str(result)))
            errors.append(f"{doc.id}: {result}")
        else:
            outcomes.append(DetectionOutcome(tuple(a.to_dict() for a in result.attacks),
                                             result=result))
    return outcomes, errors


def evaluate(path: Path, *, fmt: str = "auto", limit: int | None = None,
             extractor: Extractor | None = None) -> EvalReport:
    """Score the extractor on the gold file ``path``. Raises :class:`EvalError`."""
    from sitrep.api import Extractor, InputDocument

    if fmt == "auto":
        fmt = detect_format(path)
    if fmt not in FORMATS:
        raise EvalError(f"unknown gold format {fmt!r} (known: {', '.join(FORMATS)})")
    if limit is not None and limit < 1:
        raise EvalError("--limit must be at least 1")
    if fmt in _AIRFORCE:
        reader = extractor or Extractor()

        def extract(docs: Sequence[UkDocument]) -> tuple[list[DetectionOutcome], list[str]]:
            return run_extractor(reader, [InputDocument(d.text, published=d.published, id=d.id,
                                                        language=d.language) for d in docs])

        report = _AIRFORCE[fmt](path, extract, limit)
        if limit is not None:
            report.notes.append(f"--limit {limit}: only the first {report.documents} items "
                                "were scored")
        return report
    if fmt == "polnear":  # quotes, not attacks: read, extracted as English, scored in one call
        return evaluate_polnear(path, quote_reader(extractor or Extractor()), limit)
    if fmt in _NATIVE:
        return _evaluate_native(path, fmt, extractor or Extractor(), limit)
    if fmt == "sitrep":
        gold = load_sitrep_gold(path)[:limit]
        inputs = [InputDocument(d.text, published=d.published, id=d.id) for d in gold]
    else:
        load, score = _DETECTION[fmt]
        items = load(path)[:limit]
        inputs = [InputDocument(i.text, id=i.id) for i in items]
    outcomes, errors = run_extractor(extractor or Extractor(), inputs)
    if fmt == "sitrep":
        report = score_documents(gold, [list(o.attacks) for o in outcomes],
                                 name=gold_name(path, fmt), source=str(path), errors=errors)
    else:
        report = score(items, outcomes, source=str(path), errors=errors)
        report.name = gold_name(path, fmt)
    if limit is not None:
        report.notes.append(f"--limit {limit}: only the first {len(inputs)} items were scored")
    return report


# native gold of one output list each: (read the file, score the lists, which list)
_NATIVE: dict[str, tuple[Callable[[Path], Sequence[Any]], Callable[..., EvalReport], str]] = {
    "sitrep-events": (load_events_gold, score_events, "events"),
    "sitrep-places": (load_places_gold, score_places, "places"),
    "sitrep-quotes": (load_quotes_gold, score_quotes, "quotes"),
}


def _evaluate_native(path: Path, fmt: str, extractor: Extractor,
                     limit: int | None) -> EvalReport:
    from sitrep.api import InputDocument

    load, score, field = _NATIVE[fmt]
    gold = list(load(path))[:limit]
    docs = [InputDocument(g.text, published=g.published, id=g.id) for g in gold]
    predicted: list[list[dict[str, Any]]] = []
    errors: list[str] = []
    for doc, result in zip(docs, extractor.extract_stream(docs), strict=True):
        if isinstance(result, SitrepError):
            errors.append(f"{doc.id}: {result}")
            predicted.append([])
        else:
            predicted.append([item.to_dict() for item in getattr(result, field)])
    report = score(gold, predicted, name=gold_name(path, fmt), source=str(path),
                   errors=errors)
    if limit is not None:
        report.notes.append(f"--limit {limit}: only the first {len(gold)} records were scored")
    return report
