"""Query and path parameters the routes share (their limits keep odd input out of SQL)."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Path, Query

__all__ = ["ID_MAX", "AttackFilters", "CodeParam", "IdPath", "TextParam", "attack_filters"]

#: The largest id a route accepts (PostgreSQL's ``integer``).
ID_MAX = 2_147_483_647
_TEXT_MAX = 200

IdPath = Annotated[int, Path(ge=1, le=ID_MAX, description="the item's id")]
TextParam = Annotated[str | None, Query(min_length=1, max_length=_TEXT_MAX,
                                        description="matches any part, ignoring case")]
CodeParam = Annotated[str | None, Query(min_length=1, max_length=8,
                                        description="a country code (RU, UA), exactly")]


@dataclass(frozen=True, slots=True)
class AttackFilters:
    """What attacks and incidents are filtered by (besides days)."""

    attacker: str | None
    target: str | None
    category: str | None
    model: str | None
    region: str | None
    source: str | None


def attack_filters(attacker: CodeParam = None, target: CodeParam = None,
                   category: TextParam = None, model: TextParam = None,
                   region: TextParam = None, source: TextParam = None) -> AttackFilters:
    """``attacker``/``target`` country codes; ``category``/``model`` exactly (any case);
    ``region`` any part of a place or oblast; ``source`` any part of the outlet's name."""
    return AttackFilters(attacker, target, category, model, region, source)
