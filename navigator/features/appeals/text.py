"""Words and helpers shared by the denial, prior-authorization and deadline pages and API."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from flask import url_for
from flask_babel import gettext
from flask_babel import lazy_gettext as _l

from benefits.appeals.deadlines import EARLIEST, LATEST, Deadline
from benefits.appeals.eob_data import Owes

# ASCII digits only: fromisoformat() refuses "٢٠٢٦-٠٣-٠٢", so it is a format problem.
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)

OWES_LABEL = {
    Owes.USUALLY: _l("Usually yes. This part is usually yours to pay."),
    Owes.USUALLY_NOT: _l("Usually not. You usually should not be billed for this."),
    Owes.DEPENDS: _l("It depends. Read what to do next."),
}
STEP_LABEL = {
    "internal_appeal": _l("Last day to appeal to the plan"),
    "appeal_decision": _l("The plan's decision on your appeal is due"),
    "expedited_appeal_decision": _l("The plan's urgent decision on your appeal is due"),
    "external_review": _l("Last day to ask for an external review"),
    "external_review_decision": _l("The external reviewer's decision is due"),
    "expedited_external_review_decision": _l("The external reviewer's urgent decision is "
                                             "due"),
    "reconsideration": _l("Last day to ask the plan for a reconsideration"),
    "reconsideration_decision": _l("The plan's reconsideration decision is due"),
    "expedited_reconsideration_decision": _l("The plan's urgent reconsideration decision is "
                                             "due"),
    "redetermination": _l("Last day to ask for a redetermination"),
    "redetermination_decision": _l("The redetermination decision is due"),
    "qic_reconsideration": _l("Last day to ask a QIC for a reconsideration"),
    "medicaid_state_fair_hearing": _l("Last day to ask for a state fair hearing"),
    "prior_auth_decision": _l("Standard decision due"),
    "prior_auth_decision_extended": _l("Latest date, if the plan takes its one extension"),
    "expedited_prior_auth_decision": _l("Urgent decision due"),
    "plan_documents": _l("The plan documents are due"),
    "parity_disclosure": _l("The parity answer is due"),
}


def step_label(step: str) -> str:
    return str(STEP_LABEL.get(step, step))


def deadline_json(deadline: Deadline) -> dict[str, str]:
    """A deadline for the JSON API, its rule and source in the reader's language."""
    return {"step": deadline.step, "due_date": deadline.due_date.isoformat(),
            "rule": gettext(deadline.rule), "source": gettext(deadline.source),
            "source_url": deadline.source_url}


def parse_date(value: object) -> tuple[dt.date | None, str | None]:
    """A YYYY-MM-DD date, or None and a message saying what is wrong with it."""
    if not isinstance(value, str) or not ISO_DATE.match(value.strip()):
        return None, gettext("Write the date as YYYY-MM-DD, for example 2026-03-02.")
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        return None, gettext("This date does not exist. Check the month and the day.")
    if not EARLIEST <= day <= LATEST:
        return None, gettext("Use a date between %(first)s and %(last)s.",
                             first=EARLIEST.isoformat(), last=LATEST.isoformat())
    return day, None


def appeal_url(**choices: Any) -> str:
    """The guided appeal, filled in with `choices` (codes, reason, plan type: never anything
    about the person)."""
    return url_for("appeal.start", **choices)
