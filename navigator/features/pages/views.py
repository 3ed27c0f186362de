"""Home, information pages and the health check."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template
from flask.typing import ResponseReturnValue
from sqlalchemy import Engine, text

from navigator.core.problems import problem
from navigator.features.pages.tasks import TASKS

bp = Blueprint("pages", __name__)
READY_TIMEOUT_MS = 2000  # /readyz answers 503 rather than wait longer for the database
READY_RETRY_AFTER = 5


@bp.get("/")
def home() -> ResponseReturnValue:
    return render_template("pages/home.html", tasks=TASKS)


@bp.get("/about")
def about() -> ResponseReturnValue:
    return render_template("pages/about.html")


@bp.get("/privacy")
def privacy() -> ResponseReturnValue:
    return render_template("pages/privacy.html")


@bp.get("/accessibility")
def accessibility() -> ResponseReturnValue:
    return render_template("pages/accessibility.html")


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    """Liveness: the process answers. No database, so a slow one cannot make it fail."""
    return {"status": "ok"}


@bp.get("/readyz")
def readyz() -> ResponseReturnValue:
    """Readiness, for load balancers: the database answers a SELECT 1 in a short time."""
    try:
        ping_database(current_app.extensions["navigator.engine"])
    except Exception:  # noqa: BLE001 (any database failure means "not ready")
        response = problem(503, "Not ready", "The database is not reachable.")
        response.headers["Retry-After"] = str(READY_RETRY_AFTER)
        return response
    return {"status": "ok", "database": "ok"}


def ping_database(engine: Engine) -> None:
    """SELECT 1 on a connection of its own; PostgreSQL gives up on it after a moment."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            # SET LOCAL lasts only for this transaction, so the pool gets the connection back
            # with the normal statement timeout.
            connection.execute(text(f"SET LOCAL statement_timeout = {READY_TIMEOUT_MS}"))
        connection.execute(text("SELECT 1"))
        connection.rollback()
