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


def test_a_telehealth_lines_deductible_message_does_not_change_the_office_visit():
    found = summary(ACTIVE, "EB*C*IND*30***23*3000*****Y", "EB*A*IND*MH***27**.1****Y",
                    "III*ZZ*11", "EB*B*IND*MH***27*0*****Y", "III*ZZ*02",
                    "MSG*DEDUCTIBLE DOES NOT APPLY")
    tier = found.in_network
    assert (tier.deductible_applies, tier.telehealth_deductible_applies) == (None, False)
    plan = estimate_plan(found)
    assert plan is not None and plan["in_network"]["telehealth"]["deductible_applies"] is False
    assert plan["in_network"]["deductible_applies"] is None


def test_a_calendar_year_office_visit_line_does_not_set_the_plan_year():
    found = summary(ACTIVE, "EB*C*IND*30***22*1500*****Y", "DTP*291*RD8*20250701-20260630",
                    "EB*C*IND*98***23*0*****Y", MH_COPAY)
    assert (found.plan_year_start, found.plan_year_basis) == ("07-01", "plan_dates")


@pytest.mark.parametrize("hospital", ["21", "22"])
def test_a_hospital_place_of_service_is_not_the_office(hospital):
    for order in (1, -1):
        lines = [["EB*B*IND*MH***27*250*****Y", f"III*ZZ*{hospital}"],
                 ["EB*B*IND*MH***27*30*****Y", "III*ZZ*11"]][::order]
        found = summary(ACTIVE, *lines[0], *lines[1])
        assert found.in_network.copay == D("30.00")


def test_a_line_marked_for_the_office_beats_an_unmarked_one():
    found = summary(ACTIVE, "EB*B*IND*MH***27*50*****Y", "EB*B*IND*MH***27*30*****Y",
                    "III*ZZ*11")
    assert found.in_network.copay == D("30.00")


def test_a_medical_plan_named_with_its_extras_is_not_a_rider():
    found = summary("EB*1**30*HN*AARP MEDICARE ADVANTAGE PPO WITH DENTAL AND VISION",
                    "EB*C*IND*30*HN**23*500", "EB*B*IND*MH*HN**27*40")
    assert found.plan_type is PlanType.MEDICARE_ADVANTAGE
    assert (found.riders, found.in_network.deductible) == ((), D("500.00"))


def test_another_payers_lines_do_not_give_the_plan_type():
    found = summary("EB*1**30**OPEN ACCESS PLUS", "EB*R**30*MB", MH_COPAY)
    assert found.plan_type is None


def test_a_part_a_hospital_copay_is_not_a_therapy_copay():
    found = summary("EB*1**30*MA", "EB*B**30*MA**7*0", "EB*C**30*MA**26*1676")
    assert found.in_network.copay is None and found.in_network.deductible is None


def test_medicare_naming_a_medicare_advantage_plan_gives_no_original_medicare_estimate():
    found = summary("EB*1**30*MB", "EB*C**30*MB**23*283", "EB*A**A6*MB**27**.2",
                    "EB*R**30*IN", "REF*18*H1234 001")
    assert found.medicare_advantage_contract == "H1234 001"
    assert estimate_plan(found) is None


def test_a_rejection_of_one_benefit_question_does_not_block_the_estimate():
    found = summary(ACTIVE, "EB*C*IND*30*PR**23*0", MH_COPAY,
                    "EB*1*IND*****************HC:90899", "AAA*Y**AG*C")
    assert found.rejections == ()
    assert estimate_plan(found) is not None


def test_a_single_plan_date_is_not_the_plan_year():
    found = summary(ACTIVE, MH_COPAY, subscriber_extra="DTP*291*D8*20260923")
    assert found.plan_year_start is None


def test_a_program_named_on_whole_plan_lines_is_ranked_by_its_name():
    found = summary("EB*1*IND*30^60^MH*MC*MENTAL HEALTH INPATIENT",
                    "EB*B*IND*30*MC*MENTAL HEALTH INPATIENT**75",
                    "EB*1*IND*30^60^98^MH*MC*MENTAL HEALTH OUTPATIENT",
                    "EB*B*IND*30*MC*MENTAL HEALTH OUTPATIENT**0")
    assert found.in_network.copay == D("0.00")


def test_a_message_that_telehealth_is_also_offered_keeps_the_line_for_the_office():
    found = summary(ACTIVE, "EB*B*IND*MH*PR**27*40*****Y", "MSG*VIRTUAL VISITS AVAILABLE")
    assert (found.in_network.copay, found.in_network.telehealth_copay) == (D("40.00"), None)


@pytest.mark.parametrize("tele_first", [True, False])
def test_the_medical_office_copay_is_not_the_telemedicine_one(tele_first):
    tele = ["EB*B*IND*98*PR**27*0*****Y", "III*ZZ*02"]
    office = ["EB*B*IND*98*PR**27*45*****Y", "III*ZZ*11"]
    found = summary(ACTIVE, MH_COPAY, *(tele + office if tele_first else office + tele))
    assert found.medical is not None and found.medical.primary_care_copay == D("45.00")


def test_a_rider_section_does_not_take_a_limit_the_medical_plan_has_not_stated():
    found = summary(ACTIVE, "EB*C*FAM*30*PR**23*3000*****Y", MH_COPAY,
                    "EB*1**30**VSP VISION PLAN", "EB*C*IND*30***23*1500*****Y")
    tier = found.in_network
    assert (tier.deductible, tier.family_deductible, tier.aggregate) == (
        D("1500.00"), D("3000.00"), False)
