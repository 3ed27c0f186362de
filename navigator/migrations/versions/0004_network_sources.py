"""A network holds many sources: one network row per loaded file, and TIN-only groups.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08

A network's name was unique, so loading a payer's second file of one network replaced the
first. Now the name is unique per source. Sources that were stored as a local path or a
signed URL are cut down to the file's base name or the URL without its query string.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# SQLite's unique constraint from 0002 has no name; batch mode names it from this pattern.
_NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def _identity(source: str | None) -> str | None:
    """The base name of a path, or a URL without its query, fragment or password."""
    if not source:
        return source
    prefix = "roster:" if source.startswith("roster:") else ""
    rest = source.removeprefix(prefix)
    if "://" in rest:
        parts = urlsplit(rest)
        return prefix + urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2],
                                    parts.path, "", ""))
    return prefix + rest.replace("\\", "/").rstrip("/").rpartition("/")[2]


def _scrub(table: str, column: str) -> None:
    """Rewrite each distinct stored source once (a price file brings millions of rows)."""
    bind = op.get_bind()
    values = bind.execute(sa.text(f"SELECT DISTINCT {column} FROM {table}")).scalars()
    for value in list(values):
        cleaned = _identity(value)
        if cleaned != value:
            bind.execute(sa.text(f"UPDATE {table} SET {column} = :new WHERE {column} = :old"),
                         {"new": cleaned, "old": value})


def _old_unique_name() -> str:
    return "network_name_key" if op.get_bind().dialect.name == "postgresql" \
        else "uq_network_name"


def upgrade() -> None:
    _scrub("network", "source")
    _scrub("negotiated_rate", "source_file")
    with op.batch_alter_table("network", naming_convention=_NAMING) as batch:
        batch.drop_constraint(_old_unique_name(), type_="unique")
        batch.create_unique_constraint("uq_network_name_source", ["name", "source"])
    with op.batch_alter_table("provider_group") as batch:
        batch.add_column(sa.Column("tin_only", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
        batch.create_index("ix_provider_group_tin", ["tin"])
    _move_rosters()


def _move_rosters() -> None:
    """Roster entries sat in their network's price-file row, so reloading the file took
    them along; they get the network's own roster row (store.py's ROSTER_SOURCE)."""
    op.execute("INSERT INTO network (name, source_kind, source, loaded_at) "
               "SELECT n.name, 'roster', 'clinic roster', max(n.loaded_at) FROM network n "
               "WHERE n.loaded_at IS NOT NULL AND (n.id IN (SELECT network_id FROM "
               "negotiated_rate WHERE negotiated_type = 'roster') OR n.id IN (SELECT "
               "network_id FROM network_member WHERE source_kind = 'roster')) GROUP BY n.name")
    roster_row = ("(SELECT r.id FROM network r JOIN network n ON r.name = n.name "
                  "WHERE n.id = {table}.network_id AND r.source = 'clinic roster')")
    op.execute("UPDATE negotiated_rate SET network_id = "
               + roster_row.format(table="negotiated_rate")
               + " WHERE negotiated_type = 'roster'")
    op.execute("UPDATE network_member SET network_id = "
               + roster_row.format(table="network_member")
               + " WHERE source_kind = 'roster'")


def downgrade() -> None:
    with op.batch_alter_table("provider_group") as batch:
        batch.drop_index("ix_provider_group_tin")
        batch.drop_column("tin_only")
    # One row per network again: keep each network's newest source. Children go first:
    # foreign keys are off while SQLite migrates (see navigator/core/cli.py).
    doomed = "SELECT id FROM network WHERE id NOT IN (SELECT max(id) FROM network GROUP BY name)"
    groups = f"SELECT id FROM provider_group WHERE network_id IN ({doomed})"
    for statement in (f"DELETE FROM negotiated_rate WHERE network_id IN ({doomed})",
                      f"DELETE FROM provider_group_npi WHERE group_id IN ({groups})",
                      f"DELETE FROM provider_group WHERE network_id IN ({doomed})",
                      f"DELETE FROM network_member WHERE network_id IN ({doomed})",
                      f"DELETE FROM network WHERE id IN ({doomed})"):
        op.execute(statement)
    with op.batch_alter_table("network", naming_convention=_NAMING) as batch:
        batch.drop_constraint("uq_network_name_source", type_="unique")
        batch.create_unique_constraint(_old_unique_name(), ["name"])
