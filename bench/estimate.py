"""Benchmark the cost estimator: (a) the engine alone, (b) HTTP throughput under load.

Run with `make bench` (or `.venv/bin/python bench/estimate.py`). It prints figures and
asserts nothing. (b) serves the app with gunicorn as `make run` does, then loads
`POST /api/v1/estimate` (12 sessions) and `GET /healthz` in the same run, with wrk when it
is installed (Debian package `wrk`) and a small Python load generator otherwise.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.loadgen import python_load  # noqa: E402
from benefits.estimate.engine import project  # noqa: E402
from benefits.estimate.request import read_estimate_request  # noqa: E402

BODY = {
    "service": {"code": "90837", "allowed_amount": "180.00"},
    "network": "in",
    "sessions": {"count": 12, "first_date": "2026-11-02", "every_days": 7},
    "plan": {"in_network": {"deductible": "1500", "deductible_met": "0", "oop_max": "5000",
                            "oop_met": "0", "coinsurance": "0.20"}},
}
SECONDS, CONNECTIONS, ROUNDS = 4, 32, 5


def engine_time() -> None:
    body = json.loads(json.dumps(BODY))
    body["sessions"]["count"] = 260
    request = read_estimate_request(body, dt.date(2026, 11, 1))
    runs = []
    for _ in range(7):
        start = time.perf_counter()
        for _ in range(20):
            project(request)
        runs.append((time.perf_counter() - start) / 20)
    print(f"(a) engine, 260-session projection: {statistics.median(runs) * 1000:.2f} ms "
          f"(median of 7 rounds of 20)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int, folder: str,
                 env: dict[str, str] | None = None) -> subprocess.Popen:
    env = env or {**os.environ, "NAVIGATOR_DATABASE_URL": f"sqlite:///{folder}/bench.db",
                  "NAVIGATOR_SECRET_KEY": "bench"}
    subprocess.run([sys.executable, "-m", "flask", "--app", "navigator", "db", "upgrade"],
                   env=env, check=True, capture_output=True, cwd=ROOT)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--workers", "2", "--worker-class", "gthread",
         "--threads", "4", "--bind", f"127.0.0.1:{port}", "navigator:create_app()"],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise RuntimeError("gunicorn did not start")


def wrk_load(url: str, body: str | None, folder: str, content_type: str = "application/json",
             seconds: int = SECONDS) -> dict[str, float]:
    # A new connection per request: with keep-alive, wrk's connections can all land on one
    # gunicorn worker, which halves throughput at random and hides what we measure.
    args = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency",
            "-H", "Connection: close", url]
    if body is not None:
        script = Path(folder) / "post.lua"
        script.write_text('wrk.method = "POST"\nwrk.headers["Content-Type"] = '
                          f'"{content_type}"\nwrk.body = {json.dumps(body)}\n')
        args[1:1] = ["-s", str(script)]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    def ms(label: str) -> float:
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50": ms("50"), "p99": ms("99"), "errors": float(errors.group(1)) if errors else 0}


def http_load() -> None:
    tool = "wrk" if shutil.which("wrk") else "python"
    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        server = start_server(port, folder)
        try:
            base = f"http://127.0.0.1:{port}"
            body = json.dumps(BODY)
            load = (lambda url, data: wrk_load(url, data, folder)) if tool == "wrk" else (
                lambda url, data: python_load(url, data, SECONDS, CONNECTIONS))
            load(f"{base}/healthz", None)  # warm up: imports, database, catalogs
            load(f"{base}/api/v1/estimate", body)
            # Alternate the two so drift on a shared machine hits both alike.
            rounds = [(load(f"{base}/healthz", None), load(f"{base}/api/v1/estimate", body))
                      for _ in range(ROUNDS)]
        finally:
            server.terminate()
            server.wait(10)
    report(tool, rounds)


def report(tool: str, rounds: list[tuple[dict[str, float], dict[str, float]]]) -> None:
    print(f"(b) HTTP, gunicorn 2 workers x 4 threads, {tool}, {CONNECTIONS} connections, "
          f"{ROUNDS} alternating rounds of {SECONDS} s, same machine (medians):")
    for index, name in ((0, "GET /healthz (baseline)"),
                        (1, "POST /api/v1/estimate (12 sessions)")):
        runs = [pair[index] for pair in rounds]
        rps, p50, p99 = (statistics.median(r[k] for r in runs) for k in ("rps", "p50", "p99"))
        errors = sum(r["errors"] for r in runs)
        print(f"    {name:38} {rps:8.0f} req/s  p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  "
              f"non-2xx {errors:.0f}")
    ratios = [estimate["rps"] / health["rps"] for health, estimate in rounds]
    print(f"    estimate / healthz throughput: {statistics.median(ratios):.2f} median "
          f"(rounds: {', '.join(f'{r:.2f}' for r in ratios)}; goal 0.60 or more)")


if __name__ == "__main__":
    engine_time()
    http_load()
