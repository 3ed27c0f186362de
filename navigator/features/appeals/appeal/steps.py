"""The steps of an appeal in date order, labelled for people, for the timeline and calendar."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from flask_babel import gettext
from flask_babel import lazy_gettext as _l

from benefits.appeals.deadlines import (
    Deadline,
    document_request_deadline,
    parity_disclosure_deadline,
)
from benefits.letters import LetterFacts, parity_fits
from benefits.letters.reasons import ERISA_PLANS
from navigator.features.appeals.text import STEP_LABEL as SHARED_STEP_LABEL

# The deadline pages' words for each step, so a step reads the same across the site; the
# two requests are sent today, which this page alone knows, so it says so.
STEP_LABEL = {
    **SHARED_STEP_LABEL,
    "plan_documents": _l("Plan documents due, if you send the request today"),
    "parity_disclosure": _l("Parity answer due, if you send the request today"),
}
# Steps that are the person's own last day to act, not an answer they wait for.
ACTION_STEPS = {"internal_appeal", "external_review", "reconsideration", "redetermination",
                "qic_reconsideration", "medicaid_state_fair_hearing"}


@dataclass(frozen=True)
class Step:
    name: str
    due: dt.date
    label: str
    rule: str
    source: str
    source_url: str

    @property
    def is_action(self) -> bool:
        return self.name in ACTION_STEPS


def step_label(name: str) -> str:
    label = STEP_LABEL.get(name)
    return str(label) if label is not None else gettext("Deadline")


def _step(deadline: Deadline) -> Step:
    return Step(deadline.step, deadline.due_date, step_label(deadline.step),
                gettext(deadline.rule), gettext(deadline.source), deadline.source_url)


def steps_for(deadlines: list[Deadline], facts: LetterFacts) -> list[Step]:
    """The appeal deadlines, plus the answers due on requests sent today, by date."""
    extra = []
    if facts.plan_type in ERISA_PLANS:
        extra.append(document_request_deadline(facts.today))
    if parity_fits(facts.plan_type, facts.reason):
        extra.append(parity_disclosure_deadline(facts.today))
    everything = [_step(d) for d in [*deadlines, *extra]]
    return sorted(everything, key=lambda step: step.due)
