"""X12 271 eligibility responses: a strict reader and a mental-health benefits summary.

Pure Python: no Flask, SQLAlchemy or requests. Start with `read_271` and `summary_for`.
"""

from __future__ import annotations

from benefits.x12.errors import ErrorCode, X12Error
from benefits.x12.model import (
    Benefit,
    Contact,
    DatePeriod,
    Entity,
    Frequency,
    Level,
    Network,
    Party,
    PlanInfo,
    Procedure,
    Read271,
    Reference,
    Rejection,
    Transaction271,
)
from benefits.x12.reader import read_271
from benefits.x12.summarize import summarize, summary_for
from benefits.x12.tokens import Delimiters

__all__ = [
    "Benefit",
    "Contact",
    "DatePeriod",
    "Delimiters",
    "Entity",
    "ErrorCode",
    "Frequency",
    "Level",
    "Network",
    "Party",
    "PlanInfo",
    "Procedure",
    "Read271",
    "Reference",
    "Rejection",
    "Transaction271",
    "X12Error",
    "read_271",
    "summarize",
    "summary_for",
]
