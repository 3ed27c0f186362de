"""Example plans to try the site with: numbers in data/sample_plans.json, words here."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib import resources
from types import MappingProxyType
from typing import Any

from benefits.catalog import N_
from benefits.money import CENT
from benefits.summary.model import (
    BenefitsSummary,
    CarveOut,
    MedicalVisits,
    PlanType,
    Source,
    TierSummary,
)

MONTH_DAY = re.compile(r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")


class SamplePlanError(ValueError):
    """The sample-plan data file is malformed; the message names the plan and field."""


@dataclass(frozen=True, slots=True)
class SamplePlan:
    id: str
    name: str  # English msgid
    description: str  # English msgid
    summary: BenefitsSummary  # source is Source.SAMPLE


# Words live here rather than in the JSON so that `pybabel extract` finds them.
_TEXTS: dict[str, tuple[str, str]] = {
    "ppo-copay": (
        N_("Example PPO with a therapy copay"),
        N_("A made-up PPO plan from an employer. You pay a flat copay for each therapy "
           "visit, and the deductible does not apply. You can see providers out of "
           "network, but you pay more."),
    ),
    "ppo-coinsurance": (
        N_("Example PPO with coinsurance after the deductible"),
        N_("A made-up PPO plan that the employer pays for itself. You pay the full price "
           "for therapy until you meet the deductible. Then you pay a part of each visit. "
           "The plan year starts in July."),
    ),
    "hmo-no-out-of-network": (
        N_("Example HMO with no out-of-network benefits"),
        N_("A made-up HMO plan from an employer. You pay a small copay with providers in "
           "the network. The plan pays nothing for providers outside the network, except "
           "in an emergency."),
    ),
    "hdhp-hsa": (
        N_("Example high-deductible plan with an HSA"),
        N_("A made-up plan with a high deductible that works with a health savings "
           "account. You pay the full price for therapy until you meet the deductible. "
           "Then you pay a part of each visit."),
    ),
    "self-funded-carve-out": (
        N_("Example employer plan with a separate mental health company"),
        N_("A made-up plan where another company runs the mental health benefits. We gave "
           "it two things on purpose that may break the parity law. Therapy costs more than "
           "a visit to a specialist. And therapy has a limit of 20 visits a year."),
    ),
    "state-employee-ppo": (
        N_("Example plan for state government workers"),
        N_("A made-up PPO plan for people who work for a state. You pay a flat copay for "
           "each therapy visit. The plan year starts in July, when many state budgets "
           "start."),
    ),
    "marketplace-silver": (
        N_("Example Marketplace silver plan"),
        N_("A made-up silver plan bought on the Marketplace. You pay a flat copay for "
           "therapy, even before you meet the deductible. The plan pays nothing out of "
           "network."),
    ),
    "medicaid-managed-care": (
        N_("Example Medicaid health plan"),
        N_("A made-up Medicaid health plan. You pay little or nothing for covered care. "
           "Use providers in the plan's network."),
    ),
    "medicare-advantage-hmo": (
        N_("Example Medicare Advantage HMO"),
        N_("A made-up Medicare Advantage plan. You pay a flat copay for therapy in the "
           "network. The parity law does not cover Medicare."),
    ),
    "original-medicare": (
        N_("Original Medicare Part B in 2026"),
        N_("Medicare Part B with its 2026 numbers. You pay the yearly deductible first. "
           "Then you pay 20 percent of the Medicare price. There is no yearly limit on "
           "what you pay. Extra coverage, like Medigap, may help."),
    ),
}

# Original Medicare has no out-of-pocket limit: oop_max stays None and this note says why.
_TIER_NOTES: dict[tuple[str, str], tuple[str, ...]] = {
    ("original-medicare", "in_network"): (
        N_("Original Medicare has no limit on what you pay in a year."),
    ),
    ("original-medicare", "out_of_network"): (
        N_("Medicare pays nothing to providers who opted out of Medicare. You pay their "
           "full fee."),
    ),
}


def _decimal(value: Any, where: str) -> Decimal:
    # Amounts are strings in the data so that no float ever touches them.
    if not isinstance(value, str):
        raise SamplePlanError(f"{where}: expected a string amount, got {value!r}")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise SamplePlanError(f"{where}: {value!r} is not a number") from None
    if not number.is_finite() or number < 0:
        raise SamplePlanError(f"{where}: {value!r} is not a number of zero or more")
    return number


def _money(value: Any, where: str) -> Decimal:
    amount = _decimal(value, where)
    if amount != amount.quantize(CENT):
        raise SamplePlanError(f"{where}: {value!r} is not a whole number of cents")
    return amount


def _fraction(value: Any, where: str) -> Decimal:
    share = _decimal(value, where)
    if share > 1:
        raise SamplePlanError(f"{where}: {value!r} is a share above 1; write 0.20 for 20%")
    return share


def _flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise SamplePlanError(f"{where}: expected true or false, got {value!r}")
    return value


def _count(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise SamplePlanError(f"{where}: expected a whole number, got {value!r}")
    return value


_Parser = Callable[[Any, str], Any]
_TIER_FIELDS: dict[str, _Parser] = {
    "covered": _flag, "copay": _money, "coinsurance": _fraction, "deductible": _money,
    "deductible_remaining": _money, "oop_max": _money, "oop_remaining": _money,
    "family_deductible": _money, "family_deductible_remaining": _money,
    "family_oop_max": _money, "family_oop_remaining": _money, "deductible_applies": _flag,
    "visit_limit": _count, "visits_remaining": _count, "auth_required": _flag,
}
_MEDICAL_FIELDS: dict[str, _Parser] = {
    "primary_care_copay": _money, "specialist_copay": _money,
    "primary_care_coinsurance": _fraction, "specialist_coinsurance": _fraction,
    "visit_limit": _count,
}
_PLAN_KEYS = frozenset({
    "id", "plan_type", "insurance_type", "plan_year_start", "in_network", "out_of_network",
    "medical", "carve_out", "separate_mental_health_deductible", "therapy_prior_auth",
})


def _fields(data: Any, parsers: Mapping[str, _Parser], where: str) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        raise SamplePlanError(f"{where}: expected an object")
    extra = sorted(set(data) - set(parsers))
    if extra:
        raise SamplePlanError(f"{where}: unknown fields {extra}")
    return {key: parsers[key](value, f"{where}.{key}")
            for key, value in data.items() if value is not None}


def _tier(row: Mapping[str, Any], plan_id: str, key: str) -> TierSummary:
    fields = _fields(row.get(key) or {}, _TIER_FIELDS, f"{plan_id}.{key}")
    return TierSummary(**fields, messages=_TIER_NOTES.get((plan_id, key), ()))


def _optional_flag(row: Mapping[str, Any], key: str, plan_id: str) -> bool | None:
    value = row.get(key)
    return None if value is None else _flag(value, f"{plan_id}.{key}")


def _carve_out(data: Any, plan_id: str) -> CarveOut | None:
    if data is None:
        return None
    if not isinstance(data, Mapping) or not isinstance(data.get("name"), str):
        raise SamplePlanError(f"{plan_id}.carve_out: expected an object with a name")
    return CarveOut(name=data["name"], phone=data.get("phone"))


def _plan_type(row: Mapping[str, Any], plan_id: str) -> PlanType:
    value = row.get("plan_type")
    try:
        plan_type = PlanType(value) if isinstance(value, str) else None
    except ValueError:
        plan_type = None
    if plan_type is None:
        raise SamplePlanError(f"{plan_id}: unknown plan_type {value!r}")
    return plan_type


def _summary(row: Mapping[str, Any], plan_id: str, name: str) -> BenefitsSummary:
    plan_type = _plan_type(row, plan_id)
    start = row.get("plan_year_start")
    if not isinstance(start, str) or not MONTH_DAY.match(start):
        raise SamplePlanError(f"{plan_id}.plan_year_start: expected MM-DD, got {start!r}")
    medical = row.get("medical")
    return BenefitsSummary(
        source=Source.SAMPLE, plan_name=name, plan_type=plan_type,
        insurance_type=row.get("insurance_type"), active=True,
        in_network=_tier(row, plan_id, "in_network"),
        out_of_network=_tier(row, plan_id, "out_of_network"),
        carve_out=_carve_out(row.get("carve_out"), plan_id), plan_year_start=start,
        # The samples state every medical limit they have: no limit listed means none.
        medical=MedicalVisits(**_fields(medical, _MEDICAL_FIELDS, f"{plan_id}.medical"),
                              visit_limit_known=True)
        if medical is not None else None,
        separate_mental_health_deductible=_optional_flag(
            row, "separate_mental_health_deductible", plan_id),
        therapy_prior_auth=_optional_flag(row, "therapy_prior_auth", plan_id),
    )


def _sample(row: Any) -> SamplePlan:
    plan_id = row.get("id") if isinstance(row, Mapping) else None
    if plan_id not in _TEXTS:
        raise SamplePlanError(f"{plan_id!r}: no name and description in sample_plans.py")
    extra = sorted(set(row) - _PLAN_KEYS)
    if extra:
        raise SamplePlanError(f"{plan_id}: unknown fields {extra}")
    name, description = _TEXTS[plan_id]
    return SamplePlan(id=plan_id, name=name, description=description,
                      summary=_summary(row, plan_id, name))


def load_sample_plans(text: str) -> tuple[SamplePlan, ...]:
    """Parse sample-plan JSON text (amounts as strings), keeping the file's order."""
    data = json.loads(text, parse_float=Decimal)
    rows = data.get("plans") if isinstance(data, Mapping) else None
    if not isinstance(rows, list):
        raise SamplePlanError("sample plans: expected an object with a list of plans")
    plans = tuple(_sample(row) for row in rows)
    ids = [plan.id for plan in plans]
    if len(set(ids)) != len(ids):
        raise SamplePlanError(f"sample plans: repeated ids in {ids}")
    return plans


def sample_data_text() -> str:
    """The packaged sample-plan JSON, as text."""
    return (resources.files("benefits") / "data" / "sample_plans.json").read_text(
        encoding="utf-8")


@functools.cache
def sample_plans() -> tuple[SamplePlan, ...]:
    """The packaged example plans, in display order."""
    return load_sample_plans(sample_data_text())


@functools.cache
def _by_id() -> Mapping[str, SamplePlan]:
    return MappingProxyType({plan.id: plan for plan in sample_plans()})


def get_sample_plan(plan_id: str) -> SamplePlan | None:
    """The example plan with this id, or None."""
    return _by_id().get(plan_id)
