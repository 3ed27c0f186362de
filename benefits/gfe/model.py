"""Good Faith Estimate values, limits and sources (No Surprises Act). Pure Python.

Everything here is a number, a code or an English message id; the web layer translates and
formats. Sources are in ../shared/reference/domain-facts.md §5.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from benefits.catalog import N_
from benefits.gfe.dates import course_end
from benefits.sources import Source

# 45 CFR 149.610(c) lists what a Good Faith Estimate must hold; the CMS consumer page is the
# plain-language version the glossary already cites.
GFE_RULE = Source(
    N_("45 CFR 149.610, the No Surprises Act rule on Good Faith Estimates (86 FR 55980); "
       "CMS: Understanding costs in advance"),
    "https://www.cms.gov/nosurprises/consumers/understanding-costs-in-advance")
# The $400 threshold is 45 CFR 149.620(a)(2)(ii); the 120 days and the $25 fee are on the
# CMS consumer page (archived copy, July 2022).
DISPUTE_RULE = Source(
    N_("45 CFR 149.620, the patient-provider dispute resolution rule; CMS: Medical bill "
       "disagreements if you are uninsured or self-pay"),
    "https://public4.pagefreezer.com/content/CMS.gov/19-07-2022T21:29/https://www.cms.gov/"
    "nosurprises/consumers/medical-bill-disagreements-if-you-are-uninsured")

HELP_PHONE = "1-800-985-3059"
HELP_WEBSITE = "www.cms.gov/nosurprises"
# "At least $400 more" than that provider's total on the estimate: 45 CFR 149.620(a)(2)(ii).
DISPUTE_THRESHOLD = Decimal("400.00")
# Calendar days from the date on the first bill; no weekend or holiday extension is stated.
DISPUTE_WINDOW_DAYS = 120
DISPUTE_FEE = Decimal("25.00")
# One estimate may cover recurring care expected over up to 12 months (domain-facts §5).
MAX_MONTHS = 12
# A session a day for a year; anything above is a typing slip.
MAX_SESSIONS = 366
MAX_PROVIDERS = 5
MAX_LINES = 10
MAX_DIAGNOSES = 12
MAX_SEPARATE_ITEMS = 10
# The No Surprises Act estimate rules took effect on 1 January 2022.
FIRST_ESTIMATE_DATE = dt.date(2022, 1, 1)
LAST_ESTIMATE_DATE = dt.date(2099, 12, 31)
EARLIEST_BIRTH_DATE = dt.date(1900, 1, 1)

# States, DC and the territories, as the US Postal Service abbreviates them.
US_STATES: tuple[str, ...] = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
    "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
    "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
    "VT", "VA", "WA", "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI",
)  # fmt: skip


class Frequency(StrEnum):
    TWICE_WEEKLY = "twice_weekly"
    WEEKLY = "weekly"
    EVERY_TWO_WEEKS = "every_two_weeks"
    MONTHLY = "monthly"
    VARIES = "varies"


class Disclaimer(StrEnum):
    """The notices 45 CFR 149.610(c) requires, plus the advice to keep a copy."""

    OTHER_SERVICES = "other_services"
    ONLY_AN_ESTIMATE = "only_an_estimate"
    RIGHT_TO_DISPUTE = "right_to_dispute"
    WHERE_TO_LEARN = "where_to_learn"
    NO_EFFECT_ON_CARE = "no_effect_on_care"
    NOT_A_CONTRACT = "not_a_contract"
    KEEP_A_COPY = "keep_a_copy"


# Our own words. Placeholders come from `disclaimer_values()`.
DISCLAIMER_TEXT: dict[Disclaimer, str] = {
    Disclaimer.OTHER_SERVICES: N_(
        "Your provider may recommend other items or services as part of your care. They are "
        "not in this estimate, and you can ask for a separate estimate for them."),
    Disclaimer.ONLY_AN_ESTIMATE: N_(
        "This is only an estimate. The items, services and charges you actually get may be "
        "different."),
    Disclaimer.RIGHT_TO_DISPUTE: N_(
        "If a bill from any provider or facility listed here is %(threshold)s or more above "
        "that provider's total in this estimate, you have the right to dispute the bill. "
        "Start the dispute within %(days)s calendar days of the date on the first bill. The "
        "fee is %(fee)s."),
    Disclaimer.WHERE_TO_LEARN: N_(
        "To learn more or to start a dispute, go to %(website)s or call %(phone)s."),
    Disclaimer.NO_EFFECT_ON_CARE: N_(
        "Using the dispute process will not be held against you and will not change the care "
        "you get."),
    Disclaimer.NOT_A_CONTRACT: N_(
        "This estimate is not a contract. It does not require you to get any of the items or "
        "services listed."),
    Disclaimer.KEEP_A_COPY: N_(
        "Keep a copy of this estimate, on paper or as a photo. You will need it if a bill is "
        "higher."),
}


def disclaimer_values() -> dict[str, object]:
    return {"threshold": DISPUTE_THRESHOLD, "days": DISPUTE_WINDOW_DAYS,
            "fee": DISPUTE_FEE, "website": HELP_WEBSITE, "phone": HELP_PHONE}


@dataclass(frozen=True, slots=True)
class Patient:
    name: str
    date_of_birth: dt.date


@dataclass(frozen=True, slots=True)
class ServiceLine:
    code: str  # a key of benefits.coding.sessions.CODE_SUMMARY
    sessions: int
    fee: Decimal  # expected charge for one session, in dollars and cents

    @property
    def total(self) -> Decimal:
        return self.fee * self.sessions


@dataclass(frozen=True, slots=True)
class ProviderEstimate:
    """One provider or facility: who, where, and what they expect to charge."""

    name: str
    npi: str
    tin: str  # nine digits, as typed: 12-3456789 (employer) or 123-45-6789 (SSN)
    address: str
    state: str
    lines: tuple[ServiceLine, ...]
    convening: bool  # the provider who schedules the care and gathers the estimate

    @property
    def total(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal("0.00"))


@dataclass(frozen=True, slots=True)
class GoodFaithEstimate:
    issued_on: dt.date
    patient: Patient
    primary_service: str
    frequency: Frequency
    months: int
    first_date: dt.date | None  # the scheduled first session, if there is one
    diagnosis_codes: tuple[str, ...]
    providers: tuple[ProviderEstimate, ...]
    separately_scheduled: tuple[str, ...]
    disclaimers: tuple[Disclaimer, ...] = tuple(Disclaimer)
    source: Source = GFE_RULE

    @property
    def total(self) -> Decimal:
        return sum((p.total for p in self.providers), Decimal("0.00"))

    @property
    def last_date(self) -> dt.date | None:
        """The last day the estimate covers, when the first session is scheduled."""
        return course_end(self.first_date, self.months) if self.first_date else None
