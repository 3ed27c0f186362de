"""Security baseline: CSRF, response headers, cookie flags, proxy trust."""

from __future__ import annotations

from flask import Flask, Response, request
from flask.sessions import SecureCookieSessionInterface
from flask_babel import gettext
from flask_wtf.csrf import CSRFProtect
from werkzeug.exceptions import SecurityError
from werkzeug.middleware.proxy_fix import ProxyFix

from navigator.core.links import check_public_url
from navigator.core.problems import problem

csrf = CSRFProtect()

# No inline script or style anywhere: every asset is a file served from this origin.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)

HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}

# Files made from what a person typed (a letter, a calendar, a table of their costs).
PERSONAL_FILES = {"application/pdf", "text/calendar", "text/csv"}


class SessionInterface(SecureCookieSessionInterface):
    """Mark the session cookie Secure whenever the request came over HTTPS."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(app.config.get("SESSION_COOKIE_SECURE")) or request.is_secure


def init_app(app: Flask) -> None:
    """Turn on CSRF, the headers and the cookie rules for every response."""
    csrf.init_app(app)
    check_public_url(app)
    app.session_interface = SessionInterface()
    proxies = int(app.config.get("PROXY_COUNT", 0))
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)  # type: ignore[method-assign]
    app.before_request(_refuse_untrusted_host)
    app.after_request(_add_headers)


def _refuse_untrusted_host() -> Response | None:
    """A Host outside TRUSTED_HOSTS leaves no way to build links, so answer before any page
    is drawn, in plain words that do not repeat the host."""
    if not isinstance(request.routing_exception, SecurityError):
        return None
    title = gettext("This site does not answer to that address")
    if request.path.startswith("/api/"):
        return problem(400, title)
    return Response(title, status=400, mimetype="text/plain")


def _add_headers(response: Response) -> Response:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.is_secure:
        response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    if _carries_what_was_typed(response):
        response.headers["Cache-Control"] = "no-store"
    return response


def _carries_what_was_typed(response: Response) -> bool:
    """Names, birth dates, member IDs and costs arrive by POST or in the query string, and
    leave as the page or a file: no browser or shared proxy should keep a copy. Static files
    and plain pages keep normal caching."""
    if request.endpoint == "static":
        return False
    return request.method not in ("GET", "HEAD") or bool(request.query_string) \
        or response.mimetype in PERSONAL_FILES
