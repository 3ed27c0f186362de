"""National Provider Identifier checks: ten digits with a Luhn check digit over 80840."""

from __future__ import annotations

# CMS: the check digit is Luhn computed over the NPI prefixed with the card issuer 80840.
PREFIX = "80840"


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            value = value - 9 if value > 9 else value
        total += value
    return total % 10 == 0


def valid_npi(text: str) -> bool:
    """True for a ten-digit NPI whose last digit checks out."""
    npi = text.strip()
    # isdigit() alone also passes "²" and other digits that int() refuses.
    return (len(npi) == 10 and npi.isascii() and npi.isdigit() and npi[0] in "12"
            and luhn_ok(PREFIX + npi))
