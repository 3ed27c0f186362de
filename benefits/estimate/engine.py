"""The cost estimator: what a person and the plan pay for each session, in date order.

For each session (rules numbered as in the project's cost-estimator issue):
1. On or after the next plan-year start, every accumulator and the visit count reset to 0.
2. Out of network with no out-of-network benefits, or past the visit limit: not covered;
   the person pays the billed amount (or the allowed amount); nothing accrues.
3. What is left of the deductible and out-of-pocket maximum (the smaller of person and family).
4. D = min(allowed, deductible left) when the deductible applies, else 0.
5. share = min(copay, allowed − D), or (allowed − D) × coinsurance rounded half-up to cents.
6. cost share = min(D + share, out-of-pocket left); the deductible part comes first.
7. The accumulators grow; one more visit is used.
8. Out of network, the provider may bill the difference above the allowed amount.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from benefits.estimate.plan import ZERO, EstimateRequest, Network, Plan, Tier, VisitLimit
from benefits.money import to_cents


class NotCovered(StrEnum):
    NO_OUT_OF_NETWORK = "no_out_of_network_benefits"
    VISIT_LIMIT = "visit_limit_reached"


@dataclass(frozen=True, slots=True)
class SessionCost:
    number: int
    date: dt.date
    covered: bool
    reason: NotCovered | None
    allowed_amount: Decimal
    billed_amount: Decimal | None
    deductible: Decimal  # the part that went to the deductible
    copay: Decimal
    coinsurance: Decimal
    balance_bill: Decimal
    patient_pays: Decimal
    plan_pays: Decimal
    deductible_met_after: Decimal  # the person's accumulators after this session
    oop_met_after: Decimal
    # What the explanation needs: the state before the session and the caps applied.
    reset_on: dt.date | None = None  # the plan-year start just before this session
    deductible_left_before: Decimal = ZERO
    oop_left_before: Decimal = ZERO
    uncapped_share: Decimal = ZERO  # D + share before the out-of-pocket cap
    visits_used_after: int | None = None

    @property
    def cost_share(self) -> Decimal:
        return self.deductible + self.copay + self.coinsurance


@dataclass(frozen=True, slots=True)
class Milestones:
    deductible_met_session: int | None
    oop_max_reached_session: int | None
    plan_year_resets: tuple[dt.date, ...]


@dataclass(frozen=True, slots=True)
class SelfPay:
    per_session: Decimal
    total: Decimal


@dataclass(frozen=True, slots=True)
class Projection:
    request: EstimateRequest
    sessions: tuple[SessionCost, ...]
    patient_total: Decimal
    plan_total: Decimal
    milestones: Milestones
    self_pay: SelfPay | None


def plan_year_starts(first: dt.date, last: dt.date, month_day: tuple[int, int]) -> list[dt.date]:
    """Plan-year start dates after `first`, up to and including `last`."""
    month, day = month_day
    start = dt.date(first.year, month, day)
    if start <= first:
        start = dt.date(first.year + 1, month, day)
    starts = []
    while start <= last:
        starts.append(start)
        start = dt.date(start.year + 1, month, day)
    return starts


@dataclass(frozen=True, slots=True)
class _State:
    tier: Tier | None
    visits: VisitLimit | None


def _not_covered(number: int, date: dt.date, request: EstimateRequest, state: _State,
                 reason: NotCovered) -> SessionCost:
    service = request.service
    pays = service.billed_amount if service.billed_amount is not None else service.allowed_amount
    person = state.tier.person if state.tier else None
    return SessionCost(
        number=number, date=date, covered=False, reason=reason,
        allowed_amount=service.allowed_amount, billed_amount=service.billed_amount,
        deductible=ZERO, copay=ZERO, coinsurance=ZERO, balance_bill=ZERO,
        patient_pays=pays, plan_pays=ZERO,
        deductible_met_after=person.deductible_met if person else ZERO,
        oop_met_after=person.oop_met if person else ZERO,
        visits_used_after=state.visits.used if state.visits else None,
    )


def _share(tier: Tier, rest: Decimal) -> Decimal:
    """The copay or coinsurance on what is left of the price after the deductible."""
    if tier.copay is not None:
        return min(tier.copay, rest)
    if tier.coinsurance is not None:
        return to_cents(rest * tier.coinsurance)
    return ZERO


def _covered(number: int, date: dt.date, request: EstimateRequest, tier: Tier,
             visits: VisitLimit | None) -> tuple[SessionCost, Tier]:
    service, allowed = request.service, request.service.allowed_amount
    deductible_left, oop_left = tier.deductible_left, tier.oop_left
    d = min(allowed, deductible_left) if tier.deductible_applies else ZERO
    uncapped = d + _share(tier, allowed - d)
    cost_share = min(uncapped, oop_left)
    deductible_part = min(d, oop_left)
    share_part = cost_share - deductible_part
    copay, coins = (share_part, ZERO) if tier.copay is not None else (ZERO, share_part)
    billed = service.billed_amount
    balance = max(billed - allowed, ZERO) if request.network is Network.OUT and billed else ZERO
    grown = tier.grow(deductible_part, cost_share)
    cost = SessionCost(
        number=number, date=date, covered=True, reason=None,
        allowed_amount=allowed, billed_amount=billed,
        deductible=deductible_part, copay=copay, coinsurance=coins, balance_bill=balance,
        patient_pays=cost_share + balance, plan_pays=allowed - cost_share,
        deductible_met_after=grown.person.deductible_met, oop_met_after=grown.person.oop_met,
        deductible_left_before=deductible_left, oop_left_before=oop_left,
        uncapped_share=uncapped,
        visits_used_after=visits.used + 1 if visits else None,
    )
    return cost, grown


def _reset(state: _State) -> _State:
    tier = state.tier.reset() if state.tier else None
    visits = replace(state.visits, used=0) if state.visits else None
    return _State(tier, visits)


def _one_session(number: int, date: dt.date, request: EstimateRequest,
                 state: _State) -> tuple[SessionCost, _State]:
    if state.tier is None:
        return _not_covered(number, date, request, state, NotCovered.NO_OUT_OF_NETWORK), state
    visits = state.visits
    if visits and visits.used >= visits.visits:
        return _not_covered(number, date, request, state, NotCovered.VISIT_LIMIT), state
    cost, tier = _covered(number, date, request, state.tier, visits)
    used = VisitLimit(visits.visits, visits.used + 1) if visits else None
    return cost, _State(tier, used)


def _first_zero(sessions: list[SessionCost], before: Decimal | None, left_after: list[Decimal],
                year_end: dt.date | None) -> int | None:
    """Session number during which a remaining amount reaches 0 in the first plan year."""
    if before is None:
        return None
    if before == ZERO:
        return 0
    for cost, left in zip(sessions, left_after, strict=True):
        if year_end is not None and cost.date >= year_end:
            return None
        if left == ZERO:
            return cost.number
    return None


def project(request: EstimateRequest) -> Projection:
    """Every session's cost, the totals and the milestones for a course of therapy."""
    plan: Plan = request.plan
    dates = request.schedule.dates()
    resets = plan_year_starts(dates[0], dates[-1], plan.plan_year_start)
    state = _State(plan.tier(request.network), plan.visit_limit)
    start_tier = state.tier
    sessions: list[SessionCost] = []
    deductible_left: list[Decimal] = []
    oop_left: list[Decimal] = []
    pending = list(resets)
    for number, date in enumerate(dates, start=1):
        reset_on = None
        while pending and date >= pending[0]:
            reset_on = pending.pop(0)
            state = _reset(state)
        cost, state = _one_session(number, date, request, state)
        sessions.append(replace(cost, reset_on=reset_on) if reset_on else cost)
        # What is left after the session, without walking the limits again: the deductible
        # part never exceeds what was left of either, nor the cost share the limit.
        if cost.covered:
            deductible_left.append(cost.deductible_left_before - cost.deductible)
            oop_left.append(cost.oop_left_before - cost.cost_share)
        else:
            deductible_left.append(state.tier.deductible_left if state.tier else ZERO)
            oop_left.append(state.tier.oop_left if state.tier else ZERO)
    year_end = resets[0] if resets else None
    milestones = Milestones(
        deductible_met_session=_first_zero(
            sessions, start_tier.deductible_left if start_tier else None,
            deductible_left, year_end),
        oop_max_reached_session=_first_zero(
            sessions, start_tier.oop_left if start_tier else None, oop_left, year_end),
        plan_year_resets=tuple(resets),
    )
    return _projection(request, sessions, milestones)


def _projection(request: EstimateRequest, sessions: list[SessionCost],
                milestones: Milestones) -> Projection:
    rate = request.self_pay_rate
    self_pay = SelfPay(rate, rate * len(sessions)) if rate is not None else None
    return Projection(
        request=request,
        sessions=tuple(sessions),
        patient_total=sum((s.patient_pays for s in sessions), ZERO),
        plan_total=sum((s.plan_pays for s in sessions), ZERO),
        milestones=milestones,
        self_pay=self_pay,
    )
