"""When the plan year starts, from what the 271's own limits and dates say.

The member's plan-begin date is often their enrolment date (mid-year), and an eligibility
window may be a single day (Medicaid answers for the date asked about), so neither is the
plan year by itself. In order of trust: deductible or out-of-pocket lines that say
"calendar year" (EB06 23); a plan period of about a year on those lines or on the member;
a plan-begin date alone, said to be a guess; else unknown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from benefits.x12.model import Benefit, DatePeriod, PlanInfo
from benefits.x12.ranking import plan_rank

CALENDAR_YEAR = "23"
ACCUMULATORS = frozenset({"C", "G"})  # deductible, out-of-pocket maximum
_YEAR = range(360, 372)  # days in a plan period that is one plan year
_PERIODS = ("291", "292")  # plan, benefit


def plan_year(lines: Sequence[Benefit], plan: PlanInfo) -> tuple[str | None, str | None]:
    """The plan year's first day as "MM-DD", and how it was found (see the module)."""
    # Only the limits that can be therapy's count: a $0 office-visit (98) deductible that
    # runs by calendar year says nothing about the plan's own year.
    accumulators = [line for line in lines
                    if line.code in ACCUMULATORS and plan_rank(line) is not None]
    if any(line.time_period == CALENDAR_YEAR for line in accumulators):
        return "01-01", "calendar_year"
    for period in (p for line in accumulators for p in line.dates):
        if _one_year(period):
            return _month_day(period.start), "plan_dates"
    if plan.plan_begin and plan.plan_end and _one_year(
            DatePeriod("291", plan.plan_begin, plan.plan_end)):
        return _month_day(plan.plan_begin), "plan_dates"
    alone = _begin_alone(plan)
    if alone is not None:
        return _month_day(alone), "plan_begin"
    return None, None


def _one_year(period: DatePeriod) -> bool:
    if period.qualifier not in _PERIODS or period.end is None:
        return False
    return (period.end - period.start).days + 1 in _YEAR


def _begin_alone(plan: PlanInfo) -> dt.date | None:
    """A plan-begin date with no end, or a benefit-begin date: a guess, said so."""
    if plan.plan_begin is not None and plan.plan_end is None:
        return plan.plan_begin
    if plan.plan_begin is None and plan.benefit_begin is not None:
        return plan.benefit_begin
    return None


def _month_day(day: dt.date | None) -> str | None:
    """The plan year's first day as "MM-DD"; Feb 29 cannot start a yearly plan year."""
    if day is None or (day.month, day.day) == (2, 29):
        return None
    return f"{day.month:02d}-{day.day:02d}"


