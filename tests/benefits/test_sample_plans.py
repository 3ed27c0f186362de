"""Sample plans: they load, their numbers hold together, and the estimator accepts them."""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
import textstat

from benefits.estimate.engine import NotCovered, project
from benefits.estimate.plan import NO_LIMIT
from benefits.estimate.request import read_estimate_request
from benefits.summary import sample_plans as module
from benefits.summary.model import PlanType, Source, TierSummary, estimate_plan
from benefits.summary.parity import FlagCode, check_parity
from benefits.summary.sample_plans import (
    SamplePlanError,
    get_sample_plan,
    load_sample_plans,
    sample_data_text,
    sample_plans,
)

SAMPLES = sample_plans()
TODAY = dt.date(2026, 1, 5)
# 2026 ACA in-network out-of-pocket ceilings (individual, family).
ACA_OOP_MAX, ACA_FAMILY_OOP_MAX = Decimal("10600"), Decimal("21200")
ARCHETYPES = {"ppo-copay", "ppo-coinsurance", "hmo-no-out-of-network", "hdhp-hsa",
              "marketplace-silver", "medicaid-managed-care", "original-medicare",
              "self-funded-carve-out"}
RED_FLAG_SAMPLE = "self-funded-carve-out"
MAX_GRADE = 8.5


def by_id(plan_id: str):
    plan = get_sample_plan(plan_id)
    assert plan is not None, plan_id
    return plan


def tiers(plan) -> list[tuple[str, TierSummary]]:
    return [("in", plan.summary.in_network), ("out", plan.summary.out_of_network)]


def test_the_catalog_has_every_archetype_once_in_a_stable_order():
    ids = [plan.id for plan in SAMPLES]
    assert len(ids) == len(set(ids)) >= 8
    assert ARCHETYPES <= set(ids)
    assert sample_plans() is SAMPLES  # cached


def test_get_sample_plan_finds_by_id_and_returns_none_otherwise():
    assert get_sample_plan("ppo-copay") is SAMPLES[0]
    assert get_sample_plan("no-such-plan") is None


@pytest.mark.parametrize("plan", SAMPLES, ids=lambda p: p.id)
def test_each_sample_is_labelled_and_complete(plan):
    summary = plan.summary
    assert summary.source is Source.SAMPLE and summary.plan_name == plan.name
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", plan.id)
    assert plan.name.startswith(("Example ", "Original Medicare"))
    assert "made-up" in plan.description or summary.plan_type is PlanType.ORIGINAL_MEDICARE
    assert summary.plan_type is not None and summary.medical is not None
    assert summary.in_network.covered is True
    assert summary.separate_mental_health_deductible is not None
    assert summary.therapy_prior_auth is not None


@pytest.mark.parametrize("plan", SAMPLES, ids=lambda p: p.id)
def test_each_samples_numbers_hold_together(plan):
    for name, tier in tiers(plan):
        if tier.covered is False:
            assert tier.copay is tier.coinsurance is tier.deductible is None, name
            continue
        assert (tier.copay is None) != (tier.coinsurance is None), name  # exactly one
        assert tier.coinsurance is None or 0 <= tier.coinsurance <= 1, name
        assert tier.deductible is not None and tier.deductible_applies is not None, name
        if tier.oop_max is not None:
            assert tier.deductible <= tier.oop_max, name
        if tier.family_oop_max is not None:
            assert tier.family_deductible is not None, name
            assert tier.deductible <= tier.family_deductible <= tier.family_oop_max, name
            assert tier.oop_max <= tier.family_oop_max, name
    medical = plan.summary.medical
    for share in (medical.primary_care_coinsurance, medical.specialist_coinsurance):
        assert share is None or 0 <= share <= 1


@pytest.mark.parametrize("plan", [p for p in SAMPLES if p.summary.plan_type not in
                                  (PlanType.ORIGINAL_MEDICARE, PlanType.MEDICARE_ADVANTAGE)],
                         ids=lambda p: p.id)
def test_aca_era_samples_stay_under_the_2026_out_of_pocket_ceiling(plan):
    tier = plan.summary.in_network
    assert tier.oop_max is not None and tier.oop_max <= ACA_OOP_MAX
    assert tier.family_oop_max is None or tier.family_oop_max <= ACA_FAMILY_OOP_MAX


def test_original_medicare_uses_the_2026_part_b_figures_and_shows_no_limit():
    tier = by_id("original-medicare").summary.in_network
    assert (tier.deductible, tier.coinsurance) == (Decimal("283.00"), Decimal("0.20"))
    assert tier.deductible_applies is True
    assert tier.oop_max is None and tier.family_oop_max is None
    assert tier.messages == ("Original Medicare has no limit on what you pay in a year.",)


def test_only_original_medicare_lacks_an_out_of_pocket_limit():
    assert [p.id for p in SAMPLES if p.summary.in_network.oop_max is None] == \
        ["original-medicare"]


def test_the_carve_out_sample_names_a_fictional_administrator():
    carve_out = by_id("self-funded-carve-out").summary.carve_out
    assert carve_out is not None and carve_out.name.startswith("Example ")
    assert re.search(r"555-01\d\d$", carve_out.phone)


def test_the_red_flag_sample_flags_on_purpose_and_the_others_are_clean():
    for plan in SAMPLES:
        check = check_parity(plan.summary)
        codes = {flag.code for flag in check.flags}
        assert check.unknown == (), plan.id
        if plan.id == RED_FLAG_SAMPLE:
            assert codes == {FlagCode.THERAPY_COPAY_HIGHER, FlagCode.MH_ONLY_VISIT_LIMIT}
            assert "parity law" in plan.description
        else:
            assert codes == set(), plan.id


