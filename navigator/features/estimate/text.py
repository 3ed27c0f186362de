"""The estimate API's field names and error list: messages that say which field is wrong."""

from __future__ import annotations

from flask_babel import gettext
from flask_babel import lazy_gettext as _l

from benefits.fields import FieldError
from navigator.core.wording import problem_text

LABELS = {
    "": _l("Request"),
    "service": _l("Session"),
    "service.code": _l("Session code"),
    "service.allowed_amount": _l("Plan's price per session (allowed amount)"),
    "service.billed_amount": _l("Therapist's full price (billed amount)"),
    "service.npi": _l("Therapist's NPI"),
    "service.place": _l("Where the sessions are (office or telehealth)"),
    "network": _l("Network"),
    "sessions": _l("Sessions"),
    "sessions.count": _l("Number of sessions"),
    "sessions.first_date": _l("Date of the first session"),
    "sessions.every_days": _l("Days between sessions"),
    "plan": _l("Plan"),
    "plan.plan_year_start": _l("Plan year start"),
    "plan.visit_limit": _l("Visit limit"),
    "plan.visit_limit.visits": _l("Visits the plan pays for each year"),
    "plan.visit_limit.used": _l("Visits used so far this plan year"),
    "self_pay_rate": _l("Self-pay price per session"),
}
TIER_FIELDS = {
    "": _l("Benefits"),
    "deductible": _l("Deductible"),
    "deductible_met": _l("Deductible paid so far"),
    "oop_max": _l("Out-of-pocket limit"),
    "oop_met": _l("Out-of-pocket paid so far"),
    "copay": _l("Copay"),
    "coinsurance": _l("Coinsurance"),
    "deductible_applies": _l("Deductible applies first"),
    "family": _l("Family limits"),
    "accumulators": _l("Kind of family deductible (embedded or aggregate)"),
    "telehealth": _l("Telehealth cost"),
}
WHERE = {
    ("in_network", False): _l("in network"),
    ("out_of_network", False): _l("out of network"),
    ("in_network", True): _l("in network, family"),
    ("out_of_network", True): _l("out of network, family"),
}


def field_label(path: str) -> str:
    """A reader's name for a JSON path such as plan.out_of_network.family.deductible."""
    if path in LABELS:
        return str(LABELS[path])
    parts = path.split(".")
    if len(parts) >= 2 and parts[0] == "plan" and parts[1] in ("in_network", "out_of_network"):
        family = len(parts) >= 4 and parts[2] == "family"
        key = parts[3] if family else (parts[2] if len(parts) > 2 else "")
        name = TIER_FIELDS.get(key, key)
        if len(parts) >= 4 and parts[2] == "telehealth":  # e.g. plan.in_network.telehealth.copay
            name = gettext("%(field)s for telehealth", field=str(TIER_FIELDS.get(parts[3],
                                                                                parts[3])))
        return gettext("%(field)s (%(where)s)", field=str(name),
                       where=str(WHERE[(parts[1], family)]))
    return path


def api_errors(errors: list[FieldError]) -> list[dict[str, str]]:
    """Field errors for problem+json: the JSON path and a sentence naming the field."""
    return [{"field": error.path,
             "message": gettext("%(field)s: %(problem)s", field=field_label(error.path),
                                problem=problem_text(error))}
            for error in errors]
