"""GET /api/v1/openapi.json: the OpenAPI 3.1 contract for every /api/v1/ endpoint.

The document is the packaged openapi.json next to this file, kept by hand.
tests/navigator/test_openapi.py checks it names every API route and that its examples
answer as documented; tests/navigator/test_schemathesis.py fuzzes every operation from it.
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from flask import Flask, jsonify
from flask.typing import ResponseReturnValue

PATH = "/api/v1/openapi.json"


@cache
def document() -> dict[str, Any]:
    """The contract, read once per process (it only changes with a release)."""
    text = files("navigator.core").joinpath("openapi.json").read_text(encoding="utf-8")
    return json.loads(text)


def serve() -> ResponseReturnValue:
    return jsonify(document())


def init_app(app: Flask) -> None:
    app.add_url_rule(PATH, endpoint="openapi", view_func=serve, methods=["GET"])
