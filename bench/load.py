"""Benchmark: a mix of the site's routes under load, each beside /healthz in the same run.

Run with `.venv/bin/python bench/load.py` (wrk from Debian's `wrk` package; the Python load
generator otherwise). It starts gunicorn as `make run` does (2 workers x 4 threads), with the
database in NAVIGATOR_BENCH_DATABASE_URL (PostgreSQL) or a temporary SQLite file, loads one
small network to look up, and then, for each route, alternates ROUNDS runs of the route and
of GET /healthz (SECONDS each, CONNECTIONS connections). It prints throughput, p50/p99 and
non-2xx answers per route, and each route's throughput as a ratio to /healthz's. It asserts
nothing. Rate limits are switched off for the run: they exist to stop one address from
doing exactly this.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.estimate import BODY, free_port, start_server, wrk_load  # noqa: E402
from bench.loadgen import python_load  # noqa: E402

SECONDS, CONNECTIONS, ROUNDS = 3, 32, 3
NPI = "1234567893"
X12 = (ROOT / "tests" / "benefits" / "x12" / "fixtures" / "done_when.x12").read_text()
APPEAL = {"plan_type": "employer_self_funded", "received_date": "2026-11-02",
          "kind": "post_service"}
# (label, path, body, content type); a None body is a GET.
ROUTES = (
    ("GET /glossary", "/glossary", None, None),
    ("GET /glossary?q=copay", "/glossary?q=copay", None, None),
    ("GET /estimate", "/estimate", None, None),
    ("POST /api/v1/estimate", "/api/v1/estimate", json.dumps(BODY), "application/json"),
    ("POST /api/v1/eligibility/271", "/api/v1/eligibility/271", X12, "text/plain"),
    ("GET network lookup (with network)",
     f"/api/v1/network/providers/{NPI}?network=Example%20PPO", None, None),
    ("POST /api/v1/appeals/deadlines", "/api/v1/appeals/deadlines", json.dumps(APPEAL),
     "application/json"),
)


def environment(folder: str) -> dict[str, str]:
    url = os.environ.get("NAVIGATOR_BENCH_DATABASE_URL") or f"sqlite:///{folder}/bench.db"
    return {**os.environ, "NAVIGATOR_DATABASE_URL": url, "NAVIGATOR_SECRET_KEY": "bench",
            "NAVIGATOR_RATELIMIT_ENABLED": "false", "NAVIGATOR_LOG_LEVEL": "WARNING"}


def prepare(env: dict[str, str]) -> None:
    """Migrate, and load one network whose lookup the mix asks for."""
    subprocess.run([sys.executable, "-m", "flask", "--app", "navigator", "db", "upgrade"],
                   env=env, check=True, capture_output=True, cwd=ROOT)
    os.environ.update(env)
    from navigator import create_app
    from navigator.features.network.store import LoadTarget, RateRow, load_network

    app = create_app()
    rows = [RateRow(code, "CPT", NPI, "123456789", "Harbor Counseling", Decimal(amount),
                    "negotiated") for code, amount in (("90837", "150"), ("90834", "110"))]
    load_network(app.extensions["navigator.engine"],
                 LoadTarget(name="Example PPO", source_kind="tic", source="bench.json"), rows)




def run() -> None:
    tool = "wrk" if shutil.which("wrk") else "python"
    with tempfile.TemporaryDirectory() as folder:
        env = environment(folder)
        prepare(env)
        port = free_port()
        server = start_server(port, folder, env)
        base = f"http://127.0.0.1:{port}"

        def load(url: str, body: str | None, kind: str | None) -> dict:
            if tool == "wrk":
                return wrk_load(url, body, folder, kind or "application/json", SECONDS)
            return python_load(url, body, SECONDS, CONNECTIONS)

        try:
            load(f"{base}/healthz", None, None)  # warm up
            table = [(label, [(load(f"{base}/healthz", None, None), load(base + path, body, kind))
                              for _ in range(ROUNDS)])
                     for label, path, body, kind in ROUTES]
        finally:
            server.terminate()
            server.wait(10)
    report(tool, table)


def report(tool: str, table: list) -> None:
    print(f"Mix under load: gunicorn 2 workers x 4 threads, {tool}, {CONNECTIONS} "
          f"connections, {ROUNDS} alternating rounds of {SECONDS} s per route (medians)")
    print(f"    {'route':36} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'non-2xx':>7} "
          f"{'x healthz':>9}")
    for label, rounds in table:
        runs = [route for _health, route in rounds]
        rps, p50, p99 = (statistics.median(r[k] for r in runs) for k in ("rps", "p50", "p99"))
        errors = sum(r["errors"] for r in runs)
        ratio = statistics.median(route["rps"] / health["rps"] for health, route in rounds)
        print(f"    {label:36} {rps:7.0f} {p50:7.1f} {p99:7.1f} {errors:7.0f} {ratio:9.2f}")
    health = [h for _label, rounds in table for h, _route in rounds]
    print(f"    {'GET /healthz (baseline, all rounds)':36} "
          f"{statistics.median(h['rps'] for h in health):7.0f} "
          f"{statistics.median(h['p50'] for h in health):7.1f} "
          f"{statistics.median(h['p99'] for h in health):7.1f}")


if __name__ == "__main__":
    run()
