"""Why a claim was denied, as a person would say it: one list for the whole site. Pure Python.

/denied explains every reason; the letters argue the first seven (LETTER_REASONS). Each
reason has one label, so the two pages always word it the same way. A label says what the
plan said, in the third person, so it reads the same on a form, a result page and in a letter
the person signs ("The reason it gave: ...").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from benefits.catalog import N_


class DenialReason(StrEnum):
    """Why a claim was denied, as a person would say it."""

    NOT_MEDICALLY_NECESSARY = "not_medically_necessary"
    NO_PRIOR_AUTHORIZATION = "no_prior_authorization"
    OUT_OF_NETWORK = "out_of_network"
    NOT_COVERED = "not_covered"
    VISIT_LIMIT = "visit_limit"
    CODING_ERROR = "coding_error"
    COVERAGE_ENDED = "coverage_ended"
    DUPLICATE = "duplicate"
    TIMELY_FILING = "timely_filing"
    OTHER_INSURANCE = "other_insurance"
    PROVIDER_NOT_ELIGIBLE = "provider_not_eligible"


@dataclass(frozen=True)
class Reason:
    reason: DenialReason
    label: str  # English msgid
    codes: tuple[str, ...]  # the codes that usually carry this reason


REASONS: dict[DenialReason, Reason] = {r.reason: r for r in (
    Reason(DenialReason.NOT_MEDICALLY_NECESSARY,
           N_("The plan says the care was not medically necessary"), ("50", "M25")),
    Reason(DenialReason.NO_PRIOR_AUTHORIZATION,
           N_("There was no prior authorization, or the care went past what was approved"),
           ("197", "198")),
    Reason(DenialReason.OUT_OF_NETWORK,
           N_("The plan says the provider is out of network, or a referral was missing"),
           ("242", "243")),
    Reason(DenialReason.NOT_COVERED,
           N_("The plan says the service or diagnosis is not covered"),
           ("96", "204", "167", "N130")),
    Reason(DenialReason.VISIT_LIMIT,
           N_("The plan says a visit limit or benefit maximum was reached"), ("119", "198")),
    Reason(DenialReason.CODING_ERROR,
           N_("A coding or billing error"), ("4", "16", "97", "252", "N56", "N122")),
    Reason(DenialReason.COVERAGE_ENDED,
           N_("The plan says the coverage had ended, or the patient was not eligible"),
           ("27", "N30")),
    Reason(DenialReason.DUPLICATE, N_("The claim was sent twice"), ("18",)),
    Reason(DenialReason.TIMELY_FILING, N_("The claim was sent too late"), ("29",)),
    Reason(DenialReason.OTHER_INSURANCE,
           N_("Another insurance should pay first, or it is the wrong plan"),
           ("22", "109", "N4")),
    Reason(DenialReason.PROVIDER_NOT_ELIGIBLE,
           N_("The plan does not pay this kind of provider"),
           ("170", "171", "185", "B7")),
)}

# The reasons an appeal letter has arguments for, in the order the appeal form lists them.
LETTER_REASONS = (
    DenialReason.NOT_MEDICALLY_NECESSARY, DenialReason.NO_PRIOR_AUTHORIZATION,
    DenialReason.OUT_OF_NETWORK, DenialReason.NOT_COVERED, DenialReason.VISIT_LIMIT,
    DenialReason.CODING_ERROR, DenialReason.COVERAGE_ENDED)
