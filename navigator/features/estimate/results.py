"""An estimate shaped for the API (JSON), the CSV download and the result page."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import gettext

from benefits.estimate.engine import Projection, SessionCost
from benefits.estimate.explain import course_notes, session_notes
from benefits.money import money_str
from navigator.core.rates import rate_type_label
from navigator.core.wording import wording


def session_json(cost: SessionCost, projection: Projection,
                 explain: bool = False) -> dict[str, Any]:
    row: dict[str, Any] = {
        "number": cost.number,
        "date": cost.date.isoformat(),
        "covered": cost.covered,
    }
    if cost.reason:
        row["not_covered_reason"] = cost.reason.value
    # Every amount the engine returns is already whole cents (a property test checks it),
    # so plain str() writes the two decimals without rounding again.
    row.update(allowed_amount=str(cost.allowed_amount), deductible=str(cost.deductible),
               copay=str(cost.copay), coinsurance=str(cost.coinsurance),
               balance_bill=str(cost.balance_bill), patient_pays=str(cost.patient_pays),
               plan_pays=str(cost.plan_pays), deductible_met_after=str(cost.deductible_met_after),
               oop_met_after=str(cost.oop_met_after))
    if explain:
        row["explanation"] = wording().sentences(session_notes(cost, projection))
    return row


def projection_json(projection: Projection, explain_sessions: bool = False,
                    price: dict[str, Any] | None = None) -> dict[str, Any]:
    """The API answer: money as strings with two decimals, sentences in the reader's language.

    Each session's own steps are worded only when asked for: they are most of the work.
    """
    service = projection.request.service
    milestones = projection.milestones
    body: dict[str, Any] = {
        "price": {"allowed_amount": money_str(service.allowed_amount),
                  "source": service.price_source.value, "year": service.price_year},
        "sessions": [session_json(cost, projection, explain_sessions)
                     for cost in projection.sessions],
        "totals": {"patient_pays": money_str(projection.patient_total),
                   "plan_pays": money_str(projection.plan_total)},
        "milestones": {
            "deductible_met_session": milestones.deductible_met_session,
            "oop_max_reached_session": milestones.oop_max_reached_session,
            "plan_year_resets": [d.isoformat() for d in milestones.plan_year_resets],
        },
        "explanation": _price_sentence(price) + wording().sentences(course_notes(projection)),
    }
    if projection.self_pay:
        body["self_pay"] = {"per_session": money_str(projection.self_pay.per_session),
                            "total": money_str(projection.self_pay.total)}
    return body


def _price_sentence(price: dict[str, Any] | None) -> list[str]:
    if not price:
        return []
    return [gettext("We used the negotiated rate in %(network)s (%(type)s), from data as of "
                    "%(as_of)s.", network=price["network"], type=rate_type_label(price["type"]),
                    as_of=price["as_of"])]


CSV_COLUMNS = ("number", "date", "covered", "not_covered_reason", "allowed_amount",
               "deductible", "copay", "coinsurance", "balance_bill", "patient_pays",
               "plan_pays", "deductible_met_after", "oop_met_after")


def csv_rows(projection: Projection) -> list[Mapping[str, Any]]:
    rows: list[Mapping[str, Any]] = []
    for cost in projection.sessions:
        row = session_json(cost, projection)
        row["covered"] = "yes" if cost.covered else "no"
        rows.append({name: row.get(name, "") for name in CSV_COLUMNS})
    return rows
