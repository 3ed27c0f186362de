"""Good Faith Estimates and the $400 / 120-day dispute check, with hand-worked figures."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal

import pytest

from benefits.fields import InvalidInput
from benefits.gfe import (
    DISCLAIMER_TEXT,
    DISPUTE_FEE,
    DISPUTE_RULE,
    DISPUTE_THRESHOLD,
    GFE_RULE,
    STEP_TEXT,
    Disclaimer,
    ProviderBill,
    Step,
    add_months,
    check_dispute,
    course_end,
    disclaimer_values,
    last_day_to_dispute,
    read_dispute,
    read_estimate,
)


def request() -> dict:
    """A therapist plus a psychiatrist for medication, as a clinic would fill it in."""
    return {
        "issued_on": "2026-03-02",
        "patient": {"name": "Ana Pérez", "date_of_birth": "1990-05-01"},
        "primary_service": "Individual therapy, once a week, 53 minutes or more",
        "frequency": "weekly", "months": 12, "first_date": "2026-03-09",
        "diagnosis_codes": "F41.1, f32.a",
        "separately_scheduled": "Psychological testing\n\n",
        "providers": [
            {"name": "Harbor Counseling", "npi": "1234567893", "tin": "12-3456789",
             "address": "1 Main St, Springfield", "state": "il", "lines": [
                 {"code": "90791", "sessions": "1", "fee": "200"},
                 {"code": "90837", "sessions": "50", "fee": "$150.00"},
                 {"code": "", "sessions": "", "fee": ""}]},
            {"name": "Dr. Lee", "npi": "1245319599", "tin": "987654321",
             "address": "Telehealth", "state": "IL", "lines": [
                 {"code": "90792", "sessions": 1, "fee": "350.00"},
                 {"code": "90833", "sessions": 11, "fee": "95.50"}]},
        ],
    }


def errors_of(data: object) -> list[tuple[str, str]]:
    with pytest.raises(InvalidInput) as raised:
        read_estimate(data)
    return [(error.path, error.code) for error in raised.value.errors]


def test_totals_are_exact_to_the_cent():
    estimate = read_estimate(request())
    harbor, lee = estimate.providers
    # 1 × $200 + 50 × $150 = $7,700.00
    assert [line.total for line in harbor.lines] == [Decimal("200.00"), Decimal("7500.00")]
    assert harbor.total == Decimal("7700.00")
    # 1 × $350 + 11 × $95.50 ($1,050.50) = $1,400.50
    assert lee.total == Decimal("1400.50")
    assert estimate.total == Decimal("9100.50")
    assert str(estimate.total) == "9100.50"


def test_a_third_of_a_hundred_stays_exact():
    data = request()
    data["providers"] = data["providers"][:1]
    data["providers"][0]["lines"] = [{"code": "90834", "sessions": 3, "fee": "33.33"}]
    assert read_estimate(data).total == Decimal("99.99")


def test_every_required_element_is_kept():
    estimate = read_estimate(request())
    assert estimate.patient.name == "Ana Pérez"
    assert estimate.patient.date_of_birth == dt.date(1990, 5, 1)
    assert estimate.primary_service.startswith("Individual therapy")
    assert estimate.issued_on == dt.date(2026, 3, 2)
    assert estimate.first_date == dt.date(2026, 3, 9)
    assert estimate.last_date == dt.date(2027, 3, 8)
    assert estimate.diagnosis_codes == ("F41.1", "F32.A")
    harbor, lee = estimate.providers
    assert (harbor.name, harbor.npi, harbor.tin, harbor.address, harbor.state) == (
        "Harbor Counseling", "1234567893", "12-3456789", "1 Main St, Springfield", "IL")
    assert harbor.convening and not lee.convening
    assert [line.code for line in harbor.lines] == ["90791", "90837"]  # blank line skipped
    assert lee.tin == "987654321" and lee.address == "Telehealth"
    assert estimate.separately_scheduled == ("Psychological testing",)
    assert set(estimate.disclaimers) == set(Disclaimer)
    assert estimate.source is GFE_RULE


def test_the_estimate_can_leave_out_what_the_rule_says_is_optional():
    data = request()
    for key in ("first_date", "diagnosis_codes", "separately_scheduled"):
        data[key] = ""
    estimate = read_estimate(data)
    assert estimate.first_date is None and estimate.last_date is None
    assert estimate.diagnosis_codes == () and estimate.separately_scheduled == ()


@pytest.mark.parametrize(("first", "months", "last"), [
    (dt.date(2026, 3, 9), 12, dt.date(2027, 3, 8)),
    (dt.date(2026, 1, 1), 12, dt.date(2026, 12, 31)),
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)),  # no 31 February: 1 March, less a day
    (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),  # leap year
    (dt.date(2025, 12, 15), 3, dt.date(2026, 3, 14)),  # across the new year
    (dt.date(2026, 8, 31), 6, dt.date(2027, 2, 28)),
])
def test_course_end(first, months, last):
    assert course_end(first, months) == last


def test_add_months_rolls_a_missing_day_to_the_first_of_the_next_month():
    # The example in 45 CFR 147.136(d)(2)(i): 30 October plus four months is 1 March.
    assert add_months(dt.date(2026, 10, 30), 4) == dt.date(2027, 3, 1)
    assert add_months(dt.date(2026, 10, 28), 4) == dt.date(2027, 2, 28)


def _set(data: dict, path: str, value: object) -> dict:
    data = copy.deepcopy(data)
    keys = path.split(".")
    target = data
    for key in keys[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]
    target[keys[-1]] = value
    return data


@pytest.mark.parametrize(("path", "value", "error_path", "code"), [
    ("issued_on", "", "issued_on", "required"),
    ("issued_on", "2026-02-30", "issued_on", "invalid_date"),
    ("issued_on", "2021-12-31", "issued_on", "date_out_of_range"),  # before the rule
    ("patient.name", "  ", "patient.name", "required"),
    ("patient.name", "x" * 121, "patient.name", "too_long"),
    ("patient.name", "Ana\x00", "patient.name", "invalid_characters"),
    ("patient.date_of_birth", "2026-03-03", "patient.date_of_birth", "born_after_estimate"),
    ("primary_service", "", "primary_service", "required"),
    ("frequency", "daily", "frequency", "invalid_choice"),
    ("months", 13, "months", "out_of_range"),
    ("months", 0, "months", "out_of_range"),
    ("months", "twelve", "months", "not_a_whole_number"),
    ("first_date", "2026-03-01", "first_date", "first_date_before_estimate"),
    ("diagnosis_codes", "F41.1, anxiety", "diagnosis_codes", "invalid_diagnosis_code"),
    ("diagnosis_codes", ", ".join(["F41.1"] * 13), "diagnosis_codes", "too_many"),
    ("separately_scheduled", "y" * 201, "separately_scheduled", "too_long"),
    ("providers.0.npi", "1234567890", "providers.0.npi", "invalid_npi"),  # bad check digit
    ("providers.0.npi", "", "providers.0.npi", "required"),
    ("providers.0.tin", "12-345", "providers.0.tin", "invalid_tin"),
    ("providers.1.state", "ZZ", "providers.1.state", "invalid_state"),
    ("providers.1.address", "", "providers.1.address", "required"),
    ("providers.0.lines.1.code", "99213", "providers.0.lines.1.code", "unknown_service_code"),
    ("providers.0.lines.1.sessions", "0", "providers.0.lines.1.sessions", "out_of_range"),
    ("providers.0.lines.1.sessions", 367, "providers.0.lines.1.sessions", "out_of_range"),
    ("providers.0.lines.1.fee", "12.345", "providers.0.lines.1.fee", "too_many_decimals"),
    ("providers.0.lines.1.fee", "-5", "providers.0.lines.1.fee", "negative"),
    ("providers.0.lines.1.fee", "", "providers.0.lines.1.fee", "required"),
    ("providers.1.lines", [{"code": ""}, {}], "providers.1.lines", "no_service_lines"),
    ("providers", [], "providers", "required"),
    ("providers", "Harbor", "providers", "not_a_list"),
])
def test_each_problem_names_its_field(path, value, error_path, code):
    assert errors_of(_set(request(), path, value)) == [(error_path, code)]


@pytest.mark.parametrize(("path", "value"), [
    ("months", 12), ("months", 1), ("providers.0.lines.1.sessions", 366),
    ("first_date", "2026-03-02"), ("patient.date_of_birth", "2026-03-02"),
    ("providers.0.tin", "123-45-6789"), ("diagnosis_codes", ["Z63.0"]),
])
def test_limits_are_inclusive(path, value):
    read_estimate(_set(request(), path, value))


def test_every_problem_is_reported_at_once():
    found = errors_of({"months": "x", "providers": [{"lines": [{"code": "1"}]}]})
    assert ("months", "not_a_whole_number") in found
    assert ("providers.0.lines.0.code", "unknown_service_code") in found
    assert ("providers.0.lines.0.fee", "required") in found
    assert len(found) >= 12


@pytest.mark.parametrize("junk", [None, [], "text", 5])
def test_input_that_is_not_an_object(junk):
    assert errors_of(junk) == [("", "not_an_object")]


def test_too_many_providers():
    data = request()
    data["providers"] = data["providers"] * 3
    assert errors_of(data) == [("providers", "too_many")]


# The dispute check -------------------------------------------------------------------------

@pytest.mark.parametrize(("billed", "over_by", "meets"), [
    ("1399.99", Decimal("399.99"), False),
    ("1400.00", Decimal("400.00"), True),  # "at least $400 more": exactly $400 counts
    ("1400.01", Decimal("400.01"), True),
    ("900.00", Decimal("-100.00"), False),
])
def test_the_400_dollar_threshold(billed, over_by, meets):
    bill = ProviderBill("Harbor", Decimal("1000.00"), Decimal(billed))
    assert bill.over_by == over_by
    assert bill.meets_threshold is meets


def test_the_threshold_is_per_provider_not_the_total():
    # Each is $300 over ($600 over in all), but neither is $400 over on its own.
    bills = [ProviderBill("A", Decimal("1000"), Decimal("1300")),
             ProviderBill("B", Decimal("500"), Decimal("800"))]
    assert not check_dispute(bills, dt.date(2026, 1, 1), dt.date(2026, 1, 10)).meets_threshold


@pytest.mark.parametrize(("bill_date", "last_day"), [
    (dt.date(2026, 1, 1), dt.date(2026, 5, 1)),  # 30 + 28 + 31 + 30 + 1 = 120
    (dt.date(2028, 1, 1), dt.date(2028, 4, 30)),  # leap year: 30 + 29 + 31 + 30 = 120
    (dt.date(2026, 9, 15), dt.date(2027, 1, 13)),  # 15 + 31 + 30 + 31 + 13 = 120
])
def test_the_last_day_is_day_120_after_the_bill(bill_date, last_day):
    assert last_day_to_dispute(bill_date) == last_day


@pytest.mark.parametrize(("day", "in_time", "days_left"), [
    (0, True, 120), (119, True, 1), (120, True, 0), (121, False, -1)])
def test_the_120_day_window(day, in_time, days_left):
    bill_date = dt.date(2026, 1, 1)
    bills = [ProviderBill("A", Decimal("100"), Decimal("600"))]
    check = check_dispute(bills, bill_date, bill_date + dt.timedelta(days=day))
    assert check.in_time is in_time
    assert check.days_left == days_left
    assert check.can_dispute is in_time


def test_a_late_dispute_still_shows_the_threshold_was_met():
    bills = [ProviderBill("A", Decimal("100"), Decimal("600"))]
    check = check_dispute(bills, dt.date(2026, 1, 1), dt.date(2026, 5, 2))
    assert check.meets_threshold and not check.can_dispute


def test_steps_fee_and_source():
    check = check_dispute([ProviderBill("A", Decimal("1"), Decimal("2"))],
                          dt.date(2026, 1, 1), dt.date(2026, 1, 2))
    assert check.fee == DISPUTE_FEE == Decimal("25.00")
    assert check.threshold == DISPUTE_THRESHOLD == Decimal("400.00")
    assert check.steps == tuple(Step)
    assert Step.START in check.steps and Step.PAY_FEE in check.steps
    assert check.source is DISPUTE_RULE and "149.620" in DISPUTE_RULE.name
    assert DISPUTE_RULE.url.startswith("https://") and "nosurprises" in DISPUTE_RULE.url
    for step in Step:  # every placeholder has a value
        assert "%(" not in STEP_TEXT[step] % check.values()
    assert "1-800-985-3059" in STEP_TEXT[Step.START] % check.values()


def test_every_disclaimer_fills_its_placeholders():
    texts = [DISCLAIMER_TEXT[item] % disclaimer_values() for item in Disclaimer]
    assert all("%(" not in text for text in texts)
    joined = " ".join(texts)
    for fact in ("400.00", "120 calendar days", "25.00", "www.cms.gov/nosurprises",
                 "1-800-985-3059", "not a contract", "only an estimate"):
        assert fact in joined


def dispute_request(**changes: object) -> dict:
    data = {"bill_date": "2026-01-01", "providers": [
        {"name": "Harbor", "estimated": "7700.00", "billed": "$8,100.00"},
        {"name": "", "estimated": "", "billed": ""}]}
    data.update(changes)
    return data


def test_read_dispute():
    check = read_dispute(dispute_request(), dt.date(2026, 2, 1))
    assert [(b.name, b.over_by) for b in check.bills] == [("Harbor", Decimal("400.00"))]
    assert check.can_dispute and check.last_day == dt.date(2026, 5, 1)


@pytest.mark.parametrize(("changes", "expected"), [
    ({"bill_date": "2026-02-02"}, [("bill_date", "date_in_future")]),
    ({"bill_date": ""}, [("bill_date", "required")]),
    ({"bill_date": "01/02/2026"}, [("bill_date", "invalid_date")]),
    ({"providers": [{}, {}]}, [("providers.0.estimated", "required")]),
    ({"providers": [{"estimated": "10", "billed": "ten"}]},
     [("providers.0.billed", "not_money")]),
    ({"providers": [{"name": "x" * 121, "estimated": "1", "billed": "1"}]},
     [("providers.0.name", "too_long")]),
    ({"providers": "Harbor"}, [("providers", "not_a_list")]),
])
def test_read_dispute_names_bad_fields(changes, expected):
    with pytest.raises(InvalidInput) as raised:
        read_dispute(dispute_request(**changes), dt.date(2026, 2, 1))
    assert [(e.path, e.code) for e in raised.value.errors] == expected
