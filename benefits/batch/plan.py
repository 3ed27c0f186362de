"""A row's plan numbers: typed in the row, taken from a 271, or both (the row wins)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from benefits.batch.columns import LIMIT_COLUMNS
from benefits.batch.model import PlanFile
from benefits.batch.row import Row

# The estimator reads an in-network tier on every request, even when only the out-of-network
# one is used; this stands in for it when the 271 says nothing about in-network care.
UNUSED_TIER = {"deductible": "0", "copay": "0"}


def _typed(row: Row) -> dict[str, Any]:
    """The plan values written in the row itself (blank cells left out)."""
    values: dict[str, Any] = {key: row.text(key) for key in LIMIT_COLUMNS if row.text(key)}
    copay, coinsurance = row.text("copay"), row.percent()
    if copay or coinsurance is not None:
        # A cost share in the row replaces the 271's, whichever kind the 271 gave.
        values.update(copay=copay or None, coinsurance=coinsurance)
    applies = row.yes_no("deductible_applies")
    if applies is not None:
        values["deductible_applies"] = applies
    return values


def _visits(row: Row, base: Mapping[str, Any] | None) -> dict[str, Any] | None:
    limit, used = row.text("visit_limit"), row.text("visits_used")
    visits = dict(base or {})
    if limit:
        visits["visits"] = limit
    if used:
        visits["used"] = used
    if "visits" not in visits:
        return None
    visits.setdefault("used", 0)
    return visits


def _missing(row: Row, tier: Mapping[str, Any], from_271: bool) -> None:
    """Say which numbers the estimate still needs, and where they could come from."""
    code = "missing_from_271" if from_271 else "required"
    family = tier.get("family") or {}
    aggregate = tier.get("accumulators") == "aggregate" and family.get("deductible")
    if tier.get("deductible") in (None, "") and not aggregate:
        row.problem("deductible", code, file=row.text("file_271"))
    typed = row.text("copay") or row.text("coinsurance")  # if unreadable, that is said
    if not typed and tier.get("copay") in (None, "") and tier.get("coinsurance") in (None, ""):
        row.problem("copay", "cost_share_missing_from_271" if from_271 else "cost_share_required",
                    file=row.text("file_271"))


def row_plan(row: Row, network: str, plan_file: PlanFile | None) -> dict[str, Any]:
    """The estimator's plan object for the tier this row's therapist is in."""
    base = dict(plan_file.plan) if plan_file and plan_file.plan else {}
    key = "out_of_network" if network == "out" else "in_network"
    typed = _typed(row)
    visits = _visits(row, base.get("visit_limit"))
    if plan_file and network == "out" and base.get(key) is None and not typed:
        # The 271 says the plan pays nothing out of network: the estimate says so too.
        return {"in_network": UNUSED_TIER, "out_of_network": None, "visit_limit": visits}
    tier = {**(base.get(key) or {}), **typed}
    if "copay" in typed:  # a cost share typed in the row wins, telehealth's too
        tier.pop("telehealth", None)
    if plan_file is not None or not row.text("file_271"):  # else the file is the problem
        _missing(row, tier, plan_file is not None)
    return {"in_network": tier, "out_of_network": tier if network == "out" else None,
            "visit_limit": visits, "plan_year_start": base.get("plan_year_start")}
