"""Between the claim form and the claim mapping the domain reads, and errors back to fields."""

from __future__ import annotations

import re
from typing import Any

from flask_babel import lazy_gettext as _l
from wtforms import Field

from benefits.fields import FieldError
from navigator.core.form_errors import SummaryItem, show_errors, summary_items
from navigator.features.front_desk.forms import ClaimForm
from navigator.features.front_desk.text import LINE_PATH, claim_error_text, claim_field_label

SEPARATORS = re.compile(r"[\s,;]+")
FORM_FIELDS = {"date": "date_of_service", "payer_type": "payer_type", "npi": "npi",
               "place_of_service": "place_of_service", "diagnoses": "diagnoses"}
NO_LINES = _l("Enter at least one line with a code.")
NO_CODE = _l("Enter the code for this line, or clear the line.")


def split(text: str | None) -> list[str]:
    return [part for part in SEPARATORS.split(text or "") if part]


def filled_rows(form: ClaimForm) -> list[int]:
    """The indexes of the line rows that have anything in them."""
    return [index for index, row in enumerate(form.lines) if not row.is_blank()]


def to_claim(form: ClaimForm, rows: list[int]) -> dict[str, Any]:
    """The claim the form describes, in the API's shape (blank rows left out)."""
    lines = []
    for index in rows:
        row = form.lines[index]
        line: dict[str, Any] = {"code": row.code.data or "", "minutes": row.minutes.data,
                                "modifiers": split(row.modifiers.data)}
        if (row.units.data or "").strip():
            line["units"] = row.units.data
        lines.append(line)
    return {"date": form.date_of_service.data, "payer_type": form.payer_type.data,
            "npi": form.npi.data or "", "place_of_service": form.place_of_service.data,
            "diagnoses": split(form.diagnoses.data), "lines": lines}


def _field(form: ClaimForm, path: str, rows: list[int]) -> Field:
    match = LINE_PATH.match(path)
    if match and int(match.group(1)) < len(rows):
        row = form.lines[rows[int(match.group(1))]]
        return row[match.group(2) or "code"]
    if path == "lines":
        return form.lines[0].code
    return form[FORM_FIELDS.get(path, "date_of_service")]


def _message(error: FieldError) -> str:
    if error.path == "lines":
        return str(NO_LINES)
    if error.path.endswith(".code") and error.code == "required":
        return str(NO_CODE)
    return claim_error_text(error)


def apply_errors(form: ClaimForm, errors: list[FieldError], rows: list[int]) -> None:
    """Show each error on the field it came from (the first one only, to stay short)."""
    show_errors(errors, lambda error: _field(form, error.path, rows),
                lambda error, _field: _message(error))


def row_label(field_id: str) -> str:
    """"lines-2-minutes" → "Line 3, minutes", from the same labels the API uses."""
    _, index, name = field_id.split("-", 2)
    return claim_field_label(f"lines[{index}].{name}")


def summary(form: ClaimForm) -> list[SummaryItem]:
    """Every field error, in page order, for the error summary."""
    fields = [(form[name], str(form[name].label.text)) for name in FORM_FIELDS.values()]
    fields += [(field, row_label(field.id)) for row in form.lines for field in row]
    return summary_items(fields)
