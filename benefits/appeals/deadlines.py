"""Appeal and prior-authorization deadlines, each with the rule it comes from. Pure Python.

Every date counts calendar days from the day after the starting date, so "within 30 days"
of 1 March ends on 31 March. Only the external review window moves off weekends and federal
holidays, because only its rule (45 CFR 147.136(d)(2)(i)) says so; everywhere else the
earlier date is the safe one to show.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from benefits import facts
from benefits.appeals import texts
from benefits.appeals.calendar import add_days, add_months_rule, next_business_day
from benefits.appeals.plan_types import PlanType
from benefits.appeals.sources import (
    ACA_APPEALS,
    CMS_0057_F,
    ERISA_CLAIMS,
    ERISA_DOCUMENTS,
    EXTERNAL_REVIEW,
    MA_RECONSIDERATION,
    MEDICAID_APPEALS,
    MEDICARE_REDETERMINATION,
    PARITY_DISCLOSURE,
)
from benefits.sources import Source


class ClaimKind(StrEnum):
    PRE_SERVICE = "pre_service"  # care not had yet (a prior-authorization denial)
    POST_SERVICE = "post_service"  # care already had (a claim denial)


@dataclass(frozen=True)
class Deadline:
    step: str  # stable name, e.g. "internal_appeal"
    due_date: dt.date
    rule: str  # English msgid: how the date was counted
    source: str  # English msgid: the source's name
    source_url: str


class DeadlineInputError(ValueError):
    """A value the rules cannot work with; `field` names the input at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


# Employer and individual plans under the ERISA claims rule or its ACA copy.
ACA_PLANS = frozenset({PlanType.EMPLOYER_SELF_FUNDED, PlanType.EMPLOYER_FULLY_INSURED,
                       PlanType.INDIVIDUAL, PlanType.GOVERNMENT_EMPLOYER})
# Insured and government plans may use a state external review with its own window.
STATE_REVIEW_PLANS = frozenset({PlanType.EMPLOYER_FULLY_INSURED, PlanType.INDIVIDUAL,
                                PlanType.GOVERNMENT_EMPLOYER})
# CMS-0057-F decision times apply from this date (domain facts §3.4).
CMS_0057_F_START = dt.date(2026, 1, 1)
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


@dataclass(frozen=True)
class _Case:
    plan_type: PlanType
    received: dt.date
    kind: ClaimKind
    urgent: bool
    filed: dt.date | None
    final: dt.date | None
    notice: dt.date | None = None  # the date printed on the denial notice

    @property
    def notice_start(self) -> dt.date:
        """Where a window "from the date of the notice" starts: that date when known."""
        return self.notice if self.notice is not None else self.received


def _deadline(step: str, due: dt.date, rule: str, source: Source) -> Deadline:
    return Deadline(step=step, due_date=due, rule=rule, source=source.name,
                    source_url=source.url)


def _plan_type(value: PlanType | str) -> PlanType:
    try:
        return PlanType(value)
    except ValueError:
        raise DeadlineInputError("plan_type", f"unknown plan type: {value!r}") from None


def _kind(value: ClaimKind | str) -> ClaimKind:
    try:
        return ClaimKind(value)
    except ValueError:
        raise DeadlineInputError("kind", f"unknown claim kind: {value!r}") from None


def _check_date(field: str, value: object) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise DeadlineInputError(field, f"{field} must be a date")
    if not EARLIEST <= value <= LATEST:
        raise DeadlineInputError(field, f"{field} must be between {EARLIEST} and {LATEST}")


def _case(plan_type: PlanType | str, received: dt.date, kind: ClaimKind | str, urgent: bool,
          filed: dt.date | None, final: dt.date | None,
          notice: dt.date | None = None) -> _Case:
    case = _Case(_plan_type(plan_type), received, _kind(kind), bool(urgent), filed, final,
                 notice)
    _check_date("received_date", received)
    if notice is not None:
        _check_date("notice_date", notice)
        if notice > received:
            raise DeadlineInputError("notice_date", "notice_date is after received_date")
    for field, value in (("appeal_filed_date", filed), ("final_denial_received_date", final)):
        if value is not None:
            _check_date(field, value)
            if value < received:
                raise DeadlineInputError(field, f"{field} is before received_date")
    if filed is not None and final is not None and final < filed:
        raise DeadlineInputError("final_denial_received_date",
                                 "final_denial_received_date is before appeal_filed_date")
    # Urgent (expedited) handling is for care not yet had, under every rule we cite.
    if case.urgent and case.kind is ClaimKind.POST_SERVICE:
        raise DeadlineInputError("urgent", "urgent applies only to pre_service claims")
    return case


