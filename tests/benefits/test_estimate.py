"""Hand-worked cases for every cost-sharing rule; each row says its arithmetic."""

from __future__ import annotations

import datetime as dt

import pytest

from benefits.estimate.engine import NotCovered, plan_year_starts, project
from tests.benefits.builders import D, limits, request, tier


def pays(req) -> list[str]:
    return [str(s.patient_pays) for s in project(req).sessions]


CASES = [
    # (id, request, what the person pays per session)
    ("deductible crossed inside a session",
     # 150 all deductible; then 50 deductible + 20% of 100 = 70; then 20% of 150 = 30
     request(150, tier(200, coins="0.20"), count=3), ["150.00", "70.00", "30.00"]),
    ("copay after the deductible",
     # 100 left of the deductible + copay 30 on the other 50; then the copay alone
     request(150, tier(100, copay="30"), count=2), ["130.00", "30.00"]),
    ("copay larger than the allowed amount",
     # copay 50 but the price is 40: min(50, 40) = 40, the plan pays 0
     request(40, tier(copay="50")), ["40.00"]),
    ("deductible does not apply to the copay",
     # 1000 deductible is skipped; the 25 copay starts at once
     request(180, tier(1000, copay="25", applies=False), count=2), ["25.00", "25.00"]),
    ("out-of-pocket maximum reached mid-session",
     # 20% of 300 = 60, but only 100 - 60 = 40 is left; then 0
     request(300, tier(oop=100, oop_met=60, coins="0.20"), count=2), ["40.00", "0.00"]),
    ("out-of-pocket cap cuts the deductible part",
     # D = 180 but only 1000 - 900 = 100 is left: pay 100, all of it deductible
     request(180, tier(500, oop=1000, oop_met=900, coins="0.20"), count=2), ["100.00", "0.00"]),
    ("plan-year reset between sessions, July plan year",
     # 06-17: 50 deductible + 10% of 50 = 55; 06-24: 10% of 100 = 10;
     # 07-01 reset: 100 all deductible (200 left); 07-08: 100 (100 left)
     request(100, tier(200, 150, coins="0.10"), count=4, first="2026-06-17",
             year_start=(7, 1)), ["55.00", "10.00", "100.00", "100.00"]),
    ("family limits smaller than the person's",
     # person has 1000 left, family only 100: 100 + 20% of 50 = 110; then 20% of 150
     request(150, tier(1000, coins="0.20", family=limits(3000, 2900)), count=2),
     ["110.00", "30.00"]),
    ("family out-of-pocket smaller than the person's",
     # person has 5000 left, family 20: 20% of 200 = 40 capped at 20; then 0
     request(200, tier(coins="0.20", oop=5000, family=limits(0, 0, 9000, 8980)), count=2),
     ["20.00", "0.00"]),
    ("out of network with a billed amount",
     # 40% of the 100 plan price = 40, plus the 160 - 100 = 60 balance bill
     request(100, network="out", billed="160", oon=tier(coins="0.40")), ["100.00"]),
    ("out of network without a billed amount",
     # 40% of 100; no balance bill is known
     request(100, network="out", oon=tier(coins="0.40")), ["40.00"]),
    ("no out-of-network benefits, billed amount given",
     # not covered: the provider's full 160
     request(100, network="out", billed="160"), ["160.00"]),
    ("no out-of-network benefits, no billed amount",
     # not covered: the allowed amount 100
     request(100, network="out"), ["100.00"]),
    ("visit limit reached",
     # 1 of 2 visits used: the next is covered (copay 20), then the full price 120
     request(120, tier(copay="20"), visits=(2, 1), count=2), ["20.00", "120.00"]),
    ("visit limit resets with the plan year",
     # 12-21 uses the only visit; 12-28 pays the full 120; 01-04 is a new plan year
     request(120, tier(copay="20"), visits=(1, 0), count=3, first="2026-12-21"),
     ["20.00", "120.00", "20.00"]),
    ("in network, a billed amount is never balance-billed",
     # in-network providers accept the plan price: 20% of 100 only
     request(100, tier(coins="0.20"), billed="250"), ["20.00"]),
    ("coinsurance rounds half-up to cents",
     # 50% of 10.05 = 5.025 -> 5.03 (not banker's 5.02)
     request("10.05", tier(coins="0.50")), ["5.03"]),
    ("no out-of-pocket limit (Original Medicare)",
     # 154.29 to the 283 deductible; then 128.71 + 20% of 25.58 (5.12) = 133.83;
     # then 20% of 154.29 = 30.858 -> 30.86, with no limit to cap the year
     request("154.29", tier(283, oop="none", coins="0.20"), count=3),
     ["154.29", "133.83", "30.86"]),
    ("no copay or coinsurance after the deductible",
     # 80 to the deductible, then the plan pays everything
     request(100, tier(80), count=2), ["80.00", "0.00"]),
    ("the issue's example: 20% after 1,500, 180 a session, weekly from November",
     # 8 x 180 = 1440; session 9: 60 + 20% of 120 = 84; Jan 1 reset: 180 x 3
     request(180, tier(1500, oop=5000, coins="0.20"), count=12, first="2026-11-02"),
     ["180.00"] * 8 + ["84.00"] + ["180.00"] * 3),
]


