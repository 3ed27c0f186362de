"""Typed element values: X12 decimals, D8/RD8 dates, coded values and composites."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from decimal import Decimal

from benefits.x12.errors import ErrorCode
from benefits.x12.tokens import Segment

# X12 "R" (decimal) values: an optional minus, digits and an optional point; no exponent.
# The longest R element in a 271 has 18 characters, which also keeps cents arithmetic exact.
_DECIMAL = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)")
_MAX_DECIMAL = 18
_D8 = re.compile(r"(\d{4})(\d{2})(\d{2})")
_RD8 = re.compile(r"(\d{8})-(\d{8})")


def decimal(segment: Segment, index: int) -> Decimal | None:
    """Element `index` as a Decimal; None when blank. Raises `bad_number` otherwise."""
    text = segment.get(index)
    if text is None:
        return None
    if len(text) > _MAX_DECIMAL or not _DECIMAL.fullmatch(text):
        raise segment.fail(ErrorCode.BAD_NUMBER,
                           f"{segment.id}{index:02d} {text[:20]!r} is not a number")
    return Decimal(text)


def required(segment: Segment, index: int) -> str:
    """Element `index`, which the implementation guide requires."""
    text = segment.get(index)
    if text is None:
        raise segment.fail(ErrorCode.MISSING_ELEMENT, f"{segment.id}{index:02d} is missing")
    return text


def coded(segment: Segment, index: int, allowed: Collection[str]) -> str | None:
    """Element `index` when it is one of `allowed`; None when blank. Raises `bad_code`."""
    text = segment.get(index)
    if text is not None and text not in allowed:
        raise segment.fail(ErrorCode.BAD_CODE,
                           f"{segment.id}{index:02d} {text[:20]!r} is not a valid code here")
    return text


def _date(segment: Segment, text: str) -> dt.date:
    match = _D8.fullmatch(text)
    try:
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        pass
    raise segment.fail(ErrorCode.BAD_DATE, f"{text[:20]!r} is not a CCYYMMDD date")


def date_range(segment: Segment) -> tuple[dt.date, dt.date | None]:
    """A DTP's date (format D8) or its first and last dates (format RD8)."""
    form, text = segment.get(2), segment.get(3)
    if text is None or form not in ("D8", "RD8"):
        raise segment.fail(ErrorCode.BAD_DATE, "a DTP needs format D8 or RD8 and a date")
    if form == "D8":
        return _date(segment, text), None
    match = _RD8.fullmatch(text)
    if not match:
        raise segment.fail(ErrorCode.BAD_DATE, f"{text[:20]!r} is not a CCYYMMDD-CCYYMMDD range")
    start, end = _date(segment, match[1]), _date(segment, match[2])
    if end < start:
        raise segment.fail(ErrorCode.BAD_DATE, "the range ends before it starts")
    return start, end


def repeats(segment: Segment, index: int, separator: str | None) -> tuple[str, ...]:
    """The non-blank repeats of a repeating element."""
    text = segment.get(index)
    if text is None:
        return ()
    parts = text.split(separator) if separator else [text]
    return tuple(part.strip() for part in parts if part.strip())


def components(segment: Segment, index: int, separator: str) -> tuple[str, ...]:
    """The components of a composite element, blanks kept so positions stay meaningful."""
    text = segment.get(index)
    return tuple(part.strip() for part in text.split(separator)) if text else ()
