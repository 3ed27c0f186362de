"""The cheap element cut must give exactly what the exact, token-by-token path gives.

Strings holding brackets, quotes, backslashes or the very keys the cut looks for are where
a byte-level shortcut could go wrong, so they are generated on purpose.
"""

from __future__ import annotations

import io
import json
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from benefits.tic import buffer, read_in_network

PIECES = [*'ab {}[]",:\\/é', '"negotiated_rates"', '"provider_group_id": 7,', "\\u00e9"]
TRICKY = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


def _file(texts: list[str]) -> bytes:
    references = [{"provider_group_id": n, "note": text,
                   "provider_groups": [{"npi": [1234567893 + n], "tin": {"type": "ein",
                                        "value": f"12-{n}", "business_name": text}}]}
                  for n, text in enumerate(texts, start=1)]
    items = [{"negotiation_arrangement": "ffs", "name": text, "billing_code_type": "CPT",
              "billing_code": "90837" if n % 2 else "99213", "billing_code_type_version": "2025",
              "description": "plain",
              "negotiated_rates": [{"provider_references": [n],
                                    "negotiated_prices": [{"negotiated_type": "negotiated",
                                                           "negotiated_rate": 100 + n,
                                                           "expiration_date": "9999-12-31",
                                                           "billing_class": "professional",
                                                           "service_code": ["11"]}]}]}
             for n, text in enumerate(texts, start=1)]
    return json.dumps({"reporting_entity_name": "T", "reporting_entity_type": "insurer",
                       "last_updated_on": "2026-01-01", "version": "2.0.0",
                       "provider_references": references, "in_network": items}).encode()


def _read(data: bytes) -> list:
    return list(read_in_network(io.BytesIO(data)))


@settings(max_examples=60, deadline=None)
@given(st.lists(TRICKY, min_size=1, max_size=8))
# A string that looks like the seam between two elements, with balanced brackets around it.
@example(["a", "},{"])
def test_fast_cut_matches_the_exact_path(texts):
    data = _file(texts)
    fast = _read(data)
    with mock.patch.object(buffer.Window, "fast_split", lambda self, anchor: None):
        exact = _read(data)
    assert fast == exact
    assert len(fast) == 1 + (len(texts) + 1) // 2  # the file info, then one rate per kept item
