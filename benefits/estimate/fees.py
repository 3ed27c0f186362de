"""Medicare national fee amounts for mental-health codes, from packaged data. Pure Python.

The packaged amounts are for one calendar year (CY2025). An operator can load a newer year's
CMS file (`flask fees load`); the web layer reads that file and hands the schedule in with
`use_fee_schedule`, so this package never reads outside its own data.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib import resources
from types import MappingProxyType
from typing import Any

from benefits.catalog import N_
from benefits.facts import Fact
from benefits.money import CENT
from benefits.sources import Source

STATUSES = frozenset({"A", "R"})


class FeeDataError(ValueError):
    """The fee data file is malformed; the message names the field or code."""


@dataclass(frozen=True, slots=True)
class Fee:
    code: str
    non_facility: Decimal
    facility: Decimal
    status: str


@dataclass(frozen=True, slots=True)
class FeeSchedule:
    year: int
    conversion_factor: Decimal
    release: str
    source: str
    source_url: str
    fees: Mapping[str, Fee]


def _decimal(value: Any, where: str) -> Decimal:
    # The data convention is string amounts; a bare JSON number means someone hand-edited
    # the file, so ask for the string form rather than guess what was meant.
    if not isinstance(value, str):
        raise FeeDataError(f"{where}: expected a string amount, got {value!r}")
    try:
        return Decimal(value)
    except InvalidOperation:
        raise FeeDataError(f"{where}: {value!r} is not a number") from None


def _money(value: Any, where: str) -> Decimal:
    amount = _decimal(value, where)
    if amount < 0 or amount != amount.quantize(CENT):
        raise FeeDataError(f"{where}: {value!r} is not a whole number of cents")
    return amount


def _fee(code: str, row: Mapping[str, Any]) -> Fee:
    try:
        status = row["status"]
        non_facility = _money(row["non_facility"], f"{code}.non_facility")
        facility = _money(row["facility"], f"{code}.facility")
    except KeyError as missing:
        raise FeeDataError(f"{code}: missing {missing}") from None
    if status not in STATUSES:
        raise FeeDataError(f"{code}: unknown status {status!r}")
    return Fee(code=code, non_facility=non_facility, facility=facility, status=status)


def load_fee_schedule(text: str) -> FeeSchedule:
    """Parse fee-schedule JSON text (amounts as strings) into a FeeSchedule."""
    data = json.loads(text, parse_float=Decimal)
    try:
        fees = {code: _fee(code, row) for code, row in data["fees"].items()}
        return FeeSchedule(
            year=int(data["year"]),
            conversion_factor=_decimal(data["conversion_factor"], "conversion_factor"),
            release=data["release"],
            source=data["source"],
            source_url=data["source_url"],
            fees=MappingProxyType(fees),
        )
    except KeyError as missing:
        raise FeeDataError(f"fee schedule: missing {missing}") from None


def fee_data_text() -> str:
    """The packaged Medicare fee JSON, as text."""
    path = resources.files("benefits") / "data" / "medicare_fees.json"
    return path.read_text(encoding="utf-8")


@functools.cache
def packaged_fee_schedule() -> FeeSchedule:
    """The packaged CY2025 Medicare national fee schedule for mental-health codes."""
    return load_fee_schedule(fee_data_text())


# The schedule an operator loaded, set by the web layer for each request; None means the
# packaged one. A context variable keeps one request's choice out of another thread's.
_ACTIVE: ContextVar[FeeSchedule | None] = ContextVar("medicare_fee_schedule", default=None)


def use_fee_schedule(schedule: FeeSchedule | None) -> None:
    """Use `schedule` for the rest of this context (None: back to the packaged one)."""
    _ACTIVE.set(schedule)


def medicare_fee_schedule() -> FeeSchedule:
    """The schedule in use: the operator's, when the web layer gave one, else the packaged."""
    active = _ACTIVE.get()
    return packaged_fee_schedule() if active is None else active


def fee_schedule_fact(schedule: FeeSchedule) -> Fact:
    """The schedule as a dated figure: its amounts hold for its calendar year only."""
    return Fact("medicare_fee_schedule", schedule.year, dt.date(schedule.year, 1, 1),
                dt.date(schedule.year, 12, 31), Source(schedule.source, schedule.source_url),
                N_("The year of the Medicare national prices used when the plan's price is "
                   "not known"))


def medicare_fee(code: str) -> Fee | None:
    """The Medicare national fee for a code, or None if the site does not list it."""
    return medicare_fee_schedule().fees.get(code.strip().upper())
