"""Words for Good Faith Estimates and disputes, in the reader's language."""

from __future__ import annotations

from flask_babel import gettext, ngettext
from flask_babel import lazy_gettext as _l

from benefits.coding.sessions import CODE_SUMMARY
from benefits.fields import FieldError
from benefits.gfe import (
    DISCLAIMER_TEXT,
    GFE_RULE,
    STEP_TEXT,
    DisputeCheck,
    Frequency,
    GoodFaithEstimate,
    ServiceLine,
    disclaimer_values,
)
from benefits.sources import Source
from navigator.core.i18n import N_, long_date, usd
from navigator.core.wording import PROBLEMS, wording

FREQUENCY_LABELS = {
    Frequency.TWICE_WEEKLY: _l("Twice a week"),
    Frequency.WEEKLY: _l("Once a week"),
    Frequency.EVERY_TWO_WEEKS: _l("Every two weeks"),
    Frequency.MONTHLY: _l("Once a month"),
    Frequency.VARIES: _l("It varies"),
}
__all__ = ["FREQUENCY_LABELS", "GFE_PROBLEMS", "GFE_RULE", "disclaimers", "line_text", "period",
           "problem_text", "service_text", "source_text", "steps"]
GFE_PROBLEMS = {
    "not_text": N_("Enter words, not a number or a list."),
    "too_long": N_("Use %(max)s characters or fewer."),
    "invalid_characters": N_("Remove the hidden control characters from this text."),
    "not_a_list": N_("Send a list."),
    "too_many": N_("Enter no more than %(max)s."),
    "born_after_estimate": N_("The date of birth is after the date of the estimate. Check "
                              "both dates."),
    "first_date_before_estimate": N_("The first session is before the date of the estimate. "
                                     "An estimate is given before the care starts."),
    "invalid_npi": N_("Enter the 10-digit NPI. It starts with 1 or 2. Check it in the NPI "
                      "Registry: one wrong digit makes it invalid."),
    "invalid_tin": N_("Enter the 9-digit tax ID number, like 12-3456789."),
    "invalid_state": N_("Choose a state from the list."),
    "invalid_diagnosis_code": N_("%(diagnosis)s is not an ICD-10 diagnosis code. Enter codes "
                                 "like F41.1, separated by commas."),
    "unknown_service_code": N_("Choose a service code from the list."),
    "no_service_lines": N_("Enter at least one service: its code, the number of sessions and "
                           "the charge for each."),
    "date_in_future": N_("This date is in the future. Enter the date printed on the first "
                         "bill."),
}


def problem_text(error: FieldError) -> str:
    msgid = GFE_PROBLEMS.get(error.code) or PROBLEMS.get(error.code) or PROBLEMS["required"]
    return wording().fill(msgid, error.params)


def service_text(code: str) -> str:
    return gettext(CODE_SUMMARY[code])


def disclaimers(estimate: GoodFaithEstimate) -> list[str]:
    values = disclaimer_values()
    return [wording().fill(DISCLAIMER_TEXT[item], values) for item in estimate.disclaimers]


def steps(check: DisputeCheck) -> list[str]:
    return [wording().fill(STEP_TEXT[step], check.values()) for step in check.steps]


def period(estimate: GoodFaithEstimate) -> str:
    """How long the estimate covers, with its dates when the first session is scheduled."""
    if estimate.first_date and estimate.last_date:
        return ngettext("%(num)s month: from %(first)s through %(last)s",
                        "%(num)s months: from %(first)s through %(last)s", estimate.months,
                        first=long_date(estimate.first_date), last=long_date(estimate.last_date))
    return ngettext("%(num)s month from the first session",
                    "%(num)s months from the first session", estimate.months)


def line_text(line: ServiceLine) -> str:
    """"50 sessions at $150.00 each: $7,500.00"."""
    return ngettext("%(num)s session at %(fee)s: %(total)s",
                    "%(num)s sessions at %(fee)s each: %(total)s", line.sessions,
                    fee=usd(line.fee), total=usd(line.total))


def source_text(source: Source) -> str:
    return gettext("Source: %(source)s", source=gettext(source.name))
