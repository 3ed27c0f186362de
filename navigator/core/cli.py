"""The database commands: `flask --app navigator db upgrade` (or `downgrade REVISION`)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import click
from alembic import command
from alembic.config import Config
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlalchemy import Connection

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(connection) -> Config:  # noqa: ANN001 (SQLAlchemy Connection)
    """An Alembic config that runs over an open connection (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@contextlib.contextmanager
def _migrating(engine) -> Iterator[Connection]:  # noqa: ANN001
    """A connection in one transaction, with SQLite's foreign keys off while it lasts.

    SQLite changes a table's constraints by copying it and dropping the original; with
    foreign keys on, dropping `network` would first delete every row that points at it
    (they cascade). The switch only works outside a transaction, hence this wrapper.
    """
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                yield connection
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise RuntimeError("a migration left rows pointing at nothing")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def upgrade_database(engine, revision: str = "head") -> None:  # noqa: ANN001
    """Apply migrations up to `revision` in one transaction."""
    with _migrating(engine) as connection:
        command.upgrade(alembic_config(connection), revision)


@click.group("db")
def db_group() -> None:
    """Create or migrate the database."""


@db_group.command("upgrade")
@click.argument("revision", default="head")
@with_appcontext
def upgrade_command(revision: str) -> None:
    """Migrate the database to the newest schema (or REVISION)."""
    upgrade_database(current_app.extensions["navigator.engine"], revision)
    click.echo(f"Database is at {revision}.")


@db_group.command("downgrade")
@click.argument("revision")
@with_appcontext
def downgrade_command(revision: str) -> None:
    """Step the database schema back to REVISION ("base" removes every table)."""
    with _migrating(current_app.extensions["navigator.engine"]) as connection:
        command.downgrade(alembic_config(connection), revision)
    click.echo(f"Database is at {revision}.")


def init_app(app: Flask) -> None:
    from navigator.core import facts_cli

    app.cli.add_command(db_group)
    facts_cli.init_app(app)
