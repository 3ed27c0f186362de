"""The internal appeal letter: the first letter after a denial."""

from __future__ import annotations

from benefits.appeals.deadlines import ClaimKind
from benefits.appeals.plan_types import PlanType
from benefits.catalog import N_
from benefits.letters import common
from benefits.letters.arguments import arguments, enclosures
from benefits.letters.model import Letter, LetterFacts, LetterKind, Line
from benefits.letters.reasons import ACA_PLANS, ERISA_PLANS
from benefits.letters.sources import (
    ACA_APPEALS,
    ERISA_CLAIMS,
    MA_RECONSIDERATION,
    MEDICAID_APPEALS,
    MEDICARE_REDETERMINATION,
)
from benefits.sources import Source

_MEDICARE_REQUEST = {
    PlanType.ORIGINAL_MEDICARE: (
        N_("Request for redetermination"),
        Line("paragraph", N_("Please treat this letter as my request for a redetermination "
                             "of the initial determination."), MEDICARE_REDETERMINATION)),
    PlanType.MEDICARE_ADVANTAGE: (
        N_("Request for reconsideration"),
        Line("paragraph", N_("Please treat this letter as my request for a reconsideration "
                             "of your organization determination."), MA_RECONSIDERATION)),
}
_OPENING = {
    ClaimKind.POST_SERVICE: N_(
        "I am writing to appeal your decision of %(denial_date)s to deny payment for "
        "%(service)s from %(provider_name)s. I ask you to reverse the decision and pay the "
        "claim."),
    ClaimKind.PRE_SERVICE: N_(
        "I am writing to appeal your decision of %(denial_date)s to deny approval for "
        "%(service)s from %(provider_name)s. I ask you to reverse the decision and approve "
        "the care."),
}
_URGENT_72_HOURS = N_(
    "This appeal is urgent: waiting the usual time could seriously harm my health. Please "
    "handle it as an expedited appeal and decide within 72 hours.")
_URGENT = N_("This appeal is urgent: waiting the usual time could seriously harm my health. "
             "Please decide it as quickly as you can.")
_CLAIM_FILE = N_(
    "Please also send me, free of charge, copies of all documents, records and other "
    "information relevant to my claim, including any criteria or guidelines used to decide "
    "it.")
_NEXT_LEVEL = {
    PlanType.MEDICARE_ADVANTAGE: Line("paragraph", N_(
        "If you uphold the denial, I understand that my case goes on to the independent "
        "review entity without a new request from me."), MA_RECONSIDERATION),
}
_EXTERNAL_REVIEW_NOTICE = Line("paragraph", N_(
    "If you uphold the denial, please tell me in writing how to ask for an external review."))


def title(facts: LetterFacts) -> str:
    if facts.plan_type in _MEDICARE_REQUEST:
        return _MEDICARE_REQUEST[facts.plan_type][0]
    if facts.claim_kind is ClaimKind.PRE_SERVICE:
        return N_("Appeal of a denied request for approval")
    return N_("Appeal of a denied claim")


def rules_source(plan_type: PlanType) -> Source | None:
    """The rule behind the appeal rights of this kind of plan (domain-facts §3)."""
    if plan_type in ERISA_PLANS:
        return ERISA_CLAIMS
    if plan_type in ACA_PLANS:
        return ACA_APPEALS
    return {PlanType.MEDICARE_ADVANTAGE: MA_RECONSIDERATION,
            PlanType.MEDICAID_MANAGED_CARE: MEDICAID_APPEALS}.get(plan_type)


def _request(facts: LetterFacts) -> list[Line]:
    lines = [Line("paragraph", N_("Dear appeals reviewer:")),
             Line("paragraph", _OPENING[facts.claim_kind])]
    if facts.plan_type in _MEDICARE_REQUEST:
        lines.append(_MEDICARE_REQUEST[facts.plan_type][1])
    if facts.urgent:
        source = rules_source(facts.plan_type)
        lines.append(Line("paragraph", _URGENT_72_HOURS, source) if source
                     else Line("paragraph", _URGENT))
    return lines


def _closing(facts: LetterFacts) -> list[Line]:
    files_source = rules_source(facts.plan_type) if facts.plan_type in ACA_PLANS else None
    lines = [Line("paragraph", _CLAIM_FILE, files_source)]
    if facts.plan_type in ACA_PLANS:
        lines.append(_EXTERNAL_REVIEW_NOTICE)
    elif facts.plan_type in _NEXT_LEVEL:
        lines.append(_NEXT_LEVEL[facts.plan_type])
    return [*lines, common.reply_to(facts)]


def appeal_letter(facts: LetterFacts) -> Letter:
    name = title(facts)
    lines = [
        *common.sender(facts), common.to_insurer(N_("Appeals department")),
        Line("heading", name), *common.about_claim(facts), *_request(facts),
        *common.story(facts),
        Line("heading", N_("Why the decision should change")), *arguments(facts),
        *_closing(facts), *common.signature(), *common.enclosed(enclosures(facts)),
    ]
    return Letter(LetterKind.APPEAL, name, tuple(lines), facts.values())
