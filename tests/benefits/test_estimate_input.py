"""Reading estimate requests: good input becomes values, bad input names every field."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal

import pytest

from benefits.estimate.plan import Network, PriceSource
from benefits.estimate.request import read_estimate_request
from benefits.fields import InvalidInput
from benefits.money import MoneyError, parse_money

TODAY = dt.date(2026, 11, 1)
GOOD = {
    "service": {"code": "90837", "allowed_amount": "180.00", "billed_amount": "220.00"},
    "network": "in",
    "sessions": {"count": 12, "first_date": "2026-11-02", "every_days": 7},
    "plan": {"plan_year_start": "01-01",
             "in_network": {"deductible": "1500", "deductible_met": "0", "oop_max": "5000",
                            "oop_met": "0", "copay": None, "coinsurance": "0.20",
                            "deductible_applies": True, "family": None},
             "out_of_network": None, "visit_limit": None},
}


def with_change(path: str, value: object) -> dict:
    body = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    target = body
    for key in parents:
        target = target[key]
    if value is ...:
        del target[last]
    else:
        target[last] = value
    return body


def errors(body: object) -> list[tuple[str, str]]:
    with pytest.raises(InvalidInput) as caught:
        read_estimate_request(body, TODAY)
    return [(e.path, e.code) for e in caught.value.errors]


def test_the_issue_example_reads():
    req = read_estimate_request(GOOD, TODAY)
    assert req.service.allowed_amount == Decimal("180.00") and req.network is Network.IN
    assert req.plan.in_network.coinsurance == Decimal("0.20")
    assert req.schedule.first_date == dt.date(2026, 11, 2)


def test_defaults_first_date_today_and_weekly():
    req = read_estimate_request(with_change("sessions", {"count": 3}), TODAY)
    assert (req.schedule.first_date, req.schedule.every_days) == (TODAY, 7)


def test_missing_price_uses_the_medicare_benchmark_for_the_code():
    req = read_estimate_request(with_change("service.allowed_amount", ...), TODAY)
    assert req.service.price_source is PriceSource.MEDICARE
    assert req.service.allowed_amount == Decimal("154.29") and req.service.price_year == 2025


@pytest.mark.parametrize(("path", "value", "expected"), [
    ("plan.in_network.deductible", "-5", ("plan.in_network.deductible", "negative")),
    ("plan.in_network.deductible", "lots", ("plan.in_network.deductible", "not_money")),
    ("plan.in_network.oop_max", "12.345", ("plan.in_network.oop_max", "too_many_decimals")),
    ("plan.in_network.coinsurance", "1.5",
     ("plan.in_network.coinsurance", "fraction_out_of_range")),
    ("plan.in_network.copay", "30", ("plan.in_network.copay", "copay_and_coinsurance")),
    ("plan.in_network.deductible_met", "2000",
     ("plan.in_network.deductible_met", "met_above_total")),
    ("network", "sideways", ("network", "invalid_choice")),
    ("sessions.first_date", "2026-02-30", ("sessions.first_date", "invalid_date")),
    ("sessions.first_date", "9999-01-01", ("sessions.first_date", "date_out_of_range")),
    ("sessions.count", 0, ("sessions.count", "out_of_range")),
    ("sessions.count", 261, ("sessions.count", "out_of_range")),
    ("sessions.count", "twelve", ("sessions.count", "not_a_whole_number")),
    ("sessions.every_days", 0, ("sessions.every_days", "out_of_range")),
    ("plan.plan_year_start", "02-29", ("plan.plan_year_start", "invalid_month_day")),
    ("plan.plan_year_start", "July", ("plan.plan_year_start", "invalid_month_day")),
    ("plan.in_network.deductible_applies", "yes",
     ("plan.in_network.deductible_applies", "not_true_or_false")),
    ("plan.in_network", None, ("plan.in_network", "required")),
    ("plan.visit_limit", {"used": 2}, ("plan.visit_limit.visits", "required")),
    ("service.code", "99999", None),  # a code alone is fine while a price is given
])
def test_each_bad_field_is_named_by_its_path(path, value, expected):
    body = with_change(path, value)
    if expected is None:
        read_estimate_request(body, TODAY)
    else:
        assert expected in errors(body)


def test_every_error_is_reported_at_once():
    body = with_change("network", "x")
    body["plan"]["in_network"]["deductible"] = "-1"
    body["sessions"]["count"] = 999
    assert {p for p, _ in errors(body)} == {"network", "plan.in_network.deductible",
                                            "sessions.count"}


def test_price_or_known_code_is_required():
    body = with_change("service.allowed_amount", ...)
    body["service"]["code"] = "12345"
    assert errors(body) == [("service.code", "no_benchmark")]
    body["service"].pop("code")
    assert errors(body) == [("service.allowed_amount", "required")]


@pytest.mark.parametrize("body", [[], "text", None, 5])
def test_a_request_that_is_not_an_object(body):
    assert errors(body) == [("", "not_an_object")]


@pytest.mark.parametrize(("text", "amount"), [
    ("$1,500", "1500.00"), ("1500", "1500.00"), (" $ 35.5 ", "35.50"), ("1,234,567.89",
                                                                        "1234567.89"),
    (12, "12.00"), (12.5, "12.50"), ("0", "0.00"),
    # The Spanish way, as the site writes amounts in Spanish: a decimal comma, dot groups.
    ("1500,50 US$", "1500.50"), ("12.345,50 US$", "12345.50"), ("1,50", "1.50"),
    ("35,5", "35.50"), ("150 US$", "150.00"), ("US$ 20,00", "20.00"),
])
def test_money_as_people_write_it(text, amount):
    assert str(parse_money(text)) == amount


@pytest.mark.parametrize(("text", "code"), [
    ("12,3456", "not_money"), ("1.500", "too_many_decimals"), ("35.500", "too_many_decimals"),
    ("$1,80", "not_money"), ("$-5", "not_money"), ("-5", "negative"),
    ("1.999", "too_many_decimals"), (True, "not_money"), ("NaN", "not_money"), ("", "not_money"),
])
def test_money_that_is_not(text, code):
    with pytest.raises(MoneyError) as caught:
        parse_money(text)
    assert caught.value.code == code
