"""Where each coding rule comes from: a name for people and an address to check it. Pure Python."""

from __future__ import annotations

from benefits.catalog import N_
from benefits.sources import Source

# The session-code sources (NOVITAS, HEADWAY, ALMA, NGS) live with suggest_codes.
BONFIRE = Source(
    N_("Bonfire Revenue guide to billing psychotherapy codes"),
    "https://www.bonfirerevenue.com/billing-for-psychotherapy-90832-90834-90837",
)
OPENPAYER_BCBS_IL = Source(
    N_("Blue Cross Blue Shield of Illinois psychiatry and psychotherapy policy (OpenPayer)"),
    "https://www.openpayer.com/policy-updates/blue-cross-blue-shield-illinois/"
    "reimbursement-payment/blue-cross-blue-shield-illinois-psychiatry-psychotherapy",
)
CMS_CRISIS = Source(
    N_("CMS page on psychotherapy for crisis"),
    "https://www.cms.gov/medicare/payment/fee-schedules/physician-fee-schedule/"
    "psychotherapy-crisis",
)
CMS_RVU = Source(
    N_("CMS 2025 physician fee schedule relative value file"),
    "https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files",
)
NORIDIAN_POS = Source(
    N_("Noridian Medicare article on telehealth places of service"),
    "https://med.noridianmedicare.com/es/web/jfa/article-detail/-/view/10529/"
    "telehealth-place-of-service-code",
)
NOVITAS_TELEHEALTH = Source(
    N_("Novitas Medicare table of telehealth modifiers"),
    "https://www.novitas-solutions.com/webcenter/portal/MedicareJH/"
    "pagebyid?contentId=00144501",
)
FIRST_COAST = Source(
    N_("First Coast Medicare page on telehealth modifiers"),
    "https://medicare-prod.fcso.com/coding/telehealth-service-modifiers",
)
THERATHINK = Source(
    N_("TheraThink guide to the HO modifier"),
    "https://therathink.com/ho-modifier/",
)
CMS_HCPCS = Source(
    N_("CMS HCPCS Level II code set, with its modifiers"),
    "https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system",
)
CMS_POS = Source(
    N_("CMS place of service code set"),
    "https://www.cms.gov/medicare/coding-billing/place-of-service-codes/code-sets",
)
SEER_ICD10CM = Source(
    N_("National Cancer Institute SEER training: how an ICD-10-CM code is built"),
    "https://training.seer.cancer.gov/icd10cm/icd10cm-code-structure.html",
)
CDC_ICD10CM = Source(
    N_("CDC National Center for Health Statistics: ICD-10-CM"),
    "https://www.cdc.gov/nchs/icd/icd-10-cm/index.html",
)
CARC = Source(
    N_("Claim adjustment reason codes (X12 list, public copy)"),
    "https://docslib.org/doc/12484802/claim-adjustment-reason-codes",
)
CMS_NPI = Source(
    N_("CMS: the check digit of the National Provider Identifier"),
    "https://www.cms.gov/Regulations-and-Guidance/Administrative-Simplification/"
    "NationalProvIdentStand/Downloads/NPIcheckdigit.pdf",
)
CMS_ICD10 = Source(
    N_("CMS ICD-10 code files: a new ICD-10-CM code set each 1 October"),
    "https://www.cms.gov/medicare/coding-billing/icd-10-codes",
)
