"""POST /api/v1/eligibility/271: a 271 in, its benefits and an estimator plan out."""

from __future__ import annotations

from flask import Blueprint, request
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from navigator.core.problems import BadJson, json_body, problem
from navigator.core.security import csrf
from navigator.core.x12 import error_problem, read_x12, result_json

bp = Blueprint("api_eligibility", __name__, url_prefix="/api/v1/eligibility")
csrf.exempt(bp)  # called without cookies, so there is no session to forge


def _x12_text() -> str | bytes | None:
    """The raw X12 from a text body, or from JSON {"x12": "..."}; None if JSON lacks it."""
    if request.mimetype == "application/json":
        try:
            body = json_body()
        except BadJson:
            return None
        value = body.get("x12") if isinstance(body, dict) else None
        return value if isinstance(value, str) else None
    return request.get_data()


@bp.post("/271")
def read() -> ResponseReturnValue:
    data = _x12_text()
    if data is None:
        return problem(400, gettext("The request is not valid JSON"), errors=[
            {"field": "x12", "message": gettext(
                "Send the 271 as text, or as JSON with the 271 in a field named x12.")}])
    outcome = read_x12(data)
    if outcome.error is not None:  # unreadable, or a 999/TA1 saying why the 270 failed
        title, field = error_problem(outcome.result)
        return problem(422, title, errors=[field])
    return result_json(outcome.result)
