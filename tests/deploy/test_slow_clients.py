"""The production setup in deploy/ survives slow clients (issue 13, "Slow clients").

gunicorn's gthread workers give each connection a thread while it sends its headers, so a few
clients that send one byte a second hold every thread. nginx, configured by the very file
operators install (deploy/nginx/navigator.conf), waits for whole requests instead. These tests
start both, open 200 slow connections, and check that /healthz still answers within 1 s.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from navigator.core.settings import Defaults
from tests.conftest import skip_unless_required

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
SITE_CONF = DEPLOY / "nginx" / "navigator.conf"
STATIC = Path(__file__).resolve().parents[2] / "navigator" / "static"
SLOW_CLIENTS = 200
# Never a whole request: nginx and gunicorn both wait for the rest of the headers.
SLOW_BYTES = b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + b"a" * 200


def nginx_binary() -> str:
    found = os.environ.get("NAVIGATOR_NGINX") or shutil.which("nginx")
    if not found and os.access("/usr/sbin/nginx", os.X_OK):
        found = "/usr/sbin/nginx"
    if not found:
        skip_unless_required("nginx is not installed (.ci/run installs Debian's package)")
    return str(found)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def site_config(nginx_port: int, gunicorn_port: int, logs: Path) -> str:
    """deploy's site file, with only its addresses and paths changed (each must be there)."""
    text = SITE_CONF.read_text(encoding="utf-8")
    for old, new in (
        ("listen 80;", f"listen 127.0.0.1:{nginx_port};"),
        ("listen [::]:80;", ""),
        ("server unix:/run/navigator.sock", f"server 127.0.0.1:{gunicorn_port}"),
        ("/srv/navigator/navigator/static/", f"{STATIC}/"),
        ("/var/log/nginx/", f"{logs}/"),
    ):
        assert old in text, f"deploy/nginx/navigator.conf no longer has {old!r}"
        text = text.replace(old, new)
    return text


def nginx_config(tmp: Path, nginx_port: int, gunicorn_port: int) -> Path:
    temp = [f"{kind}_temp_path {tmp / kind};" for kind in
            ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")]
    mime = Path("/etc/nginx/mime.types")
    types = f"include {mime};" if mime.is_file() else "types { text/css css; }"
    # Workers run as this user, so they can write the temp folders under tmp (root only).
    user = f"user {pwd.getpwuid(os.getuid()).pw_name};" if os.getuid() == 0 else ""
    path = tmp / "nginx.conf"
    path.write_text("\n".join([
        "daemon off;", "worker_processes 1;", user, f"pid {tmp / 'nginx.pid'};",
        f"error_log {tmp / 'error.log'} warn;", "events { worker_connections 1024; }",
        "http {", types, *temp, site_config(nginx_port, gunicorn_port, tmp), "}",
    ]), encoding="utf-8")
    return path


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop a process this test started, and its children (its own session)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=8)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def start(command: list[str], log: Path, **kwargs: object) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT,  # type: ignore[call-overload,no-any-return]
                                start_new_session=True, **kwargs)


