"""The appeal form: the plan, the dates and the reason, then the facts the letters need."""

from __future__ import annotations

import datetime as dt

from flask import current_app
from flask_babel import lazy_gettext
from flask_babel import lazy_gettext as _l
from wtforms import DateField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional, ValidationError

from benefits.appeals.deadlines import ClaimKind, Deadline, DeadlineInputError, appeal_deadlines
from benefits.appeals.plan_types import PLAN_TYPE_LABEL, PlanType
from benefits.letters import LETTER_REASONS, REASONS, DenialReason, LetterFacts
from navigator.core.forms import BaseForm


def _languages() -> list[SelectChoice]:
    """The site's languages, each named in itself (read when a form is made)."""
    return [SelectChoice(code, name) for code, name in current_app.config["LANGUAGES"].items()]

KIND_LABEL = {
    ClaimKind.POST_SERVICE: _l("I already had the care, and the plan will not pay the claim"),
    ClaimKind.PRE_SERVICE: _l("I have not had the care yet, and the plan will not approve it"),
}
# The rules' input names, and the form field each one came from.
RULE_FIELDS = {"plan_type": "plan_type", "kind": "kind", "urgent": "urgent",
               "received_date": "received_date", "appeal_filed_date": "appeal_filed_date",
               "final_denial_received_date": "final_denial_received_date",
               "notice_date": "denial_date"}
RULE_MESSAGES = {
    "urgent": _l("An urgent appeal is for care you have not had yet. Choose No, or choose "
                 "that you have not had the care yet."),
    "appeal_filed_date": _l("Enter a date on or after the day you got the denial notice."),
    "final_denial_received_date": _l("Enter a date on or after the day you got the denial "
                                     "notice and the day you appealed."),
    "notice_date": _l("The date printed on the notice comes on or before the day you got "
                      "it. Check both dates."),
}
OUT_OF_RANGE = _l("Enter a date from 1900 to 2199.")


def _text(label: object, limit: int = 100, **kw: object) -> StringField:
    return StringField(label, validators=[Optional(), Length(max=limit, message=_l(
        "Use %(max)d characters or fewer."))], render_kw={"autocomplete": "off", **kw})


def _lines(label: object, limit: int, rows: int = 3) -> TextAreaField:
    return TextAreaField(label, validators=[Optional(), Length(max=limit, message=_l(
        "Use %(max)d characters or fewer."))], render_kw={"rows": rows, "autocomplete": "off"})


def _date(label: object, required: object = None) -> DateField:
    first = InputRequired(message=required) if required else Optional()
    return DateField(label, validators=[first])


class AppealForm(BaseForm):
    """POST: names and member numbers stay out of addresses and logs. Nothing is kept."""

    plan_type = RadioField(_l("How do you get this insurance?"), choices=[
        SelectChoice(p.value, lazy_gettext(label)) for p, label in PLAN_TYPE_LABEL.items()],
        validators=[InputRequired(message=_l("Choose how you get this insurance."))])
    kind = RadioField(_l("What was denied?"), choices=[
        SelectChoice(k.value, label) for k, label in KIND_LABEL.items()],
        validators=[InputRequired(message=_l("Choose what was denied."))])
    urgent = RadioField(_l("Could waiting the usual time seriously harm your health?"),
                        default="no", choices=[SelectChoice("no", _l("No")),
                                               SelectChoice("yes", _l("Yes"))])
    received_date = _date(_l("The day you got the denial notice"),
                          _l("Enter the day you got the denial notice."))
    appeal_filed_date = _date(_l("The day you sent your appeal, if you already did"))
    final_denial_received_date = _date(_l("The day you got the plan's answer to your appeal, "
                                          "if it said no again"))
    reason = RadioField(_l("Why did the plan say no?"), choices=[
        SelectChoice(r.value, lazy_gettext(REASONS[r].label)) for r in LETTER_REASONS],
        validators=[InputRequired(message=_l("Choose the reason the plan gave."))])
    codes = _text(_l("Codes on the notice, if any"), 60)
    in_network = RadioField(_l("Is the provider in your plan's network?"), default="unsure",
                            choices=[SelectChoice("yes", _l("Yes")), SelectChoice("no", _l("No")),
                                     SelectChoice("unsure", _l("I don't know"))])
    letter_lang = RadioField(_l("Language of the letters"), default="en", choices=_languages)
    patient_name = _text(_l("Patient's name"), autocomplete="name")
    sender_address = _lines(_l("Your mailing address"), 300)
    phone = _text(_l("Your phone number"), 40, inputmode="tel")
    email = _text(_l("Your email address"), 120, inputmode="email")
    member_id = _text(_l("Member ID"), 60)
    group_number = _text(_l("Group number"), 60)
    claim_number = _text(_l("Claim or reference number"), 60)
    plan_name = _text(_l("Plan name"))
    insurer_name = _text(_l("Insurance company or plan that sent the notice"))
    insurer_address = _lines(_l("Its address for appeals"), 300)
    employer_name = _text(_l("Employer that offers the plan"))
    administrator_address = _lines(_l("Plan administrator's address"), 300)
    provider_name = _text(_l("Therapist, doctor or clinic"), 120)
    service = _text(_l("The care that was denied"), 160)
    service_first = _date(_l("Date of service, or the first date"))
    service_last = _date(_l("Last date of service, if more than one"))
    denial_date = _date(_l("Date printed on the denial notice"))
    what_happened = _lines(_l("What happened, in your own words"), 3000, rows=6)

    def validate_service_last(self, field: DateField) -> None:
        first = self.service_first.data
        if field.data and first and field.data < first:
            raise ValidationError(_l("Enter a date on or after the first date of service."))

    def facts(self, today: dt.date) -> LetterFacts:
        """The typed facts, for the letters; call only after `validate()` succeeded."""
        text = {name: (self[name].data or "") for name in _TEXT_FIELDS}
        return LetterFacts(
            plan_type=PlanType(self.plan_type.data), claim_kind=ClaimKind(self.kind.data),
            reason=DenialReason(self.reason.data), today=today,
            urgent=self.urgent.data == "yes",
            in_network={"yes": True, "no": False}.get(self.in_network.data),
            service_first=self.service_first.data, service_last=self.service_last.data,
            denial_date=self.denial_date.data, notice_received=self.received_date.data,
            appeal_filed=self.appeal_filed_date.data,
            final_denial_received=self.final_denial_received_date.data, **text)


_TEXT_FIELDS = ("patient_name", "member_id", "group_number", "claim_number", "plan_name",
                "insurer_name", "insurer_address", "employer_name", "administrator_address",
                "provider_name", "service", "codes", "what_happened", "sender_address",
                "phone", "email")


def deadlines(form: AppealForm) -> list[Deadline] | None:
    """The deadlines, or None with each problem shown on its field. Validates the form."""
    if not form.validate():
        return None
    try:
        return appeal_deadlines(
            form.plan_type.data, form.received_date.data, form.kind.data,
            urgent=form.urgent.data == "yes", appeal_filed_date=form.appeal_filed_date.data,
            final_denial_received_date=form.final_denial_received_date.data,
            # Medicare Advantage and Medicaid count from the date printed on the notice.
            notice_date=form.denial_date.data)
    except DeadlineInputError as problem:
        field = form[RULE_FIELDS.get(problem.field, "received_date")]
        field.errors = [str(RULE_MESSAGES.get(problem.field, OUT_OF_RANGE))]
        return None
