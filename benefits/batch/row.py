"""One appointment row: its cells checked one by one, every problem kept with its column."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from benefits.batch.model import PlanFile, RowProblem
from benefits.coding.sessions import (
    CODE_SUMMARY,
    MAX_MINUTES,
    CodeLine,
    CodeSuggestion,
    SessionKind,
    suggest_codes,
)
from benefits.money import MoneyError, parse_money
from benefits.npi import valid_npi

MAX_LABEL = 80
# Codes that only ever follow another code on the same claim.
ADD_ONS = frozenset({"90785", "90840", "96131", "96133", "96137", "96139", "G0018"})
NETWORKS = {"in": "in", "in_network": "in", "out": "out", "out_of_network": "out",
            "oon": "out"}
# Where the visit happens: the words, or the place-of-service codes on a claim.
PLACES = {"office": "office", "in_office": "office", "in_person": "office", "11": "office",
          "telehealth": "telehealth", "video": "telehealth", "phone": "telehealth",
          "02": "telehealth", "10": "telehealth"}
YES_NO = {"yes": True, "y": True, "true": True, "no": False, "n": False, "false": False}
# The kind a code belongs to, so minutes written beside a code can be checked without a kind.
CODE_KINDS = {
    "90832": "individual", "90834": "individual", "90837": "individual",
    "90833": "with_em", "90836": "with_em", "90838": "with_em", "90839": "crisis",
    "90846": "family_without_patient", "90847": "family_with_patient", "90853": "group",
    "90791": "evaluation", "90792": "evaluation_medical",
}
US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")  # what US spreadsheets write
PERCENT = re.compile(r"^(\d+(?:\.\d+)?)\s*%?$")


class Row:
    """Cells of one row, read into the pieces of an estimate request."""

    def __init__(self, number: int, cells: Mapping[str, str]) -> None:
        self.number = number
        self.cells = cells
        self.problems: list[RowProblem] = []

    def text(self, column: str) -> str:
        return (self.cells.get(column) or "").strip()

    def problem(self, column: str, code: str, /, **params: object) -> None:
        self.problems.append(RowProblem(self.number, column, code, params))

    def patient(self) -> str:
        label = " ".join(self.text("patient").split())
        if not label:
            self.problem("patient", "required")
        elif len(label) > MAX_LABEL:
            self.problem("patient", "too_long", max=MAX_LABEL)
        return label

    def date(self, today: dt.date) -> dt.date | None:
        text = self.text("date")
        if not text:
            return today
        us = US_DATE.match(text)
        try:
            if us:
                return dt.date(int(us[3]), int(us[1]), int(us[2]))
            return dt.date.fromisoformat(text)
        except ValueError:
            self.problem("date", "invalid_date_batch")
            return None

    def network(self) -> str:
        text = self.text("network").lower().replace("-", "_").replace(" ", "_")
        if text and text not in NETWORKS:
            self.problem("network", "invalid_network")
        return NETWORKS.get(text, "in")

    def place(self) -> str:
        """office or telehealth; place-of-service codes (11; 02 and 10) are read too."""
        text = self.text("place").lower().strip()
        if text and text not in PLACES:
            self.problem("place", "invalid_place")
        return PLACES.get(text, "office")

    def money(self, column: str) -> str | None:
        text = self.text(column)
        if not text:
            return None
        try:
            return str(parse_money(text))
        except MoneyError as error:
            self.problem(column, error.code)
            return None

    def codes(self) -> tuple[CodeLine, ...] | None:
        """The session's codes: the code column, or what minutes and kind point to."""
        code = self.text("code").upper()
        suggested = self._suggestion()
        if suggested is not None and not suggested.codes:
            self.problem("minutes", "below_minimum", minimum=(suggested.high or 0) + 1,
                         kind=suggested.kind.value, minutes=suggested.minutes)
            return None
        if not code:
            if suggested is None and not (self.text("minutes") or self.text("kind")):
                self.problem("code", "code_or_minutes")
            return suggested.codes if suggested else None
        if code not in CODE_SUMMARY:
            self.problem("code", "unknown_code", code=code)
        elif code in ADD_ONS:
            self.problem("code", "add_on_alone", code=code)
        elif suggested is not None and suggested.codes[0].code != code:
            expected = " + ".join(line.code for line in suggested.codes)
            self.problem("code", "code_minutes_mismatch", code=code, expected=expected,
                         minutes=suggested.minutes, kind=suggested.kind.value)
        else:
            return suggested.codes if suggested else (CodeLine(code),)
        return None

    def _suggestion(self) -> CodeSuggestion | None:
        minutes_text, kind_text = self.text("minutes"), self.text("kind").lower()
        if not minutes_text and not kind_text:
            return None
        code = self.text("code").upper()
        if minutes_text and not kind_text and code:
            kind_text = CODE_KINDS.get(code, "")
            if not kind_text:  # nothing to hold the minutes against; the code is checked
                return None
        try:
            kind = SessionKind(kind_text.replace("-", "_").replace(" ", "_"))
        except ValueError:
            problem = "kind_required" if not kind_text else "invalid_kind"
            self.problem("kind", problem, choices=", ".join(k.value for k in SessionKind))
            kind = None
        # With a code, minutes are only there to check it: a kind without them is no error.
        minutes = self._minutes(minutes_text, kind, needed=not code)
        if kind is None or minutes is None:
            return None
        return suggest_codes(minutes, kind)

    def _minutes(self, text: str, kind: SessionKind | None, needed: bool) -> int | None:
        if not text:
            untimed = kind in (SessionKind.GROUP, SessionKind.EVALUATION,
                               SessionKind.EVALUATION_MEDICAL)
            if not untimed and needed:
                self.problem("minutes", "minutes_required")
            return 0 if untimed else None
        # isdecimal(), not isdigit(): int() refuses "²"; six digits is past any limit.
        if not (text.isdecimal() and len(text) <= 6) or int(text) > MAX_MINUTES:
            self.problem("minutes", "minutes_out_of_range", max=MAX_MINUTES)
            return None
        return int(text)

    def service(self, codes: tuple[CodeLine, ...] | None) -> dict[str, Any] | None:
        """The plan's price as given, or the therapist and network that set it."""
        code = codes[0].code if codes else None
        allowed, billed = self.money("allowed_amount"), self.money("billed_amount")
        if allowed is not None:
            return {"code": code, "allowed_amount": allowed, "billed_amount": billed,
                    "place": self.place()}
        npi, network = self.text("npi"), self.text("network_name")
        if not npi:
            if not self.text("allowed_amount"):
                self.problem("allowed_amount", "price_required")
            return None
        if not valid_npi(npi):
            self.problem("npi", "bad_npi")
        if not network:
            self.problem("network_name", "network_name_required")
        return {"code": code, "npi": npi, "network": network, "billed_amount": billed,
                "place": self.place()}

    def percent(self) -> str | None:
        """Coinsurance written as a percent (20 or 20%), as the estimator's fraction."""
        text = self.text("coinsurance")
        if not text:
            return None
        match = PERCENT.match(text)
        try:
            number = Decimal(match[1]) if match else None
        except InvalidOperation:  # pragma: no cover - the pattern admits only digits
            number = None
        # 0.2 is far more often "20 percent" written as a share than a real 0.2 percent.
        if number is None or number > 100 or 0 < number < 1:
            self.problem("coinsurance", "not_a_percent")
            return None
        return str(number / 100)

    def yes_no(self, column: str) -> bool | None:
        text = self.text(column).lower()
        if text and text not in YES_NO:
            self.problem(column, "not_yes_no")
        return YES_NO.get(text)

    def plan_file(self, files: Mapping[str, PlanFile]) -> PlanFile | None:
        name = self.text("file_271")
        if not name:
            return None
        found = files.get(name.lower())
        if found is None:
            self.problem("file_271", "no_such_file", file=name)
        elif found.active is False:
            self.problem("file_271", "coverage_inactive", file=name)
        elif found.plan is None:
            self.problem("file_271", "unreadable_file", file=name, why=found.error)
        else:
            return found
        return None
