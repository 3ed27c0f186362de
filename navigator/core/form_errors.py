"""Domain errors on form fields, and the error summary that links to them: one way for all.

The domain reports a FieldError with the JSON path of the bad value. Each form knows which
of its fields a path means; everything else (one message per field, the summary's order,
links to the first radio button) is the same for every form.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wtforms import Field

from benefits.fields import FieldError


@dataclass(frozen=True)
class SummaryItem:
    """One entry of the error summary: the field's id, its name and what is wrong."""

    field_id: str
    label: str
    message: str


def show_errors(errors: Iterable[FieldError], field_for: Callable[[FieldError], Field],
                message: Callable[[FieldError, Field], str]) -> None:
    """Put each error on the field it came from; a field keeps its first message only."""
    for error in errors:
        field = field_for(error)
        if not field.errors:
            field.errors = [message(error, field)]


def anchor(field: Field) -> str:
    """Where a summary link lands: a radio group's first button, or the field itself."""
    return f"{field.id}-0" if field.type == "RadioField" else field.id


def summary_items(fields: Iterable[tuple[Field, str]]) -> list[SummaryItem]:
    """Every message of the (field, label) pairs, in the order given (the page's order)."""
    return [SummaryItem(anchor(field), label, message)
            for field, label in fields for message in field.errors]
