"""Read a Good Faith Estimate from JSON-like input, naming the field of every problem.

Pure Python. Errors are `benefits.fields.FieldError` values with a path such as
`providers.0.lines.1.fee` and a stable code; the web layer words them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from benefits.coding.sessions import CODE_SUMMARY
from benefits.fields import FieldError, InvalidInput
from benefits.gfe.model import (
    EARLIEST_BIRTH_DATE,
    FIRST_ESTIMATE_DATE,
    LAST_ESTIMATE_DATE,
    MAX_DIAGNOSES,
    MAX_LINES,
    MAX_MONTHS,
    MAX_PROVIDERS,
    MAX_SEPARATE_ITEMS,
    MAX_SESSIONS,
    US_STATES,
    Frequency,
    GoodFaithEstimate,
    Patient,
    ProviderEstimate,
    ServiceLine,
)
from benefits.gfe.reader import GfeReader, blank
from benefits.npi import valid_npi

# ICD-10-CM: a letter, a digit, a digit or letter, then up to four more after a dot.
DIAGNOSIS = re.compile(r"^[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?$")
# An employer number (12-3456789) or a Social Security number, which solo clinicians may use.
TIN = re.compile(r"^(?:\d{2}-?\d{7}|\d{3}-?\d{2}-?\d{4})$")
SPLIT = re.compile(r"[\s,;]+")
NAME_MAX, ADDRESS_MAX, TEXT_MAX = 120, 200, 200
LINE_KEYS = ("code", "sessions", "fee")


def read_estimate(data: Mapping[str, Any]) -> GoodFaithEstimate:
    """Check every element 45 CFR 149.610(c) asks for; raise InvalidInput listing all problems."""
    if not isinstance(data, Mapping):
        raise InvalidInput([FieldError("", "not_an_object")])
    reader = GfeReader()
    issued_on = reader.day(data, "issued_on", "issued_on", FIRST_ESTIMATE_DATE,
                           LAST_ESTIMATE_DATE)
    patient = _patient(reader, data.get("patient"), issued_on)
    primary = reader.text(data, "primary_service", "primary_service", TEXT_MAX)
    frequency = reader.choice(data, "frequency", "frequency", tuple(Frequency))
    months = reader.integer(data, "months", "months", 1, MAX_MONTHS)
    first_date = _first_date(reader, data, issued_on)
    diagnoses = _diagnoses(reader, data.get("diagnosis_codes"))
    providers = _providers(reader, data.get("providers"))
    separate = _separate(reader, data.get("separately_scheduled"))
    # Each reader records an error whenever it gives None, so the None checks only narrow.
    if (reader.errors or issued_on is None or patient is None or primary is None
            or frequency is None or months is None):
        raise InvalidInput(reader.errors)
    return GoodFaithEstimate(
        issued_on=issued_on, patient=patient, primary_service=primary,
        frequency=Frequency(frequency), months=months,
        first_date=first_date, diagnosis_codes=diagnoses, providers=providers,
        separately_scheduled=separate)


def _first_date(reader: GfeReader, data: Mapping[str, Any],
                issued_on: dt.date | None) -> dt.date | None:
    """The first session, if scheduled: an estimate comes before the care it describes."""
    first = reader.day(data, "first_date", "first_date", FIRST_ESTIMATE_DATE,
                       LAST_ESTIMATE_DATE, required=False)
    if first and issued_on and first < issued_on:
        reader.error("first_date", "first_date_before_estimate")
        return None
    return first


def _patient(reader: GfeReader, data: object, issued_on: dt.date | None) -> Patient | None:
    if not isinstance(data, Mapping):
        reader.error("patient", "required" if blank(data) else "not_an_object")
        return None
    name = reader.text(data, "name", "patient.name", NAME_MAX)
    born = reader.day(data, "date_of_birth", "patient.date_of_birth", EARLIEST_BIRTH_DATE,
                      LAST_ESTIMATE_DATE)
    if born and issued_on and born > issued_on:
        reader.error("patient.date_of_birth", "born_after_estimate")
        return None
    return Patient(name, born) if name and born else None


def _diagnoses(reader: GfeReader, value: object) -> tuple[str, ...]:
    raw = [part for part in SPLIT.split(value) if part] if isinstance(value, str) else value
    codes = reader.items(raw, "diagnosis_codes", MAX_DIAGNOSES)
    found: list[str] = []
    for code in codes or []:
        text = str(code).strip().upper() if isinstance(code, str) else ""
        if not DIAGNOSIS.match(text):
            reader.error("diagnosis_codes", "invalid_diagnosis_code", diagnosis=str(code)[:20])
            return ()
        if text not in found:
            found.append(text)
    return tuple(found)


def _separate(reader: GfeReader, value: object) -> tuple[str, ...]:
    raw = value.splitlines() if isinstance(value, str) else value
    items = [item for item in reader.items(raw, "separately_scheduled", MAX_SEPARATE_ITEMS)
             or [] if not blank(item)]
    texts = [reader.text({"item": item}, "item", "separately_scheduled", TEXT_MAX)
             for item in items]
    return tuple(text for text in texts if text)


def _providers(reader: GfeReader, value: object) -> tuple[ProviderEstimate, ...]:
    entries = reader.items(value, "providers", MAX_PROVIDERS)
    if entries == []:
        reader.error("providers", "required")
    providers = [_provider(reader, entry, index) for index, entry in enumerate(entries or [])]
    return tuple(p for p in providers if p is not None)


def _provider(reader: GfeReader, data: object, index: int) -> ProviderEstimate | None:
    path = f"providers.{index}"
    if not isinstance(data, Mapping):
        reader.error(path, "not_an_object")
        return None
    before = len(reader.errors)
    name = reader.text(data, "name", f"{path}.name", NAME_MAX)
    npi = _npi(reader, data.get("npi"), f"{path}.npi")
    tin = _tin(reader, data.get("tin"), f"{path}.tin")
    address = reader.text(data, "address", f"{path}.address", ADDRESS_MAX)
    state = _state(reader, data.get("state"), f"{path}.state")
    lines = _lines(reader, data.get("lines"), f"{path}.lines")
    # As in read_estimate: a None here always comes with a recorded error.
    if (len(reader.errors) > before or name is None or npi is None or tin is None
            or address is None or state is None):
        return None
    return ProviderEstimate(name=name, npi=npi, tin=tin, address=address, state=state,
                            lines=lines, convening=index == 0)


def _npi(reader: GfeReader, value: object, path: str) -> str | None:
    if blank(value):
        reader.error(path, "required")
        return None
    text = str(value).strip()
    if not valid_npi(text):
        reader.error(path, "invalid_npi")
        return None
    return text


def _tin(reader: GfeReader, value: object, path: str) -> str | None:
    if blank(value):
        reader.error(path, "required")
        return None
    text = str(value).replace(" ", "")
    if not TIN.match(text):
        reader.error(path, "invalid_tin")
        return None
    return text


def _state(reader: GfeReader, value: object, path: str) -> str | None:
    if blank(value):
        reader.error(path, "required")
        return None
    text = str(value).strip().upper()
    if text not in US_STATES:
        reader.error(path, "invalid_state")
        return None
    return text


def _lines(reader: GfeReader, value: object, path: str) -> tuple[ServiceLine, ...]:
    """Service lines; a line left wholly blank is skipped, but at least one is needed."""
    entries = reader.items(value, path, MAX_LINES)
    if entries is None:
        return ()
    lines = []
    for index, entry in enumerate(entries):
        if isinstance(entry, Mapping) and all(blank(entry.get(key)) for key in LINE_KEYS):
            continue
        lines.append(_line(reader, entry, f"{path}.{index}"))
    if not lines:
        reader.error(path, "no_service_lines")
    return tuple(line for line in lines if line is not None)


def _line(reader: GfeReader, data: object, path: str) -> ServiceLine | None:
    if not isinstance(data, Mapping):
        reader.error(path, "not_an_object")
        return None
    code = str(data.get("code") or "").strip().upper()
    if not code:
        reader.error(f"{path}.code", "required")
    elif code not in CODE_SUMMARY:
        reader.error(f"{path}.code", "unknown_service_code", service_code=code[:10])
    sessions = reader.integer(data, "sessions", f"{path}.sessions", 1, MAX_SESSIONS)
    fee = reader.money(data, "fee", f"{path}.fee")
    if code not in CODE_SUMMARY or sessions is None or fee is None:
        return None
    return ServiceLine(code=code, sessions=sessions, fee=fee)
