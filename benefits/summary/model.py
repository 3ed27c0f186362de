"""A plan's mental-health benefits in one shape, whether typed in, a sample, or from a 271.

The estimator's plan object is derived from it (`estimate_plan`), so every way in ends in
the same estimate.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from benefits.money import money_str


class PlanType(StrEnum):
    EMPLOYER_SELF_FUNDED = "employer_self_funded"
    EMPLOYER_FULLY_INSURED = "employer_fully_insured"
    INDIVIDUAL = "individual"  # Marketplace and other individual coverage
    GOVERNMENT_EMPLOYER = "government_employer"  # state and local government plans
    MEDICAID_MANAGED_CARE = "medicaid_managed_care"
    MEDICARE_ADVANTAGE = "medicare_advantage"
    ORIGINAL_MEDICARE = "original_medicare"


class Source(StrEnum):
    TYPED = "typed"
    SAMPLE = "sample"
    X12 = "x12"


@dataclass(frozen=True, slots=True)
class TierSummary:
    """Outpatient mental-health benefits for one network tier; None means unknown."""

    covered: bool | None = None  # False: the plan pays nothing in this tier
    copay: Decimal | None = None
    coinsurance: Decimal | None = None  # the person's share as a fraction: 0.20
    deductible: Decimal | None = None
    deductible_remaining: Decimal | None = None
    oop_max: Decimal | None = None
    oop_remaining: Decimal | None = None
    family_deductible: Decimal | None = None
    family_deductible_remaining: Decimal | None = None
    family_oop_max: Decimal | None = None
    family_oop_remaining: Decimal | None = None
    deductible_applies: bool | None = None
    visit_limit: int | None = None  # visits a plan year
    visits_remaining: int | None = None
    # Service type codes (X12 EB03) of other care the visit limit also counts, e.g. "33"
    # chiropractic: the limit is shared, so it is not a count of therapy visits alone.
    visit_limit_shared_with: tuple[str, ...] = ()
    auth_required: bool | None = None
    messages: tuple[str, ...] = ()
    # When the plan states telehealth visits apart from office visits.
    telehealth_copay: Decimal | None = None
    telehealth_coinsurance: Decimal | None = None
    telehealth_deductible_applies: bool | None = None

    @property
    def aggregate(self) -> bool:
        """Only family limits are stated: one family total, no amount per person."""
        return (self.deductible is None and self.deductible_remaining is None
                and (self.family_deductible is not None
                     or self.family_deductible_remaining is not None))


@dataclass(frozen=True, slots=True)
class CarveOut:
    """Another company runs the mental-health benefits (a behavioral-health administrator)."""

    name: str
    phone: str | None = None
    detected_by: str = "entity"  # "eb_u", "entity" (a 2120 loop) or "message"


@dataclass(frozen=True, slots=True)
class MedicalVisits:
    """Medical office-visit cost sharing, the yardstick for the parity self-check."""

    primary_care_copay: Decimal | None = None
    specialist_copay: Decimal | None = None
    primary_care_coinsurance: Decimal | None = None
    specialist_coinsurance: Decimal | None = None
    visit_limit: int | None = None  # a yearly limit on medical office visits
    # Whether visit_limit is known: None with this True means "no limit". Most sources
    # (a 271, a summary typed from a card) do not say, so unknown is the default.
    visit_limit_known: bool = False


@dataclass(frozen=True, slots=True)
class BenefitsSummary:
    source: Source
    plan_name: str | None = None
    plan_type: PlanType | None = None
    insurance_type: str | None = None  # X12 EB04, e.g. "PR" (PPO), "HM" (HMO)
    active: bool | None = None
    in_network: TierSummary = field(default_factory=TierSummary)
    out_of_network: TierSummary = field(default_factory=TierSummary)
    carve_out: CarveOut | None = None
    plan_year_start: str | None = None  # "MM-DD"
    medical: MedicalVisits | None = None
    separate_mental_health_deductible: bool | None = None
    therapy_prior_auth: bool | None = None  # routine outpatient therapy needs approval
    # How plan_year_start was found: "calendar_year" (the limits say so), "plan_dates"
    # (a plan period of about a year) or "plan_begin" (a begin date alone); None: unknown.
    plan_year_basis: str | None = None
    riders: tuple[str, ...] = ()  # names of vision, dental or pharmacy riders left aside
    # AAA reject reason codes for the member or the request: the payer gave no benefits.
    rejections: tuple[str, ...] = ()
    # Another payer's lines name a Medicare Advantage plan (its contract number): that plan,
    # not the one answering, pays for the member's care.
    medicare_advantage_contract: str | None = None

    @property
    def estimable(self) -> bool:
        """Whether these benefits may price a session: not rejected, not inactive, and not
        paid by a Medicare Advantage plan the answer only names."""
        return (not self.rejections and self.active is not False
                and self.medicare_advantage_contract is None)


def _money(value: Decimal | None) -> str | None:
    return money_str(value) if value is not None else None


def _met(total: Decimal | None, remaining: Decimal | None) -> str | None:
    """What has been used: total − remaining, when both are known (never below 0)."""
    if total is None or remaining is None:
        return None
    return money_str(max(total - remaining, Decimal(0)))


def _limit(total: Decimal | None, remaining: Decimal | None,
           keys: tuple[str, str]) -> dict[str, str | None]:
    """A limit for the estimator. Only what is left of it matters to a session's cost, so a
    271 that states what is left and not the total gives it as a total with nothing used."""
    if total is None and remaining is not None:
        return {keys[0]: _money(remaining), keys[1]: "0.00"}
    return {keys[0]: _money(total), keys[1]: _met(total, remaining)}


def _limits(deductible: tuple[Decimal | None, Decimal | None],
            oop: tuple[Decimal | None, Decimal | None]) -> dict[str, str | None]:
    return {**_limit(*deductible, ("deductible", "deductible_met")),
            **_limit(*oop, ("oop_max", "oop_met"))}


def _family(tier: TierSummary) -> dict[str, Any] | None:
    found = _limits((tier.family_deductible, tier.family_deductible_remaining),
                    (tier.family_oop_max, tier.family_oop_remaining))
    return found if found["deductible"] is not None or found["oop_max"] is not None else None


def _share(copay: Decimal | None, coinsurance: Decimal | None) -> dict[str, Any]:
    return {"copay": _money(copay),
            "coinsurance": str(coinsurance) if coinsurance is not None else None}


def estimate_tier(tier: TierSummary) -> dict[str, Any] | None:
    """The estimator's tier object; None when the tier pays nothing. Unknowns are null."""
    if tier.covered is False:
        return None
    found = {
        **_limits((tier.deductible, tier.deductible_remaining),
                  (tier.oop_max, tier.oop_remaining)),
        **_share(tier.copay, tier.coinsurance),
        "deductible_applies": tier.deductible_applies,
        "family": _family(tier),
    }
    if tier.aggregate:
        found["accumulators"] = "aggregate"
    if tier.telehealth_copay is not None or tier.telehealth_coinsurance is not None:
        applies = tier.telehealth_deductible_applies
        found["telehealth"] = {**_share(tier.telehealth_copay, tier.telehealth_coinsurance),
                               "deductible_applies": tier.deductible_applies
                               if applies is None else applies}
    return found


def estimate_plan(summary: BenefitsSummary) -> dict[str, Any] | None:
    """The `plan` object of POST /api/v1/estimate, filled from what the summary knows.

    None when the payer rejected the request or the coverage is not active: there is no
    plan to price with, only that to fix. A shared visit limit is left out, since other
    care uses it up too and what is left for therapy is not known.
    """
    if not summary.estimable:
        return None
    tier = summary.in_network
    visits = None
    if tier.visit_limit is not None and not tier.visit_limit_shared_with:
        used = tier.visit_limit - tier.visits_remaining if tier.visits_remaining is not None \
            else 0
        visits = {"visits": tier.visit_limit, "used": max(used, 0)}
    return {
        "plan_year_start": summary.plan_year_start,
        "in_network": estimate_tier(tier),
        "out_of_network": estimate_tier(summary.out_of_network),
        "visit_limit": visits,
    }
