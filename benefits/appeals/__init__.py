"""Appeals, denials and prior authorization: deadlines, EOB codes and guidance. Pure Python."""

from benefits.appeals.calendar import add_days, add_months_rule, next_business_day
from benefits.appeals.deadlines import (
    ClaimKind,
    Deadline,
    DeadlineInputError,
    appeal_deadlines,
    document_request_deadline,
    next_level_note,
    parity_disclosure_deadline,
    prior_auth_decision_deadlines,
)
from benefits.appeals.eob_codes import (
    REASONS,
    CodeExplanation,
    CodeInfo,
    DenialReason,
    Owes,
    parse_codes,
)
from benefits.appeals.plan_types import PLAN_TYPE_LABEL, REGULATORS, PlanType, Regulator
from benefits.appeals.prior_auth import GUIDES, PriorAuthGuide, Service, guide_for

__all__ = [
    "GUIDES", "PLAN_TYPE_LABEL", "REASONS", "REGULATORS", "ClaimKind", "CodeExplanation",
    "CodeInfo", "Deadline", "DeadlineInputError", "DenialReason", "Owes", "PlanType",
    "PriorAuthGuide", "Regulator", "Service", "add_days", "add_months_rule",
    "appeal_deadlines", "document_request_deadline", "guide_for", "next_business_day",
    "next_level_note",
    "parity_disclosure_deadline", "parse_codes", "prior_auth_decision_deadlines",
]
