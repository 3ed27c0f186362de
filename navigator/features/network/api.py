"""GET /api/v1/network/providers/<npi>: network status and negotiated rates, with sources."""

from __future__ import annotations

from dataclasses import asdict

from flask import Blueprint, request
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from benefits.npi import valid_npi
from navigator.core.db import get_session
from navigator.core.problems import problem
from navigator.core.rates.lookup import lookup_provider

bp = Blueprint("api_network", __name__, url_prefix="/api/v1/network")


@bp.get("/providers/<npi>")
def provider(npi: str) -> ResponseReturnValue:
    if not valid_npi(npi):
        return problem(422, gettext("Some values in the request are not valid"), errors=[
            {"field": "npi", "message": gettext(
                "An NPI has 10 digits and a valid check digit. Check the number.")}])
    answer = lookup_provider(get_session(), npi.strip(), request.args.get("network") or None,
                             request.args.get("code") or None)
    if answer is None:
        return problem(404, gettext("We have no network data for this NPI"), errors=[
            {"field": "npi", "message": gettext(
                "No loaded directory or rate file lists this provider. Ask the plan.")}])
    return asdict(answer)
