"""GDELT-style event rows from the documents' political and military events.

The same event reported by several documents (same PLOVER type and mode, same actors,
status, date, CAMEO root and place) is one row whose ``NumArticles`` counts the
documents and ``NumSources`` their outlets. Codes as GDELT's event table uses them:

* ``Actor1Code`` = the country's ISO 3166 alpha-3 code + the sector (``UKRMIL``);
  ``Actor1CountryCode`` the alpha-3 code, ``Actor1Type1Code`` the sector;
* ``EventRootCode`` the CAMEO root sitrep coded; ``EventCode`` the full CAMEO code of
  the event's PLOVER type and mode (``cameo_codes`` in ``rules/export_models.json``: an
  ASSAULT by drones is ``195`` "Employ aerial weapons", a CONSULT by phone ``041``), else
  the root's "not specified below" code (root ``19`` -> ``190``); ``EventBaseCode`` its
  first three digits;
* ``QuadClass`` from the root (``gdelt_quad_classes`` in ``rules/export_models.json``);
* ``ActionGeo_Type`` 1 country, 5 first-level region, 4 city; ``ActionGeo_CountryCode``
  the FIPS 10-4 country code, as GDELT writes it;
* ``SQLDATE`` the event's date, else the first report's publication day; ``DATEADDED``
  the first report's publication time; ``SOURCEURL`` its URL (else its source name).

``GoldsteinScale`` and ``AvgTone`` are left empty. Three columns that GDELT lacks keep
what it would lose: ``sitrep_type`` (PLOVER), ``sitrep_mode`` and ``sitrep_status``
(``occurred``, ``planned``, ``proposed``, ``refused``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from typing import Any

from ..model import Actor, Place
from ..reconcile import EventMention, ResultDocument, actor_key
from .countries import country
from .naming import model_names

__all__ = ["GDELT_COLUMNS", "gdelt_rows"]

GDELT_COLUMNS = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
                 "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
                 "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
                 "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                 "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
                 "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                 "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long", "DATEADDED",
                 "SOURCEURL", "sitrep_type", "sitrep_mode", "sitrep_status"]
_COUNTRY, _CITY, _REGION = 1, 4, 5


def _actor(prefix: str, actor: Actor | None) -> dict[str, Any]:
    codes = None if actor is None else country(actor.country)
    sector = "" if actor is None or actor.sector is None else actor.sector
    iso3 = "" if codes is None else codes.iso3
    return {f"{prefix}Code": iso3 + sector, f"{prefix}Name": "" if actor is None else actor.name,
            f"{prefix}CountryCode": iso3, f"{prefix}Type1Code": sector}


def _geo(place: Place | None) -> dict[str, Any]:
    empty = dict.fromkeys(("ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
                           "ActionGeo_ADM1Code", "ActionGeo_Lat", "ActionGeo_Long"), "")
    if place is None:
        return empty
    codes = country(place.country)
    fips = "" if codes is None else codes.fips
    if place.lat is not None and place.name != place.admin1:
        kind = _CITY
    elif place.admin1:
        kind = _REGION
    else:
        kind = _COUNTRY
    names = [place.name, place.admin1, None if codes is None else codes.name]
    return {**empty, "ActionGeo_Type": kind,
            "ActionGeo_FullName": ", ".join(dict.fromkeys(n for n in names if n)),
            "ActionGeo_CountryCode": fips, "ActionGeo_ADM1Code": fips,
            "ActionGeo_Lat": "" if place.lat is None else place.lat,
            "ActionGeo_Long": "" if place.lon is None else place.lon}


def _dates(day: date | None) -> dict[str, Any]:
    if day is None:
        return {"SQLDATE": "", "MonthYear": "", "Year": "", "FractionDate": ""}
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365
    return {"SQLDATE": day.strftime("%Y%m%d"), "MonthYear": day.strftime("%Y%m"),
            "Year": day.year, "FractionDate": f"{fraction:.4f}"}


def _day(mention: EventMention) -> date | None:
    if mention.date:
        try:
            return date.fromisoformat(mention.date[:10])
        except ValueError:
            pass
    moment = mention.document.published_at
    return None if moment is None else moment.date()


def _key(m: EventMention) -> tuple[Any, ...]:
    return (m.type, m.mode, None if m.source is None else actor_key(m.source),
            None if m.target is None else actor_key(m.target), m.status, _day(m), m.cameo_root,
            None if m.location is None else m.location.name)


def _quad_class(root: str | None) -> int | str:
    for quad, roots in model_names().rules.gdelt_quad_classes.items():
        if root in roots:
            return int(quad)
    return ""


def _event_code(type_: str, mode: str | None, root: str | None) -> str:
    """The CAMEO event code of a PLOVER type and mode under ``root`` ("" without a root)."""
    if root is None:
        return ""
    code = model_names().rules.cameo_codes.get(type_, {}).get(mode or "")
    return code if code is not None and code.startswith(root) else root + "0"


def _row(mentions: list[EventMention]) -> dict[str, Any]:
    first = mentions[0]
    root = first.cameo_root
    code = _event_code(first.type, first.mode, root)
    key = "\x1f".join(map(str, _key(first)))
    moment = first.document.published_at
    return {
        "GLOBALEVENTID": int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:12], 16),
        **_dates(_day(first)), **_actor("Actor1", first.source),
        **_actor("Actor2", first.target), "IsRootEvent": 1,
        "EventCode": code, "EventBaseCode": code[:3],
        "EventRootCode": root or "", "QuadClass": _quad_class(root), "GoldsteinScale": "",
        "NumMentions": len(mentions),
        "NumSources": len({m.document.source or m.document.id for m in mentions}),
        "NumArticles": len({m.document.id for m in mentions}), "AvgTone": "",
        **_geo(first.location),
        "DATEADDED": "" if moment is None else moment.strftime("%Y%m%d%H%M%S"),
        "SOURCEURL": first.document.url or first.document.source or first.document.id,
        "sitrep_type": first.type, "sitrep_mode": first.mode or "",
        "sitrep_status": first.status}


def gdelt_rows(documents: Iterable[ResultDocument]) -> list[dict[str, Any]]:
    """The documents' events as GDELT-style rows, one per distinct event."""
    merged: dict[tuple[Any, ...], list[EventMention]] = {}
    for document in documents:
        for mention in document.events:
            merged.setdefault(_key(mention), []).append(mention)
    return [_row(mentions) for mentions in merged.values()]
