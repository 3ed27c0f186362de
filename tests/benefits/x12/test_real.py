"""Real payers' 271s (tests/benefits/x12/real/, sources and hand-worked facts in SOURCES.md).

Each expectation below is taken from SOURCES.md, which was worked out from the segments by
hand, not from running this code. "Not stated" is None, and stays None.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from benefits.estimate.request import read_estimate_request
from benefits.fields import InvalidInput
from benefits.summary.model import PlanType, estimate_plan
from benefits.x12 import read_271, summarize

REAL = Path(__file__).parent / "real"
N = None  # not stated

# file: (plan type, in-network (copay, coinsurance, deductible, left, oop, left),
#        family (deductible, left, oop, left), riders, plan-year start)
EXPECTED = {
    "vision-rider-medicare-advantage.271": (
        PlanType.MEDICARE_ADVANTAGE, (N, N, D("0.00"), N, D("3800.00"), N),
        (D("0.00"), N, N, N), ("SPECTERA VISION PLAN",), "01-01"),
    "wrapped-core-soap.271": (
        PlanType.MEDICARE_ADVANTAGE, (N, N, D("0.00"), N, D("3800.00"), N),
        (D("0.00"), N, N, N), ("SPECTERA VISION PLAN",), "01-01"),
    "medicare-advantage-accumulators.271": (
        PlanType.MEDICARE_ADVANTAGE,
        (N, N, D("290.00"), D("0.00"), D("3290.00"), D("2987.32")),
        (N, N, N, N), (), "01-01"),  # the family 99999.99 is "no family limit"
    "family-deductible-hsa.271": (
        None, (N, D("0.10"), N, N, N, N),
        (D("1500.00"), D("0.00"), D("4000.00"), D("2351.02")), ("Dental HMO", "CVS"), "01-01"),
    "commercial-calendar-year.271": (
        None, (N, N, D("5000.00"), D("3755.57"), D("7000.00"), D("3365.95")),
        (N, N, N, N), (), "01-01"),  # plan begin 2025-01-20; the limits say calendar year
    "medicare-part-a-b-other-payers.271": (
        PlanType.ORIGINAL_MEDICARE, (N, D("0.2"), D("147.00"), D("0.00"), N, N),
        (N, N, N, N), (), "01-01"),  # Part B's, not Part A's $1,216 per benefit period
    "medicaid-one-day.271": (
        PlanType.MEDICAID_MANAGED_CARE, (D("0.00"), N, D("0.00"), N, N, D("0.00")),
        (N, N, N, N), ("DENTAL PROGRAM FOR ADULTS",), None),  # a one-day window
}


def summary_of(name: str):
    result = read_271((REAL / name).read_bytes())
    assert result.error is None, result.error
    return summarize(result.transactions[0])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_271s_read_as_worked_by_hand(name):
    plan_type, person, family, riders, year = EXPECTED[name]
    found = summary_of(name)
    tier = found.in_network
    assert found.plan_type is plan_type
    assert (tier.copay, tier.coinsurance, tier.deductible, tier.deductible_remaining,
            tier.oop_max, tier.oop_remaining) == person
    assert (tier.family_deductible, tier.family_deductible_remaining, tier.family_oop_max,
            tier.family_oop_remaining) == family
    assert found.riders == riders
    assert found.plan_year_start == year


def test_the_vision_riders_zero_is_not_the_out_of_network_limit():
    assert summary_of("vision-rider-medicare-advantage.271").out_of_network.oop_max is None


def test_the_combined_rehabilitation_limit_is_not_a_therapy_limit():
    tier = summary_of("family-deductible-hsa.271").in_network
    assert (tier.visit_limit, tier.auth_required) == (None, None)
    assert tier.aggregate


def test_the_specialist_copay_is_the_specialists():
    medical = summary_of("commercial-calendar-year.271").medical
    assert medical is not None
    assert (medical.primary_care_copay, medical.specialist_copay) == (D("45.00"), D("70.00"))


@pytest.mark.parametrize("name", [
    "aaa-33-subscriber-relay.271", "aaa-51-receiver.271", "aaa-63-subscriber.271",
    "aaa-72-subscriber-medicare.271", "aaa-every-level.271", "wrapped-core-fragment.271",
])
def test_a_rejection_at_any_level_gives_no_plan(name):
    found = summary_of(name)
    assert found.rejections
    assert estimate_plan(found) is None


@pytest.mark.parametrize("name", [
    "vision-rider-medicare-advantage.271", "medicare-advantage-accumulators.271",
    "commercial-calendar-year.271",
])
def test_no_mental_health_cost_share_means_no_price(name):
    """These state no copay or coinsurance for mental health: no estimate, not $0."""
    body = {"service": {"code": "90837", "allowed_amount": "150"}, "network": "in",
            "plan": estimate_plan(summary_of(name)), "sessions": {"count": 1}}
    with pytest.raises(InvalidInput) as refused:
        read_estimate_request(body, dt.date(2026, 3, 1))
    assert "cost_share_unknown" in {error.code for error in refused.value.errors}


def test_medicares_answer_naming_a_medicare_advantage_plan_prices_nothing():
    """CMS's sample lists an other-payer line with contract H0000: that plan pays, so
    Original Medicare's 20% after $147 is not this person's cost."""
    found = summary_of("medicare-part-a-b-other-payers.271")
    assert found.medicare_advantage_contract == "H0000 999"
    assert estimate_plan(found) is None
