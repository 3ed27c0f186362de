"""Importing a roster from a file or an upload, with its problems worded for people."""

from __future__ import annotations

from flask import current_app
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm import Session

from benefits.batch.roster import RosterProblem, read_roster
from navigator.core.models import Network
from navigator.features.network.roster_store import load_roster

PROBLEMS = {
    "missing_column": _l("The file needs a column named %(column)s."),
    "unknown_code": _l("%(value)s is not a session code we know."),
    "bad_npi": _l("%(value)s is not a valid NPI."),
    "required": _l("This cell is empty."),
    "unknown_network": _l("No network named %(value)s has been loaded."),
    "bad_money": _l("%(value)s is not an amount in dollars."),
    "empty": _l("The file has no rows."),
}


def problem_line(problem: RosterProblem) -> str:
    what = str(PROBLEMS[problem.code]) % {"column": problem.column, "value": problem.value}
    return gettext("Row %(row)s, column %(column)s: %(what)s", row=problem.row,
                   column=problem.column, what=what)


def known_networks() -> set[str]:
    engine = current_app.extensions["navigator.engine"]
    with Session(engine) as session:
        return set(session.scalars(select(Network.name).where(Network.loaded_at.is_not(None))))


def import_text(text: str, source: str) -> tuple[int, list[str]]:
    """(exit status, lines to show): nothing is loaded when any row has a problem."""
    lines, problems = read_roster(text, known_networks())
    if problems:
        return 1, [gettext("Nothing was loaded. Fix these problems and try again:")] + [
            problem_line(p) for p in problems]
    count = load_roster(current_app.extensions["navigator.engine"], lines, source)
    return 0, [gettext("Loaded %(count)s clinicians from the roster.", count=count)]


def import_roster(path: str) -> tuple[int, list[str]]:
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        text = handle.read()
    with current_app.test_request_context("/"):  # messages need a locale, so a request
        return import_text(text, f"roster:{path}")
