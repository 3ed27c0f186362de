"""Prometheus metrics at /metrics: requests and latency by route, price-file load progress.

/metrics is off unless NAVIGATOR_METRICS is true, and even then it answers only a scraper
on this machine (a loopback address, not through a proxy): the counts say what people use.
With several gunicorn workers (or `flask ingest-tic` beside the site), set
PROMETHEUS_MULTIPROC_DIR to one empty folder for them all, so /metrics adds up every process.
"""

from __future__ import annotations

import ipaddress
import os
import time

from flask import Flask, Response, abort, current_app, g, request
from flask.typing import ResponseReturnValue
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)
from prometheus_client.multiprocess import MultiProcessCollector

REGISTRY = CollectorRegistry()
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})

REQUESTS = Counter("navigator_requests", "Requests answered, by route, method and status.",
                   ["route", "method", "status"], registry=REGISTRY)
LATENCY = Histogram("navigator_request_duration_seconds", "Time to answer, by route.",
                    ["route"], registry=REGISTRY,
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
INGEST = {
    name: Counter(f"navigator_ingest_{name}", help_text, registry=REGISTRY)
    for name, help_text in (
        ("bytes_read", "Bytes of price-transparency files read."),
        ("items_seen", "In-network items read from price files."),
        ("items_kept", "In-network items kept (the codes the site prices)."),
        ("rates_kept", "Negotiated rates kept from price files."),
    )
}
LOADS = Counter("navigator_ingest_loads_finished", "Price-file loads ended (kept or not).",
                registry=REGISTRY)
LOADS_RUNNING = Gauge("navigator_ingest_loads_running", "Price-file loads running now.",
                      registry=REGISTRY, multiprocess_mode="livesum")


class IngestMeter:
    """Turn one load's running totals into counter increases, and count the load."""

    def __init__(self) -> None:
        self._last: dict[str, int] = {}
        LOADS_RUNNING.inc()
        self._running = True

    def update(self, **totals: int) -> None:
        """Record the totals so far: bytes_read, items_seen, items_kept, rates_kept."""
        for name, total in totals.items():
            INGEST[name].inc(max(total - self._last.get(name, 0), 0))
            self._last[name] = total

    def finish(self) -> None:
        """Count the load as ended (once)."""
        if self._running:
            self._running = False
            LOADS_RUNNING.dec()
            LOADS.inc()


def observe(response: Response) -> Response:
    """Count the answered request under its endpoint name (never the raw path)."""
    route = request.endpoint or "none"  # no route matched: one label for every 404
    method = request.method if request.method in METHODS else "other"
    REQUESTS.labels(route, method, str(response.status_code)).inc()
    started = g.get("request_started")  # set by navigator.core.logs
    if started is not None:
        LATENCY.labels(route).observe(time.perf_counter() - started)
    return response


def from_this_machine() -> bool:
    """A direct request from a loopback address (a proxied one carries X-Forwarded-For)."""
    try:
        loopback = ipaddress.ip_address(request.remote_addr or "").is_loopback
    except ValueError:
        return False
    return loopback and "X-Forwarded-For" not in request.headers


def metrics() -> ResponseReturnValue:
    if not current_app.config["METRICS"] or not from_this_machine():
        abort(404)  # as if it were not there: nothing to learn from probing it
    registry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        MultiProcessCollector(registry)
    return Response(generate_latest(registry), content_type=CONTENT_TYPE_LATEST)


def init_app(app: Flask) -> None:
    app.after_request(observe)
    app.add_url_rule("/metrics", "metrics", metrics)
