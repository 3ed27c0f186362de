"""Where a rule or figure comes from: a name for people and an address to check it."""

from __future__ import annotations

from dataclasses import dataclass

from benefits.catalog import N_


@dataclass(frozen=True, slots=True)
class Source:
    name: str  # an English msgid (marked with N_); the web layer translates it
    url: str


# The sources of the dated figures in benefits/facts.py (domain facts §2, §3, §4 and the
# December 2026 addendum). They live here so that facts.py and the subpackages that state the
# same rule cite one object, with no import between them.
MA_RECONSIDERATION_RULE = Source(
    N_("42 CFR 422.582: asking a Medicare Advantage plan for a reconsideration (65 days from "
       "the date of the notice since 1 January 2025)"),
    "https://www.ecfr.gov/current/title-42/section-422.582")
ACA_LIMITS_2026 = Source(
    N_("CMS: revised 2026 limits on what a plan can make you pay in a year (Marketplace "
       "Integrity and Affordability final rule, June 2025; WTW summary)"),
    "https://www.wtwco.com/en-us/insights/2025/07/cms-releases-revised-2026-out-of-pocket-"
    "expense-limits")
ACA_LIMITS_2027 = Source(
    N_("CMS memo of 29 January 2026: maximum annual limitation on cost sharing for the 2027 "
       "benefit year (BenefitsLink copy)"),
    "https://benefitslink.com/news/index.cgi/view/20260129-196116")
MEDICARE_COSTS_2026 = Source(
    N_("Federal Register, 19 November 2025 (90 FR 52063): Medicare Part B premium and "
       "deductible for 2026"),
    "https://www.govinfo.gov/content/pkg/FR-2025-11-19/html/2025-20251.htm")
MEDICARE_AIC_2026 = Source(
    N_("Federal Register, 4 December 2025 (90 FR 55869): Medicare appeals amounts in "
       "controversy for 2026"),
    "https://www.govinfo.gov/content/pkg/FR-2025-12-04/html/2025-21879.htm")
MEDICARE_PFS_2026 = Source(
    N_("CY2026 Medicare Physician Fee Schedule final rule (CMS-1832-F, 90 FR 49266); CMS "
       "relative value files"),
    "https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files")
MEDICAID_2025_LAW = Source(
    N_("North Carolina Medicaid: the 2025 federal law (H.R. 1) and the Medicaid changes it "
       "makes"),
    "https://medicaid.ncdhhs.gov/beneficiaries/impact-hr1-and-federal-changes-medicaid")
PARITY_2013_RULE = Source(
    N_("Final rules under the Mental Health Parity and Addiction Equity Act, Federal Register, "
       "13 November 2013 (78 FR 68240)"),
    "https://omb.report/icr/201602-1545-027/doc/62627501")
PARITY_NON_ENFORCEMENT = Source(
    N_("American Bar Association: where the 2024 parity rule stands (not enforced since "
       "15 May 2025)"),
    "https://www.americanbar.org/groups/health_law/resources/esource/2025/"
    "status-2024-final-mental-health-parity-rule/")
