"""The estimator's address filled in from a plan: how other tools hand their numbers on.

The names are the estimator form's field names; nothing is saved, the address holds it all.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

LIMITS = ("deductible", "deductible_met", "oop_max", "oop_met")


def _percent(fraction: str) -> str:
    return format(Decimal(fraction) * 100, "f").rstrip("0").rstrip(".")


def _tier_query(tier: dict[str, Any], prefix: str) -> dict[str, str]:
    query = {prefix + key: tier[key] for key in LIMITS if tier.get(key) is not None}
    if tier.get("copay") is not None:
        query.update({prefix + "cost_type": "copay", prefix + "copay": tier["copay"]})
    elif tier.get("coinsurance") is not None:
        query.update({prefix + "cost_type": "coinsurance",
                      prefix + "coinsurance": _percent(tier["coinsurance"])})
    if tier.get("deductible_applies") is not None:
        query[prefix + "deductible_applies"] = "yes" if tier["deductible_applies"] else "no"
    return query


def form_query(plan: dict[str, Any], network: str = "in") -> dict[str, str]:
    """Estimator form values from an estimate `plan` object (unknown values left out)."""
    query: dict[str, str] = {"network": network}
    if plan.get("in_network"):
        tier = plan["in_network"]
        query.update(_tier_query(tier, ""))
        family = tier.get("family") or {}
        query.update({"family_" + k: v for k, v in family.items() if v is not None})
        if tier.get("accumulators") == "aggregate":
            query["family_kind"] = "aggregate"
        if tier.get("telehealth"):
            query.update(_tier_query(tier["telehealth"], "telehealth_"))
    if plan.get("out_of_network"):
        query.update(_tier_query(plan["out_of_network"], "oon_"))
    else:
        query["oon_benefits"] = "no"
    if plan.get("visit_limit"):
        query["visit_limit"] = str(plan["visit_limit"]["visits"])
        query["visits_used"] = str(plan["visit_limit"]["used"])
    if plan.get("plan_year_start"):
        month, day = plan["plan_year_start"].split("-")
        query.update({"plan_year_month": str(int(month)), "plan_year_day": str(int(day))})
    return query
