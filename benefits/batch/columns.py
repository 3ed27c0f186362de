"""The batch file's columns: their names, a few spellings people use, and error paths.

The names are the estimator's own field names where one exists, so a clinic that knows the
estimator or the JSON API already knows the file.
"""

from __future__ import annotations

import re

COLUMNS = ("patient", "date", "code", "minutes", "kind", "place", "network", "allowed_amount",
           "npi",
           "network_name", "billed_amount", "deductible", "deductible_met", "coinsurance",
           "copay", "oop_max", "oop_met", "deductible_applies", "visit_limit", "visits_used",
           "file_271")
LIMIT_COLUMNS = ("deductible", "deductible_met", "oop_max", "oop_met")
COST_SHARE_COLUMNS = ("copay", "coinsurance")
PLAN_COLUMNS = (*LIMIT_COLUMNS, *COST_SHARE_COLUMNS, "deductible_applies", "visit_limit",
                "visits_used")
# Spreadsheets grow their own headings; accept the obvious ones rather than reject a file.
ALIASES = {
    "patient_label": "patient", "label": "patient", "session_code": "code", "cpt": "code",
    "cpt_code": "code", "allowed": "allowed_amount", "billed": "billed_amount",
    "coinsurance_percent": "coinsurance", "271_file": "file_271", "x12_file": "file_271",
    "271": "file_271", "appointment_date": "date", "session_date": "date",
    "place_of_service": "place", "pos": "place",
}
_SEPARATORS = re.compile(r"[\s\-]+")
_PATHS = {
    "service.code": "code", "service.allowed_amount": "allowed_amount",
    "service.billed_amount": "billed_amount", "service.npi": "npi", "network": "network",
    "sessions.first_date": "date", "plan.visit_limit.visits": "visit_limit",
    "service.place": "place",
    "plan.visit_limit.used": "visits_used",
}


def normalize(name: str) -> str:
    """'Allowed Amount' and 'allowed-amount' -> 'allowed_amount'; known aliases mapped."""
    key = _SEPARATORS.sub("_", name.strip().strip("\ufeff").lower()).strip("_")
    return ALIASES.get(key, key)


def column_for(path: str) -> str:
    """The column a domain error path (like plan.in_network.deductible) came from."""
    if path in _PATHS:
        return _PATHS[path]
    parts = path.split(".")
    if len(parts) == 3 and parts[0] == "plan" and parts[2] in PLAN_COLUMNS:
        return parts[2]
    # Family limits and the plan-year start only come from a 271 file.
    return "file_271" if parts[0] == "plan" else ""
