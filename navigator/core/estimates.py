"""Run an estimate, pricing a session from a loaded negotiated rate when one is named.

Shared by the estimator (page and API) and the front desk's batch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from benefits.estimate.engine import Projection, project
from benefits.estimate.request import read_estimate_request
from navigator.core.rates.pricing import negotiated_price


@dataclass(frozen=True)
class Estimate:
    projection: Projection
    price: dict[str, Any] | None  # where a negotiated rate came from, when one was used


def run_estimate(body: object, today: dt.date | None = None) -> Estimate:
    """Validate and project; raises benefits.fields.InvalidInput listing every bad field.

    A service given as {npi, network, code} is priced at that network's negotiated rate.
    """
    service = body.get("service") if isinstance(body, dict) else None
    today = today or dt.date.today()
    price = negotiated_price(service, _first_session(body, today)) \
        if isinstance(service, dict) else None
    if price is not None and isinstance(body, dict) and isinstance(service, dict):
        body = {**body, "service": {**service, "allowed_amount": str(price["amount"])}}
    return Estimate(project(read_estimate_request(body, today)), price)


def _first_session(body: object, today: dt.date) -> dt.date:
    """The date of service a negotiated rate must still hold on: the first session's.

    A date the request reader will refuse anyway counts as today here.
    """
    sessions = body.get("sessions") if isinstance(body, dict) else None
    first = sessions.get("first_date") if isinstance(sessions, dict) else None
    try:
        return dt.date.fromisoformat(first) if isinstance(first, str) else today
    except ValueError:
        return today
