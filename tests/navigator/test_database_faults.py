"""A database that stops, hangs or comes back: bounded waits, 503s, and recovery by itself.

The test runs its own PostgreSQL server (initdb in a temporary folder, as the postgres
user), stops and restarts it, and freezes it with SIGSTOP, while the app keeps one engine.
Before: a stopped or hung database gave 500s, and a hung one hung every request forever.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.conftest import skip_unless_required

NPI = "1234567893"
API = f"/api/v1/network/providers/{NPI}"


class PrivatePostgres:
    """A throw-away PostgreSQL cluster on a free loopback port."""

    def __init__(self, folder: Path, bin_dir: Path) -> None:
        self.folder, self.bin = folder, bin_dir
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _as_postgres(self, *args: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *args], check=True,
                       capture_output=True, timeout=60)

    def init(self) -> None:
        self.folder.mkdir()
        shutil.chown(self.folder, "postgres")
        self._as_postgres(str(self.bin / "initdb"), "-D", str(self.folder / "data"), "-A",
                          "trust", "-U", "postgres", "--no-sync")

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off")
        self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-o",
                          options, "-l", str(self.folder / "log"), "-w", "start")

    def stop(self) -> None:
        self._as_postgres(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m",
                          "immediate", "-w", "stop")

    def _pids(self) -> list[int]:
        main = int((self.folder / "data" / "postmaster.pid").read_text().split()[0])
        children = subprocess.run(["pgrep", "-P", str(main)], capture_output=True, text=True)
        return [main, *map(int, children.stdout.split())]

    def freeze(self, on: bool) -> None:
        for pid in self._pids():
            os.kill(pid, signal.SIGSTOP if on else signal.SIGCONT)


@pytest.fixture
def private_pg():
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
    if not bins or os.geteuid() != 0 or not shutil.which("runuser"):
        skip_unless_required("database fault tests run their own PostgreSQL (root, runuser)")
    # Not under pytest's tmp_path: the postgres user cannot enter root's private folder.
    home = Path(tempfile.mkdtemp(prefix="navigator-pg-"))
    home.chmod(0o755)
    server = PrivatePostgres(home / "pg", bins[-1])
    server.init()
    server.start()
    try:
        yield server
    finally:
        if (server.folder / "data" / "postmaster.pid").exists():
            server.freeze(False)
            server.stop()
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture
def faulty_app(make_app, private_pg):
    app = make_app(DATABASE_URL=private_pg.url, DATABASE_CONNECT_TIMEOUT=2,
                   DATABASE_STATEMENT_TIMEOUT=2)
    yield app
    app.extensions["navigator.engine"].dispose()


def timed(client, path: str):
    started = time.monotonic()
    response = client.get(path)
    return response, time.monotonic() - started


def test_a_stopped_database_answers_503_and_the_site_recovers_by_itself(faulty_app,
                                                                        private_pg):
    client = faulty_app.test_client()
    assert client.get(API).status_code in (200, 404)  # a normal answer
    private_pg.stop()
    answer, took = timed(client, API)
    assert answer.status_code == 503 and answer.mimetype == "application/problem+json"
    assert answer.headers["Retry-After"] and took < 5
    page = client.get(f"/network?npi={NPI}&lang=es")
    assert page.status_code == 503 and 'lang="es"' in page.get_data(as_text=True)
    assert client.get("/glossary").status_code == 200  # pages without the database serve on
    private_pg.start()
    assert client.get(API).status_code in (200, 404)  # the same engine, reconnected


def test_a_frozen_database_costs_a_bounded_wait_not_a_hung_site(faulty_app, private_pg):
    client = faulty_app.test_client()
    assert client.get(API).status_code in (200, 404)  # leaves an open pooled connection
    private_pg.freeze(True)
    try:
        answer, took = timed(client, API)
        assert answer.status_code == 503
        assert took < 8  # the check-out ping's deadline, then a new connect's time-out
        assert client.get("/glossary").status_code == 200
    finally:
        private_pg.freeze(False)
    assert client.get(API).status_code in (200, 404)
