"""Words for the benefits summary: unknowns, percents and 271 read errors."""

from __future__ import annotations

from decimal import Decimal

from flask_babel import lazy_gettext as _l

from benefits.summary.parity import FlagCode, ParityFlag
from navigator.core.i18n import percent, usd
from navigator.core.x12 import rejection_text, x12_error_text, x12_notes
from navigator.core.x12_acks import ack_lines

UNKNOWN = {
    "cost_share": _l("What you pay per therapy session (a copay or a coinsurance)."),
    "deductible": _l("Your deductible, and whether therapy must meet it first."),
    "deductible_remaining": _l("How much of your deductible is left this year."),
    "oop_max": _l("Your out-of-pocket limit."),
    "auth": _l("Whether therapy needs approval first (prior authorization)."),
    "out_of_network": _l("Whether the plan pays for out-of-network therapists."),
}


def unknown_text(code: str) -> str:
    return str(UNKNOWN[code])


FLAG_TITLES = {
    "therapy_copay_higher": _l("Your therapy copay (%(therapy)s) is higher than your "
                               "%(compared)s copay (%(medical)s)."),
    "therapy_coinsurance_higher": _l("Your therapy coinsurance (%(therapy)s) is higher than "
                                     "for a %(compared)s visit (%(medical)s)."),
    "mh_only_visit_limit": _l("Therapy is limited to %(therapy)s visits a year, but medical "
                              "office visits are not limited."),
    "therapy_visit_limit_lower": _l("Therapy is limited to %(therapy)s visits a year, fewer "
                                    "than the %(medical)s allowed for medical visits."),
    "prior_auth_routine_therapy": _l("Routine therapy needs approval first (prior "
                                     "authorization)."),
    "separate_mh_deductible": _l("There is a separate deductible just for mental-health "
                                 "care."),
}
COMPARED = {"specialist": _l("specialist"), "primary_care": _l("primary care")}
PARITY_UNKNOWN = {
    "plan_type_unknown": _l("How you get this insurance. It decides which rules apply and "
                            "who enforces them."),
    "therapy_cost_sharing_unknown": _l("What you pay for a therapy visit."),
    "medical_copays_unknown": _l("Your copays for primary care and specialist visits."),
    "medical_coinsurance_unknown": _l("Your coinsurance for medical office visits."),
    "medical_visit_limit_unknown": _l("Whether medical office visits have a yearly limit."),
    "therapy_prior_auth_unknown": _l("Whether therapy needs approval first."),
    "separate_deductible_unknown": _l("Whether there is a separate mental-health "
                                      "deductible."),
}


def flag_title(flag: ParityFlag) -> str:
    """The flag's headline with its numbers: money for copays, percents for coinsurance."""
    formatter = percent if flag.code is FlagCode.THERAPY_COINSURANCE_HIGHER else usd
    values = {name: formatter(value) if isinstance(value, Decimal) else value
              for name, value in flag.values.items()}
    compared = flag.values.get("compared_with")
    values["compared"] = str(COMPARED[str(compared)]) if compared else ""
    return str(FLAG_TITLES[flag.code.value]) % values


def parity_unknown_text(code: str) -> str:
    return str(PARITY_UNKNOWN[str(code)])


def template_helpers() -> dict[str, object]:
    """The benefits pages' wording helpers, for this feature's templates only."""
    return {"unknown_text": unknown_text, "flag_title": flag_title,
            "parity_unknown_text": parity_unknown_text, "x12_error_text": x12_error_text,
            "x12_notes": x12_notes, "ack_lines": ack_lines, "rejection_text": rejection_text}