def estimate_body(plan, network: str = "in", count: int = 3) -> dict:
    return {"service": {"code": "90837", "allowed_amount": "150.00"}, "network": network,
            "sessions": {"count": count, "first_date": "2026-01-05", "every_days": 7},
            "plan": estimate_plan(plan.summary)}


ESTIMABLE = [p for p in SAMPLES if p.summary.in_network.oop_max is not None]


@pytest.mark.parametrize("plan", ESTIMABLE, ids=lambda p: p.id)
def test_the_estimator_reads_every_sample_with_a_known_limit(plan):
    request = read_estimate_request(estimate_body(plan), TODAY)
    tier = plan.summary.in_network
    assert request.plan.in_network.person.oop_max == tier.oop_max
    assert request.plan.in_network.copay == tier.copay
    assert request.plan.in_network.coinsurance == tier.coinsurance
    assert (request.plan.out_of_network is None) == (plan.summary.out_of_network.covered is False)
    if request.plan.out_of_network is not None:
        read_estimate_request(estimate_body(plan, "out"), TODAY)


def test_original_medicare_has_no_out_of_pocket_limit_in_the_estimator():
    # $283 deductible, then 20 percent, with nothing to cap the total.
    request = read_estimate_request(estimate_body(by_id("original-medicare")), TODAY)
    assert request.plan.in_network.person.oop_max == NO_LIMIT
    assert request.plan.in_network.oop_left == NO_LIMIT


@pytest.mark.parametrize(("plan_id", "first_session"), [
    ("ppo-copay", "30.00"),              # $30 copay; the deductible does not apply
    ("ppo-coinsurance", "150.00"),       # all $150 goes to the $1,500 deductible
    ("hmo-no-out-of-network", "20.00"),  # $20 copay, no deductible
    ("hdhp-hsa", "150.00"),              # all $150 goes to the $3,400 deductible
    ("marketplace-silver", "40.00"),     # $40 copay before the deductible
    ("medicaid-managed-care", "0.00"),   # no cost sharing
])
def test_a_first_session_costs_what_the_sample_promises(plan_id, first_session):
    projection = project(read_estimate_request(estimate_body(by_id(plan_id)), TODAY))
    assert projection.sessions[0].patient_pays == Decimal(first_session)


def test_the_carve_out_visit_limit_reaches_the_estimate():
    body = estimate_body(by_id("self-funded-carve-out"), count=21)
    last = project(read_estimate_request(body, TODAY)).sessions[-1]
    assert (last.covered, last.reason) == (False, NotCovered.VISIT_LIMIT)  # visit 21 of 20


def test_every_text_has_a_plan_in_the_data_and_back():
    data_ids = {row["id"] for row in json.loads(sample_data_text())["plans"]}
    assert data_ids == {plan.id for plan in SAMPLES} == set(module._TEXTS)
    assert {plan_id for plan_id, _ in module._TIER_NOTES} <= data_ids


def marked_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "N_" and isinstance(node.args[0], ast.Constant)]


TEXTS = marked_texts(Path(module.__file__))


def test_texts_are_safe_for_gettext():
    assert len(TEXTS) >= 2 * len(SAMPLES)
    for text in TEXTS:
        assert not re.search(r"[%{}]", text), text
        assert text == text.strip() and "  " not in text, text


@pytest.mark.parametrize("text", [t for t in TEXTS if t.endswith(".")])
def test_sentences_read_at_about_grade_eight(text):
    assert textstat.flesch_kincaid_grade(text) <= MAX_GRADE, text


def plans_json(**changes: object) -> str:
    row = json.loads(sample_data_text())["plans"][0]
    for path, value in changes.items():
        *parents, last = path.split("__")
        target = row
        for key in parents:
            target = target[key]
        target[last] = value
    return json.dumps({"plans": [row]})


@pytest.mark.parametrize("changes", [
    {"in_network__copay": 30.5},                # a bare number, not a string
    {"in_network__copay": "-5.00"},             # negative
    {"in_network__copay": "30.005"},            # below a cent
    {"in_network__copay": "thirty"},            # not a number
    {"in_network__coinsurance": "20"},          # a percent, not a fraction
    {"in_network__visit_limit": "20"},          # a count as text
    {"in_network__covered": "yes"},             # not a boolean
    {"in_network__copays": "30.00"},            # a misspelt field
    {"medical__specialist_copay": 60},          # a bare number in the medical section
    {"plan_type": "ppo"},                       # not a PlanType
    {"plan_year_start": "13-01"},               # no 13th month
    {"id": "not-described"},                    # no name or description in the module
    {"extra": True},                            # unknown top-level field
    {"carve_out": {"phone": "1-202-555-0100"}},  # a carve-out without a name
])
def test_malformed_data_is_refused_with_its_place(changes):
    with pytest.raises(SamplePlanError):
        load_sample_plans(plans_json(**changes))


def test_repeated_ids_and_a_missing_list_are_refused():
    row = json.loads(sample_data_text())["plans"][0]
    with pytest.raises(SamplePlanError, match="repeated"):
        load_sample_plans(json.dumps({"plans": [row, row]}))
    with pytest.raises(SamplePlanError):
        load_sample_plans("[]")
