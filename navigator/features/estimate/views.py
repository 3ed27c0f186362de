"""The estimator pages: the form, the result (its address holds the inputs), CSV, code helper."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, Response, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue

from benefits.coding.sessions import SessionKind, suggest_codes
from benefits.estimate.engine import Projection, SessionCost
from benefits.estimate.explain import course_notes, session_notes, typical_session
from benefits.fields import InvalidInput
from navigator.core.estimates import run_estimate
from navigator.core.session_codes import (
    SessionCodeForm,
    codes_text,
    explain_suggestion,
)
from navigator.core.spreadsheet import csv_table
from navigator.core.wording import wording
from navigator.features.estimate.chart import cumulative_chart
from navigator.features.estimate.convert import (
    apply_errors,
    check_amounts_given,
    to_request,
)
from navigator.features.estimate.forms import SESSION_CODES, EstimateForm
from navigator.features.estimate.results import CSV_COLUMNS, csv_rows

bp = Blueprint("estimate", __name__, url_prefix="/estimate")


def course_sentences(projection: Projection) -> list[str]:
    return wording().sentences(course_notes(projection))


def session_sentences(cost: SessionCost, projection: Projection) -> list[str]:
    return wording().sentences(session_notes(cost, projection))


@bp.context_processor
def _helpers() -> dict[str, object]:
    """The result page's wording helpers, for this feature's templates only."""
    return {"course_sentences": course_sentences, "session_sentences": session_sentences,
            "typical_session": typical_session}


def _form() -> EstimateForm:
    form = EstimateForm(request.args)
    if not form.first_date.data:
        form.first_date.data = dt.date.today().isoformat()
    return form


def _projection(form: EstimateForm) -> Projection | None:
    """The projection, or None with every error (form and domain) shown on the form."""
    valid = form.validate()
    valid = check_amounts_given(form) and valid
    try:
        projection = run_estimate(to_request(form)).projection
    except InvalidInput as invalid:
        apply_errors(form, invalid.errors)
        return None
    return projection if valid else None


@bp.get("")
def start() -> ResponseReturnValue:
    return render_template("estimate/form.html", form=_form(), code_form=SessionCodeForm())


@bp.get("/result")
def result() -> ResponseReturnValue:
    form = _form()
    projection = _projection(form)
    if projection is None:
        return render_template("estimate/form.html", form=form,
                               code_form=SessionCodeForm()), 422
    return render_template("estimate/result.html", form=form, p=projection,
                           chart=cumulative_chart(projection),
                           query=request.query_string.decode("utf-8", "replace"))


def back_to_result() -> ResponseReturnValue:
    """Send a download without usable answers to the result page, with the same query.

    The query is passed on as it came: handing it to url_for as keywords would let names
    such as `endpoint` or `_external` steer url_for itself.
    """
    query = request.query_string.decode("utf-8", "replace")
    return redirect(f"{url_for('estimate.result')}?{query}" if query
                    else url_for("estimate.result"))


@bp.get("/result.csv")
def result_csv() -> ResponseReturnValue:
    form = _form()
    projection = _projection(form)
    if projection is None:
        return back_to_result()
    return Response(csv_table(CSV_COLUMNS, csv_rows(projection)), mimetype="text/csv", headers={
        "Content-Disposition": 'attachment; filename="therapy-cost-estimate.csv"'})


@bp.get("/session-code")
def session_code() -> ResponseReturnValue:
    form = SessionCodeForm(request.args)
    suggestion = None
    if "minutes" in request.args and form.validate():
        suggestion = suggest_codes(form.minutes.data, SessionKind(form.kind.data))
    status = 422 if form.errors else 200
    return render_template("estimate/session_code.html", form=form, suggestion=suggestion,
                           codes_text=codes_text, explain_suggestion=explain_suggestion,
                           session_codes=SESSION_CODES), status

