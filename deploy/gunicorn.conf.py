"""gunicorn settings for Navigator in production (deploy/README.md).

    gunicorn --config deploy/gunicorn.conf.py

Run it behind nginx (deploy/nginx/navigator.conf): each gunicorn thread waits on one
connection, so only a buffering proxy in front keeps slow clients from holding them all.
GUNICORN_BIND, GUNICORN_WORKERS and GUNICORN_THREADS change the defaults below.
"""

from __future__ import annotations

import multiprocessing
import os
from typing import Any

wsgi_app = "navigator:create_app()"

# Under systemd, navigator.socket hands gunicorn its socket and this is not used.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")

# Threads, because most of a request's time is spent waiting on the database or the Plan-Net
# directory; processes, so one stuck worker does not take the site with it.
worker_class = "gthread"
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2))
threads = int(os.environ.get("GUNICORN_THREADS", 4))

# A worker silent this long is killed and replaced. Above the app's own deadlines (Plan-Net
# 10 s, a database statement 15 s + 2 s), so those answer first with a clear page.
timeout = 30
# On restart or stop, requests under way get this long to finish.
graceful_timeout = 20
# nginx opens a new connection for each request it passes on.
keepalive = 2

# Replace each worker now and then, so a slow leak cannot grow for ever.
max_requests = 2000
max_requests_jitter = 200

# The app logs every request itself, as JSON, without query strings (navigator/core/logs.py).
accesslog = None
errorlog = "-"


def child_exit(server: Any, worker: Any) -> None:
    """Drop a dead worker's live gauges, so /metrics stops counting its running loads."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
