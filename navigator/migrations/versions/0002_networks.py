"""Provider networks, providers, membership and negotiated rates.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "network",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("payer", sa.String(200)),
        sa.Column("source_kind", sa.String(20), nullable=False),
        sa.Column("source", sa.String(500)),
        sa.Column("as_of", sa.String(10)),
        sa.Column("loaded_at", sa.DateTime()),
    )
    op.create_table(
        "provider",
        sa.Column("npi", sa.String(10), primary_key=True),
        sa.Column("name", sa.String(200)),
        sa.Column("tin", sa.String(20)),
        sa.Column("business_name", sa.String(200)),
    )
    op.create_table(
        "network_member",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("network_id", sa.Integer(),
                  sa.ForeignKey("network.id", ondelete="CASCADE"), nullable=False),
        sa.Column("npi", sa.String(10), nullable=False),
        sa.Column("source_kind", sa.String(20), nullable=False),
        sa.UniqueConstraint("network_id", "npi"),
    )
    op.create_index("ix_network_member_npi", "network_member", ["npi"])
    op.create_table(
        "negotiated_rate",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("network_id", sa.Integer(),
                  sa.ForeignKey("network.id", ondelete="CASCADE"), nullable=False),
        sa.Column("billing_code", sa.String(20), nullable=False),
        sa.Column("billing_code_type", sa.String(20), nullable=False),
        sa.Column("modifiers", sa.String(60), nullable=False),
        sa.Column("npi", sa.String(10)),
        sa.Column("tin", sa.String(20)),
        sa.Column("rate", sa.Numeric(12, 2), nullable=False),
        sa.Column("negotiated_type", sa.String(20), nullable=False),
        sa.Column("billing_class", sa.String(20)),
        sa.Column("service_codes", sa.String(200), nullable=False),
        sa.Column("expiration_date", sa.String(10)),
        sa.Column("source_file", sa.String(500)),
    )
    op.create_index("ix_negotiated_rate_npi", "negotiated_rate", ["npi"])
    op.create_index("ix_negotiated_rate_network_code", "negotiated_rate",
                    ["network_id", "billing_code"])


def downgrade() -> None:
    op.drop_table("negotiated_rate")
    op.drop_table("network_member")
    op.drop_table("provider")
    op.drop_table("network")
