"""Step-by-step explanations of an estimate, as codes and values (worded by the web layer)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from benefits.estimate.engine import NotCovered, Projection, SessionCost
from benefits.estimate.plan import ZERO, Network, PriceSource, Tier


@dataclass(frozen=True, slots=True)
class Note:
    """One sentence's worth: `kind` picks the wording, `values` fill it in."""

    kind: str
    values: Mapping[str, object] = field(default_factory=dict)


def _not_covered(cost: SessionCost) -> list[Note]:
    if cost.reason is NotCovered.NO_OUT_OF_NETWORK:
        return [Note("not_covered_out_of_network", {"amount": cost.patient_pays})]
    return [Note("not_covered_visit_limit", {"amount": cost.patient_pays})]


def _deductible(cost: SessionCost, tier: Tier) -> list[Note]:
    if not tier.deductible_applies:
        return [Note("deductible_skipped")]
    if cost.deductible_left_before == ZERO:
        return [Note("deductible_already_met")]
    values = {"left": cost.deductible_left_before, "amount": cost.deductible,
              "price": cost.allowed_amount}
    if cost.deductible == cost.allowed_amount:
        return [Note("deductible_whole_price", values)]
    return [Note("deductible_part", values)]


def _share(cost: SessionCost, tier: Tier) -> list[Note]:
    rest = cost.allowed_amount - min(cost.allowed_amount, cost.deductible_left_before) \
        if tier.deductible_applies else cost.allowed_amount
    if rest == ZERO:
        return []
    if tier.copay is not None:
        kind = "copay" if tier.copay <= rest else "copay_above_rest"
        return [Note(kind, {"copay": tier.copay, "rest": rest})]
    if tier.coinsurance is not None:
        share = cost.uncapped_share - (cost.allowed_amount - rest)
        return [Note("coinsurance", {"percent": tier.coinsurance, "rest": rest,
                                     "amount": share})]
    return [Note("plan_pays_rest", {"rest": rest})]


def _cap(cost: SessionCost) -> list[Note]:
    if cost.oop_left_before == ZERO:
        return [Note("oop_already_reached")]
    if cost.uncapped_share > cost.oop_left_before:
        return [Note("oop_cap", {"left": cost.oop_left_before, "amount": cost.cost_share,
                                 "uncapped": cost.uncapped_share})]
    return []


def session_notes(cost: SessionCost, projection: Projection) -> list[Note]:
    """How one session's numbers were reached, in the order the rules apply."""
    notes = [Note("reset", {"date": cost.reset_on})] if cost.reset_on else []
    tier = projection.request.plan.tier(projection.request.network)
    if not cost.covered or tier is None:
        return notes + _not_covered(cost)
    notes += _deductible(cost, tier) + _share(cost, tier) + _cap(cost)
    if cost.balance_bill:
        notes.append(Note("balance_bill", {"billed": cost.billed_amount,
                                           "price": cost.allowed_amount,
                                           "amount": cost.balance_bill}))
    notes.append(Note("session_total", {"patient": cost.patient_pays, "plan": cost.plan_pays}))
    return notes


def _price(projection: Projection) -> list[Note]:
    service = projection.request.service
    values = {"amount": service.allowed_amount, "code": service.code or ""}
    if service.price_source is PriceSource.MEDICARE:
        notes = [Note("price_medicare", {**values, "year": service.price_year})]
        # Medicare's amounts hold for one calendar year: say so when a session falls outside.
        years = {cost.date.year for cost in projection.sessions}
        if service.price_year is not None and years - {service.price_year}:
            notes.append(Note("price_medicare_other_year", {"year": service.price_year}))
        return notes
    notes = [Note("price_given" if service.code else "price_given_no_code", values)]
    billed = service.billed_amount
    if projection.request.network is Network.OUT and billed is not None:
        extra = max(billed - service.allowed_amount, ZERO)
        notes.append(Note("out_of_network_prices", {"price": service.allowed_amount,
                                                    "billed": billed, "amount": extra}))
    return notes


def _session_ref(projection: Projection, number: int) -> dict[str, object]:
    cost = projection.sessions[number - 1]
    return {"number": number, "date": cost.date, "amount": cost.patient_pays}


def _milestones(projection: Projection) -> list[Note]:
    tier = projection.request.plan.tier(projection.request.network)
    if tier is None:
        return [Note("no_out_of_network_benefits")]
    notes: list[Note] = []
    met = projection.milestones.deductible_met_session
    if not tier.deductible_applies:
        notes.append(Note("course_deductible_skipped"))
    elif met == 0:
        notes.append(Note("course_deductible_already_met"))
    elif met is None:
        notes.append(Note("course_deductible_not_met", {"left": tier.deductible_left}))
    else:
        notes.append(Note("course_deductible_met", _session_ref(projection, met)))
    reached = projection.milestones.oop_max_reached_session
    if reached == 0:
        notes.append(Note("course_oop_already_reached"))
    elif reached is not None:
        notes.append(Note("course_oop_reached", _session_ref(projection, reached)))
    return notes


def typical_session(projection: Projection) -> SessionCost | None:
    """The first covered session after the deductible is met, before any cap or reset."""
    resets = projection.milestones.plan_year_resets
    for cost in projection.sessions:
        if resets and cost.date >= resets[0]:
            return None
        if cost.covered and cost.deductible_left_before == ZERO \
                and cost.uncapped_share <= cost.oop_left_before:
            return cost
    return None


def _visits(projection: Projection) -> list[Note]:
    limit = projection.request.plan.visit_limit
    first = next((c for c in projection.sessions if c.reason is NotCovered.VISIT_LIMIT), None)
    if limit is None or first is None:
        return []
    return [Note("course_visit_limit", {"visits": limit.visits, "number": first.number,
                                        "date": first.date})]


def _self_pay(projection: Projection) -> list[Note]:
    if projection.self_pay is None:
        return []
    difference = projection.self_pay.total - projection.patient_total
    kind = "self_pay_costs_more" if difference > 0 else (
        "self_pay_costs_less" if difference < 0 else "self_pay_same")
    return [Note(kind, {"rate": projection.self_pay.per_session,
                        "total": projection.self_pay.total, "difference": abs(difference)})]


def _plan_kind(projection: Projection) -> list[Note]:
    """Where the session is and how the family limits work, when that changed the numbers."""
    request = projection.request
    notes = []
    if request.telehealth_share_stated is True:
        notes.append(Note("telehealth_share"))
    elif request.telehealth_share_stated is False:
        notes.append(Note("telehealth_share_not_stated"))
    tier = request.plan.tier(request.network)
    if tier is not None and tier.aggregate:
        notes.append(Note("aggregate_family", {"left": tier.deductible_left}))
    return notes


def course_notes(projection: Projection) -> list[Note]:
    """The whole course in a few sentences: price, milestones, resets, totals."""
    first = projection.sessions[0]
    notes = _price(projection) + _plan_kind(projection)
    notes.append(Note("first_session", {"amount": first.patient_pays, "date": first.date}))
    notes += _milestones(projection)
    typical = typical_session(projection)
    if typical is not None and typical.number > 1:
        notes.append(Note("typical_session", {"amount": typical.patient_pays,
                                              "number": typical.number}))
    notes += _visits(projection)
    notes += [Note("course_reset", {"date": date})
              for date in projection.milestones.plan_year_resets]
    notes.append(Note("totals", {"count": len(projection.sessions),
                                 "patient": projection.patient_total,
                                 "plan": projection.plan_total,
                                 "last_date": projection.sessions[-1].date}))
    notes += _self_pay(projection)
    return notes

