"""The public CMS examples read completely with keep=None."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benefits.tic import FileInfo, Rate, read_in_network

SAMPLES = Path("/work/shared/samples/tic")

# file, number of Rate records, (index of a rate, field, expected value)
CASES = [
    ("in-network-rates-all-negotiated-types-sample.json", 15,
     (0, "negotiated_rate", Decimal("150.00"))),
    ("in-network-rates-bundle-single-plan-sample.json", 4, (3, "tin_value", "22-2222222")),
    ("in-network-rates-capitation-single-plan-sample.json", 4,
     (0, "negotiation_arrangement", "capitation")),
    ("in-network-rates-fee-for-service-single-plan-sample.json", 10,
     (0, "modifiers", ("AS",))),
    ("in-network-rates-multiple-plans-sample.json", 12, (11, "billing_class", "institutional")),
    ("in-network-rates-no-npi.json", 1, (0, "tin_type", "npi")),
    ("v1/in-network-rates-bundle-single-plan-sample.json", 3,
     (2, "npis", (6666666666, 7777777777, 8888888888, 9999999999))),
    ("v1/in-network-rates-capitation-single-plan-sample.json", 3,
     (0, "billing_code", "27447")),
    ("v1/in-network-rates-fee-for-service-single-plan-sample.json", 8,
     (7, "negotiated_rate", Decimal("12.45"))),
    ("v1/in-network-rates-multiple-plans-sample.json", 9, (5, "negotiated_type", "derived")),
    ("v1/in-network-rates-no-npi.json", 1, (0, "npis", ())),
]


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="public samples not present")
@pytest.mark.parametrize(("name", "count", "check"), CASES)
def test_public_sample_reads_completely(name, count, check):
    with (SAMPLES / name).open("rb") as source:
        records = list(read_in_network(source, keep=None))
    assert isinstance(records[0], FileInfo)
    rates = records[1:]
    assert all(isinstance(rate, Rate) for rate in rates)
    assert len(rates) == count
    index, field, expected = check
    assert getattr(rates[index], field) == expected


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="public samples not present")
def test_all_negotiated_types_sample_has_every_type_and_networks():
    with (SAMPLES / "in-network-rates-all-negotiated-types-sample.json").open("rb") as source:
        info, *rates = read_in_network(source, keep=None)
    assert info.plan_name == "Plan D PPO" and info.version == "2.0.0"
    assert {r.negotiated_type for r in rates} == {
        "negotiated", "derived", "fee schedule", "percentage", "per diem"}
    per_diem = next(r for r in rates if r.negotiated_type == "per diem")
    assert per_diem.network_names == ("Comprehensive Health Plus Network",)
    assert per_diem.negotiated_rate == Decimal("5500.00")


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="public samples not present")
def test_samples_hold_no_behavioral_codes():
    with (SAMPLES / "in-network-rates-multiple-plans-sample.json").open("rb") as source:
        records = list(read_in_network(source))
    assert [type(r) for r in records] == [FileInfo]
