"""The explain-271 command's words: a 271 summarized as plain text lines, or as JSON."""

from __future__ import annotations

import json
import sys
from decimal import Decimal

from flask import current_app
from flask_babel import gettext

from benefits.summary.model import BenefitsSummary, TierSummary
from benefits.summary.session import unknowns
from navigator.core.i18n import percent, usd
from navigator.core.x12 import read_x12, result_json, x12_error_text
from navigator.features.benefits_check.text import unknown_text


def read_file(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as handle:
        return handle.read()


def _money(value: Decimal | None) -> str:
    return usd(value) if value is not None else gettext("Not stated")


def _tier_lines(tier: TierSummary) -> list[str]:
    if tier.covered is False:
        return ["  " + gettext("The plan does not pay for this care.")]
    share = (gettext("%(copay)s copay", copay=usd(tier.copay)) if tier.copay is not None
             else gettext("%(pct)s of the plan's price", pct=percent(tier.coinsurance))
             if tier.coinsurance is not None else gettext("Not stated"))
    lines = [f"  {gettext('You pay per session')}: {share}",
             f"  {gettext('Deductible')}: {_money(tier.deductible)}",
             f"  {gettext('Out-of-pocket limit')}: {_money(tier.oop_max)}"]
    if tier.deductible_remaining is not None:
        lines[1] += " · " + gettext("%(left)s left this year",
                                     left=usd(tier.deductible_remaining))
    if tier.oop_remaining is not None:
        lines[2] += " · " + gettext("%(left)s left this year", left=usd(tier.oop_remaining))
    if tier.visit_limit is not None:
        lines.append(f"  {gettext('Visit limit')}: "
                     + gettext("%(n)s visits a year", n=tier.visit_limit))
    if tier.auth_required:
        lines.append("  " + gettext("Approval needed first"))
    lines += [f"  > {message}" for message in tier.messages]
    return lines


def summary_lines(summary: BenefitsSummary) -> list[str]:
    lines = []
    if summary.active is False:
        lines.append(gettext("This coverage is not active. The plan may not pay for "
                             "sessions. Call the plan before the first visit."))
    if summary.carve_out:
        lines.append(gettext("Your mental-health benefits are managed by %(name)s.",
                             name=summary.carve_out.name)
                     + (" " + gettext("Call %(phone)s.", phone=summary.carve_out.phone)
                        if summary.carve_out.phone else ""))
    lines.append(gettext("Therapy with an in-network therapist"))
    lines += _tier_lines(summary.in_network)
    lines.append(gettext("Therapy with an out-of-network therapist"))
    lines += _tier_lines(summary.out_of_network)
    missing = unknowns(summary)
    if missing:
        lines.append(gettext("What we don't know yet"))
        lines += [f"  - {unknown_text(code)}" for code in missing]
    return lines


def explain_lines(data: bytes, lang: str, as_json: bool) -> tuple[int, list[str]]:
    """(exit status, lines to print): 0 when read, 1 when the 271 could not be read."""
    with current_app.test_request_context(f"/?lang={lang}"):
        outcome = read_x12(data)
        if outcome.error is not None:
            return 1, [x12_error_text(outcome.error)]
        if as_json:
            return 0, [json.dumps(result_json(outcome.result), indent=2, ensure_ascii=False)]
        return 0, summary_lines(outcome.summary) if outcome.summary else []
