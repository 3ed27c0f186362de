"""Medicare CY2025 national fees: the packaged table, its arithmetic, and the loader's checks."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from benefits.coding.sessions import PSYCHOTHERAPY_CODES
from benefits.estimate.fees import (
    Fee,
    FeeDataError,
    fee_data_text,
    load_fee_schedule,
    medicare_fee,
    medicare_fee_schedule,
)
from benefits.money import to_cents

RAW = json.loads(fee_data_text(), parse_float=Decimal)
SCHEDULE = medicare_fee_schedule()

EXPECTED = [
    # code, non-facility, facility, status: domain-facts §2.2, CY2025 RVU25D
    ("90785", "14.23", "12.29", "A"),  # interactive complexity add-on
    ("90791", "166.91", "142.97", "A"),  # evaluation
    ("90792", "187.93", "163.67", "A"),  # evaluation with medical services
    ("90832", "78.93", "68.90", "A"),  # 30-minute therapy
    ("90833", "72.78", "64.37", "A"),  # 30-minute add-on to E/M
    ("90834", "104.16", "90.89", "A"),  # 45-minute therapy
    ("90836", "92.51", "81.84", "A"),  # 45-minute add-on to E/M
    ("90837", "154.29", "134.56", "A"),  # 60-minute therapy
    ("90838", "122.92", "109.33", "A"),  # 60-minute add-on to E/M
    ("90839", "148.47", "130.36", "A"),  # crisis, first 30-74 minutes
    ("90840", "72.78", "64.69", "A"),  # crisis, each extra half hour
    ("90845", "99.30", "87.34", "A"),  # psychoanalysis
    ("90846", "98.66", "98.33", "R"),  # family without patient: restricted coverage
    ("90847", "102.86", "102.54", "A"),  # family with patient
    ("90849", "37.52", "29.44", "A"),  # multiple-family group
    ("90853", "28.14", "24.26", "A"),  # group
    ("96130", "117.42", "106.10", "A"),  # psychological test review, first hour
    ("96131", "82.81", "72.46", "A"),  # each extra hour
    ("96132", "125.18", "102.86", "A"),  # neuropsychological test review, first hour
    ("96133", "93.48", "72.78", "A"),  # each extra hour
    ("96136", "40.76", "22.64", "A"),  # testing by psychologist, first half hour
    ("96137", "35.90", "17.14", "A"),  # each extra half hour
    ("96138", "33.64", "33.64", "A"),  # testing by technician: no work RVU, same in both
    ("96139", "33.64", "33.64", "A"),  # each extra half hour
    ("G0017", "207.99", "181.14", "A"),  # crisis away from the office, first hour
    ("G0018", "102.21", "90.25", "A"),  # each extra half hour
]


def test_schedule_metadata():
    assert SCHEDULE.year == 2025
    assert SCHEDULE.conversion_factor == Decimal("32.3465")
    assert "RVU25D" in SCHEDULE.release
    assert SCHEDULE.source
    assert SCHEDULE.source_url == (
        "https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files"
    )


def test_schedule_holds_exactly_the_table():
    assert set(SCHEDULE.fees) == {row[0] for row in EXPECTED}
    assert set(SCHEDULE.fees) <= PSYCHOTHERAPY_CODES


@pytest.mark.parametrize(("code", "non_facility", "facility", "status"), EXPECTED)
def test_fee_amounts(code, non_facility, facility, status):
    expected = Fee(code, Decimal(non_facility), Decimal(facility), status)
    assert medicare_fee(code) == expected
    assert SCHEDULE.fees[code] == expected


@pytest.mark.parametrize("code", sorted(RAW["fees"]))
def test_amount_is_total_rvu_times_conversion_factor(code):
    row = {key: Decimal(value) for key, value in RAW["fees"][code].items() if key != "status"}
    cf = Decimal(RAW["conversion_factor"])
    for pe, amount in (("non_facility_pe_rvu", "non_facility"), ("facility_pe_rvu", "facility")):
        total = row["work_rvu"] + row[pe] + row["malpractice_rvu"]
        assert to_cents(total * cf) == row[amount], amount


def test_amounts_are_exact_decimals():
    for fee in SCHEDULE.fees.values():
        assert isinstance(fee.non_facility, Decimal)
        assert fee.non_facility.as_tuple().exponent == -2


def test_lookup_tolerates_case_and_spaces_and_misses_cleanly():
    assert medicare_fee(" g0017 ") == medicare_fee("G0017")
    assert medicare_fee("90863") is None  # Medicare does not pay it; not listed
    assert medicare_fee("") is None


def test_schedule_is_cached_and_read_only():
    assert medicare_fee_schedule() is SCHEDULE
    with pytest.raises(TypeError):
        SCHEDULE.fees["90837"] = SCHEDULE.fees["90832"]  # type: ignore[index]


def _document(**fee_fields: object) -> str:
    row = {"status": "A", "non_facility": "10.00", "facility": "9.00", **fee_fields}
    return json.dumps({
        "year": 2025, "conversion_factor": "32.3465", "release": "test",
        "source": "test", "source_url": "https://example.org", "fees": {"90837": row},
    })  # fmt: skip


def test_loader_reads_a_minimal_document():
    fee = load_fee_schedule(_document()).fees["90837"]
    assert fee == Fee("90837", Decimal("10.00"), Decimal("9.00"), "A")


BAD_ROWS = [
    # field overrides, what is wrong
    ({"status": "I"}, "status I is not paid, so it has no place here"),
    ({"non_facility": 10.5}, "a float amount would invite rounding drift"),
    ({"facility": "9.001"}, "amounts are whole cents"),
    ({"facility": "-1.00"}, "no negative fees"),
    ({"facility": "nine"}, "not a number"),
    ({"status": None, "non_facility": None}, "null fields"),
]


@pytest.mark.parametrize(("fields", "why"), BAD_ROWS)
def test_loader_rejects_bad_rows(fields, why):
    with pytest.raises(FeeDataError):
        load_fee_schedule(_document(**fields))


def test_loader_names_a_missing_field():
    document = json.loads(_document())
    del document["fees"]["90837"]["facility"]
    with pytest.raises(FeeDataError, match="90837: missing 'facility'"):
        load_fee_schedule(json.dumps(document))
    document = json.loads(_document())
    del document["source_url"]
    with pytest.raises(FeeDataError, match="source_url"):
        load_fee_schedule(json.dumps(document))
