"""Why the decision should change: the arguments that fit each reason for a denial."""

from __future__ import annotations

from benefits.appeals.deadlines import CMS_0057_F_START, ClaimKind
from benefits.appeals.plan_types import PlanType
from benefits.appeals.reasons import DenialReason
from benefits.catalog import N_
from benefits.letters.model import LetterFacts, Line
from benefits.letters.reasons import parity_fits, shows_contractual_group
from benefits.letters.sources import (
    CARC_COPY,
    CMS_0057_F,
    MEDICAID_2025_LAW,
    MEDICAID_PARITY,
    PARITY_2013_RULE,
    PARITY_NQTL,
    PARITY_QTL,
)

_REASON_LINES: dict[DenialReason, tuple[str, ...]] = {
    DenialReason.NOT_MEDICALLY_NECESSARY: (
        N_("My treating clinician, %(provider_name)s, says this care is medically necessary "
           "for me. Their letter of medical necessity is enclosed. It describes my diagnosis "
           "and symptoms, the treatment plan, and what is likely to happen without this "
           "care."),
        N_("Please tell me which medical-necessity criteria or guidelines you used, and how "
           "my case fails them. I ask that a clinician with training and experience in "
           "mental health care review this appeal."),
    ),
    DenialReason.NO_PRIOR_AUTHORIZATION: (
        N_("The plan denied this because no prior authorization was on file. The care was "
           "medically necessary and would have met the plan's criteria if approval had been "
           "asked for first. I ask the plan to approve it now (retro-authorization) and to "
           "pay the claim."),
    ),
    DenialReason.OUT_OF_NETWORK: (
        N_("I saw a provider outside the network because I could not find a therapist in "
           "the network who could see me in a reasonable time. A list of the therapists I "
           "contacted, with dates and answers, is enclosed."),
        N_("When the network has no one available, I ask the plan to cover this care at the "
           "in-network level (a network gap exception), or to make a single-case agreement "
           "with %(provider_name)s, and to count what I paid toward my in-network deductible "
           "and out-of-pocket limit."),
    ),
    DenialReason.NOT_COVERED: (
        N_("The notice says this service is not covered. %(service)s is treatment for a "
           "mental health condition that the plan covers. Please show me the exact words in "
           "the plan documents that you relied on."),
    ),
    DenialReason.VISIT_LIMIT: (
        N_("The plan denied this because a visit limit was reached. My clinician says more "
           "visits are medically necessary (letter enclosed). If the limit stands, I ask the "
           "plan to approve more visits as an exception."),
    ),
    DenialReason.CODING_ERROR: (
        N_("The denial comes from a coding or billing error, not from the care itself. "
           "%(provider_name)s is sending a corrected claim. Please process the corrected "
           "claim and pay it."),
    ),
    DenialReason.COVERAGE_ENDED: (
        N_("The notice says my coverage had ended. I was covered by the plan on the date of "
           "service. Proof is enclosed. Please correct your records and pay the claim."),
    ),
}

_IN_NETWORK_NO_AUTH = N_(
    "%(provider_name)s is in the plan's network. Asking for prior authorization is the "
    "in-network provider's job, not mine.")
_CO_GROUP = N_(
    "The notice shows group code CO (contractual obligation). This means the provider has "
    "agreed with the plan not to bill me for the amount denied.")

# The parity law's words for each limit (domain-facts §4): a limit on visits is a
# quantitative limit; the rest are non-quantitative treatment limits (NQTLs).
_PARITY_LINES: dict[DenialReason, str] = {
    DenialReason.NOT_MEDICALLY_NECESSARY: N_(
        "Medical-necessity criteria are a treatment limit under the federal mental health "
        "parity law (MHPAEA). The plan may not design them or apply them more strictly to "
        "mental health care than to medical and surgical care."),
    DenialReason.NO_PRIOR_AUTHORIZATION: N_(
        "Prior authorization is a treatment limit under the federal mental health parity law "
        "(MHPAEA). If the plan does not need approval first for comparable medical office "
        "visits, needing it for therapy may break that law."),
    DenialReason.OUT_OF_NETWORK: N_(
        "How a plan admits providers to its network is a treatment limit under the federal "
        "mental health parity law (MHPAEA). It may not be applied more strictly to mental "
        "health providers than to medical providers."),
    DenialReason.NOT_COVERED: N_(
        "Under the federal mental health parity law (MHPAEA), a plan that covers mental "
        "health care may not limit it more strictly than comparable medical and surgical "
        "care. If the plan covers this kind of care for medical conditions, excluding it "
        "for mental health may break that law."),
    DenialReason.VISIT_LIMIT: N_(
        "Under the federal mental health parity law (MHPAEA), a visit limit on mental health "
        "care may be no stricter than the main limit on substantially all medical and "
        "surgical care in the same class of benefits, and a plan may not have a limit only "
        "for mental health care. Please tell me the visit limit, if any, on medical office "
        "visits."),
}
_MEDICAID_PARITY = N_(
    "Medicaid health plans must also follow parity rules for mental health care (42 CFR "
    "part 438, subpart K).")
