"""Form base class and the small forms the foundation needs."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, SearchField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length


def _strip(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


class BaseForm(FlaskForm):
    """Every form: CSRF on, and surrounding spaces removed from text input."""

    class Meta:
        def bind_field(self, form, unbound_field, options):  # noqa: ANN001, ANN201
            filters = [_strip, *unbound_field.kwargs.get("filters", [])]
            return unbound_field.bind(form=form, filters=filters, **options)


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
