"""Read a 271 pasted into, or uploaded with, the benefits form."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from navigator.core.x12 import X12Outcome, read_x12
from navigator.features.benefits_check.forms import X12Form

NOTHING_GIVEN = _l("Paste a 271, or choose a 271 file.")


def read_upload(form: X12Form) -> X12Outcome | None:
    """The outcome of reading the pasted text or the file; None when neither was given."""
    upload = form.upload.data
    data: str | bytes = upload.read() if upload else (form.x12.data or "")
    if not (data.strip() if isinstance(data, str) else data.strip()):
        form.x12.errors = [*form.x12.errors, str(NOTHING_GIVEN)]
        return None
    return read_x12(data)
