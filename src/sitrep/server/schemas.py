"""The API's request and response models (they make the OpenAPI document precise).

Figures keep the ``sitrep/1`` convention: ``value`` (``None`` when vague), ``qualifier``,
and ``start_char``/``end_char`` into the document's text (end exclusive).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model

from ..model import COUNT_ROLES
from ..store.tables import FIGURE_SUFFIXES

__all__ = [
    "AttackItem", "ClaimFigure", "ClaimItem", "DocumentDetail", "DocumentItem", "ErrorBody",
    "ErrorResponse", "EventItem", "ExtractRequest", "Figure", "Health", "IncidentItem",
    "IngestDocument", "IngestRequest", "IngestResponse", "IngestedItem", "InterceptionItem",
    "InterceptionPage", "Page", "PlaceItem", "QuoteItem", "QuoteSource", "Speaker",
]

T = TypeVar("T")
Flag = Literal["consistent", "contradictory"]


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str
    details: list[Any] | None = None


class ErrorResponse(BaseModel):
    """Every 4xx and 5xx answer."""

    error: ErrorBody


class Page(BaseModel, Generic[T]):
    """One page of a list: ``page`` is 1-based; ``total`` counts every matching item."""

    items: list[T]
    page: int
    page_size: int
    total: int


class Health(BaseModel):
    status: Literal["ok"]
    documents: int
    version: str
    ingest: bool = Field(description="whether POST /api/ingest is enabled (a token is set)")


class _DocumentFields(BaseModel):
    id: int
    title: str | None
    source: str | None
    url: str | None
    published: str | None
    language: str | None


class DocumentItem(_DocumentFields):
    snippet: str | None = Field(None, description="with q: the matched words in [ ]")


class DocumentDetail(_DocumentFields):
    text: str
    result: dict[str, Any] | None = Field(description="the stored sitrep/1 result")


class Figure(BaseModel):
    value: int | None
    qualifier: str | None
    start_char: int | None
    end_char: int | None


class _AttackFields(BaseModel):
    document_id: int
    source: str | None
    published: str | None
    url: str | None
    attack: str = Field(description="the attack's id in the document's result")
    attack_id: int
    row_id: int | None = Field(description="the weapon (or totals) row's id")
    day: date | None
    attacker: str | None
    target: str | None
    period_start: str | None
    period_end: str | None
    period_kind: str | None
    period_resolved: bool | None
    reported_by: str | None
    row_kind: str | None = Field(description="weapon, or total (never the sum of weapons)")
    category: str | None
    model: str | None
    conflicts: int
    figures: dict[str, Figure] = Field(description="every figure given, by role, with "
                                                   "its evidence offsets")


FIGURE_NAMES: tuple[str, ...] = (*COUNT_ROLES, "hit_locations", "debris_locations")

#: An attack row as ``sitrep attacks --format json`` gives it (flat figure columns
#: ``launched``, ``launched_qualifier``, ``launched_start``, ``launched_end``, ...) plus
#: ``attack_id``, ``row_id`` and ``figures``.
AttackItem: type[_AttackFields] = create_model(  # type: ignore[call-overload]
    "AttackItem", __base__=_AttackFields,
    **{f"{name}{suffix}": (str | None if suffix == "_qualifier" else int | None, None)
       for name in FIGURE_NAMES for suffix in FIGURE_SUFFIXES})


class ClaimFigure(BaseModel):
    category: str | None
    model: str | None
    role: str
    value: int | None
    qualifier: str | None
    text: str | None
    start_char: int | None
    end_char: int | None
    chosen: bool = Field(description="the incident took this claim's figure")
    flag: Flag | None = Field(description="the claims disagree on this figure: all can be "
                                          "true (consistent) or not (contradictory)")


class ClaimItem(BaseModel):
    document_id: int
    source: str | None
    published: str | None
    url: str | None
    title: str | None
    attack_key: str | None
    source_rank: str | None
    reported_by: str | None
    period: dict[str, Any]
    chosen: bool = Field(description="the incident took at least one figure of this claim")
    flag: Flag | None = Field(description="contradictory when a figure of this claim is in "
                                          "a contradiction, else consistent when one differs")
    figures: list[ClaimFigure]


class IncidentItem(BaseModel):
    id: int
    key: str
    day: date | None
    attacker: str | None
    target: str | None
    launched: int | None = Field(description="all weapons, as /api/stats/interception "
                                             "counts them")
    destroyed: int | None
    hit: int | None
    period: dict[str, Any]
    documents: int | None
    figures: list[dict[str, Any]] = Field(description="the chosen figure per key")
    conflicts: list[dict[str, Any]]
    places: list[dict[str, Any]]
    claims_total: int = Field(description="how many claims (documents' attacks) the "
                                          "incident holds; a list gives only some")
    claims: list[ClaimItem]


class Speaker(BaseModel):
    name: str
    actor_id: str | None
    country: str | None
    sector: str | None


class QuoteSource(BaseModel):
    document_id: int
    source: str | None
    published: str | None
    url: str | None
    text: str
    start_char: int
    end_char: int


class QuoteItem(BaseModel):
    text: str
    kind: str
    speaker: Speaker | None
    channel: str | None
    published: str | None
    document_id: int = Field(description="the earliest report")
    start_char: int
    end_char: int
    sources: list[QuoteSource] = Field(description="every document reporting the quote")


class QuotePage(Page[QuoteItem]):
    """A page of merged quotes. On a large database only the newest reports are merged."""

    reports_merged: int = Field(description="how many quote reports (matching the "
                                            "filters, newest first) were merged")
    complete: bool = Field(description="whether every matching report was merged (false: "
                                       "narrow the filters or the dates for older ones)")


class EventItem(BaseModel):
    document_id: int
    source: str | None
    published: str | None
    url: str | None
    day: date | None
    type: str | None
    mode: str | None
    status: str | None
    cameo_root: str | None
    source_actor: str | None
    source_actor_id: str | None
    source_country: str | None
    target_actor: str | None
    target_actor_id: str | None
    target_country: str | None
    location: str | None
    location_admin1: str | None
    text: str | None
    start_char: int | None
    end_char: int | None
    cue: str | None


class PlaceItem(BaseModel):
    name: str
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    count: int = Field(description="documents naming the place")
    document_ids: list[int] = Field(description="at most 20 of them, by id")


class InterceptionItem(BaseModel):
    period_start: date
    category: str
    incidents: int
    launched: int | None
    destroyed: int | None
    hit: int | None
    interception_rate: float | None


class InterceptionPage(Page[InterceptionItem]):
    period: Literal["night", "week", "month"]


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    published: str | None = None
    language: Literal["auto", "en", "uk"] | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None


class IngestDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    url: str | None = None
    published: str | None = None
    title: str | None = None
    source: str | None = None
    language: Literal["en", "uk"] | None = None


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[IngestDocument] = Field(min_length=1, max_length=1000)


class IngestedItem(BaseModel):
    index: int
    document_id: int | None
    created: bool
    error: str | None


class IngestResponse(BaseModel):
    items: list[IngestedItem]
    new: int
    duplicates: int
    failed: int
    incidents: int | None = Field(description="incidents reconciled for the new documents' "
                                              "days")
