"""Exact money: parse what people type, round to cents, and write two decimals."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
# Far above any therapy bill; it keeps absurd input from reaching the arithmetic.
MAX_AMOUNT = Decimal("10000000")
# Longer text is refused before any pattern or Decimal() reads it: "$10,000,000.00" is 14.
MAX_TEXT = 30
# "$1,500", "1500", "1,500.00", " $ 35.5 " — commas only as thousands separators.
_MONEY = re.compile(r"^\$?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d*)?$")
# The Spanish way, as the site itself writes amounts in Spanish: "1500,50 US$", "12.345,50",
# "35,5". A comma followed by one or two digits can only be decimals, so this cannot
# misread "1,500" (thousands) or "1.500" (refused: three digits after a point). A leading
# "$" marks the American way, where "$1,80" is more likely a slip than $1.80: refused.
_DECIMAL_COMMA = re.compile(r"^(?:US\$\s*)?(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})\s*(?:US\$)?$")
_TRAILING_SIGN = re.compile(r"^(\S.*?)\s*US\$$")


class MoneyError(ValueError):
    """Text that is not an amount of dollars; `code` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def to_cents(amount: Decimal) -> Decimal:
    """Round half-up to whole cents."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def money_str(amount: Decimal) -> str:
    """Two decimals, no symbol: the API's money format."""
    return str(to_cents(amount))


def parse_money(value: object) -> Decimal:
    """Dollars from a number or text like "$1,500.00"; at most two decimals, never negative."""
    if isinstance(value, bool):
        raise MoneyError("not_money")
    if isinstance(value, int) and value.bit_length() > 100:
        # Refused by its bit length: the decimal text of a huge int is what costs.
        raise MoneyError("too_large" if value > 0 else "negative")
    if isinstance(value, int | Decimal):
        amount = Decimal(value)
    elif isinstance(value, float):
        amount = Decimal(repr(value))
    elif isinstance(value, str):
        amount = _parse_text(value.strip())
    else:
        raise MoneyError("not_money")
    if not amount.is_finite():
        raise MoneyError("not_money")
    if amount < 0:
        raise MoneyError("negative")
    if amount > MAX_AMOUNT:
        raise MoneyError("too_large")
    if amount != amount.quantize(CENT, rounding=ROUND_HALF_UP):
        raise MoneyError("too_many_decimals")
    return to_cents(amount)


def _parse_text(text: str) -> Decimal:
    if len(text) > MAX_TEXT:
        raise MoneyError("number_too_long")
    if text.startswith("-"):
        raise MoneyError("negative")
    comma = _DECIMAL_COMMA.match(text)
    if comma:
        return Decimal(f"{comma.group(1).replace('.', '')}.{comma.group(2)}")
    sign = _TRAILING_SIGN.match(text)
    match = _MONEY.match(sign.group(1) if sign else text)
    if not match:
        raise MoneyError("not_money")
    whole, fraction = match.group(1).replace(",", ""), match.group(2) or ""
    if len(fraction) > 3:
        # Counted as typed, not by value: "1.500" is $1,500 to a reader of Spanish.
        raise MoneyError("too_many_decimals")
    try:
        return Decimal(whole + (fraction if fraction != "." else ""))
    except InvalidOperation as error:  # pragma: no cover - the pattern admits only digits
        raise MoneyError("not_money") from error
