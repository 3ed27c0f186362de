"""The public 271 samples (IG examples) read with the values they are known to carry."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from benefits.x12 import Level, read_271, summary_for
from tests.benefits.x12.files import SAMPLES

BENEFITS = ["ig-Example_3_1_2.txt", "ig-Example_3_2_2.txt",
            "lfh-subscriber-health-benefit-check.271", "lfh-dependent-health-benefit-check.271"]
DEPENDENT = {"ig-Example_3_2_2.txt", "lfh-dependent-health-benefit-check.271"}
RECEIVER_REJECTED = ["ig-Example_3_1_3.txt", "lfh-subscriber-health-benefit-check-error.271"]


def sample(name: str) -> bytes:
    path = SAMPLES / name
    if not path.is_file():
        pytest.skip(f"{SAMPLES} is not here")
    return path.read_bytes()


@pytest.mark.parametrize("name", BENEFITS)
def test_mental_health_copays_of_the_guide_examples(name):
    result = read_271(sample(name))
    summary = summary_for(result)
    # EB*B**1^33^35^47^86^88^98^AL^MH^UC*HM*GOLD 123 PLAN*27*10 (Y) and *27*30 (N)
    assert (summary.in_network.copay, summary.out_of_network.copay) == (D("10.00"), D("30.00"))
    assert (summary.plan_name, summary.insurance_type, summary.active) == (
        "GOLD 123 PLAN", "HM", True)
    assert summary.plan_year_start == "01-01"  # DTP*346*D8*20060101
    transaction = result.transactions[0]
    assert transaction.payer.name == "ABC COMPANY"
    assert (transaction.subscriber.name, transaction.subscriber.id) == ("JOHN SMITH",
                                                                         "123456789")
    patient = "MARY SMITH" if name in DEPENDENT else "JOHN SMITH"
    assert transaction.patient.name == patient
    pcp = next(line for line in transaction.benefits if line.code == "L").entities[0]
    assert (pcp.code, pcp.full_name, pcp.id) == ("P3", "MARCUS JONES", "0202034")


def test_the_guide_example_with_rejections_at_every_level():
    transaction = read_271(sample("ig-Example_3_1_2.txt")).transactions[0]
    assert [(r.level, r.reason) for r in transaction.rejections] == [
        (Level.PAYER, "80"), (Level.PAYER, "79"), (Level.PAYER, "79"), (Level.PAYER, "80"),
        (Level.RECEIVER, "41"), (Level.RECEIVER, "41"), (Level.SUBSCRIBER, "42"),
        (Level.SUBSCRIBER, "51"), (Level.SUBSCRIBER, "60")]
    limitation = next(line for line in transaction.benefits if line.code == "F")
    assert (limitation.coverage_level, limitation.service_types) == ("IND", ("12",))
    assert (limitation.time_period, limitation.auth_required) == ("32", True)


def test_the_guide_example_without_benefits():
    result = read_271(sample("ig-Example_ErrorWithoutBenefitInfo.txt"))
    assert result.transactions[0].benefits == ()
    assert result.transactions[0].rejections[-1].description == (
        "Unable to respond at the current time")


@pytest.mark.parametrize("name", RECEIVER_REJECTED)
def test_a_provider_ineligible_for_inquiries(name):
    transaction = read_271(sample(name)).transactions[0]
    assert [(r.level, r.reason, r.valid) for r in transaction.rejections] == [
        (Level.RECEIVER, "50", True)]
    assert transaction.subscriber is None and transaction.benefits == ()
