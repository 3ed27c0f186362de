"""Reading untrusted JSON-like input field by field, collecting every error with its path.

Errors carry a stable `code` and parameters, never prose: the web layer words them in the
reader's language.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from benefits.money import MoneyError, parse_money

MISSING = object()
# Every number is checked for size before it is converted: int() of a long text or of a
# Decimal like 1E+1000000 builds the whole integer (a million digits froze a worker for
# 30 s). No amount, count or share anyone means has more than 30 characters or an
# exponent past 30 either way.
MAX_NUMBER_TEXT = 30
MAX_EXPONENT = 30
NUL = "\x00"


@dataclass(frozen=True, slots=True)
class LongNumber:
    """A number in the input too long to convert safely; only its length is kept.

    The JSON decoder puts one in place of such a literal, so the field it sits in gets a
    "number_too_long" error with its path instead of the whole request failing.
    """

    length: int


def number_too_long(value: object) -> bool:
    """True when converting `value` to a number could cost more than a number is worth."""
    if isinstance(value, LongNumber):
        return True
    if isinstance(value, str):
        return len(value.strip()) > MAX_NUMBER_TEXT
    if isinstance(value, Decimal):
        return value.is_finite() and (abs(value.adjusted()) > MAX_EXPONENT
                                      or len(value.as_tuple().digits) > MAX_NUMBER_TEXT)
    if isinstance(value, float):
        return math.isfinite(value) and abs(value) >= 10.0 ** MAX_EXPONENT
    if isinstance(value, int) and not isinstance(value, bool):
        # The bit length, never the decimal text, which is what costs: 10**30 < 2**100.
        return value.bit_length() > 100
    return False


@dataclass(frozen=True, slots=True)
class FieldError:
    path: str
    code: str
    params: Mapping[str, object] = field(default_factory=dict)


class InvalidInput(ValueError):
    """Input that cannot be used; `errors` lists every problem found."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__(f"{len(errors)} invalid field(s)")
        self.errors = errors


class Reader:
    """Typed getters over nested mappings that record errors instead of raising."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def error(self, path: str, code: str, **params: object) -> None:
        self.errors.append(FieldError(path, code, params))

    def section(self, data: Mapping[str, Any], key: str, path: str,
                required: bool = True) -> Mapping[str, Any] | None:
        value = data.get(key)
        if value is None:
            if required:
                self.error(path, "required")
            return None
        if not isinstance(value, Mapping):
            self.error(path, "not_an_object")
            return None
        return value

    def money(self, data: Mapping[str, Any], key: str, path: str,
              required: bool = True) -> Decimal | None:
        value = data.get(key)
        if value is None or value == "":
            if required:
                self.error(path, "required")
            return None
        if number_too_long(value):
            self.error(path, "number_too_long")
            return None
        try:
            return parse_money(value)
        except MoneyError as problem:
            self.error(path, problem.code)
            return None

    def fraction(self, data: Mapping[str, Any], key: str, path: str) -> Decimal | None:
        """A share between 0 and 1 (0.20 is 20 percent); optional."""
        value = data.get(key)
        if value is None or value == "":
            return None
        if number_too_long(value):
            self.error(path, "number_too_long")
            return None
        try:
            number = Decimal(str(value).strip()) if not isinstance(value, bool) else None
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            self.error(path, "not_a_number")
            return None
        if not 0 <= number <= 1:
            self.error(path, "fraction_out_of_range", min="0", max="1")
            return None
        return number

    def integer(self, data: Mapping[str, Any], key: str, path: str, low: int, high: int,
                default: int | None = None) -> int | None:
        value = data.get(key, MISSING)
        if value is MISSING or value is None or value == "":
            if default is None:
                self.error(path, "required")
            return default
        if number_too_long(value):
            self.error(path, "number_too_long")
            return None
        number = _whole_number(value)
        if number is None:
            self.error(path, "not_a_whole_number")
            return None
        if not low <= number <= high:
            self.error(path, "out_of_range", min=low, max=high)
            return None
        return number

    def choice(self, data: Mapping[str, Any], key: str, path: str,
               choices: tuple[str, ...], required: bool = True) -> str | None:
        value = data.get(key)
        if value is None or value == "":
            if required:
                self.error(path, "required")
            return None
        if not isinstance(value, str) or value not in choices:
            self.error(path, "invalid_choice", choices=", ".join(choices))
            return None
        return value

    def code(self, data: Mapping[str, Any], key: str, path: str,
             max_length: int = 20) -> str | None:
        """A short code such as "90837", in capitals; optional. A number is refused, not
        guessed at: 90837.0 or 9.0837E+4 are not codes anyone wrote."""
        value = data.get(key)
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.error(path, "not_text")
            return None
        if NUL in value:
            self.error(path, "nul_character")
            return None
        text = value.strip().upper()
        if len(text) > max_length:
            self.error(path, "too_long", max=max_length)
            return None
        return text or None

    def boolean(self, data: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        value = data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.error(path, "not_true_or_false")
            return default
        return value

    def date(self, data: Mapping[str, Any], key: str, path: str,
             default: dt.date) -> dt.date | None:
        value = data.get(key)
        if value is None or value == "":
            return default
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.error(path, "invalid_date")
            return None


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal | float):
        try:
            return int(value) if value == int(value) else None
        except (ValueError, OverflowError):  # NaN and infinity
            return None
    text = value.strip() if isinstance(value, str) else ""
    # isdecimal(), not isdigit(): int() refuses "²". The caller checked the length.
    if text.isdecimal():
        return int(text)
    return None
