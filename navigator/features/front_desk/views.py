"""/front-desk: the code picker, the modifier and place-of-service explainer, the claim check.

Nothing is stored. The claim check is a POST so diagnosis codes never land in an address,
a server log or the browser's history.
"""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request
from flask.typing import ResponseReturnValue

from benefits.coding import check_claim, read_claim
from benefits.coding.modifiers import (
    H_SERIES,
    PAYER_GUIDANCE,
    PLACES,
    PROVIDER_MODIFIERS,
    TELEHEALTH_MODIFIERS,
)
from benefits.fields import InvalidInput
from navigator.core.session_codes import codes_text
from navigator.features.front_desk.convert import (
    apply_errors,
    filled_rows,
    row_label,
    summary,
    to_claim,
)
from navigator.features.front_desk.forms import ClaimForm, PickerForm
from navigator.features.front_desk.text import problem_words, source_of, suggest_any, why

bp = Blueprint("front_desk", __name__, url_prefix="/front-desk")

def _page(picker: PickerForm, claim_form: ClaimForm, **context: object) -> str:
    return render_template(
        "front_desk/index.html", picker=picker, claim_form=claim_form,
        places=PLACES, telehealth_modifiers=TELEHEALTH_MODIFIERS,
        provider_modifiers=PROVIDER_MODIFIERS, h_series=H_SERIES,
        payer_guidance=PAYER_GUIDANCE.values(),
        codes_text=codes_text, why=why, source_of=source_of,
        claim_errors=summary(claim_form), row_label=row_label, **context)


def _on_row(words: dict, rows: list[int]) -> dict:
    """Number a problem by the form row it came from: blank rows are not sent to the check."""
    if words["line"] is not None:
        words["line"] = rows[words["line"] - 1] + 1
    return words


@bp.get("")
def index() -> ResponseReturnValue:
    picker = PickerForm(request.args)
    suggestion = None
    if "minutes" in request.args and picker.validate():
        suggestion = suggest_any(picker.minutes.data, picker.kind.data)
    status = 422 if picker.errors else 200
    return _page(picker, ClaimForm(formdata=None), suggestion=suggestion), status


@bp.post("/check")
def check() -> ResponseReturnValue:
    form = ClaimForm()
    rows = filled_rows(form)
    problems = None
    if form.validate():
        try:
            claim = read_claim(to_claim(form, rows))
        except InvalidInput as invalid:
            apply_errors(form, invalid.errors, rows)
        else:
            problems = [_on_row(problem_words(found), rows) for found in check_claim(claim)]
    response = current_app.make_response(
        (_page(PickerForm(formdata=None), form, problems=problems),
         200 if problems is not None else 422))
    response.headers["Cache-Control"] = "no-store"
    return response
