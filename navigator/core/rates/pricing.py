"""Fill an estimate's price from the negotiated rate of the therapist's network."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from benefits.fields import FieldError, InvalidInput
from benefits.money import MoneyError, parse_money, to_cents
from navigator.core.db import get_session
from navigator.core.rates.lookup import lookup_provider

# Office first, then telehealth at home, then anything: the price of a usual therapy visit.
PLACE_ORDER = ("11", "10", "02", "")


def _rank(rate: dict[str, Any]) -> tuple[int, int]:
    places = rate["service_codes"] or [""]
    best = min((PLACE_ORDER.index(p) if p in PLACE_ORDER else len(PLACE_ORDER))
               for p in places)
    return (0 if rate["billing_class"] in ("professional", "both", None) else 1, best)


def _pick(rates: list[dict[str, Any]]) -> dict[str, Any] | None:
    plain = [r for r in rates if not r["modifiers"]] or rates
    return min(plain, key=_rank) if plain else None


def _current(rates: list[dict[str, Any]], code: str) -> list[dict[str, Any]]:
    """The rates still in force on the date of service; says so when all have expired.

    An expired rate is never used in silence: the contract behind it may have changed.
    """
    current = [r for r in rates if not r["expired"]]
    if rates and not current:
        # Only a readable date can have passed, so each of these parses.
        ended = max(dt.date.fromisoformat(r["expiration_date"].strip()[:10]) for r in rates)
        raise InvalidInput([FieldError("service.npi", "negotiated_rate_expired",
                                       {"service_code": code, "date": ended})])
    return current


def _check_text(service: dict[str, Any]) -> None:
    """Refuse what the database cannot be asked: a code or network that is not text, or
    text with NUL in it (PostgreSQL cannot store or compare NUL)."""
    errors = []
    for key in ("npi", "network", "code"):
        value = service.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            errors.append(FieldError(f"service.{key}", "not_text"))
        elif "\x00" in value:
            errors.append(FieldError(f"service.{key}", "nul_character"))
    if errors:
        raise InvalidInput(errors)


def negotiated_price(service: dict[str, Any],
                     on: dt.date | None = None) -> dict[str, Any] | None:
    """The allowed amount and where it came from, for service {npi, network, code}.

    `on` is the date of service (the first session; today when not given): a rate that
    expired before it is passed over, and if no other is left the estimate says so.
    """
    npi, code = str(service.get("npi") or "").strip(), service.get("code")
    if not npi or service.get("allowed_amount") not in (None, ""):
        return None
    _check_text(service)
    answer = lookup_provider(get_session(), npi, service.get("network") or None, code, on)
    rate = _pick(_current(answer.rates, code or "")) if answer else None
    if answer is None or rate is None:
        raise InvalidInput([FieldError("service.npi", "no_negotiated_rate",
                                       {"service_code": code or ""})])
    amount = Decimal(rate["negotiated_rate"])
    if rate["negotiated_type"] == "percentage":
        billed = service.get("billed_amount")
        if billed in (None, ""):
            raise InvalidInput([FieldError("service.billed_amount", "percentage_needs_billed",
                                           {"percent": amount / 100})])
        try:
            billed_amount = parse_money(billed)
        except MoneyError as error:
            raise InvalidInput([FieldError("service.billed_amount", error.code)]) from None
        amount = to_cents(billed_amount * amount / 100)
    return {"amount": amount, "network": rate["network"], "type": rate["negotiated_type"],
            "as_of": rate["as_of"] or "", "expiration_date": rate["expiration_date"]}
