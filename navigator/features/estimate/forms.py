"""The estimator's form: what a person can copy from an insurance card or benefits summary.

Fields stay text; the domain reader checks the numbers, so the page and the JSON API give
the same answers and the same errors.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import RadioField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import NumberRange, Optional
from wtforms.widgets import DateInput

from navigator.core.forms import (
    COST_TYPES,
    MONTHS,
    BaseForm,
    WholeNumberField,
    code_label,
    cost_type_field,
    money,
    valid_percent,
    yes_no,
)
from navigator.core.session_codes import ESTIMATOR_CODES

SESSION_CODES = ESTIMATOR_CODES


class EstimateForm(BaseForm):
    """A GET form (no CSRF: it changes nothing), so the result's address holds the inputs."""

    class Meta:
        csrf = False

    network = RadioField(_l("Is the therapist in your plan's network?"), default="in",
                         choices=[SelectChoice("in", _l("Yes, in network")),
                                  SelectChoice("out", _l("No, out of network"))])
    code = SelectField(_l("Type of session"), default="90837", choices=[
        SelectChoice(code, code_label(code)) for code in SESSION_CODES])
    allowed_amount = money(_l("The plan's price for one session (allowed amount)"))
    count = WholeNumberField(_l("Number of sessions"), default=12,
                             validators=[Optional()], render_kw={"inputmode": "numeric"})
    first_date = StringField(_l("Date of the first session"), widget=DateInput())
    every_days = WholeNumberField(_l("Days between sessions"), default=7,
                                  validators=[Optional()], render_kw={"inputmode": "numeric"})
    deductible = money(_l("Deductible"))
    deductible_met = money(_l("Deductible paid so far this plan year"), default="0")
    oop_max = money(_l("Out-of-pocket limit"))
    oop_met = money(_l("Out-of-pocket paid so far this plan year"), default="0")
    cost_type = cost_type_field(_l("After the deductible, what do you pay for each session?"))
    coinsurance = StringField(_l("Coinsurance percent"), validators=[valid_percent],
                              render_kw={"inputmode": "decimal"})
    copay = money(_l("Copay per session"))
    deductible_applies = yes_no(_l("Do you pay the deductible before the copay or "
                                   "coinsurance starts?"), "yes")
    family_deductible = money(_l("Family deductible"))
    family_deductible_met = money(_l("Family deductible paid so far"))
    family_oop_max = money(_l("Family out-of-pocket limit"))
    family_oop_met = money(_l("Family out-of-pocket paid so far"))
    billed_amount = money(_l("The therapist's full price for one session"))
    oon_benefits = yes_no(_l("Does your plan pay for out-of-network care?"), "yes")
    oon_deductible = money(_l("Out-of-network deductible"))
    oon_deductible_met = money(_l("Out-of-network deductible paid so far"), default="0")
    oon_oop_max = money(_l("Out-of-network out-of-pocket limit"))
    oon_oop_met = money(_l("Out-of-network out-of-pocket paid so far"), default="0")
    oon_cost_type = cost_type_field(_l("Out of network, after the deductible, what do you pay?"))
    oon_coinsurance = StringField(_l("Out-of-network coinsurance percent"),
                                  validators=[valid_percent],
                                  render_kw={"inputmode": "decimal"})
    oon_copay = money(_l("Out-of-network copay per session"))
    oon_deductible_applies = yes_no(_l("Out of network, do you pay the deductible first?"),
                                    "yes")
    visit_limit = WholeNumberField(_l("Visits the plan pays for each year"),
                                   validators=[Optional(), NumberRange(min=0, max=366)],
                                   render_kw={"inputmode": "numeric"})
    visits_used = WholeNumberField(_l("Visits used so far this plan year"),
                                   validators=[Optional(), NumberRange(min=0, max=366)],
                                   render_kw={"inputmode": "numeric"})
    plan_year_month = SelectField(_l("Month the plan year starts"), default="1", choices=[
        SelectChoice(str(n), month) for n, month in enumerate(MONTHS, start=1)])
    plan_year_day = WholeNumberField(_l("Day the plan year starts"), default=1,
                                     validators=[Optional(), NumberRange(min=1, max=31)],
                                     render_kw={"inputmode": "numeric"})
    self_pay_rate = money(_l("Self-pay price per session, if you know it"))
    place = RadioField(_l("Where are the sessions?"), default="office", choices=[
        SelectChoice("office", _l("In the therapist's office")),
        SelectChoice("telehealth", _l("By video or phone (telehealth)"))])
    family_kind = RadioField(_l("How does the family deductible work?"), default="embedded",
                             choices=[
        SelectChoice("embedded", _l("Each person also has their own deductible (embedded)")),
        SelectChoice("aggregate", _l("There is only one family total (aggregate)"))])
    telehealth_cost_type = RadioField(
        _l("For telehealth sessions, what do you pay after the deductible?"), default="same",
        choices=[SelectChoice("same", _l("The same as for an office visit")),
                 *COST_TYPES])
    telehealth_coinsurance = StringField(_l("Telehealth coinsurance percent"),
                                         validators=[valid_percent],
                                         render_kw={"inputmode": "decimal"})
    telehealth_copay = money(_l("Telehealth copay per session"))
    telehealth_deductible_applies = yes_no(_l("For telehealth, do you pay the deductible "
                                              "first?"), "yes")