def get(url: str, timeout: float) -> tuple[int, float]:
    """Status and seconds taken; status 0 when no answer came in time."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            status = int(response.status)
            response.read()
    except OSError:
        status = 0
    return status, time.monotonic() - started


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text(errors="replace")
        if get(url, timeout=1)[0] == 200:
            return
        time.sleep(0.2)
    pytest.fail(f"{url} did not answer within 20 s:\n{log.read_text(errors='replace')}")


class SlowClients:
    """Connections that each send one more byte of their headers every second."""

    def __init__(self, port: int, count: int) -> None:
        self.sockets = [socket.create_connection(("127.0.0.1", port), timeout=2)
                        for _ in range(count)]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._drip, daemon=True)
        self._thread.start()

    def _drip(self) -> None:
        for byte in SLOW_BYTES:
            for sock in self.sockets:
                with contextlib.suppress(OSError):  # the server may close it: allowed
                    sock.send(bytes([byte]))
            if self._stop.wait(1):
                return

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for sock in self.sockets:
            sock.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, int]]:
    """gunicorn with deploy/gunicorn.conf.py, and nginx with deploy's site file in front."""
    nginx = nginx_binary()
    tmp_path = tmp_path_factory.mktemp("deploy")
    gunicorn_port, nginx_port = free_port(), free_port()
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("NAVIGATOR_", "PROMETHEUS_", "GUNICORN_"))}
    env.update(NAVIGATOR_DATABASE_URL=f"sqlite:///{tmp_path / 'navigator.db'}",
               NAVIGATOR_SECRET_KEY="slow-clients-test", NAVIGATOR_PROXY_COUNT="1",
               GUNICORN_WORKERS="2", GUNICORN_THREADS="4")  # as `make run`
    gunicorn_bin = str(Path(sys.executable).parent / "gunicorn")
    processes = [start([gunicorn_bin, "--config", str(DEPLOY / "gunicorn.conf.py"),
                        "--bind", f"127.0.0.1:{gunicorn_port}"],
                       tmp_path / "gunicorn.log", env=env, cwd=tmp_path)]
    try:
        config = nginx_config(tmp_path, nginx_port, gunicorn_port)
        processes.append(start([nginx, "-p", f"{tmp_path}/", "-e", str(tmp_path / "error.log"),
                                "-c", str(config)], tmp_path / "nginx.log"))
        wait_until_up(f"http://127.0.0.1:{gunicorn_port}/healthz", processes[0],
                      tmp_path / "gunicorn.log")
        wait_until_up(f"http://127.0.0.1:{nginx_port}/healthz", processes[1],
                      tmp_path / "error.log")
        yield nginx_port, gunicorn_port
    finally:
        for process in reversed(processes):
            stop(process)


def test_healthz_answers_through_nginx_while_200_clients_send_headers_slowly(
        site: tuple[int, int], record_property: Callable[[str, object], None]) -> None:
    nginx_port, gunicorn_port = site
    slow = SlowClients(nginx_port, SLOW_CLIENTS)
    try:
        time.sleep(1.5)  # every slow connection is accepted and has sent a byte or two
        answers = [get(f"http://127.0.0.1:{nginx_port}/healthz", timeout=2) for _ in range(10)]
    finally:
        slow.close()
    assert [status for status, _ in answers] == [200] * 10
    assert max(seconds for _, seconds in answers) < 1, answers

    # For contrast: gunicorn alone, the same 200 clients. Only reported, not asserted.
    slow = SlowClients(gunicorn_port, SLOW_CLIENTS)
    try:
        time.sleep(1.5)
        status, seconds = get(f"http://127.0.0.1:{gunicorn_port}/healthz", timeout=3)
    finally:
        slow.close()
    record_property("gunicorn_alone", f"status {status or 'none'} after {seconds:.1f} s")
    print(f"\ngunicorn alone, {SLOW_CLIENTS} slow clients: /healthz status "
          f"{status or 'none (timed out)'} after {seconds:.1f} s")


def test_static_files_come_from_nginx(site: tuple[int, int]) -> None:
    nginx_port, _ = site
    with urllib.request.urlopen(f"http://127.0.0.1:{nginx_port}/static/css/site.css",
                                timeout=3) as response:
        assert response.headers["Content-Type"].startswith("text/css")
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.read() == (STATIC / "css" / "site.css").read_bytes()


def test_nginx_body_limit_matches_the_app() -> None:
    found = re.search(r"client_max_body_size (\d+)m;", SITE_CONF.read_text(encoding="utf-8"))
    assert found, "deploy/nginx/navigator.conf sets no client_max_body_size in MB"
    assert int(found.group(1)) * 1024 * 1024 == Defaults.MAX_CONTENT_LENGTH


def test_gunicorn_child_exit_drops_a_dead_workers_gauges(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    live = tmp_path / "gauge_livesum_4242.db"
    live.write_bytes(b"")
    settings: dict[str, object] = {}
    exec(compile((DEPLOY / "gunicorn.conf.py").read_text(), "gunicorn.conf.py", "exec"), settings)
    assert settings["worker_class"] == "gthread"

    class Worker:
        pid = 4242

    settings["child_exit"](None, Worker())  # type: ignore[operator]
    assert not live.exists()
