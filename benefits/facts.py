"""Dated figures and rules: each value with the period it holds for and its source. Pure Python.

One id names a figure (the ACA out-of-pocket limit for one person); each Fact is its value
for one period. `fact_for` picks the value for a date and says when none of the periods holds
it, so a page can show a figure's year and warn when it is used past that year. `expiring`
tells an operator which figures need a new value soon (domain facts, December 2026
addendum: "publish year with the figure").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from benefits.catalog import N_
from benefits.sources import (
    ACA_LIMITS_2026,
    ACA_LIMITS_2027,
    MA_RECONSIDERATION_RULE,
    MEDICAID_2025_LAW,
    MEDICARE_AIC_2026,
    MEDICARE_COSTS_2026,
    MEDICARE_PFS_2026,
    Source,
)

Value = Decimal | int | str


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    value: Value  # money as Decimal dollars, counts (days, months) as int
    start: dt.date
    end: dt.date | None  # the last day it holds; None: until a rule changes it
    source: Source
    description: str  # English msgid

    def holds(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class FactPick:
    fact: Fact
    # True when no period of this figure holds the date: `fact` is then the latest value
    # known, and a page must say it is used outside its period.
    outside_period: bool


def _year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


_ACA_SELF = N_("The most a plan can make one person pay in a year for covered in-network "
               "care (the ACA out-of-pocket limit), for plan years that start in this period")
_ACA_FAMILY = N_("The most a plan can make a family pay in a year for covered in-network "
                 "care (the ACA out-of-pocket limit), for plan years that start in this "
                 "period")
_AIC_ALJ = N_("The amount that must still be in dispute to ask a judge (an ALJ hearing) to "
              "look at a Medicare appeal")
_AIC_COURT = N_("The amount that must still be in dispute to take a Medicare appeal to "
                "federal court")

FACTS: tuple[Fact, ...] = (
    Fact("ma_reconsideration_days", 65, dt.date(2025, 1, 1), None, MA_RECONSIDERATION_RULE,
         N_("Days from the date of a Medicare Advantage plan's notice to ask it for a "
            "reconsideration")),
    Fact("aca_max_oop_self", Decimal("10600.00"), *_year(2026), ACA_LIMITS_2026, _ACA_SELF),
    Fact("aca_max_oop_self", Decimal("12000.00"), *_year(2027), ACA_LIMITS_2027, _ACA_SELF),
    Fact("aca_max_oop_family", Decimal("21200.00"), *_year(2026), ACA_LIMITS_2026,
         _ACA_FAMILY),
    Fact("aca_max_oop_family", Decimal("24000.00"), *_year(2027), ACA_LIMITS_2027,
         _ACA_FAMILY),
    Fact("medicare_part_b_deductible", Decimal("283.00"), *_year(2026), MEDICARE_COSTS_2026,
         N_("What a person with Original Medicare pays each year before Part B starts to "
            "pay")),
    Fact("medicare_aic_alj", Decimal("200.00"), *_year(2026), MEDICARE_AIC_2026, _AIC_ALJ),
    Fact("medicare_aic_judicial", Decimal("1960.00"), *_year(2026), MEDICARE_AIC_2026,
         _AIC_COURT),
    Fact("medicare_pfs_conversion_factor", Decimal("33.4009"), *_year(2026),
         MEDICARE_PFS_2026,
         N_("Dollars per relative value unit in Medicare's physician fee schedule, for "
            "clinicians not in an advanced payment model")),
    Fact("medicaid_renewal_months_expansion", 6, dt.date(2026, 12, 31), None,
         MEDICAID_2025_LAW,
         N_("Months between Medicaid eligibility renewals for adults covered by the "
            "Medicaid expansion")),
    Fact("medicaid_retroactive_months_expansion", 1, dt.date(2027, 1, 1), None,
         MEDICAID_2025_LAW,
         N_("Months before the month of application that Medicaid can cover, for adults "
            "covered by the Medicaid expansion")),
    Fact("medicaid_retroactive_months_other", 2, dt.date(2027, 1, 1), None,
         MEDICAID_2025_LAW,
         N_("Months before the month of application that Medicaid can cover, for everyone "
            "else")),
)


def _entries(fact_id: str, facts: Iterable[Fact]) -> list[Fact]:
    found = [fact for fact in facts if fact.id == fact_id]
    if not found:
        raise KeyError(fact_id)
    return found


def _latest(entries: list[Fact]) -> Fact:
    return max(entries, key=lambda fact: fact.start)


def fact_for(fact_id: str, day: dt.date, facts: Iterable[Fact] = FACTS) -> FactPick:
    """The value of `fact_id` on `day`: the one whose period holds it, else the latest known.

    KeyError for an id the registry does not know.
    """
    entries = _entries(fact_id, facts)
    for fact in entries:
        if fact.holds(day):
            return FactPick(fact, outside_period=False)
    return FactPick(_latest(entries), outside_period=True)


def latest(facts: Iterable[Fact] = FACTS) -> list[Fact]:
    """The newest value of each figure, in the registry's order."""
    facts = tuple(facts)
    ids = dict.fromkeys(fact.id for fact in facts)
    return [_latest(_entries(fact_id, facts)) for fact_id in ids]


def expiring(day: dt.date, within_days: int, facts: Iterable[Fact] = FACTS) -> list[Fact]:
    """Figures whose newest value ends within `within_days` of `day`, or has already ended.

    Only the newest value of each figure counts: a figure whose next period is already in
    the registry needs nothing. Soonest end first.
    """
    limit = day + dt.timedelta(days=within_days)
    due = [fact for fact in latest(facts) if fact.end is not None and fact.end <= limit]
    return sorted(due, key=lambda fact: (fact.end or dt.date.max, fact.id))
