"""Small in-network price files shaped like real ones (schema v2), written for each test.

One network ("Example PPO") is split over two files, as payers publish them. The first
holds a current and an expired 90837 rate, amounts that are no price (zero, nines, NaN),
the same price listed twice, a TIN-only group and a testing code the estimator's form does
not offer; the second adds 90791 and a 90832 rate that has expired.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

NPI_A = "1234567893"  # Harbor Counseling, listed in part 1 (group 1 and again in group 4)
NPI_B = "1679576722"  # Harbor Counseling too
NPI_C = "1245319599"  # Lakeside Practice: bills under the TIN that has TIN-only prices
HARBOR = {"type": "ein", "value": "12-3456789", "business_name": "Harbor Counseling"}
LAKESIDE = {"type": "ein", "value": "98-7654321", "business_name": "Lakeside Practice"}
FOREVER = "9999-12-31"


def price(amount: Any, expires: str = FOREVER, **extra: Any) -> dict[str, Any]:
    return {"negotiated_type": "negotiated", "negotiated_rate": amount,
            "expiration_date": expires, "service_code": ["11", "02", "10"],
            "billing_class": "professional", "setting": "outpatient", **extra}


def item(code: str, refs: list[int], prices: list[dict[str, Any]],
         code_type: str = "CPT") -> dict[str, Any]:
    return {"negotiation_arrangement": "ffs", "name": f"service {code}",
            "billing_code_type": code_type, "billing_code_type_version": "2026",
            "billing_code": code, "description": "a service",
            "negotiated_rates": [{"provider_references": refs, "negotiated_prices": prices}]}


def group(group_id: int, npis: list[int], tin: dict[str, str]) -> dict[str, Any]:
    return {"provider_group_id": group_id, "network_name": ["Example PPO"],
            "provider_groups": [{"npi": npis, "tin": tin}]}


def price_file(path: Path, in_network: list[dict[str, Any]],
               references: list[dict[str, Any]], updated: str = "2026-11-01",
               plan: str = "Example PPO") -> Path:
    """Write the file; NaN and Infinity go in as Python's JSON writer puts them."""
    body = {"reporting_entity_name": "Example Health",
            "reporting_entity_type": "health insurance issuer", "plan_name": plan,
            "plan_id_type": "ein", "plan_id": "1234567890", "plan_market_type": "group",
            "last_updated_on": updated, "version": "2.0.0",
            "provider_references": references, "in_network": in_network}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(body, indent=1))
    return path


REFERENCES = [group(1, [int(NPI_A), int(NPI_B)], HARBOR), group(2, [0], LAKESIDE),
              group(3, [int(NPI_C)], LAKESIDE), group(4, [int(NPI_A), int(NPI_B)], HARBOR)]


def part_one(folder: Path, current: str = "150.00", updated: str = "2026-11-01",
             name: str = "example_in-network-rates_1_of_2.json") -> Path:
    return price_file(folder / name, [
        item("90837", [1, 4], [price(float(current)), price(120.00, "2025-12-31"),
                               price(0), price(999999999), price(float("nan"))]),
        item("90834", [2], [price(100.00)]),
        item("96130", [1, 3], [price(200.00)]),
        item("27447", [1], [price(22000)]),
    ], REFERENCES, updated)


def part_two(folder: Path, updated: str = "2026-11-01") -> Path:
    return price_file(folder / "example_in-network-rates_2_of_2.json", [
        item("90791", [1], [price(180.00, "2027-06-30")]),
        item("90832", [1], [price(70.00, "2026-01-31")]),
    ], REFERENCES[:1], updated)


def no_therapy(path: Path) -> Path:
    """A file with no behavioral-health code, like the public CMS examples."""
    return price_file(path, [item("27447", [1], [price(22000)])], REFERENCES[:1])
