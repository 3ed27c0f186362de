"""Letters a person sends after a denial, filled from what they typed. Pure Python.

Five kinds: the internal appeal, the request for plan documents and the claim file, the
parity disclosure request, the external review request, and a complaint to the regulator.
"""

from __future__ import annotations

from collections.abc import Callable

from benefits.appeals.reasons import REASONS, DenialReason
from benefits.letters.appeal import appeal_letter
from benefits.letters.documents import parity_letter, records_letter
from benefits.letters.model import (
    BLANK,
    Letter,
    LetterFacts,
    LetterKind,
    Line,
    plain_text,
)
from benefits.letters.reasons import (
    LETTER_REASONS,
    REASON_NEXT_STEP,
    letters_for,
    next_step_for,
    parity_fits,
    reason_for_codes,
)
from benefits.letters.review import complaint_letter, external_review_letter

__all__ = ["BLANK", "LETTER_REASONS", "REASONS", "REASON_NEXT_STEP", "DenialReason",
           "Letter", "LetterFacts", "LetterKind", "Line", "build_letter", "letters_for",
           "next_step_for", "parity_fits", "plain_text", "reason_for_codes"]

BUILDERS: dict[LetterKind, Callable[[LetterFacts], Letter]] = {
    LetterKind.APPEAL: appeal_letter,
    LetterKind.RECORDS: records_letter,
    LetterKind.PARITY: parity_letter,
    LetterKind.EXTERNAL_REVIEW: external_review_letter,
    LetterKind.COMPLAINT: complaint_letter,
}


def build_letter(kind: LetterKind, facts: LetterFacts) -> Letter:
    """The letter of this kind; ValueError when it does not fit the plan or the reason."""
    if kind not in letters_for(facts.plan_type, facts.reason):
        raise ValueError(f"a {kind} letter does not fit this plan and reason")
    return BUILDERS[kind](facts)
