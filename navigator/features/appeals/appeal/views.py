"""/appeal: from a denial to the steps, their dates, a calendar file and the letters.

Nothing is stored. The result page carries the answers in hidden fields, and each download
posts them back, so a letter or calendar is made from the form every time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, abort, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext

from benefits.appeals.deadlines import ClaimKind
from benefits.appeals.plan_types import PLAN_TYPE_LABEL, REGULATORS, PlanType, Regulator
from benefits.letters import (
    LETTER_REASONS,
    REASONS,
    Letter,
    LetterFacts,
    LetterKind,
    build_letter,
    letters_for,
    next_step_for,
    reason_for_codes,
)
from navigator.core.i18n import current_lang
from navigator.features.appeals.appeal.forms import AppealForm, deadlines
from navigator.features.appeals.appeal.ics import calendar_file
from navigator.features.appeals.appeal.render import letter_pdf, letter_text, render_letter
from navigator.features.appeals.appeal.steps import Step, steps_for
from navigator.features.appeals.appeal.timeline import Timeline, timeline

bp = Blueprint("appeal", __name__, url_prefix="/appeal")
FORMATS = ("html", "pdf", "txt")
# What an address may carry into the form: the language and the choices `_prefill` reads.
LINK_ARGS = ("lang", "plan_type", "kind", "reason", "codes")


@dataclass(frozen=True)
class Case:
    facts: LetterFacts
    steps: list[Step]
    picture: Timeline
    letters: list[Letter]
    regulator: Regulator

    @property
    def plan_label(self) -> str:
        return gettext(PLAN_TYPE_LABEL[self.facts.plan_type])

    @property
    def reason_label(self) -> str:
        return gettext(REASONS[self.facts.reason].label)

    @property
    def next_step(self) -> str:
        return " ".join(gettext(text) for text in next_step_for(self.facts.plan_type,
                                                                 self.facts.reason))


def _case(form: AppealForm) -> Case | None:
    found = deadlines(form)
    if found is None:
        return None
    facts = form.facts(dt.date.today())
    if facts.notice_received is None:  # the form requires it; deadlines() checked it
        return None
    steps = steps_for(found, facts)
    points = [(facts.notice_received, gettext("You got the denial notice"), "start")]
    points += [(s.due, s.label, "action" if s.is_action else "answer") for s in steps]
    if points[0][0] < facts.today <= max(p[0] for p in points):
        points.append((facts.today, gettext("Today"), "today"))
    letters = [build_letter(kind, facts) for kind in letters_for(facts.plan_type,
                                                                 facts.reason)]
    return Case(facts, steps, timeline(points), letters, REGULATORS[facts.plan_type])


def _private(response: Response) -> Response:
    """Pages and files made from what the person typed must not sit in any cache."""
    response.headers["Cache-Control"] = "no-store"
    return response


def _form_again(form: AppealForm) -> ResponseReturnValue:
    return _private(Response(render_template("appeals/appeal/form.html", form=form), status=422))


def _prefill() -> dict[str, str]:
    """Choices a link may carry (never anything about the person), e.g. from /denied."""
    args = request.args
    data = {name: args[name] for name, allowed in (
        ("plan_type", PlanType), ("kind", ClaimKind), ("reason", LETTER_REASONS))
        if args.get(name) in {item.value for item in allowed}}
    codes = args.get("codes", "")[:60]
    if codes:
        data["codes"] = codes
        reason = reason_for_codes(codes)
        if reason is not None and "reason" not in data:
            data["reason"] = reason.value
    return data


@bp.get("")
def start() -> ResponseReturnValue:
    # The letters start in the page's language; the person can pick the other one.
    data = {"letter_lang": current_lang(), **_prefill()}
    return render_template("appeals/appeal/form.html", form=AppealForm(formdata=None, data=data))


@bp.post("")
def result() -> ResponseReturnValue:
    form = AppealForm()
    case = _case(form)
    if case is None:
        return _form_again(form)
    return _private(Response(render_template("appeals/appeal/result.html", form=form, case=case)))


@bp.post("/calendar.ics")
def calendar() -> ResponseReturnValue:
    form = AppealForm()
    case = _case(form)
    if case is None:
        return _form_again(form)
    body = calendar_file(case.steps, case.facts.notice_received or case.facts.today,
                         dt.datetime.now(dt.UTC))
    return _private(Response(body, mimetype="text/calendar", headers={
        "Content-Disposition": 'attachment; filename="appeal-deadlines.ics"'}))


@bp.post("/letters/<kind>.<fmt>")
def letter(kind: str, fmt: str) -> ResponseReturnValue:
    if fmt not in FORMATS or kind not in {k.value for k in LetterKind}:
        abort(404)
    form = AppealForm()
    case = _case(form)
    if case is None:
        return _form_again(form)
    chosen = next((item for item in case.letters if item.kind == kind), None)
    if chosen is None:
        abort(404)  # this letter does not fit the plan: the result page never offers it
    rendered = render_letter(chosen, form.letter_lang.data)
    name = f"{kind.replace('_', '-')}-letter-{rendered.lang}"
    if fmt == "pdf":
        return _private(Response(letter_pdf(rendered), mimetype="application/pdf", headers={
            "Content-Disposition": f'attachment; filename="{name}.pdf"'}))
    if fmt == "txt":
        return _private(Response(letter_text(rendered), mimetype="text/plain", headers={
            "Content-Disposition": f'attachment; filename="{name}.txt"'}))
    return _private(Response(render_template(
        "appeals/appeal/letter.html", form=form, case=case, letter=chosen, rendered=rendered)))


@bp.get("/calendar.ics")
@bp.get("/letters/<kind>.<fmt>")
def back_to_form(kind: str = "", fmt: str = "") -> ResponseReturnValue:
    """A download asked for by address (say, after switching language) starts over."""
    # Only the names the form reads: url_for() takes others (endpoint, _method, _scheme)
    # as its own arguments.
    args: dict[str, Any] = {name: value for name, value in request.args.items()
                            if name in LINK_ARGS}
    return redirect(url_for("appeal.start", **args))
