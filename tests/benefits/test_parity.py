"""The parity self-check: each flag fires when it should, unknowns never flag, and who enforces."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
import textstat

from benefits.summary import enforcers, parity
from benefits.summary.model import (
    BenefitsSummary,
    CarveOut,
    MedicalVisits,
    PlanType,
    Source,
    TierSummary,
)
from benefits.summary.parity import (
    Compared,
    Enforcer,
    FlagCode,
    ParityCheck,
    Unknown,
    check_parity,
    enforcer_for,
)

MAX_GRADE = 8.5


def D(value: str) -> Decimal:  # noqa: N802 (reads like a literal)
    return Decimal(value)


# A plan that passes every check: $30 therapy copay, $30 primary care, $50 specialist.
CLEAN = BenefitsSummary(
    source=Source.TYPED,
    plan_type=PlanType.EMPLOYER_SELF_FUNDED,
    in_network=TierSummary(covered=True, copay=D("30"), deductible=D("1000"),
                           oop_max=D("4000"), deductible_applies=False),
    medical=MedicalVisits(primary_care_copay=D("30"), specialist_copay=D("50"),
                          visit_limit_known=True),
    separate_mental_health_deductible=False,
    therapy_prior_auth=False,
)


def plan(*, tier: dict | None = None, medical: dict | None = None, **changes: object):
    """CLEAN with some top-level, in-network and medical fields changed."""
    summary = replace(CLEAN, **changes)
    if tier:
        summary = replace(summary, in_network=replace(summary.in_network, **tier))
    if medical is not None and summary.medical is not None:
        summary = replace(summary, medical=replace(summary.medical, **medical))
    return summary


def check(summary: BenefitsSummary) -> tuple[set[FlagCode], set[str]]:
    result = check_parity(summary)
    return {flag.code for flag in result.flags}, set(result.unknown)


def test_the_clean_plan_has_no_flags_and_no_unknowns():
    assert check(CLEAN) == (set(), set())


@pytest.mark.parametrize(("summary", "expected"), [
    # $60 therapy against a $50 specialist.
    (plan(tier={"copay": D("60")}), FlagCode.THERAPY_COPAY_HIGHER),
    # Specialist unknown: $40 therapy against $30 primary care.
    (plan(tier={"copay": D("40")}, medical={"specialist_copay": None}),
     FlagCode.THERAPY_COPAY_HIGHER),
    # 30% for therapy against 20% for a specialist.
    (plan(tier={"copay": None, "coinsurance": D("0.30")},
          medical={"specialist_coinsurance": D("0.20")}), FlagCode.THERAPY_COINSURANCE_HIGHER),
    # Specialist share unknown: 30% against 20% for primary care.
    (plan(tier={"copay": None, "coinsurance": D("0.30")},
          medical={"primary_care_coinsurance": D("0.20")}),
     FlagCode.THERAPY_COINSURANCE_HIGHER),
    # 20 therapy visits a year; medical office visits have no limit.
    (plan(tier={"visit_limit": 20}), FlagCode.MH_ONLY_VISIT_LIMIT),
    # 20 therapy visits against 30 medical visits.
    (plan(tier={"visit_limit": 20}, medical={"visit_limit": 30}),
     FlagCode.THERAPY_VISIT_LIMIT_LOWER),
    (plan(therapy_prior_auth=True), FlagCode.PRIOR_AUTH_ROUTINE_THERAPY),
    (plan(separate_mental_health_deductible=True), FlagCode.SEPARATE_MH_DEDUCTIBLE),
])
def test_each_flag_fires_alone(summary, expected):
    assert check(summary) == ({expected}, set())


@pytest.mark.parametrize("summary", [
    plan(tier={"copay": D("50")}),  # equal to the specialist copay
    plan(tier={"copay": D("45")}),  # above primary care ($30) but below the specialist ($50)
    plan(tier={"copay": D("30")}, medical={"specialist_copay": None}),  # equal to primary care
    plan(tier={"copay": None, "coinsurance": D("0.20")},
         medical={"specialist_coinsurance": D("0.20")}),  # equal shares
    plan(tier={"copay": None, "coinsurance": D("0.10")},
         medical={"specialist_coinsurance": D("0.20")}),  # a smaller share
    plan(tier={"visit_limit": 30}, medical={"visit_limit": 30}),  # the same limit
    plan(tier={"visit_limit": 40}, medical={"visit_limit": 30}),  # a looser limit
])
def test_no_flag_when_therapy_is_no_worse(summary):
    assert check(summary) == (set(), set())


NO_MEDICAL = replace(CLEAN, medical=None)


@pytest.mark.parametrize(("summary", "expected"), [
    # Nothing known about medical visits, even with a high therapy copay.
    (replace(NO_MEDICAL, in_network=replace(CLEAN.in_network, copay=D("90"))),
     {Unknown.MEDICAL_COPAYS}),
    # Therapy has a copay; medical visits only a share: nothing like for like.
    (plan(tier={"copay": D("90")}, medical={"specialist_copay": None,
                                            "primary_care_copay": None,
                                            "specialist_coinsurance": D("0.20")}),
     {Unknown.MEDICAL_COPAYS}),
    (plan(tier={"copay": None, "coinsurance": D("0.50")}), {Unknown.MEDICAL_COINSURANCE}),
    (plan(tier={"copay": None}), {Unknown.THERAPY_COST_SHARING}),
    # A therapy visit limit with nothing known about medical visits.
    (replace(NO_MEDICAL, in_network=replace(CLEAN.in_network, visit_limit=10)),
     {Unknown.MEDICAL_COPAYS, Unknown.MEDICAL_VISIT_LIMIT}),
    (plan(therapy_prior_auth=None), {Unknown.THERAPY_PRIOR_AUTH}),
    (plan(separate_mental_health_deductible=None), {Unknown.SEPARATE_DEDUCTIBLE}),
    (plan(plan_type=None), {Unknown.PLAN_TYPE}),
    # A summary that knows nothing at all.
    (BenefitsSummary(source=Source.TYPED),
     {Unknown.PLAN_TYPE, Unknown.THERAPY_COST_SHARING, Unknown.THERAPY_PRIOR_AUTH,
      Unknown.SEPARATE_DEDUCTIBLE}),
])
def test_unknowns_are_listed_and_never_flag(summary, expected):
    assert check(summary) == (set(), expected)


def test_unknown_codes_are_plain_strings_in_a_stable_order():
    result = check_parity(BenefitsSummary(source=Source.TYPED))
    assert result.unknown == ("plan_type_unknown", "therapy_cost_sharing_unknown",
                              "therapy_prior_auth_unknown", "separate_deductible_unknown")


def test_a_flag_carries_raw_values_and_what_it_was_compared_with():
    (flag,) = check_parity(plan(tier={"copay": D("60")})).flags
    assert dict(flag.values) == {"therapy": D("60"), "medical": D("50"),
                                 "compared_with": Compared.SPECIALIST}
    (flag,) = check_parity(plan(tier={"copay": D("40")},
                                medical={"specialist_copay": None})).flags
    assert flag.values["compared_with"] == "primary_care"
    (flag,) = check_parity(plan(tier={"visit_limit": 20}, medical={"visit_limit": 30})).flags
    assert dict(flag.values) == {"therapy": 20, "medical": 30}


def test_several_flags_come_in_a_stable_order():
    summary = plan(tier={"copay": D("60"), "visit_limit": 20}, therapy_prior_auth=True,
                   separate_mental_health_deductible=True)
    assert [f.code for f in check_parity(summary).flags] == [
        FlagCode.THERAPY_COPAY_HIGHER, FlagCode.MH_ONLY_VISIT_LIMIT,
        FlagCode.PRIOR_AUTH_ROUTINE_THERAPY, FlagCode.SEPARATE_MH_DEDUCTIBLE]


@pytest.mark.parametrize(("plan_type", "enforcer"), [
    (PlanType.EMPLOYER_SELF_FUNDED, Enforcer.DOL_EBSA),
    (PlanType.EMPLOYER_FULLY_INSURED, Enforcer.DOL_EBSA),
    (PlanType.INDIVIDUAL, Enforcer.STATE_INSURANCE_DEPARTMENT),
    (PlanType.GOVERNMENT_EMPLOYER, Enforcer.CMS),
    (PlanType.MEDICAID_MANAGED_CARE, Enforcer.STATE_MEDICAID_AGENCY),
    (PlanType.MEDICARE_ADVANTAGE, Enforcer.NONE_MEDICARE_ADVANTAGE),
    (PlanType.ORIGINAL_MEDICARE, Enforcer.NONE_ORIGINAL_MEDICARE),
])
def test_every_plan_type_has_its_enforcer(plan_type, enforcer):
    info = enforcer_for(plan_type)
    assert info is not None and info.code is enforcer
    assert info.url.startswith("https://") and info.name and info.how
    assert check_parity(plan(plan_type=plan_type)).enforcer is info


def test_the_enforcer_table_covers_every_plan_type_and_none_is_unknown():
    assert all(enforcer_for(plan_type) is not None for plan_type in PlanType)
    assert enforcer_for(None) is None


def test_contact_details_are_where_people_look_for_them():
    assert "1-866-444-3272" in parity.EBSA.how and "askebsa.dol.gov" in parity.EBSA.how
    insured = enforcer_for(PlanType.EMPLOYER_FULLY_INSURED)
    assert "state insurance department" in insured.name
    assert "state insurance department" in insured.how
    for plan_type in (PlanType.ORIGINAL_MEDICARE, PlanType.MEDICARE_ADVANTAGE):
        assert "1-800-MEDICARE" in enforcer_for(plan_type).how


@pytest.mark.parametrize("plan_type", [PlanType.ORIGINAL_MEDICARE,
                                       PlanType.MEDICARE_ADVANTAGE])
def test_medicare_is_outside_the_federal_parity_law(plan_type):
    # Numbers that would flag anywhere else.
    summary = plan(plan_type=plan_type, tier={"copay": D("90"), "visit_limit": 10},
                   therapy_prior_auth=True, separate_mental_health_deductible=None)
    result = check_parity(summary)
    assert not result.applies and result.flags == () and result.unknown == ()
    assert result.not_applicable_reason and "does not cover" in result.not_applicable_reason
    assert result.enforcer is enforcer_for(plan_type)


@pytest.mark.parametrize(("changes", "note"), [
    ({}, parity.SMALL_EMPLOYER),
    ({"plan_type": PlanType.EMPLOYER_FULLY_INSURED}, parity.SMALL_EMPLOYER),
    ({"carve_out": CarveOut("Example Behavioral Health Partners")}, parity.CARVE_OUT),
    ({"plan_type": PlanType.MEDICAID_MANAGED_CARE}, parity.MEDICAID_RULES),
])
def test_notes_say_what_the_check_cannot_see(changes, note):
    notes = check_parity(plan(**changes)).notes
    assert notes[0] == parity.ROUGH_CHECK and note in notes


def test_individual_plans_get_only_the_general_note():
    assert check_parity(plan(plan_type=PlanType.INDIVIDUAL)).notes == (
        parity.ROUGH_CHECK, parity.ENFORCED_RULES)


def test_every_flag_code_has_words_that_point_to_the_plans_own_papers():
    for code in FlagCode:
        law, why, ask = parity._FLAG_TEXTS[code]
        assert law.startswith("The parity law") and "may break the parity law" in why
        assert "30 days" in ask
        assert "parity disclosure" in ask or "comparative analysis" in ask
    assert "comparative analysis" in parity._FLAG_TEXTS[FlagCode.PRIOR_AUTH_ROUTINE_THERAPY][2]


def test_every_check_cites_its_sources():
    for result in (check_parity(CLEAN), check_parity(plan(plan_type=PlanType.ORIGINAL_MEDICARE))):
        assert result.sources == parity.SOURCES and isinstance(result, ParityCheck)
    for name, url in parity.SOURCES:
        assert name and url.startswith("https://")


def marked_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "N_" and isinstance(node.args[0], ast.Constant)]


TEXTS = marked_texts(Path(parity.__file__)) + marked_texts(Path(enforcers.__file__))


def test_texts_are_safe_for_gettext_and_never_certain():
    assert len(TEXTS) >= 30
    for text in TEXTS:
        assert not re.search(r"[%{}]", text), text
        assert text == text.strip() and "  " not in text, text
        assert not re.search(r"\b(violates|is illegal|you should sue)\b", text), text


@pytest.mark.parametrize("text", [t for t in TEXTS if t.endswith(".")])
def test_sentences_read_at_about_grade_eight(text):
    assert textstat.flesch_kincaid_grade(text) <= MAX_GRADE, text


def test_a_therapy_limit_with_an_unknown_medical_limit_is_unknown_not_a_flag():
    flags, unknown = check(plan(tier={"visit_limit": 20}, medical={"visit_limit_known": False}))
    assert FlagCode.MH_ONLY_VISIT_LIMIT not in flags
    assert "medical_visit_limit_unknown" in unknown
