"""271 reading for the web layer: read pasted or uploaded text, word errors, shape JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask_babel import gettext
from flask_babel import lazy_gettext as _l

from benefits.summary.model import BenefitsSummary, estimate_plan
from benefits.x12 import Read271, Transaction271, X12Error, read_271, summarize
from navigator.core.to_json import to_json

ERRORS = {
    "empty": _l("The 271 is empty."),
    "not_isa": _l("It does not start with an ISA segment, so it is not an X12 file."),
    "truncated": _l("The file ends too early, at segment %(segment)s."),
    "bad_delimiters": _l("The ISA segment does not give usable separators."),
    "bad_segment": _l("Segment %(segment)s could not be read."),
    "segment_outside_loop": _l("Segment %(segment)s is in a place a 271 does not allow."),
    "unclosed_loop": _l("A loop is not closed before segment %(segment)s."),
    "not_271": _l("This is an X12 file, but not a 271 eligibility response."),
    "no_transaction": _l("There is no 271 transaction in it."),
    "missing_element": _l("Segment %(segment)s is missing a value it needs."),
    "bad_code": _l("Segment %(segment)s has a code a 271 does not allow."),
    "bad_number": _l("Segment %(segment)s has a number we could not read."),
    "bad_date": _l("Segment %(segment)s has a date we could not read."),
}


def x12_error_text(error: X12Error) -> str:
    """The reader's error in plain words, with where it happened."""
    what = str(ERRORS.get(error.code.value, ERRORS["bad_segment"])) % {"segment": error.segment}
    return gettext("%(what)s (segment %(segment)s, character %(position)s)", what=what,
                   segment=error.segment, position=error.position + 1)


@dataclass(frozen=True)
class X12Outcome:
    result: Read271
    transaction: Transaction271 | None
    summary: BenefitsSummary | None

    @property
    def error(self) -> X12Error | None:
        return self.result.error


def read_x12(data: str | bytes) -> X12Outcome:
    result = read_271(data)
    first = result.transactions[0] if result.ok and result.transactions else None
    return X12Outcome(result, first, summarize(first) if first else None)


def _entity(party: Any) -> Any:
    return to_json(party.entity) if party is not None and party.entity is not None else None


def transaction_json(transaction: Transaction271) -> dict[str, Any]:
    """One transaction, normalized, with its mental-health summary and estimator plan."""
    summary = summarize(transaction)
    return {
        "control_number": transaction.control_number,
        "payer": _entity(transaction.payer),
        "receiver": _entity(transaction.receiver),
        "subscriber": _entity(transaction.subscriber),
        "patient": _entity(transaction.patient),
        "plan": to_json(transaction.plan),
        "active": transaction.active,
        "benefits": to_json(transaction.benefits),
        "rejections": to_json(transaction.rejections),
        "mental_health": to_json(summary),
        "estimate_plan": estimate_plan(summary),
    }


def result_json(result: Read271) -> dict[str, Any]:
    transactions = [transaction_json(t) for t in result.transactions]
    body: dict[str, Any] = {"transactions": transactions}
    if transactions:  # the first transaction's plan, for one-step use with the estimator
        body["estimate_plan"] = transactions[0]["estimate_plan"]
    return body
