"""Benchmark batch estimates: one 500-row upload vs 500 single API calls, in the same run.

Run with `make bench` (or `.venv/bin/python bench/batch.py [--rows 500]`). It prints figures
and asserts nothing. It serves the app with gunicorn as `make run` does (a live server on a
local port, not a Flask test client), then, alternating for a few rounds:
  (a) POST /front-desk/batch with a CSV of N appointments (CSRF token and cookie from the
      upload page, as a browser sends them), answers as CSV;
  (b) N POST /api/v1/estimate calls for the same appointments, one after another on one
      keep-alive connection, as a script at the front desk would make them.
Both give the same N answers; the ratio says what batching saves.
"""

from __future__ import annotations

import argparse
import csv
import http.client
import io
import json
import re
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.estimate import free_port, start_server  # noqa: E402

ROUNDS = 3
PLANS = [  # (deductible, met, coinsurance %, copay, oop max, oop met): a mix of states
    ("1500", "0", "20", "", "5000", "0"), ("1500", "1400", "20", "", "5000", "1400"),
    ("0", "0", "", "30", "3000", "0"), ("500", "500", "10", "", "4000", "3990"),
]
CODES = ["90837", "90834", "90832", "90791"]


def appointments(count: int) -> list[dict[str, str]]:
    rows = []
    for n in range(count):
        deductible, met, coinsurance, copay, oop, oop_met = PLANS[n % len(PLANS)]
        rows.append({"patient": f"P{n:04}", "date": "2026-11-02", "code": CODES[n % 4],
                     "allowed_amount": f"{120 + n % 80}.00", "deductible": deductible,
                     "deductible_met": met, "coinsurance": coinsurance, "copay": copay,
                     "oop_max": oop, "oop_met": oop_met})
    return rows


def api_body(row: dict[str, str]) -> str:
    tier = {key: row[key] for key in ("deductible", "deductible_met", "oop_max", "oop_met")}
    if row["copay"]:
        tier["copay"] = row["copay"]
    else:
        tier["coinsurance"] = str(int(row["coinsurance"]) / 100)
    return json.dumps({
        "service": {"code": row["code"], "allowed_amount": row["allowed_amount"]},
        "network": "in", "sessions": {"count": 1, "first_date": row["date"]},
        "plan": {"in_network": tier}})


def csv_file(rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


def multipart(fields: dict[str, str], name: str, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n'
             f"{value}\r\n".encode() for key, value in fields.items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="appointments"; '
                 f'filename="{name}"\r\nContent-Type: text/csv\r\n\r\n'.encode() + data
                 + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def batch_once(port: int, data: bytes) -> tuple[float, int]:
    """Seconds for the upload (the page visit for the token not counted), answer rows."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("GET", "/front-desk/batch")
    page = conn.getresponse()
    html = page.read().decode()
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
    cookie = page.getheader("Set-Cookie").split(";", 1)[0]
    body, content_type = multipart({"csrf_token": token, "output": "csv"}, "day.csv", data)
    start = time.perf_counter()
    conn.request("POST", "/front-desk/batch", body=body, headers={
        "Content-Type": content_type, "Cookie": cookie})
    response = conn.getresponse()
    answer = response.read().decode()
    seconds = time.perf_counter() - start
    conn.close()
    if response.status != 200:
        raise RuntimeError(f"batch upload answered {response.status}")
    return seconds, len(answer.strip().splitlines()) - 1


def singles_once(port: int, bodies: list[str]) -> tuple[float, int]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    ok = 0
    start = time.perf_counter()
    for body in bodies:
        conn.request("POST", "/api/v1/estimate", body=body,
                     headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        ok += response.status == 200
    seconds = time.perf_counter() - start
    conn.close()
    return seconds, ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=500)
    args = parser.parse_args()
    rows = appointments(args.rows)
    data, bodies = csv_file(rows), [api_body(row) for row in rows]
    with tempfile.TemporaryDirectory() as folder:
        port = free_port()
        server = start_server(port, folder)
        try:
            batch_once(port, data)  # warm up: imports, catalogs, templates
            singles_once(port, bodies[:50])
            # Alternate the two so drift on a shared machine hits both alike.
            rounds = [(batch_once(port, data), singles_once(port, bodies))
                      for _ in range(ROUNDS)]
        finally:
            server.terminate()
            server.wait(10)
    report(args.rows, len(data), rounds)


def report(count: int, size: int, rounds: list) -> None:
    batch = statistics.median(b[0] for b, _ in rounds)
    singles = statistics.median(s[0] for _, s in rounds)
    print(f"Batch estimates, {count} appointments, gunicorn 2 workers x 4 threads, same "
          f"machine, median of {ROUNDS} alternating rounds:")
    print(f"    (a) one POST /front-desk/batch ({size / 1024:.0f} KB CSV in, CSV out): "
          f"{batch:6.2f} s   {batch / count * 1000:6.2f} ms per appointment  "
          f"(answer rows: {rounds[-1][0][1]})")
    print(f"    (b) {count} POST /api/v1/estimate, one connection:      "
          f"{singles:6.2f} s   {singles / count * 1000:6.2f} ms per appointment  "
          f"(200 OK: {rounds[-1][1][1]})")
    print(f"    singles / batch: {singles / batch:.1f} times the time "
          f"(rounds: {', '.join(f'{s[0] / b[0]:.1f}' for b, s in rounds)})")


if __name__ == "__main__":
    main()
