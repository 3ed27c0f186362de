"""Can a self-pay patient dispute a bill that is higher than the Good Faith Estimate? Pure Python.

The rule (45 CFR 149.620; CMS consumer page, domain-facts §5): a bill from any single provider
or facility that is at least $400 more than that provider's total on the estimate may be
disputed, starting within 120 calendar days of the date on the first bill, for a $25 fee.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from benefits.catalog import N_
from benefits.fields import FieldError, InvalidInput
from benefits.gfe.build import NAME_MAX
from benefits.gfe.dates import last_day_to_dispute
from benefits.gfe.model import (
    DISPUTE_FEE,
    DISPUTE_RULE,
    DISPUTE_THRESHOLD,
    DISPUTE_WINDOW_DAYS,
    FIRST_ESTIMATE_DATE,
    HELP_PHONE,
    HELP_WEBSITE,
    LAST_ESTIMATE_DATE,
    MAX_PROVIDERS,
)
from benefits.gfe.reader import GfeReader, blank
from benefits.sources import Source

BILL_KEYS = ("name", "estimated", "billed")


class Step(StrEnum):
    COMPARE = "compare"
    TALK = "talk"
    START = "start"
    PAY_FEE = "pay_fee"
    NO_COLLECTIONS = "no_collections"
    DECISION = "decision"


# In order. Placeholders come from `DisputeCheck.values()`.
STEP_TEXT: dict[Step, str] = {
    Step.COMPARE: N_("Keep your Good Faith Estimate and the bill. Compare each provider's bill "
                     "with that provider's total on the estimate."),
    Step.TALK: N_("You can first call the provider. Ask them to change the bill to match the "
                  "estimate or to lower it, and ask whether they offer financial help."),
    Step.START: N_("Start the dispute by %(last_day)s, at %(website)s or by calling "
                   "%(phone)s. That is %(days)s calendar days after the date on the first "
                   "bill."),
    Step.PAY_FEE: N_("Pay the %(fee)s fee when you start. You do not get it back."),
    Step.NO_COLLECTIONS: N_("While the dispute is open, the provider may not send the bill to "
                            "collections."),
    Step.DECISION: N_("An independent reviewer decides what you pay: the amount on the "
                      "estimate, the billed amount, or something in between."),
}


@dataclass(frozen=True, slots=True)
class ProviderBill:
    name: str
    estimated: Decimal  # that provider's total on the Good Faith Estimate
    billed: Decimal  # that provider's total on the bills

    @property
    def over_by(self) -> Decimal:
        return self.billed - self.estimated

    @property
    def meets_threshold(self) -> bool:
        return self.over_by >= DISPUTE_THRESHOLD  # "at least $400 more"


@dataclass(frozen=True, slots=True)
class DisputeCheck:
    bills: tuple[ProviderBill, ...]
    bill_date: dt.date  # the date on the first bill
    checked_on: dt.date
    fee: Decimal = DISPUTE_FEE
    threshold: Decimal = DISPUTE_THRESHOLD
    steps: tuple[Step, ...] = tuple(Step)
    source: Source = DISPUTE_RULE

    @property
    def last_day(self) -> dt.date:
        return last_day_to_dispute(self.bill_date)

    @property
    def days_left(self) -> int:
        """Days from `checked_on` to the last day; 0 on the last day, negative after it."""
        return (self.last_day - self.checked_on).days

    @property
    def in_time(self) -> bool:
        return self.days_left >= 0

    @property
    def meets_threshold(self) -> bool:
        return any(bill.meets_threshold for bill in self.bills)

    @property
    def can_dispute(self) -> bool:
        return self.meets_threshold and self.in_time

    def values(self) -> dict[str, object]:
        return {"last_day": self.last_day, "fee": self.fee, "days": DISPUTE_WINDOW_DAYS,
                "threshold": self.threshold, "website": HELP_WEBSITE, "phone": HELP_PHONE}


def check_dispute(bills: list[ProviderBill], bill_date: dt.date,
                  checked_on: dt.date) -> DisputeCheck:
    return DisputeCheck(bills=tuple(bills), bill_date=bill_date, checked_on=checked_on)


def read_dispute(data: Mapping[str, Any], today: dt.date) -> DisputeCheck:
    """The check from JSON-like input; raise InvalidInput naming every bad field."""
    if not isinstance(data, Mapping):
        raise InvalidInput([FieldError("", "not_an_object")])
    reader = GfeReader()
    bill_date = reader.day(data, "bill_date", "bill_date", FIRST_ESTIMATE_DATE,
                           LAST_ESTIMATE_DATE)
    if bill_date and bill_date > today:
        reader.error("bill_date", "date_in_future")
    entries = reader.items(data.get("providers"), "providers", MAX_PROVIDERS)
    bills = []
    for index, entry in enumerate(entries or []):
        if isinstance(entry, Mapping) and all(blank(entry.get(k)) for k in BILL_KEYS):
            continue  # a row left empty on the form
        bills.append(_bill(reader, entry, f"providers.{index}"))
    if entries is not None and not bills:
        reader.error("providers.0.estimated", "required")
    # reader.day records an error whenever it gives None, so the None check only narrows.
    if reader.errors or bill_date is None:
        raise InvalidInput(reader.errors)
    return check_dispute([b for b in bills if b is not None], bill_date, today)


def _bill(reader: GfeReader, data: object, path: str) -> ProviderBill | None:
    if not isinstance(data, Mapping):
        reader.error(path, "not_an_object")
        return None
    name = "" if blank(data.get("name")) else reader.text(data, "name", f"{path}.name",
                                                            NAME_MAX)
    estimated = reader.money(data, "estimated", f"{path}.estimated")
    billed = reader.money(data, "billed", f"{path}.billed")
    if name is None or estimated is None or billed is None:
        return None
    return ProviderBill(name=name, estimated=estimated, billed=billed)
