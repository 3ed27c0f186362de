"""Model values from single segments: EB, NM1, PER, DTP and HSD."""

from __future__ import annotations

from benefits.x12.codes import BENEFIT_KINDS, NETWORK_CODES, YES_NO_UNKNOWN
from benefits.x12.model import Benefit, Contact, DatePeriod, Entity, Frequency, Network, Procedure
from benefits.x12.tokens import Delimiters, Segment
from benefits.x12.values import coded, components, date_range, decimal, repeats, required

_YES_NO = {"Y": True, "N": False}  # "U" (unknown) stays None


def benefit_line(segment: Segment, delimiters: Delimiters) -> Benefit:
    """An EB segment; its loop's other segments are added as they are read."""
    code = coded(segment, 1, BENEFIT_KINDS) or required(segment, 1)
    auth = coded(segment, 11, YES_NO_UNKNOWN)
    network = coded(segment, 12, NETWORK_CODES)
    return Benefit(
        segment=segment.number,
        code=code,
        description=BENEFIT_KINDS[code],
        coverage_level=segment.get(2),
        service_types=repeats(segment, 3, delimiters.repetition),
        insurance_type=segment.get(4),
        plan_description=segment.get(5),
        time_period=segment.get(6),
        amount=decimal(segment, 7),
        percent=decimal(segment, 8),
        quantity_qualifier=segment.get(9),
        quantity=decimal(segment, 10),
        auth_required=_YES_NO.get(auth or ""),
        network=Network(network) if network else None,
        procedure=procedure(segment, 13, delimiters.component),
    )


def procedure(segment: Segment, index: int, separator: str) -> Procedure | None:
    """A procedure composite such as HC:90837 (qualifier, code, then up to four modifiers)."""
    parts = components(segment, index, separator)
    if not parts:
        return None
    if len(parts) == 1:
        return Procedure(None, parts[0])
    if not parts[1]:
        return None
    return Procedure(parts[0] or None, parts[1], tuple(part for part in parts[2:6] if part))


def entity(segment: Segment) -> Entity:
    """An NM1 segment; its PER contacts are added as they are read."""
    return Entity(
        code=required(segment, 1),
        kind=segment.get(2),
        name=segment.get(3),
        first_name=segment.get(4),
        middle_name=segment.get(5),
        suffix=segment.get(7),
        id_qualifier=segment.get(8),
        id=segment.get(9),
    )


def contact(segment: Segment) -> Contact:
    """A PER segment: up to three qualifier-and-number pairs (TE phone, EM email and so on)."""
    found: dict[str, list[str]] = {}
    for index in (3, 5, 7):
        qualifier, number = segment.get(index), segment.get(index + 1)
        if qualifier and number:
            found.setdefault(qualifier, []).append(number)

    def first(qualifier: str) -> str | None:
        return found.get(qualifier, [None])[0]

    return Contact(function=segment.get(1), name=segment.get(2),
                   phones=tuple(found.get("TE", ())), extension=first("EX"), fax=first("FX"),
                   email=first("EM"), url=first("UR"))


def date_period(segment: Segment) -> DatePeriod:
    """A DTP segment: qualifier and date, or date range."""
    qualifier = required(segment, 1)
    start, end = date_range(segment)
    return DatePeriod(qualifier, start, end)


def frequency(segment: Segment) -> Frequency:
    """An HSD segment."""
    return Frequency(
        qualifier=segment.get(1),
        quantity=decimal(segment, 2),
        unit=segment.get(3),
        sample=decimal(segment, 4),
        period=segment.get(5),
        period_count=decimal(segment, 6),
        pattern=segment.get(7),
        time=segment.get(8),
    )
