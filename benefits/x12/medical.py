"""Medical office-visit cost sharing from a 271: the yardstick for the parity self-check."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal

from benefits.summary.model import MedicalVisits
from benefits.x12.line_values import coinsurance, copay, visit_limit
from benefits.x12.model import Benefit, Network
from benefits.x12.ranking import best_value, office_visit_rank
from benefits.x12.scope import Place, place

_SPECIALIST = re.compile(r"\bSPECIALISTS?\b|\bSPC\b|\bSPEC(?:IALTY)? (?:CARE|OFFICE|VISIT)",
                         re.IGNORECASE)


def _specialist(line: Benefit) -> bool:
    texts = (*line.messages, line.plan_description or "")
    return any(_SPECIALIST.search(text) for text in texts)


def _kind(specialist: bool, pick: Callable[[Benefit], Decimal | None],
          ) -> Callable[[Benefit], Decimal | None]:
    """`pick` on specialist lines (their messages say so) or on the others."""
    return lambda line: pick(line) if _specialist(line) is specialist else None


def medical_visits(lines: Sequence[Benefit]) -> MedicalVisits | None:
    """Office-visit cost sharing (service type 98, else the whole plan), in network.

    A line whose message or description says "specialist" is the specialist's cost; the
    others are taken as the primary-care visit's.
    """
    # Office visits only: a $0 telemedicine visit is not what an office visit costs.
    lines = [line for line in lines if place(line) in (Place.ANY, Place.OFFICE)]
    limit = best_value(lines, Network.IN, visit_limit, worst=0, rank=office_visit_rank)

    def office(specialist: bool, pick: Callable[[Benefit], Decimal | None]) -> Decimal | None:
        return best_value(lines, Network.IN, _kind(specialist, pick), rank=office_visit_rank)

    found = MedicalVisits(
        primary_care_copay=office(False, copay),
        primary_care_coinsurance=office(False, coinsurance),
        specialist_copay=office(True, copay),
        specialist_coinsurance=office(True, coinsurance),
        # Only a stated limit is known; a 271 that gives none may simply not say.
        visit_limit=limit, visit_limit_known=limit is not None,
    )
    return found if found != MedicalVisits() else None
