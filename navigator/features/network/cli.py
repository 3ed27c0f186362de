"""Loading network data from the command line: price files, Plan-Net directories, rosters."""

from __future__ import annotations

import click
import requests
from flask import Blueprint, current_app

from benefits.tic import TicError, read_table_of_contents
from navigator.core.clients.plannet import DirectoryError, PlanNetClient
from navigator.features.network.directory import sync_directory
from navigator.features.network.ingest import ingest, open_any
from navigator.features.network.load_lock import LoadBusy
from navigator.features.network.remote import ReferenceRules
from navigator.features.network.report import loaded, refused
from navigator.features.network.roster import import_roster
from navigator.features.network.sources import EmptyLoad, source_name

# A blueprint with no pages: it carries this feature's commands to the top-level `flask`.
bp = Blueprint("network_cli", __name__, cli_group=None)


@bp.cli.command("import-roster")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def import_roster_command(path: str) -> None:
    """Load a clinic roster CSV (npi, name, networks, rate columns by code)."""
    code, lines = import_roster(path)
    click.echo("\n".join(lines))
    if code:
        raise SystemExit(code)


ALLOW_EMPTY = click.option(
    "--allow-empty", is_flag=True,
    help="Load it even when it keeps nothing (it may then empty the network).")


@bp.cli.command("sync-plannet")
@click.argument("base_url")
@click.option("--network", "network", required=True, help="The network's name.")
@ALLOW_EMPTY
def sync_plannet_command(base_url: str, network: str, allow_empty: bool) -> None:
    """Load a network's practitioners from a FHIR Plan-Net directory."""
    with PlanNetClient(base_url) as client:
        try:
            name, count = sync_directory(current_app.extensions["navigator.engine"], client,
                                         base_url, network, allow_empty)
        except LookupError as error:
            message = f"No network named {network!r} in {base_url}. Found: {error}"
            raise click.ClickException(message) from error
        except DirectoryError as error:
            raise click.ClickException(str(error)) from error
        except EmptyLoad as empty:
            raise click.ClickException(
                f"Nothing changed: the directory lists nobody in {empty.network!r} now. "
                "Add --allow-empty to load it anyway.") from empty
        except LoadBusy as busy:
            raise click.ClickException(str(busy)) from busy
    click.echo(f"Loaded {count} practitioners in {name} from {source_name(base_url)}.")


@bp.cli.command("ingest-tic")
@click.argument("source")
@click.option("--network", default=None, help="Network name (default: the file's plan).")
@click.option("--codes", default=None,
              help='A file of billing codes to keep, one per line, or "all".')
@ALLOW_EMPTY
def ingest_tic_command(source: str, network: str | None, codes: str | None,
                       allow_empty: bool) -> None:
    """Load a price-transparency in-network file (path, .gz or https URL).

    A network keeps every file loaded into it; loading a file again replaces only it.
    """
    try:
        report = ingest(current_app.extensions["navigator.engine"], source, network, codes,
                        allow_empty=allow_empty,
                        references=ReferenceRules.from_config(current_app.config))
    except EmptyLoad as empty:
        raise click.ClickException(refused(empty, codes)) from empty
    except LoadBusy as busy:
        raise click.ClickException(str(busy)) from busy
    except (TicError, OSError, requests.RequestException) as error:
        message = f"Nothing changed: {error}"
        if "://" in source:  # the error may quote the URL: never its signed query string
            message = message.replace(source, source_name(source))
        raise click.ClickException(message) from error
    click.echo("\n".join(loaded(report)))


@bp.cli.command("tic-index", with_appcontext=False)
@click.argument("source")
def tic_index_command(source: str) -> None:
    """List the plans in a price-transparency table-of-contents file and their rate files."""
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
