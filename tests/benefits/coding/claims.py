"""A clean claim to start from: every check passes on it until a test changes something."""

from __future__ import annotations

import datetime as dt

from benefits.coding import Claim, ClaimLine, PayerType, check_claim

GOOD_NPI = "1234567893"  # CMS's worked example of the check digit


def line(code: str, minutes: int | None = None, units: int = 1, *modifiers: str) -> ClaimLine:
    return ClaimLine(code=code, units=units, modifiers=tuple(modifiers), minutes=minutes)


def claim(*lines: ClaimLine, payer: str = "commercial", pos: str = "11",
          diagnoses: tuple[str, ...] = ("F41.1",), npi: str = GOOD_NPI,
          date: dt.date = dt.date(2026, 3, 2)) -> Claim:
    return Claim(date=date, payer_type=PayerType(payer), npi=npi, place_of_service=pos,
                 diagnoses=diagnoses, lines=lines or (line("90834", 45),))


def rules(found_in: Claim) -> list[str]:
    return [problem.rule.value for problem in check_claim(found_in)]
