"""Each EB line read in its own scope: riders, shared limits, plan year, plan type, place.

Each 271 here is shaped like the real payer answers described in tests/benefits/x12/real/
(written small, one rule at a time); the expected values are worked by hand.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from benefits.summary.model import PlanType, estimate_plan
from benefits.summary.parity import check_parity
from tests.benefits.x12.build import summary

ACTIVE = "EB*1**30*PR*CHOICE PPO"
MH_COPAY = "EB*B*IND*MH*PR**27*40*****Y"


def test_a_vision_riders_zero_limits_never_become_the_medical_plans():
    found = summary(
        ACTIVE, "EB*G*IND*30*PR**23*6000*****N", MH_COPAY,
        "EB*1**30*VIS*VISION PLUS PLAN",
        "EB*G*IND*30*VIS*VISION PLUS PLAN*23*0*****N",
        "EB*C*IND*30*VIS*VISION PLUS PLAN*23*0*****N")
    assert found.out_of_network.oop_max == D("6000.00")
    assert found.out_of_network.deductible is None  # the vision $0 is not the plan's
    assert found.riders == ("VISION PLUS PLAN",)
    assert found.plan_name == "CHOICE PPO"


def test_a_dental_rider_does_not_give_the_insurance_type():
    found = summary("EB*1**35*DEN*DENTAL BASIC", ACTIVE, MH_COPAY)
    assert found.insurance_type == "PR"
    assert found.riders == ("DENTAL BASIC",)


def test_a_combined_rehabilitation_limit_is_not_a_therapy_limit():
    found = summary(ACTIVE, MH_COPAY, "EB*F*IND*33^AD^BD^BG*PR**23***VS*60**N")
    assert found.in_network.visit_limit is None
    assert found.in_network.auth_required is None


def test_a_limit_mental_health_shares_with_other_care_is_named_as_shared():
    found = summary(ACTIVE, MH_COPAY, "EB*F*IND*MH^33^AD*PR**23***VS*30")
    assert found.in_network.visit_limit == 30
    assert found.in_network.visit_limit_shared_with == ("33", "AD")
    plan = estimate_plan(found)
    assert plan is not None and plan["visit_limit"] is None  # not a count of therapy alone


def test_calendar_year_deductibles_beat_a_mid_year_plan_begin_date():
    found = summary(ACTIVE, "EB*C*IND*30*PR**23*1500*****Y", MH_COPAY,
                    subscriber_extra="DTP*346*D8*20260715")
    assert (found.plan_year_start, found.plan_year_basis) == ("01-01", "calendar_year")


def test_a_one_day_eligibility_window_is_not_a_plan_year():
    found = summary("EB*1**30*MC*STATE MEDICAID", "EB*B*IND*MH*MC**27*0",
                    subscriber_extra="DTP*291*RD8*20260301-20260301")
    assert found.plan_year_start is None
    assert found.plan_year_basis is None


def test_a_plan_period_of_one_year_gives_the_plan_year():
    found = summary(ACTIVE, "EB*C*IND*30*PR**22*1500*****Y", MH_COPAY,
                    subscriber_extra="DTP*291*RD8*20260701-20270630")
    assert (found.plan_year_start, found.plan_year_basis) == ("07-01", "plan_dates")


@pytest.mark.parametrize(("code", "expected"), [
    ("HN", PlanType.MEDICARE_ADVANTAGE), ("MC", PlanType.MEDICAID_MANAGED_CARE),
    ("MB", PlanType.ORIGINAL_MEDICARE), ("IP", PlanType.INDIVIDUAL), ("PR", None),
])
def test_the_plan_type_comes_from_eb04(code, expected):
    assert summary(f"EB*1**30*{code}*PLAN", f"EB*B*IND*MH*{code}**27*20").plan_type is expected


def test_medicare_advantage_members_do_not_get_the_employer_parity_text():
    ma = check_parity(summary("EB*1**30*HN*SENIOR ADVANTAGE", "EB*B*IND*MH*HN**27*20"))
    ppo = check_parity(summary(ACTIVE, MH_COPAY))
    assert (ma.applies, ppo.applies) == (False, True)
    assert ma.enforcer is not None and ma.enforcer.code.value == "none_medicare_advantage"


def test_a_specialist_copay_is_not_the_primary_care_copay():
    found = summary(ACTIVE, MH_COPAY, "EB*B*IND*98*PR**27*60*****Y",
                    "MSG*SPECIALIST OFFICE VISIT", "EB*B*IND*98*PR**27*25*****Y",
                    "MSG*PRIMARY CARE OFFICE VISIT")
    assert found.medical is not None
    assert found.medical.specialist_copay == D("60.00")
    assert found.medical.primary_care_copay == D("25.00")


@pytest.mark.parametrize("office_first", [True, False])
def test_office_and_telehealth_copays_are_both_kept_whatever_their_order(office_first):
    office = ["EB*B*IND*MH*PR**27*40*****Y", "III*ZZ*11"]
    tele = ["EB*B*IND*MH*PR**27*0*****Y", "III*ZZ*02"]
    found = summary(ACTIVE, *(office + tele if office_first else tele + office))
    assert found.in_network.copay == D("40.00")
    assert found.in_network.telehealth_copay == D("0.00")
    plan = estimate_plan(found)
    assert plan is not None
    assert plan["in_network"]["telehealth"]["copay"] == "0.00"


def test_a_telehealth_message_scopes_its_line():
    found = summary(ACTIVE, "EB*B*IND*MH*PR**27*40*****Y", "EB*B*IND*MH*PR**27*10*****Y",
                    "MSG*TELEHEALTH VISITS")
    assert (found.in_network.copay, found.in_network.telehealth_copay) == (D("40.00"),
                                                                           D("10.00"))


def test_family_only_accumulators_make_an_aggregate_plan_the_estimator_takes():
    found = summary(ACTIVE, "EB*C*FAM*30*PR**23*6000*****Y", "EB*C*FAM*30*PR**29*4500*****Y",
                    "EB*G*FAM*30*PR**23*12000*****Y", "EB*A*IND*MH*PR****.2****Y")
    assert found.in_network.aggregate
    plan = estimate_plan(found)
    assert plan is not None
    assert plan["in_network"]["accumulators"] == "aggregate"
    assert plan["in_network"]["family"]["deductible_met"] == "1500.00"


@pytest.mark.parametrize("member", [
    ("AAA*N**72*C",),  # the member id was wrong
    ("EB*6**30*PR*CHOICE PPO", MH_COPAY),  # the coverage ended
])
def test_a_rejected_or_inactive_member_gives_no_plan_to_estimate(member):
    assert estimate_plan(summary(*member)) is None