@pytest.mark.parametrize(("req", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hand_worked_case(req, expected):
    assert pays(req) == expected


def test_issue_example_totals_and_milestones():
    result = project(request(180, tier(1500, oop=5000, coins="0.20"), count=12,
                             first="2026-11-02"))
    assert result.patient_total == D("2064.00")  # 1440 + 84 + 540
    assert result.plan_total == D("96.00")  # 12 x 180 - 2064
    assert result.milestones.deductible_met_session == 9
    assert result.milestones.oop_max_reached_session is None
    assert result.milestones.plan_year_resets == (dt.date(2027, 1, 1),)
    ninth = result.sessions[8]
    assert (ninth.deductible, ninth.coinsurance, ninth.plan_pays) == (D(60), D(24), D(96))
    tenth = result.sessions[9]
    assert tenth.reset_on == dt.date(2027, 1, 1) and tenth.deductible == D(180)


def test_session_parts_and_accumulators():
    first, second = project(request(150, tier(200, coins="0.20"), count=2)).sessions
    assert (first.deductible, first.coinsurance, first.plan_pays) == (D(150), D(0), D(0))
    assert (second.deductible, second.coinsurance, second.plan_pays) == (D(50), D(20), D(80))
    assert (second.deductible_met_after, second.oop_met_after) == (D(200), D(220))


def test_copay_part_is_reported_as_copay():
    cost = project(request(150, tier(100, copay="30"))).sessions[0]
    assert (cost.deductible, cost.copay, cost.coinsurance) == (D(100), D(30), D(0))


def test_balance_bill_is_outside_the_accumulators():
    req = request(100, network="out", billed="160", oon=tier(coins="0.40"))
    cost = project(req).sessions[0]
    assert (cost.balance_bill, cost.plan_pays, cost.oop_met_after) == (D(60), D(60), D(40))


@pytest.mark.parametrize(("req", "reason"), [
    (request(100, network="out"), NotCovered.NO_OUT_OF_NETWORK),
    (request(100, tier(copay="20"), visits=(3, 3)), NotCovered.VISIT_LIMIT),
])
def test_not_covered_sessions_say_why_and_accrue_nothing(req, reason):
    cost = project(req).sessions[0]
    assert not cost.covered and cost.reason is reason and cost.plan_pays == 0


@pytest.mark.parametrize(("req", "deductible_session", "oop_session"), [
    # already met before the first session -> 0
    (request(100, tier(500, 500, coins="0.2"), count=2), 0, None),
    # met during session 3 (100 + 100 + 100 = 300)
    (request(100, tier(300, coins="0.2"), count=5), 3, None),
    # not met within the first plan year (Dec 28 then a Jan 1 reset) -> None
    (request(100, tier(1000), count=3, first="2026-12-21"), None, None),
    # out-of-pocket maximum reached in session 2 (100 + 100 >= 150)
    (request(100, tier(1000, oop=150), count=3), None, 2),
    # no out-of-network benefits: no accumulators at all
    (request(100, network="out", count=2), None, None),
])
def test_milestones(req, deductible_session, oop_session):
    milestones = project(req).milestones
    assert milestones.deductible_met_session == deductible_session
    assert milestones.oop_max_reached_session == oop_session


@pytest.mark.parametrize(("first", "last", "start", "expected"), [
    # the first start is strictly after the first session
    ("2026-01-01", "2027-01-01", (1, 1), ["2027-01-01"]),
    ("2026-06-30", "2028-07-01", (7, 1), ["2026-07-01", "2027-07-01", "2028-07-01"]),
    ("2026-07-02", "2027-06-30", (7, 1), []),
])
def test_plan_year_starts(first, last, start, expected):
    found = plan_year_starts(dt.date.fromisoformat(first), dt.date.fromisoformat(last), start)
    assert [d.isoformat() for d in found] == expected


def test_self_pay_comparison():
    result = project(request(180, tier(1500, coins="0.2"), count=4, self_pay="120"))
    assert result.self_pay is not None
    assert (result.self_pay.per_session, result.self_pay.total) == (D(120), D(480))
