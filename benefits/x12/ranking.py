"""Which EB line best answers a question about outpatient therapy, in or out of network.

A line ranks by how closely its service types describe a therapy visit (a psychotherapy
procedure code, then outpatient mental health, then other mental health, then the plan as a
whole), then by how exactly its EB12 names the network tier, then by file order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

from benefits.coding.sessions import PSYCHOTHERAPY_CODES
from benefits.x12.codes import (
    GENERAL_PLAN,
    INPATIENT_MENTAL_HEALTH,
    MENTAL_HEALTH,
    OFFICE_VISIT,
    OTHER_MENTAL_HEALTH,
    OUTPATIENT_MENTAL_HEALTH,
)
from benefits.x12.model import Benefit, Network

T = TypeVar("T")
Key = tuple[int, int, int]
Rank = Callable[[Benefit], int | None]

THERAPY_PROCEDURE, OUTPATIENT, OTHER, INPATIENT, WHOLE_PLAN = range(5)


def whole_plan(line: Benefit) -> bool:
    """A line for the plan as a whole: service type 30, or none at all."""
    return line.procedure is None and (not line.service_types
                                       or GENERAL_PLAN in line.service_types)


def mental_health(line: Benefit) -> bool:
    """A line about a mental-health or substance-use service."""
    if line.procedure is not None:
        return line.procedure.code in PSYCHOTHERAPY_CODES
    return bool(MENTAL_HEALTH.intersection(line.service_types))


def plan_rank(line: Benefit) -> int | None:
    """How closely the line describes mental-health care; None when it does not.

    Some payers (Utah Medicaid) send every cost line with service type 30 and tell their
    programs apart only by EB05: a whole-plan line is then ranked by the program it names.
    """
    if line.procedure is not None:
        return THERAPY_PROCEDURE if line.procedure.code in PSYCHOTHERAPY_CODES else None
    found = _service_rank(line.service_types)
    if found == WHOLE_PLAN and line.plan_description:
        return _program_rank(line.plan_description)
    return found


_OUTPATIENT_PROGRAM = re.compile(r"\b(?:(?:MENTAL|BEHAVIORAL) HEALTH OUTPATIENT|OUTPATIENT "
                                 r"(?:MENTAL|BEHAVIORAL)|PSYCHOTHERAPY|COUNSELING)\b", re.I)
_MENTAL_PROGRAM = re.compile(r"\b(?:MENTAL|BEHAVIORAL) HEALTH\b|\bSUBSTANCE\b", re.I)
_OTHER_PROGRAM = re.compile(r"\b(?:INPATIENT|TRANSPORTATION|DENTAL|VISION|PHARMACY"
                            r"|LONG[- ]TERM CARE|HOSPICE)\b", re.I)


@lru_cache(maxsize=1024)
def _program_rank(description: str) -> int | None:
    if _OUTPATIENT_PROGRAM.search(description):
        return OUTPATIENT
    if _MENTAL_PROGRAM.search(description):
        return INPATIENT if _OTHER_PROGRAM.search(description) else OTHER
    return None if _OTHER_PROGRAM.search(description) else WHOLE_PLAN


@lru_cache(maxsize=4096)
def _service_rank(service_types: tuple[str, ...]) -> int | None:
    """`plan_rank` for a line without a procedure; cached, since every question about a
    271 ranks every line again and payers repeat the same few service-type lists."""
    types = set(service_types)
    if types & OUTPATIENT_MENTAL_HEALTH:
        return OUTPATIENT
    if types & OTHER_MENTAL_HEALTH:
        # A line for, say, home health, smoking cessation and alcohol services together
        # (Medicare's $0 deductible for those) is about those services, not therapy.
        return None if types - MENTAL_HEALTH - {GENERAL_PLAN} else OTHER
    if types & INPATIENT_MENTAL_HEALTH:
        return INPATIENT
    return WHOLE_PLAN if not types or GENERAL_PLAN in types else None


def therapy_rank(line: Benefit) -> int | None:
    """`plan_rank` without inpatient and day programs, whose per-visit costs are not a visit's."""
    found = plan_rank(line)
    return None if found == INPATIENT else found


PHYSICIAN = "96"  # "professional (physician)": payers send specialist visits under it


def office_visit_rank(line: Benefit) -> int | None:
    """Medical office visits (98, or 96) first, then the plan as a whole."""
    if line.procedure is None and {OFFICE_VISIT, PHYSICIAN} & set(line.service_types):
        return 0
    return 1 if whole_plan(line) else None


def network_fit(line: Benefit, tier: Network) -> int | None:
    """0 when EB12 names the tier, 1 for "W" (either network), 2 when unsaid; None otherwise."""
    if line.network is tier:
        return 0
    if line.network is Network.BOTH:
        return 1
    # The guide sends EB12 only when benefits differ by network, so a line without it
    # applies to both; it still yields to lines that name the tier.
    if line.network in (None, Network.UNKNOWN):
        return 2
    return None


def best(lines: Sequence[Benefit], tier: Network, value: Callable[[Benefit], T | None],
         worst: int = WHOLE_PLAN, rank: Rank = therapy_rank) -> tuple[Key, T] | None:
    """The best-ranked line's value, with its ranking key; None when no line has one."""
    found: tuple[Key, T] | None = None
    for index, line in enumerate(lines):
        line_rank, fit = rank(line), network_fit(line, tier)
        if line_rank is None or line_rank > worst or fit is None:
            continue
        result = value(line)
        if result is not None and (found is None or (line_rank, fit, index) < found[0]):
            found = ((line_rank, fit, index), result)
    return found


def best_value(lines: Sequence[Benefit], tier: Network, value: Callable[[Benefit], T | None],
               worst: int = WHOLE_PLAN, rank: Rank = therapy_rank) -> T | None:
    """`best` without the key."""
    found = best(lines, tier, value, worst, rank)
    return found[1] if found else None
