"""Read CMS's national relative value file (PPRRVU, CSV) into our fee-schedule data. Pure Python.

The layout is the "PPRRVU" CSV in CMS's yearly RVU zip (RVUxxA-D, from
https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files),
checked against the January 2025 release (PPRRVU25_JAN.csv, RVU25A). A few title lines come
first, then a header spread over four rows whose last row starts "HCPCS,MOD,DESCRIPTION,
CODE,PAYMENT,RVU,...". Data rows follow, one per code and modifier. The columns we read:

    0 HCPCS   1 MOD   3 STATUS CODE   5 WORK RVU   6 NON-FAC PE RVU   8 FACILITY PE RVU
    10 MP RVU   11 NON-FACILITY TOTAL   12 FACILITY TOTAL   24 CONV FACTOR

National amount = total RVU x conversion factor, rounded half up to cents (domain facts
§2.2). Column 2 holds the AMA's short descriptors: it is never read, so no descriptor text
reaches our files. Only the codes the site prices (benefits/coding/sessions.py) are kept,
and only the row without a modifier (the global service).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from benefits.coding.sessions import PSYCHOTHERAPY_CODES
from benefits.estimate.fees import STATUSES
from benefits.money import to_cents

SOURCE_URL = "https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files"
# What the last header row must say at the columns we read: a file in another layout is
# refused rather than read into the wrong columns.
HEADER = {0: "HCPCS", 1: "MOD", 3: "CODE", 5: "RVU", 6: "PE RVU", 8: "PE RVU", 10: "RVU",
          11: "TOTAL", 12: "TOTAL", 24: "FACTOR"}
RVUS = {"work_rvu": 5, "non_facility_pe_rvu": 6, "facility_pe_rvu": 8, "malpractice_rvu": 10}
NON_FACILITY_TOTAL, FACILITY_TOTAL, CONVERSION_FACTOR, STATUS = 11, 12, 24, 3
WIDTH = max(HEADER) + 1
TITLE = re.compile(r"\b(\d{4}) National Physician Fee Schedule Relative Value File\b[^,]*")


@dataclass(frozen=True, slots=True)
class Problem:
    line: int  # 1-based line in the file
    message: str


@dataclass(frozen=True, slots=True)
class RvuReading:
    document: dict[str, Any] | None  # fee-schedule data (as in medicare_fees.json), or None
    problems: tuple[Problem, ...]  # any problem means nothing may be written
    left_out: tuple[str, ...]  # codes the site knows but the file does not price


class _Bad(ValueError):
    pass


def _number(row: list[str], column: int, name: str) -> Decimal:
    text = row[column].strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise _Bad(f"{name} is {text!r}, not a number") from None
    if not value.is_finite() or value < 0:
        raise _Bad(f"{name} is {text!r}, not a number of zero or more")
    return value


def _fee(row: list[str]) -> tuple[dict[str, str], Decimal]:
    """One code's entry and the row's conversion factor; _Bad names what is wrong."""
    if len(row) < WIDTH:
        raise _Bad(f"has {len(row)} columns, expected at least {WIDTH}")
    factor = _number(row, CONVERSION_FACTOR, "the conversion factor")
    if factor == 0:
        raise _Bad("the conversion factor is 0")
    entry = {"status": row[STATUS].strip()}
    entry |= {name: str(_number(row, column, name)) for name, column in RVUS.items()}
    entry["non_facility"] = str(to_cents(
        _number(row, NON_FACILITY_TOTAL, "the non-facility total") * factor))
    entry["facility"] = str(to_cents(_number(row, FACILITY_TOTAL, "the facility total") * factor))
    return entry, factor


def _is_header(row: list[str]) -> bool:
    return len(row) >= WIDTH and all(row[i].strip().upper() == HEADER[i] for i in HEADER)


class _Reader:
    """The state of one reading: the rows kept, the problems and the notes."""

    def __init__(self, year: int, codes: frozenset[str]) -> None:
        self.year, self.codes = year, codes
        self.fees: dict[str, dict[str, str]] = {}
        self.factors: set[Decimal] = set()
        self.problems: list[Problem] = []
        self.notes: list[str] = []
        self.title: str | None = None

    def title_line(self, line: int, row: list[str]) -> None:
        match = TITLE.search(",".join(row))
        if match and self.title is None:
            self.title = match.group(0).strip()
            if int(match.group(1)) != self.year:
                self.problems.append(Problem(line, f"the file is for {match.group(1)}, "
                                                   f"not {self.year}"))

    def data_row(self, line: int, row: list[str]) -> None:
        code = row[0].strip().upper() if row else ""
        if code not in self.codes or (len(row) > 1 and row[1].strip()):
            return  # a code we do not price, or a modifier row (26, TC, 53)
        if code in self.fees:
            self.problems.append(Problem(line, f"{code} appears twice"))
            return
        try:
            entry, factor = _fee(row)
        except _Bad as bad:
            self.problems.append(Problem(line, f"{code}: {bad}"))
            return
        if entry["status"] not in STATUSES:
            self.notes.append(f"line {line}: {code} has status {entry['status']!r}, which "
                              "Medicare does not pay; left out")
            return
        self.fees[code] = entry
        self.factors.add(factor)

    def document(self) -> dict[str, Any] | None:
        if len(self.factors) > 1:
            self.problems.append(Problem(0, "the rows use different conversion factors: "
                                            + ", ".join(sorted(map(str, self.factors)))))
        if self.problems or not self.fees:
            return None
        return {
            "year": self.year, "conversion_factor": str(self.factors.pop()),
            "release": self.title or f"{self.year} PPRRVU file",
            "source": f"CMS {self.year} National Physician Fee Schedule Relative Value File",
            "source_url": SOURCE_URL,
            "notes": f"Calendar year {self.year} amounts, loaded by the site's operator from "
                     "CMS's PPRRVU file: total RVU times the file's conversion factor, "
                     "rounded half up to cents. National amounts (all GPCIs 1.0).",
            "fees": dict(sorted(self.fees.items())),
        }


def read_rvu_file(lines: Iterable[str], year: int,
                  codes: frozenset[str] = PSYCHOTHERAPY_CODES) -> RvuReading:
    """Read PPRRVU CSV lines for `year`; problems carry the line they were found on."""
    reader, rows = _Reader(year, codes), csv.reader(lines)
    header_seen = False
    for row in rows:
        if not header_seen:
            reader.title_line(rows.line_num, row)
            header_seen = _is_header(row)
        else:
            reader.data_row(rows.line_num, row)
    if not header_seen:
        reader.problems.append(Problem(rows.line_num, "no header row starting "
                                       "HCPCS,MOD,DESCRIPTION,CODE: is this the PPRRVU CSV?"))
    elif not reader.fees and not reader.problems:
        reader.problems.append(Problem(rows.line_num, "none of the site's codes is in the file"))
    document = reader.document()
    missing = sorted(codes - set(reader.fees)) if document else []
    notes = tuple(reader.notes) + tuple(f"{code}: not in the file; left out" for code in missing)
    return RvuReading(document, tuple(reader.problems), notes)
