"""A claim's lines and the problems a check finds in them. Pure Python."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from benefits.coding.modifiers import PayerType
from benefits.sources import Source


class Severity(StrEnum):
    ERROR = "error"  # the payer will very likely deny or cut the line
    WARNING = "warning"  # often denied, or depends on the payer: check before sending


class Check(StrEnum):
    """Stable names of the claim check's rules; API clients may rely on them."""

    CODE_MINUTES_MISMATCH = "code_minutes_mismatch"
    CODE_TOO_SHORT = "code_too_short"
    MINUTES_MISSING = "minutes_missing"
    CRISIS_UNITS_MISMATCH = "crisis_units_mismatch"
    TESTING_TOO_SHORT = "testing_too_short"
    TESTING_UNITS_MISMATCH = "testing_units_mismatch"
    MORE_THAN_ONE_PSYCHOTHERAPY_CODE = "more_than_one_psychotherapy_code"
    UNITS_NOT_ALLOWED = "units_not_allowed"
    UNKNOWN_CODE = "unknown_code"
    ADDON_WITHOUT_BASE = "addon_without_base"
    ADDON_FORBIDDEN_COMPANION = "addon_forbidden_companion"
    CODES_NOT_TOGETHER = "codes_not_together"
    TELEHEALTH_MODIFIER_MISSING = "telehealth_modifier_missing"
    TELEHEALTH_POS_MISSING = "telehealth_pos_missing"
    TELEHEALTH_MODIFIER_UNEXPECTED = "telehealth_modifier_unexpected"
    TELEHEALTH_MODIFIERS_CONFLICT = "telehealth_modifiers_conflict"
    POS_10_BEFORE_2022 = "pos_10_before_2022"
    PROVIDER_MODIFIERS_CONFLICT = "provider_modifiers_conflict"
    FAMILY_MODIFIER_MISMATCH = "family_modifier_mismatch"
    H_MODIFIER_PAYER = "h_modifier_payer"
    UNKNOWN_MODIFIER = "unknown_modifier"
    DIAGNOSIS_MISSING = "diagnosis_missing"
    DIAGNOSIS_SHAPE = "diagnosis_shape"
    DIAGNOSIS_NOT_MENTAL_HEALTH = "diagnosis_not_mental_health"
    DIAGNOSIS_UNKNOWN = "diagnosis_unknown"
    DIAGNOSIS_HEADER = "diagnosis_header"
    DIAGNOSIS_CODE_SET_OLD = "diagnosis_code_set_old"
    NPI_MISSING = "npi_missing"
    NPI_INVALID = "npi_invalid"


@dataclass(frozen=True, slots=True)
class ClaimLine:
    code: str
    units: int = 1
    modifiers: tuple[str, ...] = ()
    minutes: int | None = None  # therapy minutes; on an add-on's base line, the whole time


@dataclass(frozen=True, slots=True)
class Claim:
    date: dt.date
    payer_type: PayerType
    npi: str
    place_of_service: str
    diagnoses: tuple[str, ...]
    lines: tuple[ClaimLine, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a claim. `message` and `fix` are N_ msgids filled from `params`."""

    line: int | None  # 1 for the first line; None for the whole claim
    code: str | None  # the line's billing code
    severity: Severity
    rule: Check
    message: str
    fix: str
    source: Source
    params: Mapping[str, object] = field(default_factory=dict)


def numbered(claim: Claim) -> list[tuple[int, ClaimLine]]:
    """The claim's lines with their numbers as a person counts them (from 1)."""
    return list(enumerate(claim.lines, start=1))


def first_line(claim: Claim, codes: frozenset[str] | set[str]) -> tuple[int, ClaimLine] | None:
    return next(((n, line) for n, line in numbered(claim) if line.code in codes), None)


def units_of(claim: Claim, code: str) -> int:
    return sum(line.units for line in claim.lines if line.code == code)
