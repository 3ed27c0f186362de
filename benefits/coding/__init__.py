"""Coding rules for mental-health claims: codes, modifiers, places of service, claim checks.

Pure Python: no Flask, database or network. Messages are N_ msgids with %(name)s
placeholders; the web layer translates and fills them.
"""

from __future__ import annotations

from benefits.coding.check_claim import check_claim
from benefits.coding.claim import Check, Claim, ClaimLine, Problem, Severity
from benefits.coding.claim_input import read_claim
from benefits.coding.modifiers import PAYER_GUIDANCE, PayerType
from benefits.coding.testing import PsychTestKind, PsychTestSuggestion, suggest_testing_codes
from benefits.sources import Source

__all__ = [
    "PAYER_GUIDANCE",
    "Check",
    "Claim",
    "ClaimLine",
    "PayerType",
    "Problem",
    "PsychTestKind",
    "PsychTestSuggestion",
    "Severity",
    "Source",
    "check_claim",
    "read_claim",
    "suggest_testing_codes",
]
