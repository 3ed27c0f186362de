"""Command-line tools: `flask --app navigator db upgrade`, `seed`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click
from alembic import command
from alembic.config import Config
from flask import Flask, current_app
from flask.cli import with_appcontext

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

# Later features register data loaders here; each must be safe to run again.
SEEDERS: list[tuple[str, Callable[[], str]]] = []


def alembic_config(connection) -> Config:  # noqa: ANN001 (SQLAlchemy Connection)
    """An Alembic config that runs over an open connection (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade_database(engine, revision: str = "head") -> None:  # noqa: ANN001
    """Apply migrations up to `revision` in one transaction."""
    with engine.begin() as connection:
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
    with current_app.extensions["navigator.engine"].begin() as connection:
        command.downgrade(alembic_config(connection), revision)
    click.echo(f"Database is at {revision}.")


@click.command("seed")
@with_appcontext
def seed_command() -> None:
    """Load the reference data later features need (safe to run again)."""
    if not SEEDERS:
        click.echo("Nothing to seed: the glossary is read from glossary/data.")
    for name, seeder in SEEDERS:
        click.echo(f"Seeding {name}: {seeder()}")


@click.command("explain-271")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("--lang", type=click.Choice(["en", "es"]), default="en", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the normalized JSON instead.")
@with_appcontext
def explain_271_command(path: str, lang: str, as_json: bool) -> None:
    """Explain a 271 eligibility response in plain words (for front desks)."""
    from navigator.x12_explain import explain_lines, read_file

    data = read_file(path)
    code, lines = explain_lines(data, lang, as_json)
    click.echo("\n".join(lines))
    if code:
        raise SystemExit(code)


@click.command("import-roster")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@with_appcontext
def import_roster_command(path: str) -> None:
    """Load a clinic roster CSV (npi, name, networks, rate columns by code)."""
    from navigator.network.roster_load import import_roster

    code, lines = import_roster(path)
    click.echo("\n".join(lines))
    if code:
        raise SystemExit(code)


@click.command("sync-plannet")
@click.argument("base_url")
@click.option("--network", "network", required=True, help="The network's name.")
@with_appcontext
def sync_plannet_command(base_url: str, network: str) -> None:
    """Load a network's practitioners from a FHIR Plan-Net directory."""
    from navigator.clients.plannet import DirectoryError, PlanNetClient
    from navigator.network.directory import sync_directory

    with PlanNetClient(base_url) as client:
        try:
            name, count = sync_directory(current_app.extensions["navigator.engine"], client,
                                         base_url, network)
        except LookupError as error:
            message = f"No network named {network!r} in {base_url}. Found: {error}"
            raise click.ClickException(message) from error
        except DirectoryError as error:
            raise click.ClickException(str(error)) from error
    click.echo(f"Loaded {count} practitioners in {name} from {base_url}.")



@click.command("ingest-tic")
@click.argument("source")
@click.option("--network", default=None, help="Network name (default: the file's plan).")
@click.option("--codes", default=None,
              help='A file of billing codes to keep, one per line, or "all".')
@with_appcontext
def ingest_tic_command(source: str, network: str | None, codes: str | None) -> None:
    """Load a price-transparency in-network file (path, .gz or https URL)."""
    import requests

    from benefits.tic import TicError
    from navigator.network.ingest import ingest

    try:
        name, count, stats, seconds = ingest(current_app.extensions["navigator.engine"],
                                             source, network, codes)
    except (TicError, OSError, requests.RequestException) as error:
        raise click.ClickException(f"Nothing changed: {error}") from error
    click.echo(f"Loaded {count:,} rate rows into {name!r}: {stats.items_kept:,} of "
               f"{stats.items_seen:,} items kept, {stats.bytes_read / 1e6:,.1f} MB "
               f"in {seconds:,.1f} s.")



@click.command("tic-index")
@click.argument("source")
def tic_index_command(source: str) -> None:
    """List the plans in a price-transparency table-of-contents file and their rate files."""
    import requests

    from benefits.tic import TicError, read_table_of_contents
    from navigator.network.ingest import open_any

    try:
        with open_any(source) as (stream, _size):
            plans = read_table_of_contents(stream)
    except (TicError, OSError, requests.RequestException) as error:
        raise click.ClickException(str(error)) from error
    for plan in plans:
        click.echo(f"{plan.plan_name or '?'} ({plan.plan_id_type or 'id'} {plan.plan_id or '?'}, "
                   f"{plan.plan_market_type or 'market unknown'})")
        for description, location in plan.in_network_files:
            click.echo(f"    {location}" + (f"  ({description})" if description else ""))
    click.echo(f"{len(plans)} plans. Load a file with: flask --app navigator ingest-tic URL")


def init_app(app: Flask) -> None:
    app.cli.add_command(db_group)
    app.cli.add_command(seed_command)
    app.cli.add_command(explain_271_command)
    app.cli.add_command(import_roster_command)
    app.cli.add_command(sync_plannet_command)
    app.cli.add_command(ingest_tic_command)
    app.cli.add_command(tic_index_command)
