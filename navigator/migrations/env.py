"""Alembic environment: runs against the connection the CLI hands over."""

from __future__ import annotations

from alembic import context

from navigator.core import models  # noqa: F401  (registers the tables on Base.metadata)
from navigator.core.db import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
