"""Home, information pages and the health check."""

from __future__ import annotations

from flask import Blueprint, render_template
from flask.typing import ResponseReturnValue
from sqlalchemy import text

from navigator.core.db import get_session
from navigator.features.pages.tasks import TASKS

bp = Blueprint("pages", __name__)


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
    """Liveness and database reachability, for load balancers and `make run` checks."""
    try:
        get_session().execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 (any database failure means "not ready")
        return {"status": "error", "database": "unreachable"}, 503
    return {"status": "ok", "database": "ok"}
