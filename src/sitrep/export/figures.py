"""One row per incident figure: the long table behind ``--format parquet``.

Every chosen figure of every incident, with the table's model name, the claim it was
taken from and whether the claims disagree on it — the shape a dataframe wants.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..reconcile import Incident
from .kaggle import table_time
from .naming import model_names

__all__ = ["FIGURE_COLUMNS", "figure_rows"]

FIGURE_COLUMNS = ["incident_id", "attacker", "target", "time_start", "time_end", "category",
                  "model", "table_model", "role", "value", "qualifier", "text", "start_char",
                  "end_char", "document_id", "source", "url", "published", "source_rank",
                  "reason", "claims", "agreeing", "conflict"]


def figure_rows(incidents: Iterable[Incident]) -> list[dict[str, Any]]:
    names = model_names()
    rows: list[dict[str, Any]] = []
    for incident in incidents:
        for figure in incident.figures:
            key, chosen = figure.key, figure.chosen
            parts = names.parts(key.category, key.model) if key.category in \
                names.rules.categories else None
            document = chosen.claim.document
            rows.append({
                "incident_id": incident.id, "attacker": incident.attacker,
                "target": incident.target, "time_start": table_time(incident.start),
                "time_end": table_time(incident.end), "category": key.category,
                "model": key.model, "table_model": None if parts is None else names.name(parts),
                "role": key.role, "value": chosen.figure.value,
                "qualifier": chosen.figure.qualifier, "text": chosen.figure.text,
                "start_char": chosen.figure.start_char, "end_char": chosen.figure.end_char,
                "document_id": document.id, "source": document.source, "url": document.url,
                "published": document.published, "source_rank": chosen.rank.label,
                "reason": figure.reason, "claims": figure.claims, "agreeing": figure.agreeing,
                "conflict": figure.conflict})
    return rows
