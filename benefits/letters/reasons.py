"""What to do about each reason a letter argues, and which plans and reasons each letter fits."""

from __future__ import annotations

import re

from benefits.appeals.deadlines import ACA_PLANS
from benefits.appeals.plan_types import PlanType
from benefits.appeals.reasons import LETTER_REASONS, REASONS, DenialReason
from benefits.catalog import N_
from benefits.letters.model import LetterKind

__all__ = ["ACA_PLANS", "CARC_REASON", "ERISA_PLANS", "LETTER_REASONS", "MEDICARE_PLANS",
           "PARITY_REASONS", "PLAN_NEXT_STEP", "REASON_NEXT_STEP", "letters_for",
           "next_step_for", "parity_fits", "reason_for_codes", "shows_contractual_group"]

# What the reason usually means and the first thing to do (domain-facts §7, "next step").
REASON_NEXT_STEP: dict[DenialReason, str] = {
    DenialReason.NOT_MEDICALLY_NECESSARY: N_(
        "Ask your therapist or doctor for a letter of medical necessity, and ask the plan "
        "for the criteria it used. Then appeal."),
    DenialReason.NO_PRIOR_AUTHORIZATION: N_(
        "Ask your provider to request approval after the fact (retro-authorization). If the "
        "provider is in network, they usually cannot bill you for this. Appeal as well."),
    DenialReason.OUT_OF_NETWORK: N_(
        "If no one in the network could see you, ask the plan to pay at the in-network level "
        "or to make a single-case agreement with your therapist. Keep a list of who you "
        "called and when."),
    DenialReason.NOT_COVERED: N_(
        "Read the part of your plan documents the notice points to. If it is a mental-health "
        "service the plan covers, or the plan covers similar medical care, appeal."),
    DenialReason.VISIT_LIMIT: N_(
        "Check whether medical visits have the same limit. A stricter limit for therapy may "
        "break the parity law. Appeal or ask for more visits."),
    DenialReason.CODING_ERROR: N_(
        "Ask your provider to fix the claim and send it again. You usually do not owe the "
        "amount while the claim is being fixed."),
    DenialReason.COVERAGE_ENDED: N_(
        "Check your coverage dates. If they are wrong, appeal with proof that you were "
        "covered, such as a pay stub or a COBRA payment."),
}
# More for one kind of plan. Medicaid's 2026-2027 changes (the 2025 budget law, H.R. 1;
# domain facts December 2026 addendum; states' dates can differ).
PLAN_NEXT_STEP: dict[tuple[PlanType, DenialReason], tuple[str, ...]] = {
    (PlanType.MEDICAID_MANAGED_CARE, DenialReason.COVERAGE_ENDED): (
        N_("Medicaid often ends at a renewal, when a form or proof was missed. Since "
           "December 31, 2026, adults covered by the Medicaid expansion must renew every 6 "
           "months. Many must also show work, school or volunteering each month. People who "
           "are medically frail do not have to. That can include a serious mental illness "
           "or a substance use disorder, so ask your state."),
        N_("If your Medicaid ended, apply again right away. Ask the state to review the "
           "decision too. From January 1, 2027, Medicaid can pay for care from 1 month "
           "before you apply if you are an expansion adult. For everyone else, it is 2 "
           "months. It used to be 3 months."),
    ),
}


def _carc_reasons() -> dict[str, DenialReason]:
    """Each reason code's usual reason, as /denied explains it, where a letter fits it.

    Derived from the explainer's table so the two pages can never disagree about a code.
    """
    found: dict[str, DenialReason] = {}
    for reason in REASONS.values():
        if reason.reason in LETTER_REASONS:
            for code in filter(str.isdigit, reason.codes):
                found.setdefault(code, reason.reason)
    return found


# Claim adjustment reason codes (domain-facts §7) and the reason each usually points to.
CARC_REASON: dict[str, DenialReason] = _carc_reasons()
_CODE = re.compile(r"\b(?:(CO|PR|OA|PI)[\s-]*)?(\d{1,3})\b", re.IGNORECASE)

ERISA_PLANS = frozenset({PlanType.EMPLOYER_SELF_FUNDED, PlanType.EMPLOYER_FULLY_INSURED})
# ACA_PLANS (from the deadline rules): plans under the ACA appeal and external review rules.
MEDICARE_PLANS = frozenset({PlanType.MEDICARE_ADVANTAGE, PlanType.ORIGINAL_MEDICARE})
# The federal parity law does not cover Medicare; Medicaid plans have their own parity rules.
PARITY_REASONS = frozenset({
    DenialReason.NOT_MEDICALLY_NECESSARY, DenialReason.NO_PRIOR_AUTHORIZATION,
    DenialReason.OUT_OF_NETWORK, DenialReason.NOT_COVERED, DenialReason.VISIT_LIMIT})


def reason_for_codes(text: str) -> DenialReason | None:
    """The reason the first known reason code in `text` (like "CO-197") points to."""
    for match in _CODE.finditer(text or ""):
        reason = CARC_REASON.get(match.group(2).lstrip("0") or "0")
        if reason is not None:
            return reason
    return None


def shows_contractual_group(text: str) -> bool:
    """Whether the codes typed include group code CO (the provider writes the amount off)."""
    return re.search(r"\bCO(?=[\s-]*\d)", text or "", re.IGNORECASE) is not None


def next_step_for(plan_type: PlanType, reason: DenialReason) -> tuple[str, ...]:
    """What to do first about this reason, with what this kind of plan adds (English)."""
    return (REASON_NEXT_STEP[reason], *PLAN_NEXT_STEP.get((plan_type, reason), ()))


def parity_fits(plan_type: PlanType, reason: DenialReason) -> bool:
    return plan_type not in MEDICARE_PLANS and reason in PARITY_REASONS


def letters_for(plan_type: PlanType, reason: DenialReason) -> list[LetterKind]:
    """The letters that fit this plan and this reason, in the order a person uses them."""
    kinds = [LetterKind.APPEAL, LetterKind.RECORDS]
    if parity_fits(plan_type, reason):
        kinds.append(LetterKind.PARITY)
    if plan_type in ACA_PLANS:
        kinds.append(LetterKind.EXTERNAL_REVIEW)
    kinds.append(LetterKind.COMPLAINT)
    return kinds
