"""Run a batch: read the 271 files, price each row, estimate it, and word the answers.

Nothing here is kept after the response: the file, the 271s and the answers live only in
this request's memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from flask_babel import gettext
from werkzeug.datastructures import FileStorage

from benefits.batch import Appointment, Batch, PlanFile, RowProblem, domain_problems, why_notes
from benefits.estimate.engine import Projection, SessionCost
from benefits.fields import FieldError, InvalidInput
from benefits.summary.model import estimate_plan
from navigator.core.estimates import run_estimate
from navigator.core.rates.pricing import negotiated_price
from navigator.core.spreadsheet import csv_table
from navigator.core.wording import wording
from navigator.core.x12 import read_x12, x12_error_text
from navigator.core.x12_plan import estimate_refusal
from navigator.features.batch.text import problem_text

OUTPUT_COLUMNS = ("row", "patient", "date", "codes", "allowed_amount", "collect_today",
                  "plan_pays", "why", "problems")


@dataclass(frozen=True)
class Line:
    """One appointment's answer."""

    appointment: Appointment
    projection: Projection
    price: dict[str, Any] | None  # the negotiated rate used, when the row named a network
    why: list[str]

    @property
    def session(self) -> SessionCost:
        return self.projection.sessions[0]


@dataclass
class BatchResult:
    lines: list[Line] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    notices: list[RowProblem] = field(default_factory=list)
    rows: int = 0
    labels: dict[int, str] = field(default_factory=dict)

    @property
    def collect_total(self) -> Decimal:
        return sum((line.session.patient_pays for line in self.lines), Decimal("0.00"))

    @property
    def rows_with_problems(self) -> int:
        return len({problem.row for problem in self.problems})


def file_name(upload: FileStorage) -> str:
    """The name without any folder a browser may send with it."""
    return (upload.filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()


def read_plan_files(uploads: Iterable[FileStorage]) -> dict[str, PlanFile]:
    """Each uploaded 271, read the way the benefits check reads one, by lower-case name."""
    files: dict[str, PlanFile] = {}
    for upload in uploads:
        name = file_name(upload)
        if not name:
            continue
        outcome = read_x12(upload.read())
        if outcome.error is not None:
            found = PlanFile(name, None, error=x12_error_text(outcome.error,
                                                              outcome.result.acknowledgement))
        elif outcome.summary is None:
            found = PlanFile(name, None, error=gettext("There is no 271 transaction in it."))
        elif outcome.summary.rejections:
            found = PlanFile(name, None, error=estimate_refusal(outcome.summary) or "")
        else:
            found = PlanFile(name, estimate_plan(outcome.summary), outcome.summary.active)
        files[name.lower()] = found
    return files


class _Prices:
    """Negotiated rates for the rows that name a therapist and network, looked up once each."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str, str, str, dt.date], dict[str, Any]] = {}

    def one(self, service: dict[str, Any], code: str, billed: str | None,
            on: dt.date) -> dict[str, Any]:
        key = (service["npi"], service["network"], code, billed or "", on)
        if key not in self.seen:
            # The rate must hold on the appointment's date, not only today's.
            found = negotiated_price({**service, "code": code, "billed_amount": billed}, on)
            # Never None here: a row priced by network names an NPI and gives no price.
            if found is None:
                raise InvalidInput([FieldError("service.npi", "no_negotiated_rate",
                                               {"service_code": code})])
            self.seen[key] = found
        return self.seen[key]

    def price(self, appointment: Appointment) -> dict[str, Any]:
        """The rate for the whole appointment: each code's rate times its units."""
        service = appointment.request["service"]
        on = dt.date.fromisoformat(appointment.request["sessions"]["first_date"])
        if len(appointment.codes) == 1:
            return self.one(service, appointment.codes[0].code, service.get("billed_amount"),
                            on)
        try:
            lines = [(self.one(service, line.code, None, on), line.units)
                     for line in appointment.codes]
        except InvalidInput as invalid:
            # A percent of one billed amount cannot be split between the codes.
            if any(e.code == "percentage_needs_billed" for e in invalid.errors):
                raise InvalidInput([FieldError("service.npi", "multi_code_percentage")]
                                   ) from invalid
            raise
        total = sum((rate["amount"] * units for rate, units in lines), Decimal("0.00"))
        return {**lines[0][0], "amount": total}


def _line(appointment: Appointment, prices: _Prices, today: dt.date) -> Line:
    body, price = appointment.request, None
    if appointment.priced_by_network:
        price = prices.price(appointment)
        service = {key: value for key, value in body["service"].items()
                   if key not in ("npi", "network")}
        body = {**body, "service": {**service, "allowed_amount": str(price["amount"])}}
    projection = run_estimate(body, today).projection
    why = wording().sentences(why_notes(projection.sessions[0], projection))
    return Line(appointment, projection, price, why)


def run_batch(batch: Batch, today: dt.date) -> BatchResult:
    """Estimate every appointment; a row the estimator rejects joins the problems."""
    result = BatchResult(problems=list(batch.problems), notices=batch.notices, rows=batch.rows,
                         labels=batch.labels)
    prices = _Prices()
    for appointment in batch.appointments:
        try:
            result.lines.append(_line(appointment, prices, today))
        except InvalidInput as invalid:
            result.problems += domain_problems(appointment.row, invalid.errors,
                                               appointment.plan_file)
    result.problems.sort(key=lambda problem: problem.row)
    return result


def codes_text(appointment: Appointment) -> str:
    return " + ".join(line.code if line.units == 1 else f"{line.code} x{line.units}"
                      for line in appointment.codes)


def result_csv(result: BatchResult) -> str:
    """Every row in file order: the answer, or what to fix. Every cell is neutralised for
    spreadsheets (navigator.core.spreadsheet), not only the patient label."""
    rows: dict[int, dict[str, str]] = {}
    for line in result.lines:
        a, cost = line.appointment, line.session
        rows[a.row] = {"row": str(a.row), "patient": a.patient,
                       "date": a.date.isoformat(), "codes": codes_text(a),
                       "allowed_amount": str(cost.allowed_amount),
                       "collect_today": str(cost.patient_pays), "plan_pays": str(cost.plan_pays),
                       "why": " ".join(line.why), "problems": ""}
    for problem in result.problems:
        label = result.labels.get(problem.row, "")
        row = rows.setdefault(problem.row, {"row": str(problem.row), "patient": label,
                                            "problems": ""})
        row["problems"] = f"{row['problems']} {problem_text(problem)}".strip()
    return csv_table(OUTPUT_COLUMNS, (rows[number] for number in sorted(rows)))
