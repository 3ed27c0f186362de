"""POST /api/v1/appeals/deadlines: appeal deadlines from a denial notice, with their rules."""

from __future__ import annotations

from flask import Blueprint
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from benefits.appeals.deadlines import ClaimKind, DeadlineInputError, appeal_deadlines
from benefits.appeals.plan_types import PlanType
from navigator.core.problems import BadJson, json_body, problem
from navigator.core.security import csrf
from navigator.features.appeals.text import deadline_json, parse_date

bp = Blueprint("api_appeals", __name__, url_prefix="/api/v1/appeals")
# A JSON API called without cookies: there is no session for a forged request to ride on.
csrf.exempt(bp)

DATE_FIELDS = ("received_date", "appeal_filed_date", "final_denial_received_date",
               "notice_date")
REQUIRED = ("plan_type", "received_date", "kind")


def _choice_errors(body: dict) -> list[dict[str, str]]:
    errors = []
    given = {name: body[name] for name in ("plan_type", "kind") if body.get(name) not in (None, "")}
    if "plan_type" in given and given["plan_type"] not in [p.value for p in PlanType]:
        errors.append({"field": "plan_type", "message": gettext(
            "Use one of these plan types: %(choices)s.",
            choices=", ".join(p.value for p in PlanType))})
    if "kind" in given and given["kind"] not in [k.value for k in ClaimKind]:
        errors.append({"field": "kind", "message": gettext(
            "Use pre_service for care not had yet, or post_service for care already had.")})
    if not isinstance(body.get("urgent") or False, bool):
        errors.append({"field": "urgent", "message": gettext("Use true or false.")})
    return errors


def _read(body: dict) -> tuple[dict[str, object], list[dict[str, str]]]:
    """The arguments for appeal_deadlines, or the errors, one per field."""
    errors = [{"field": name, "message": gettext("This value is required.")}
              for name in REQUIRED if body.get(name) in (None, "")]
    errors += _choice_errors(body)
    values: dict[str, object] = {}
    for name in DATE_FIELDS:
        if body.get(name) in (None, ""):
            continue
        values[name], message = parse_date(body[name])
        if message:
            errors.append({"field": name, "message": message})
    values.update(plan_type=body.get("plan_type"), kind=body.get("kind"),
                  urgent=body.get("urgent") or False)
    return values, errors


def _consistency_message(field: str) -> str:
    messages = {
        "appeal_filed_date": gettext(
            "The appeal can not be sent before the denial notice arrived."),
        "final_denial_received_date": gettext(
            "The final denial must come after the first notice and after the appeal was "
            "sent."),
        "urgent": gettext("Urgent applies only to care you have not had yet (pre_service)."),
        "notice_date": gettext("The date printed on the notice must be on or before "
                               "received_date."),
    }
    return messages.get(field, gettext("Check this value."))


def _invalid(errors: list[dict[str, str]]) -> ResponseReturnValue:
    return problem(422, gettext("Some values in the request are not valid"), errors=errors)


@bp.post("/deadlines")
def deadlines() -> ResponseReturnValue:
    try:
        body = json_body()
    except BadJson:
        body = None
    if not isinstance(body, dict):
        return _invalid([{"field": "", "message": gettext(
            "Send the request as a JSON object with plan_type, received_date and kind.")}])
    values, errors = _read(body)
    if errors:
        return _invalid(errors)
    try:
        found = appeal_deadlines(**values)  # type: ignore[arg-type]
    except DeadlineInputError as error:
        return _invalid([{"field": error.field, "message": _consistency_message(error.field)}])
    return {"deadlines": [deadline_json(d) for d in found]}
