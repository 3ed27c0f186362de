"""Small builders so each hand-worked case reads as its numbers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from benefits.estimate.plan import (
    NO_LIMIT,
    EstimateRequest,
    Limits,
    Network,
    Plan,
    Schedule,
    Service,
    Tier,
    VisitLimit,
)
from benefits.money import to_cents


def D(value: str | int) -> Decimal:  # noqa: N802 (reads like a literal)
    """Dollars as the parser gives them: rounded to cents."""
    return to_cents(Decimal(str(value)))


def limits(ded: str | int = 0, met: str | int = 0, oop: str | int = 10000,
           oop_met: str | int = 0) -> Limits:
    limit = NO_LIMIT if oop == "none" else D(oop)
    return Limits(D(ded), D(met), limit, D(oop_met))


def tier(ded: str | int = 0, met: str | int = 0, oop: str | int = 10000,
         oop_met: str | int = 0, *, copay: str | None = None, coins: str | None = None,
         applies: bool = True, family: Limits | None = None) -> Tier:
    return Tier(person=limits(ded, met, oop, oop_met),
                copay=D(copay) if copay is not None else None,
                coinsurance=Decimal(coins) if coins is not None else None,
                deductible_applies=applies, family=family)


def request(allowed: str | int, tier_in: Tier | None = None, *, network: str = "in",
            billed: str | None = None, count: int = 1, first: str = "2026-03-02",
            every: int = 7, oon: Tier | None = None, visits: tuple[int, int] | None = None,
            year_start: tuple[int, int] = (1, 1), self_pay: str | None = None) -> EstimateRequest:
    plan = Plan(in_network=tier_in or tier(), out_of_network=oon,
                visit_limit=VisitLimit(*visits) if visits else None, plan_year_start=year_start)
    return EstimateRequest(
        service=Service(code="90837", allowed_amount=D(allowed),
                        billed_amount=D(billed) if billed is not None else None),
        network=Network(network),
        schedule=Schedule(count=count, first_date=dt.date.fromisoformat(first),
                          every_days=every),
        plan=plan,
        self_pay_rate=D(self_pay) if self_pay is not None else None,
    )
