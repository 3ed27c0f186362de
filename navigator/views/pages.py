"""Home, information pages, task placeholders and the health check."""

from __future__ import annotations

from flask import Blueprint, abort, render_template
from flask.typing import ResponseReturnValue
from sqlalchemy import text

from navigator.db import get_session
from navigator.tasks import TASKS, TASKS_BY_SLUG

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


@bp.get("/soon/<slug>")
def coming_soon(slug: str) -> ResponseReturnValue:
    task = TASKS_BY_SLUG.get(slug)
    if task is None or task.endpoint is not None:
        abort(404)
    return render_template("pages/coming_soon.html", task=task)


@bp.get("/healthz")
def healthz() -> ResponseReturnValue:
    """Liveness and database reachability, for load balancers and `make run` checks."""
    try:
        get_session().execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 (any database failure means "not ready")
        return {"status": "error", "database": "unreachable"}, 503
    return {"status": "ok", "database": "ok"}
