"""Why a session costs what it does, in the few sentences a front desk can read out."""

from __future__ import annotations

from benefits.estimate.engine import Projection, SessionCost
from benefits.estimate.explain import Note, session_notes

# The total is the number the sheet already shows; saying it again adds nothing.
_LEFT_OUT = frozenset({"session_total"})


def why_notes(cost: SessionCost, projection: Projection) -> list[Note]:
    """The estimator's own steps for one session, without the repeated total.

    Once the out-of-pocket limit is reached, the steps before it no longer matter: only
    that (and any balance bill) is kept.
    """
    notes = [note for note in session_notes(cost, projection) if note.kind not in _LEFT_OUT]
    if any(note.kind == "oop_already_reached" for note in notes):
        notes = [note for note in notes if note.kind in ("oop_already_reached", "balance_bill")]
    return notes
