"""The front desk's forms: the quick code picker and the claim line check."""

from __future__ import annotations

from flask_babel import LazyString, gettext
from flask_babel import lazy_gettext as _l
from wtforms import RadioField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.widgets import DateInput

from benefits.coding.modifiers import PAYER_GUIDANCE, PLACES
from navigator.core.forms import BaseForm
from navigator.core.session_codes import SessionCodeForm
from navigator.features.front_desk.text import ALL_KIND_LABELS

# Enough rows for a visit with add-ons; without JavaScript a form cannot grow rows.
LINE_ROWS = 6


class PickerForm(SessionCodeForm):
    """The estimator's session-code form, with the testing kinds added."""

    class Meta:
        csrf = False

    kind = RadioField(_l("What kind of session is it?"), default="individual",
                      choices=[SelectChoice(str(kind), label)
                               for kind, label in ALL_KIND_LABELS.items()])


class LineForm(BaseForm):
    class Meta:
        csrf = False  # the claim form around it carries the token

    code = StringField(_l("Code"), render_kw={"autocomplete": "off", "size": 6})
    units = StringField(_l("Units"), render_kw={"inputmode": "numeric", "size": 3})
    modifiers = StringField(_l("Modifiers"), render_kw={"autocomplete": "off", "size": 10})
    minutes = StringField(_l("Minutes"), render_kw={"inputmode": "numeric", "size": 4})

    def is_blank(self) -> bool:
        return not any((field.data or "").strip() for field in self)


def _place_label(code: str, meaning: str) -> LazyString:
    return LazyString(lambda: f"{code}: {gettext(meaning)}")


class ClaimForm(BaseForm):
    date_of_service = StringField(_l("Date of service"), widget=DateInput())
    payer_type = SelectField(_l("Payer type"), default="commercial", choices=[
        SelectChoice(str(payer), LazyString(gettext, guidance.name))
        for payer, guidance in PAYER_GUIDANCE.items()], validate_choice=False)
    npi = StringField(_l("Rendering NPI"),
                      render_kw={"inputmode": "numeric", "autocomplete": "off"})
    place_of_service = SelectField(_l("Place of service"), default="11", choices=[
        SelectChoice(place.code, _place_label(place.code, place.meaning))
        for place in PLACES], validate_choice=False)
    diagnoses = StringField(_l("Diagnosis codes"), render_kw={"autocomplete": "off"})

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        # Fixed rows named lines-0-… to lines-5-…, not a FieldList: a FieldList renumbers
        # its rows when some are missing from the post, and errors would land on wrong rows.
        blank = {"formdata": None} if kwargs.get("formdata", "auto") is None else {}
        self.lines = [LineForm(prefix=f"lines-{index}", **blank)
                      for index in range(LINE_ROWS)]
