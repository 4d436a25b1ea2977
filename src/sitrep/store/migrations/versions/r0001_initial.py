"""Initial schema: documents, extractions, the query tables, incidents, failures, search.

Revision ID: 0001
Revises:
Create Date: 2025-09-20

A migration is a frozen record of what it did, so it spells its tables out rather than
importing ``sitrep.store.tables`` (which will move on with later revisions).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.sql.schema import SchemaItem

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ROLES = ("launched", "destroyed", "shot_down", "suppressed", "hit", "pending")
JSON = sa.JSON().with_variant(JSONB(), "postgresql")
STAMP = sa.DateTime(timezone=True)


def figure(name: str) -> list[sa.Column[Any]]:
    return [sa.Column(name, sa.Integer), sa.Column(f"{name}_qualifier", sa.String(16)),
            sa.Column(f"{name}_start", sa.Integer), sa.Column(f"{name}_end", sa.Integer)]


def span() -> list[sa.Column[Any]]:
    return [sa.Column("text", sa.Text), sa.Column("start_char", sa.Integer),
            sa.Column("end_char", sa.Integer)]


def key() -> sa.Column[int]:
    return sa.Column("id", sa.Integer, primary_key=True)


def ref(table: str, column: str, target: str, nullable: bool = False) -> sa.Column[int]:
    return sa.Column(column, sa.Integer,
                     sa.ForeignKey(f"{target}.id", ondelete="CASCADE",
                                   name=f"fk_{table}_{column}_{target}"),
                     nullable=nullable)


def table(name: str, *columns: SchemaItem,
          indexed: tuple[str, ...] = ()) -> None:
    op.create_table(name, *columns, sa.PrimaryKeyConstraint("id", name=f"pk_{name}"))
    for column in indexed:
        op.create_index(f"ix_{name}_{column}", name, [column])


def upgrade() -> None:
    table("documents",
          key(),
          sa.Column("content_hash", sa.String(64), nullable=False),
          sa.Column("external_id", sa.Text),
          sa.Column("text", sa.Text, nullable=False),
          sa.Column("title", sa.Text),
          sa.Column("url", sa.Text),
          sa.Column("source", sa.Text),
          sa.Column("published", sa.String(40)),
          sa.Column("published_date", sa.Date),
          sa.Column("language", sa.String(16)),
          sa.Column("origin", sa.Text),
          sa.Column("metadata", JSON),
          sa.Column("ingested_at", STAMP, nullable=False),
          sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
          indexed=("source", "published_date"))
    table("extractions",
          key(),
          ref("extractions", "document_id", "documents"),
          sa.Column("extractor_version", sa.String(32), nullable=False),
          sa.Column("extracted_at", STAMP, nullable=False),
          sa.Column("result", JSON, nullable=False),
          sa.UniqueConstraint("document_id", name="uq_extractions_document_id"),
          indexed=("extractor_version",))
    table("attacks",
          key(),
          ref("attacks", "document_id", "documents"),
          sa.Column("attack_key", sa.String(80), nullable=False),
          sa.Column("ordinal", sa.Integer, nullable=False),
          sa.Column("attacker", sa.String(8)),
          sa.Column("target", sa.String(8)),
          sa.Column("day", sa.Date),
          sa.Column("period_start", sa.String(40)),
          sa.Column("period_end", sa.String(40)),
          sa.Column("period_kind", sa.String(40)),
          sa.Column("period_resolved", sa.Boolean, nullable=False),
          sa.Column("period_text", sa.Text),
          sa.Column("period_start_char", sa.Integer),
          sa.Column("period_end_char", sa.Integer),
          sa.Column("reported_by", sa.Text),
          sa.Column("reported_by_country", sa.String(8)),
          sa.Column("reported_by_start", sa.Integer),
          sa.Column("reported_by_end", sa.Integer),
          *figure("hit_locations"),
          *figure("debris_locations"),
          sa.Column("conflicts", sa.Integer, nullable=False),
          indexed=("document_id", "attacker", "target", "day"))
    table("attack_weapons",
          key(),
          ref("attack_weapons", "attack_id", "attacks"),
          ref("attack_weapons", "document_id", "documents"),
          sa.Column("ordinal", sa.Integer, nullable=False),
          sa.Column("row_kind", sa.String(8), nullable=False),
          sa.Column("category", sa.String(32)),
          sa.Column("model", sa.String(64)),
          sa.Column("mention_start", sa.Integer),
          sa.Column("mention_end", sa.Integer),
          *[column for role in ROLES for column in figure(role)],
          indexed=("attack_id", "document_id", "category", "model"))
    table("places",
          key(),
          ref("places", "document_id", "documents"),
          ref("places", "attack_id", "attacks", nullable=True),
          sa.Column("ordinal", sa.Integer, nullable=False),
          sa.Column("name", sa.Text, nullable=False),
          sa.Column("role", sa.String(24)),
          *span(),
          sa.Column("country", sa.String(8)),
          sa.Column("admin1", sa.Text),
          sa.Column("lat", sa.Float),
          sa.Column("lon", sa.Float),
          sa.Column("geonameid", sa.Integer),
          indexed=("document_id", "attack_id"))
    table("quotes",
          key(),
          ref("quotes", "document_id", "documents"),
          sa.Column("ordinal", sa.Integer, nullable=False),
          sa.Column("kind", sa.String(16)),
          *span(),
          sa.Column("speaker", sa.Text),
          sa.Column("speaker_text", sa.Text),
          sa.Column("speaker_actor_id", sa.Text),
          sa.Column("speaker_country", sa.String(8)),
          sa.Column("speaker_sector", sa.String(16)),
          sa.Column("speaker_start", sa.Integer),
          sa.Column("speaker_end", sa.Integer),
          sa.Column("channel", sa.Text),
          sa.Column("cue", sa.Text),
          indexed=("document_id",))
    table("events",
          key(),
          ref("events", "document_id", "documents"),
          sa.Column("ordinal", sa.Integer, nullable=False),
          sa.Column("type", sa.String(24)),
          sa.Column("mode", sa.String(40)),
          sa.Column("status", sa.String(16)),
          sa.Column("date", sa.Date),
          sa.Column("cameo_root", sa.String(4)),
          sa.Column("source_actor", sa.Text),
          sa.Column("source_actor_id", sa.Text),
          sa.Column("source_country", sa.String(8)),
          sa.Column("target_actor", sa.Text),
          sa.Column("target_actor_id", sa.Text),
          sa.Column("target_country", sa.String(8)),
          sa.Column("location", sa.Text),
          sa.Column("location_admin1", sa.Text),
          *span(),
          sa.Column("cue", sa.Text),
          indexed=("document_id", "type"))
    table("casualties",
          key(),
          ref("casualties", "document_id", "documents"),
          ref("casualties", "attack_id", "attacks", nullable=True),
          sa.Column("ordinal", sa.Integer, nullable=False),
          sa.Column("scope", sa.String(24)),
          *figure("killed"),
          *figure("injured"),
          *figure("missing"),
          sa.Column("who", sa.Text),
          sa.Column("place", sa.Text),
          sa.Column("place_admin1", sa.Text),
          *span(),
          indexed=("document_id", "attack_id"))
    table("impacts",
          key(),
          ref("impacts", "document_id", "documents"),
          sa.Column("ordinal", sa.Integer, nullable=False),
          sa.Column("kind", sa.String(32)),
          *figure("count"),
          sa.Column("unit", sa.String(32)),
          sa.Column("duration", sa.Text),
          sa.Column("place", sa.Text),
          sa.Column("place_admin1", sa.Text),
          *span(),
          indexed=("document_id", "kind"))
    table("incidents",
          key(),
          sa.Column("incident_key", sa.String(120), nullable=False),
          sa.Column("kind", sa.String(24), nullable=False),
          sa.Column("attacker", sa.String(8)),
          sa.Column("target", sa.String(8)),
          sa.Column("day", sa.Date),
          sa.Column("period_start", sa.String(40)),
          sa.Column("period_end", sa.String(40)),
          sa.Column("summary", JSON),
          sa.Column("created_at", STAMP, nullable=False),
          sa.UniqueConstraint("incident_key", name="uq_incidents_incident_key"),
          indexed=("attacker", "target", "day"))
    table("incident_claims",
          key(),
          ref("incident_claims", "incident_id", "incidents"),
          ref("incident_claims", "document_id", "documents"),
          sa.Column("attack_key", sa.String(80)),
          sa.Column("field", sa.String(64)),
          sa.Column("category", sa.String(32)),
          sa.Column("model", sa.String(64)),
          sa.Column("value", sa.Integer),
          sa.Column("qualifier", sa.String(16)),
          sa.Column("reported_by", sa.Text),
          sa.Column("start_char", sa.Integer),
          sa.Column("end_char", sa.Integer),
          sa.Column("data", JSON),
          indexed=("incident_id", "document_id"))
    table("failures",
          key(),
          sa.Column("origin", sa.Text, nullable=False),
          sa.Column("item", sa.Text, nullable=False),
          sa.Column("error", sa.Text, nullable=False),
          sa.Column("attempts", sa.Integer, nullable=False),
          sa.Column("first_failed_at", STAMP, nullable=False),
          sa.Column("last_tried_at", STAMP, nullable=False),
          sa.Column("resolved", sa.Boolean, nullable=False),
          sa.Column("resolved_at", STAMP),
          sa.UniqueConstraint("origin", "item", name="uq_failures_origin_item"),
          indexed=("resolved",))
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_search()
    else:
        _sqlite_search()


_FTS_ADD = ("INSERT INTO documents_fts(rowid, title, text) "
            "VALUES (new.id, new.title, new.text);")


def _sqlite_search() -> None:
    # an external-content FTS5 index over documents(title, text), kept in step by triggers
    # in the writing transaction itself
    op.execute("CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, "
               "content='documents', content_rowid='id', "
               "tokenize='porter unicode61 remove_diacritics 2')")
    op.execute("CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
               f"{_FTS_ADD} END")
    op.execute("CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
               "INSERT INTO documents_fts(documents_fts, rowid, title, text) "
               "VALUES ('delete', old.id, old.title, old.text); END")
    op.execute("CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents "
               "BEGIN INSERT INTO documents_fts(documents_fts, rowid, title, text) "
               f"VALUES ('delete', old.id, old.title, old.text); {_FTS_ADD} END")


def _postgresql_search() -> None:
    # a generated tsvector (the first million characters: a tsvector is capped at 1 MB)
    op.execute("ALTER TABLE documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS "
               "(to_tsvector('english'::regconfig, "
               "left(coalesce(title, '') || ' ' || text, 1000000))) STORED")
    op.execute("CREATE INDEX ix_documents_search_vector ON documents USING gin (search_vector)")


def downgrade() -> None:
    for name in ("failures", "incident_claims", "incidents", "impacts", "casualties", "events",
                 "quotes", "places", "attack_weapons", "attacks", "extractions"):
        op.drop_table(name)
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TABLE documents_fts")
    op.drop_table("documents")
