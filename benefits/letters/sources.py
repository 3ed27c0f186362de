"""Where each rule a letter states comes from (domain-facts §3, §4 and §7).

The appeal rules' own sources are reused, so a rule cites the same page everywhere.
"""

from __future__ import annotations

from benefits.appeals.sources import (
    ACA_APPEALS,
    CARC_COPY,
    CMS_0057_F,
    ERISA_CLAIMS,
    ERISA_DOCUMENTS,
    EXTERNAL_REVIEW,
    MA_RECONSIDERATION,
    MEDICAID_APPEALS,
    MEDICARE_REDETERMINATION,
    PARITY_DISCLOSURE,
)
from benefits.catalog import N_
from benefits.sources import (
    MEDICAID_2025_LAW,
    PARITY_2013_RULE,
    PARITY_NON_ENFORCEMENT,
    Source,
)

__all__ = ["ACA_APPEALS", "CARC_COPY", "CMS_0057_F", "ENFORCEMENT", "ERISA_CLAIMS",
           "ERISA_DOCUMENTS", "EXTERNAL_REVIEW", "MA_RECONSIDERATION", "MEDICAID_2025_LAW",
           "MEDICAID_APPEALS",
           "MEDICAID_PARITY", "MEDICARE_REDETERMINATION", "PARITY_2013_RULE",
           "PARITY_DISCLOSURE", "PARITY_NON_ENFORCEMENT", "PARITY_NQTL", "PARITY_QTL",
           "Source"]

PARITY_NQTL = Source(
    N_("Mental Health Parity and Addiction Equity Act (MHPAEA): FAQs Part 45 from the "
       "Departments of Labor, Health and Human Services, and the Treasury"),
    "https://omb.report/icr/202409-0938-011/doc/146171300")
PARITY_QTL = Source(
    N_("Mental Health Parity and Addiction Equity Act (MHPAEA): FAQs Part 39 from the "
       "Departments of Labor, Health and Human Services, and the Treasury"),
    "https://omb.report/icr/202305-1210-003/doc/132137300")
ENFORCEMENT = Source(
    N_("U.S. Department of Labor: MHPAEA enforcement fact sheet (who enforces the parity "
       "law for each kind of plan)"),
    "https://dol.gov/agencies/ebsa/laws-and-regulations/laws/mental-health-parity/"
    "mhpaea-enforcement-2023")
MEDICAID_PARITY = Source(
    N_("42 CFR part 438, subpart K: parity rules for Medicaid managed care plans"),
    "https://www.ecfr.gov/current/title-42/chapter-IV/subchapter-C/part-438/subpart-K")
