"""What a benefits summary means for one therapy session, and what it leaves unknown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from benefits.estimate.engine import project
from benefits.estimate.fees import medicare_fee, medicare_fee_schedule
from benefits.estimate.request import read_estimate_request
from benefits.fields import InvalidInput
from benefits.money import to_cents
from benefits.summary.model import BenefitsSummary, TierSummary, estimate_plan

TYPICAL_CODE = "90837"


@dataclass(frozen=True)
class SessionPicture:
    """One session at Medicare's national price for 90837, before and after the deductible."""

    price: Decimal
    year: int
    first_session: Decimal
    after_deductible: Decimal | None
    # The price is from another year than the session's: newer prices may differ.
    outside_period: bool = False


def _filled(tier: dict[str, Any]) -> dict[str, Any]:
    """One session cannot reach an unknown out-of-pocket limit, so leave it open (null).

    An aggregate family plan keeps its family limits: they are the only ones it has.
    """
    return tier if tier.get("accumulators") == "aggregate" else {**tier, "family": None}


def session_picture(summary: BenefitsSummary, today: dt.date) -> SessionPicture | None:
    """One session on `today`; None when in-network cost sharing is too unclear to say."""
    tier = summary.in_network
    fee = medicare_fee(TYPICAL_CODE)
    # An unknown deductible makes the estimator refuse (caught below), never a zero one.
    if fee is None or tier.covered is False or (tier.copay is None and tier.coinsurance is None):
        return None
    plan = estimate_plan(summary)
    if plan is None:
        return None
    plan.update({"in_network": _filled(plan["in_network"]), "out_of_network": None,
                 "visit_limit": None, "plan_year_start": None})
    body = {"service": {"code": TYPICAL_CODE}, "network": "in", "plan": plan,
            "sessions": {"count": 1, "first_date": today.isoformat()}}
    try:
        first = project(read_estimate_request(body, today)).sessions[0]
    except InvalidInput:
        return None
    year = medicare_fee_schedule().year
    return SessionPicture(price=fee.non_facility, year=year, outside_period=year != today.year,
                          first_session=first.patient_pays,
                          after_deductible=_after_deductible(tier, fee.non_facility))


def _after_deductible(tier: TierSummary, price: Decimal) -> Decimal | None:
    if tier.copay is not None:
        return min(tier.copay, price)
    if tier.coinsurance is not None:
        return to_cents(price * tier.coinsurance)
    return None


UNKNOWN_CHECKS: tuple[tuple[str, Callable[[TierSummary], bool]], ...] = (
    ("cost_share", lambda t: t.copay is None and t.coinsurance is None),
    ("deductible", lambda t: t.deductible is None and t.deductible_remaining is None
     and not t.aggregate),
    ("deductible_remaining", lambda t: t.family_deductible_remaining is None if t.aggregate
     else t.deductible is not None and t.deductible_remaining is None),
    ("oop_max", lambda t: t.oop_max is None and t.oop_remaining is None
     and (not t.aggregate or t.family_oop_max is None)),
    ("auth", lambda t: t.auth_required is None),
)


def unknowns(summary: BenefitsSummary) -> list[str]:
    """Codes of what the summary does not say about in-network therapy."""
    tier = summary.in_network
    found = [code for code, test in UNKNOWN_CHECKS if test(tier)]
    if summary.out_of_network.covered is None:
        found.append("out_of_network")
    return found
