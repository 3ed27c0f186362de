"""Which billing codes count as behavioral health for the reader's default filter. Pure Python."""

from __future__ import annotations

# The whole psychiatry CPT range, present and future codes alike, so a new code is not lost.
_PSYCHIATRY = {str(code) for code in range(90785, 90900)}
# Psychological and neuropsychological testing, and the brief emotional/behavioral assessment.
_TESTING = {str(code) for code in range(96130, 96140)} | {"96127"}
# Medicare crisis psychotherapy away from the office (CAA 2023).
_HCPCS = {"G0017", "G0018"}

BEHAVIORAL_HEALTH_CODES: frozenset[str] = frozenset(_PSYCHIATRY | _TESTING | _HCPCS)
_CODE_TYPES = frozenset({"CPT", "HCPCS"})


def keep_behavioral(code_type: str, code: str) -> bool:
    """Return True for a CPT or HCPCS code in BEHAVIORAL_HEALTH_CODES."""
    return code.strip().upper() in BEHAVIORAL_HEALTH_CODES and (
        code_type.strip().upper() in _CODE_TYPES)
