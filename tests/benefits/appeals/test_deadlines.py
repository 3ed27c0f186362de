"""Appeal deadlines for every plan type, counted by hand from the rules in domain facts §3."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from benefits.appeals import texts
from benefits.appeals.deadlines import (
    ClaimKind,
    DeadlineInputError,
    appeal_deadlines,
    document_request_deadline,
    next_level_note,
    parity_disclosure_deadline,
    prior_auth_decision_deadlines,
)
from benefits.appeals.plan_types import PlanType

RECEIVED, FILED, FINAL = date(2026, 3, 2), date(2026, 4, 1), date(2026, 5, 20)
# Notice 2 March + 180 days = 29 August. Appeal 1 April + 30 = 1 May, + 60 = 31 May.
# Final denial 20 May + 4 months = Sunday 20 September -> Monday 21 September; + 45 days =
# 5 November.
EMPLOYER_POST = [("internal_appeal", date(2026, 8, 29)), ("appeal_decision", date(2026, 5, 31)),
                 ("external_review", date(2026, 9, 21)),
                 ("external_review_decision", date(2026, 11, 5))]
EMPLOYER_PRE = [("internal_appeal", date(2026, 8, 29)), ("appeal_decision", date(2026, 5, 1)),
                ("external_review", date(2026, 9, 21)),
                ("external_review_decision", date(2026, 11, 5))]
EMPLOYER_URGENT = [("internal_appeal", date(2026, 8, 29)),
                   ("expedited_appeal_decision", date(2026, 4, 4)),
                   ("external_review", date(2026, 9, 21)),
                   ("expedited_external_review_decision", date(2026, 5, 23))]
ACA = [PlanType.EMPLOYER_SELF_FUNDED, PlanType.EMPLOYER_FULLY_INSURED, PlanType.INDIVIDUAL,
       PlanType.GOVERNMENT_EMPLOYER]
# Medicare Advantage: 2 March + 65 = 6 May (29 days left in March, 30 in April, 6 in May;
# 42 CFR 422.582(b) since 2025); decisions 30 / 60 days or 72 hours after filing.
MA_POST = [("reconsideration", date(2026, 5, 6)),
           ("reconsideration_decision", date(2026, 5, 31))]
MA_PRE = [("reconsideration", date(2026, 5, 6)),
          ("reconsideration_decision", date(2026, 5, 1))]
MA_URGENT = [("reconsideration", date(2026, 5, 6)),
             ("expedited_reconsideration_decision", date(2026, 4, 4))]
# Original Medicare: 2 March + 120 = 30 June; 1 April + 60 = 31 May; 20 May + 180 = 16 Nov.
ORIGINAL = [("redetermination", date(2026, 6, 30)),
            ("redetermination_decision", date(2026, 5, 31)),
            ("qic_reconsideration", date(2026, 11, 16))]
# Medicaid: 2 March + 60 = 1 May; 1 April + 30 = 1 May; 20 May + 120 = 17 September.
MEDICAID = [("internal_appeal", date(2026, 5, 1)), ("appeal_decision", date(2026, 5, 1)),
            ("medicaid_state_fair_hearing", date(2026, 9, 17))]
MEDICAID_URGENT = [("internal_appeal", date(2026, 5, 1)),
                   ("expedited_appeal_decision", date(2026, 4, 4)),
                   ("medicaid_state_fair_hearing", date(2026, 9, 17))]

TABLE = ([(plan, "post_service", False, EMPLOYER_POST) for plan in ACA]
         + [(plan, "pre_service", False, EMPLOYER_PRE) for plan in ACA]
         + [(plan, "pre_service", True, EMPLOYER_URGENT) for plan in ACA]
         + [(PlanType.MEDICARE_ADVANTAGE, "post_service", False, MA_POST),
            (PlanType.MEDICARE_ADVANTAGE, "pre_service", False, MA_PRE),
            (PlanType.MEDICARE_ADVANTAGE, "pre_service", True, MA_URGENT),
            (PlanType.ORIGINAL_MEDICARE, "post_service", False, ORIGINAL),
            (PlanType.ORIGINAL_MEDICARE, "pre_service", True, ORIGINAL),
            (PlanType.MEDICAID_MANAGED_CARE, "post_service", False, MEDICAID),
            (PlanType.MEDICAID_MANAGED_CARE, "pre_service", False, MEDICAID),
            (PlanType.MEDICAID_MANAGED_CARE, "pre_service", True, MEDICAID_URGENT)])


def steps(deadlines) -> list[tuple[str, date]]:
    return [(d.step, d.due_date) for d in deadlines]


@pytest.mark.parametrize(("plan", "kind", "urgent", "expected"), TABLE)
def test_every_plan_type_with_every_date(plan, kind, urgent, expected):
    found = appeal_deadlines(plan, RECEIVED, kind, urgent, FILED, FINAL)
    assert steps(found) == expected
    for deadline in found:
        assert deadline.rule and deadline.source
        assert deadline.source_url.startswith(("https://", "http://"))


@pytest.mark.parametrize(("plan", "first"), [
    ("employer_self_funded", ("internal_appeal", date(2026, 8, 29))),
    ("individual", ("internal_appeal", date(2026, 8, 29))),
    ("medicare_advantage", ("reconsideration", date(2026, 5, 6))),
    ("original_medicare", ("redetermination", date(2026, 6, 30))),
    ("medicaid_managed_care", ("internal_appeal", date(2026, 5, 1))),
])
def test_only_the_first_step_without_later_dates(plan, first):
    assert steps(appeal_deadlines(plan, RECEIVED, "post_service")) == [first]


def test_appeal_filed_adds_only_the_decision():
    found = appeal_deadlines("employer_self_funded", RECEIVED, ClaimKind.POST_SERVICE,
                             appeal_filed_date=FILED)
    assert steps(found) == EMPLOYER_POST[:2]


def test_final_denial_without_filing_date_still_gives_external_review():
    found = appeal_deadlines("employer_self_funded", RECEIVED, "post_service",
                             final_denial_received_date=FINAL)
    assert steps(found) == [EMPLOYER_POST[0], *EMPLOYER_POST[2:]]


@pytest.mark.parametrize(("received", "expected"), [
    (date(2026, 1, 31), date(2026, 7, 30)),
    (date(2027, 9, 2), date(2028, 2, 29)),  # ends on a leap day
    (date(2026, 2, 28), date(2026, 8, 27)),
])
def test_internal_appeal_180_days(received, expected):
    assert appeal_deadlines("employer_fully_insured", received, "post_service")[0].due_date \
        == expected


@pytest.mark.parametrize(("final", "last_day", "decision"), [
    (date(2026, 10, 30), date(2027, 3, 1), date(2027, 4, 15)),  # no 30 February
    (date(2026, 10, 31), date(2027, 3, 1), date(2027, 4, 15)),
    (date(2027, 10, 29), date(2028, 2, 29), date(2028, 4, 14)),  # leap day exists
    (date(2027, 10, 30), date(2028, 3, 1), date(2028, 4, 15)),
    (date(2026, 1, 31), date(2026, 6, 1), date(2026, 7, 16)),  # 31 May is a Sunday
    (date(2026, 3, 3), date(2026, 7, 6), date(2026, 8, 20)),  # 3 July: holiday observed
    (date(2026, 3, 4), date(2026, 7, 6), date(2026, 8, 20)),  # 4 July: a Saturday
    (date(2026, 7, 26), date(2026, 11, 27), date(2027, 1, 11)),  # Thanksgiving
    (date(2026, 8, 25), date(2026, 12, 28), date(2027, 2, 11)),  # Christmas, a Friday
])
def test_external_review_four_month_rule(final, last_day, decision):
    found = appeal_deadlines("employer_self_funded", date(2026, 1, 2), "post_service",
                             final_denial_received_date=final)
    assert steps(found)[1:] == [("external_review", last_day),
                                ("external_review_decision", decision)]


def test_state_regulated_plans_warn_of_a_shorter_state_window():
    rules = {plan: appeal_deadlines(plan, RECEIVED, "post_service",
                                    final_denial_received_date=FINAL)[1].rule for plan in ACA}
    assert rules[PlanType.EMPLOYER_SELF_FUNDED] == texts.EXTERNAL_REVIEW
    for plan in ACA[1:]:
        assert rules[plan] == texts.EXTERNAL_REVIEW_STATE


def test_sources_follow_the_plan_type():
    erisa = appeal_deadlines("employer_self_funded", RECEIVED, "post_service")[0]
    aca = appeal_deadlines("government_employer", RECEIVED, "post_service")[0]
    assert "2560.503-1" in erisa.source and "dol.gov" in erisa.source_url
    assert "147.136" in aca.source and "ecfr.gov" in aca.source_url
    ma = appeal_deadlines("medicare_advantage", RECEIVED, "post_service")[0]
    assert "422.582" in ma.source and "ecfr.gov" in ma.source_url


def test_leap_year_medicare_advantage():
    # 31 December 2027 + 65 days: 31 in January, 29 in February 2028, then 5 March.
    assert appeal_deadlines("medicare_advantage", date(2027, 12, 31), "pre_service")[0] \
        .due_date == date(2028, 3, 5)


def test_medicare_advantage_gives_65_days_not_60():
    # Notice got on 1 April 2026: + 65 days = 5 June (29 days left in April, 31 in May, 5).
    first = appeal_deadlines("medicare_advantage", date(2026, 4, 1), "post_service")[0]
    assert (first.step, first.due_date) == ("reconsideration", date(2026, 6, 5))
    assert "65 days" in first.rule and "60 days" not in first.rule
    assert first.rule == texts.MA_RECONSIDERATION


def test_windows_from_the_notice_date_start_on_the_date_printed():
    # Dated 1 April, got 6 April: 1 April + 65 = 5 June for Medicare Advantage; 1 April +
    # 60 = 31 May for Medicaid. Both counted from the date printed, not the day it came.
    ma = appeal_deadlines("medicare_advantage", date(2026, 4, 6), "post_service",
                          notice_date=date(2026, 4, 1))[0]
    assert (ma.due_date, ma.rule) == (date(2026, 6, 5), texts.MA_RECONSIDERATION_FROM_NOTICE)
    medicaid = appeal_deadlines("medicaid_managed_care", date(2026, 4, 6), "post_service",
                                notice_date=date(2026, 4, 1))[0]
    assert (medicaid.due_date, medicaid.rule) == (date(2026, 5, 31),
                                                  texts.MEDICAID_APPEAL_FROM_NOTICE)
    # The notice date changes nothing for an employer plan's 180 days from receipt.
    employer = appeal_deadlines("employer_self_funded", date(2026, 4, 6), "post_service",
                                notice_date=date(2026, 4, 1))[0]
    assert employer.due_date == date(2026, 10, 3)


def test_a_notice_dated_after_it_arrived_is_refused():
    with pytest.raises(DeadlineInputError) as raised:
        appeal_deadlines("medicare_advantage", RECEIVED, "post_service",
                         notice_date=date(2026, 3, 3))
    assert raised.value.field == "notice_date"


def test_medicaid_fair_hearing_120_days():
    found = appeal_deadlines("medicaid_managed_care", RECEIVED, "post_service",
                             final_denial_received_date=date(2026, 4, 15))
    assert steps(found)[-1] == ("medicaid_state_fair_hearing", date(2026, 8, 13))


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"plan_type": "employer"}, "plan_type"),
    ({"plan_type": ""}, "plan_type"),
    ({"kind": "urgent"}, "kind"),
    ({"received_date": "2026-03-02"}, "received_date"),
    ({"received_date": datetime(2026, 3, 2, 9, 0)}, "received_date"),
    ({"received_date": date(1850, 1, 1)}, "received_date"),
    ({"received_date": date(9999, 12, 31)}, "received_date"),
    ({"appeal_filed_date": date(2026, 3, 1)}, "appeal_filed_date"),
    ({"final_denial_received_date": date(2026, 3, 1)}, "final_denial_received_date"),
    ({"appeal_filed_date": date(2026, 5, 1), "final_denial_received_date": date(2026, 4, 1)},
     "final_denial_received_date"),
    ({"urgent": True}, "urgent"),  # urgent with a post-service claim
])
def test_bad_input_names_the_field(kwargs, field):
    arguments = {"plan_type": "employer_self_funded", "received_date": RECEIVED,
                 "kind": "post_service", **kwargs}
    with pytest.raises(DeadlineInputError) as raised:
        appeal_deadlines(**arguments)
    assert raised.value.field == field
    assert isinstance(raised.value, ValueError)


def test_same_day_dates_are_consistent():
    found = appeal_deadlines("individual", RECEIVED, "pre_service", False, RECEIVED, RECEIVED)
    assert steps(found)[:2] == [("internal_appeal", date(2026, 8, 29)),
                                ("appeal_decision", date(2026, 4, 1))]


@pytest.mark.parametrize(("plan", "sent", "urgent", "expected"), [
    ("employer_self_funded", RECEIVED, False,
     [("prior_auth_decision", date(2026, 3, 17)),
      ("prior_auth_decision_extended", date(2026, 4, 1))]),
    ("employer_fully_insured", RECEIVED, True,
     [("expedited_prior_auth_decision", date(2026, 3, 5))]),
    ("individual", date(2026, 12, 20), False,
     [("prior_auth_decision", date(2027, 1, 4)),
      ("prior_auth_decision_extended", date(2027, 1, 19))]),
    ("government_employer", RECEIVED, True,
     [("expedited_prior_auth_decision", date(2026, 3, 5))]),
    ("medicare_advantage", RECEIVED, False, [("prior_auth_decision", date(2026, 3, 9))]),
    ("medicare_advantage", RECEIVED, True, [("expedited_prior_auth_decision", date(2026, 3, 5))]),
    ("medicaid_managed_care", date(2026, 1, 1), False,
     [("prior_auth_decision", date(2026, 1, 8))]),  # CMS-0057-F: 7 days from 2026
    ("medicaid_managed_care", date(2025, 12, 31), False,
     [("prior_auth_decision", date(2026, 1, 14))]),  # 14 days before 2026
    ("medicare_advantage", date(2025, 12, 20), False,
     [("prior_auth_decision", date(2026, 1, 3))]),
    ("original_medicare", RECEIVED, False, []),
    ("original_medicare", RECEIVED, True, []),
])
def test_prior_auth_decision_times(plan, sent, urgent, expected):
    found = prior_auth_decision_deadlines(plan, sent, urgent)
    assert steps(found) == expected
    if plan in ("medicare_advantage", "medicaid_managed_care"):
        assert all("CMS-0057-F" in d.source for d in found)


def test_prior_auth_rejects_unknown_plan():
    with pytest.raises(DeadlineInputError):
        prior_auth_decision_deadlines("tricare", RECEIVED, False)


def test_document_and_parity_requests_take_30_days():
    documents = document_request_deadline(date(2026, 3, 2))
    assert (documents.step, documents.due_date) == ("plan_documents", date(2026, 4, 1))
    assert "$110" in documents.rule and "$110" in documents.source
    parity = parity_disclosure_deadline(date(2026, 1, 31))
    assert (parity.step, parity.due_date) == ("parity_disclosure", date(2026, 3, 2))
    assert "jdsupra" in parity.source_url


@pytest.mark.parametrize(("plan", "words"), [
    ("employer_self_funded", "4 months"), ("individual", "external review"),
    ("medicare_advantage", "independent reviewer"), ("original_medicare", "180 days"),
    ("medicaid_managed_care", "fair hearing"),
])
def test_next_level_is_stated_before_the_final_denial_is_dated(plan, words):
    assert words in next_level_note(plan)
