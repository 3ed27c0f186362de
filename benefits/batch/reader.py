"""Read a day's appointments: check the header, then every row, keeping rows that can run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from benefits.batch.columns import COLUMNS, PLAN_COLUMNS, column_for, normalize
from benefits.batch.decode import MAX_ROWS, BatchFileError, records
from benefits.batch.model import Appointment, Batch, PlanFile, RowProblem
from benefits.batch.plan import row_plan
from benefits.batch.row import MAX_LABEL, Row
from benefits.estimate.request import read_estimate_request
from benefits.fields import FieldError, InvalidInput

# Checking a row's plan numbers does not need the real price; this one is always valid.
PLACEHOLDER_PRICE = "100.00"


def _header_problems(header: list[str]) -> list[RowProblem]:
    have = set(header)
    problems = [RowProblem(1, name, "duplicate_column")
                for name in sorted(have) if name and header.count(name) > 1]
    if "patient" not in have:
        problems.append(RowProblem(1, "patient", "missing_column"))
    if "code" not in have and not {"minutes", "kind"} <= have:
        problems.append(RowProblem(1, "code", "missing_code_columns"))
    if "allowed_amount" not in have and not {"npi", "network_name"} <= have:
        problems.append(RowProblem(1, "allowed_amount", "missing_price_columns"))
    if "file_271" not in have and not ("deductible" in have and have & {"copay", "coinsurance"}):
        problems.append(RowProblem(1, "deductible", "missing_plan_columns"))
    return problems


# The estimator's "not stated" codes, in the words the batch already uses for its columns.
_UNKNOWN_AS = {"deductible_unknown": "required", "cost_share_unknown": "cost_share_required"}


def domain_problems(row: int, errors: Iterable[FieldError],
                    plan_file: str | None = None) -> list[RowProblem]:
    """The estimator's field errors as row problems, one per column and kind of problem."""
    problems: list[RowProblem] = []
    for error in errors:
        column = column_for(error.path)
        code = _UNKNOWN_AS.get(error.code, error.code)
        if plan_file and code == "required" and column not in ("", "file_271"):
            code = "missing_from_271"
        elif plan_file and code == "cost_share_required":
            code = "cost_share_missing_from_271"
        problem = RowProblem(row, column, code, {**error.params, "file": plan_file or ""})
        if all((p.column, p.code) != (column, code) for p in problems):
            problems.append(problem)
    return problems


def _check_plan(row: Row, request: Mapping[str, Any], today: dt.date,
                plan_file: str | None) -> None:
    """Run the estimator's own checks on the row's numbers, even if the price is not known."""
    service = request["service"]
    if not service or "allowed_amount" not in service:
        service = {"code": (service or {}).get("code"), "allowed_amount": PLACEHOLDER_PRICE}
    try:
        read_estimate_request({**request, "service": service}, today)
    except InvalidInput as invalid:
        known = {(p.column, p.code) for p in row.problems}
        if row.text("file_271") and plan_file is None:  # the file is the problem, say only that
            known |= {(column, "required") for column in PLAN_COLUMNS}
            known.add(("copay", "cost_share_required"))
        if any(p.column in ("copay", "coinsurance") for p in row.problems):
            known.add(("copay", "cost_share_required"))  # the typed one is wrong, not missing
        row.problems += [p for p in domain_problems(row.number, invalid.errors, plan_file)
                         if (p.column, p.code) not in known]


def read_row(number: int, cells: Mapping[str, str], files: Mapping[str, PlanFile],
             today: dt.date) -> tuple[Appointment | None, list[RowProblem]]:
    """One row as an appointment ready to estimate, or every problem found in it."""
    row = Row(number, cells)
    patient, date, codes = row.patient(), row.date(today), row.codes()
    network, service = row.network(), row.service(codes)
    plan_file = row.plan_file(files)
    plan = row_plan(row, network, plan_file)
    request = {"service": service, "network": network, "plan": plan,
               "sessions": {"count": 1, "every_days": 7,
                            "first_date": (date or today).isoformat()}}
    name = plan_file.name if plan_file else None
    _check_plan(row, request, today, name)
    if row.problems or codes is None or date is None or service is None:
        return None, row.problems
    return Appointment(number, patient, date, codes, request, name), []


def read_batch(text: str, files: Mapping[str, PlanFile], today: dt.date) -> Batch:
    """Every appointment that can be estimated, and every problem by row and column.

    `files` maps lower-case 271 file names to what the caller read from them. Rows are
    numbered as a spreadsheet shows them: the header is row 1.
    """
    batch = Batch()
    try:
        lines = list(records(text))
    except BatchFileError as error:
        batch.file_problems.append(RowProblem(0, "", error.code, error.params))
        return batch
    header = [normalize(name) for name in (lines[0] if lines else [])]
    batch.file_problems += _header_problems(header)
    batch.notices += [RowProblem(1, name, "unknown_column") for name in header
                      if name and name not in COLUMNS]
    rows = [(number, line) for number, line in enumerate(lines[1:], start=2)
            if any(cell.strip() for cell in line)]
    if not rows and not batch.file_problems:
        batch.file_problems.append(RowProblem(0, "", "no_rows"))
    if len(rows) > MAX_ROWS:
        batch.file_problems.append(RowProblem(0, "", "too_many_rows", {"max": MAX_ROWS}))
    if batch.file_problems:
        return batch
    batch.rows = len(rows)
    for number, line in rows:
        cells = dict(zip(header, line, strict=False))
        batch.labels[number] = " ".join((cells.get("patient") or "").split())[:MAX_LABEL]
        appointment, problems = read_row(number, cells, files, today)
        batch.problems += problems
        if appointment is not None:
            batch.appointments.append(appointment)
    return batch
