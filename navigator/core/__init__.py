"""What several features share: settings, database, security, errors, languages, forms,
wording, PDF output and the command line. Core imports no feature.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask


def init_app(app: Flask, config: Mapping[str, Any] | None) -> None:
    """Configure the app and attach everything features rely on, in dependency order."""
    from navigator.core import (
        cli,
        db,
        errors,
        fee_schedule,
        i18n,
        limits,
        logs,
        metrics,
        openapi,
        security,
        settings,
        terms,
    )

    settings.configure(app, config)
    # First, so every later hook's lines (and a refused request) carry the request id.
    logs.init_app(app)
    metrics.init_app(app)
    security.init_app(app)
    limits.init_app(app)
    db.init_app(app)
    i18n.init_app(app)
    terms.init_app(app)
    cli.init_app(app)
    fee_schedule.init_app(app)
    errors.init_app(app)
    openapi.init_app(app)
