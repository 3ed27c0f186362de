"""Write a synthetic Transparency-in-Coverage in-network file of a given size (bench helper)."""

from __future__ import annotations

import random
from pathlib import Path

BEHAVIORAL = ["90791", "90832", "90834", "90837", "90846", "90847", "90853", "96130"]
OTHER = [str(c) for c in range(10000, 89999, 7)]
POS = ["02", "10", "11", "19", "21", "22", "23", "81"]
NETWORKS = ['["Choice PPO"]', '["Choice PPO", "Select HMO"]', '["Open Access"]']


def _group(rng: random.Random) -> str:
    npis = ", ".join(str(rng.randrange(1_000_000_000, 2_000_000_000))
                     for _ in range(rng.randint(1, 40)))
    tin = f"{rng.randrange(10, 99)}-{rng.randrange(1_000_000, 9_999_999)}"
    return (f'{{"npi": [{npis}], "tin": {{"type": "ein", "value": "{tin}", '
            f'"business_name": "Group {rng.randrange(99999)} Associates LLC"}}}}')


def _reference(rng: random.Random, group_id: int) -> str:
    groups = ", ".join(_group(rng) for _ in range(rng.randint(1, 3)))
    return (f'{{"provider_group_id": {group_id}, "network_name": {rng.choice(NETWORKS)}, '
            f'"provider_groups": [{groups}]}}')


def _price(rng: random.Random) -> str:
    codes = ", ".join(f'"{c}"' for c in rng.sample(POS, rng.randint(1, 4)))
    modifier = ', "billing_code_modifier": ["95"]' if rng.random() < 0.2 else ""
    return (f'{{"negotiated_type": "negotiated", "negotiated_rate": '
            f'{rng.randrange(2000, 90000) / 100}, "expiration_date": "9999-12-31", '
            f'"service_code": [{codes}], "billing_class": "professional", '
            f'"setting": "outpatient"{modifier}}}')


def _item(rng: random.Random, code: str, n_refs: int) -> str:
    rates = []
    for _ in range(rng.randint(5, 30)):
        refs = ", ".join(str(rng.randrange(1, n_refs + 1)) for _ in range(rng.randint(1, 4)))
        prices = ", ".join(_price(rng) for _ in range(rng.randint(1, 3)))
        rates.append(f'{{"provider_references": [{refs}], "negotiated_prices": [{prices}]}}')
    return (f'{{"negotiation_arrangement": "ffs", "name": "Service {code}", '
            f'"billing_code_type": "CPT", "billing_code_type_version": "2025", '
            f'"billing_code": "{code}", "description": "Synthetic service {code}", '
            f'"negotiated_rates": [{", ".join(rates)}]}}')


def write_synthetic(path: Path, size_bytes: int, share_behavioral: float = 0.02,
                    seed: int = 7) -> dict[str, int]:
    """Write the file (about a third provider references) and return counts of what it holds."""
    rng = random.Random(seed)
    counts = {"references": 0, "items": 0, "behavioral_items": 0}
    with path.open("w", encoding="ascii") as out:
        out.write('{"reporting_entity_name": "Synthetic Health", '
                  '"reporting_entity_type": "health insurance issuer", "plan_name": "Bench PPO", '
                  '"plan_id_type": "ein", "plan_id": "1234567890", "plan_market_type": "group", '
                  '"last_updated_on": "2025-10-01", "version": "2.0.0",\n"provider_references": [')
        written = out.tell()
        while written < size_bytes // 3:
            counts["references"] += 1
            sep = ",\n" if counts["references"] > 1 else "\n"
            written += out.write(sep + _reference(rng, counts["references"]))
        written += out.write('],\n"in_network": [')
        while written < size_bytes:
            behavioral = rng.random() < share_behavioral
            code = rng.choice(BEHAVIORAL if behavioral else OTHER)
            counts["items"] += 1
            counts["behavioral_items"] += behavioral
            sep = ",\n" if counts["items"] > 1 else "\n"
            written += out.write(sep + _item(rng, code, counts["references"]))
        out.write("]}\n")
    return counts
