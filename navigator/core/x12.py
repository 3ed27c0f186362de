"""271 reading for the web layer: read pasted or uploaded text, word errors, shape JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask_babel import format_number, gettext, ngettext
from flask_babel import lazy_gettext as _l

from benefits.summary.model import BenefitsSummary, estimate_plan
from benefits.x12 import Read271, Rejection, Transaction271, X12Error, read_271, summarize
from benefits.x12.acks import Acknowledgement
from benefits.x12.reader import MAX_TRANSACTIONS
from benefits.x12.tokens import MAX_SEGMENTS
from navigator.core.to_json import to_json
from navigator.core.x12_acks import ack_headline, ack_lines

ERRORS = {
    "empty": _l("The 271 is empty."),
    "not_isa": _l("It does not start with an ISA segment, and we found no ISA segment "
                  "further in, so it is not an X12 file."),
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
    "acknowledgement": _l("This is an acknowledgement (a 999 or TA1), not a 271."),
    "too_many_segments": _l("This file has more than %(limit)s segments; send one member's "
                            "answer at a time."),
    "too_many_transactions": _l("This file has more than %(limit)s transactions; send one "
                                "member's answer at a time."),
}
# The reader's size limits, named in its error and in the API's field error.
LIMITS = {"too_many_segments": MAX_SEGMENTS, "too_many_transactions": MAX_TRANSACTIONS}
# AAA04: what the insurer asks the provider to do about a rejected request.
FOLLOW_UP = {
    "C": _l("Correct the request and send it again."),
    "N": _l("Do not send it again: the insurer will not take it again."),
    "P": _l("Send the original request again."),
    "R": _l("You may send it again."),
    "S": _l("Do not send it again: the insurer is asking someone else and will answer."),
    "W": _l("Wait 30 days, then send it again."),
    "X": _l("Wait 10 days, then send it again."),
    "Y": _l("Do not send it again: the insurer is holding it and will answer again soon."),
}
# The HL level an AAA was found at: whose part of the request had the problem.
REJECTION_LEVELS = {
    "payer": _l("About the insurer"),
    "receiver": _l("About the provider who asked"),
    "subscriber": _l("About the subscriber"),
    "dependent": _l("About the patient (a dependent)"),
}


def x12_error_text(error: X12Error, acknowledgement: Acknowledgement | None = None) -> str:
    """The reader's error in plain words, with where it happened.

    For a 999 or TA1 (pass `Read271.acknowledgement`), what it rejected and why instead.
    """
    if acknowledgement is not None:
        return ack_headline(acknowledgement)
    what = str(ERRORS.get(error.code.value, ERRORS["bad_segment"])) % {
        "segment": error.segment, "limit": format_number(LIMITS.get(error.code.value, 0))}
    return gettext("%(what)s (segment %(segment)s, character %(position)s)", what=what,
                   segment=error.segment, position=error.position + 1)


def x12_error_lines(result: Read271) -> list[str]:
    """The error, then an acknowledgement's details, then the notes, one a line."""
    if result.error is None:
        return []
    ack = result.acknowledgement
    return [x12_error_text(result.error, ack), *(ack_lines(ack) if ack else ()),
            *x12_notes(result)]


def x12_notes(result: Read271) -> list[str]:
    """What the reader left out around the interchange, in words."""
    notes = []
    if result.skipped_prefix_chars:
        notes.append(ngettext("We skipped %(num)d character before the ISA segment.",
                              "We skipped %(num)d characters before the ISA segment.",
                              result.skipped_prefix_chars))
    if result.skipped_suffix_chars:
        notes.append(ngettext("We skipped %(num)d character after the IEA segment.",
                              "We skipped %(num)d characters after the IEA segment.",
                              result.skipped_suffix_chars))
    return notes


def rejection_text(rejection: Rejection) -> str:
    """An AAA: whose part, the reason code in words, and what the insurer asks to do."""
    reason = gettext(rejection.description) if rejection.description else \
        gettext("a code we do not know")
    text = gettext("%(level)s: code %(code)s, %(reason)s (segment %(segment)s).",
                   level=REJECTION_LEVELS[rejection.level.value],
                   code=rejection.reason or "?", reason=reason, segment=rejection.segment)
    if rejection.valid is not None:
        text += " " + (gettext("The request itself was valid.") if rejection.valid
                       else gettext("The insurer says the request was not valid."))
    follow_up = FOLLOW_UP.get(rejection.follow_up or "")
    if follow_up is not None:
        text += " " + gettext("What to do: %(action)s", action=follow_up)
    elif rejection.follow_up:
        text += " " + gettext("What to do: code %(code)s.", code=rejection.follow_up)
    return text


@dataclass(frozen=True)
class X12Outcome:
    result: Read271
    transaction: Transaction271 | None
    summary: BenefitsSummary | None

    @property
    def error(self) -> X12Error | None:
        return self.result.error

    @property
    def error_text(self) -> str | None:
        """The error in one paragraph (an acknowledgement's headline), or None when read."""
        error = self.result.error
        return x12_error_text(error, self.result.acknowledgement) if error else None


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
    return {**body, **notes_json(result)}


def notes_json(result: Read271) -> dict[str, Any]:
    return {"skipped_prefix_chars": result.skipped_prefix_chars,
            "skipped_suffix_chars": result.skipped_suffix_chars, "notes": x12_notes(result)}


def error_problem(result: Read271) -> tuple[str, dict[str, Any]]:
    """The problem title and the `x12` field error for a 271 that was not read."""
    error, ack = result.error, result.acknowledgement
    assert error is not None
    field: dict[str, Any] = {
        "field": "x12", "message": x12_error_text(error, ack), "code": error.code.value,
        "segment": error.segment, "position": error.position, **notes_json(result)}
    if error.code.value in LIMITS:
        field["limit"] = LIMITS[error.code.value]
    if ack is None:
        return gettext("We could not read this 271"), field
    field.update(details=ack_lines(ack), acknowledgement=to_json(ack))
    return gettext("This is an acknowledgement, not a 271"), field
