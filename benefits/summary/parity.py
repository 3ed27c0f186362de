"""A rough mental-health parity self-check of a plan summary, and who enforces it. Pure Python."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from benefits.catalog import N_
from benefits.sources import PARITY_2013_RULE, PARITY_NON_ENFORCEMENT
from benefits.summary.enforcers import EBSA, Enforcer, EnforcerInfo, enforcer_for
from benefits.summary.model import BenefitsSummary, PlanType

# Re-exported: the parity check names who enforces it.
__all__ = ["EBSA", "Compared", "Enforcer", "EnforcerInfo", "FlagCode", "ParityCheck",
           "ParityFlag", "Unknown", "check_parity", "enforcer_for"]


class FlagCode(StrEnum):
    THERAPY_COPAY_HIGHER = "therapy_copay_higher"
    THERAPY_COINSURANCE_HIGHER = "therapy_coinsurance_higher"
    MH_ONLY_VISIT_LIMIT = "mh_only_visit_limit"
    THERAPY_VISIT_LIMIT_LOWER = "therapy_visit_limit_lower"
    PRIOR_AUTH_ROUTINE_THERAPY = "prior_auth_routine_therapy"
    SEPARATE_MH_DEDUCTIBLE = "separate_mh_deductible"


class Unknown(StrEnum):
    """What the check could not look at, because the summary does not say."""

    PLAN_TYPE = "plan_type_unknown"
    THERAPY_COST_SHARING = "therapy_cost_sharing_unknown"
    MEDICAL_COPAYS = "medical_copays_unknown"
    MEDICAL_COINSURANCE = "medical_coinsurance_unknown"
    MEDICAL_VISIT_LIMIT = "medical_visit_limit_unknown"
    THERAPY_PRIOR_AUTH = "therapy_prior_auth_unknown"
    SEPARATE_DEDUCTIBLE = "separate_deductible_unknown"


class Compared(StrEnum):
    """Which medical office visit the therapy cost was measured against."""

    SPECIALIST = "specialist"
    PRIMARY_CARE = "primary_care"


@dataclass(frozen=True, slots=True)
class ParityFlag:
    code: FlagCode
    values: Mapping[str, object]  # raw numbers and codes; the web layer formats them
    law: str  # English msgid: what the parity law says
    why: str  # English msgid: why this may be a problem
    ask: str  # English msgid: what to ask the plan


@dataclass(frozen=True, slots=True)
class ParityCheck:
    applies: bool  # False when the federal parity law does not cover the plan (Medicare)
    not_applicable_reason: str | None  # English msgid
    flags: tuple[ParityFlag, ...]
    enforcer: EnforcerInfo | None
    unknown: tuple[str, ...]  # Unknown values
    sources: tuple[tuple[str, str], ...]  # (English msgid, url)
    notes: tuple[str, ...] = ()  # English msgids: limits of this check for this plan


_FLAG_TEXTS: dict[FlagCode, tuple[str, str, str]] = {
    FlagCode.THERAPY_COPAY_HIGHER: (
        N_("The parity law compares mental health care with medical care. A therapy copay "
           "can be no higher than the usual copay for the same kind of medical care."),
        N_("Your copay for a therapy visit is higher than your copay for a medical office "
           "visit. This may break the parity law."),
        N_("Ask your plan in writing why therapy has a higher copay. You can use the free "
           "parity disclosure request form from the U.S. Department of Labor. Ask for an "
           "answer within 30 days."),
    ),
    FlagCode.THERAPY_COINSURANCE_HIGHER: (
        N_("The parity law compares mental health care with medical care. Your share of "
           "the cost for therapy can be no bigger than your usual share for the same kind "
           "of medical care."),
        N_("You pay a bigger share of the cost for therapy than for a medical office "
           "visit. This may break the parity law."),
        N_("Ask your plan in writing why you pay a bigger share for therapy. You can use "
           "the free parity disclosure request form from the U.S. Department of Labor. "
           "Ask for an answer within 30 days."),
    ),
    FlagCode.MH_ONLY_VISIT_LIMIT: (
        N_("The parity law compares mental health care with medical care. A plan can limit "
           "therapy visits only if it limits most medical visits in the same way."),
        N_("Your plan limits therapy visits each year, but it does not seem to limit "
           "medical office visits. This may break the parity law."),
        N_("Ask your plan in writing why therapy visits have a limit. You can use the free "
           "parity disclosure request form from the U.S. Department of Labor. Ask for an "
           "answer within 30 days."),
    ),
    FlagCode.THERAPY_VISIT_LIMIT_LOWER: (
        N_("The parity law compares mental health care with medical care. Therapy visits "
           "can not have a tighter limit than most medical visits."),
        N_("Your plan allows fewer therapy visits each year than medical office visits. "
           "This may break the parity law."),
        N_("Ask your plan in writing why it allows fewer therapy visits. You can use the "
           "free parity disclosure request form from the U.S. Department of Labor. Ask for "
           "an answer within 30 days."),
    ),
    FlagCode.PRIOR_AUTH_ROUTINE_THERAPY: (
        N_("The parity law says rules like prior approval must be made and used the same "
           "way for mental health care as for medical care. They can not be stricter."),
        N_("Your plan needs approval before routine therapy. This may break the parity law. "
           "That is the case if the plan does not ask for approval in a similar way for "
           "medical office visits."),
        N_("Ask your plan in writing for its comparative analysis of prior approval for "
           "therapy. This report compares its rules for therapy and for medical care. Your "
           "plan should share it when you ask. Ask for an answer within 30 days."),
    ),
    FlagCode.SEPARATE_MH_DEDUCTIBLE: (
        N_("The parity law compares mental health care with medical care. A plan may not "
           "have a deductible that counts only mental health care."),
        N_("Your plan has a separate deductible just for mental health care. This may "
           "break the parity law."),
        N_("Ask your plan in writing why mental health care has its own deductible. You "
           "can use the free parity disclosure request form from the U.S. Department of "
           "Labor. Ask for an answer within 30 days."),
    ),
}

_NOT_COVERED: dict[PlanType, str] = {
    PlanType.ORIGINAL_MEDICARE: N_("The federal parity law does not cover Original "
                                   "Medicare. Medicare has its own rules for what it pays "
                                   "and how to appeal."),
    PlanType.MEDICARE_ADVANTAGE: N_("The federal parity law does not cover Medicare "
                                    "Advantage plans. Medicare has its own rules and "
                                    "appeals."),
}

# What is enforced (domain facts §4 and the December 2026 addendum): the 2013 rule and the
# comparative analyses the CAA 2021 requires. The 2024 rule's new parts are not enforced
# since 15 May 2025, so no flag rests on them; the last source says where that rule stands.
SOURCES: tuple[tuple[str, str], ...] = (
    (PARITY_2013_RULE.name, PARITY_2013_RULE.url),
    (N_("Mental health parity FAQs Part 45: the comparative analyses the Consolidated "
        "Appropriations Act, 2021 requires"),
     "https://omb.report/icr/202409-0938-011/doc/146171300"),
    (N_("U.S. Department of Labor: parity enforcement report for 2023"),
     "https://dol.gov/agencies/ebsa/laws-and-regulations/laws/mental-health-parity/"
     "mhpaea-enforcement-2023"),
    (PARITY_NON_ENFORCEMENT.name, PARITY_NON_ENFORCEMENT.url),
)

ROUGH_CHECK = N_("This check looks at only a few parts of a plan. Only the plan's own papers, "
                 "or an agency, can say for sure if a plan follows the law.")
SMALL_EMPLOYER = N_("Some small employers, with 50 or fewer workers, may not have to follow "
                    "all of the parity law.")
CARVE_OUT = N_("Another company runs your mental health benefits. The parity law still "
               "applies to the whole plan, so ask both companies.")
ENFORCED_RULES = N_("This check uses the parity rules in force today. They are the 2013 "
                    "parity rule and a 2021 law. That law says a plan must write down how it "
                    "sets its limits, and share it if you ask. The government has not "
                    "enforced the new parts of the 2024 parity rule since May 15, 2025.")
MEDICAID_RULES = N_("Medicaid health plans follow parity rules of their own. They work much "
                    "like the federal law.")
_EMPLOYER = frozenset({PlanType.EMPLOYER_SELF_FUNDED, PlanType.EMPLOYER_FULLY_INSURED})

_Finding = ParityFlag | Unknown | None


def _flag(code: FlagCode, **values: object) -> ParityFlag:
    law, why, ask = _FLAG_TEXTS[code]
    return ParityFlag(code=code, values=MappingProxyType(values), law=law, why=why, ask=ask)


def _yardstick(specialist: Decimal | None,
               primary_care: Decimal | None) -> tuple[Decimal, Compared] | None:
    # Therapy is an outpatient office visit; the specialist visit is the usual comparison.
    if specialist is not None:
        return specialist, Compared.SPECIALIST
    if primary_care is not None:
        return primary_care, Compared.PRIMARY_CARE
    return None


def _compare(therapy: Decimal, found: tuple[Decimal, Compared] | None, code: FlagCode,
             missing: Unknown) -> _Finding:
    if found is None:
        return missing
    if therapy > found[0]:
        return _flag(code, therapy=therapy, medical=found[0], compared_with=found[1])
    return None


def _copay(summary: BenefitsSummary) -> _Finding:
    tier, medical = summary.in_network, summary.medical
    if tier.copay is None:
        return Unknown.THERAPY_COST_SHARING if tier.coinsurance is None else None
    found = _yardstick(medical.specialist_copay, medical.primary_care_copay) \
        if medical else None
    return _compare(tier.copay, found, FlagCode.THERAPY_COPAY_HIGHER, Unknown.MEDICAL_COPAYS)


def _coinsurance(summary: BenefitsSummary) -> _Finding:
    tier, medical = summary.in_network, summary.medical
    if tier.coinsurance is None:
        return None
    found = _yardstick(medical.specialist_coinsurance, medical.primary_care_coinsurance) \
        if medical else None
    return _compare(tier.coinsurance, found, FlagCode.THERAPY_COINSURANCE_HIGHER,
                    Unknown.MEDICAL_COINSURANCE)


def _visit_limit(summary: BenefitsSummary) -> _Finding:
    # No therapy limit in the summary means nothing to compare, not a gap to report.
    therapy, medical = summary.in_network.visit_limit, summary.medical
    if therapy is None:
        return None
    if medical is None or not medical.visit_limit_known:
        return Unknown.MEDICAL_VISIT_LIMIT
    if medical.visit_limit is None:
        return _flag(FlagCode.MH_ONLY_VISIT_LIMIT, therapy=therapy)
    if therapy < medical.visit_limit:
        return _flag(FlagCode.THERAPY_VISIT_LIMIT_LOWER, therapy=therapy,
                     medical=medical.visit_limit)
    return None


def _prior_auth(summary: BenefitsSummary) -> _Finding:
    if summary.therapy_prior_auth is None:
        return Unknown.THERAPY_PRIOR_AUTH
    return _flag(FlagCode.PRIOR_AUTH_ROUTINE_THERAPY) if summary.therapy_prior_auth else None


def _separate_deductible(summary: BenefitsSummary) -> _Finding:
    if summary.separate_mental_health_deductible is None:
        return Unknown.SEPARATE_DEDUCTIBLE
    return _flag(FlagCode.SEPARATE_MH_DEDUCTIBLE) \
        if summary.separate_mental_health_deductible else None


def _notes(summary: BenefitsSummary) -> tuple[str, ...]:
    notes = [ROUGH_CHECK]
    if summary.plan_type is not PlanType.MEDICAID_MANAGED_CARE:
        notes.append(ENFORCED_RULES)
    if summary.plan_type in _EMPLOYER:
        notes.append(SMALL_EMPLOYER)
    if summary.plan_type is PlanType.MEDICAID_MANAGED_CARE:
        notes.append(MEDICAID_RULES)
    if summary.carve_out is not None:
        notes.append(CARVE_OUT)
    return tuple(notes)


def check_parity(summary: BenefitsSummary) -> ParityCheck:
    """Compare in-network therapy with medical office visits, in the parity law's terms.

    Flags are questions worth asking the plan, never findings. Anything the summary does
    not say lands in `unknown` and never raises a flag. Medicare is outside the federal
    parity law, so it gets `applies=False` and no flags.
    """
    enforcer = enforcer_for(summary.plan_type)
    reason = _NOT_COVERED.get(summary.plan_type) if summary.plan_type else None
    if reason is not None:
        return ParityCheck(applies=False, not_applicable_reason=reason, flags=(),
                           enforcer=enforcer, unknown=(), sources=SOURCES)
    findings = [check(summary) for check in
                (_copay, _coinsurance, _visit_limit, _prior_auth, _separate_deductible)]
    if summary.plan_type is None:
        findings.insert(0, Unknown.PLAN_TYPE)
    return ParityCheck(
        applies=True, not_applicable_reason=None,
        flags=tuple(f for f in findings if isinstance(f, ParityFlag)),
        enforcer=enforcer,
        unknown=tuple(f for f in findings if isinstance(f, Unknown)),
        sources=SOURCES, notes=_notes(summary),
    )
