"""The EOB codes we explain: group, reason (CARC) and remark (RARC) codes. Pure Python.

Domain facts §7. The meanings are our own words, never X12's text. Two remark codes differ
from the domain-facts table, which marks them as recalled: M25 and N56 follow the public
copy of the remark code list (its wording: "does not substantiate the need for this level of
service" and "procedure code billed is not correct/valid").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from benefits.appeals.sources import CARC_COPY, CARC_LIST, RARC_LIST
from benefits.catalog import N_
from benefits.sources import Source


class CodeKind(StrEnum):
    GROUP = "group"
    CARC = "carc"  # claim adjustment reason code
    RARC = "rarc"  # remittance advice remark code


class Owes(StrEnum):
    """Whether the patient usually has to pay the amount with this code."""

    USUALLY = "usually"
    USUALLY_NOT = "usually_not"
    DEPENDS = "depends"


@dataclass(frozen=True)
class CodeInfo:
    code: str
    kind: CodeKind
    meaning: str  # English msgid, our words
    patient_owes: Owes
    next_step: str  # English msgid
    source: str  # English msgid
    source_url: str


def _table(kind: CodeKind, source: Source,
           rows: tuple[tuple[str, Owes, str, str], ...]) -> dict[str, CodeInfo]:
    return {code: CodeInfo(code, kind, meaning, owes, step, source.name, source.url)
            for code, owes, meaning, step in rows}


U, N, D = Owes.USUALLY, Owes.USUALLY_NOT, Owes.DEPENDS

GROUPS = _table(CodeKind.GROUP, CARC_COPY, (
    ("CO", N, N_("Contractual obligation: the provider's contract with the plan covers this "
                 "amount. The provider writes it off."),
     N_("You should not be billed for a CO amount. If you are, call the provider and ask "
        "them to check the EOB.")),
    ("PR", U, N_("Patient responsibility: the plan says this part is yours to pay, such as a "
                 "deductible, copay or coinsurance."),
     N_("Check the amount against your plan's costs for therapy. If it looks wrong, or the "
        "care should be covered, you can appeal.")),
    ("OA", D, N_("Other adjustment: a change that is neither the provider's write-off nor "
                 "yours, often because of other insurance."),
     N_("Read the reason code next to it. Call the plan if it is not clear who pays.")),
    ("PI", N, N_("Payer-initiated reduction: the plan lowered the payment and thinks you do "
                 "not owe it, even without a contract."),
     N_("You usually should not be billed for it. If you are, ask the provider and the plan "
        "why.")),
))

CARCS = _table(CodeKind.CARC, CARC_LIST, (
    ("1", U, N_("This amount went toward your deductible."),
     N_("This is normal. Check that the amount counts toward your deductible, then pay the "
        "provider.")),
    ("2", U, N_("This is your coinsurance, your percent share of the cost."),
     N_("This is normal. Check the percent against your plan summary, in or out of "
        "network.")),
    ("3", U, N_("This is your copay."),
     N_("This is normal. Check that it matches your plan's copay for a mental health office "
        "visit. It should not be higher than for a medical visit.")),
    ("4", N, N_("The service code and its modifier do not fit together, or a needed modifier "
                "is missing."),
     N_("This is a billing error. Ask the provider to fix the claim and send it again. It "
        "often happens with telehealth modifiers.")),
    ("16", N, N_("The claim is missing information or has a billing error. A remark code "
                 "usually says what is missing."),
     N_("Ask the provider to fix the claim and send it again. You should not have to pay "
        "while it is fixed.")),
    ("18", N, N_("The plan already got this exact claim. This copy was a duplicate."),
     N_("Usually nothing to do. Check that the first claim was paid.")),
    ("22", D, N_("Another insurance may have to pay first (coordination of benefits)."),
     N_("Tell the plan about any other coverage you have, or that you have none. Then ask "
        "the provider to send the claim again.")),
    ("27", U, N_("The care was after your coverage ended."),
     N_("Check your coverage dates. If they are wrong, appeal. If you have COBRA or a new "
        "plan, give the provider that information.")),
    ("29", N, N_("The provider sent the claim too late."),
     N_("This is the provider's problem. An in-network provider usually cannot bill you "
        "for it.")),
    ("45", D, N_("The charge is more than the plan's allowed amount. The difference is cut "
                 "from the bill."),
     N_("In network, you do not owe the difference. Out of network, the provider may bill "
        "you for it. Check if the No Surprises Act protects you.")),
    ("50", D, N_("The plan says the care was not medically necessary."),
     N_("Appeal with a letter from your clinician saying why you need the care. Ask the "
        "plan for the criteria it used.")),
    ("96", D, N_("The plan says this charge is not covered. A remark code usually says "
                 "why."),
     N_("Read the remark code and check your plan's mental health benefits. If it is a "
        "covered service, appeal.")),
    ("97", N, N_("The plan says this service is part of another service it already paid."),
     N_("You usually do not owe it. Ask the provider whether the codes were billed "
        "right.")),
    ("109", D, N_("This plan is not the one that pays for this care. The claim must go to "
                  "another plan or company."),
     N_("Give the provider the right insurer. It may be a separate mental health company "
        "or a Medicaid plan.")),
    ("119", U, N_("You reached the most the plan pays for this benefit in this period, such "
                  "as a visit limit."),
     N_("Check whether medical visits have the same limit. If only therapy is limited, the "
        "parity law may be broken. Appeal or ask for an exception.")),
    ("167", D, N_("The plan says this diagnosis is not covered."),
     N_("Check the diagnosis code with your provider. A plan should not leave out mental "
        "health diagnoses unfairly. You can appeal.")),
    ("170", N, N_("The plan does not pay this kind of provider for this service."),
     N_("Ask the plan which providers it pays, and ask for an in-network one. You can "
        "appeal.")),
    ("171", N, N_("The plan does not pay this kind of provider for this service in this "
                  "kind of place."),
     N_("Ask the plan which providers and places it pays. You can appeal.")),
    ("185", N, N_("The provider who gave the care is not set up with the plan to give this "
                  "service."),
     N_("This is a credentialing problem for the provider to fix. If the provider is in "
        "network, you usually do not owe it.")),
    ("197", D, N_("There was no prior authorization, and the plan needed one."),
     N_("Ask the provider to request approval after the fact (retro-authorization) or to "
        "appeal. In network, you are usually not responsible.")),
    ("198", D, N_("The care went past what the plan approved, such as more visits than "
                  "allowed."),
     N_("Ask the provider to request more approved visits, and appeal for the extra "
        "ones.")),
    ("204", U, N_("The plan says your current plan does not cover this service."),
     N_("Check your plan papers. If medical care like this is covered, parity may apply. "
        "You can appeal.")),
    ("242", D, N_("The care was not from a provider in the plan's network."),
     N_("If no in-network therapist could see you in time, ask the plan for a network "
        "exception and appeal.")),
    ("243", D, N_("The care was not approved by your network or primary care provider, such "
                  "as a missing referral."),
     N_("Get the referral and ask the provider to send the claim again, or appeal.")),
    ("252", N, N_("The plan needs more papers, such as records, to decide the claim."),
     N_("The provider must send the records. Ask them to do it soon.")),
    ("B7", N, N_("The provider was not allowed to be paid for this service on that date."),
     N_("This is an enrollment problem for the provider to fix. You usually do not owe "
        "it.")),
))

RARCS = _table(CodeKind.RARC, RARC_LIST, (
    ("N130", D, N_("Look at your plan's benefit papers for limits on this service."),
     N_("Read your plan's rules for this service. If a limit applies only to mental health "
        "care, ask about parity.")),
    ("N1", D, N_("You may appeal this decision in writing. The notice explains how and by "
                 "when."),
     N_("Note the deadline on the notice and appeal in time if you disagree.")),
    ("MA01", D, N_("If you disagree with what was approved, you may appeal. The notice "
                   "gives the deadline."),
     N_("Note the deadline on the notice and appeal in time if you disagree.")),
    ("N4", N, N_("The explanation of benefits from your other insurance is missing or "
                 "incomplete."),
     N_("Give the provider the EOB from your other insurance so they can send it.")),
    ("N30", U, N_("The plan says you were not eligible for this service."),
     N_("Check your coverage and eligibility dates. Appeal if they are wrong.")),
    ("N122", N, N_("An add-on code was billed without the main service code it belongs "
                   "to."),
     N_("This is a billing error. Ask the provider to fix the claim and send it again.")),
    ("M25", N, N_("The plan says the records do not show a need for this level of care, "
                  "such as a longer session."),
     N_("Ask the provider to send notes or appeal. If they did not warn you in writing "
        "first, you usually do not owe the difference.")),
    ("N56", N, N_("The service code billed does not fit the service or the date."),
     N_("This is a billing error. Ask the provider to fix the code and send the claim "
        "again.")),
))
