"""Who enforces the mental-health parity law for each kind of plan, and how to reach them.

Pure Python. Sources: domain-facts §4 (the DOL, HHS and CMS enforcement split).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from benefits.catalog import N_
from benefits.summary.model import PlanType

__all__ = ["EBSA", "Enforcer", "EnforcerInfo", "enforcer_for"]


class Enforcer(StrEnum):
    DOL_EBSA = "dol_ebsa"
    STATE_INSURANCE_DEPARTMENT = "state_insurance_department"
    CMS = "cms"
    STATE_MEDICAID_AGENCY = "state_medicaid_agency"
    NONE_ORIGINAL_MEDICARE = "none_original_medicare"
    NONE_MEDICARE_ADVANTAGE = "none_medicare_advantage"


@dataclass(frozen=True, slots=True)
class EnforcerInfo:
    code: Enforcer
    name: str  # English msgid
    how: str  # English msgid
    url: str


EBSA = EnforcerInfo(
    Enforcer.DOL_EBSA,
    N_("U.S. Department of Labor, Employee Benefits Security Administration (EBSA)"),
    N_("Call EBSA at 1-866-444-3272 or ask online at askebsa.dol.gov. Its benefits advisors "
       "help for free."),
    "https://www.askebsa.dol.gov")
# An insured employer plan answers to EBSA, and its insurer to the state as well.
EBSA_AND_STATE = EnforcerInfo(
    Enforcer.DOL_EBSA,
    N_("U.S. Department of Labor (EBSA) and your state insurance department"),
    N_("Call EBSA at 1-866-444-3272 or ask online at askebsa.dol.gov. An insurance company "
       "sells your plan, so your state insurance department may also help."),
    "https://www.askebsa.dol.gov")
STATE_INSURANCE = EnforcerInfo(
    Enforcer.STATE_INSURANCE_DEPARTMENT, N_("Your state insurance department"),
    N_("Your state insurance department checks health plans sold in your state. You can "
       "file a complaint with it. Find yours on the NAIC website."),
    "https://content.naic.org/state-insurance-departments")
CMS = EnforcerInfo(
    Enforcer.CMS, N_("Centers for Medicare & Medicaid Services (CMS)"),
    N_("CMS checks parity for the health plans of state and local governments. Call CMS at "
       "1-877-267-2323 and ask about mental health parity."),
    "https://www.cms.gov/marketplace/private-health-insurance/"
    "mental-health-parity-addiction-equity")
MEDICAID_AGENCY = EnforcerInfo(
    Enforcer.STATE_MEDICAID_AGENCY, N_("Your state Medicaid agency"),
    N_("Call your health plan's member services first. If that does not help, contact your "
       "state Medicaid agency. CMS, a federal agency, oversees the states."),
    "https://www.medicaid.gov")
ORIGINAL_MEDICARE = EnforcerInfo(
    Enforcer.NONE_ORIGINAL_MEDICARE, N_("Medicare"),
    N_("The parity law does not cover Original Medicare. For help, or to appeal, call "
       "1-800-MEDICARE (1-800-633-4227)."),
    "https://www.medicare.gov")
MEDICARE_ADVANTAGE = EnforcerInfo(
    Enforcer.NONE_MEDICARE_ADVANTAGE, N_("Medicare"),
    N_("The parity law does not cover Medicare Advantage plans. Call your plan first. For "
       "more help, call 1-800-MEDICARE (1-800-633-4227)."),
    "https://www.medicare.gov")

_ENFORCERS: dict[PlanType, EnforcerInfo] = {
    PlanType.EMPLOYER_SELF_FUNDED: EBSA,
    PlanType.EMPLOYER_FULLY_INSURED: EBSA_AND_STATE,
    PlanType.INDIVIDUAL: STATE_INSURANCE,
    PlanType.GOVERNMENT_EMPLOYER: CMS,
    PlanType.MEDICAID_MANAGED_CARE: MEDICAID_AGENCY,
    PlanType.MEDICARE_ADVANTAGE: MEDICARE_ADVANTAGE,
    PlanType.ORIGINAL_MEDICARE: ORIGINAL_MEDICARE,
}
def enforcer_for(plan_type: PlanType | None) -> EnforcerInfo | None:
    """Who enforces mental-health parity for this kind of plan; None when the type is unknown."""
    return _ENFORCERS.get(plan_type) if plan_type is not None else None
