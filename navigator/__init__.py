"""Navigator web layer: the Flask application factory."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the Navigator application; `config` overrides the environment."""
    from navigator import core
    from navigator.features import (
        appeals,
        batch,
        benefits_check,
        estimate,
        front_desk,
        gfe,
        glossary,
        network,
        pages,
    )

    app = Flask(__name__, instance_relative_config=True)
    core.init_app(app, config)
    for feature in (pages, glossary, estimate, benefits_check, network, appeals, gfe,
                    front_desk, batch):
        for blueprint in feature.BLUEPRINTS:
            app.register_blueprint(blueprint)
    return app
