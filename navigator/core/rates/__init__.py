"""Provider networks and negotiated rates: loading them and looking them up."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

# The price-transparency schema's negotiated types, and "roster" for clinic uploads.
RATE_TYPES = {
    "negotiated": _l("negotiated amount"),
    "derived": _l("derived amount"),
    "fee schedule": _l("fee schedule"),
    "percentage": _l("percent of the billed price"),
    "per diem": _l("per day"),
    "roster": _l("clinic roster"),
}


def rate_type_label(code: str) -> str:
    """The rate type in the reader's language (unknown codes are shown as written)."""
    return str(RATE_TYPES.get(code, code))
