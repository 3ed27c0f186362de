"""Prior-authorization guidance for each service, plan labels and regulators."""

from __future__ import annotations

import pytest

from benefits.appeals import REGULATORS, PlanType
from benefits.appeals.plan_types import PLAN_TYPE_LABEL
from benefits.appeals.prior_auth import (
    GUIDES,
    PHONE_SCRIPT,
    ROUTINE_PARITY,
    STEPS,
    Frequency,
    Service,
    guide_for,
)

ROUTINE = {Service.INTAKE_EVALUATION, Service.WEEKLY_THERAPY, Service.MORE_THAN_WEEKLY,
           Service.LONG_SESSIONS}


def test_plan_types_have_the_issue_values():
    assert [p.value for p in PlanType] == [
        "employer_self_funded", "employer_fully_insured", "individual", "government_employer",
        "medicaid_managed_care", "medicare_advantage", "original_medicare"]
    assert set(PLAN_TYPE_LABEL) == set(PlanType) == set(REGULATORS)


@pytest.mark.parametrize(("plan", "words"), [
    (PlanType.EMPLOYER_SELF_FUNDED, "1-866-444-3272"),
    (PlanType.EMPLOYER_FULLY_INSURED, "state insurance department"),
    (PlanType.INDIVIDUAL, "state insurance department"),
    (PlanType.GOVERNMENT_EMPLOYER, "CMS"),
    (PlanType.MEDICAID_MANAGED_CARE, "state Medicaid agency"),
    (PlanType.MEDICARE_ADVANTAGE, "1-800-MEDICARE"),
    (PlanType.ORIGINAL_MEDICARE, "1-800-MEDICARE"),
])
def test_regulator_for_each_plan_type(plan, words):
    regulator = REGULATORS[plan]
    assert words in regulator.name + " " + regulator.channel
    assert regulator.url.startswith("https://")


def test_every_service_has_guidance():
    assert set(GUIDES) == set(Service)
    for service, guide in GUIDES.items():
        assert guide.service is service and guide.label and guide.how_often
        assert len(guide.gather) >= 3 and guide.who_asks
        assert guide.source and guide.source_url.startswith("https://")
        assert isinstance(guide.frequency, Frequency)


def test_routine_therapy_carries_the_parity_angle():
    for service in ROUTINE:
        assert GUIDES[service].parity_angle == ROUTINE_PARITY
    for service in set(Service) - ROUTINE:
        assert GUIDES[service].parity_angle not in (None, ROUTINE_PARITY)


def test_codes_come_from_domain_facts():
    assert guide_for("long_sessions").codes == ("90837",)
    assert guide_for(Service.INTAKE_EVALUATION).codes == ("90791", "90792")
    assert guide_for("psychological_testing").codes[0] == "96130"
    assert guide_for("tms").codes == ()
    assert guide_for("residential").frequency is Frequency.ALMOST_ALWAYS
    with pytest.raises(ValueError):
        guide_for("massage")


def test_steps_and_phone_script():
    assert len(STEPS) >= 5 and len(PHONE_SCRIPT) >= 5
    assert any("reference number" in line for line in PHONE_SCRIPT)
