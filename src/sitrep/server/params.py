"""Query and path parameters the routes share (their limits keep odd input out of SQL)."""

from typing import Annotated

from fastapi import Path, Query

__all__ = ["ID_MAX", "CodeParam", "IdPath", "TextParam"]

#: The largest id a route accepts (PostgreSQL's ``integer``).
ID_MAX = 2_147_483_647
_TEXT_MAX = 200

IdPath = Annotated[int, Path(ge=1, le=ID_MAX, description="the item's id")]
TextParam = Annotated[str | None, Query(min_length=1, max_length=_TEXT_MAX,
                                        description="matches any part, ignoring case")]
CodeParam = Annotated[str | None, Query(min_length=1, max_length=8,
                                        description="a country code (RU, UA), exactly")]
