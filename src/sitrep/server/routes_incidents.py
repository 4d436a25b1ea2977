"""``/api/incidents`` and ``/api/incidents/{id}``: each incident's chosen figures beside
every source's claim (what ``sitrep incidents --format json`` gives, plus flags)."""

# no ``from __future__ import annotations``: FastAPI evaluates the closures' annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ..store.incident_filters import incident_ids_statement
from ..store.incident_views import IncidentView, incident_views
from ..store.stats import ALL, incident_figures
from .context import DEFAULT_PAGE_SIZE, ServerContext
from .errors import ApiError
from .pagination import DayRange, PageParams, day_range, page_params
from .params import AttackFilters, IdPath, attack_filters
from .schemas import IncidentItem, Page

__all__ = ["incident_item", "router"]


def _flag(consistent: bool | None) -> str | None:
    if consistent is None:
        return None
    return "consistent" if consistent else "contradictory"


def incident_item(view: IncidentView) -> dict[str, Any]:
    """An incident as the API gives it: the view's dictionary, its all-weapons launched,
    destroyed and hit (as the statistics count them), and flags on the claims."""
    conflicts = view.conflicts
    claims = []
    for claim in view.claims:
        data = claim.to_dict()
        flags = []
        for figure in data["figures"]:
            figure["flag"] = _flag(conflicts.get((figure["category"], figure["model"],
                                                  figure["role"])))
            flags.append(figure["flag"])
        data["chosen"] = any(cell.chosen for cell in claim.figures.values())
        data["flag"] = ("contradictory" if "contradictory" in flags
                        else "consistent" if "consistent" in flags else None)
        claims.append(data)
    totals = incident_figures(view.summary).get(ALL, {})
    return {**view.to_dict(), "launched": totals.get("launched"),
            "destroyed": totals.get("destroyed"), "hit": totals.get("hit"), "claims": claims}


def router(ctx: ServerContext) -> APIRouter:
    """The incident routes, on ``ctx``'s store."""
    api = APIRouter(prefix="/api", tags=["incidents"])
    paging = page_params(ctx.settings.max_page_size, DEFAULT_PAGE_SIZE)

    @api.get("/incidents", response_model=Page[IncidentItem])
    def list_incidents(
            pages: Annotated[PageParams, Depends(paging)],
            days: Annotated[DayRange, Depends(day_range)],
            where: Annotated[AttackFilters, Depends(attack_filters)],
            sort: Annotated[Literal["-day", "day"],
                            Query(description="by the incident's day, then id")] = "-day",
            claims: Annotated[int, Query(
                ge=0, le=1000, description="claims per incident: the first (best sources "
                "first) and every one whose figure was chosen; claims_total tells how "
                "many there are, /api/incidents/{id} gives them all")] = 20,
    ) -> dict[str, Any]:
        """Incidents (one per real-world attack), newest day first.

        ``category``/``model``: a claim gives a figure of that weapon category or model;
        ``region``: a claim's attack names a place or oblast containing the words;
        ``source``: a claim comes from an outlet whose name contains the words.
        """
        stmt = incident_ids_statement(since=days.since, until=days.until,
                                      attacker=where.attacker, target=where.target,
                                      category=where.category, model=where.model,
                                      region=where.region, source=where.source, sort=sort)
        rows, total = ctx.page(stmt, offset=pages.offset, limit=pages.page_size)
        ids = [row[0] for row in rows]
        views = {v.id: v for v in incident_views(ctx.reader, ids=ids,
                                                 claims_per_incident=claims)} if ids else {}
        return pages.envelope([incident_item(views[i]) for i in ids if i in views], total)

    @api.get("/incidents/{incident_id}", response_model=IncidentItem,
             responses={404: {"description": "no such incident"}})
    def get_incident(incident_id: IdPath) -> dict[str, Any]:
        """One incident with every claim and figure."""
        views = incident_views(ctx.reader, ids=[incident_id])
        if not views:
            raise ApiError(404, f"no incident with id {incident_id}")
        return incident_item(views[0])

    return api
