"""Which negotiated amounts are prices at all, and which have expired. Pure Python.

The schema says a negotiated_rate is a number above zero ("exclusiveMinimum": 0 in
CMSgov/price-transparency-guide schemas/in-network-rates/in-network-rates.json, v2.0), yet
published files hold zero-dollar rates: public quality reports on payers' in-network files
count them by the thousand (0.2% to 2% of all rates) under the heading "CMS schema requires
negotiated_rate > 0". Amounts made of nines (99,999.99, 99,999,999.99, 999,999,999) are the
usual "no real value" filler of billing systems; public price-file tools drop them as
placeholders (we found no CMS text or issue thread that names them). Python's JSON writer
emits NaN and Infinity, which are not JSON but do turn up. None of these is a price, and
quoting one to a patient as "the plan's price" is worse than saying we do not know.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

# More than the column holds (12 digits, 2 after the point) is no price either.
_TOO_LARGE = Decimal("10000000000")
# 99,999 or more written only with nines, with or without cents of nines or zeros.
_NINES = re.compile(r"9{5,}(?:\.(?:9+|0*))?")
LISTED = 20  # skipped amounts named one by one in a load report; the rest are counted


@dataclass(frozen=True, slots=True)
class NotAPrice:
    """An amount the reader skipped: where it sits, what it said and why it is no price."""

    json_path: str
    amount: str
    reason: str  # "zero", "negative", "not_a_number", "placeholder" or "too_large"


def price_problem(amount: Any) -> str | None:
    """Why a decoded negotiated_rate is not a price, or None when it is one."""
    value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
    if not value.is_finite():
        return "not_a_number"
    if value < 0:
        return "negative"
    if value == 0:
        return "zero"
    if value >= _TOO_LARGE:
        return "too_large"
    if _NINES.fullmatch(format(value, "f")):
        return "placeholder"
    return None


def expired(expiration_date: str | None, on: dt.date) -> bool:
    """True when the rate ended before `on`; a missing or unreadable date is not expired.

    The schema's expiration_date is the last day the rate applies ("9999-12-31" when it
    has no end; the day before an evergreen contract renews).
    """
    if not expiration_date:
        return False
    try:
        return dt.date.fromisoformat(expiration_date.strip()[:10]) < on
    except ValueError:
        return False
