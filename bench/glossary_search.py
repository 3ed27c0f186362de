"""Benchmark: glossary search and page rendering, as ratios to a baseline in the same run.

Run with `make bench` (or `.venv/bin/python bench/glossary_search.py`). It prints figures;
it asserts nothing. The baseline is the cheapest thing the site does on every request (the
health check), so the ratios stay meaningful on slower or faster machines.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flask_babel import force_locale, gettext

import glossary
from navigator import create_app
from navigator.core.cli import upgrade_database
from navigator.core.terms import search_terms

ROUNDS = 7


def per_call(fn: Callable[[], object], calls: int) -> float:
    """Median seconds per call over ROUNDS rounds of `calls` calls."""
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        times.append((time.perf_counter() - start) / calls)
    return statistics.median(times)


def main() -> None:
    app = create_app({"SECRET_KEY": "bench", "DATABASE_URL": "sqlite://", "TESTING": True})
    upgrade_database(app.extensions["navigator.engine"])
    client = app.test_client()
    terms = glossary.all_terms()

    def search_es() -> object:
        with app.test_request_context(), force_locale("es"):
            return glossary.search(terms, "deducible", gettext)

    def search_es_cached() -> object:
        with app.test_request_context(), force_locale("es"):
            return search_terms("deducible")

    cases = {
        "GET /healthz (baseline)": (lambda: client.get("/healthz"), 300),
        "search 'deducible', es, index built each time": (search_es, 100),
        "search 'deducible', es, cached index (site)": (search_es_cached, 300),
        "GET /glossary?q=deducible&lang=es": (
            lambda: client.get("/glossary?q=deducible&lang=es"), 100),
        "GET /glossary (A-Z index, es)": (lambda: client.get("/glossary?lang=es"), 100),
        "GET /glossary/deductible": (lambda: client.get("/glossary/deductible"), 300),
        "GET /api/v1/glossary?lang=es (all terms)": (
            lambda: client.get("/api/v1/glossary?lang=es"), 100),
    }
    results = {name: per_call(fn, calls) for name, (fn, calls) in cases.items()}
    baseline = results["GET /healthz (baseline)"]
    print(f"{len(terms)} glossary terms; median of {ROUNDS} rounds, in-process test client")
    print(f"{'case':48} {'ms/call':>9} {'x baseline':>11}")
    for name, seconds in results.items():
        print(f"{name:48} {seconds * 1000:9.3f} {seconds / baseline:11.1f}")


if __name__ == "__main__":
    main()
