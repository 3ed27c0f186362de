"""Letters for when the plan's own appeal is not enough: external review and a complaint."""

from __future__ import annotations

from benefits.appeals.plan_types import REGULATORS, PlanType
from benefits.appeals.reasons import REASONS
from benefits.catalog import N_
from benefits.letters import common
from benefits.letters.arguments import arguments, enclosures
from benefits.letters.model import Letter, LetterFacts, LetterKind, Line
from benefits.letters.reasons import ACA_PLANS, parity_fits
from benefits.letters.sources import (
    ENFORCEMENT,
    EXTERNAL_REVIEW,
    MEDICAID_PARITY,
    PARITY_NQTL,
)

_URGENT = N_(
    "This request is urgent: waiting could seriously harm my health. Please handle it as an "
    "expedited external review. Under the federal rules, the reviewer decides within 72 "
    "hours.")
_STANDARD = N_("Under the federal rules, the reviewer decides within 45 days after receiving "
               "this request.")


def external_review_letter(facts: LetterFacts) -> Letter:
    if facts.plan_type not in ACA_PLANS:
        raise ValueError("this plan has its own next level instead of external review")
    name = N_("Request for external review")
    lines = [
        *common.sender(facts), common.to_insurer(N_("Appeals department")),
        Line("heading", name), *common.about_claim(facts),
        Line("paragraph", N_("Dear reviewer:")),
        Line("paragraph", N_("I ask for an independent external review of the plan's final "
                             "decision on my appeal, which I received on "
                             "%(final_denial_received)s. The plan upheld its denial of "
                             "%(service)s from %(provider_name)s.")),
        Line("paragraph", N_("Please send this request, my file and the enclosed papers to "
                             "the independent review organization, and tell me which "
                             "organization will review my case.")),
        Line("paragraph", _URGENT if facts.urgent else _STANDARD, EXTERNAL_REVIEW),
        *common.story(facts),
        Line("heading", N_("Why the decision should change")), *arguments(facts),
        Line("paragraph", N_("I allow the plan and my providers to share my medical records "
                             "with the review organization for this review.")),
        common.reply_to(facts), *common.signature(),
        *common.enclosed([N_("A copy of the plan's final decision"),
                          N_("A copy of my appeal letter"), *enclosures(facts)[1:]]),
    ]
    return Letter(LetterKind.EXTERNAL_REVIEW, name, tuple(lines), facts.values())


def _history(facts: LetterFacts) -> list[Line]:
    lines = [Line("paragraph", N_("The plan denied my claim or request in a notice dated "
                                  "%(denial_date)s. The reason it gave:")),
             Line("item", REASONS[facts.reason].label)]
    if facts.appeal_filed is not None:
        lines.append(Line("paragraph", N_("I filed an appeal with the plan on "
                                          "%(appeal_filed)s.")))
    if facts.final_denial_received is not None:
        lines.append(Line("paragraph", N_("I received the plan's final decision on "
                                          "%(final_denial_received)s.")))
    return lines


def _asks(facts: LetterFacts) -> list[Line]:
    asks = [Line("item", N_("review whether the plan followed its own terms and the law when "
                            "it denied this care"))]
    if parity_fits(facts.plan_type, facts.reason):
        medicaid = facts.plan_type is PlanType.MEDICAID_MANAGED_CARE
        asks.append(Line("item", N_(
            "check whether the plan follows the mental health parity rules for this limit, "
            "including its comparative analysis"), MEDICAID_PARITY if medicaid else PARITY_NQTL))
    asks.append(Line("item", N_("help me get the documents and information I asked the plan "
                                "for, if it does not send them in time")))
    return [Line("paragraph", N_("Please:")), *asks]


def complaint_letter(facts: LetterFacts) -> Letter:
    regulator = REGULATORS[facts.plan_type]
    name = N_("Complaint about my health plan")
    lines = [
        *common.sender(facts), Line("paragraph", regulator.name, ENFORCEMENT),
        Line("heading", name),
        *common.about_claim(facts), Line("paragraph", N_("To whom it may concern:")),
        Line("paragraph", N_("I want to file a complaint about how %(insurer_name)s handled "
                             "my mental health care under %(plan_name)s.")),
        *_history(facts), *common.story(facts), *_asks(facts),
        common.reply_to(facts), *common.signature(),
        *common.enclosed([N_("A copy of the denial notice or explanation of benefits"),
                          N_("Copies of my letters to the plan and any answers")]),
    ]
    return Letter(LetterKind.COMPLAINT, name, tuple(lines), facts.values())
