"""What one EB line is about, beyond its service types: rider, shared limit, place, plan type.

Real payers put several products in one 271: a vision or dental rider, a pharmacy benefit
manager's lines, the medical plan. Each EB line says which through its own elements
(EB03 service types, EB04 insurance type, EB05 plan description) and the 2115 III place of
service after it, so each line is read in its own scope before any figure is taken from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum

from benefits.summary.model import PlanType
from benefits.x12.codes import GENERAL_PLAN, MENTAL_HEALTH
from benefits.x12.model import Benefit

# Service types of riders that are not the medical plan (X12 service type code list).
DENTAL = frozenset({"23", "24", "25", "26", "27", "28", "35", "36", "37", "38", "39", "40",
                    "41"})
VISION = frozenset({"AL", "AM", "AN", "AO"})
PHARMACY = frozenset({"88", "89", "90", "91", "92", "GF", "GN", "GO"})
RIDER_SERVICE_TYPES = DENTAL | VISION | PHARMACY
# Plan descriptions of riders; pharmacy words are left out, since a medical plan's name
# often says "with Rx", and pharmacy lines are known by their service types anyway.
_RIDER_WORDS = re.compile(r"\b(?:VISION|DENTAL|EYE ?WEAR|OPTICAL|EYEMED|VSP|PBM)\b",
                          re.IGNORECASE)

# Places of service (CMS list): 02 and 10 are telehealth, 11 the office.
TELEHEALTH_PLACES = frozenset({"02", "10"})
OFFICE_PLACES = frozenset({"11"})
_TELEHEALTH_WORDS = re.compile(r"\b(?:TELE ?HEALTH|TELE ?MEDICINE|VIRTUAL|VIDEO VISITS?"
                               r"|TELEPSYCH\w*|E-?VISITS?)\b", re.IGNORECASE)


# "Telehealth same as office", "virtual visits available": the line holds for both.
_ALSO = re.compile(r"\b(?:SAME AS|AVAILABLE|ALSO|AND OFFICE|OR OFFICE|IN[- ]PERSON OR)\b",
                   re.IGNORECASE)


class Place(StrEnum):
    """Where an EB line's cost share applies."""

    ANY = "any"  # not said: the line holds wherever the visit happens
    OFFICE = "office"
    TELEHEALTH = "telehealth"
    OTHER = "other"  # a hospital, a home, a facility: not where therapy visits happen


# A medical plan's name may list its extras ("MEDICARE ADVANTAGE PPO WITH DENTAL AND VISION"):
# such a name, or one that says what kind of medical plan it is, is not a rider's.
_MEDICAL_WORDS = re.compile(r"\b(?:MEDICAL|MEDICARE|MEDICAID|HEALTH PLAN|PPO|HMO|EPO|POS"
                            r"|HDHP|HSA|CHOICE|OPEN ACCESS)\b|\b(?:WITH|AND|PLUS)\b.*"
                            r"\b(?:VISION|DENTAL)\b|&", re.IGNORECASE)


def rider(line: Benefit) -> bool:
    """A vision, dental or pharmacy line: never part of the medical plan's figures."""
    types = set(line.service_types)
    if types and types <= RIDER_SERVICE_TYPES:
        return True
    described = line.plan_description or ""
    return (bool(_RIDER_WORDS.search(described)) and not _MEDICAL_WORDS.search(described)
            and not types & MENTAL_HEALTH)


def _inherits(line: Benefit) -> bool:
    """A line that names no product of its own: whole-plan or rider service types only."""
    if line.plan_description or line.insurance_type:
        return False
    return set(line.service_types) <= RIDER_SERVICE_TYPES | {GENERAL_PLAN}


def medical_lines(lines: Sequence[Benefit]) -> list[Benefit]:
    """The lines of the medical plan, in file order, without its riders.

    Payers list each product as a section: an active-coverage line naming it (EB05 "SPECTERA
    VISION PLAN"), then its own deductible and out-of-pocket lines, often with service type
    30 and no name. Those lines belong to the section's product.
    """
    kept: list[Benefit] = []
    stated: set[tuple[str, str | None]] = set()  # the medical plan's (EB01, EB02) so far
    in_rider = False
    for line in lines:
        if line.active and (line.plan_description or line.insurance_type):
            # Only a rider sent as a whole plan (service type 30, "SPECTERA VISION PLAN")
            # opens a section; a rider known by its own service type (35 dental) holds
            # just that line, and the 30 lines after it stay the medical plan's (Cigna).
            in_rider = rider(line) and (not line.service_types
                                        or GENERAL_PLAN in line.service_types)
        if rider(line) or (in_rider and _inherits(line) and _rider_owns(line, stated)):
            continue
        kept.append(line)
        stated.add((line.code, line.coverage_level))
    return kept