def _decision(case: _Case, source: Source, standard_days: dict[ClaimKind, int],
              step: str, rules: dict[str, str]) -> Deadline | None:
    if case.filed is None:
        return None
    if case.urgent:
        return _deadline(f"expedited_{step}", add_days(case.filed, 3), rules["urgent"], source)
    return _deadline(step, add_days(case.filed, standard_days[case.kind]),
                     rules[case.kind.value], source)


def _external_review(case: _Case) -> list[Deadline]:
    if case.final is None:
        return []
    state = case.plan_type in STATE_REVIEW_PLANS
    last_day = next_business_day(add_months_rule(case.final, 4))
    steps = [_deadline("external_review", last_day,
                       texts.EXTERNAL_REVIEW_STATE if state else texts.EXTERNAL_REVIEW,
                       EXTERNAL_REVIEW)]
    if case.urgent:
        steps.append(_deadline("expedited_external_review_decision", add_days(case.final, 3),
                               texts.EXPEDITED_EXTERNAL_REVIEW_DECISION, EXTERNAL_REVIEW))
    else:
        steps.append(_deadline("external_review_decision", add_days(last_day, 45),
                               texts.EXTERNAL_REVIEW_DECISION, EXTERNAL_REVIEW))
    return steps


def _aca_plan(case: _Case) -> list[Deadline]:
    employer = case.plan_type in (PlanType.EMPLOYER_SELF_FUNDED,
                                  PlanType.EMPLOYER_FULLY_INSURED)
    source = ERISA_CLAIMS if employer else ACA_APPEALS
    steps = [_deadline("internal_appeal", add_days(case.received, 180),
                       texts.INTERNAL_APPEAL_URGENT if case.urgent else texts.INTERNAL_APPEAL,
                       source)]
    decision = _decision(case, source, {ClaimKind.PRE_SERVICE: 30, ClaimKind.POST_SERVICE: 60},
                         "appeal_decision", texts.APPEAL_DECISION)
    return steps + ([decision] if decision else []) + _external_review(case)


def _medicare_advantage(case: _Case) -> list[Deadline]:
    # 65 days from the date of the notice since 1 January 2025 (42 CFR 422.582(b)).
    days = facts.fact_for("ma_reconsideration_days", case.notice_start).fact.value
    rule = texts.MA_RECONSIDERATION if case.notice is None \
        else texts.MA_RECONSIDERATION_FROM_NOTICE
    steps = [_deadline("reconsideration", add_days(case.notice_start, int(days)), rule,
                       MA_RECONSIDERATION)]
    decision = _decision(case, MA_RECONSIDERATION,
                         {ClaimKind.PRE_SERVICE: 30, ClaimKind.POST_SERVICE: 60},
                         "reconsideration_decision", texts.MA_RECONSIDERATION_DECISION)
    return steps + ([decision] if decision else [])


def _original_medicare(case: _Case) -> list[Deadline]:
    # No expedited path for a claim denial in our sources: `urgent` changes nothing here.
    steps = [_deadline("redetermination", add_days(case.received, 120),
                       texts.REDETERMINATION, MEDICARE_REDETERMINATION)]
    if case.filed is not None:
        steps.append(_deadline("redetermination_decision", add_days(case.filed, 60),
                               texts.REDETERMINATION_DECISION, MEDICARE_REDETERMINATION))
    if case.final is not None:
        steps.append(_deadline("qic_reconsideration", add_days(case.final, 180),
                               texts.QIC_RECONSIDERATION, MEDICARE_REDETERMINATION))
    return steps


def _medicaid(case: _Case) -> list[Deadline]:
    rule = texts.MEDICAID_APPEAL if case.notice is None else texts.MEDICAID_APPEAL_FROM_NOTICE
    steps = [_deadline("internal_appeal", add_days(case.notice_start, 60), rule,
                       MEDICAID_APPEALS)]
    decision = _decision(case, MEDICAID_APPEALS,
                         {ClaimKind.PRE_SERVICE: 30, ClaimKind.POST_SERVICE: 30},
                         "appeal_decision", texts.MEDICAID_APPEAL_DECISION)
    if decision:
        steps.append(decision)
    if case.final is not None:
        steps.append(_deadline("medicaid_state_fair_hearing", add_days(case.final, 120),
                               texts.MEDICAID_FAIR_HEARING, MEDICAID_APPEALS))
    return steps


