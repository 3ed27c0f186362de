"""From the estimator form to the JSON request the domain reads, and its errors back."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l

from benefits.fields import FieldError
from navigator.core.estimate_query import LIMITS
from navigator.core.form_errors import show_errors
from navigator.core.forms import percent_to_fraction
from navigator.core.wording import problem_text
from navigator.features.estimate.forms import EstimateForm

TIER_PATHS = {"plan.in_network": "", "plan.out_of_network": "oon_",
              "plan.in_network.family": "family_", "plan.in_network.telehealth": "telehealth_"}
SIMPLE_PATHS = {
    "service.code": "code", "service.allowed_amount": "allowed_amount",
    "service.billed_amount": "billed_amount", "network": "network",
    "sessions.count": "count", "sessions.first_date": "first_date",
    "sessions.every_days": "every_days", "plan.plan_year_start": "plan_year_day",
    "plan.visit_limit.visits": "visit_limit", "plan.visit_limit.used": "visits_used",
    "self_pay_rate": "self_pay_rate", "service.place": "place",
    "plan.in_network.accumulators": "family_kind",
}
NEEDS_AMOUNT = {"coinsurance": _l("Enter the percent you pay, like 20."),
                "copay": _l("Enter your copay, like 30.")}


def _tier(form: EstimateForm, prefix: str, limits: bool = True) -> dict[str, Any]:
    tier: dict[str, Any] = {key: form[prefix + key].data for key in LIMITS} if limits else {}
    kind = form[prefix + "cost_type"].data
    if kind == "copay":
        tier["copay"] = form[prefix + "copay"].data
    elif kind == "coinsurance":
        tier["coinsurance"] = _fraction(form[prefix + "coinsurance"].data)
    elif kind == "none":  # "the plan pays the rest" is a stated 0%, not an unknown
        tier["coinsurance"] = "0"
    tier["deductible_applies"] = form[prefix + "deductible_applies"].data != "no"
    return tier


def _telehealth(form: EstimateForm) -> dict[str, Any] | None:
    """Telehealth's own cost share, when the person says it differs from an office visit."""
    if form.telehealth_cost_type.data in (None, "same"):
        return None
    return _tier(form, "telehealth_", limits=False)


def _fraction(text: str | None) -> str | None:
    try:
        return percent_to_fraction(text)
    except ValueError:  # the form already says so on the field
        return None


def _family(form: EstimateForm) -> dict[str, Any] | None:
    values = {key: form["family_" + key].data for key in LIMITS}
    return values if any(v and str(v).strip() for v in values.values()) else None


def _month(text: str | None) -> int:
    """The chosen month; the form already says so on the field when it is not 1 to 12."""
    return int(text) if text in {str(n) for n in range(1, 13)} else 1


def to_request(form: EstimateForm) -> dict[str, Any]:
    """The API request the form describes; fields the form rejected are left empty."""
    in_network = _tier(form, "")
    in_network["family"] = _family(form)
    in_network["telehealth"] = _telehealth(form)
    if form.family_kind.data == "aggregate":
        in_network["accumulators"] = "aggregate"
    out = form.network.data == "out" and form.oon_benefits.data == "yes"
    visits = {"visits": form.visit_limit.data, "used": form.visits_used.data or 0} \
        if form.visit_limit.data is not None else None
    month, day = _month(form.plan_year_month.data), form.plan_year_day.data or 1
    return {
        "service": {"code": form.code.data, "allowed_amount": form.allowed_amount.data,
                    "billed_amount": form.billed_amount.data, "place": form.place.data},
        "network": form.network.data,
        "sessions": {"count": form.count.data, "first_date": form.first_date.data,
                     "every_days": form.every_days.data},
        "plan": {"plan_year_start": f"{month:02d}-{day:02d}", "in_network": in_network,
                 "out_of_network": {**_tier(form, "oon_"), "telehealth": _telehealth(form)}
                 if out else None,
                 "visit_limit": visits},
        "self_pay_rate": form.self_pay_rate.data,
    }


def check_amounts_given(form: EstimateForm) -> bool:
    """A chosen copay or coinsurance needs its amount; say so on the field."""
    out = form.network.data == "out" and form.oon_benefits.data == "yes"
    prefixes = [""] + (["oon_"] if out else []) + ["telehealth_"]
    ok = True
    for prefix in prefixes:
        kind = form[prefix + "cost_type"].data
        field = form[prefix + kind] if kind in NEEDS_AMOUNT else None
        if field is not None and not (field.data or "").strip() and not field.errors:
            field.errors = [*field.errors, str(NEEDS_AMOUNT[kind])]
            ok = False
    return ok


def field_for(path: str) -> str:
    if path in SIMPLE_PATHS:
        return SIMPLE_PATHS[path]
    tier, _, key = path.rpartition(".")
    if tier in TIER_PATHS and key in (*LIMITS, "copay", "coinsurance", "deductible_applies"):
        return TIER_PATHS[tier] + key
    return "network" if not tier else SIMPLE_PATHS.get(tier, "network")


def apply_errors(form: EstimateForm, errors: list[FieldError]) -> None:
    """Show the domain's errors on the form fields they came from (one message each)."""
    show_errors(errors, lambda error: form[field_for(error.path)],
                lambda error, _field: problem_text(error))
