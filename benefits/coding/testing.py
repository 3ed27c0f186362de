"""Psychological and neuropsychological testing: how many units of 96130-96139 a time buys.

Pure Python. The code family is confirmed by CMS's fee schedule file (domain facts §1.8).
The thresholds follow the CPT time convention (a unit counts once past its midpoint: 16 of
30 minutes, 31 of 60). The 16-minute one comes from a secondary source and the 31-minute
one was not confirmed, so every answer here says to check the payer's rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from benefits.coding.sessions import MAX_MINUTES, CodeLine
from benefits.coding.sources import CMS_RVU
from benefits.sources import Source


class PsychTestKind(StrEnum):
    EVALUATION = "testing_evaluation"
    NEURO_EVALUATION = "testing_neuro_evaluation"
    BY_PROFESSIONAL = "testing_by_professional"
    BY_TECHNICIAN = "testing_by_technician"


class PsychTestRule(StrEnum):
    BELOW_MINIMUM = "testing_below_minimum"
    FIRST_UNIT = "testing_first_unit"
    EXTRA_UNITS = "testing_extra_units"


@dataclass(frozen=True, slots=True)
class PsychTestFamily:
    first: str
    extra: str
    unit_minutes: int

    @property
    def minimum(self) -> int:
        """Minutes past the midpoint of a unit: the least time that earns it."""
        return self.unit_minutes // 2 + 1


FAMILIES: dict[PsychTestKind, PsychTestFamily] = {
    PsychTestKind.EVALUATION: PsychTestFamily("96130", "96131", 60),
    PsychTestKind.NEURO_EVALUATION: PsychTestFamily("96132", "96133", 60),
    PsychTestKind.BY_PROFESSIONAL: PsychTestFamily("96136", "96137", 30),
    PsychTestKind.BY_TECHNICIAN: PsychTestFamily("96138", "96139", 30),
}
FAMILY_OF_FIRST: dict[str, PsychTestFamily] = {f.first: f for f in FAMILIES.values()}


@dataclass(frozen=True, slots=True)
class PsychTestSuggestion:
    kind: PsychTestKind
    minutes: int
    codes: tuple[CodeLine, ...]
    rule: PsychTestRule
    minimum: int
    unit_minutes: int
    source: Source


def extra_units(minutes: int, family: PsychTestFamily) -> int | None:
    """Units of the add-on code after the first unit; None when even the first is not met."""
    if minutes < family.minimum:
        return None
    past_first = minutes - family.unit_minutes - family.minimum
    return 0 if past_first < 0 else past_first // family.unit_minutes + 1


def suggest_testing_codes(minutes: int, kind: PsychTestKind | str) -> PsychTestSuggestion:
    """The testing code and add-on units for this many minutes of one testing activity.

    Raises ValueError for minutes outside 0-480 or an unknown kind.
    """
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError(f"minutes must be a whole number, not {minutes!r}")
    if not 0 <= minutes <= MAX_MINUTES:
        raise ValueError(f"minutes must be between 0 and {MAX_MINUTES}, not {minutes}")
    try:
        kind = PsychTestKind(kind)
    except ValueError:
        raise ValueError(f"unknown testing kind: {kind!r}") from None
    family = FAMILIES[kind]
    extra = extra_units(minutes, family)
    if extra is None:
        codes: tuple[CodeLine, ...] = ()
        rule = PsychTestRule.BELOW_MINIMUM
    elif extra == 0:
        codes, rule = (CodeLine(family.first),), PsychTestRule.FIRST_UNIT
    else:
        codes = (CodeLine(family.first), CodeLine(family.extra, extra))
        rule = PsychTestRule.EXTRA_UNITS
    return PsychTestSuggestion(kind=kind, minutes=minutes, codes=codes, rule=rule,
                               minimum=family.minimum, unit_minutes=family.unit_minutes,
                               source=CMS_RVU)
