"""Logging: one JSON line per request and per message, all carrying the request id.

What people type never reaches a log: no query string, no form value, no 271, no exception
message (it can quote a value). A request line names the route (the endpoint, not the path).
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
import traceback
import uuid
from datetime import UTC, datetime
from typing import Any

from flask import Flask, Response, g, has_request_context, request
from flask.logging import default_handler

REQUEST_ID_HEADER = "X-Request-ID"
# An incoming id is kept only when it is short and plain, so it cannot forge log lines.
SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
REQUEST_FIELDS = ("method", "route", "status", "duration_ms")

request_log = logging.getLogger("navigator.request")


class JsonFormatter(logging.Formatter):
    """A record as one JSON object: time, level, logger, message, request id and route."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if has_request_context():
            line["request_id"] = g.get("request_id")
            line["route"] = request.endpoint
        line.update({key: getattr(record, key) for key in REQUEST_FIELDS if hasattr(record, key)})
        if record.exc_info and record.exc_info[0] is not None:
            # The type and where, never str(exception): a message can quote what was typed.
            line["exception"] = record.exc_info[0].__name__
            line["traceback"] = [f"{f.filename}:{f.lineno} {f.name}"
                                 for f in traceback.extract_tb(record.exc_info[2])]
        return json.dumps(line, ensure_ascii=False, default=str)


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Write to whatever sys.stderr is now (gunicorn and test runners replace it)."""

    @property  # type: ignore[override]
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass


class WithoutWerkzeugRequestLines(logging.Filter):
    """Drop the dev server's own request lines: they carry the query string."""

    def filter(self, record: logging.LogRecord) -> bool:
        # werkzeug.serving logs each request as '<address> - - [<date>] "%s" %s %s'.
        return not (record.name == "werkzeug" and '"%s" %s %s' in str(record.msg))


def configure_logging(level: str) -> None:
    """Send every logger's records to stderr as JSON, once per process."""
    root = logging.getLogger()
    handler = next((h for h in root.handlers if isinstance(h, StderrHandler)), None)
    if handler is None:
        handler = StderrHandler()
        handler.setFormatter(JsonFormatter())
        handler.addFilter(WithoutWerkzeugRequestLines())
        root.addHandler(handler)
    root.setLevel(level)
    # Flask gives the app's logger its own plain-text handler; ours replaces it.
    logging.getLogger("navigator").removeHandler(default_handler)


def start_request() -> None:
    """Keep a safe incoming request id, or make one; start the clock."""
    incoming = request.headers.get(REQUEST_ID_HEADER, "")
    g.request_id = incoming if SAFE_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
    g.request_started = time.perf_counter()


def finish_request(response: Response) -> Response:
    """Log the request in one line and echo its id to the client."""
    request_id = g.get("request_id")
    if request_id is None:  # a response made before start_request ran
        return response
    response.headers[REQUEST_ID_HEADER] = request_id
    duration = time.perf_counter() - g.request_started
    g.request_seconds = duration
    request_log.info("request", extra={
        "method": request.method, "route": request.endpoint,
        "status": response.status_code, "duration_ms": round(duration * 1000, 2)})
    return response


def init_app(app: Flask) -> None:
    configure_logging(app.config["LOG_LEVEL"])
    app.before_request(start_request)
    app.after_request(finish_request)
