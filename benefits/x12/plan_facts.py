"""Plan-level facts of a transaction: name, group, insurance type, dates and status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from benefits.x12.codes import GENERAL_PLAN
from benefits.x12.model import (
    Benefit,
    DatePeriod,
    Level,
    Party,
    PlanInfo,
    Reference,
    benefits_of,
    patient_of,
)
from benefits.x12.scope import medical_lines


def plan_info(parties: tuple[Party, ...]) -> PlanInfo:
    """What the patient's loops (then the subscriber's) say about the plan as a whole."""
    people = _people(parties)
    # A vision or dental rider's lines name the rider, not the medical plan.
    benefits = medical_lines(benefits_of(parties))
    # Active-coverage lines name the plan; other lines may name a rider or another payer.
    # Another payer's (R) and contact (U) lines never name this plan.
    ordered = sorted((line for line in benefits if line.code not in ("R", "U")),
                     key=lambda line: line.active is not True)
    references = [ref for party in people for ref in party.references]
    references += [ref for line in ordered for ref in line.references]
    dates = [period for party in people for period in party.dates]
    dates += [period for line in ordered for period in line.dates]
    name = next((line.plan_description for line in ordered if line.plan_description), None)
    plan_range, eligibility_range = _range(dates, "291"), _range(dates, "307")
    benefit_range = _range(dates, "292")
    return PlanInfo(
        name=name or _reference(references, ("18", "6P"), description=True),
        group_number=_reference(references, ("6P", "1L")),
        insurance_type=next((line.insurance_type for line in ordered if line.insurance_type),
                            None),
        plan_begin=_date(dates, "346") or plan_range[0],
        plan_end=_date(dates, "347") or plan_range[1],
        eligibility_begin=_date(dates, "356") or eligibility_range[0],
        eligibility_end=_date(dates, "357") or eligibility_range[1],
        benefit_begin=_date(dates, "348") or benefit_range[0],
        active=_active(benefits),
    )


def _people(parties: tuple[Party, ...]) -> list[Party]:
    patient = patient_of(parties)
    subscriber = next((p for p in parties if p.level is Level.SUBSCRIBER), None)
    people = [patient] if patient is not None else []
    if subscriber is not None and subscriber is not patient:
        people.append(subscriber)
    return people


def _reference(references: list[Reference], qualifiers: tuple[str, ...],
               description: bool = False) -> str | None:
    for qualifier in qualifiers:
        for reference in references:
            text = reference.description if description else reference.value
            if reference.qualifier == qualifier and text:
                return text
    return None


def _date(dates: list[DatePeriod], qualifier: str) -> dt.date | None:
    return next((period.start for period in dates if period.qualifier == qualifier), None)


def _range(dates: list[DatePeriod], qualifier: str) -> tuple[dt.date | None, dt.date | None]:
    # A single date (D8) is often the date asked about, echoed back: not a period.
    found = next((period for period in dates
                  if period.qualifier == qualifier and period.end is not None), None)
    return (found.start, found.end) if found else (None, None)


def _active(benefits: Iterable[Benefit]) -> bool | None:
    """Active (EB01 1 to 5) or inactive (6 to 8), judged on whole-plan lines when there are any."""
    statuses = [(line.active, _whole_plan(line)) for line in benefits if line.active is not None]
    for wanted in (True, False):
        chosen = [active for active, whole in statuses if whole is wanted]
        if chosen:
            return any(chosen)
    return None


def _whole_plan(line: Benefit) -> bool:
    return not line.service_types or GENERAL_PLAN in line.service_types
