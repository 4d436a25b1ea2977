"""Rows in the layout of the curated "Massive Missile Attacks on Ukraine" table.

One row per incident and table model, with exactly the table's columns in its order
(``rules/export_models.json``), so that notebooks written for ``missile_attacks_daily.csv``
run on sitrep's output. How the incident's chosen figures fill a row:

| column | from |
|---|---|
| ``time_start``, ``time_end`` | the incident's period, wall-clock time as reported (Kyiv), ``YYYY-MM-DD HH:MM`` |
| ``model`` | the table's name of the weapon model(s) (``export_models.json``); counts of one table model are added up ("Kh-101" and "Kh-555" are both "X-101/X-555") |
| ``launched`` | launched |
| ``destroyed`` | shot down when the text gives it apart (the table then puts the rest in ``not_reach_goal``), else destroyed (shot down and suppressed together, the Air Force's usual figure) |
| ``not_reach_goal`` | suppressed / "lost", when given apart from the shoot-downs |
| ``still_attacking`` | pending ("information is being clarified", "still in the air") |
| ``num_hit_location``, ``num_fall_fragment_location`` | the incident's hit and debris location counts, on its first row only (the table puts them on the Shahed row) |
| ``launch_place`` | the incident's launch-site places, joined with " and " |
| ``target`` | the target country's name |
| ``source`` | the URL (else the source name) of each document a figure of the row was taken from |

Only incidents whose target is in ``target_countries`` (Ukraine) are written. A count
without a model ("230 drones") gets the category's name in ``categories``; one that is a
total over a breakdown ("74 missiles" beside "61 Kh-101/Kalibr") is left out
(``umbrellas``), so a night is never counted twice. Totals across weapon types and
aircraft have no row. Columns sitrep does not read (``border_crossing``, ``carrier``,
``turbojet``, …) are empty.
"""  # noqa: E501

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from ..model import WEAPON_CATEGORIES
from ..reconcile import ChosenFigure, Incident
from .countries import country
from .naming import model_names

__all__ = ["kaggle_columns", "kaggle_rows", "table_time"]


def kaggle_columns() -> list[str]:
    return list(model_names().rules.columns)


def table_time(value: str | None) -> str:
    """An ISO 8601 time as the table writes it: ``2026-07-29 18:00`` (or a bare date)."""
    if not value:
        return ""
    if "T" not in value:
        return value
    return datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")


def _value(figure: ChosenFigure | None) -> int | None:
    return None if figure is None else figure.value


def _weapon_counts(incident: Incident) -> dict[tuple[str, str | None], dict[str, ChosenFigure]]:
    """The incident's weapon figures by (category, model), without umbrella totals."""
    weapons: dict[tuple[str, str | None], dict[str, ChosenFigure]] = {}
    for figure in incident.figures:
        key = figure.key
        if key.category in WEAPON_CATEGORIES and figure.value is not None:
            weapons.setdefault((key.category, key.model), {})[key.role] = figure
    umbrellas = model_names().rules.umbrellas
    named = {category for category, model in weapons if model is not None}
    return {(category, model): roles for (category, model), roles in weapons.items()
            if model is not None or not named & set(umbrellas.get(category, [category]))}


def _add(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else a + b


def _cell(value: int | None) -> str:
    return "" if value is None else str(value)


def _sources(figures: Iterable[ChosenFigure]) -> str:
    seen: dict[str, None] = {}
    for figure in figures:
        document = figure.chosen.claim.document
        where = document.url or document.source or document.id
        seen.setdefault(where, None)
    return " ".join(seen)


def _incident_rows(incident: Incident) -> list[dict[str, str]]:
    names = model_names()
    by_name: dict[str, dict[str, int | None]] = {}
    used: dict[str, list[ChosenFigure]] = {}
    for (category, model), roles in _weapon_counts(incident).items():
        parts = names.parts(category, model)
        if parts is None:
            continue
        name = names.name(parts)
        shot_down = _value(roles.get("shot_down"))
        counts = {
            "launched": _value(roles.get("launched")),
            "destroyed": shot_down if shot_down is not None else _value(roles.get("destroyed")),
            "not_reach_goal": _value(roles.get("suppressed"))
            if shot_down is not None or "destroyed" not in roles else None,
            "still_attacking": _value(roles.get("pending")),
        }
        summed = by_name.setdefault(name, {})
        for column, value in counts.items():
            summed[column] = _add(summed.get(column), value)
        used.setdefault(name, []).extend(roles.values())
    target = country(incident.target)
    launch = " and ".join(dict.fromkeys(p.name for p in incident.places
                                        if p.role == "launch_site"))
    out: list[dict[str, str]] = []
    for n, name in enumerate(sorted(by_name, key=names.position)):
        row: dict[str, str] = dict.fromkeys(names.rules.columns, "")
        taken_from = used[name]
        if n == 0:
            for column, role in (("num_hit_location", "hit_locations"),
                                 ("num_fall_fragment_location", "debris_locations")):
                figure = incident.figure("locations", None, role)
                row[column] = _cell(_value(figure))
                if figure is not None:
                    taken_from = [*taken_from, figure]
        row.update({column: _cell(value) for column, value in by_name[name].items()})
        row.update({"time_start": table_time(incident.start), "time_end": table_time(incident.end),
                    "model": name, "launch_place": launch,
                    "target": "" if target is None else target.name,
                    "source": _sources(taken_from)})
        out.append({column: row[column] for column in names.rules.columns})
    return out


def kaggle_rows(incidents: Iterable[Incident]) -> list[dict[str, str]]:
    """The incidents as rows of the curated table (see the module docstring)."""
    targets = set(model_names().rules.target_countries)
    return [row for incident in incidents if incident.target in targets
            for row in _incident_rows(incident)]
