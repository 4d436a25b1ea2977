"""``/api/attacks``: one item per weapon (or totals) row of each stored attack."""

# no ``from __future__ import annotations``: FastAPI evaluates the closures' annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query

from ..store.queries import attacks_statement
from ..store.tables import attack_weapons, attacks
from .context import DEFAULT_PAGE_SIZE, ServerContext
from .pagination import DayRange, PageParams, day_range, page_params
from .params import AttackFilters, TextParam, attack_filters
from .schemas import FIGURE_NAMES, AttackItem, Page

__all__ = ["figures_of", "router"]


def figures_of(record: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The figures a row gives (value or qualifier set), by role, with their offsets."""
    out = {}
    for name in FIGURE_NAMES:
        if record.get(name) is None and record.get(f"{name}_qualifier") is None:
            continue
        out[name] = {"value": record.get(name), "qualifier": record.get(f"{name}_qualifier"),
                     "start_char": record.get(f"{name}_start"),
                     "end_char": record.get(f"{name}_end")}
    return out


def router(ctx: ServerContext) -> APIRouter:
    """The attacks route, on ``ctx``'s store."""
    api = APIRouter(prefix="/api", tags=["attacks"])
    paging = page_params(ctx.settings.max_page_size, DEFAULT_PAGE_SIZE)

    @api.get("/attacks", response_model=Page[AttackItem])  # type: ignore[valid-type]
    def list_attacks(
            pages: Annotated[PageParams, Depends(paging)],
            days: Annotated[DayRange, Depends(day_range)],
            where: Annotated[AttackFilters, Depends(attack_filters)],
            reporter: TextParam = None,
            sort: Annotated[Literal["-day", "day"],
                            Query(description="by the attack's day; then document, "
                                              "attack, weapon, id")] = "-day",
    ) -> dict[str, Any]:
        """Attacks, newest day first: the fields of ``sitrep attacks --format json``, with
        each figure's evidence offsets into its document's text.

        ``category``/``model`` match exactly (any case); ``region`` any part of a place or
        oblast named for the attack; ``source``/``reporter`` any part of the outlet's or
        the reporter's name.
        """
        a, w = attacks.c, attack_weapons.c
        stmt = attacks_statement(since=days.since, until=days.until, attacker=where.attacker,
                                 target=where.target, category=where.category,
                                 model=where.model, region=where.region, source=where.source,
                                 reporter=reporter)
        stmt = stmt.add_columns(a.id.label("attack_id"), w.id.label("row_id"))
        if sort == "day":
            stmt = stmt.order_by(None).order_by(a.day.asc().nulls_last(), a.document_id,
                                                a.ordinal, w.ordinal)
        stmt = stmt.order_by(a.id, w.id)
        rows, total = ctx.page(stmt, offset=pages.offset, limit=pages.page_size)
        items = [{**record, "figures": figures_of(record)} for record in rows.records()]
        return pages.envelope(items, total)

    return api
