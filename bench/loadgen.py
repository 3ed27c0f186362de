"""A small HTTP load generator for when wrk is not installed (keep-alive, fixed duration)."""

from __future__ import annotations

import http.client
import statistics
import threading
import time
from urllib.parse import urlsplit


def python_load(url: str, body: str | None, seconds: int, connections: int) -> dict[str, float]:
    """Requests per second and p50/p99 latency (ms) with `connections` threads."""
    parts = urlsplit(url)
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker() -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        mine, bad = [], 0
        while time.perf_counter() < deadline:
            start = time.perf_counter()
            headers = {"Content-Type": "application/json"} if body else {}
            conn.request("POST" if body else "GET", parts.path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            mine.append((time.perf_counter() - start) * 1000)
            bad += response.status >= 300
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cuts = statistics.quantiles(latencies, n=100)
    return {"rps": len(latencies) / seconds, "p50": cuts[49], "p99": cuts[98],
            "errors": float(errors[0])}
