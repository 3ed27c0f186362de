"""The form base class and the fields several tools share: money, percents, months, codes."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from flask_babel import LazyString, gettext
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import IntegerField, RadioField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import ValidationError

from benefits.coding.sessions import CODE_SUMMARY
from benefits.fields import MAX_NUMBER_TEXT, NUL

MONTHS = (_l("January"), _l("February"), _l("March"), _l("April"), _l("May"), _l("June"),
          _l("July"), _l("August"), _l("September"), _l("October"), _l("November"),
          _l("December"))
PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%?\s*$")


NUL_MESSAGE = _l("Remove the hidden NUL character from this text.")
TOO_LONG_NUMBER = _l("This number is too long. Use 30 characters or fewer, with no exponent, "
                     "like 12 or 1500.00.")


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


class _HadNul(str):
    """Text that had NUL characters taken out (a marker for the next filter)."""


def _drop_nul(value: object) -> object:
    if isinstance(value, str) and NUL in value:
        return _HadNul(value.replace(NUL, ""))
    return value


def _refuse_nul(value: object) -> object:
    """PostgreSQL cannot store or compare text with NUL in it: say so on the field.

    WTForms makes this ValueError the field's error. _drop_nul ran first, so the field's
    data is already without NUL: code that reads it without validating never sends one on.
    """
    if isinstance(value, _HadNul):
        raise ValueError(NUL_MESSAGE)
    return value


class BaseForm(FlaskForm):
    """Every form: CSRF on, surrounding spaces removed and NUL refused in text input."""

    class Meta:
        def bind_field(self, form, unbound_field, options):  # noqa: ANN001, ANN201
            filters = [_drop_nul, _refuse_nul, _strip, *unbound_field.kwargs.get("filters", [])]
            return unbound_field.bind(form=form, filters=filters, **options)


class WholeNumberField(IntegerField):
    """IntegerField that measures the text before int() reads it.

    int() of a long text costs time, and WTForms' NumberRange turns 309 digits or more
    into a float (OverflowError, a 500). Longer than MAX_NUMBER_TEXT is refused.
    """

    data: Any  # an int, or None when the text was refused (as IntegerField has it)

    def process_formdata(self, valuelist: list[Any]) -> None:
        if valuelist and isinstance(valuelist[0], str) \
                and len(valuelist[0].strip()) > MAX_NUMBER_TEXT:
            self.data = None
            raise ValueError(TOO_LONG_NUMBER)
        super().process_formdata(valuelist)


def money(label: Any, **kwargs: Any) -> StringField:
    return StringField(label, render_kw={"inputmode": "decimal", "autocomplete": "off",
                                         "class": "money"}, **kwargs)


def percent_to_fraction(text: str | None) -> str | None:
    """'20' or '20%' -> '0.2'; None when empty. Raises ValueError for anything else."""
    if not text or not text.strip():
        return None
    if len(text) > MAX_NUMBER_TEXT:
        raise ValueError(text[:MAX_NUMBER_TEXT])
    match = PERCENT.match(text)
    if not match:
        raise ValueError(text)
    try:
        number = Decimal(match.group(1))
    except InvalidOperation as error:  # pragma: no cover - the pattern admits only digits
        raise ValueError(text) from error
    if number > 100:
        raise ValueError(text)
    return str(number / 100)


def valid_percent(form: BaseForm, field: StringField) -> None:
    """A WTForms validator: empty, or a percent from 0 to 100."""
    try:
        percent_to_fraction(field.data)
    except ValueError as error:
        raise ValidationError(_l("Enter a percent from 0 to 100, like 20.")) from error


def code_label(code: str) -> LazyString:
    """"90837: Individual therapy, 53 minutes or more", worded when shown."""
    return LazyString(lambda: f"{code}: {gettext(CODE_SUMMARY[code])}")


COST_TYPES = (
    SelectChoice("coinsurance", _l("A percent of the price (coinsurance)")),
    SelectChoice("copay", _l("A set dollar amount (copay)")),
    SelectChoice("none", _l("Nothing: the plan pays the rest")),
)


def cost_type_field(label: Any) -> RadioField:
    return RadioField(label, default="coinsurance", choices=list(COST_TYPES))


def yes_no(label: Any, default: str) -> RadioField:
    return RadioField(label, default=default, choices=[
        SelectChoice("yes", _l("Yes")), SelectChoice("no", _l("No"))])
