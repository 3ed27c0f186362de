"""From the typed-in benefits form to a BenefitsSummary, with errors shown on the fields."""

from __future__ import annotations

from decimal import Decimal

from flask_babel import lazy_gettext as _l

from benefits.fields import FieldError
from benefits.money import MoneyError, parse_money
from benefits.summary.model import (
    BenefitsSummary,
    CarveOut,
    MedicalVisits,
    PlanType,
    Source,
    TierSummary,
)
from navigator.core.forms import percent_to_fraction
from navigator.core.wording import problem_text
from navigator.features.benefits_check.forms import UNSURE, BenefitsForm

MET_ABOVE = _l("This is more than the total. Check both numbers.")
BAD_PERCENT = _l("Enter a percent from 0 to 100, like 20.")


class _Reader:
    def __init__(self, form: BenefitsForm) -> None:
        self.form = form
        self.ok = True

    def fail(self, name: str, message: str) -> None:
        self.form[name].errors = [*self.form[name].errors, message]
        self.ok = False

    def money(self, name: str) -> Decimal | None:
        text = (self.form[name].data or "").strip()
        if not text:
            return None
        try:
            return parse_money(text)
        except MoneyError as error:
            self.fail(name, problem_text(FieldError(name, error.code)))
            return None

    def fraction(self, name: str) -> Decimal | None:
        try:
            value = percent_to_fraction(self.form[name].data)
        except ValueError:
            self.fail(name, str(BAD_PERCENT))
            return None
        return Decimal(value) if value is not None else None

    def choice(self, name: str) -> bool | None:
        value = self.form[name].data
        return None if value in (None, UNSURE) else value == "yes"

    def remaining(self, total_name: str, met_name: str) -> Decimal | None:
        total, met = self.money(total_name), self.money(met_name)
        if total is None or met is None:
            return None
        if met > total:
            self.fail(met_name, str(MET_ABOVE))
            return None
        return total - met


def _in_network(read: _Reader) -> TierSummary:
    kind = read.form.cost_type.data
    copay = read.money("copay") if kind == "copay" else None
    coinsurance = read.fraction("coinsurance") if kind == "coinsurance" else None
    return TierSummary(
        covered=True, copay=copay, coinsurance=coinsurance,
        deductible=read.money("deductible"),
        deductible_remaining=read.remaining("deductible", "deductible_met"),
        oop_max=read.money("oop_max"), oop_remaining=read.remaining("oop_max", "oop_met"),
        deductible_applies=read.choice("deductible_applies"),
        visit_limit=read.form.visit_limit.data,
        auth_required=read.choice("therapy_prior_auth"),
    )


def _out_of_network(read: _Reader) -> TierSummary:
    covered = read.choice("oon_covered")
    if not covered:
        return TierSummary(covered=covered)
    return TierSummary(covered=True, coinsurance=read.fraction("oon_coinsurance"),
                       deductible=read.money("oon_deductible"),
                       oop_max=read.money("oon_oop_max"))


MONTH_NUMBERS = {str(n) for n in range(1, 13)}


def _plan_type(value: str | None) -> PlanType | None:
    """The chosen plan type; None for "unsure" and for a value the form already refused."""
    return PlanType(value) if value in {p.value for p in PlanType} else None


def _month(text: str | None) -> int:
    """The chosen month; the form already refused anything but 1 to 12."""
    return int(text) if text in MONTH_NUMBERS else 1


def typed_summary(form: BenefitsForm) -> BenefitsSummary | None:
    """The summary the answers describe, or None with errors on the form."""
    valid = form.validate()  # first: validating again would clear the errors added below
    read = _Reader(form)
    plan_type = form.plan_type.data
    name = (form.carve_out_name.data or "").strip()
    phone = (form.carve_out_phone.data or "").strip() or None
    medical_limit = read.choice("medical_visit_limit")
    summary = BenefitsSummary(
        source=Source.TYPED,
        plan_type=_plan_type(plan_type),
        in_network=_in_network(read), out_of_network=_out_of_network(read),
        carve_out=CarveOut(name[:120], phone[:40] if phone else None, "typed")
        if name else None,
        plan_year_start=f"{_month(form.plan_year_month.data):02d}-01",
        medical=MedicalVisits(primary_care_copay=read.money("primary_care_copay"),
                              specialist_copay=read.money("specialist_copay"),
                              visit_limit_known=medical_limit is False),
        separate_mental_health_deductible=read.choice("separate_deductible"),
        therapy_prior_auth=read.choice("therapy_prior_auth"),
    )
    return summary if read.ok and valid else None
