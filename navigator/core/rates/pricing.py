"""Fill an estimate's price from the negotiated rate of the therapist's network."""

from __future__ import annotations

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


def negotiated_price(service: dict[str, Any]) -> dict[str, Any] | None:
    """The allowed amount and where it came from, for service {npi, network, code}."""
    npi, code = str(service.get("npi") or "").strip(), service.get("code")
    if not npi or service.get("allowed_amount") not in (None, ""):
        return None
    answer = lookup_provider(get_session(), npi, service.get("network") or None, code)
    rate = _pick(answer.rates) if answer else None
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
    source = next((s for s in answer.sources if s["name"] == rate["network"]), {})
    return {"amount": amount, "network": rate["network"], "type": rate["negotiated_type"],
            "as_of": source.get("as_of") or (source.get("loaded_at") or "")[:10]}
