"""Why a 271 gives no plan to estimate with, in words: the payer rejected it, or it is inactive."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_skeleton
from flask_babel import gettext

from benefits.summary.model import BenefitsSummary
from benefits.x12.codes import REJECT_REASONS, SERVICE_TYPES
from navigator.core.i18n import current_lang


def rejection_reasons(summary: BenefitsSummary) -> list[str]:
    """Each AAA reason in words; the code itself when we have no words for it."""
    return [gettext(REJECT_REASONS[code]) if code in REJECT_REASONS
            else gettext("reason code %(code)s", code=code) if code
            else gettext("no reason given") for code in summary.rejections]


def estimate_refusal(summary: BenefitsSummary) -> str | None:
    """None when the summary can price sessions; else why not and what to fix."""
    if summary.rejections:
        return gettext("The insurer rejected the request (%(reasons)s), so this 271 gives no "
                       "benefits to estimate with. Fix what it names, usually the member ID, "
                       "name or date of birth, and ask again.",
                       reasons="; ".join(rejection_reasons(summary)))
    if summary.medicare_advantage_contract:
        return gettext("Medicare says this person is in a Medicare Advantage plan (contract "
                       "%(contract)s). That plan, not Original Medicare, pays for their care: "
                       "check the benefits with that plan.",
                       contract=summary.medicare_advantage_contract)
    if summary.active is False:
        return gettext("The insurer says this coverage is not active, so there is nothing to "
                       "estimate with. Check the dates and the member ID with the insurer.")
    return None


def service_names(codes: tuple[str, ...]) -> str:
    """X12 service type codes as a list of names, e.g. "Chiropractic, Cardiac rehabilitation"."""
    return ", ".join(gettext(SERVICE_TYPES[code]) if code in SERVICE_TYPES else code
                     for code in codes)


def month_day(text: str | None) -> str | None:
    """The plan year's first day, "07-01", as "July 1" or "1 de julio", in the reader's
    language (the page's, or explain-271's --lang)."""
    if not text:
        return None
    month, day = (int(part) for part in text.split("-"))
    return format_skeleton("MMMMd", dt.date(2001, month, day), locale=current_lang())


def plan_helpers() -> dict[str, object]:
    """Template helpers for pages that show a 271's plan."""
    return {"service_names": service_names, "month_day": month_day}
