"""Letters that ask for papers: the plan documents and claim file, and the parity disclosure."""

from __future__ import annotations

from benefits.appeals.plan_types import PlanType
from benefits.appeals.reasons import DenialReason
from benefits.catalog import N_
from benefits.letters import common
from benefits.letters.model import Letter, LetterFacts, LetterKind, Line
from benefits.letters.reasons import ACA_PLANS, ERISA_PLANS, parity_fits
from benefits.letters.sources import (
    ACA_APPEALS,
    ERISA_CLAIMS,
    ERISA_DOCUMENTS,
    MEDICAID_PARITY,
    PARITY_DISCLOSURE,
    PARITY_NQTL,
)

_ADMINISTRATOR = Line("paragraph", (N_("Plan administrator"), "%(plan_name)s\n"
                                    "%(employer_name)s\n%(administrator_address)s"))
_ERISA_DOCUMENTS = (
    N_("the summary plan description (SPD), and any summaries of changes to it"),
    N_("the plan document and any insurance contract, including the parts about mental "
       "health benefits"),
    N_("the latest annual report (Form 5500)"),
    N_("any trust agreement or collective bargaining agreement"),
)
_CLAIM_FILE = N_(
    "I also ask for my claim file, free of charge: all documents, records and other "
    "information relevant to claim %(claim_number)s, denied on %(denial_date)s. Please "
    "include the criteria, guidelines or rules used to decide it, and any medical opinions "
    "the plan got about my claim.")
_PENALTY = N_(
    "The plan administrator has 30 days to send the plan documents. After 30 days, a court "
    "may order the administrator to pay up to %(daily_penalty)s a day (ERISA section "
    "502(c)(1)).")


def _addressee(facts: LetterFacts) -> tuple[Line, Line]:
    """Employer plans are run by a plan administrator; other plans answer as the insurer."""
    if facts.plan_type in ERISA_PLANS:
        return _ADMINISTRATOR, Line("paragraph", N_("Dear plan administrator:"))
    return (common.to_insurer(N_("Member services")),
            Line("paragraph", N_("Dear member services:")))


def _documents_asked(facts: LetterFacts) -> list[Line]:
    if facts.plan_type in ERISA_PLANS:
        return [Line("paragraph", N_(
            "I am a participant in %(plan_name)s. Under section 104(b)(4) of ERISA, I ask for "
            "copies of the latest documents under which the plan is set up and run:"),
            ERISA_DOCUMENTS), *(Line("item", text) for text in _ERISA_DOCUMENTS)]
    items = [N_("the policy, certificate or evidence of coverage, including the parts about "
                "mental health benefits")]
    if facts.plan_type in ACA_PLANS:
        items.append(N_("the Summary of Benefits and Coverage"))
    return [Line("paragraph", N_("I am a member of %(plan_name)s. Please send me copies "
                                 "of:")), *(Line("item", text) for text in items)]


def records_letter(facts: LetterFacts) -> Letter:
    name = N_("Request for plan documents and my claim file")
    claim_source = ERISA_CLAIMS if facts.plan_type in ERISA_PLANS else (
        ACA_APPEALS if facts.plan_type in ACA_PLANS else None)
    address, greeting = _addressee(facts)
    lines = [*common.sender(facts), address, Line("heading", name),
             *common.about_claim(facts), greeting, *_documents_asked(facts),
             Line("paragraph", _CLAIM_FILE, claim_source)]
    if facts.plan_type in ERISA_PLANS:
        lines.append(Line("paragraph", _PENALTY, ERISA_DOCUMENTS))
    lines += [common.reply_to(facts), *common.signature()]
    return Letter(LetterKind.RECORDS, name, tuple(lines), facts.values())


_LIMIT: dict[DenialReason, str] = {
    DenialReason.NOT_MEDICALLY_NECESSARY: N_("the medical-necessity criteria used to deny "
                                             "%(service)s"),
    DenialReason.NO_PRIOR_AUTHORIZATION: N_("the prior authorization requirement for "
                                            "%(service)s"),
    DenialReason.OUT_OF_NETWORK: N_("the standards for admitting providers to the network, "
                                    "and how the plan makes sure it has enough mental health "
                                    "providers"),
    DenialReason.NOT_COVERED: N_("the exclusion of %(service)s"),
    DenialReason.VISIT_LIMIT: N_("the limit on the number of visits for %(service)s"),
}
_PARITY_ASKS = (
    N_("the plan language for this limit, for mental health and substance use disorder "
       "benefits and for medical and surgical benefits in the same class of benefits"),
    N_("the factors and evidentiary standards (the sources of information) used to design "
       "the limit and to decide when it applies"),
    N_("how the plan makes sure the limit is comparable, and no stricter for mental health "
       "care, both as written and in practice, with any data the plan used"),
)


def _analysis(plan_type: PlanType) -> Line:
    if plan_type is PlanType.MEDICAID_MANAGED_CARE:
        return Line("item", N_("any written analysis the plan or the state has made showing "
                               "that this limit meets the parity rules"), MEDICAID_PARITY)
    if plan_type in ERISA_PLANS:
        return Line("item", N_("the plan's written comparative analysis of this limit, "
                               "required by ERISA section 712(a)(8) (added by the "
                               "Consolidated Appropriations Act, 2021), with its findings "
                               "and conclusions"), PARITY_NQTL)
    return Line("item", N_("the plan's written comparative analysis of this limit, required "
                           "by the Consolidated Appropriations Act, 2021, with its findings "
                           "and conclusions"), PARITY_NQTL)


def parity_letter(facts: LetterFacts) -> Letter:
    if not parity_fits(facts.plan_type, facts.reason):
        raise ValueError("the parity law does not reach this plan or this kind of denial")
    name = N_("Mental health parity disclosure request")
    address, greeting = _addressee(facts)
    lines = [*common.sender(facts), address, Line("heading", name),
             *common.about_claim(facts), greeting,
             Line("paragraph", N_("I am a member of %(plan_name)s. I am asking how the plan "
                                  "applies this limit to my mental health care:")),
             Line("item", _LIMIT[facts.reason]),
             Line("paragraph", N_("Please send me:")),
             *(Line("item", text) for text in _PARITY_ASKS), _analysis(facts.plan_type),
             Line("paragraph", N_("The Departments' model form for parity disclosure "
                                  "requests asks plans to answer within 30 calendar days. "
                                  "Please answer within 30 days."), PARITY_DISCLOSURE)]
    if facts.plan_type in ERISA_PLANS:
        lines.append(Line("paragraph", N_(
            "These are documents under which the plan is run, so section 104(b)(4) of ERISA "
            "also applies: after 30 days, a court may order the plan administrator to pay up "
            "to %(daily_penalty)s a day."), ERISA_DOCUMENTS))
    lines += [common.reply_to(facts), *common.signature()]
    return Letter(LetterKind.PARITY, name, tuple(lines), facts.values())

