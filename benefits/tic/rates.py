"""Turn decoded in_network items and provider references into Rate records. Pure Python."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from benefits.tic.model import Rate
from benefits.tic.prices import price_problem

Steps = tuple[str | int, ...]
# npis, tin type, tin value, business name, network names
Group = tuple[tuple[int, ...], str | None, str | None, str | None, tuple[str, ...]]
Resolver = Callable[[int, Steps], list[Group]]


class Fault(Exception):
    """A schema problem at a path relative to the value being converted."""

    def __init__(self, code: str, message: str, steps: Steps) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.steps = steps


@dataclass(frozen=True, slots=True)
class BadAmount:
    """A negotiated_rate that is no price, at a path relative to its element."""

    steps: Steps
    amount: str
    reason: str


@dataclass(frozen=True, slots=True)
class Header:
    """The item-level fields every rate of an in_network item shares."""

    billing_code: str
    billing_code_type: str
    billing_code_type_version: str | None
    negotiation_arrangement: str | None
    name: str | None


def _get(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], steps: Steps,
         required: bool = False) -> Any:
    value = obj.get(key)
    if value is None:
        if required:
            raise Fault("missing_field", f"the required field {key!r} is missing", steps)
        return None
    if not isinstance(value, kind) or isinstance(value, bool):
        raise Fault("wrong_type", f"{key!r} has the wrong type", (*steps, key))
    return value


def _object(value: Any, steps: Steps) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise Fault("wrong_type", "expected an object", steps)
    return value


def _strings(obj: dict[str, Any], key: str, steps: Steps) -> tuple[str, ...]:
    values = _get(obj, key, list, steps) or []
    for index, value in enumerate(values):
        if not isinstance(value, str):
            raise Fault("wrong_type", f"{key!r} must hold strings", (*steps, key, index))
    return tuple(values)


def header_of(item: Any) -> Header:
    """Read the shared fields of one in_network item."""
    item = _object(item, ())
    return Header(_get(item, "billing_code", str, (), True),
                  _get(item, "billing_code_type", str, (), True),
                  _get(item, "billing_code_type_version", str, ()),
                  _get(item, "negotiation_arrangement", str, ()),
                  _get(item, "name", str, ()))


def groups_of(raw: Any, steps: Steps, networks: tuple[str, ...] = ()) -> list[Group]:
    """Read a provider_groups array; NPI 0 (a TIN-only group) is dropped from the NPIs."""
    if not isinstance(raw, list):
        raise Fault("wrong_type", "'provider_groups' must be an array", steps)
    groups = []
    for index, group in enumerate(raw):
        where = (*steps, index)
        group = _object(group, where)
        npis = []
        for n, npi in enumerate(_get(group, "npi", list, where) or []):
            if isinstance(npi, str) and npi.isdigit():
                npi = int(npi)  # some publishers quote NPIs; the number is the same
            if not isinstance(npi, int) or isinstance(npi, bool):
                raise Fault("wrong_type", "an NPI must be a number", (*where, "npi", n))
            if npi:
                npis.append(npi)
        tin = _object(_get(group, "tin", dict, where) or {}, (*where, "tin"))
        tin_steps = (*where, "tin")
        groups.append((tuple(npis), _get(tin, "type", str, tin_steps),
                       _get(tin, "value", str, tin_steps),
                       _get(tin, "business_name", str, tin_steps), networks))
    return groups


def entry_of(entry: Any) -> tuple[int, list[Group] | str]:
    """Read a root provider_references entry: its id and its groups, or a remote location."""
    entry = _object(entry, ())
    group_id = _get(entry, "provider_group_id", (int, float), (), True)
    networks = _strings(entry, "network_name", ())
    if "provider_groups" in entry:
        return int(group_id), groups_of(entry["provider_groups"], ("provider_groups",), networks)
    location = _get(entry, "location", str, ())
    if location is None:
        raise Fault("missing_field", "an entry needs 'provider_groups' or 'location'", ())
    return int(group_id), location


def needs_references(element: Any) -> bool:
    """True when a negotiated_rates element points into the root provider_references."""
    return isinstance(element, dict) and bool(element.get("provider_references"))


def rates_of(head: Header, element: Any, resolve: Resolver) -> Iterator[Rate | BadAmount]:
    """Yield one Rate per negotiated price and provider group of a negotiated_rates element.

    An amount that is no price (see prices.py) yields one BadAmount instead, once.
    """
    element = _object(element, ())
    groups: list[Group] = []
    if "provider_groups" in element:
        groups.extend(groups_of(element["provider_groups"], ("provider_groups",)))
    refs = _get(element, "provider_references", list, ()) or []
    for index, ref in enumerate(refs):
        if not isinstance(ref, (int, float)) or isinstance(ref, bool):
            raise Fault("wrong_type", "a provider reference must be a number",
                        ("provider_references", index))
        groups.extend(resolve(int(ref), ("provider_references", index)))
    prices = _get(element, "negotiated_prices", list, (), True)
    for index, price in enumerate(prices):
        yield from _price_rates(head, _object(price, ("negotiated_prices", index)), groups,
                                ("negotiated_prices", index))


def _price_rates(head: Header, price: dict[str, Any], groups: list[Group],
                 steps: Steps) -> Iterator[Rate | BadAmount]:
    amount = _get(price, "negotiated_rate", (int, float, Decimal), steps, True)
    kind = _get(price, "negotiated_type", str, steps, True)
    problem = price_problem(amount)
    if problem is not None:
        # As the file wrote it: Python would say "nan" and "inf" for NaN and Infinity.
        written = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}.get(str(amount))
        yield BadAmount((*steps, "negotiated_rate"), written or str(amount), problem)
        return
    common = dict(
        negotiated_type=kind, negotiated_rate=Decimal(str(amount)),
        expiration_date=_get(price, "expiration_date", str, steps),
        service_codes=_strings(price, "service_code", steps),
        billing_class=_get(price, "billing_class", str, steps),
        setting=_get(price, "setting", str, steps),
        modifiers=_strings(price, "billing_code_modifier", steps))
    for npis, tin_type, tin_value, business, networks in groups:
        yield Rate(head.billing_code, head.billing_code_type, head.billing_code_type_version,
                   head.negotiation_arrangement, head.name, npis, tin_type, tin_value,
                   business, networks, **common)
