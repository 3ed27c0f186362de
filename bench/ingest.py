"""Benchmark: filtered TiC ingest against a naive ijson walk of every in_network item.

Run with `.venv/bin/python bench/ingest.py [--size-mb 1024]`. It writes a synthetic file to
a temporary folder, times (a) `ijson.items(f, "in_network.item")` with the C backend doing
nothing else (b) `read_in_network` with `keep_behavioral` consuming every record, and (c) the whole
`flask ingest-tic` load into SQLite, each in its own subprocess, and prints MB/s, the
ratios and peak RSS. It asserts nothing. `bench/lookup.py` measures NPI lookups.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tic_synth import write_synthetic  # noqa: E402

BASELINE = """
import ijson
with open(PATH, "rb") as f:
    for item in ijson.items(f, "in_network.item", use_float=USE_FLOAT):
        pass
"""
LOAD = """
from navigator import create_app
from navigator.core.cli import upgrade_database
from navigator.features.network.ingest import ingest
import io
app = create_app({"SECRET_KEY": "bench", "DATABASE_URL": "sqlite:///" + PATH + ".db"})
engine = app.extensions["navigator.engine"]
upgrade_database(engine)
with app.app_context():
    ingest(engine, PATH, "Bench Network", None, progress_stream=io.StringIO())
"""
# The disk storage the ingest uses; its import (the web layer's packages) is set up before the
# clock starts, so the figure is the reader's own time.
OURS_SETUP = """
from benefits.tic import read_in_network, keep_behavioral
from navigator.features.network.scratch import disk_storage
"""
OURS = """
with open(PATH, "rb") as f:
    for record in read_in_network(f, keep=keep_behavioral, storage=disk_storage()):
        pass
"""
HARNESS = """
import json, resource, sys, time
sys.path.insert(0, ROOT)
{setup}
start = time.perf_counter()
{body}
seconds = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": seconds, "peak_mb": peak_kb / 1024}}))
"""


def measure(body: str, path: Path, use_float: bool = True,
            setup: str = "") -> dict[str, float]:
    """Run one reader in a fresh interpreter and return its wall time and peak RSS."""
    code = (f"PATH = {str(path)!r}\nROOT = {str(ROOT)!r}\nUSE_FLOAT = {use_float}\n"
            + HARNESS.format(body=body, setup=setup))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tic-bench-") as folder:
        path = Path(folder) / "in-network.json"
        started = time.perf_counter()
        counts = write_synthetic(path, args.size_mb * 1024 * 1024)
        size_mb = path.stat().st_size / 1e6
        print(f"synthetic file: {size_mb:.0f} MB, {counts['items']} items "
              f"({counts['behavioral_items']} behavioral), {counts['references']} provider "
              f"references; written in {time.perf_counter() - started:.1f} s")
        runs = {
            "naive ijson.items (yajl2_c, use_float)": measure(BASELINE, path),
            "naive ijson.items (yajl2_c, Decimal)": measure(BASELINE, path, use_float=False),
            "read_in_network(keep_behavioral)": measure(OURS, path, setup=OURS_SETUP),
            "ingest into SQLite (flask ingest-tic)": measure(LOAD, path),
        }
    speeds = {}
    for label, run in runs.items():
        speeds[label] = size_mb / run["seconds"]
        print(f"{label:42} {run['seconds']:7.2f} s {speeds[label]:7.1f} MB/s "
              f"peak RSS {run['peak_mb']:6.1f} MB")
    for ours_label in ("read_in_network(keep_behavioral)", "ingest into SQLite (flask ingest-tic)"):
        for label in list(speeds)[:2]:
            print(f"ratio {ours_label} / {label}: {speeds[ours_label] / speeds[label]:.2f}x")


if __name__ == "__main__":
    main()
