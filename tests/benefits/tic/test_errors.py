"""Malformed JSON and schema problems raise TicError with a byte offset and a JSON path."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from benefits.tic import TicError, read_in_network

TEXT = (Path(__file__).parent / "fixtures" / "v2_refs_first.json").read_bytes()


def fail(data: bytes, **options) -> TicError:
    with pytest.raises(TicError) as caught:
        list(read_in_network(io.BytesIO(data), **options))
    return caught.value


def test_truncated_inside_an_item():
    cut = TEXT.index(b'"billing_code": "G0017"')
    error = fail(TEXT[:cut])
    assert error.code == "truncated"
    assert error.byte_offset is not None and error.byte_offset <= cut
    assert error.json_path is not None and error.json_path.startswith("in_network[2]")


def test_truncated_inside_references():
    cut = TEXT.index(b'"provider_group_id": 20') + 10
    error = fail(TEXT[:cut])
    assert error.code == "truncated"
    assert error.json_path.startswith("provider_references[1]")


@pytest.mark.parametrize("keep", [None, "default"])
def test_bad_token_mid_item(keep):
    spot = TEXT.index(b'"negotiated_rate": 650.25')
    broken = TEXT[:spot] + b'"negotiated_rate": 6x0.25' + TEXT[spot + 25:]
    error = fail(broken) if keep == "default" else fail(broken, keep=None)
    assert error.code == "malformed_json"
    assert error.byte_offset == spot + len(b'"negotiated_rate": 6')
    assert error.json_path == "in_network[2].negotiated_rates[0].negotiated_prices[0]"


def test_wrong_type():
    spot = TEXT.index(b"142.50")
    broken = TEXT[:spot] + b'"cheap"' + TEXT[spot + 6:]
    error = fail(broken)
    assert error.code == "wrong_type"
    assert error.byte_offset == spot
    assert error.json_path == (
        "in_network[0].negotiated_rates[0].negotiated_prices[0].negotiated_rate")


def test_missing_billing_code():
    broken = TEXT.replace(b'"billing_code": "90853",', b"")
    error = fail(broken)
    assert error.code == "missing_field" and error.json_path.startswith("in_network[3]")


def test_unknown_reference():
    broken = TEXT.replace(b'"provider_references": [10, 20]', b'"provider_references": [10, 99]')
    error = fail(broken)
    assert error.code == "unknown_reference"
    assert error.json_path == "in_network[0].negotiated_rates[0].provider_references[1]"


def test_not_an_object():
    assert fail(b"[1, 2]").code == "malformed_json"


def test_garbage_after_root():
    assert fail(TEXT + b"{}").code == "malformed_json"


def test_in_network_not_an_array():
    error = fail(b'{"version": "2.0.0", "in_network": {"a": 1}}')
    assert error.code == "wrong_type" and error.json_path == "in_network"
