"""GET /api/v1/codes/psychotherapy and POST /api/v1/claims/check: the front-desk tools as JSON."""

from __future__ import annotations

import re

from flask import Blueprint, request
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from benefits.coding import check_claim, read_claim
from benefits.coding.sessions import MAX_MINUTES
from benefits.fields import InvalidInput
from navigator.core.problems import BadJson, json_body, problem
from navigator.core.security import csrf
from navigator.features.front_desk.text import (
    claim_api_errors,
    kind_values,
    problem_json,
    suggest_any,
    suggestion_json,
)

bp = Blueprint("api_codes", __name__, url_prefix="/api/v1")
# A JSON API called without cookies: there is no session for a forged request to ride on.
csrf.exempt(bp)
WHOLE = re.compile(r"^[0-9]{1,4}$")


def _minutes_error(text: str | None) -> str | None:
    if text is None or not text.strip():
        return gettext("Give the session length in minutes, like minutes=45.")
    if not WHOLE.match(text.strip()) or int(text) > MAX_MINUTES:
        return gettext("Give a whole number of minutes from 0 to %(max)s.", max=MAX_MINUTES)
    return None


@bp.get("/codes/psychotherapy")
def psychotherapy_codes() -> ResponseReturnValue:
    minutes, kind = request.args.get("minutes"), request.args.get("kind", "individual")
    errors = []
    if (message := _minutes_error(minutes)) is not None:
        errors.append({"field": "minutes", "message": message})
    if kind not in kind_values():
        errors.append({"field": "kind", "message": gettext(
            "Choose one of these kinds: %(kinds)s.", kinds=", ".join(kind_values()))})
    if errors:
        return problem(422, gettext("Some values in the request are not valid"), errors=errors)
    return suggestion_json(suggest_any(int(minutes or 0), kind))


@bp.post("/claims/check")
def check() -> ResponseReturnValue:
    try:
        body = json_body()
    except BadJson:
        return problem(400, gettext("The request is not valid JSON"), errors=[
            {"field": "", "message": gettext("Send the claim as a JSON object.")}])
    try:
        claim = read_claim(body)
    except InvalidInput as invalid:
        return problem(422, gettext("Some values in the request are not valid"),
                       errors=claim_api_errors(invalid.errors))
    return {"problems": [problem_json(found) for found in check_claim(claim)]}
