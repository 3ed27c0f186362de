"""Provider groups: price-file rates point at a group of NPIs instead of one row per NPI.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

Rows loaded before this revision keep their per-NPI form and are still read; nothing moves.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "provider_group",
        sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=False),
        sa.Column("network_id", sa.Integer(),
                  sa.ForeignKey("network.id", ondelete="CASCADE"), nullable=False),
        sa.Column("tin", sa.String(20)),
        sa.Column("business_name", sa.String(200)),
    )
    op.create_index("ix_provider_group_network_id", "provider_group", ["network_id"])
    op.create_table(
        "provider_group_npi",
        sa.Column("npi", sa.String(10), primary_key=True),
        sa.Column("group_id", sa.BigInteger(), primary_key=True),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("negotiated_rate") as batch:
        batch.add_column(sa.Column("group_id", sa.BigInteger(), nullable=True))
        batch.create_foreign_key("fk_negotiated_rate_group_id", "provider_group",
                                 ["group_id"], ["id"], ondelete="CASCADE")
        batch.create_index("ix_negotiated_rate_group_id", ["group_id"])


def downgrade() -> None:
    with op.batch_alter_table("negotiated_rate") as batch:
        batch.drop_index("ix_negotiated_rate_group_id")
        batch.drop_constraint("fk_negotiated_rate_group_id", type_="foreignkey")
        batch.drop_column("group_id")
    op.drop_table("provider_group_npi")
    op.drop_table("provider_group")
