"""What one EB line says, as a value: a copay, a coinsurance, a dollar amount, a visit limit.

Each picker returns None when the line does not say it for one person, so callers can rank
lines and take the best-placed one that does.
"""

from __future__ import annotations

import re
from decimal import Decimal

from benefits.money import to_cents
from benefits.x12.model import Benefit, Frequency

PERSON = frozenset({None, "IND", "EMP"})
YEARLY = frozenset({None, "22", "23", "25"})  # no period, service year, calendar year, contract
MAX_VISITS = 366  # a limit above one visit a day is no limit on weekly therapy
PLACEHOLDER = re.compile(r"9{5,}(?:\.9+)?")


def copay(line: Benefit) -> Decimal | None:
    if line.code != "B" or line.coverage_level not in PERSON:
        return None
    return dollars(line.amount)


def dollars(amount: Decimal | None) -> Decimal | None:
    """Cents; a negative amount is a payer's slip, not a cost, so it counts as unsaid.

    So is a run of nines (99999.99): payers send it for "no limit of this kind" (seen on
    UnitedHealthcare family limits), and it is not a real dollar figure.
    """
    if amount is None or amount < 0 or PLACEHOLDER.fullmatch(f"{amount:f}"):
        return None
    return to_cents(amount)


def coinsurance(line: Benefit) -> Decimal | None:
    if line.code != "A" or line.coverage_level not in PERSON or line.percent is None:
        return None
    share = line.percent
    if share > 1:  # some payers send 20 for 20 percent instead of .20
        share = share / 100
    return share if 0 <= share <= 1 else None


def visits(quantity: Decimal | None) -> int | None:
    if quantity is None or quantity != quantity.to_integral_value():
        return None
    return int(quantity) if 0 <= quantity <= MAX_VISITS else None


def _yearly(frequency: Frequency) -> bool:
    """An HSD that counts per plan year: a year period, or neither period nor unit."""
    if frequency.period in ("22", "23", "25"):
        return True
    if frequency.period == "21":  # years: only "per 1 year" is a yearly limit
        return frequency.period_count in (None, Decimal(1))
    return frequency.period is None and frequency.unit is None


def visit_limit(line: Benefit) -> int | None:
    """Visits a plan year: EB01 F with EB09 VS, or an HSD counting visits."""
    if line.coverage_level not in PERSON:
        return None
    if line.code == "F" and line.quantity_qualifier == "VS" and line.time_period in YEARLY:
        return visits(line.quantity)
    for frequency in line.frequencies:
        if frequency.qualifier == "VS" and _yearly(frequency):
            return visits(frequency.quantity)
    return None
