"""The explain-271 command's words: a 271 as plain text lines, or as JSON.

The text says everything the JSON does (the raw EB lines aside): `explain_parties` words
the header, this module the mental-health summary. `WORDED` and `NOT_WORDED` list the
fields each one words, and a test fails when a summary field is in neither.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal

from flask import current_app
from flask_babel import gettext
from flask_babel import lazy_gettext as _l

from benefits.summary.model import BenefitsSummary, MedicalVisits, TierSummary
from benefits.summary.session import unknowns
from benefits.x12 import Read271, summarize
from benefits.x12.codes import SERVICE_TYPES
from navigator.core.i18n import percent, usd
from navigator.core.x12 import error_problem, read_x12, result_json, x12_error_lines, x12_notes
from navigator.core.x12_plan import estimate_refusal, month_day
from navigator.features.benefits_check import explain_parties
from navigator.features.benefits_check.forms import PLAN_TYPES
from navigator.features.benefits_check.text import unknown_text

# (total, remaining, label): a limit and what is left of it this year.
TIER_MONEY = (
    ("deductible", "deductible_remaining", _l("Deductible")),
    ("oop_max", "oop_remaining", _l("Out-of-pocket limit")),
    ("family_deductible", "family_deductible_remaining", _l("Family deductible")),
    ("family_oop_max", "family_oop_remaining", _l("Family out-of-pocket limit")),
)
CARVE_OUT_FOUND = {"eb_u": _l("a benefit line that says to contact them"),
                   "entity": _l("a company named in the benefit lines"),
                   "message": _l("a message from the plan")}
PLAN_YEAR_BASIS = {"calendar_year": _l("the limits count by calendar year"),
                   "plan_dates": _l("from the plan's dates"),
                   "plan_begin": _l("from the plan's start date")}
WORDED: dict[str, frozenset[str]] = {
    **explain_parties.WORDED,
    "TierSummary": frozenset({"covered", "copay", "coinsurance", "deductible_applies",
                              "visit_limit", "visits_remaining", "visit_limit_shared_with",
                              "auth_required", "messages", "telehealth_copay",
                              "telehealth_coinsurance", "telehealth_deductible_applies",
                              *(name for row in TIER_MONEY for name in row[:2])}),
    "BenefitsSummary": frozenset({"plan_name", "plan_type", "insurance_type", "active",
                                  "in_network", "out_of_network", "carve_out",
                                  "plan_year_start", "plan_year_basis", "medical",
                                  "separate_mental_health_deductible", "therapy_prior_auth",
                                  "riders", "rejections", "medicare_advantage_contract"}),
    "CarveOut": frozenset({"name", "phone", "detected_by"}),
    "MedicalVisits": frozenset({"primary_care_copay", "specialist_copay",
                                "primary_care_coinsurance", "specialist_coinsurance",
                                "visit_limit", "visit_limit_known"}),
    "result": frozenset({"transactions", "notes", "skipped_prefix_chars",
                         "skipped_suffix_chars"}),
}
NOT_WORDED: dict[str, str] = {
    **explain_parties.NOT_WORDED,
    "BenefitsSummary.source": "always x12 here",
    "result.estimate_plan": "the first transaction's estimate_plan again",
}


def read_file(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def _money(value: Decimal | None) -> str:
    return usd(value) if value is not None else gettext("Not stated")


def _share(copay: Decimal | None, coinsurance: Decimal | None) -> str | None:
    if copay is not None:
        return gettext("%(copay)s copay", copay=usd(copay))
    if coinsurance is not None:
        return gettext("%(pct)s of the plan's price", pct=percent(coinsurance))
    return None


def _yes_no(value: bool | None) -> str:
    return gettext("Yes") if value else gettext("No") if value is False \
        else gettext("Not stated")


def _money_lines(tier: TierSummary, full: bool) -> list[str]:
    """Each limit and what is left; the family ones only when the 271 gives them."""
    lines = []
    for total_name, left_name, label in TIER_MONEY:
        total, left = getattr(tier, total_name), getattr(tier, left_name)
        if total is None and left is None and (total_name.startswith("family") or not full):
            continue
        line = f"  {label}: {_money(total)}"
        if left is not None:
            line += " · " + gettext("%(left)s left this year", left=usd(left))
        lines.append(line)
    return lines


def _visit_line(tier: TierSummary) -> str | None:
    if tier.visit_limit is None and tier.visits_remaining is None:
        return None
    text = gettext("%(n)s visits a year", n=tier.visit_limit) \
        if tier.visit_limit is not None else gettext("Not stated")
    if tier.visits_remaining is not None:
        text += " · " + gettext("%(n)s left", n=tier.visits_remaining)
    if tier.visit_limit_shared_with:
        shared = ", ".join(f"{gettext(SERVICE_TYPES[code])} ({code})"
                           if code in SERVICE_TYPES else code
                           for code in tier.visit_limit_shared_with)
        text += " · " + gettext("shared with: %(care)s", care=shared)
    return f"  {gettext('Visit limit')}: {text}"


def _tier_lines(tier: TierSummary) -> list[str]:
    """One network tier; when it pays nothing, only what the 271 still says of it."""
    full = tier.covered is not False
    lines = [] if full else ["  " + gettext("The plan does not pay for this care.")]
    share = _share(tier.copay, tier.coinsurance)
    if share or full:
        lines.append(f"  {gettext('You pay per session')}: {share or gettext('Not stated')}")
    telehealth = _share(tier.telehealth_copay, tier.telehealth_coinsurance)
    if telehealth:
        lines.append(f"  {gettext('Telehealth visit')}: {telehealth}")
    if tier.telehealth_deductible_applies is not None:
        lines.append("  " + (gettext("For telehealth, you pay the deductible first.")
                             if tier.telehealth_deductible_applies
                             else gettext("For telehealth, the deductible does not apply "
                                          "first.")))
    if tier.deductible_applies is not None:
        lines.append("  " + (gettext("You pay the deductible before the plan pays.")
                             if tier.deductible_applies
                             else gettext("The deductible does not apply first.")))
    lines += _money_lines(tier, full)
    visits = _visit_line(tier)
    lines += [visits] if visits else []
    if full or tier.auth_required is not None:
        lines.append(f"  {gettext('Approval needed first')}: {_yes_no(tier.auth_required)}")
    return lines + [f"  > {message}" for message in tier.messages]


def _medical_lines(medical: MedicalVisits | None) -> list[str]:
    if medical is None:
        return []
    found = [(gettext("Primary care copay"), medical.primary_care_copay, usd),
             (gettext("Specialist copay"), medical.specialist_copay, usd),
             (gettext("Primary care coinsurance"), medical.primary_care_coinsurance, percent),
             (gettext("Specialist coinsurance"), medical.specialist_coinsurance, percent)]
    lines = [f"  {label}: {show(value)}" for label, value, show in found if value is not None]
    if medical.visit_limit is not None:
        lines.append(f"  {gettext('Visit limit')}: "
                     + gettext("%(n)s visits a year", n=medical.visit_limit))
    elif medical.visit_limit_known:
        lines.append(f"  {gettext('Visit limit')}: {gettext('None')}")
    return [gettext("Medical office visits, to compare with"), *lines] if lines else []


def _plan_lines(summary: BenefitsSummary, plan_name: str | None) -> list[str]:
    """What the summary says of the plan that the header has not said already."""
    lines = []
    if summary.plan_name and summary.plan_name != plan_name:
        lines.append(f"{gettext('Plan')}: {summary.plan_name}")
    if summary.plan_type is not None:
        lines.append(f"{gettext('How you get this insurance')}: "
                     f"{PLAN_TYPES[summary.plan_type]}")
    if summary.plan_year_start:
        start = month_day(summary.plan_year_start)
        basis = PLAN_YEAR_BASIS.get(summary.plan_year_basis or "")
        lines.append(f"{gettext('Plan year starts')}: {start}"
                     + (f" ({basis})" if basis else ""))
    if summary.riders:
        lines.append(gettext("Also on this plan, left out here: %(names)s",
                             names=", ".join(summary.riders)))
    return lines


def _warning_lines(summary: BenefitsSummary) -> list[str]:
    lines = []
    if summary.rejections:
        lines.append(gettext("The insurer rejected the request (codes %(codes)s), so these "
                             "benefits cannot price a session. Fix the request and check "
                             "again.", codes=", ".join(summary.rejections)))
    if summary.medicare_advantage_contract:
        lines.append(estimate_refusal(summary) or "")
    if summary.active is False:
        lines.append(gettext("This coverage is not active. The plan may not pay for "
                             "sessions. Call the plan before the first visit."))
    carve_out = summary.carve_out
    if carve_out:
        lines.append(gettext("Your mental-health benefits are managed by %(name)s.",
                             name=carve_out.name)
                     + (" " + gettext("Call %(phone)s.", phone=carve_out.phone)
                        if carve_out.phone else "")
                     + " " + gettext("(We found this in %(where)s.)", where=CARVE_OUT_FOUND.get(
                         carve_out.detected_by, carve_out.detected_by)))
    return lines


def _rule_lines(summary: BenefitsSummary) -> list[str]:
    lines = []
    if summary.separate_mental_health_deductible is not None:
        lines.append(gettext("There is a separate deductible just for mental-health care.")
                     if summary.separate_mental_health_deductible
                     else gettext("There is no separate deductible for mental-health care."))
    if summary.therapy_prior_auth is not None:
        lines.append(gettext("Routine therapy needs approval first (prior authorization).")
                     if summary.therapy_prior_auth
                     else gettext("Routine therapy does not need approval first."))
    return lines


def summary_lines(summary: BenefitsSummary, plan_name: str | None = None) -> list[str]:
    """The mental-health summary: warnings, the plan, both tiers, rules, unknowns."""
    lines = _warning_lines(summary) + _plan_lines(summary, plan_name)
    for heading, tier in ((gettext("Therapy with an in-network therapist"),
                           summary.in_network),
                          (gettext("Therapy with an out-of-network therapist"),
                           summary.out_of_network)):
        if not (summary.rejections and tier == TierSummary()):  # rejected: nothing to say
            lines += [heading, *_tier_lines(tier)]
    lines += _rule_lines(summary) + _medical_lines(summary.medical)
    missing = unknowns(summary)
    if missing and not summary.rejections:
        lines.append(gettext("What we don't know yet"))
        lines += [f"  - {unknown_text(code)}" for code in missing]
    return lines


def result_lines(result: Read271) -> list[str]:
    """Every transaction of a 271 that was read, after what was skipped around it."""
    lines = x12_notes(result)
    count = len(result.transactions)
    for number, transaction in enumerate(result.transactions, start=1):
        if count > 1:
            lines += [""] if number > 1 else []
            lines.append(gettext("Response %(n)s of %(count)s", n=number, count=count))
        lines += explain_parties.header_lines(transaction)
        lines += summary_lines(summarize(transaction), transaction.plan.name)
    return lines


def explain_lines(data: bytes, lang: str, as_json: bool) -> tuple[int, list[str]]:
    """(exit status, lines to print): 0 when read, 1 when not (an acknowledgement too)."""
    with current_app.test_request_context(f"/?lang={lang}"):
        result = read_x12(data).result
        if result.error is not None:
            if not as_json:
                return 1, x12_error_lines(result)
            title, field = error_problem(result)
            return 1, [json.dumps({"title": title, "errors": [field]}, indent=2,
                                  ensure_ascii=False)]
        if as_json:
            return 0, [json.dumps(result_json(result), indent=2, ensure_ascii=False)]
        return 0, result_lines(result)
