"""Mental-health summaries of the fixtures, each written out by hand from the file's EB lines."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from benefits.summary.model import (
    BenefitsSummary,
    CarveOut,
    MedicalVisits,
    Source,
    TierSummary,
    estimate_plan,
)
from benefits.x12 import read_271, summarize, summary_for
from tests.benefits.x12.files import fixture_text, read_fixture

X12 = Source.X12

EXPECTED = {
    # EB B for MH^A6^CF: $25 with EB12 Y, $60 with N; DTP 346 starts the plan year.
    "subscriber_ig.x12": BenefitsSummary(
        X12, plan_name="EVERGREEN PPO 500", insurance_type="PR", active=True,
        in_network=TierSummary(covered=True, copay=D("25.00")),
        out_of_network=TierSummary(covered=True, copay=D("60.00")),
        plan_year_start="01-01", plan_year_basis="plan_dates"),
    # The dependent's loop: $40 in network, EB I with N (not covered) out of network,
    # a $20 office-visit (98) copay, and a July plan year.
    "dependent.x12": BenefitsSummary(
        X12, plan_name="RIDGELINE HMO SELECT", insurance_type="HM", active=True,
        in_network=TierSummary(covered=True, copay=D("40.00")),
        out_of_network=TierSummary(covered=False),
        plan_year_start="07-01", plan_year_basis="plan_begin",
        medical=MedicalVisits(primary_care_copay=D("20.00"))),
    # 20% in and 40% out; the $0 copay beside the 20% yields to it; the deductible's EB12 W
    # puts it in both tiers.
    "coinsurance_one_line.x12": BenefitsSummary(
        X12, plan_name="SUMMIT OPEN ACCESS", insurance_type="PR", active=True,
        in_network=TierSummary(covered=True, coinsurance=D("0.2"), deductible=D("1500.00")),
        out_of_network=TierSummary(covered=True, coinsurance=D("0.4"),
                                   deductible=D("1500.00")),
        plan_year_start="01-01", plan_year_basis="calendar_year"),
    # Totals (EB06 23) and remaining amounts (29) for IND and FAM; out of network the
    # deductible has $350 used so far (24), so $3,650 remains.
    "accumulators_bom.x12": BenefitsSummary(
        X12, plan_name="SUMMIT PPO 2000", active=True,
        in_network=TierSummary(
            covered=True, copay=D("30.00"),
            deductible=D("2000.00"), deductible_remaining=D("1250.50"),
            oop_max=D("6000.00"), oop_remaining=D("5200.00"),
            family_deductible=D("4000.00"), family_deductible_remaining=D("3100.00"),
            family_oop_max=D("12000.00"), family_oop_remaining=D("10400.00")),
        out_of_network=TierSummary(
            covered=True, coinsurance=D("0.3"),
            deductible=D("4000.00"), deductible_remaining=D("3650.00"),
            oop_max=D("12000.00")),
        plan_year_start="01-01", plan_year_basis="calendar_year"),
    # HSD 30 visits a service year on the in-network line, 18 left (EB F 29); out of
    # network EB F gives 20 a year and a message; 40 medical office visits (98).
    "visit_limits.x12": BenefitsSummary(
        X12, plan_name="CASCADE HMO", active=True,
        in_network=TierSummary(covered=True, copay=D("20.00"), visit_limit=30,
                               visits_remaining=18),
        out_of_network=TierSummary(
            visit_limit=20,
            messages=("VISIT LIMIT COMBINED FOR ALL OUTPATIENT MENTAL HEALTH SERVICES",)),
        plan_year_start="01-01", plan_year_basis="plan_begin",
        medical=MedicalVisits(visit_limit=40, visit_limit_known=True)),
    # The 90837 procedure line ($50, EB11 Y) beats the MH^CF line ($35, EB11 N).
    "auth_required.x12": BenefitsSummary(
        X12, plan_name="PINE VALLEY EPO", insurance_type="EP", active=True,
        in_network=TierSummary(covered=True, copay=D("50.00"), auth_required=True,
                               messages=("PRIOR AUTHORIZATION REQUIRED AFTER 12 VISITS",)),
        out_of_network=TierSummary(covered=False),
        plan_year_start="01-01", plan_year_basis="plan_begin", therapy_prior_auth=True),
    # EB U for MH with a 2120 vendor and its phone; the message has no EB12, so both tiers.
    "carve_out_entity.x12": BenefitsSummary(
        X12, plan_name="BRIGHTWATER CHOICE POS", active=True,
        in_network=TierSummary(
            messages=("BEHAVIORAL HEALTH BENEFITS ARE ADMINISTERED SEPARATELY",)),
        out_of_network=TierSummary(
            messages=("BEHAVIORAL HEALTH BENEFITS ARE ADMINISTERED SEPARATELY",)),
        carve_out=CarveOut("TIDEWATER BEHAVIORAL SERVICES", "8885550147", "eb_u"),
        plan_year_start="01-01", plan_year_basis="plan_begin"),
    # Only a whole-plan $15 copay; active MH coverage with no EB12 covers both tiers; the
    # message names a behavioral-health company.
    "message_carve_out.x12": BenefitsSummary(
        X12, plan_name="HIGHLAND GOLD PPO", active=True,
        in_network=TierSummary(covered=True, copay=D("15.00")),
        out_of_network=TierSummary(covered=True),
        carve_out=CarveOut("Carelon", "1-800-555-0163", "message"),
        plan_year_start="01-01", plan_year_basis="plan_begin",
        medical=MedicalVisits(primary_care_copay=D("15.00"))),
    # AAA 75: no benefits at all.
    "rejection.x12": BenefitsSummary(X12, rejections=("75",)),
    "inactive.x12": BenefitsSummary(X12, plan_name="EVERGREEN PPO 500", active=False),
    # The first of two transactions.
    "two_transactions.x12": BenefitsSummary(
        X12, plan_name="EVERGREEN PPO 500", insurance_type="PR", active=True,
        in_network=TierSummary(covered=True, copay=D("25.00")),
        plan_year_start="01-01", plan_year_basis="plan_begin"),
    # A 2120 managed-care organization (Y2) on an active MH line.
    "entity_admin.x12": BenefitsSummary(
        X12, plan_name="CRESTLINE VALUE PLAN", active=True,
        in_network=TierSummary(covered=True, copay=D("45.00")),
        out_of_network=TierSummary(covered=True),
        carve_out=CarveOut("CRESTLINE CARE MANAGEMENT", "8775550190", "entity"),
        plan_year_start="01-01", plan_year_basis="plan_begin"),
}

DONE_WHEN = BenefitsSummary(
    X12, plan_name="LAKESHORE CHOICE PPO", insurance_type="PR", active=True,
    in_network=TierSummary(covered=True, copay=D("30.00"),
                           deductible=D("2000.00"), deductible_remaining=D("500.00"),
                           oop_max=D("5000.00"), oop_remaining=D("3200.00")),
    out_of_network=TierSummary(covered=True, coinsurance=D("0.4")),
    carve_out=CarveOut("NORTHSTAR BEHAVIORAL HEALTH PARTNERS", "8005550142", "eb_u"),
    plan_year_start="01-01", plan_year_basis="calendar_year")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_fixture_summarizes_as_written_by_hand(name):
    assert summary_for(read_fixture(name)) == EXPECTED[name]


def test_done_when_a_30_dollar_copay_2000_deductible_500_left_and_a_carve_out():
    summary = summary_for(read_fixture("done_when.x12"))
    assert summary == DONE_WHEN
    assert estimate_plan(summary) == {
        "plan_year_start": "01-01",
        "in_network": {"deductible": "2000.00", "deductible_met": "1500.00",
                       "oop_max": "5000.00", "oop_met": "1800.00", "copay": "30.00",
                       "coinsurance": None, "deductible_applies": None, "family": None},
        "out_of_network": {"deductible": None, "deductible_met": None, "oop_max": None,
                           "oop_met": None, "copay": None, "coinsurance": "0.4",
                           "deductible_applies": None, "family": None},
        "visit_limit": None,
    }


def test_the_second_transaction_has_its_own_summary():
    result = read_fixture("two_transactions.x12")
    assert summary_for(result, 1) == BenefitsSummary(
        X12, plan_name="EVERGREEN HDHP 3300", active=True,
        in_network=TierSummary(covered=True, coinsurance=D("0.1"), deductible=D("3300.00")),
        plan_year_start="01-01", plan_year_basis="calendar_year")
    assert summarize(result.transactions[1]) == summary_for(result, 1)


def test_out_of_network_not_covered_leaves_the_estimator_no_tier():
    plan = estimate_plan(summary_for(read_fixture("auth_required.x12")))
    assert plan["out_of_network"] is None
    assert plan["in_network"]["copay"] == "50.00"


def test_visit_limits_reach_the_estimator_as_visits_and_used():
    plan = estimate_plan(summary_for(read_fixture("visit_limits.x12")))
    assert plan["visit_limit"] == {"visits": 30, "used": 12}  # 30 a year, 18 left


def test_family_amounts_reach_the_estimator():
    plan = estimate_plan(summary_for(read_fixture("accumulators_bom.x12")))
    assert plan["in_network"]["family"] == {"deductible": "4000.00", "deductible_met": "900.00",
                                            "oop_max": "12000.00", "oop_met": "1600.00"}


@pytest.mark.parametrize(("message", "applies"), [
    ("DEDUCTIBLE DOES NOT APPLY TO OFFICE VISITS", False),
    ("NOT SUBJECT TO THE DEDUCTIBLE", False),
    ("COPAY APPLIES AFTER DEDUCTIBLE", True),
    ("COPAY PER VISIT", None),
])
def test_a_message_on_the_therapy_line_may_say_whether_the_deductible_applies(message, applies):
    line = "EB*B**MH^A6^CF*PR**27*30*****Y~\n"
    text = fixture_text("done_when.x12").replace(line, f"{line}MSG*{message}~\n")
    tier = summary_for(read_271(text)).in_network
    assert (tier.deductible_applies, tier.messages) == (applies, (message,))


def test_summary_for_a_failed_read_has_no_transaction():
    with pytest.raises(IndexError):
        summary_for(read_271("not an interchange"))
