"""The EOB group and reason (CARC) codes we explain; remarks are in eob_remarks. Pure Python.

Domain facts §7. The meanings are our own words, never X12's text. Two remark codes differ
from the domain-facts table, which marks them as recalled: M25 and N56 follow the public
copy of the remark code list (its wording: "does not substantiate the need for this level of
service" and "procedure code billed is not correct/valid").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from benefits.appeals.sources import CARC_COPY, CARC_LIST
from benefits.catalog import N_
from benefits.sources import Source

# Codes seen on public 835 examples with mental-health lines (issue 12, item 6). The search
# index that found them names a file by id, not by repository, so the ids are given:
# - 66416095357, a counseling group's test 835: SVC*HC:90837 with CO-16 + N290; 90834 with
#   CO-197 + CO-252 and CO-45 + PR-3. Its CSV twin: 90837 CO-197 + M62, 90834 16 + N290, M76.
# - 52941038534: 90837 with CO-109 + N657; OA-23 and 253 (under the retired group CR); a
#   therapy claim with 90837 CO-45 and a line with PR-2 + MA04 + N362.
# - 59515462910: 90837 and 90834 with CO-45, PR-2, N130, and OA-94 on the claim.
# - 884241878 (also 44443924257, 2980142387): substance-use H0005/H0015 lines with OA-23 and
#   PI-104. 55582933250: 90834 with CO-97. 10054370430 (therapy clinic): CO-97 + M15,
#   CO-119 + N362. 41146290666 (Medicare, not therapy): CO-151, CO-4 + N519 + MA130, N115.
#   59913991107 (a hospital claim): CO-31.
# - Mental-health billing guides (tryarceum.com/blog/behavioral-health-billing-denials,
#   appealwin.app/glossary) put 197, 50, 4, 11 and 16 first. The issue listed 5, 24, 146,
#   234, 236, N20, N386, N425, M80 and M86 without an example here; we add 26, 140, 181,
#   284 and M77, front-desk fixes (coverage dates, name and ID, old codes, the approval,
#   telehealth place) that come with the same visits.
# The official texts were checked against the copy in openemr/openemr
# src/Billing/BillingUtilities.php (CARC and RARC tables).


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
    # False when the reason decides whatever group the payer put it in (see 253 below).
    group_decides: bool = True
    known: bool = True  # False for a code shaped like one that is not in our tables


def code_table(kind: CodeKind, source: Source,
               rows: tuple[tuple[str, Owes, str, str], ...]) -> dict[str, CodeInfo]:
    """Rows of (code, whether you usually owe it, meaning, next step), by code."""
    return {code: CodeInfo(code, kind, meaning, owes, step, source.name, source.url)
            for code, owes, meaning, step in rows}


U, N, D = Owes.USUALLY, Owes.USUALLY_NOT, Owes.DEPENDS

GROUPS = code_table(CodeKind.GROUP, CARC_COPY, (
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

CARCS = code_table(CodeKind.CARC, CARC_LIST, (
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
    ("5", N, N_("The service code does not fit the place of service on the claim. With therapy "
                "by video or phone, the place code is often the problem."),
     N_("Ask the provider to fix the place of service and send the claim again. For "
        "telehealth, place 10 means you were at home and place 02 means you were "
        "somewhere else. Some plans also want a telehealth modifier.")),
    ("11", N, N_("The diagnosis on the claim does not fit the service that was billed."),
     N_("Ask the provider to check the diagnosis code, make it more exact if needed, and "
        "send a corrected claim. You usually do not owe it while it is fixed.")),
    ("16", N, N_("The claim is missing information or has a billing error. A remark code "
                 "usually says what is missing."),
     N_("Ask the provider to fix the claim and send it again. You should not have to pay "
        "while it is fixed.")),
    ("18", N, N_("The plan already got this exact claim. This copy was a duplicate."),
     N_("Usually nothing to do. Check that the first claim was paid.")),
    ("22", D, N_("Another insurance may have to pay first (coordination of benefits)."),
     N_("Tell the plan about any other coverage you have, or that you have none. Then ask "
        "the provider to send the claim again.")),
    ("23", D, N_("Your other insurance already paid or changed part of this claim, and this "
                 "plan took that into account."),
     N_("Compare this EOB with the one from your other plan. You may owe only what is left "
        "after both plans. Ask the provider for the final bill.")),
    ("24", N, N_("The plan pays the provider a set amount ahead of time (a capitation or "
                 "managed care deal), so it does not pay this visit by itself."),
     N_("You usually owe only your copay. If you get a bigger bill, ask the provider to "
        "check with the plan.")),
    ("26", U, N_("The care was before your coverage started."),
     N_("Check your start date. If it is wrong, appeal. If you had other insurance then, "
        "give the provider that information.")),
    ("27", U, N_("The care was after your coverage ended."),
     N_("Check your coverage dates. If they are wrong, appeal. If you have COBRA or a new "
        "plan, give the provider that information.")),
    ("31", D, N_("The plan could not find you as a member from the information on the "
                 "claim."),
     N_("Give the provider your insurance card again. Check your name, birth date and "
        "member ID with them, then ask them to send the claim again.")),
    ("29", N, N_("The provider sent the claim too late."),
     N_("This is the provider's problem. An in-network provider usually cannot bill you "
        "for it.")),
    ("45", D, N_("The charge is more than the plan's allowed amount. The difference is cut "
                 "from the bill."),
     N_("In network, you do not owe the difference. Out of network, the provider may bill "
        "you for it. Check if the No Surprises Act protects you.")),
    ("94", N, N_("The plan counted more than the charge. This is a bookkeeping change, not a "
                 "bill."),
     N_("Usually nothing to do. If your balance looks wrong, ask the provider's billing "
        "office to explain it.")),
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
    ("104", N, N_("The plan held back part of the provider's payment under their contract "
                  "(a managed care withhold)."),
     N_("This is between the provider and the plan. You should not be billed for it.")),
    ("109", D, N_("This plan is not the one that pays for this care. The claim must go to "
                  "another plan or company."),
     N_("Give the provider the right insurer. It may be a separate mental health company "
        "or a Medicaid plan.")),
    ("119", U, N_("You reached the most the plan pays for this benefit in this period, such "
                  "as a visit limit."),
     N_("Check whether medical visits have the same limit. If only therapy is limited, the "
        "parity law may be broken. Appeal or ask for an exception.")),
    ("140", N, N_("The member ID and the name on the claim do not match the plan's "
                  "records."),
     N_("Make sure the provider has your name exactly as it is on your insurance card, and "
        "the right member ID. Ask them to fix it and send the claim again.")),
    ("146", N, N_("The diagnosis code was not a valid code on the date of the visit. It may "
                  "be old or not complete."),
     N_("Ask the provider to use a diagnosis code that was valid on that date and send a "
        "corrected claim.")),
    ("151", D, N_("The plan says the records do not support this many visits, or visits this "
                  "often, such as two crisis sessions on one day."),
     N_("Ask the provider to send notes that show why you needed each visit, or to appeal. "
        "If medical care does not have the same limit, ask about parity.")),
    ("167", D, N_("The plan says this diagnosis is not covered."),
     N_("Check the diagnosis code with your provider. A plan should not leave out mental "
        "health diagnoses unfairly. You can appeal.")),
    ("170", N, N_("The plan does not pay this kind of provider for this service."),
     N_("Ask the plan which providers it pays, and ask for an in-network one. You can "
        "appeal.")),
    ("171", N, N_("The plan does not pay this kind of provider for this service in this "
                  "kind of place."),
     N_("Ask the plan which providers and places it pays. You can appeal.")),
    ("181", N, N_("The service code was not a valid code on the date of the visit. It may "
                  "have been retired."),
     N_("Ask the provider to bill a code that was valid on that date and send a corrected "
        "claim.")),
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
    ("234", N, N_("The plan does not pay for this service by itself. It counts it as part of "
                  "another service. A remark code usually says more."),
     N_("You usually do not owe it. Ask the provider whether the codes were billed "
        "right.")),
    ("236", N, N_("Coding rules (the National Correct Coding Initiative) say this service "
                  "does not go with another one billed for the same day."),
     N_("Ask the provider to check the pair of codes. For example, the add-on for "
        "interactive complexity (90785) does not go with crisis therapy (90839). Some "
        "pairs are allowed with a modifier when they were truly separate.")),
    ("242", D, N_("The care was not from a provider in the plan's network."),
     N_("If no in-network therapist could see you in time, ask the plan for a network "
        "exception and appeal.")),
    ("243", D, N_("The care was not approved by your network or primary care provider, such "
                  "as a missing referral."),
     N_("Get the referral and ask the provider to send the claim again, or appeal.")),
    ("252", N, N_("The plan needs more papers, such as records, to decide the claim."),
     N_("The provider must send the records. Ask them to do it soon.")),
    ("253", N, N_("Sequestration: a cut the federal government makes to Medicare payments. "
                  "The provider takes this loss."),
     N_("You do not owe this amount. It comes out of Medicare's payment, not your "
        "share.")),
    ("284", D, N_("The approval number on the claim is real, but it does not cover the "
                  "service billed, such as a longer session than the one approved."),
     N_("Ask the provider to check the approval: the service code, the dates and the "
        "provider must match it. They can ask the plan to change it, then send the claim "
        "again.")),
    ("B7", N, N_("The provider was not allowed to be paid for this service on that date."),
     N_("This is an enrollment problem for the provider to fix. You usually do not owe "
        "it.")),
))

# Sequestration is taken from Medicare's payment after the deductible and coinsurance are set,
# so it is never the patient's share, even filed under PR (Noridian and First Coast
# sequestration pages: med.noridianmedicare.com/web/jadme/fees-news/fee-schedules/dmepos/
# sequestration, medicare-prod.fcso.com/fee-schedules/federal-sequestration-payment-reductions).
CARCS["253"] = replace(CARCS["253"], group_decides=False)
