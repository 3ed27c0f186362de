"""The remark codes (RARC) we explain, which add detail to a reason code. Pure Python.

Domain facts §7 and the codes seen on public 835 examples (listed in eob_data). The meanings
are our own words, never X12's text.
"""

from __future__ import annotations

from benefits.appeals.eob_data import CodeKind, Owes, code_table
from benefits.appeals.sources import RARC_LIST
from benefits.catalog import N_

U, N, D = Owes.USUALLY, Owes.USUALLY_NOT, Owes.DEPENDS

RARCS = code_table(CodeKind.RARC, RARC_LIST, (
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
    ("N20", N, N_("This service is not paid when it is done on the same day as another "
                  "service on the claim."),
     N_("Ask the provider whether both services were needed and billed right. Some pairs "
        "are paid with a modifier when they were truly separate.")),
    ("N115", D, N_("Medicare decided this with a local coverage rule for your area (an "
                   "LCD)."),
     N_("Ask the provider which rule was used and whether your records meet it. If they "
        "did not warn you in writing before the visit, you usually do not owe it. You can "
        "appeal.")),
    ("N290", N, N_("The ID number (NPI) of the clinician who gave the care is missing or "
                   "wrong on the claim."),
     N_("Ask the provider to add the treating clinician's NPI and send the claim again. "
        "This can happen when a therapist in training sees you under a supervisor.")),
    ("N362", D, N_("The number of days or units billed is more than the plan allows."),
     N_("Ask the provider to check the units. A therapy session code like 90837 is billed "
        "as one unit. If the units were right, ask the plan for its limit and appeal. If "
        "medical care has no such limit, ask about parity.")),
    ("N386", D, N_("Medicare decided this with a national coverage rule (an NCD)."),
     N_("Ask the provider which rule was used and whether your records meet it. You can "
        "appeal if they do.")),
    ("N425", U, N_("By law, Medicare does not cover this kind of service."),
     N_("You may have to pay. Check with the provider that the service code is right, and "
        "ask whether another plan you have, such as Medicaid, covers it.")),
    ("N519", N, N_("The modifiers on this service do not work together."),
     N_("Ask the provider to check the modifiers, such as the telehealth ones, and send the "
        "claim again.")),
    ("N657", N, N_("This service should be billed with a different code."),
     N_("Ask the provider to bill the right code and send the claim again. You usually do "
        "not owe it while it is fixed.")),
    ("M15", N, N_("Services billed one by one were put together, because the plan counts "
                  "them as parts of one service."),
     N_("You usually do not owe it. Ask the provider whether the codes were billed "
        "right.")),
    ("M62", N, N_("The approval (authorization) number is missing or wrong on the claim."),
     N_("If you had approval, ask the provider to add the right number and send the claim "
        "again. If not, ask them to ask for approval after the fact.")),
    ("M76", N, N_("The diagnosis is missing or wrong on the claim."),
     N_("Ask the provider to add the right diagnosis code and send the claim again.")),
    ("M77", N, N_("The place of service is missing or wrong on the claim."),
     N_("Ask the provider to fix the place of service and send the claim again. For "
        "telehealth, place 10 means you were at home and place 02 means you were "
        "somewhere else.")),
    ("M80", N, N_("This is not paid when it is done in the same session as another service "
                  "the plan already handled."),
     N_("Ask the provider whether the two services were billed right. In network, you "
        "usually do not owe it.")),
    ("M86", D, N_("The plan already paid for the same or a similar service within a set "
                  "time, such as one first evaluation in a year."),
     N_("Ask the provider to check the dates. If you needed the service again, ask them to "
        "appeal with notes that say why.")),
    ("MA04", N, N_("This plan pays second, and the claim does not show what your first plan "
                   "paid."),
     N_("Give the provider the EOB from your first plan so they can send it with the "
        "claim.")),
    ("MA130", N, N_("The claim had missing or wrong information, so the plan could not "
                    "process it. It can not be appealed."),
     N_("Ask the provider to send a new claim with the right information. An appeal will "
        "not help, because the claim was never processed.")),
))
