"""Navigator web layer: the Flask application factory."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the Navigator application; `config` overrides the environment."""
    from navigator import benefits_text, cli, db, errors, i18n, security, settings
    from navigator.views import (
        api_appeals,
        api_codes,
        api_eligibility,
        api_estimate,
        api_glossary,
        api_network,
        appeal,
        batch,
        benefits,
        denied,
        estimate,
        front_desk,
        gfe,
        glossary,
        network,
        pages,
        prior_auth,
    )

    app = Flask(__name__, instance_relative_config=True)
    settings.configure(app, config)
    security.init_app(app)
    db.init_app(app)
    i18n.init_app(app)
    cli.init_app(app)
    errors.init_app(app)
    benefits_text.init_app(app)
    for blueprint in (pages.bp, glossary.bp, estimate.bp, benefits.bp, network.bp,
                      denied.bp, prior_auth.bp, appeal.bp, gfe.bp, front_desk.bp, batch.bp,
                      api_glossary.bp, api_estimate.bp, api_eligibility.bp, api_network.bp,
                      api_appeals.bp, api_codes.bp):
        app.register_blueprint(blueprint)
    return app