def _rider_owns(line: Benefit, stated: set[tuple[str, str | None]]) -> bool:
    """Whether an unnamed line in a rider's section is the rider's. A deductible or
    out-of-pocket line is, when it repeats a kind the medical plan already stated (the
    rider's own $0 limits, as UnitedHealthcare sends them); a kind the medical plan has not
    stated yet stays the medical plan's, since a rider seldom has limits the plan lacks."""
    if line.code not in ("C", "G"):
        return True
    return (line.code, line.coverage_level) in stated


def outpatient_lines(lines: Sequence[Benefit]) -> list[Benefit]:
    """Lines that may price an outpatient visit: not Medicare Part A (EB04 MA, hospital
    care: its copays are per hospital day), nor another payer's (EB01 R)."""
    return [line for line in lines if line.insurance_type != "MA" and line.code != "R"]


def shared_with(line: Benefit) -> tuple[str, ...]:
    """The other services a mental-health line's limit also counts (e.g. chiropractic)."""
    types = line.service_types
    if not MENTAL_HEALTH.intersection(types):
        return ()
    return tuple(code for code in types if code not in MENTAL_HEALTH and code != GENERAL_PLAN)


def place(line: Benefit) -> Place:
    """Office or telehealth when the line's III or messages say so; else any place."""
    places = set(line.places)
    if places & TELEHEALTH_PLACES and not places & OFFICE_PLACES:
        return Place.TELEHEALTH
    if places & OFFICE_PLACES and not places & TELEHEALTH_PLACES:
        return Place.OFFICE
    if places and not places & (OFFICE_PLACES | TELEHEALTH_PLACES):
        return Place.OTHER  # e.g. 21 inpatient or 22 outpatient hospital
    texts = (*line.messages, line.plan_description or "")
    if not places and any(_TELEHEALTH_WORDS.search(text) and not _ALSO.search(text)
                          for text in texts):
        return Place.TELEHEALTH
    return Place.ANY


# EB04 insurance types whose rules are not an employer plan's (X12 code list 1336).
_PLAN_TYPES = {
    "HN": PlanType.MEDICARE_ADVANTAGE,  # HMO Medicare risk: a Medicare Advantage plan
    "MA": PlanType.ORIGINAL_MEDICARE,  # Medicare Part A
    "MB": PlanType.ORIGINAL_MEDICARE,  # Medicare Part B
    "MP": PlanType.ORIGINAL_MEDICARE,  # Medicare primary
    "MC": PlanType.MEDICAID_MANAGED_CARE,  # Medicaid
    "IP": PlanType.INDIVIDUAL,  # individual policy
}


_NAMED_TYPES = ((re.compile(r"\bMEDICARE ADVANTAGE\b|\bMEDICARE (?:HMO|PPO)\b", re.IGNORECASE),
                 PlanType.MEDICARE_ADVANTAGE),
                (re.compile(r"\bMEDICAID\b|\bMEDI-CAL\b", re.IGNORECASE),
                 PlanType.MEDICAID_MANAGED_CARE))


def plan_type(insurance_type: str | None, plan_name: str | None = None) -> PlanType | None:
    """The plan type EB04 names, else the one the plan's name says (a UnitedHealthcare
    Medicare Advantage plan sent as EB04 PR); None for commercial codes, which do not say
    who funds the plan."""
    found = _PLAN_TYPES.get(insurance_type or "")
    if found is not None:
        return found
    for pattern, named in _NAMED_TYPES:
        if plan_name and pattern.search(plan_name):
            return named
    return None


# A Medicare Advantage (Part C) contract number: H, R or a number, then four digits.
_MA_CONTRACT = re.compile(r"^[HR]\d{4}\b")


def medicare_advantage_contract(lines: Sequence[Benefit]) -> str | None:
    """The contract of a Medicare Advantage plan that another-payer lines (EB01 R) name.

    Medicare's own answer (HETS) lists a member's Medicare Advantage plan this way, with its
    contract number in REF 18; that plan, not Original Medicare, then pays for therapy.
    """
    for line in lines:
        if line.code != "R":
            continue
        for reference in line.references:
            if reference.qualifier == "18" and reference.value and _MA_CONTRACT.match(
                    reference.value):
                return reference.value
    return None
