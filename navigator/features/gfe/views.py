"""/good-faith-estimate: build a No Surprises Act Good Faith Estimate, and check a bill against it.

Nothing is stored: the result page carries every answer in hidden fields, so the PDF
download and "Change the answers" post them again (with the CSRF token).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint, Response, render_template, request, url_for
from flask.typing import ResponseReturnValue

from benefits.fields import InvalidInput
from benefits.gfe import (
    DISPUTE_THRESHOLD,
    DISPUTE_WINDOW_DAYS,
    DisputeCheck,
    GoodFaithEstimate,
    read_dispute,
    read_estimate,
)
from benefits.money import money_str
from navigator.features.gfe import text as gfe_text
from navigator.features.gfe.convert import (
    apply_errors,
    dispute_request,
    error_items,
    hidden_fields,
    provider_heading,
    to_request,
)
from navigator.features.gfe.documents import estimate_pdf, provider_role
from navigator.features.gfe.forms import DisputeForm, GfeForm

bp = Blueprint("gfe", __name__, url_prefix="/good-faith-estimate")


@bp.context_processor
def _words() -> dict[str, object]:
    """The wording helpers, for this blueprint's templates only."""
    return {"words": gfe_text, "provider_heading": provider_heading,
            "provider_role": provider_role, "dispute_threshold": DISPUTE_THRESHOLD,
            "dispute_days": DISPUTE_WINDOW_DAYS}


def _read(form: GfeForm) -> GoodFaithEstimate | None:
    """The estimate, or None with every problem shown on its field."""
    valid = form.validate()
    try:
        estimate = read_estimate(to_request(form))
    except InvalidInput as invalid:
        apply_errors(form, invalid.errors)
        return None
    return estimate if valid else None


def _form_page(form: GfeForm, status: int = 200) -> ResponseReturnValue:
    return render_template("gfe/form.html", form=form, errors=error_items(form)), status


def dispute_link(estimate: GoodFaithEstimate) -> str:
    """The dispute check with each provider's name and estimate total filled in."""
    query: dict[str, Any] = {}
    for index, provider in enumerate(estimate.providers):
        query[f"providers-{index}-name"] = provider.name
        query[f"providers-{index}-estimated"] = money_str(provider.total)
    return url_for("gfe.dispute", **query)


@bp.route("", methods=("GET", "POST"))
def start() -> ResponseReturnValue:
    """The form; a POST from the result page fills it with the same answers."""
    form = GfeForm()
    if not form.issued_on.data:
        form.issued_on.data = dt.date.today().isoformat()
    return _form_page(form)


@bp.post("/estimate")
def estimate() -> ResponseReturnValue:
    form = GfeForm()
    gfe = _read(form)
    if gfe is None:
        return _form_page(form, 422)
    return render_template("gfe/estimate.html", gfe=gfe, hidden=hidden_fields(form),
                           dispute_url=dispute_link(gfe))


@bp.post("/estimate.pdf")
def pdf() -> ResponseReturnValue:
    form = GfeForm()
    gfe = _read(form)
    if gfe is None:
        return _form_page(form, 422)
    return Response(estimate_pdf(gfe), mimetype="application/pdf", headers={
        "Content-Disposition": 'attachment; filename="good-faith-estimate.pdf"'})


@bp.get("/dispute")
def dispute() -> ResponseReturnValue:
    form = DisputeForm(request.args)
    check: DisputeCheck | None = None
    if "bill_date" in request.args:
        try:
            check = read_dispute(dispute_request(form), dt.date.today())
        except InvalidInput as invalid:
            apply_errors(form, invalid.errors)
    errors = error_items(form)
    return render_template("gfe/dispute.html", form=form, check=check,
                           errors=errors), 422 if errors else 200
