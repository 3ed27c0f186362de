"""The shared field reader measures every number before it converts it (issue 13)."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from benefits.fields import MAX_NUMBER_TEXT, LongNumber, Reader, number_too_long
from benefits.money import MoneyError, parse_money


@pytest.mark.parametrize("value", [
    LongNumber(9), "9" * (MAX_NUMBER_TEXT + 1), Decimal("1E+1000000"), Decimal("1E-31"),
    Decimal("1" * 31), 10 ** 31, 1e31])
def test_too_long(value):
    assert number_too_long(value)


@pytest.mark.parametrize("value", [
    "9" * MAX_NUMBER_TEXT, Decimal("1500.00"), Decimal("1E+30"), 10 ** 29, 1e29, 12, True,
    None, float("inf"), Decimal("NaN")])
def test_not_too_long(value):
    assert not number_too_long(value)


@pytest.mark.parametrize("getter", ["integer", "money", "fraction"])
@pytest.mark.parametrize("value", [Decimal("1E+1000000"), "9" * 100_000, LongNumber(100_000)])
def test_each_number_getter_refuses_at_once(getter, value):
    reader = Reader()
    start = time.perf_counter()
    if getter == "integer":
        assert reader.integer({"n": value}, "n", "n", 1, 10) is None
    else:
        assert getattr(reader, getter)({"n": value}, "n", "n") is None
    assert time.perf_counter() - start < 0.1
    assert [(e.path, e.code) for e in reader.errors] == [("n", "number_too_long")]


def test_usual_numbers_still_read():
    reader = Reader()
    data = {"n": Decimal("12"), "m": "$1,500.00", "f": "0.2"}
    assert reader.integer(data, "n", "n", 1, 260) == 12
    assert reader.money(data, "m", "m") == Decimal("1500.00")
    assert reader.fraction(data, "f", "f") == Decimal("0.2")
    assert reader.errors == []


@pytest.mark.parametrize(("value", "code"), [
    (90837, "not_text"), (Decimal("90837"), "not_text"), (["90837"], "not_text"),
    ("908\x0037", "nul_character"), ("9" * 21, "too_long")])
def test_a_code_is_short_text(value, code):
    reader = Reader()
    assert reader.code({"code": value}, "code", "service.code") is None
    assert [e.code for e in reader.errors] == [code]


def test_a_code_is_read_in_capitals():
    reader = Reader()
    assert reader.code({"code": " h0004 "}, "code", "service.code") == "H0004"
    assert reader.code({}, "code", "service.code") is None and reader.errors == []


def test_a_choice_is_text():
    reader = Reader()
    assert reader.choice({"c": ["in"]}, "c", "c", ("in", "out")) is None
    assert [e.code for e in reader.errors] == ["invalid_choice"]


@pytest.mark.parametrize(("value", "code"), [
    ("1" * 31, "number_too_long"), (10 ** 5000, "too_large"), (-(10 ** 5000), "negative")],
    ids=["31 digits as text", "a huge int", "a huge negative int"])
def test_money_is_measured_before_it_is_read(value, code):
    with pytest.raises(MoneyError) as caught:
        parse_money(value)
    assert caught.value.code == code
