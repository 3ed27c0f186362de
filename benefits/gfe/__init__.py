"""No Surprises Act Good Faith Estimates for self-pay therapy, and the bill dispute check.

Pure Python: no Flask or database. Rules and sources: domain-facts §5.
"""

from __future__ import annotations

from benefits.gfe.build import read_estimate
from benefits.gfe.dates import add_months, course_end, last_day_to_dispute
from benefits.gfe.dispute import (
    STEP_TEXT,
    DisputeCheck,
    ProviderBill,
    Step,
    check_dispute,
    read_dispute,
)
from benefits.gfe.model import (
    DISCLAIMER_TEXT,
    DISPUTE_FEE,
    DISPUTE_RULE,
    DISPUTE_THRESHOLD,
    DISPUTE_WINDOW_DAYS,
    GFE_RULE,
    HELP_PHONE,
    HELP_WEBSITE,
    MAX_MONTHS,
    US_STATES,
    Disclaimer,
    Frequency,
    GoodFaithEstimate,
    Patient,
    ProviderEstimate,
    ServiceLine,
    disclaimer_values,
)
from benefits.sources import Source

__all__ = [
    "DISCLAIMER_TEXT", "DISPUTE_FEE", "DISPUTE_RULE", "DISPUTE_THRESHOLD", "DISPUTE_WINDOW_DAYS",
    "GFE_RULE", "HELP_PHONE", "HELP_WEBSITE", "MAX_MONTHS", "STEP_TEXT", "US_STATES",
    "Disclaimer", "DisputeCheck", "Frequency", "GoodFaithEstimate", "Patient", "ProviderBill",
    "ProviderEstimate", "ServiceLine", "Source", "Step", "add_months", "check_dispute",
    "course_end", "disclaimer_values", "last_day_to_dispute", "read_dispute", "read_estimate",
]
