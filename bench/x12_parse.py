"""Benchmark: reading a typical 271 and summarizing it, as a ratio to a bare split.

Run with `make bench` (or `.venv/bin/python bench/x12_parse.py`). It prints figures and
asserts nothing. The baseline is splitting the same text into segments and elements with
str.split, the least work any reader must do, measured in the same run.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benefits.x12 import read_271, summarize  # noqa: E402

FIXTURE = ROOT / "tests" / "benefits" / "x12" / "fixtures" / "done_when.x12"
RUNS = 1000


def median_ms(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    text = FIXTURE.read_text()
    separator = text[105]
    baseline = median_ms(lambda: [s.split("*") for s in text.split(separator)])
    read = median_ms(lambda: read_271(text))
    both = median_ms(lambda: summarize(read_271(text).transactions[0]))
    segments = text.count(separator)
    print(f"typical 271: {FIXTURE.name}, {len(text)} characters, {segments} segments; "
          f"median of {RUNS} runs")
    for name, value in (("str.split into segments and elements (baseline)", baseline),
                        ("read_271", read), ("read_271 + mental-health summary", both)):
        print(f"    {name:50} {value:7.3f} ms  {value / baseline:7.1f} x baseline")


if __name__ == "__main__":
    main()
