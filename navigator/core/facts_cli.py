"""Keeping dated figures current: `flask --app navigator facts --expiring DAYS` lists what needs
a new value, and `flask --app navigator fees load PATH --year YYYY` loads a year's Medicare
amounts from CMS's national RVU file (PPRRVU CSV, in the RVUxxA-D zip on
https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files).
"""

from __future__ import annotations

import datetime as dt

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from benefits.estimate.fees import fee_schedule_fact
from benefits.estimate.rvu_file import read_rvu_file
from benefits.facts import FACTS, Fact, expiring, latest
from navigator.core.fee_schedule import active_schedule, write_schedule


def _when(fact: Fact, day: dt.date) -> str:
    if fact.end is None:
        return "no end date"
    left = (fact.end - day).days
    if left < 0:
        return f"EXPIRED {fact.end} ({-left} days ago)"
    return f"ends {fact.end} (in {left} days)"


def fact_line(fact: Fact, day: dt.date) -> str:
    """One figure for an operator: id, value, period end and source."""
    return (f"{fact.id}: {fact.value} (from {fact.start}; {_when(fact, day)}). "
            f"Source: {fact.source.name} <{fact.source.url}>")


@click.command("facts")
@click.option("--expiring", "days", type=click.IntRange(min=0), default=None,
              help="Only figures whose period ends within DAYS days, or has ended.")
@click.option("--on", "day", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Count from this date (YYYY-MM-DD) instead of today.")
@with_appcontext
def facts_command(days: int | None, day: dt.datetime | None) -> None:
    """List the dated figures the site uses, with their periods and sources."""
    today = day.date() if day else dt.date.today()
    registry = (*FACTS, fee_schedule_fact(active_schedule(current_app)))
    chosen = latest(registry) if days is None else expiring(today, days, registry)
    for fact in chosen:
        click.echo(fact_line(fact, today))
    if not chosen:
        click.echo(f"No figure ends within {days} days of {today}.")


@click.group("fees")
def fees_group() -> None:
    """Medicare national fee amounts for the site's codes."""


@fees_group.command("load")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--year", type=click.IntRange(2000, 2100), required=True,
              help="The calendar year the file is for.")
@with_appcontext
def load_fees_command(path: str, year: int) -> None:
    """Load the amounts from CMS's PPRRVU CSV file for YEAR (nothing is written on a problem).

    Column 2 (the AMA's short descriptors) is never read or stored.
    """
    # Only numbers and codes are read, so a byte that is not UTF-8 in a descriptor is harmless.
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as handle:
        reading = read_rvu_file(handle, year)
    for note in reading.left_out:
        click.echo(note)
    if reading.problems or reading.document is None:
        for problem in reading.problems:
            click.echo(f"line {problem.line}: {problem.message}", err=True)
        raise click.ClickException("Nothing written. Fix the lines above and load again.")
    written = write_schedule(current_app, reading.document)
    click.echo(f"Wrote {len(reading.document['fees'])} codes for {year} to {written}. "
               "New requests use them now.")


def init_app(app: Flask) -> None:
    app.cli.add_command(facts_command)
    app.cli.add_command(fees_group)