# The 2024 parity rule's new parts are not enforced since 15 May 2025 (domain facts §4), so
# the letter rests on what is: the 2013 rule and the comparative analysis the 2021 law asks.
_ENFORCED_PARITY = N_(
    "These rules come from the federal parity law, its 2013 final rule, and the Consolidated "
    "Appropriations Act, 2021, which requires the plan to have a written comparative "
    "analysis of this limit and to give it to me when I ask. All of these are in force.")
# CMS-0057-F: from 1 January 2026, for Medicare Advantage and Medicaid (domain facts §3.4).
_PA_RIGHTS = N_(
    "Since January 1, 2026, the plan must give a specific reason when it denies a request "
    "for prior authorization, and decide standard requests within 7 calendar days and "
    "urgent ones within 72 hours (CMS Interoperability and Prior Authorization rule, "
    "CMS-0057-F). If the notice does not state a specific reason, the denial does not meet "
    "this rule. Please tell me the specific reason.")
_PA_RIGHTS_PLANS = frozenset({PlanType.MEDICARE_ADVANTAGE, PlanType.MEDICAID_MANAGED_CARE})
# Medicaid renewals every 6 months and shorter retroactive coverage (2026-2027): a claim
# denied for a lapse may be paid once the state restores or back-dates the coverage.
_MEDICAID_COVERAGE = N_(
    "If my Medicaid coverage ended at a renewal, I have asked the state to review that "
    "decision. If the state restores my coverage, or covers me back to the date of service "
    "(retroactive coverage), please pay this claim.")


def arguments(facts: LetterFacts) -> list[Line]:
    """The reasons to change the decision, with the parity angle where the law reaches."""
    lines = [Line("paragraph", text) for text in _REASON_LINES[facts.reason]]
    if facts.reason is DenialReason.NO_PRIOR_AUTHORIZATION and facts.in_network:
        lines.append(Line("paragraph", _IN_NETWORK_NO_AUTH))
    if facts.reason is DenialReason.COVERAGE_ENDED and \
            facts.plan_type is PlanType.MEDICAID_MANAGED_CARE:
        lines.append(Line("paragraph", _MEDICAID_COVERAGE, MEDICAID_2025_LAW))
    if facts.reason in (DenialReason.NO_PRIOR_AUTHORIZATION, DenialReason.CODING_ERROR) \
            and shows_contractual_group(facts.codes):
        lines.append(Line("paragraph", _CO_GROUP, CARC_COPY))
    return lines + prior_auth_rights(facts) + parity_argument(facts)


def prior_auth_rights(facts: LetterFacts) -> list[Line]:
    """The 2026 prior-authorization rights, for a denial of care not had yet where they apply."""
    day = facts.denial_date or facts.today
    if facts.claim_kind is not ClaimKind.PRE_SERVICE or facts.plan_type not in \
            _PA_RIGHTS_PLANS or day < CMS_0057_F_START:
        return []
    return [Line("paragraph", _PA_RIGHTS, CMS_0057_F)]


def parity_argument(facts: LetterFacts) -> list[Line]:
    if not parity_fits(facts.plan_type, facts.reason):
        return []
    source = PARITY_QTL if facts.reason is DenialReason.VISIT_LIMIT else PARITY_NQTL
    lines = [Line("paragraph", _PARITY_LINES[facts.reason], source)]
    if facts.plan_type is PlanType.MEDICAID_MANAGED_CARE:
        lines.append(Line("paragraph", _MEDICAID_PARITY, MEDICAID_PARITY))
    else:
        lines.append(Line("paragraph", _ENFORCED_PARITY, PARITY_2013_RULE))
    return lines


_ENCLOSURES: dict[DenialReason, tuple[str, ...]] = {
    DenialReason.NOT_MEDICALLY_NECESSARY: (
        N_("A letter of medical necessity from %(provider_name)s"),
        N_("Treatment records that support the letter")),
    DenialReason.NO_PRIOR_AUTHORIZATION: (
        N_("A letter of medical necessity from %(provider_name)s"),),
    DenialReason.OUT_OF_NETWORK: (
        N_("A list of the in-network therapists I contacted, with dates and answers"),
        N_("A letter from %(provider_name)s about my treatment")),
    DenialReason.NOT_COVERED: (
        N_("A letter from %(provider_name)s about my diagnosis and treatment"),),
    DenialReason.VISIT_LIMIT: (
        N_("A letter of medical necessity from %(provider_name)s"),),
    DenialReason.CODING_ERROR: (
        N_("A copy of the corrected claim, if I have it"),),
    DenialReason.COVERAGE_ENDED: (
        N_("Proof of coverage on the date of service, such as a pay stub, my insurance card "
           "or a COBRA payment"),),
}


def enclosures(facts: LetterFacts) -> list[str]:
    return [N_("A copy of the denial notice or explanation of benefits"),
            *_ENCLOSURES[facts.reason]]
