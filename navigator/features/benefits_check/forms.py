"""Forms for the benefits check: type in what the card and summary say, or paste a 271."""

from __future__ import annotations

from typing import Any

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import NumberRange, Optional

from benefits.summary.model import PlanType
from navigator.core.forms import MONTHS, BaseForm, WholeNumberField, cost_type_field, money

PLAN_TYPES = {
    PlanType.EMPLOYER_SELF_FUNDED: _l("Through an employer, self-funded (the employer pays "
                                      "claims)"),
    PlanType.EMPLOYER_FULLY_INSURED: _l("Through an employer, bought from an insurance "
                                        "company"),
    PlanType.GOVERNMENT_EMPLOYER: _l("Through a state or local government job"),
    PlanType.INDIVIDUAL: _l("Bought on my own or on the Marketplace"),
    PlanType.MEDICAID_MANAGED_CARE: _l("Medicaid, through a health plan"),
    PlanType.MEDICARE_ADVANTAGE: _l("Medicare Advantage (Part C)"),
    PlanType.ORIGINAL_MEDICARE: _l("Original Medicare (Part B)"),
}
UNSURE = "unsure"


def yes_no_unsure(label: Any) -> RadioField:
    return RadioField(label, default=UNSURE, choices=[
        SelectChoice("yes", _l("Yes")), SelectChoice("no", _l("No")),
        SelectChoice(UNSURE, _l("I don't know"))])


class BenefitsForm(BaseForm):
    """A GET form: the summary's address holds the answers, and nothing is saved."""

    class Meta:
        csrf = False

    plan_type = RadioField(_l("How do you get this insurance?"), default=UNSURE, choices=[
        *(SelectChoice(code.value, label) for code, label in PLAN_TYPES.items()),
        SelectChoice(UNSURE, _l("I don't know"))])
    cost_type = cost_type_field(_l("For a therapy visit in network, what do you pay?"))
    coinsurance = StringField(_l("Coinsurance percent"), render_kw={"inputmode": "decimal"})
    copay = money(_l("Copay for a therapy visit"))
    deductible = money(_l("Deductible"))
    deductible_met = money(_l("Deductible paid so far this plan year"))
    deductible_applies = yes_no_unsure(_l("Do you pay the deductible before the therapy copay "
                                          "or coinsurance starts?"))
    oop_max = money(_l("Out-of-pocket limit"))
    oop_met = money(_l("Out-of-pocket paid so far this plan year"))
    primary_care_copay = money(_l("Copay for a primary care visit"))
    specialist_copay = money(_l("Copay for a specialist visit"))
    visit_limit = WholeNumberField(_l("Therapy visits the plan pays for each year, if limited"),
                                   validators=[Optional(), NumberRange(min=0, max=366)],
                                   render_kw={"inputmode": "numeric"})
    medical_visit_limit = yes_no_unsure(_l("Does the plan also limit medical office visits?"))
    therapy_prior_auth = yes_no_unsure(_l("Does weekly therapy need approval first (prior "
                                          "authorization)?"))
    separate_deductible = yes_no_unsure(_l("Is there a separate deductible just for "
                                           "mental-health care?"))
    oon_covered = yes_no_unsure(_l("Does the plan pay for therapists out of network?"))
    oon_coinsurance = StringField(_l("Out-of-network coinsurance percent"),
                                  render_kw={"inputmode": "decimal"})
    oon_deductible = money(_l("Out-of-network deductible"))
    oon_oop_max = money(_l("Out-of-network out-of-pocket limit"))
    carve_out_name = StringField(_l("Company that manages mental-health benefits, if not "
                                    "your plan"), render_kw={"autocomplete": "off"})
    carve_out_phone = StringField(_l("Their phone number"), render_kw={
        "autocomplete": "off", "inputmode": "tel"})
    plan_year_month = SelectField(_l("Month the plan year starts"), default="1", choices=[
        SelectChoice(str(n), month) for n, month in enumerate(MONTHS, start=1)])


class X12Form(BaseForm):
    """Paste or upload a 271. POST, so the file stays out of addresses and logs."""

    x12 = TextAreaField(_l("Paste the 271 response"), render_kw={
        "rows": 8, "spellcheck": "false", "autocomplete": "off", "class": "code"})
    upload = FileField(_l("Or choose a 271 file"))
