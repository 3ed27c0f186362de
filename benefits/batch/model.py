"""What reading a batch file gives back: appointments ready to estimate, and problems."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from benefits.coding.sessions import CodeLine


@dataclass(frozen=True, slots=True)
class RowProblem:
    """One problem: the spreadsheet row (the header is row 1), the column, and a stable code."""

    row: int
    column: str
    code: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PlanFile:
    """A 271 uploaded with the batch, already read by the caller.

    `plan` is the estimator's plan object (None when the file could not be used); `error`
    says why, in words the caller chose.
    """

    name: str
    plan: Mapping[str, Any] | None
    active: bool | None = None
    error: str = ""


@dataclass(frozen=True, slots=True)
class Appointment:
    row: int
    patient: str
    date: dt.date
    codes: tuple[CodeLine, ...]
    request: dict[str, Any]  # the body of POST /api/v1/estimate, for one session
    plan_file: str | None = None  # the 271 the plan numbers came from

    @property
    def priced_by_network(self) -> bool:
        """The price comes from the network tables (an NPI and a network name)."""
        return "npi" in self.request["service"]


@dataclass
class Batch:
    appointments: list[Appointment] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)  # rows that cannot be estimated
    file_problems: list[RowProblem] = field(default_factory=list)  # nothing can be read
    notices: list[RowProblem] = field(default_factory=list)  # e.g. columns we do not use
    rows: int = 0  # appointment rows read (blank lines are skipped)
    labels: dict[int, str] = field(default_factory=dict)  # each row's patient, good or bad
