"""Benchmark: GET /api/v1/network/providers/<npi> latency with a million rate rows loaded.

Run with `.venv/bin/python bench/lookup.py [--rows 1000000]`. It fills a temporary SQLite
database with synthetic price-file rates in the stored form (50 rates per provider group of
20 NPIs, so a million rate rows price 400,000 clinicians), then times lookups of random NPIs through
the API in-process, against GET /healthz measured in the same run. It asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from benefits.npi import PREFIX, luhn_ok  # noqa: E402
from navigator import create_app  # noqa: E402
from navigator.core.cli import upgrade_database  # noqa: E402
from navigator.core.models import NegotiatedRate, Network, ProviderGroup, ProviderGroupNpi  # noqa: E402

CODES = ("90791", "90832", "90834", "90837", "90847")


def npi_for(n: int) -> str:
    body = f"1{n:08d}"
    return next(body + d for d in "0123456789" if luhn_ok(PREFIX + body + d))


GROUP_SIZE = 20


def fill(engine, rows: int) -> list[str]:
    groups = rows // 50
    npis = [npi_for(n) for n in range(groups * GROUP_SIZE)]
    with engine.begin() as connection:
        connection.execute(insert(Network), [{"id": 1, "name": "Bench PPO", "source_kind": "tic",
                                              "loaded_at": dt.datetime.now()}])
        connection.execute(insert(ProviderGroup), [
            {"id": (1 << 32) | g, "network_id": 1, "tin": "12-3456789",
             "business_name": f"Group {g}"} for g in range(groups)])
        connection.execute(insert(ProviderGroupNpi), [
            {"group_id": (1 << 32) | (n // GROUP_SIZE), "npi": npi}
            for n, npi in enumerate(npis)])
        for start in range(0, groups, 2000):
            connection.execute(insert(NegotiatedRate), [
                {"network_id": 1, "billing_code": CODES[k % 5], "billing_code_type": "CPT",
                 "modifiers": "", "group_id": (1 << 32) | g, "rate": 100 + k,
                 "negotiated_type": "negotiated", "service_codes": "11",
                 "billing_class": "professional"}
                for g in range(start, min(start + 2000, groups)) for k in range(50)])
    return npis


def timed(client, paths: list[str]) -> list[float]:
    times = []
    for path in paths:
        start = time.perf_counter()
        assert client.get(path).status_code == 200
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        app = create_app({"SECRET_KEY": "bench", "DATABASE_URL": f"sqlite:///{folder}/l.db"})
        engine = app.extensions["navigator.engine"]
        upgrade_database(engine)
        started = time.perf_counter()
        npis = fill(engine, args.rows)
        print(f"{args.rows:,} rate rows for {len(npis):,} clinicians loaded in "
              f"{time.perf_counter() - started:.0f} s")
        client = app.test_client()
        rng = random.Random(7)
        picks = [rng.choice(npis) for _ in range(1000)]
        lookups = timed(client, [f"/api/v1/network/providers/{n}?code=90837" for n in picks])
        health = timed(client, ["/healthz"] * 1000)
    for name, values in (("GET /healthz (baseline)", health), ("NPI lookup", lookups)):
        cuts = statistics.quantiles(values, n=100)
        print(f"    {name:26} p50 {cuts[49]:6.2f} ms  p99 {cuts[98]:6.2f} ms  "
              f"({cuts[98] / statistics.quantiles(health, n=100)[98]:.1f}x baseline p99)")


if __name__ == "__main__":
    main()
