"""Kinds of health plan, their plain names, and where to complain about each. Pure Python."""

from __future__ import annotations

from dataclasses import dataclass

from benefits.catalog import N_
from benefits.summary.enforcers import EBSA as PARITY_EBSA

# One enum for the whole site: the benefits check and the appeal rules must agree on values.
from benefits.summary.model import PlanType

__all__ = ["PLAN_TYPE_LABEL", "REGULATORS", "PlanType", "Regulator"]

PLAN_TYPE_LABEL: dict[PlanType, str] = {
    PlanType.EMPLOYER_SELF_FUNDED: N_("Through an employer, self-funded (the employer pays "
                                      "the claims)"),
    PlanType.EMPLOYER_FULLY_INSURED: N_("Through an employer, bought from an insurance "
                                        "company"),
    PlanType.INDIVIDUAL: N_("Bought on my own or on the Marketplace"),
    PlanType.GOVERNMENT_EMPLOYER: N_("Through a state or local government job"),
    PlanType.MEDICAID_MANAGED_CARE: N_("Medicaid, through a health plan"),
    PlanType.MEDICARE_ADVANTAGE: N_("Medicare Advantage (Part C)"),
    PlanType.ORIGINAL_MEDICARE: N_("Original Medicare"),
}


@dataclass(frozen=True)
class Regulator:
    """Who takes a complaint about this kind of plan, and how to reach them."""

    name: str  # English msgid
    channel: str  # English msgid: how to complain
    url: str


# The same office takes parity complaints: one entry, so the two pages cannot drift apart.
EBSA = Regulator(PARITY_EBSA.name, PARITY_EBSA.how, PARITY_EBSA.url)
# An insurer answers to its state; the employer's plan still answers to EBSA.
STATE_AND_EBSA = Regulator(
    N_("Your state insurance department, and the U.S. Department of Labor (EBSA)"),
    N_("File a complaint with your state insurance department. Find yours on the NAIC "
       "website. You can also call EBSA at 1-866-444-3272 or ask online at askebsa.dol.gov."),
    "https://content.naic.org/state-insurance-departments")
STATE_INSURANCE = Regulator(
    N_("Your state insurance department"),
    N_("File a complaint with your state insurance department. Find yours on the NAIC "
       "website."),
    "https://content.naic.org/state-insurance-departments")
CMS_GOVERNMENT = Regulator(
    N_("Centers for Medicare & Medicaid Services (CMS)"),
    N_("CMS oversees the health plans of state and local governments. Call CMS at "
       "1-877-267-2323. If an insurance company runs your plan, your state insurance "
       "department can also help."),
    "https://www.cms.gov/marketplace/private-health-insurance/"
    "mental-health-parity-addiction-equity")
MEDICAID_AGENCY = Regulator(
    N_("Your state Medicaid agency"),
    N_("Call your health plan's member services first. If that does not help, contact "
       "your state Medicaid agency or its ombudsman. CMS, a federal agency, oversees the "
       "states."),
    "https://www.medicaid.gov")
MEDICARE = Regulator(
    N_("Medicare (Centers for Medicare & Medicaid Services)"),
    N_("Call 1-800-MEDICARE (1-800-633-4227). You can also file a complaint on "
       "Medicare.gov."),
    "https://www.medicare.gov")

# Who enforces what: domain facts §4 "Who enforces" (DOL MHPAEA enforcement fact sheets).
REGULATORS: dict[PlanType, Regulator] = {
    PlanType.EMPLOYER_SELF_FUNDED: EBSA,
    PlanType.EMPLOYER_FULLY_INSURED: STATE_AND_EBSA,
    PlanType.INDIVIDUAL: STATE_INSURANCE,
    PlanType.GOVERNMENT_EMPLOYER: CMS_GOVERNMENT,
    PlanType.MEDICAID_MANAGED_CARE: MEDICAID_AGENCY,
    PlanType.MEDICARE_ADVANTAGE: MEDICARE,
    PlanType.ORIGINAL_MEDICARE: MEDICARE,
}
