"""A 271's mental-health benefits as a `BenefitsSummary`, the shape every way in fills.

Each field comes from the best-ranked EB line that carries it (see `ranking`): a
psychotherapy procedure line beats outpatient mental-health lines, which beat other
mental-health lines, which beat whole-plan (30) lines. Individual lines (IND, EMP or no
EB02) fill the person's fields, FAM lines the family's. For deductibles and out-of-pocket
maximums, EB06 29 ("remaining") gives the remaining amount, 24 ("year to date") the amount
used, and a plan-year period (22, 23, 25) or none the total.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from decimal import Decimal

from benefits.summary.model import BenefitsSummary, Source, TierSummary
from benefits.x12.carve_out import find_carve_out
from benefits.x12.codes import ACTIVE
from benefits.x12.line_values import (
    PERSON,
    PLACEHOLDER,
    YEARLY,
    coinsurance,
    copay,
    dollars,
    visit_limit,
    visits,
)
from benefits.x12.medical import medical_visits
from benefits.x12.model import Benefit, Network, Read271, Transaction271
from benefits.x12.plan_year import plan_year
from benefits.x12.ranking import (
    OTHER,
    OUTPATIENT,
    best,
    best_value,
    network_fit,
    plan_rank,
)
from benefits.x12.scope import (
    Place,
    medical_lines,
    medicare_advantage_contract,
    outpatient_lines,
    place,
    plan_type,
    rider,
    shared_with,
)

FAMILY = frozenset({"FAM"})
REMAINING = frozenset({"29"})
YEAR_TO_DATE = frozenset({"24"})
_NO_DEDUCTIBLE = re.compile(r"\b(?:DEDUCTIBLE (?:DOES NOT|DOESN'T) APPLY"
                            r"|DEDUCTIBLE (?:IS )?WAIVED|NO DEDUCTIBLE"
                            r"|NOT SUBJECT TO (?:THE )?DEDUCTIBLE)\b", re.IGNORECASE)
_DEDUCTIBLE_APPLIES = re.compile(r"\b(?:DEDUCTIBLE APPLIES|SUBJECT TO (?:THE )?DEDUCTIBLE"
                                 r"|AFTER (?:THE )?DEDUCTIBLE)\b", re.IGNORECASE)


def summary_for(result: Read271, transaction_index: int = 0) -> BenefitsSummary:
    """The summary of one transaction; IndexError when there is none (as after an error)."""
    return summarize(result.transactions[transaction_index])


def summarize(transaction: Transaction271) -> BenefitsSummary:
    """What outpatient therapy costs under the plan in this transaction, as far as it says.

    Vision, dental and pharmacy riders are set aside first: their lines (a $0 vision
    out-of-pocket limit, say) are not the medical plan's.
    """
    every, plan = transaction.benefits, transaction.plan
    lines = outpatient_lines(medical_lines(every))
    start, basis = plan_year(lines, plan)
    by_place = _by_place(lines)
    return BenefitsSummary(
        source=Source.X12,
        plan_name=plan.name,
        plan_type=plan_type(plan.insurance_type, plan.name),
        insurance_type=plan.insurance_type,
        active=plan.active,
        in_network=_tier(lines, Network.IN, by_place),
        out_of_network=_tier(lines, Network.OUT, by_place),
        carve_out=find_carve_out(lines),
        plan_year_start=start, plan_year_basis=basis,
        medical=medical_visits(lines),
        therapy_prior_auth=best_value(lines, Network.IN, _auth, worst=OUTPATIENT),
        riders=_riders(every),
        rejections=_rejections(transaction),
        medicare_advantage_contract=medicare_advantage_contract(every),
    )


def _rejections(transaction: Transaction271) -> tuple[str, ...]:
    """AAA reasons for the request or the member (2100A to 2100D), not for one benefit line
    (a payer may refuse one procedure-code question and still answer the rest)."""
    return tuple(dict.fromkeys(r.reason or "" for p in transaction.parties
                               for r in p.rejections))


def _riders(lines: Sequence[Benefit]) -> tuple[str, ...]:
    names = (line.plan_description for line in lines if rider(line) and line.plan_description
             and line.active is not False)
    return tuple(dict.fromkeys(names))


def _by_place(lines: Sequence[Benefit]) -> dict[Place, list[Benefit]]:
    """The lines for each place of service they name (ANY: they name none), in file order."""
    found: dict[Place, list[Benefit]] = {where: [] for where in Place}
    for line in lines:
        found[place(line)].append(line)
    return found


Found = tuple[tuple[int, ...], Decimal] | None


def _prefer(marked: Found, unmarked: Found) -> Found:
    """A line marked for the office beats an unmarked one that ranks no better."""
    if marked is None or (unmarked is not None and unmarked[0][:2] < marked[0][:2]):
        return unmarked
    return marked


def _office_share(by_place: dict[Place, list[Benefit]], tier: Network,
                  ) -> tuple[Decimal | None, Decimal | None]:
    marked, unmarked = by_place[Place.OFFICE], by_place[Place.ANY]
    return _one_cost_share(
        _prefer(best(marked, tier, copay), best(unmarked, tier, copay)),
        _prefer(best(marked, tier, coinsurance), best(unmarked, tier, coinsurance)))


def _tier(lines: Sequence[Benefit], tier: Network,
          by_place: dict[Place, list[Benefit]]) -> TierSummary:
    office_copay, office_coinsurance = _office_share(by_place, tier)
    tele = by_place[Place.TELEHEALTH]
    tele_copay, tele_coinsurance = _one_cost_share(best(tele, tier, copay),
                                                   best(tele, tier, coinsurance))
    office = by_place[Place.ANY] + by_place[Place.OFFICE]
    limit = best(lines, tier, visit_limit, worst=OTHER)
    deductible, deductible_left = _accumulator(lines, tier, "C", PERSON)
    oop, oop_left = _accumulator(lines, tier, "G", PERSON)
    family_deductible, family_deductible_left = _accumulator(lines, tier, "C", FAMILY)
    family_oop, family_oop_left = _accumulator(lines, tier, "G", FAMILY)
    messages = _messages(lines, tier)
    return TierSummary(
        covered=_covered(lines, tier),
        copay=office_copay, coinsurance=office_coinsurance,
        deductible=deductible, deductible_remaining=deductible_left,
        oop_max=oop, oop_remaining=oop_left,
        family_deductible=family_deductible,
        family_deductible_remaining=family_deductible_left,
        family_oop_max=family_oop, family_oop_remaining=family_oop_left,
        deductible_applies=_deductible_applies(_messages(office, tier)),
        telehealth_deductible_applies=_deductible_applies(_messages(tele, tier)),
        visit_limit=limit[1] if limit else None,
        visits_remaining=best_value(lines, tier, _visits_remaining, worst=OTHER),
        visit_limit_shared_with=shared_with(lines[limit[0][2]]) if limit else (),
        auth_required=best_value(lines, tier, _auth, worst=OTHER),
        messages=messages,
        telehealth_copay=tele_copay, telehealth_coinsurance=tele_coinsurance,
    )


def _one_cost_share(copay: tuple[tuple[int, ...], Decimal] | None,
                    coinsurance: tuple[tuple[int, ...], Decimal] | None,
                    ) -> tuple[Decimal | None, Decimal | None]:
    """A copay or a coinsurance, as the estimator takes one per tier.

    A zero yields to a non-zero (payers send "$0 copay" beside "20%"); otherwise the
    better-ranked line wins, and the copay on a tie, since a therapy visit is an office visit.
    """
    if copay is None or coinsurance is None:
        return (copay[1] if copay else None), (coinsurance[1] if coinsurance else None)
    if copay[1] == 0 and coinsurance[1] != 0:
        return None, coinsurance[1]
    if coinsurance[1] != 0 and coinsurance[0][:2] < copay[0][:2]:
        return None, coinsurance[1]
    return copay[1], None


def _amount(code: str, levels: Collection[str | None], periods: Collection[str | None],
            ) -> Callable[[Benefit], Decimal | None]:
    def pick(line: Benefit) -> Decimal | None:
        if line.code == code and line.coverage_level in levels and line.time_period in periods:
            return dollars(line.amount)
        return None

    return pick


def _placeholder(code: str, levels: Collection[str | None]) -> Callable[[Benefit], bool | None]:
    def pick(line: Benefit) -> bool | None:
        if line.code != code or line.coverage_level not in levels or line.amount is None:
            return None
        return True if line.time_period in YEARLY and PLACEHOLDER.fullmatch(
            f"{line.amount:f}") else None

    return pick


def _accumulator(lines: Sequence[Benefit], tier: Network, code: str,
                 levels: Collection[str | None]) -> tuple[Decimal | None, Decimal | None]:
    """A deductible or out-of-pocket maximum (EB01 C or G) and what remains of it."""
    total = best_value(lines, tier, _amount(code, levels, YEARLY), rank=plan_rank)
    if total is None and best_value(lines, tier, _placeholder(code, levels), rank=plan_rank):
        return None, None  # "no limit of this kind": what is "left" of it means nothing
    remaining = best_value(lines, tier, _amount(code, levels, REMAINING), rank=plan_rank)
    if remaining is None and total is not None:
        used = best_value(lines, tier, _amount(code, levels, YEAR_TO_DATE), rank=plan_rank)
        if used is not None:
            remaining = max(total - used, Decimal(0))
    return total, remaining


def _visits_remaining(line: Benefit) -> int | None:
    if (line.code == "F" and line.quantity_qualifier == "VS" and line.time_period in REMAINING
            and line.coverage_level in PERSON):
        return visits(line.quantity)
    return None


def _auth(line: Benefit) -> bool | None:
    return line.auth_required


def _covered(lines: Sequence[Benefit], tier: Network) -> bool | None:
    """False for a not-covered (I) line unless a closer mental-health line shows coverage."""
    refused = best(lines, tier, lambda line: True if line.code == "I" else None)
    paid = best(lines, tier, lambda line: True if line.code in ACTIVE | {"A", "B"} else None,
                worst=OTHER)
    if refused and (paid is None or refused[0][:2] <= paid[0][:2]):
        return False
    return True if paid else None


def _messages(lines: Sequence[Benefit], tier: Network) -> tuple[str, ...]:
    """MSG texts of the mental-health lines that apply to this tier, each once."""
    found: dict[str, None] = {}
    for line in lines:
        rank = plan_rank(line)
        if rank is not None and rank <= OTHER and network_fit(line, tier) is not None:
            found.update(dict.fromkeys(line.messages))
    return tuple(found)


def _deductible_applies(messages: Sequence[str]) -> bool | None:
    for message in messages:
        if _NO_DEDUCTIBLE.search(message):
            return False
        if _DEDUCTIBLE_APPLIES.search(message):
            return True
    return None


