"""How each deadline was counted, in plain words (English msgids). Pure Python."""

from __future__ import annotations

from benefits.catalog import N_

INTERNAL_APPEAL = N_(
    "You have 180 days from the day you got the denial notice to appeal to the plan. We "
    "counted 180 calendar days from that day.")
INTERNAL_APPEAL_URGENT = N_(
    "You have 180 days from the day you got the denial notice to appeal. The care is "
    "urgent, so do not wait: ask for an expedited appeal now. You can ask by phone.")
APPEAL_DECISION = {
    "pre_service": N_("For care you have not had yet, the plan must decide your appeal within "
                      "30 days after it gets it."),
    "post_service": N_("For care you already had, the plan must decide your appeal within 60 "
                       "days after it gets it."),
    "urgent": N_("For urgent care, the plan must decide within 72 hours after it gets your "
                 "appeal. We show the third day after you sent it."),
}
EXTERNAL_REVIEW = N_(
    "You have 4 months from the day you got the final denial to ask for an external review. "
    "If that month has no such day, the last day is the first day of the next month. If "
    "the last day is a Saturday, Sunday or federal holiday, it moves to the next business "
    "day.")
EXTERNAL_REVIEW_STATE = N_(
    "Under the federal rule you have 4 months from the day you got the final denial to ask "
    "for an external review. If that month has no such day, the last day is the first day "
    "of the next month. If the last day is a Saturday, Sunday or federal holiday, it moves "
    "to the next business day. Your state's process may give you less time, so check your "
    "final denial letter.")
EXTERNAL_REVIEW_DECISION = N_(
    "The independent reviewer must decide within 45 days after it gets your request. This "
    "date assumes you ask on the last day you can. Ask sooner to get an answer sooner.")
EXPEDITED_EXTERNAL_REVIEW_DECISION = N_(
    "For urgent care, the independent reviewer must decide within 72 hours after it gets "
    "your request. This date assumes you ask on the day you got the final denial.")

# 65 days from the notice's date since 1 January 2025 (42 CFR 422.582(b)); it was 60.
MA_RECONSIDERATION = N_(
    "Since January 1, 2025, you have 65 days from the date printed on the plan's notice to "
    "ask the plan to look again (a reconsideration). We counted from the day you got the "
    "notice. If the notice is dated earlier, count 65 days from that date: your last day "
    "is earlier than the one shown.")
MA_RECONSIDERATION_FROM_NOTICE = N_(
    "Since January 1, 2025, you have 65 days from the date printed on the plan's notice to "
    "ask the plan to look again (a reconsideration). We counted 65 days from that date.")
MA_RECONSIDERATION_DECISION = {
    "pre_service": N_("For care you have not had yet, the plan must decide within 30 days "
                      "after it gets your request. If it still says no, it must send your "
                      "case to an independent reviewer on its own."),
    "post_service": N_("For a request to pay for care you already had, the plan must decide "
                       "within 60 days after it gets your request. If it still says no, it "
                       "must send your case to an independent reviewer on its own."),
    "urgent": N_("For urgent care, the plan must decide within 72 hours after it gets your "
                 "request. We show the third day after you sent it."),
}
REDETERMINATION = N_(
    "You have 120 days from the day you got your Medicare Summary Notice to ask for a "
    "redetermination. Medicare assumes you got it 5 days after the date printed on it.")
REDETERMINATION_DECISION = N_(
    "The Medicare contractor must decide within 60 days after it gets your request.")
QIC_RECONSIDERATION = N_(
    "If the answer is still no, you have 180 days from the day you got that decision to ask "
    "an independent contractor (a QIC) for a reconsideration.")
MEDICAID_APPEAL = N_(
    "You have 60 days from the date on the plan's notice to appeal to the plan. We counted "
    "from the day you got the notice. If the notice is dated earlier, count from that date. "
    "Your state's rules may differ, so check the notice.")
MEDICAID_APPEAL_FROM_NOTICE = N_(
    "You have 60 days from the date printed on the plan's notice to appeal to the plan. We "
    "counted 60 days from that date. Your state's rules may differ, so check the notice.")
MEDICAID_APPEAL_DECISION = {
    "pre_service": N_("The plan must decide your appeal within 30 days after it gets it."),
    "post_service": N_("The plan must decide your appeal within 30 days after it gets it."),
    "urgent": N_("For urgent care, the plan must decide within 72 hours after it gets your "
                 "appeal. We show the third day after you sent it."),
}
MEDICAID_FAIR_HEARING = N_(
    "If the plan still says no, you have 120 days from the date on its appeal decision to "
    "ask your state for a fair hearing. We counted from the day you got the decision.")

PA_STANDARD = N_(
    "For care you have not had yet, the plan must decide within 15 days after it gets the "
    "request.")
PA_EXTENDED = N_(
    "The plan may take 15 more days, once, for reasons outside its control. It must tell "
    "you before the first 15 days end.")
PA_URGENT = N_(
    "For urgent care, the plan must decide within 72 hours after it gets the request. We "
    "show the third day.")
PA_STANDARD_CMS_2026 = N_(
    "From January 1, 2026, Medicare Advantage and Medicaid plans must decide a standard "
    "request within 7 calendar days.")
PA_STANDARD_CMS_BEFORE_2026 = N_(
    "Before 2026, Medicare Advantage and Medicaid plans had 14 days to decide a standard "
    "request.")
PA_URGENT_CMS = N_(
    "Medicare Advantage and Medicaid plans must decide an urgent request within 72 hours. "
    "We show the third day.")

PLAN_DOCUMENTS = N_(
    "The plan administrator must send the plan papers within 30 days after your written "
    "request. If they are late, a court can order the plan to pay you up to $110 for each "
    "day.")
PARITY_DISCLOSURE = N_(
    "The parity disclosure request form asks the plan to answer within 30 calendar days.")

# The next level, for when the final denial has not come yet and cannot be dated.
NEXT_LEVEL = {
    "aca": N_("If the plan says no to your appeal, you have 4 months from the day you get its "
              "answer to ask for an external review."),
    "medicare_advantage": N_("If the plan says no again, it must send your case to an "
                             "independent reviewer on its own."),
    "original_medicare": N_("If the answer is still no, you have 180 days from the day you "
                            "get it to ask an independent contractor (a QIC) to look again."),
    "medicaid_managed_care": N_("If the plan says no to your appeal, you have 120 days from "
                                "the date on its answer to ask your state for a fair "
                                "hearing."),
}
