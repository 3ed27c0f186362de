"""The streaming in-network reader on our own fixtures."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest

from benefits.tic import (
    BEHAVIORAL_HEALTH_CODES,
    FileInfo,
    Rate,
    TicError,
    keep_behavioral,
    read_in_network,
    read_table_of_contents,
)

FIXTURES = Path(__file__).parent / "fixtures"


def read(name: str, **options) -> list[FileInfo | Rate]:
    with (FIXTURES / name).open("rb") as source:
        return list(read_in_network(source, **options))


def remote(url: str) -> io.BytesIO:
    assert url == "https://example.org/groups/8.json"
    return io.BytesIO((FIXTURES / "remote_group.json").read_bytes())


@pytest.mark.parametrize(("code_type", "code", "kept"), [
    ("CPT", "90837", True),      # psychotherapy, 60 minutes
    ("CPT", "90899", True),      # the whole psychiatry range counts
    ("CPT", "96139", True),      # technician testing add-on
    ("CPT", "96127", True),      # brief emotional/behavioral assessment
    ("HCPCS", "G0017", True),    # crisis psychotherapy away from the office
    ("CPT", "99213", False),     # an ordinary office visit
    ("RC", "90837", False),      # a revenue code that happens to look like a CPT code
    ("HCPCS", "H0004", False),   # H-codes are out of scope
])
def test_keep_behavioral(code_type, code, kept):
    assert keep_behavioral(code_type, code) is kept


def test_code_set_covers_the_ranges():
    assert {"90785", "90853", "90899", "96130", "96139", "G0018"} <= BEHAVIORAL_HEALTH_CODES
    assert "90784" not in BEHAVIORAL_HEALTH_CODES and "96140" not in BEHAVIORAL_HEALTH_CODES


def test_v2_references_first_keeps_only_behavioral_items():
    info, *rates = read("v2_refs_first.json")
    assert info == FileInfo("Lakeside Health", "health insurance issuer", "2025-10-01", "2.0.0",
                            "Lakeside PPO", "1234567890", "ein", "group")
    assert {r.billing_code for r in rates} == {"90837", "G0017", "90853"}
    assert len(rates) == 2 * 2 + 1 + 2  # 90837: two groups x two prices
    first = rates[0]
    assert first.npis == (1487654321, 1598765432)
    assert first.business_name == "Calm Waters Counseling [North]"
    assert first.modifiers == ("95",) and first.service_codes == ("02", "10", "11")
    assert first.negotiated_rate == Decimal("142.50")


def test_tin_only_group_has_no_npis():
    rates = read("v2_refs_first.json")[1:]
    tin_only = [r for r in rates if r.tin_value == "44-5556666"]
    assert tin_only and all(r.npis == () for r in tin_only)
    assert tin_only[0].network_names == ("Lakeside Choice", "Lakeside Select")


def test_percentage_and_per_diem():
    rates = read("v2_refs_first.json")[1:]
    percentage = next(r for r in rates if r.negotiated_type == "percentage")
    per_diem = next(r for r in rates if r.negotiated_type == "per diem")
    assert percentage.negotiated_rate == Decimal("80") and percentage.service_codes == ("CSTM-00",)
    assert per_diem.negotiated_rate == Decimal("650.25") and per_diem.billing_code == "G0017"


def test_keep_none_keeps_everything():
    rates = read("v2_refs_first.json", keep=None)[1:]
    assert "27447" in {r.billing_code for r in rates}
    assert len(rates) == 8


def test_v1_inline_groups_and_billing_code_after_rates():
    info, *rates = read("v1_inline.json")
    assert info.version == "1.0.0" and info.plan_name is None
    assert [(r.billing_code, r.npis, r.tin_value) for r in rates] == [
        ("90791", (1111111112,), "1111111112"),
        ("90791", (), "77-8889999"),
        ("96130", (1222222223,), "12-3456789"),
    ]
    assert rates[2].negotiated_rate == Decimal("110.10")


def test_references_and_root_fields_after_in_network_with_remote_group():
    info, *rates = read("v2_refs_last.json", fetch_reference=remote)
    assert info.reporting_entity_name == "Riverbend Health"
    assert info.plan_name == "Riverbend HMO"
    assert [(r.npis, r.business_name, r.negotiated_rate) for r in rates] == [
        ((1333333334,), "Riverbend Therapy", Decimal("120.00")),
        ((1444444445, 1555555556), "Remote Minds PC", Decimal("99.99")),
    ]
    assert rates[1].network_names == ("Riverbend Open",)


def test_remote_reference_without_fetcher_is_an_error():
    with pytest.raises(TicError) as caught:
        read("v2_refs_last.json")
    assert caught.value.code == "remote_reference"
    assert caught.value.json_path == "in_network[0].negotiated_rates[1].provider_references[0]"


def test_table_of_contents():
    with (FIXTURES / "toc.json").open("rb") as source:
        plans = read_table_of_contents(source)
    assert [p.plan_name for p in plans] == ["Lakeside PPO", "Lakeside HMO"]
    assert plans[1].in_network_files == (
        ("in-network file", "https://example.org/in-network.json.gz"),)
    assert plans[0].allowed_amount_file == "https://example.org/allowed.json"
