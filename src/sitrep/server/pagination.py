"""Query parameters shared by the list endpoints: pages, days, sort orders."""

# no ``from __future__ import annotations``: FastAPI evaluates the dependency's
# annotations (they hold this call's page size limit)

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import Query

from .errors import ApiError

__all__ = ["DayRange", "PageParams", "day_range", "page_params"]

MAX_PAGE = 1_000_000


@dataclass(frozen=True, slots=True)
class PageParams:
    page: int
    page_size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size

    def envelope(self, items: list[Any], total: int) -> dict[str, Any]:
        """The page's answer: ``{"items", "page", "page_size", "total"}``."""
        return {"items": items, "page": self.page, "page_size": self.page_size,
                "total": total}

    def cut(self, items: Sequence[Any]) -> list[Any]:
        """This page of a list built in full."""
        return list(items[self.offset:self.offset + self.page_size])


def page_params(max_page_size: int, default: int) -> Callable[..., PageParams]:
    """A dependency reading ``page`` (1-based) and ``page_size`` (1..``max_page_size``)."""

    def dependency(
            page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page")] = 1,
            page_size: Annotated[int, Query(ge=1, le=max_page_size,
                                            description="items per page")] = default,
    ) -> PageParams:
        return PageParams(page, page_size)

    return dependency


@dataclass(frozen=True, slots=True)
class DayRange:
    since: date | None
    until: date | None


def day_range(
        since: Annotated[date | None, Query(description="first day, YYYY-MM-DD "
                                                        "(included)")] = None,
        until: Annotated[date | None, Query(description="last day, YYYY-MM-DD "
                                                        "(included)")] = None,
) -> DayRange:
    """``since``/``until``; a ``since`` after ``until`` is refused."""
    if since is not None and until is not None and since > until:
        raise ApiError(422, f"since ({since}) is after until ({until})",
                       details=[{"loc": ["query", "since"], "msg": "after until",
                                 "type": "value_error"}])
    return DayRange(since, until)

