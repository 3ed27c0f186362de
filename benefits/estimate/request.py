"""Turn an estimate request (the JSON API's shape) into domain values, or every error."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from benefits.estimate.fees import medicare_fee, medicare_fee_schedule
from benefits.estimate.plan import (
    NO_LIMIT,
    ZERO,
    CostShare,
    EstimateRequest,
    Limits,
    Network,
    Place,
    Plan,
    PriceSource,
    Schedule,
    Service,
    Tier,
    VisitLimit,
)
from benefits.fields import FieldError, InvalidInput, Reader
from benefits.money import to_cents

MAX_SESSIONS = 260
MONTH_DAY = re.compile(r"^(\d{2})-(\d{2})$")
EARLIEST, LATEST = dt.date(2000, 1, 1), dt.date(2100, 12, 31)


def _limits(reader: Reader, data: Mapping[str, Any], path: str, priced: bool) -> Limits | None:
    """Deductible and out-of-pocket limit; a null oop_max means the plan has no limit.

    The deductible must be stated for the tier being priced: an unknown deductible is not
    a zero one. A tier that is not priced may leave it out (it is then not used).
    """
    deductible, deductible_met, oop_max, oop_met = (
        reader.money(data, key, f"{path}.{key}", required=False)
        for key in ("deductible", "deductible_met", "oop_max", "oop_met"))
    if deductible is None:
        if priced and data.get("deductible") in (None, ""):
            reader.error(f"{path}.deductible", "deductible_unknown")
        return None
    for total, met, met_key in ((deductible, deductible_met, "deductible_met"),
                                (oop_max, oop_met, "oop_met")):
        if total is not None and met is not None and met > total:
            reader.error(f"{path}.{met_key}", "met_above_total", total=total)
    return Limits(
        deductible=deductible, deductible_met=deductible_met or ZERO,
        oop_max=oop_max if oop_max is not None else NO_LIMIT,
        oop_met=oop_met or ZERO)


def _cost_share(reader: Reader, data: Mapping[str, Any], path: str,
                priced: bool) -> CostShare:
    """A copay or a coinsurance; for the priced tier one of them must be stated."""
    copay = reader.money(data, "copay", f"{path}.copay", required=False)
    coinsurance = reader.fraction(data, "coinsurance", f"{path}.coinsurance")
    if copay is not None and coinsurance is not None:
        reader.error(f"{path}.copay", "copay_and_coinsurance")
    if (priced and copay is None and coinsurance is None
            and all(data.get(key) in (None, "") for key in ("copay", "coinsurance"))):
        reader.error(f"{path}.copay", "cost_share_unknown")
    applies = reader.boolean(data, "deductible_applies", f"{path}.deductible_applies", True)
    return CostShare(copay=copay, coinsurance=coinsurance, deductible_applies=applies)


def _telehealth(reader: Reader, data: Mapping[str, Any], path: str) -> CostShare | None:
    section = reader.section(data, "telehealth", f"{path}.telehealth", required=False)
    if section is None:
        return None
    return _cost_share(reader, section, f"{path}.telehealth", priced=True)


def _aggregate(reader: Reader, data: Mapping[str, Any], path: str,
               family: Mapping[str, Any] | None) -> bool:
    """An aggregate family plan: said so, or only family limits given."""
    kind = reader.choice(data, "accumulators", f"{path}.accumulators",
                         ("embedded", "aggregate"), required=False)
    if kind is not None:
        return kind == "aggregate"
    return family is not None and data.get("deductible") in (None, "")


def _tier(reader: Reader, plan: Mapping[str, Any], key: str, priced: bool,
          telehealth_session: bool = False) -> Tier | None:
    path = f"plan.{key}"
    data = reader.section(plan, key, path, required=priced and key == "in_network")
    if data is None:
        return None
    # An empty family object says nothing: the same as none.
    family_data = reader.section(data, "family", f"{path}.family", required=False) or None
    # A telehealth session priced with the tier's own telehealth share does not need the
    # office one (a 271 may state only telehealth).
    office_priced = priced and not (telehealth_session and isinstance(data.get("telehealth"),
                                                                       Mapping))
    aggregate = _aggregate(reader, data, path, family_data)
    if aggregate and family_data is None:
        reader.error(f"{path}.family.deductible", "deductible_unknown")
    person = None if aggregate else _limits(reader, data, path, priced)
    family = (_limits(reader, family_data, f"{path}.family", priced)
              if family_data is not None else None)
    share = _cost_share(reader, data, path, office_priced)
    telehealth = _telehealth(reader, data, path)
    if aggregate:
        person, family = family, None
    if person is None:
        return None
    return Tier(person=person, copay=share.copay, coinsurance=share.coinsurance,
                deductible_applies=share.deductible_applies, family=family,
                telehealth=telehealth, aggregate=aggregate)


def _month_day(reader: Reader, plan: Mapping[str, Any]) -> tuple[int, int]:
    text = plan.get("plan_year_start") or "01-01"
    match = MONTH_DAY.match(str(text))
    if match:
        month, day = int(match.group(1)), int(match.group(2))
        try:
            dt.date(2001, month, day)  # a non-leap year: 02-29 cannot start a plan year
            return month, day
        except ValueError:
            pass
    reader.error("plan.plan_year_start", "invalid_month_day")
    return 1, 1


def _visit_limit(reader: Reader, plan: Mapping[str, Any]) -> VisitLimit | None:
    data = reader.section(plan, "visit_limit", "plan.visit_limit", required=False)
    if data is None:
        return None
    visits = reader.integer(data, "visits", "plan.visit_limit.visits", 0, 366)
    used = reader.integer(data, "used", "plan.visit_limit.used", 0, 366, default=0)
    if visits is None or used is None:
        return None
    return VisitLimit(visits=visits, used=used)


def _plan(reader: Reader, request: Mapping[str, Any], network: str | None) -> Plan | None:
    plan = reader.section(request, "plan", "plan")
    if plan is None:
        return None
    service = request.get("service")
    tele = isinstance(service, Mapping) and service.get("place") == Place.TELEHEALTH.value
    in_network = _tier(reader, plan, "in_network", network != Network.OUT.value, tele)
    out_of_network = _tier(reader, plan, "out_of_network", network == Network.OUT.value, tele)
    visits = _visit_limit(reader, plan)
    month_day = _month_day(reader, plan)
    if in_network is None and network != Network.OUT.value:
        return None
    return Plan(in_network=in_network, out_of_network=out_of_network,
                visit_limit=visits, plan_year_start=month_day)


def _service(reader: Reader, request: Mapping[str, Any]) -> Service | None:
    data = reader.section(request, "service", "service")
    if data is None:
        return None
    code = reader.code(data, "code", "service.code")
    allowed = reader.money(data, "allowed_amount", "service.allowed_amount", required=False)
    billed = reader.money(data, "billed_amount", "service.billed_amount", required=False)
    place = Place(reader.choice(data, "place", "service.place", tuple(p.value for p in Place),
                                required=False) or Place.OFFICE.value)
    if allowed is not None:
        return Service(code=code, allowed_amount=allowed, billed_amount=billed, place=place)
    if code is None and data.get("code") not in (None, ""):
        return None  # the code itself was refused above
    fee = medicare_fee(code) if code else None
    if fee is None:
        path, problem = ("service.code", "no_benchmark") if code else (
            "service.allowed_amount", "required")
        reader.error(path, problem, service_code=code or "")
        return None
    return Service(code=code, allowed_amount=to_cents(fee.non_facility), billed_amount=billed,
                   price_source=PriceSource.MEDICARE, price_year=medicare_fee_schedule().year,
                   place=place)


def _schedule(reader: Reader, request: Mapping[str, Any], today: dt.date) -> Schedule | None:
    data = reader.section(request, "sessions", "sessions", required=False) or {}
    count = reader.integer(data, "count", "sessions.count", 1, MAX_SESSIONS)
    every = reader.integer(data, "every_days", "sessions.every_days", 1, 366, default=7)
    first = reader.date(data, "first_date", "sessions.first_date", default=today)
    if first is not None and not EARLIEST <= first <= LATEST:
        reader.error("sessions.first_date", "date_out_of_range",
                     min=EARLIEST.isoformat(), max=LATEST.isoformat())
        first = None
    if count is None or every is None or first is None:
        return None
    return Schedule(count=count, first_date=first, every_days=every)


def read_estimate_request(request: object, today: dt.date) -> EstimateRequest:
    """Validate a request mapping; raise InvalidInput listing every bad field by its path."""
    reader = Reader()
    if not isinstance(request, Mapping):
        raise InvalidInput([FieldError("", "not_an_object")])
    service = _service(reader, request)
    network = reader.choice(request, "network", "network", tuple(n.value for n in Network))
    schedule = _schedule(reader, request, today)
    plan = _plan(reader, request, network)
    self_pay = reader.money(request, "self_pay_rate", "self_pay_rate", required=False)
    if (reader.errors or service is None or network is None or schedule is None
            or plan is None):
        raise InvalidInput(reader.errors)
    plan, stated = _for_place(plan, Network(network), service.place)
    return EstimateRequest(service=service, network=Network(network), schedule=schedule,
                           plan=plan, self_pay_rate=self_pay, telehealth_share_stated=stated)


def _for_place(plan: Plan, network: Network, place: Place) -> tuple[Plan, bool | None]:
    """The plan with the priced tier's visit cost share for where the session happens."""
    tier = plan.tier(network)
    if place is Place.OFFICE or tier is None:
        return plan, None
    if tier.telehealth is None:
        return plan, False
    priced = tier.at(tier.telehealth)
    if network is Network.IN:
        return replace(plan, in_network=priced), True
    return replace(plan, out_of_network=priced), True

