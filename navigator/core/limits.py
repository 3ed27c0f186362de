"""Rate limits on every POST, counted per client address and route (Flask-Limiter).

The counts live in Redis when RATELIMIT_STORAGE_URI is set, so every worker and server
shares them; otherwise in this process's memory (each worker then counts on its own).
"""

from __future__ import annotations

import math
import time

from flask import Flask, current_app, request
from flask_limiter import Limit, Limiter
from limits import parse_many

from navigator.core.settings import ConfigError

EXTENSION = "navigator.limiter"
# Methods that write or compute; pages read with GET and HEAD are not limited.
LIMITED_METHODS = ("POST", "PUT", "PATCH", "DELETE")
LIMIT_SETTINGS = ("RATELIMIT_FORMS", "RATELIMIT_FEEDBACK", "RATELIMIT_API")
# A Redis that hangs must cost a short wait, not a hung request thread.
REDIS_OPTIONS: dict[str, str | int] = {"socket_timeout": 1, "socket_connect_timeout": 1}


def client_address() -> str:
    """The address a request counts against.

    X-Forwarded-For is never read here, since anyone can send it. When the operator says
    proxies are in front (NAVIGATOR_PROXY_COUNT), ProxyFix in security.py has already put
    the client's address, as the trusted proxy saw it, into remote_addr.
    """
    return request.remote_addr or "unknown"


def limit_setting() -> str:
    """Which setting limits this request: the JSON API, page feedback, or a form post."""
    if request.path.startswith("/api/"):
        return "RATELIMIT_API"
    if (request.endpoint or "").endswith(".feedback"):
        return "RATELIMIT_FEEDBACK"
    return "RATELIMIT_FORMS"


def _limit_for_request() -> str:
    return str(current_app.config[limit_setting()])


def _check_settings(app: Flask) -> None:
    """Refuse to start on a limit Flask-Limiter cannot read, rather than fail on a POST."""
    for name in LIMIT_SETTINGS:
        value = app.config.get(name)
        try:
            ok = bool(parse_many(str(value))) if value else False
        except ValueError:
            ok = False
        if not ok:
            raise ConfigError(f"NAVIGATOR_{name} must be a rate such as 30/minute "
                              f"(several joined by ';'); it is {value!r}.")


def init_app(app: Flask) -> None:
    """Attach a limiter of this app's own: each app (and each test) starts with fresh counts
    in memory, and apps that share a Redis share their counts."""
    _check_settings(app)
    uri = app.config.get("RATELIMIT_STORAGE_URI") or "memory://"
    limiter = Limiter(
        client_address,
        # Every limited method on every route, so a new POST route is limited from the
        # start; the limit itself is chosen per request by limit_setting().
        default_limits=[Limit(_limit_for_request, methods=LIMITED_METHODS)],
        storage_uri=uri,
        storage_options=REDIS_OPTIONS if uri.startswith("redis") else {},
        # When Redis is down, keep limiting in memory (and keep serving) until it is back.
        in_memory_fallback_enabled=uri != "memory://",
        swallow_errors=True,
    )
    limiter.init_app(app)
    app.extensions[EXTENSION] = limiter


def retry_after() -> int:
    """Whole seconds until the limit this request broke lets the client in again."""
    limiter: Limiter | None = current_app.extensions.get(EXTENSION)
    current = limiter.current_limit if limiter else None
    if current is None:
        return 60
    reset_time = current.window[0]  # when the window ends (reset_at adds a second)
    return max(1, math.ceil(reset_time - time.time()))
