"""Between the Good Faith Estimate forms and the input `benefits.gfe` reads, both ways."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from flask_babel import gettext
from wtforms import Field, FieldList, FormField
from wtforms.form import BaseForm as WTBaseForm

from benefits.fields import FieldError
from benefits.gfe.reader import blank
from navigator.core.form_errors import SummaryItem, show_errors, summary_items
from navigator.features.gfe.forms import DisputeForm, GfeForm, ProviderForm
from navigator.features.gfe.text import problem_text

TOP_FIELDS = {"issued_on": "issued_on", "patient": "patient_name",
              "patient.name": "patient_name", "patient.date_of_birth": "patient_dob",
              "primary_service": "primary_service", "frequency": "frequency",
              "months": "months", "first_date": "first_date",
              "diagnosis_codes": "diagnosis_codes",
              "separately_scheduled": "separately_scheduled"}
PROVIDER_KEYS = ("name", "npi", "tin", "address", "state")


def provider_heading(index: int) -> str:
    if index == 0:
        return gettext("Your practice (the provider giving this estimate)")
    return gettext("Another provider or facility, if any")


def _provider_short(index: int) -> str:
    return gettext("Your practice") if index == 0 else gettext("Other provider")


def _provider_request(form: ProviderForm) -> dict[str, Any]:
    data: dict[str, Any] = {key: form[key].data for key in PROVIDER_KEYS}
    data["lines"] = [{key: line.form[key].data for key in ("code", "sessions", "fee")}
                     for line in form.lines]
    return data


def _is_blank(provider: dict[str, Any]) -> bool:
    return all(blank(provider[key]) for key in PROVIDER_KEYS) and all(
        blank(value) for line in provider["lines"] for value in line.values())


def to_request(form: GfeForm) -> dict[str, Any]:
    """The estimate input; an empty provider after the first is left out."""
    providers = [_provider_request(entry.form) for entry in form.providers]
    while len(providers) > 1 and _is_blank(providers[-1]):
        providers.pop()
    return {
        "issued_on": form.issued_on.data,
        "patient": {"name": form.patient_name.data, "date_of_birth": form.patient_dob.data},
        "primary_service": form.primary_service.data, "frequency": form.frequency.data,
        "months": form.months.data, "first_date": form.first_date.data,
        "diagnosis_codes": form.diagnosis_codes.data,
        "separately_scheduled": form.separately_scheduled.data, "providers": providers,
    }


def _entry(field_list: FieldList, index: str) -> WTBaseForm | None:
    if not index.isdigit() or int(index) >= len(field_list.entries):
        return None
    return field_list.entries[int(index)].form


def field_for(form: GfeForm | DisputeForm, path: str) -> Field:
    """The form field an error path points to (the first field when it cannot tell)."""
    if path in TOP_FIELDS and isinstance(form, GfeForm):
        return form[TOP_FIELDS[path]]
    if path in form._fields and path != "providers":
        return form[path]
    parts = path.split(".")
    target: WTBaseForm | None = _entry(form.providers, parts[1]) if len(parts) > 1 else None
    target = target or form.providers.entries[0].form
    if len(parts) > 3 and parts[2] == "lines":
        target = _entry(target.lines, parts[3]) or target.lines.entries[0].form
        return target[parts[4]] if len(parts) > 4 and parts[4] in target else target["code"]
    if len(parts) > 2 and parts[2] == "lines":
        return target.lines.entries[0].form["code"]
    key = parts[2] if len(parts) > 2 else ""
    return target[key] if key in target else next(iter(target))


def _message(error: FieldError, field: Field) -> str:
    if error.code == "required" and field.type == "SelectField":
        return gettext("Choose one from the list.")
    return problem_text(error)


def apply_errors(form: GfeForm | DisputeForm, errors: list[FieldError]) -> None:
    """Show the domain's errors on the fields they came from (one message each)."""
    show_errors(errors, lambda error: field_for(form, error.path), _message)


def _leaves(form: WTBaseForm, context: str = "") -> Iterator[tuple[Field, str]]:
    for field in form:
        if isinstance(field, FieldList):
            for index, entry in enumerate(field.entries):
                yield from _leaves(entry.form, _context(form, field, index, context))
        elif isinstance(field, FormField):
            yield from _leaves(field.form, context)
        elif field.type not in ("CSRFTokenField",):
            yield field, context


def _context(form: WTBaseForm, field: FieldList, index: int, outer: str) -> str:
    if field.name.endswith("lines"):
        here = gettext("service %(number)s", number=index + 1)
    elif isinstance(form, DisputeForm):
        here = gettext("Provider %(number)s", number=index + 1)
    else:
        here = _provider_short(index)
    return gettext("%(outer)s, %(inner)s", outer=outer, inner=here) if outer else here


def error_items(form: WTBaseForm) -> list[SummaryItem]:
    """The error summary, each field named with its provider and line."""
    return summary_items((field, f"{context}: {field.label.text}" if context
                          else str(field.label.text)) for field, context in _leaves(form))


def hidden_fields(form: WTBaseForm) -> list[tuple[str, str]]:
    """Every answer as (name, value), so a download can post them again; nothing is kept."""
    return [(field.name, field.data or "") for field, _ in _leaves(form)
            if not blank(field.data)]


def dispute_request(form: DisputeForm) -> dict[str, Any]:
    return {"bill_date": form.bill_date.data, "providers": [
        {key: row.form[key].data for key in ("name", "estimated", "billed")}
        for row in form.providers]}
