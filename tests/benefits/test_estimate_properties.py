"""Properties that must hold for any plan and any course of sessions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from benefits.estimate.engine import project
from benefits.estimate.plan import (
    EstimateRequest,
    Limits,
    Network,
    Plan,
    Schedule,
    Service,
    Tier,
)
from benefits.estimate.request import read_estimate_request
from benefits.money import to_cents

# Amounts as the reader hands them over: whole cents with two decimals.
cents = st.integers(min_value=0, max_value=500_000).map(lambda c: to_cents(Decimal(c) / 100))
fractions = st.integers(min_value=0, max_value=100).map(lambda p: Decimal(p) / 100)


@st.composite
def limits(draw) -> Limits:
    deductible, oop_max = draw(cents), draw(cents)
    met = draw(st.integers(0, int(deductible * 100))) / Decimal(100)
    oop_met = draw(st.integers(0, int(oop_max * 100))) / Decimal(100)
    return Limits(deductible, to_cents(met), oop_max, to_cents(oop_met))


@st.composite
def tiers(draw) -> Tier:
    kind = draw(st.sampled_from(["copay", "coinsurance", "neither"]))
    return Tier(
        person=draw(limits()),
        copay=draw(cents) if kind == "copay" else None,
        coinsurance=draw(fractions) if kind == "coinsurance" else None,
        deductible_applies=draw(st.booleans()),
        family=draw(st.none() | limits()),
    )


@st.composite
def requests(draw) -> EstimateRequest:
    network = draw(st.sampled_from(list(Network)))
    return EstimateRequest(
        service=Service(code="90834", allowed_amount=draw(cents),
                        billed_amount=draw(st.none() | cents)),
        network=network,
        schedule=Schedule(count=draw(st.integers(1, 60)),
                          first_date=draw(st.dates(dt.date(2025, 1, 1), dt.date(2027, 12, 31))),
                          every_days=draw(st.integers(1, 31))),
        plan=Plan(in_network=draw(tiers()), out_of_network=draw(st.none() | tiers()),
                  plan_year_start=draw(st.sampled_from([(1, 1), (7, 1), (10, 15)]))),
    )


@settings(max_examples=300, deadline=None)
@given(requests())
def test_covered_sessions_split_the_price_and_nothing_is_negative(req):
    for cost in project(req).sessions:
        amounts = (cost.deductible, cost.copay, cost.coinsurance, cost.balance_bill,
                   cost.patient_pays, cost.plan_pays, cost.allowed_amount,
                   cost.deductible_met_after, cost.oop_met_after)
        assert all(amount >= 0 for amount in amounts)
        # Exactly two decimals, so the API can write them with str().
        assert all(amount.as_tuple().exponent == -2 for amount in amounts)
        if cost.covered:
            assert cost.patient_pays + cost.plan_pays == cost.allowed_amount + cost.balance_bill


@settings(max_examples=300, deadline=None)
@given(requests())
def test_cost_share_within_a_plan_year_never_exceeds_the_oop_left(req):
    result = project(req)
    tier = req.plan.tier(req.network)
    if tier is None:
        return
    first_reset = result.milestones.plan_year_resets[:1]
    first_year = [s for s in result.sessions if not first_reset or s.date < first_reset[0]]
    assert sum((s.cost_share for s in first_year), Decimal(0)) <= tier.oop_left


money_spellings = st.sampled_from([
    lambda c: str(c), lambda c: f"${c:,.2f}", lambda c: f"{c:.2f}", lambda c: float(c),
    lambda c: int(c) if c == int(c) else str(c),
])


@settings(max_examples=150, deadline=None)
@given(st.lists(cents, min_size=6, max_size=6), fractions, st.lists(money_spellings,
       min_size=6, max_size=6))
def test_results_do_not_depend_on_how_money_was_written(amounts, share, spellings):
    allowed, billed, ded, met, oop, oop_met = amounts
    met, oop_met = min(met, ded), min(oop_met, oop)

    def body(spell) -> dict:
        tier = {"deductible": spell[2](ded), "deductible_met": spell[3](met),
                "oop_max": spell[4](oop), "oop_met": spell[5](oop_met),
                "coinsurance": str(share)}
        return {"service": {"allowed_amount": spell[0](allowed),
                            "billed_amount": spell[1](billed)},
                "network": "in", "sessions": {"count": 5, "first_date": "2026-11-02"},
                "plan": {"in_network": tier}}

    plain = [str] * 6
    today = dt.date(2026, 11, 1)
    expected = project(read_estimate_request(body(plain), today))
    written = project(read_estimate_request(body(spellings), today))
    assert written.sessions == expected.sessions
    assert written.patient_total == expected.patient_total
