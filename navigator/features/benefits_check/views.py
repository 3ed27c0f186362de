"""The benefits check: type in, pick a sample, or paste a 271; then a plain summary."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from flask import Blueprint, abort, render_template, request, url_for
from flask.typing import ResponseReturnValue

from benefits.summary.model import BenefitsSummary, estimate_plan
from benefits.summary.parity import check_parity
from benefits.summary.sample_plans import get_sample_plan, sample_plans
from benefits.summary.session import session_picture, unknowns
from navigator.core.estimate_query import form_query
from navigator.core.x12_plan import estimate_refusal, plan_helpers
from navigator.features.benefits_check.forms import BenefitsForm, X12Form
from navigator.features.benefits_check.text import template_helpers
from navigator.features.benefits_check.typed import typed_summary
from navigator.features.benefits_check.upload import read_upload

bp = Blueprint("benefits", __name__, url_prefix="/benefits")
bp.context_processor(template_helpers)
bp.context_processor(plan_helpers)


def estimate_url(summary: BenefitsSummary) -> str | None:
    """The estimator, filled in with these numbers (in the address; nothing is saved).

    None when there is nothing to fill in: the insurer rejected the request, or the
    coverage is not active.
    """
    plan = estimate_plan(summary)
    if plan is None:
        return None
    return f"{url_for('estimate.start')}?{urlencode(form_query(plan))}"


def render_summary(summary: BenefitsSummary, **extra: object) -> str:
    return render_template(
        "benefits_check/summary.html", summary=summary,
        picture=session_picture(summary, dt.date.today()), unknown=unknowns(summary),
        parity=check_parity(summary), estimate_url=estimate_url(summary),
        refusal=estimate_refusal(summary), **extra)


@bp.get("")
def start() -> ResponseReturnValue:
    return render_template("benefits_check/start.html", samples=sample_plans(), x12_form=X12Form())


@bp.get("/type")
def type_in() -> ResponseReturnValue:
    return render_template("benefits_check/typed.html", form=BenefitsForm(request.args))


@bp.get("/summary")
def typed() -> ResponseReturnValue:
    form = BenefitsForm(request.args)
    summary = typed_summary(form)
    if summary is None:
        return render_template("benefits_check/typed.html", form=form), 422
    return render_summary(summary, query=request.query_string.decode("utf-8", "replace"))


@bp.get("/sample/<plan_id>")
def sample(plan_id: str) -> ResponseReturnValue:
    plan = get_sample_plan(plan_id)
    if plan is None:
        abort(404)
    return render_summary(plan.summary, sample=plan)


@bp.post("/271")
def x12() -> ResponseReturnValue:
    form = X12Form()
    outcome = read_upload(form) if form.validate_on_submit() else None
    if outcome is None or outcome.summary is None:
        return render_template("benefits_check/start.html", samples=sample_plans(), x12_form=form,
                               x12_result=outcome.result if outcome else None), 422
    return render_summary(outcome.summary, x12=outcome)