def appeal_deadlines(plan_type: PlanType | str, received_date: dt.date,
                     kind: ClaimKind | str, urgent: bool = False,
                     appeal_filed_date: dt.date | None = None,
                     final_denial_received_date: dt.date | None = None, *,
                     notice_date: dt.date | None = None) -> list[Deadline]:
    """Every appeal deadline that applies, in the order the steps happen.

    `received_date` is the day the person got the denial notice; `notice_date`, when known,
    the date printed on it. Medicare Advantage and Medicaid windows run from the notice's
    date, so they start there when it is given. The plan's decision date
    needs `appeal_filed_date`; the next level (external review, the Medicare QIC, the
    Medicaid state fair hearing) needs `final_denial_received_date`, the day the plan's
    answer to the appeal arrived. Raises DeadlineInputError (a ValueError) naming the field
    for an unknown plan type or kind, a date out of order, or `urgent` on a post-service
    claim.
    """
    case = _case(plan_type, received_date, kind, urgent, appeal_filed_date,
                 final_denial_received_date, notice_date)
    if case.plan_type in ACA_PLANS:
        return _aca_plan(case)
    if case.plan_type is PlanType.MEDICARE_ADVANTAGE:
        return _medicare_advantage(case)
    if case.plan_type is PlanType.ORIGINAL_MEDICARE:
        return _original_medicare(case)
    return _medicaid(case)


def next_level_note(plan_type: PlanType | str) -> str:
    """The level after the plan's final answer, counted from that answer (English msgid).

    For showing before `final_denial_received_date` is known, when no date can be given.
    """
    plan = _plan_type(plan_type)
    return texts.NEXT_LEVEL["aca" if plan in ACA_PLANS else plan.value]


def prior_auth_decision_deadlines(plan_type: PlanType | str, request_date: dt.date,
                                  urgent: bool) -> list[Deadline]:
    """When the plan must answer a prior-authorization request sent on `request_date`.

    Empty for Original Medicare: none of our sources sets a time for it (CMS-0057-F does not
    cover it).
    """
    plan = _plan_type(plan_type)
    _check_date("request_date", request_date)
    if plan in ACA_PLANS:
        source = ERISA_CLAIMS if plan not in (PlanType.INDIVIDUAL,
                                              PlanType.GOVERNMENT_EMPLOYER) else ACA_APPEALS
        if urgent:
            return [_deadline("expedited_prior_auth_decision", add_days(request_date, 3),
                              texts.PA_URGENT, source)]
        return [_deadline("prior_auth_decision", add_days(request_date, 15),
                          texts.PA_STANDARD, source),
                _deadline("prior_auth_decision_extended", add_days(request_date, 30),
                          texts.PA_EXTENDED, source)]
    if plan is PlanType.ORIGINAL_MEDICARE:
        return []
    if urgent:
        return [_deadline("expedited_prior_auth_decision", add_days(request_date, 3),
                          texts.PA_URGENT_CMS, CMS_0057_F)]
    if request_date >= CMS_0057_F_START:
        return [_deadline("prior_auth_decision", add_days(request_date, 7),
                          texts.PA_STANDARD_CMS_2026, CMS_0057_F)]
    return [_deadline("prior_auth_decision", add_days(request_date, 14),
                      texts.PA_STANDARD_CMS_BEFORE_2026, CMS_0057_F)]


def document_request_deadline(request_date: dt.date) -> Deadline:
    """ERISA §104(b)(4): the plan documents are due 30 days after a written request."""
    _check_date("request_date", request_date)
    return _deadline("plan_documents", add_days(request_date, 30), texts.PLAN_DOCUMENTS,
                     ERISA_DOCUMENTS)


def parity_disclosure_deadline(request_date: dt.date) -> Deadline:
    """The model parity disclosure request asks for an answer within 30 calendar days."""
    _check_date("request_date", request_date)
    return _deadline("parity_disclosure", add_days(request_date, 30), texts.PARITY_DISCLOSURE,
                     PARITY_DISCLOSURE)
