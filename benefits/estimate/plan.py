"""A plan's mental-health cost sharing and a course of sessions, as plain values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

ZERO = Decimal("0.00")
# An out-of-pocket limit that is never reached: Original Medicare has none.
NO_LIMIT = Decimal("Infinity")


class Network(StrEnum):
    IN = "in"
    OUT = "out"


class Place(StrEnum):
    """Where the session happens; a plan may charge telehealth differently."""

    OFFICE = "office"
    TELEHEALTH = "telehealth"


class PriceSource(StrEnum):
    GIVEN = "given"  # the plan's allowed amount, from the person or a rate file
    MEDICARE = "medicare"  # Medicare's national amount, a benchmark only


@dataclass(frozen=True, slots=True)
class Limits:
    """Deductible and out-of-pocket accumulators, for a person or a family."""

    deductible: Decimal
    deductible_met: Decimal
    oop_max: Decimal  # NO_LIMIT when the plan has none
    oop_met: Decimal

    @property
    def deductible_left(self) -> Decimal:
        return max(self.deductible - self.deductible_met, ZERO)

    @property
    def oop_left(self) -> Decimal:
        return max(self.oop_max - self.oop_met, ZERO)

    def grow(self, deductible_part: Decimal, cost_share: Decimal) -> Limits:
        # Built directly rather than with dataclasses.replace: this runs for every session.
        return Limits(self.deductible, self.deductible_met + deductible_part,
                      self.oop_max, self.oop_met + cost_share)

    def reset(self) -> Limits:
        return Limits(self.deductible, ZERO, self.oop_max, ZERO)


@dataclass(frozen=True, slots=True)
class CostShare:
    """What a visit costs after (or without) the deductible: a copay or a coinsurance."""

    copay: Decimal | None = None
    coinsurance: Decimal | None = None
    deductible_applies: bool = True


@dataclass(frozen=True, slots=True)
class Tier:
    """Cost sharing for one network tier; at most one of copay and coinsurance.

    `person` holds the accumulators that apply to the patient: their own (with `family`
    beside it for an embedded family deductible), or, for an aggregate family plan
    (`aggregate`), the family's, since only the family total counts there.
    """

    person: Limits
    copay: Decimal | None = None
    coinsurance: Decimal | None = None  # a fraction: 0.20 is 20 percent
    deductible_applies: bool = True
    family: Limits | None = None  # embedded: the smaller remaining amount applies
    telehealth: CostShare | None = None  # when the plan states telehealth apart
    aggregate: bool = False

    def reset(self) -> Tier:
        family = self.family.reset() if self.family else None
        return replace(self, person=self.person.reset(), family=family)

    def grow(self, deductible_part: Decimal, cost_share: Decimal) -> Tier:
        family = self.family.grow(deductible_part, cost_share) if self.family else None
        return Tier(self.person.grow(deductible_part, cost_share), self.copay,
                    self.coinsurance, self.deductible_applies, family, self.telehealth,
                    self.aggregate)

    def at(self, share: CostShare) -> Tier:
        """This tier with another visit cost share (telehealth's), limits unchanged."""
        return replace(self, copay=share.copay, coinsurance=share.coinsurance,
                       deductible_applies=share.deductible_applies)

    @property
    def deductible_left(self) -> Decimal:
        left = self.person.deductible_left
        return min(left, self.family.deductible_left) if self.family else left

    @property
    def oop_left(self) -> Decimal:
        left = self.person.oop_left
        return min(left, self.family.oop_left) if self.family else left


@dataclass(frozen=True, slots=True)
class VisitLimit:
    visits: int
    used: int


@dataclass(frozen=True, slots=True)
class Plan:
    in_network: Tier | None  # None only when the estimate is for out-of-network care
    out_of_network: Tier | None = None  # None: the plan pays nothing out of network
    visit_limit: VisitLimit | None = None
    plan_year_start: tuple[int, int] = (1, 1)  # (month, day)

    def tier(self, network: Network) -> Tier | None:
        return self.in_network if network is Network.IN else self.out_of_network


@dataclass(frozen=True, slots=True)
class Service:
    code: str | None
    allowed_amount: Decimal
    billed_amount: Decimal | None = None
    price_source: PriceSource = PriceSource.GIVEN
    price_year: int | None = None  # the fee-schedule year when the price is a benchmark
    place: Place = Place.OFFICE


@dataclass(frozen=True, slots=True)
class Schedule:
    count: int
    first_date: dt.date
    every_days: int = 7

    def dates(self) -> list[dt.date]:
        step = dt.timedelta(days=self.every_days)
        return [self.first_date + step * n for n in range(self.count)]


@dataclass(frozen=True, slots=True)
class EstimateRequest:
    service: Service
    network: Network
    schedule: Schedule
    plan: Plan
    self_pay_rate: Decimal | None = None
    # For a telehealth session: True when the plan's telehealth share was used, False when
    # the plan states none and the office share stands in; None for an office session.
    telehealth_share_stated: bool | None = None
