"""POST /api/v1/estimate: the cost estimator as JSON."""

from __future__ import annotations

from decimal import Decimal

from flask import Blueprint, request
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from benefits.fields import InvalidInput
from navigator.core.estimates import run_estimate
from navigator.core.problems import BadJson, json_body, problem
from navigator.core.security import csrf
from navigator.features.estimate.results import projection_json
from navigator.features.estimate.text import api_errors

bp = Blueprint("api_estimate", __name__, url_prefix="/api/v1")
# A JSON API called without cookies: there is no session for a forged request to ride on.
csrf.exempt(bp)


@bp.post("/estimate")
def estimate() -> ResponseReturnValue:
    try:
        body = json_body(parse_float=Decimal)
    except BadJson as error:
        where = (gettext("line %(line)s, column %(column)s", line=error.where[0],
                         column=error.where[1])
                 if error.where else gettext("the start"))
        return problem(400, gettext("The request is not valid JSON"), errors=[
            {"field": "", "message": gettext(
                "Send the request as JSON. We could not read it at %(where)s.", where=where)}])
    try:
        estimate = run_estimate(body)
    except InvalidInput as invalid:
        return problem(422, gettext("Some values in the request are not valid"),
                       errors=api_errors(invalid.errors))
    return projection_json(estimate.projection, price=estimate.price,
                           explain_sessions=request.args.get("explain") == "sessions")
