"""The glossary's search box and the "was this clear?" question on each term page."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import RadioField, SearchField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length

from navigator.core.forms import BaseForm


class GlossarySearchForm(BaseForm):
    """The glossary search box. It is a GET form, so it carries no CSRF token."""

    class Meta:
        csrf = False

    q = SearchField(
        _l("Search for a word"),
        validators=[Length(max=100, message=_l("Use 100 characters or fewer."))],
    )


class FeedbackForm(BaseForm):
    helpful = RadioField(
        _l("Was this explanation clear?"),
        choices=[SelectChoice("yes", _l("Yes")), SelectChoice("no", _l("No"))],
        validators=[InputRequired(message=_l("Choose Yes or No."))],
    )
