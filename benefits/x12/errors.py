"""Why a 271 could not be read: a stable code, the segment and offset, an English detail."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ErrorCode(StrEnum):
    EMPTY = "empty"
    NOT_ISA = "not_isa"
    TRUNCATED = "truncated"
    BAD_DELIMITERS = "bad_delimiters"
    BAD_SEGMENT = "bad_segment"
    SEGMENT_OUTSIDE_LOOP = "segment_outside_loop"
    UNCLOSED_LOOP = "unclosed_loop"
    NOT_271 = "not_271"
    NO_TRANSACTION = "no_transaction"
    MISSING_ELEMENT = "missing_element"
    BAD_CODE = "bad_code"
    BAD_NUMBER = "bad_number"
    BAD_DATE = "bad_date"
    # Not a 271 but a 999, 997 or TA1: `Read271.acknowledgement` says what was rejected.
    ACKNOWLEDGEMENT = "acknowledgement"
    # Past MAX_SEGMENTS or MAX_TRANSACTIONS: reading stops there, so work stays bounded.
    TOO_MANY_SEGMENTS = "too_many_segments"
    TOO_MANY_TRANSACTIONS = "too_many_transactions"


@dataclass(frozen=True, slots=True)
class X12Error:
    """Where reading stopped. The web layer words `code`; `detail` is for logs and developers."""

    code: ErrorCode
    segment: int  # 1-based, the ISA being segment 1
    position: int  # 0-based character offset of that segment in the decoded text, counted
    # from the very start of what was sent (text skipped before the ISA included)
    detail: str


class Malformed(Exception):
    """Raised inside the reader; `read_271` turns it into its `X12Error`."""

    def __init__(self, error: X12Error) -> None:
        super().__init__(error.detail)
        self.error = error


def malformed(code: ErrorCode, segment: int, position: int, detail: str) -> Malformed:
    """The exception to raise for a problem at this segment."""
    return Malformed(X12Error(code, segment, position, detail))
