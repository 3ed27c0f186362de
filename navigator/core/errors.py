"""Error pages (translated HTML) and API errors (problem+json), never a raw 500."""

from __future__ import annotations

import logging
import math
import traceback

from flask import Flask, current_app, make_response, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import format_number, gettext, ngettext
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DisconnectionError, OperationalError
from sqlalchemy.exc import TimeoutError as SQLAlchemyTimeoutError
from werkzeug.exceptions import HTTPException, InternalServerError

from navigator.core.limits import retry_after
from navigator.core.problems import problem

log = logging.getLogger(__name__)

MESSAGES = {
    400: (_l("Something in the request was not right"),
          _l("Go back, check what you entered, and try again.")),
    404: (_l("We could not find that page"),
          _l("Check the address, or start again from the home page.")),
    405: (_l("That action is not allowed here"),
          _l("Go back and use the buttons on the page.")),
    413: (_l("What you sent is too large"),
          _l("Send a smaller file or less text, then try again.")),
    429: (_l("Too many tries in a short time"),
          _l("To keep the site working for everyone, we answer only so many of these from "
             "one address in a short time.")),
    503: (_l("This part of the site is not available just now"),
          _l("We could not reach the site's data. It is not your fault. Please try again in a "
             "minute.")),
    500: (_l("Something went wrong on our side"),
          _l("It is not your fault. Please try again in a few minutes.")),
}
CSRF_MESSAGE = (
    _l("This form has expired"),
    _l("For your safety, forms stop working after a while or when sent from another site. "
       "Go back, reload the page, and send the form again."),
)


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def handle_http_error(error: HTTPException) -> ResponseReturnValue:
    code = error.code or 500
    title, advice = CSRF_MESSAGE if isinstance(error, CSRFError) else MESSAGES.get(
        code, MESSAGES[400] if code < 500 else MESSAGES[500]
    )
    if code == 413:
        advice = f"{advice} {_size_limit()}"
    return _answer(code, str(title), str(advice))


def _answer(code: int, title: str, advice: str,
            retry_after: int | None = None) -> ResponseReturnValue:
    """The error as problem+json under /api/, else the translated error page."""
    if _wants_json():
        response = problem(code, title, advice)
    else:
        response = make_response(render_template(
            "errors/error.html", title=title, advice=advice, code=code), code)
    if retry_after is not None:
        response.headers["Retry-After"] = str(retry_after)
    return response


def _size_limit() -> str:
    """The body limit in words, so a 413 says how much is too much."""
    limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
    return gettext("We take up to %(size)s KB at a time.", size=format_number(limit // 1024))


def handle_too_many(error: HTTPException) -> ResponseReturnValue:
    """429 from a rate limit: the page or problem+json, saying when to try again."""
    seconds = retry_after()
    title, advice = MESSAGES[429]
    return _answer(429, str(title), f"{advice} {_wait(seconds)}", seconds)


def _wait(seconds: int) -> str:
    if seconds < 120:
        return ngettext("You can try again in %(num)d second.",
                        "You can try again in %(num)d seconds.", seconds)
    return ngettext("You can try again in %(num)d minute.",
                    "You can try again in %(num)d minutes.", math.ceil(seconds / 60))


def handle_unexpected(error: Exception) -> ResponseReturnValue:
    # Log the type and where it happened, never the message or the query string:
    # both can hold what a person typed.
    frames = traceback.extract_tb(error.__traceback__)
    where = " <- ".join(f"{f.filename}:{f.lineno} {f.name}" for f in reversed(frames[-5:]))
    log.error("Unhandled %s on %s %s at %s", type(error).__name__, request.method,
              request.path, where)
    return handle_http_error(InternalServerError())


# Down, hung past its time-outs, or out of connections: the pool pings each connection at
# check-out (core/db_deadline.py), so the site recovers without a restart once it is back.
DATABASE_UNAVAILABLE = (OperationalError, SQLAlchemyTimeoutError, DisconnectionError)
DATABASE_RETRY_SECONDS = 30


def handle_database_unavailable(error: Exception) -> ResponseReturnValue:
    """503 with Retry-After, as a translated page or problem+json; never a 500."""
    log.warning("Database unavailable: %s on %s %s", type(error).__name__, request.method,
                request.path)
    title, advice = MESSAGES[503]
    return _answer(503, str(title), str(advice), DATABASE_RETRY_SECONDS)


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(429, handle_too_many)
    for kind in DATABASE_UNAVAILABLE:
        app.register_error_handler(kind, handle_database_unavailable)
    app.register_error_handler(Exception, handle_unexpected)
