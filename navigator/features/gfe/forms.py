"""The Good Faith Estimate form and the dispute-check form.

Fields stay text: `benefits.gfe` checks every value, so the page and any API give the same
errors. Each provider has a fixed number of service lines; blank lines are skipped.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import FieldList, FormField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.widgets import DateInput

from benefits.coding.sessions import CODE_SUMMARY
from benefits.gfe import MAX_MONTHS, US_STATES, Frequency
from navigator.core.forms import BaseForm, code_label, money
from navigator.features.gfe.text import FREQUENCY_LABELS

PROVIDERS = 2  # the practice giving the estimate, and one other provider or facility
LINES = 3
BILL_ROWS = 3


class GroupedForm(BaseForm):
    """BaseForm for forms with repeated groups: lists and sub-forms take no filters."""

    class Meta:
        def bind_field(self, form, unbound_field, options):  # noqa: ANN001, ANN201
            if issubclass(unbound_field.field_class, FieldList | FormField):
                return unbound_field.bind(form=form, **options)
            return super().bind_field(form, unbound_field, options)


def _date(label: object) -> StringField:
    return StringField(label, widget=DateInput())


class LineForm(BaseForm):
    class Meta:
        csrf = False

    code = SelectField(_l("Service code"), validate_choice=False, choices=[
        SelectChoice("", _l("Choose a code")),
        *[SelectChoice(code, code_label(code)) for code in CODE_SUMMARY]])
    sessions = StringField(_l("Number of sessions"), render_kw={"inputmode": "numeric"})
    fee = money(_l("Charge for each session"))


class ProviderForm(GroupedForm):
    class Meta:
        csrf = False

    name = StringField(_l("Name of the provider or facility"), render_kw={
        "autocomplete": "organization"})
    npi = StringField(_l("NPI (National Provider Identifier)"), render_kw={
        "inputmode": "numeric"})
    tin = StringField(_l("Tax ID number (TIN)"))
    address = StringField(_l("Where the care is given"))
    state = SelectField(_l("State"), validate_choice=False, choices=[
        SelectChoice("", _l("Choose a state")), *[SelectChoice(s, s) for s in US_STATES]])
    lines = FieldList(FormField(LineForm), min_entries=LINES, max_entries=LINES)


class GfeForm(GroupedForm):
    issued_on = _date(_l("Date of this estimate"))
    patient_name = StringField(_l("Patient's full name"), render_kw={"autocomplete": "off"})
    patient_dob = _date(_l("Patient's date of birth"))
    primary_service = StringField(_l("The main service, in plain words"))
    frequency = SelectField(_l("How often"), default=Frequency.WEEKLY.value,
                            validate_choice=False, choices=[
                                SelectChoice(f.value, label)
                                for f, label in FREQUENCY_LABELS.items()])
    months = SelectField(_l("How many months this estimate covers"), default=str(MAX_MONTHS),
                         validate_choice=False, choices=[
                             SelectChoice(str(n), str(n)) for n in range(1, MAX_MONTHS + 1)])
    first_date = _date(_l("Date of the first session, if it is scheduled"))
    diagnosis_codes = StringField(_l("Diagnosis codes, if any"))
    separately_scheduled = TextAreaField(_l("Care that will be scheduled separately"),
                                         render_kw={"rows": 3})
    providers = FieldList(FormField(ProviderForm), min_entries=PROVIDERS,
                          max_entries=PROVIDERS)


class BillRowForm(BaseForm):
    class Meta:
        csrf = False

    name = StringField(_l("Provider or facility"))
    estimated = money(_l("Total on the Good Faith Estimate"))
    billed = money(_l("Total billed"))


class DisputeForm(GroupedForm):
    """A GET form: amounts and a date only, nothing about the person."""

    class Meta:
        csrf = False

    bill_date = _date(_l("Date on the first bill"))
    providers = FieldList(FormField(BillRowForm), min_entries=BILL_ROWS, max_entries=BILL_ROWS)
