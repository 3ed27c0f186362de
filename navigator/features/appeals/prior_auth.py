"""/prior-authorization: steps, a checklist, decision times and a phone script per service."""

from __future__ import annotations

import datetime as dt

from flask import Blueprint, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import lazy_gettext as _l
from wtforms import SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired
from wtforms.widgets import DateInput

from benefits.appeals import prior_auth
from benefits.appeals.deadlines import prior_auth_decision_deadlines
from benefits.appeals.plan_types import PLAN_TYPE_LABEL, REGULATORS, PlanType
from navigator.core.forms import BaseForm
from navigator.features.appeals.text import parse_date, step_label

bp = Blueprint("prior_auth", __name__, url_prefix="/prior-authorization")

# The federal parity law does not reach Medicare (domain facts §4).
NO_PARITY = frozenset({PlanType.MEDICARE_ADVANTAGE, PlanType.ORIGINAL_MEDICARE})


class PriorAuthForm(BaseForm):
    """A GET form: the answer's address holds the choices, and nothing is saved."""

    class Meta:
        csrf = False

    # DataRequired, not InputRequired: it looks at the value after spaces are stripped, so
    # a choice of only spaces counts as no choice.
    service = SelectField(_l("What care needs approval?"), default="", validate_choice=False,
                          validators=[DataRequired(message=_l("Choose the care."))])
    plan_type = SelectField(_l("How do you get your insurance?"), default="",
                            validate_choice=False,
                            validators=[DataRequired(message=_l("Choose your kind of plan."))])
    request_date = StringField(_l("Date the request was sent (leave empty for today)"),
                               widget=DateInput())


def _choices(form: PriorAuthForm) -> None:
    form.service.choices = [SelectChoice("", _l("Choose the care")), *(
        SelectChoice(s.value, _l(prior_auth.GUIDES[s].label)) for s in prior_auth.Service)]
    form.plan_type.choices = [SelectChoice("", _l("Choose your kind of plan")), *(
        SelectChoice(p.value, _l(PLAN_TYPE_LABEL[p])) for p in PlanType)]


def _check(form: PriorAuthForm) -> dt.date | None:
    """The request date when every answer is usable; otherwise None, with field errors."""
    valid = form.validate()
    if form.service.data and form.service.data not in list(prior_auth.Service):
        form.service.errors.append(_l("Choose one of the kinds of care in the list."))
    if form.plan_type.data and form.plan_type.data not in list(PlanType):
        form.plan_type.errors.append(_l("Choose one of the kinds of plan in the list."))
    day: dt.date | None = dt.date.today()
    if form.request_date.data:
        day, message = parse_date(form.request_date.data)
        if message:
            form.request_date.errors.append(message)
    return day if valid and not form.errors else None


@bp.get("")
def start() -> ResponseReturnValue:
    form = PriorAuthForm(request.args)
    _choices(form)
    context: dict[str, object] = {"form": form, "guide": None}
    if "service" in request.args or "plan_type" in request.args:
        day = _check(form)
        if day is not None:
            plan = PlanType(form.plan_type.data)
            context.update(
                guide=prior_auth.guide_for(form.service.data), plan=plan,
                plan_label=_l(PLAN_TYPE_LABEL[plan]), day=day,
                standard=prior_auth_decision_deadlines(plan, day, urgent=False),
                urgent=prior_auth_decision_deadlines(plan, day, urgent=True),
                regulator=REGULATORS[plan], parity=plan not in NO_PARITY,
                rights=prior_auth.payer_rights(plan))
    status = 422 if form.errors else 200
    return render_template("appeals/prior_auth/start.html", steps=prior_auth.STEPS,
                           script=prior_auth.PHONE_SCRIPT, source=prior_auth.SOURCE,
                           step_label=step_label, **context), status
