"""Schemathesis, run in-process from /api/v1/openapi.json: no 500s, every error is
problem+json, every answer has a documented status and matches its schema."""

from __future__ import annotations

import schemathesis
from flask import Flask
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from navigator import create_app
from navigator.core.cli import upgrade_database
from navigator.core.openapi import PATH
from tests.conftest import ROOT, app_config

# Enough to reach each field's edges, bounded so the whole file stays well under 90 s.
EXAMPLES_PER_OPERATION = 25




def api_app() -> Flask:
    """The app as tests/conftest.py builds it: rate limits on, but far above what this sends.

    Built at import, since Schemathesis makes one test per operation when it collects this
    file. The committed catalogs are not compiled here: these checks do not read the words.
    """
    app = create_app(app_config(ROOT / "translations"))
    upgrade_database(app.extensions["navigator.engine"])
    return app


schema = schemathesis.openapi.from_wsgi(PATH, api_app())


@schemathesis.check
def errors_are_problems(ctx, response, case) -> bool | None:
    """Every 4xx and 5xx answer is problem+json, with an errors list."""
    if response.status_code >= 400:
        headers = {name.lower(): values for name, values in response.headers.items()}
        media = headers.get("content-type", [""])[0].split(";")[0]
        assert media == "application/problem+json", f"{response.status_code} sent as {media}"
        assert isinstance(response.json().get("errors"), list)
    return None


# Not negative_data_rejection: the readers take null, "" and other empty values as "not
# given" (so {"urgent": {}} means not urgent), which the schema's types do not spell out.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance, errors_are_problems]


@schema.parametrize()
@settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None,
          suppress_health_check=list(HealthCheck))
def test_api_keeps_its_contract(case):
    case.call_and_validate(checks=CHECKS)
