"""The estimator prices only with what is stated: cost share, place, aggregate family limits."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from benefits.estimate.engine import project
from benefits.estimate.explain import course_notes
from benefits.estimate.request import read_estimate_request
from benefits.fields import InvalidInput
from tests.benefits.test_estimate_input import GOOD, TODAY


def first_pays(body: dict) -> Decimal:
    return project(read_estimate_request(body, TODAY)).sessions[0].patient_pays


def errors(body: dict) -> set[tuple[str, str]]:
    with pytest.raises(InvalidInput) as refused:
        read_estimate_request(body, TODAY)
    return {(error.path, error.code) for error in refused.value.errors}


def tier(**changes: object) -> dict:
    body = copy.deepcopy(GOOD)
    body["plan"]["in_network"].update(changes)
    return body


def test_no_copay_and_no_coinsurance_is_refused_not_zero():
    assert errors(tier(copay=None, coinsurance=None)) == {
        ("plan.in_network.copay", "cost_share_unknown")}


def test_an_unknown_deductible_is_named_as_unknown():
    assert ("plan.in_network.deductible", "deductible_unknown") in errors(tier(deductible=None))


def test_a_stated_zero_percent_still_prices():
    body = tier(coinsurance="0", deductible="0")
    assert first_pays(body) == Decimal("0.00")


def test_only_the_priced_tier_needs_its_numbers():
    body = copy.deepcopy(GOOD)
    body["network"] = "out"
    body["plan"]["in_network"] = {"deductible": None, "copay": None, "coinsurance": None}
    body["plan"]["out_of_network"] = {"deductible": "0", "coinsurance": "0.4"}
    # 40% of the 180.00 price, plus the 40.00 the therapist bills above it.
    assert first_pays(body) == Decimal("112.00")
    body["plan"]["out_of_network"] = {"deductible": "0"}
    assert errors(body) == {("plan.out_of_network.copay", "cost_share_unknown")}


def test_telehealth_uses_its_own_share_and_may_skip_the_deductible():
    body = tier(telehealth={"copay": "10", "deductible_applies": False})
    assert first_pays(body) == Decimal("180.00")  # an office visit: all to the deductible
    body["service"]["place"] = "telehealth"
    assert first_pays(body) == Decimal("10.00")  # an HDHP's telehealth before the deductible
    notes = course_notes(project(read_estimate_request(body, TODAY)))
    assert "telehealth_share" in {note.kind for note in notes}


def test_telehealth_without_its_own_share_uses_the_office_one_and_says_so():
    body = copy.deepcopy(GOOD)
    body["service"]["place"] = "telehealth"
    projection = project(read_estimate_request(body, TODAY))
    assert projection.sessions[0].patient_pays == Decimal("180.00")
    assert "telehealth_share_not_stated" in {note.kind for note in course_notes(projection)}


def test_a_bad_place_is_named():
    body = copy.deepcopy(GOOD)
    body["service"]["place"] = "moon"
    assert ("service.place", "invalid_choice") in errors(body)


def test_an_aggregate_family_plan_counts_only_the_family_total():
    body = tier(deductible=None, deductible_met=None, oop_max=None, oop_met=None,
                family={"deductible": "3000", "deductible_met": "2900", "oop_max": "8000",
                        "oop_met": "2900"})
    # 100 left of the family deductible, then 20% of the other 80.
    assert first_pays(body) == Decimal("116.00")
    projection = project(read_estimate_request(body, TODAY))
    assert "aggregate_family" in {note.kind for note in course_notes(projection)}


def test_aggregate_said_outright_ignores_a_personal_deductible():
    body = tier(accumulators="aggregate",
                family={"deductible": "3000", "deductible_met": "3000"})
    assert first_pays(body) == Decimal("36.00")  # the family total is met: 20% of 180


def test_aggregate_without_family_limits_is_refused():
    assert ("plan.in_network.family.deductible", "deductible_unknown") in errors(
        tier(accumulators="aggregate"))


def test_a_telehealth_session_needs_only_the_telehealth_share():
    body = tier(copay=None, coinsurance=None, deductible="0",
                telehealth={"copay": "15"})
    body["service"]["place"] = "telehealth"
    assert first_pays(body) == Decimal("15.00")
    body["service"]["place"] = "office"
    assert errors(body) == {("plan.in_network.copay", "cost_share_unknown")}


@pytest.mark.parametrize("deductible", [None, "1500"])
def test_an_empty_family_object_is_no_family(deductible):
    body = tier(deductible=deductible, family={})
    if deductible is None:
        assert errors(body) == {("plan.in_network.deductible", "deductible_unknown")}
    else:
        assert first_pays(body) == Decimal("180.00")
