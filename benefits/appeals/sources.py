"""The public sources behind the appeal, prior-authorization and code rules. Pure Python."""

from __future__ import annotations

from benefits.catalog import N_
from benefits.sources import MA_RECONSIDERATION_RULE, PARITY_2013_RULE, Source

# Domain facts §3.1: the ERISA claims rule, 29 CFR 2560.503-1.
ERISA_CLAIMS = Source(
    N_("U.S. Department of Labor: questions and answers on the claims and appeals rule "
       "(29 CFR 2560.503-1)"),
    "https://dol.gov/agencies/ebsa/about-ebsa/our-activities/resource-center/faqs/"
    "benefit-claims-procedure-regulation")
# Domain facts §3.1, §3.2 and the Addendum: the ACA rule for appeals and external review.
ACA_APPEALS = Source(
    N_("45 CFR 147.136: internal appeals and external review"),
    "https://www.ecfr.gov/current/title-45/section-147.136")
EXTERNAL_REVIEW = Source(
    N_("HealthCare.gov: External review; 45 CFR 147.136(d)"),
    "https://www.healthcare.gov/appeal-insurance-company-decision/external-review/")
# Domain facts §3.3.
ERISA_DOCUMENTS = Source(
    N_("ERISA section 104(b)(4) and 502(c)(1): plan documents within 30 days, up to $110 a "
       "day (Bell Davis & Pitt)"),
    "https://www.belldavispitt.com/blog/erisa-plan-administrators-beware-failure-provide-"
    "plan-documents-may-result-substantial")
# Domain facts §4: the Departments' model parity disclosure request form.
PARITY_DISCLOSURE = Source(
    N_("The parity disclosure request form (Fox Rothschild on JD Supra)"),
    "http://www.jdsupra.com/legalnews/responding-to-mental-health-parity-94928/")
# The 2013 rule is what is enforced: the 2024 rule's new parts are not, since 15 May 2025
# (domain facts §4 and the December 2026 addendum).
PARITY_RULE = PARITY_2013_RULE
# Domain facts §3.4.
CMS_0057_F = Source(
    N_("CMS Interoperability and Prior Authorization final rule (CMS-0057-F), Federal "
       "Register, 8 February 2024"),
    "https://regulations.justia.com/regulations/fedreg/2024/02/08/2024-00895.html")
# Domain facts §3.5 and the December 2026 addendum: 65 days since 1 January 2025 (CMS's
# Parts C & D appeals guidance of 20 November 2024 says the same; its older Part C page still
# says 60).
MA_RECONSIDERATION = MA_RECONSIDERATION_RULE
MEDICARE_REDETERMINATION = Source(
    N_("CMS: Redetermination by a Medicare contractor"),
    "https://www.cms.gov/Medicare/Appeals-and-Grievances/OrgMedFFSAppeals/"
    "RedeterminationbyaMedicareContractor.html")
MEDICAID_APPEALS = Source(
    N_("Medicaid managed care appeals (42 CFR 438), as in North Carolina law G.S. 108D-13"),
    "https://www.ncleg.gov/EnactedLegislation/Statutes/HTML/BySection/Chapter_108D/"
    "GS_108D-13.html")
# Domain facts §7.
CARC_LIST = Source(
    N_("X12 Claim Adjustment Reason Codes"),
    "https://x12.org/codes/claim-adjustment-reason-codes")
CARC_COPY = Source(
    N_("Claim Adjustment Reason Codes, public copy of the X12 list"),
    "https://docslib.org/doc/12484802/claim-adjustment-reason-codes")
RARC_LIST = Source(
    N_("X12 Remittance Advice Remark Codes"),
    "https://x12.org/codes/remittance-advice-remark-codes")
# Where a plan's need for approval is described (glossary sources).
UNIFORM_GLOSSARY_PA = Source(
    N_("CMS/DOL Uniform Glossary: Preauthorization"),
    "https://www.healthcare.gov/glossary/preauthorization/")
HEALTHCARE_GOV_MH = Source(
    N_("HealthCare.gov: Mental health and substance use disorder coverage"),
    "https://www.healthcare.gov/coverage/mental-health-substance-abuse-coverage/")
MEDICARE_PHP = Source(
    N_("Medicare.gov: Mental health care (partial hospitalization)"),
    "https://www.medicare.gov/coverage/mental-health-care-partial-hospitalization")
NGS_EVALUATION = Source(
    N_("NGS Medicare: mental health services (diagnostic evaluation 90791)"),
    "https://ngsmedicare.com/mental-health?selectedArticleId=675774")
NOVITAS_PSYCHOTHERAPY = Source(
    N_("Novitas Medicare CERT article on psychotherapy codes"),
    "https://www.novitas-solutions.com/webcenter/portal/MedicareJL/"
    "pagebyid?contentId=00026768")
