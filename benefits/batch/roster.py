"""Clinic rosters: a CSV of the clinic's clinicians, the networks they accept, and rates.

Columns: npi, name, networks (separated by ";"), and optional rate columns named by code
(e.g. 90837). Every row is checked first; one bad cell rejects the whole file, so a roster
is never half loaded.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from benefits.coding.sessions import PSYCHOTHERAPY_CODES
from benefits.money import MoneyError, parse_money
from benefits.npi import valid_npi

REQUIRED = ("npi", "name", "networks")


@dataclass(frozen=True)
class RosterProblem:
    row: int  # 1 is the header line
    column: str
    code: str  # "missing_column", "bad_npi", "required", "bad_money", "unknown_network", ...
    value: str = ""


@dataclass(frozen=True)
class RosterLine:
    npi: str
    name: str
    networks: tuple[str, ...]
    rates: tuple[tuple[str, Decimal], ...]


def _rate_columns(header: list[str]) -> list[str]:
    return [column for column in header if column not in REQUIRED and column]


def _line(number: int, row: dict[str, str], rate_columns: list[str],
          known: set[str] | None, problems: list[RosterProblem]) -> RosterLine | None:
    npi, name = (row.get("npi") or "").strip(), (row.get("name") or "").strip()
    networks = tuple(n.strip() for n in (row.get("networks") or "").split(";") if n.strip())
    found = len(problems)
    if not valid_npi(npi):
        problems.append(RosterProblem(number, "npi", "bad_npi", npi))
    if not name:
        problems.append(RosterProblem(number, "name", "required"))
    if not networks:
        problems.append(RosterProblem(number, "networks", "required"))
    for network in networks:
        if known is not None and network not in known:
            problems.append(RosterProblem(number, "networks", "unknown_network", network))
    rates = []
    for column in rate_columns:
        text = (row.get(column) or "").strip()
        if text:
            try:
                rates.append((column, parse_money(text)))
            except MoneyError:
                problems.append(RosterProblem(number, column, "bad_money", text))
    return RosterLine(npi, name, networks, tuple(rates)) if len(problems) == found else None


def read_roster(text: str, known_networks: set[str] | None = None
                ) -> tuple[list[RosterLine], list[RosterProblem]]:
    """Every line, or every problem with its row and column (then no lines)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    problems = [RosterProblem(1, column, "missing_column") for column in REQUIRED
                if column not in header]
    rate_columns = _rate_columns(header)
    problems += [RosterProblem(1, column, "unknown_code", column) for column in rate_columns
                 if column.upper() not in PSYCHOTHERAPY_CODES]
    if problems:
        return [], problems
    lines = [_line(number, row, rate_columns, known_networks, problems)
             for number, row in enumerate(reader, start=2)]
    if not lines:
        problems.append(RosterProblem(2, "npi", "empty"))
    return ([line for line in lines if line] if not problems else []), problems
