"""The tables, as SQLAlchemy Core objects (the current schema; see ``SCHEMA.md``).

The migrations in ``migrations/versions`` create these tables; this module is what the
library reads and writes through. A figure of the ``sitrep/1`` contract becomes four
columns: ``<name>`` (the value; null when vague), ``<name>_qualifier``, ``<name>_start``
and ``<name>_end`` (its characters in the document's ``text``).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB

from ..model import COUNT_ROLES

__all__ = [
    "FIGURE_SUFFIXES",
    "attack_weapons",
    "attacks",
    "casualties",
    "documents",
    "events",
    "extractions",
    "failures",
    "impacts",
    "incident_claims",
    "incidents",
    "metadata",
    "places",
    "quotes",
]

#: Constraint and index names the migrations use too (Alembic needs names to alter them).
NAMING = {"ix": "ix_%(column_0_label)s", "uq": "uq_%(table_name)s_%(column_0_name)s",
          "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
          "pk": "pk_%(table_name)s"}
metadata = MetaData(naming_convention=NAMING)
Json = JSON().with_variant(JSONB(), "postgresql")
Stamp = DateTime(timezone=True)
#: The columns one figure becomes, after its name.
FIGURE_SUFFIXES = ("", "_qualifier", "_start", "_end")


def _figure(name: str) -> list[Column[object]]:
    return [Column(name, Integer), Column(f"{name}_qualifier", String(16)),
            Column(f"{name}_start", Integer), Column(f"{name}_end", Integer)]


def _document_ref() -> Column[int]:
    return Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False, index=True)


def _attack_ref(nullable: bool) -> Column[int]:
    return Column("attack_id", Integer, ForeignKey("attacks.id", ondelete="CASCADE"),
                  nullable=nullable, index=True)


def _span() -> list[Column[object]]:
    return [Column("text", Text), Column("start_char", Integer), Column("end_char", Integer)]


documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("external_id", Text),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text, index=True),
    Column("published", String(40)),
    Column("published_date", Date, index=True),
    Column("language", String(16)),
    Column("origin", Text),
    Column("metadata", Json),
    Column("ingested_at", Stamp, nullable=False),
)

extractions = Table(
    "extractions", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"),
           nullable=False, unique=True),
    Column("extractor_version", String(32), nullable=False, index=True),
    Column("extracted_at", Stamp, nullable=False),
    Column("result", Json, nullable=False),
)

attacks = Table(
    "attacks", metadata,
    Column("id", Integer, primary_key=True),
    _document_ref(),
    Column("attack_key", String(80), nullable=False),
    Column("ordinal", Integer, nullable=False),
    Column("attacker", String(8), index=True),
    Column("target", String(8), index=True),
    Column("day", Date, index=True),
    Column("period_start", String(40)),
    Column("period_end", String(40)),
    Column("period_kind", String(40)),
    Column("period_resolved", Boolean, nullable=False),
    Column("period_text", Text),
    Column("period_start_char", Integer),
    Column("period_end_char", Integer),
    Column("reported_by", Text),
    Column("reported_by_country", String(8)),
    Column("reported_by_start", Integer),
    Column("reported_by_end", Integer),
    *_figure("hit_locations"),
    *_figure("debris_locations"),
    Column("conflicts", Integer, nullable=False),
)

attack_weapons = Table(
    "attack_weapons", metadata,
    Column("id", Integer, primary_key=True),
    _attack_ref(nullable=False),
    _document_ref(),
    Column("ordinal", Integer, nullable=False),
    Column("row_kind", String(8), nullable=False),  # weapon | total
    Column("category", String(32), index=True),
    Column("model", String(64), index=True),
    Column("mention_start", Integer),
    Column("mention_end", Integer),
    *[column for role in COUNT_ROLES for column in _figure(role)],
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True),
    _document_ref(),
    _attack_ref(nullable=True),
    Column("ordinal", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("role", String(24)),
    *_span(),
    Column("country", String(8)),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    _document_ref(),
    Column("ordinal", Integer, nullable=False),
    Column("kind", String(16)),
    *_span(),
    Column("speaker", Text),
    Column("speaker_text", Text),
    Column("speaker_actor_id", Text),
    Column("speaker_country", String(8)),
    Column("speaker_sector", String(16)),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("channel", Text),
    Column("cue", Text),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    _document_ref(),
    Column("ordinal", Integer, nullable=False),
    Column("type", String(24), index=True),
    Column("mode", String(40)),
    Column("status", String(16)),
    Column("date", Date),
    Column("cameo_root", String(4)),
    Column("source_actor", Text),
    Column("source_actor_id", Text),
    Column("source_country", String(8)),
    Column("target_actor", Text),
    Column("target_actor_id", Text),
    Column("target_country", String(8)),
    Column("location", Text),
    Column("location_admin1", Text),
    *_span(),
    Column("cue", Text),
)

casualties = Table(
    "casualties", metadata,
    Column("id", Integer, primary_key=True),
    _document_ref(),
    _attack_ref(nullable=True),
    Column("ordinal", Integer, nullable=False),
    Column("scope", String(24)),
    *_figure("killed"),
    *_figure("injured"),
    *_figure("missing"),
    Column("who", Text),
    Column("place", Text),
    Column("place_admin1", Text),
    *_span(),
)

impacts = Table(
    "impacts", metadata,
    Column("id", Integer, primary_key=True),
    _document_ref(),
    Column("ordinal", Integer, nullable=False),
    Column("kind", String(32), index=True),
    *_figure("count"),
    Column("unit", String(32)),
    Column("duration", Text),
    Column("place", Text),
    Column("place_admin1", Text),
    *_span(),
)

incidents = Table(
    "incidents", metadata,
    Column("id", Integer, primary_key=True),
    Column("incident_key", String(120), nullable=False, unique=True),
    Column("kind", String(24), nullable=False),
    Column("attacker", String(8), index=True),
    Column("target", String(8), index=True),
    Column("day", Date, index=True),
    Column("period_start", String(40)),
    Column("period_end", String(40)),
    Column("summary", Json),
    Column("created_at", Stamp, nullable=False),
)

incident_claims = Table(
    "incident_claims", metadata,
    Column("id", Integer, primary_key=True),
    Column("incident_id", Integer, ForeignKey("incidents.id", ondelete="CASCADE"),
           nullable=False, index=True),
    _document_ref(),
    Column("attack_key", String(80)),
    Column("field", String(64)),
    Column("category", String(32)),
    Column("model", String(64)),
    Column("value", Integer),
    Column("qualifier", String(16)),
    Column("reported_by", Text),
    Column("start_char", Integer),
    Column("end_char", Integer),
    Column("data", Json),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True),
    Column("origin", Text, nullable=False),
    Column("item", Text, nullable=False),
    Column("error", Text, nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("first_failed_at", Stamp, nullable=False),
    Column("last_tried_at", Stamp, nullable=False),
    Column("resolved", Boolean, nullable=False, index=True),
    Column("resolved_at", Stamp),
    UniqueConstraint("origin", "item", name="uq_failures_origin_item"),
)
