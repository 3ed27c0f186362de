"""/denied: what the codes on an EOB or denial mean, whether you owe it, and what to do."""

from __future__ import annotations

from flask import Blueprint, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from wtforms import SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length

from benefits.appeals.eob_codes import (
    REASONS,
    CodeExplanation,
    DenialReason,
    Reason,
    explain,
    parse_codes,
)
from navigator.core.forms import BaseForm
from navigator.features.appeals.text import OWES_LABEL, appeal_url

bp = Blueprint("denied", __name__, url_prefix="/denied")
CODES_MAX = 60  # the length of the appeal form's codes field


class DeniedForm(BaseForm):
    """A GET form: the answer's address holds the codes, and nothing is saved."""

    class Meta:
        csrf = False

    codes = StringField(_l("Codes on your EOB or denial letter"), validators=[
        Length(max=200, message=_l("Use 200 characters or fewer."))],
        render_kw={"autocomplete": "off", "spellcheck": "false"})
    reason = SelectField(_l("Or pick the reason in words"), default="", validate_choice=False)


def _reason_choices() -> list[SelectChoice]:
    return [SelectChoice("", _l("Choose a reason")),
            *(SelectChoice(r.value, _l(REASONS[r].label)) for r in DenialReason)]


def _reason(form: DeniedForm) -> Reason | None:
    value = form.reason.data or ""
    if not value:
        return None
    if value not in [r.value for r in DenialReason]:
        form.reason.errors.append(gettext("Choose one of the reasons in the list."))
        return None
    return REASONS[DenialReason(value)]


def _answer(form: DeniedForm) -> tuple[list, Reason | None]:
    """The codes explained and the reason picked; problems go on the form's fields."""
    if not form.validate():
        return [], None
    explained, unknown = parse_codes(form.codes.data or "")
    if unknown:
        form.codes.errors.append(gettext(
            "We do not know these codes: %(codes)s. Check them on the paper. A reason code "
            "is a number such as 197, or a letter and a number such as N130.",
            codes=", ".join(unknown)))
    reason = _reason(form)
    if not explained and reason is None and not form.errors:
        form.codes.errors.append(gettext("Enter a code from your paper, or pick a reason."))
    return explained, reason


@bp.get("")
def start() -> ResponseReturnValue:
    form = DeniedForm(request.args)
    form.reason.choices = _reason_choices()
    explained: list[CodeExplanation] = []
    reason: Reason | None = None
    submitted = "codes" in request.args or "reason" in request.args
    if submitted:
        explained, reason = _answer(form)
    reason_codes = [explain(None, code) for code in reason.codes] if reason else []
    status = 422 if form.errors and not (explained or reason) else 200
    return render_template("appeals/denied/start.html", form=form, submitted=submitted,
                           explained=explained, reason=reason, reason_codes=reason_codes,
                           owes_label=OWES_LABEL,
                           appeal_url=appeal_url(**_appeal_choices(explained, reason))), status


def _appeal_choices(explained: list[CodeExplanation], reason: Reason | None) -> dict[str, str]:
    """What the appeal form can start with: the codes understood here and the reason."""
    choices = {}
    codes = ""
    for item in explained:  # whole codes only, as many as the form's 60 characters hold
        if len(longer := f"{codes} {item.code}".strip()) > CODES_MAX:
            break
        codes = longer
    if codes:
        choices["codes"] = codes
    if reason is not None:
        choices["reason"] = reason.reason.value
    return choices
