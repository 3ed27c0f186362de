"""Figures shown with their year, and the rule texts current on 1 January 2027."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from benefits.appeals import prior_auth
from benefits.appeals.deadlines import ClaimKind
from benefits.appeals.plan_types import PlanType
from benefits.appeals.reasons import DenialReason
from benefits.estimate.engine import project
from benefits.estimate.explain import course_notes
from benefits.estimate.request import read_estimate_request
from benefits.letters import LetterFacts, next_step_for
from benefits.letters.arguments import arguments
from benefits.summary.parity import ENFORCED_RULES, SOURCES, check_parity
from benefits.summary.sample_plans import get_sample_plan
from benefits.summary.session import session_picture

BODY = {
    "service": {"code": "90837"}, "network": "in",
    "sessions": {"count": 3, "first_date": "2025-12-15", "every_days": 7},
    "plan": {"plan_year_start": "01-01",
             "in_network": {"deductible": "0", "deductible_met": "0", "oop_max": "5000",
                            "oop_met": "0", "copay": "20", "coinsurance": None,
                            "deductible_applies": False, "family": None},
             "out_of_network": None, "visit_limit": None},
}


def _kinds(first_date: str) -> list[str]:
    body = copy.deepcopy(BODY)
    body["sessions"]["first_date"] = first_date
    return [note.kind for note in course_notes(project(read_estimate_request(
        body, dt.date(2025, 12, 1))))]


def test_the_estimator_says_when_sessions_fall_outside_the_medicare_price_year():
    # The packaged prices are CY2025. 15, 22 and 29 December 2025: all inside.
    assert "price_medicare_other_year" not in _kinds("2025-12-15")
    # 22 December 2025 to 5 January 2026: the last one is in 2026.
    assert "price_medicare_other_year" in _kinds("2025-12-22")


def test_the_session_picture_flags_a_price_from_another_year():
    summary = get_sample_plan("original-medicare").summary  # type: ignore[union-attr]
    inside = session_picture(summary, dt.date(2025, 6, 2))
    outside = session_picture(summary, dt.date(2027, 1, 4))
    assert inside is not None and (inside.year, inside.outside_period) == (2025, False)
    assert outside is not None and (outside.year, outside.outside_period) == (2025, True)


def test_the_parity_check_rests_on_the_enforced_rules_and_says_so():
    summary = get_sample_plan("ppo-copay").summary  # type: ignore[union-attr]
    check = check_parity(summary)
    assert ENFORCED_RULES in check.notes
    assert "2013" in ENFORCED_RULES and "May 15, 2025" in ENFORCED_RULES
    names = " ".join(name for name, _ in SOURCES)
    assert "fact sheet on the 2024 parity rules" not in names
    assert "2013" in names and "Consolidated Appropriations Act, 2021" in names


@pytest.mark.parametrize(("plan", "expected"), [
    (PlanType.MEDICARE_ADVANTAGE, 3), (PlanType.MEDICAID_MANAGED_CARE, 3),
    (PlanType.INDIVIDUAL, 1), (PlanType.EMPLOYER_SELF_FUNDED, 0),
    (PlanType.ORIGINAL_MEDICARE, 0)])
def test_prior_authorization_rights_from_cms_0057_f(plan, expected):
    rights = prior_auth.payer_rights(plan)
    assert (len(rights.rights) if rights else 0) == expected
    if rights:
        assert "CMS-0057-F" in rights.source
    if expected == 3:
        text = " ".join(rights.rights)  # type: ignore[union-attr]
        for phrase in ("7 calendar days", "72 hours", "specific reason", "March 31, 2026"):
            assert phrase in text, phrase


def _facts(plan: PlanType, reason: DenialReason, kind: ClaimKind,
           denied: dt.date = dt.date(2026, 2, 2)) -> LetterFacts:
    return LetterFacts(plan_type=plan, claim_kind=kind, reason=reason,
                       today=dt.date(2026, 2, 10), denial_date=denied)


def _texts(facts: LetterFacts) -> str:
    return " ".join(" ".join(line.parts) for line in arguments(facts))


def test_appeal_letters_cite_the_2026_prior_authorization_rights():
    ma = _facts(PlanType.MEDICARE_ADVANTAGE, DenialReason.NOT_MEDICALLY_NECESSARY,
                ClaimKind.PRE_SERVICE)
    assert "specific reason" in _texts(ma) and "CMS-0057-F" in _texts(ma)
    # Not for a claim for care already had, not for employer plans, not before 2026.
    for facts in (
            _facts(PlanType.MEDICARE_ADVANTAGE, DenialReason.NOT_MEDICALLY_NECESSARY,
                   ClaimKind.POST_SERVICE),
            _facts(PlanType.EMPLOYER_SELF_FUNDED, DenialReason.NOT_MEDICALLY_NECESSARY,
                   ClaimKind.PRE_SERVICE),
            _facts(PlanType.MEDICAID_MANAGED_CARE, DenialReason.NOT_MEDICALLY_NECESSARY,
                   ClaimKind.PRE_SERVICE, denied=dt.date(2025, 12, 30))):
        assert "CMS-0057-F" not in _texts(facts)


def test_parity_arguments_rest_on_the_enforced_rules():
    text = _texts(_facts(PlanType.EMPLOYER_SELF_FUNDED, DenialReason.NO_PRIOR_AUTHORIZATION,
                         ClaimKind.POST_SERVICE))
    assert "2013 final rule" in text and "Consolidated Appropriations Act, 2021" in text
    assert "2024" not in text


def test_medicaid_coverage_ended_advice_covers_the_2026_2027_changes():
    steps = " ".join(next_step_for(PlanType.MEDICAID_MANAGED_CARE,
                                   DenialReason.COVERAGE_ENDED))
    for phrase in ("every 6 months", "December 31, 2026", "January 1, 2027",
                   "1 month", "2 months", "medically frail"):
        assert phrase in steps, phrase
    assert len(next_step_for(PlanType.EMPLOYER_SELF_FUNDED,
                             DenialReason.COVERAGE_ENDED)) == 1
    letter = _texts(_facts(PlanType.MEDICAID_MANAGED_CARE, DenialReason.COVERAGE_ENDED,
                           ClaimKind.POST_SERVICE))
    assert "retroactive coverage" in letter
