"""Spot a behavioral-health carve-out: another company runs the mental-health benefits."""

from __future__ import annotations

import re
from collections.abc import Sequence

from benefits.summary.model import CarveOut
from benefits.x12.model import Benefit, Entity
from benefits.x12.ranking import WHOLE_PLAN, mental_health, plan_rank, whole_plan

# Companies that run mental-health benefits for health plans, as payers spell them.
_VENDORS = tuple((re.compile(pattern, re.IGNORECASE), name) for pattern, name in (
    (r"\bOPTUM\b", "Optum"),
    (r"\bUNITED BEHAVIORAL HEALTH\b", "United Behavioral Health"),
    (r"\bMAGELLAN\b", "Magellan"),
    (r"\bCARELON\b", "Carelon"),
    (r"\bBEACON\b", "Beacon"),
    (r"\bEVERNORTH\b", "Evernorth"),
    (r"\bLUCET\b", "Lucet"),
    (r"\bNEW DIRECTIONS\b", "New Directions"),
    (r"\bVALUE ?OPTIONS\b", "ValueOptions"),
))
_BEHAVIORAL = re.compile(r"\b(?:BEHAVIOU?RAL|MENTAL) HEALTH\b", re.IGNORECASE)
# A message that only mentions mental health is not a referral; one that says whom to
# call, or who administers the benefit, is.
_REFERRAL = re.compile(r"\b(?:CALL|CONTACT|ADMINISTER(?:ED|S)?|MANAGED BY|CARVED?[- ]OUT|VENDOR"
                       r"|PHONE)\b", re.IGNORECASE)
_PHONE = re.compile(r"(?:\b1[-. ])?\(?\b\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}\b")
# 2120 entity codes for a payer, vendor, managed-care or utilization-management
# organization, third-party administrator or contracted service provider.
_ADMINISTRATORS = frozenset({"PR", "VN", "Y2", "X3", "2B", "13"})
# Other payers (R) and primary care providers (L) are named in 2120 loops too.
_NOT_ADMINISTRATION = frozenset({"R", "L"})


def find_carve_out(lines: Sequence[Benefit]) -> CarveOut | None:
    """The behavioral-health administrator: from an EB U line, a 2120 entity, or a message."""
    relevant = [line for line in lines if mental_health(line) or whole_plan(line)]
    # Outpatient mental-health lines first, whole-plan lines last; sort keeps file order.
    relevant.sort(key=_order)
    return _from_contact_line(relevant) or _from_entity(relevant) or _from_message(relevant)


def _order(line: Benefit) -> int:
    rank = plan_rank(line)
    return WHOLE_PLAN if rank is None else rank


def vendor(text: str) -> str | None:
    """The behavioral-health company a text names, if any."""
    return next((name for pattern, name in _VENDORS if pattern.search(text)), None)


def _behavioral(text: str) -> bool:
    return bool(vendor(text) or _BEHAVIORAL.search(text))


def _phone(entity: Entity) -> str | None:
    return entity.phones[0] if entity.phones else None


def _phone_in(text: str) -> str | None:
    match = _PHONE.search(text)
    return match.group(0) if match else None


def _from_contact_line(lines: Sequence[Benefit]) -> CarveOut | None:
    """EB01 U, "contact the following entity", on a mental-health line."""
    for line in lines:
        if line.code != "U":
            continue
        named = next(((e, e.full_name) for e in line.entities if e.full_name), None)
        message = line.messages[0] if line.messages else None
        texts = [text for text in (named[1] if named else None, message) if text]
        if not (mental_health(line) or any(_behavioral(text) for text in texts)):
            continue
        if named and named[1]:
            return CarveOut(named[1], _phone(named[0]), "eb_u")
        if message:
            return CarveOut(vendor(message) or message, _phone_in(message), "eb_u")
    return None


def _from_entity(lines: Sequence[Benefit]) -> CarveOut | None:
    """A 2120 entity that administers mental-health benefits."""
    for line in lines:
        if line.code in _NOT_ADMINISTRATION:
            continue
        for entity in line.entities:
            name = entity.full_name
            if name and (_behavioral(name)
                         or (mental_health(line) and entity.code in _ADMINISTRATORS)):
                return CarveOut(name, _phone(entity), "entity")
    return None


def _from_message(lines: Sequence[Benefit]) -> CarveOut | None:
    """A message naming a behavioral-health company, or saying who runs mental health."""
    for line in lines:
        for message in line.messages:
            name = vendor(message)
            if name or (_BEHAVIORAL.search(message)
                        and (_REFERRAL.search(message) or _PHONE.search(message))):
                return CarveOut(name or message, _phone_in(message), "message")
    return None
