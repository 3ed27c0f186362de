"""Turn a claim (the JSON API's shape, or the front-desk form's) into a Claim, or every error.

Pure Python. Only the claim's form is checked here (types, lengths, shapes); what is wrong
with its coding is the claim check's job, so a well-formed but badly coded claim passes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from benefits.coding.claim import Claim, ClaimLine
from benefits.coding.modifiers import PayerType
from benefits.coding.sessions import MAX_MINUTES
from benefits.fields import FieldError, InvalidInput, Reader

MAX_LINES = 50
MAX_DIAGNOSES = 12  # the paper claim form (CMS-1500) has room for twelve
MAX_MODIFIERS = 4  # and four modifiers on each line
MAX_UNITS = 99
CODE = re.compile(r"^[A-Z0-9]{5}$")
MODIFIER = re.compile(r"^[A-Z0-9]{2}$")
POS = re.compile(r"^[0-9]{2}$")
EARLIEST, LATEST = dt.date(2000, 1, 1), dt.date(2100, 12, 31)


def _text(value: object) -> str | None:
    return value.strip().upper() if isinstance(value, str) else None


def _texts(reader: Reader, data: Mapping[str, Any], key: str, path: str,
           most: int) -> list[str] | None:
    """A list of short strings (diagnoses, modifiers); a missing list is an empty one."""
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        reader.error(path, "not_a_list")
        return None
    if len(value) > most:
        reader.error(path, "too_many", most=most)
        return None
    texts = [_text(item) for item in value]
    if None in texts:
        reader.error(path, "not_text")
        return None
    return [text for text in texts if text is not None and text]


def _line(reader: Reader, data: object, path: str) -> ClaimLine | None:
    if not isinstance(data, Mapping):
        reader.error(path, "not_an_object")
        return None
    code = _text(data.get("code"))
    if not code:
        reader.error(f"{path}.code", "required")
    elif not CODE.match(code):
        reader.error(f"{path}.code", "invalid_code")
    units = reader.integer(data, "units", f"{path}.units", 1, MAX_UNITS, default=1)
    minutes = None
    if data.get("minutes") not in (None, ""):
        minutes = reader.integer(data, "minutes", f"{path}.minutes", 0, MAX_MINUTES)
    modifiers = _texts(reader, data, "modifiers", f"{path}.modifiers", MAX_MODIFIERS)
    bad = [m for m in modifiers or [] if not MODIFIER.match(m)]
    if bad:
        reader.error(f"{path}.modifiers", "invalid_modifier", value=", ".join(bad))
    if not code or not CODE.match(code) or units is None or modifiers is None or bad:
        return None
    return ClaimLine(code=code, units=units, modifiers=tuple(modifiers), minutes=minutes)


def _lines(reader: Reader, data: Mapping[str, Any]) -> list[ClaimLine | None]:
    value = data.get("lines")
    if not isinstance(value, list) or not value:
        reader.error("lines", "required" if not value else "not_a_list")
        return []
    if len(value) > MAX_LINES:
        reader.error("lines", "too_many", most=MAX_LINES)
        return []
    return [_line(reader, item, f"lines[{index}]") for index, item in enumerate(value)]


def _date(reader: Reader, data: Mapping[str, Any]) -> dt.date | None:
    if data.get("date") in (None, ""):
        reader.error("date", "required")
        return None
    date = reader.date(data, "date", "date", default=EARLIEST)
    if date is not None and not EARLIEST <= date <= LATEST:
        reader.error("date", "date_out_of_range", min=EARLIEST.isoformat(),
                     max=LATEST.isoformat())
        return None
    return date


def _place(reader: Reader, data: Mapping[str, Any]) -> str | None:
    place = _text(data.get("place_of_service"))
    if not place:
        reader.error("place_of_service", "required")
    elif not POS.match(place):
        reader.error("place_of_service", "invalid_pos")
        return None
    return place or None


def read_claim(data: object) -> Claim:
    """Validate a claim mapping; raise InvalidInput listing every bad field by its path."""
    if not isinstance(data, Mapping):
        raise InvalidInput([FieldError("", "not_an_object")])
    reader = Reader()
    date = _date(reader, data)
    payer = reader.choice(data, "payer_type", "payer_type", tuple(p.value for p in PayerType))
    npi = data.get("npi") if data.get("npi") is not None else ""
    if not isinstance(npi, str):
        reader.error("npi", "not_text")
    place = _place(reader, data)
    diagnoses = _texts(reader, data, "diagnoses", "diagnoses", MAX_DIAGNOSES)
    lines = _lines(reader, data)
    if reader.errors or date is None or payer is None or place is None:
        raise InvalidInput(reader.errors)
    return Claim(date=date, payer_type=PayerType(payer), npi=str(npi).strip(),
                 place_of_service=place, diagnoses=tuple(diagnoses or ()),
                 lines=tuple(line for line in lines if line is not None))
