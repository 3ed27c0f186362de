"""Amounts that are no price, skipped with their JSON path; expiry dates."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest

from benefits.tic import ReadStats, expired, price_problem, read_in_network
from benefits.tic.prices import LISTED


@pytest.mark.parametrize(("amount", "problem"), [
    (Decimal("142.50"), None),
    (Decimal("0.01"), None),             # tiny, but a price
    (Decimal("99999.90"), None),         # not all nines
    (Decimal("22000"), None),
    (0, "zero"),                         # the schema requires more than zero
    (Decimal("0.00"), "zero"),
    (-5, "negative"),
    (float("nan"), "not_a_number"),      # Python's writer emits NaN
    (float("inf"), "not_a_number"),
    (Decimal("999999999"), "placeholder"),
    (Decimal("99999999.99"), "placeholder"),
    (Decimal("99999"), "placeholder"),
    (Decimal("1E+400"), "too_large"),    # more digits than the column holds
])
def test_price_problem(amount, problem):
    assert price_problem(amount) == problem


@pytest.mark.parametrize(("date", "on", "gone"), [
    ("2025-12-31", dt.date(2026, 1, 1), True),
    ("2025-12-31", dt.date(2025, 12, 31), False),  # the expiration date is its last day
    ("9999-12-31", dt.date(2026, 1, 1), False),    # no end date
    (None, dt.date(2026, 1, 1), False),             # unknown is not expired
    ("12/31/2025", dt.date(2026, 1, 1), False),     # unreadable: not claimed either way
])
def test_expired(date, on, gone):
    assert expired(date, on) is gone


HEAD = (b'{"reporting_entity_name": "X", "reporting_entity_type": "issuer", '
        b'"last_updated_on": "2026-11-01", "version": "1.0.0", "in_network": [')
GROUPS = b'"provider_groups": [{"npi": [1234567893], "tin": {"type": "ein", "value": "1"}}]'


def prices(*amounts: bytes) -> bytes:
    return b", ".join(b'{"negotiated_type": "negotiated", "negotiated_rate": ' + amount
                      + b', "expiration_date": "9999-12-31"}' for amount in amounts)


def read(body: bytes) -> tuple[list, ReadStats]:
    seen: list[ReadStats] = []
    records = list(read_in_network(io.BytesIO(body), on_progress=seen.append))
    return records[1:], seen[-1]


def test_bad_amounts_are_skipped_with_their_path_on_the_fast_path():
    item = (b'{"billing_code_type": "CPT", "billing_code": "90837", "negotiated_rates": [{'
            + GROUPS + b', "negotiated_prices": [' + prices(b"0", b"NaN", b"150.00") + b"]}]}")
    rates, stats = read(HEAD + item + b", " + item.replace(b"90837", b"27447") + b"]}")
    assert [r.negotiated_rate for r in rates] == [Decimal("150.00")]
    where = "in_network[0].negotiated_rates[0].negotiated_prices"
    assert [(s.json_path, s.amount, s.reason) for s in stats.not_prices] == [
        (f"{where}[0].negotiated_rate", "0", "zero"),
        (f"{where}[1].negotiated_rate", "NaN", "not_a_number")]


def test_bad_amounts_are_skipped_on_the_exact_path_too():
    # The billing code after the rates sends the item down the element-by-element path.
    item = (b'{"negotiated_rates": [{' + GROUPS + b', "negotiated_prices": ['
            + prices(b"-Infinity", b"120") + b']}], "billing_code_type": "CPT", '
            b'"billing_code": "90834"}')
    rates, stats = read(HEAD + item + b"]}")
    assert [r.negotiated_rate for r in rates] == [Decimal("120")]
    assert stats.not_prices[0].amount == "-Infinity" and stats.rates_kept == 1


def test_only_the_first_are_listed_but_all_are_counted():
    item = (b'{"billing_code_type": "CPT", "billing_code": "90837", "negotiated_rates": [{'
            + GROUPS + b', "negotiated_prices": [' + prices(*[b"0"] * (LISTED + 7)) + b"]}]}")
    rates, stats = read(HEAD + item + b"]}")
    assert rates == [] and stats.not_prices_count == LISTED + 7
    assert len(stats.not_prices) == LISTED
