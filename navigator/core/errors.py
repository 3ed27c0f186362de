"""Error pages (translated HTML) and API errors (problem+json), never a raw 500."""

from __future__ import annotations

import logging
import traceback

from flask import Flask, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException, InternalServerError

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
    if _wants_json():
        return problem(code, str(title), str(advice))
    return render_template("errors/error.html", title=title, advice=advice, code=code), code


def handle_unexpected(error: Exception) -> ResponseReturnValue:
    # Log the type and where it happened, never the message or the query string:
    # both can hold what a person typed.
    frames = traceback.extract_tb(error.__traceback__)
    where = " <- ".join(f"{f.filename}:{f.lineno} {f.name}" for f in reversed(frames[-5:]))
    log.error("Unhandled %s on %s %s at %s", type(error).__name__, request.method,
              request.path, where)
    return handle_http_error(InternalServerError())


def init_app(app: Flask) -> None:
    app.register_error_handler(HTTPException, handle_http_error)
    app.register_error_handler(Exception, handle_unexpected)
