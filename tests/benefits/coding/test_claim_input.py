"""Reading a claim mapping: the good shape, defaults, and every kind of bad field by path."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from benefits.coding import Claim, ClaimLine, PayerType, read_claim
from benefits.fields import InvalidInput

GOOD = {
    "date": "2026-03-02", "payer_type": "medicare", "npi": " 1234567893 ",
    "place_of_service": "10", "diagnoses": ["f41.1", " Z63.0 "],
    "lines": [{"code": "90837", "units": 1, "modifiers": ["95"], "minutes": 45},
              {"code": "90785", "minutes": None}],
}


def test_a_good_claim_is_read_and_tidied():
    assert read_claim(GOOD) == Claim(
        date=dt.date(2026, 3, 2), payer_type=PayerType.MEDICARE, npi="1234567893",
        place_of_service="10", diagnoses=("F41.1", "Z63.0"),
        lines=(ClaimLine("90837", 1, ("95",), 45), ClaimLine("90785", 1, (), None)))


def test_strings_from_a_form_are_accepted():
    claim = copy.deepcopy(GOOD)
    claim["lines"] = [{"code": " 90834 ", "units": "2", "minutes": "45", "modifiers": []}]
    assert read_claim(claim).lines == (ClaimLine("90834", 2, (), 45),)


def test_npi_and_diagnoses_may_be_left_out_for_the_check_to_report():
    claim = {k: v for k, v in GOOD.items() if k not in ("npi", "diagnoses")}
    read = read_claim(claim)
    assert (read.npi, read.diagnoses) == ("", ())


def errors(data: object) -> list[tuple[str, str]]:
    with pytest.raises(InvalidInput) as caught:
        read_claim(data)
    return [(e.path, e.code) for e in caught.value.errors]


def changed(**fields: object) -> dict:
    claim = copy.deepcopy(GOOD)
    claim.update(fields)
    return claim


def with_line(**fields: object) -> dict:
    return changed(lines=[{"code": "90834", **fields}])


BAD = [
    ([], [("", "not_an_object")]),
    ({}, [("date", "required"), ("payer_type", "required"), ("place_of_service", "required"),
          ("lines", "required")]),
    (changed(date="2026-02-30"), [("date", "invalid_date")]),
    (changed(date="1999-12-31"), [("date", "date_out_of_range")]),
    (changed(payer_type="tricare"), [("payer_type", "invalid_choice")]),
    (changed(npi=1234567893), [("npi", "not_text")]),
    (changed(place_of_service="1"), [("place_of_service", "invalid_pos")]),
    (changed(place_of_service="telehealth"), [("place_of_service", "invalid_pos")]),
    (changed(diagnoses="F41.1"), [("diagnoses", "not_a_list")]),
    (changed(diagnoses=[41.1]), [("diagnoses", "not_text")]),
    (changed(diagnoses=["F41.1"] * 13), [("diagnoses", "too_many")]),
    (changed(lines=[]), [("lines", "required")]),
    (changed(lines={"code": "90834"}), [("lines", "not_a_list")]),
    (changed(lines=[{"code": "90834"}] * 51), [("lines", "too_many")]),
    (changed(lines=["90834"]), [("lines[0]", "not_an_object")]),
    (with_line(code=""), [("lines[0].code", "required")]),
    (with_line(code="9083"), [("lines[0].code", "invalid_code")]),
    (with_line(code=90834), [("lines[0].code", "required")]),
    (with_line(units=0), [("lines[0].units", "out_of_range")]),
    (with_line(units=1.5), [("lines[0].units", "not_a_whole_number")]),
    (with_line(units=100), [("lines[0].units", "out_of_range")]),
    (with_line(minutes=-5), [("lines[0].minutes", "out_of_range")]),
    (with_line(minutes=481), [("lines[0].minutes", "out_of_range")]),
    (with_line(minutes="45 min"), [("lines[0].minutes", "not_a_whole_number")]),
    (with_line(modifiers="95"), [("lines[0].modifiers", "not_a_list")]),
    (with_line(modifiers=["95", "HO", "AJ", "U4", "GT"]), [("lines[0].modifiers", "too_many")]),
    (with_line(modifiers=["959"]), [("lines[0].modifiers", "invalid_modifier")]),
]


@pytest.mark.parametrize(("data", "expected"), BAD)
def test_every_bad_field_is_named(data, expected):
    assert errors(data) == expected


def test_all_errors_are_listed_at_once():
    claim = changed(date="x", payer_type="x", lines=[{"code": "x"}, {"code": "90834",
                                                                      "units": "x"}])
    assert errors(claim) == [("date", "invalid_date"), ("payer_type", "invalid_choice"),
                             ("lines[0].code", "invalid_code"),
                             ("lines[1].units", "not_a_whole_number")]
