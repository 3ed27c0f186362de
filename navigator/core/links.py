"""Links to this site: built from the matched route and the configured public address.

Never from the raw request path (a path such as `/%5Cevil.example/` decodes to `/\\evil.example/`,
which browsers read as another site) and never from the Host header (anyone can forge it).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode, urlsplit

from flask import Flask, current_app, request, url_for

from navigator.core.settings import ConfigError


def self_url(**replace: str) -> str:
    """This page's address with some query values replaced, the others kept.

    The path comes from the route that matched (url_for with its endpoint and view
    arguments). A page no route matched (a 404) links to the home page instead. The query
    is encoded apart, so names such as `_external` can never steer url_for.
    """
    args = request.args.to_dict(flat=False)
    args.update({name: [value] for name, value in replace.items()})
    if request.url_rule is None or request.endpoint is None:
        path, args = f"{request.script_root}/", {name: [v] for name, v in replace.items()}
    else:
        path = url_for(request.endpoint, **(request.view_args or {}))
    query = urlencode(args, doseq=True)
    return f"{path}?{query}" if query else path


def public_url(endpoint: str, **values: Any) -> str:
    """An absolute address for APIs and files: NAVIGATOR_PUBLIC_URL plus the route's path.

    Without a public address set, the path alone (a relative link) rather than one built
    from the Host header.
    """
    path = url_for(endpoint, **values)
    base = current_app.config.get("PUBLIC_URL") or ""
    return f"{base}{path}" if base else path


def check_public_url(app: Flask) -> None:
    """Check PUBLIC_URL, drop its trailing slash, and trust only its host when no
    TRUSTED_HOSTS is given (plus localhost, for health checks on the machine itself)."""
    hosts = app.config.get("TRUSTED_HOSTS")
    if isinstance(hosts, str):  # "a.org, b.org" from the environment: a list, not letters
        app.config["TRUSTED_HOSTS"] = [h.strip() for h in hosts.split(",") if h.strip()]
    base = str(app.config.get("PUBLIC_URL") or "").rstrip("/")
    if not base:
        return
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.path \
            or parts.query or parts.fragment:
        raise ConfigError("PUBLIC_URL must be the site's address with no path, like "
                          "https://navigator.example.org.")
    app.config["PUBLIC_URL"] = base
    if app.config.get("TRUSTED_HOSTS") is None:
        app.config["TRUSTED_HOSTS"] = [parts.hostname, "localhost", "127.0.0.1"]
