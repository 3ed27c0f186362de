"""The one-page "What you will pay" sheet: a whole estimate folded into a few lines.

A course of 52 sessions does not fit on a page as a table, but it has only a few distinct
amounts: sessions in a row that cost the same are shown as one line.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from benefits.estimate.engine import Projection, SessionCost
from benefits.estimate.explain import Note, course_notes
from benefits.estimate.plan import Network

# The notes of course_notes that mark a turning point in the course.
MILESTONE_KINDS = frozenset({
    "no_out_of_network_benefits", "course_deductible_skipped", "course_deductible_already_met",
    "course_deductible_not_met", "course_deductible_met", "course_oop_already_reached",
    "course_oop_reached", "course_visit_limit", "course_reset",
})


@dataclass(frozen=True, slots=True)
class SessionRun:
    """Sessions in a row that each cost the person the same amount."""

    first: SessionCost
    last: SessionCost
    each: Decimal
    subtotal: Decimal

    @property
    def count(self) -> int:
        return self.last.number - self.first.number + 1


def session_runs(projection: Projection) -> list[SessionRun]:
    """Consecutive sessions grouped by what the person pays; a plan-year reset starts anew."""
    runs: list[SessionRun] = []
    for cost in projection.sessions:
        last = runs[-1] if runs else None
        if last and last.each == cost.patient_pays and not cost.reset_on:
            runs[-1] = SessionRun(last.first, cost, last.each, last.subtotal + cost.patient_pays)
        else:
            runs.append(SessionRun(cost, cost, cost.patient_pays, cost.patient_pays))
    return runs


PRICE_KINDS = frozenset({"price_given", "price_given_no_code", "price_medicare",
                         "price_medicare_other_year", "out_of_network_prices"})
SELF_PAY_KINDS = frozenset({"self_pay_costs_more", "self_pay_costs_less", "self_pay_same"})


def notes_of(projection: Projection, kinds: frozenset[str]) -> list[Note]:
    """The estimator's course notes of these kinds, in its order."""
    return [note for note in course_notes(projection) if note.kind in kinds]


def glossary_slugs(projection: Projection) -> tuple[str, ...]:
    """The glossary words the sheet uses, in the order a reader meets them."""
    request = projection.request
    tier = request.plan.tier(request.network)
    slugs = ["allowed-amount", "deductible"]
    if tier is not None and tier.copay is not None:
        slugs.append("copayment")
    elif tier is not None and tier.coinsurance is not None:
        slugs.append("coinsurance")
    slugs += ["out-of-pocket-limit", "plan-year"]
    if request.network is Network.OUT:
        slugs += ["out-of-network-provider", "balance-billing"]
    else:
        slugs.append("network-provider")
    return tuple(slugs)
