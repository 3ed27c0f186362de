"""Shared fixtures: app, client and runner with a fresh database per test."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from flask.testing import FlaskClient
from sqlalchemy import create_engine, text

from navigator import create_app
from navigator.core.cli import upgrade_database
from tests.pagecheck import check_page

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def translations_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compile the committed .po files afresh, so tests never run on stale .mo files."""
    out = tmp_path_factory.mktemp("translations")
    for po_path in (ROOT / "translations").glob("*/LC_MESSAGES/messages.po"):
        target = out / po_path.relative_to(ROOT / "translations").with_suffix(".mo")
        target.parent.mkdir(parents=True, exist_ok=True)
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file)
        with target.open("wb") as mo_file:
            write_mo(mo_file, catalog)
    return out


def app_config(translations_dir: Path, **overrides: object) -> dict[str, object]:
    config: dict[str, object] = {
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "WTF_CSRF_ENABLED": False,
        "DATABASE_URL": "sqlite://",
        "BABEL_TRANSLATION_DIRECTORIES": str(translations_dir),
        # Limits stay on (every POST still goes through the limiter) but high enough that no
        # test meets them; tests/navigator/test_rate_limits.py sets low ones.
        "RATELIMIT_FORMS": "100000/minute",
        "RATELIMIT_FEEDBACK": "100000/minute",
        "RATELIMIT_API": "100000/minute",
    }
    config.update(overrides)
    return config


class CheckedClient(FlaskClient):
    """A test client that runs the page checks on every HTML page it receives."""

    def open(self, *args, **kwargs):
        response = super().open(*args, **kwargs)
        # A redirect's body is Werkzeug's own notice, not one of our pages.
        if response.mimetype == "text/html" and response.data \
                and not 300 <= response.status_code < 400:
            check_page(response.get_data(as_text=True))
        return response


@pytest.fixture
def make_app(translations_dir: Path, tmp_path: Path):
    """Build an app with extra config; its database is migrated to the newest schema.

    Its test client checks every HTML page (tests/pagecheck.py), so no test can skip it.
    """
    def build(**overrides: object):
        config = app_config(translations_dir, **overrides)
        app = create_app(config)
        app.test_client_class = CheckedClient
        app.instance_path = str(tmp_path / "instance")
        upgrade_database(app.extensions["navigator.engine"])
        return app

    return build


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def skip_unless_required(reason: str) -> None:
    """Skip a test whose tool is absent; under .ci/run (NAVIGATOR_REQUIRE_ALL=1) fail."""
    if os.environ.get("NAVIGATOR_REQUIRE_ALL") == "1":
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture
def pg_url() -> str:
    url = os.environ.get("NAVIGATOR_TEST_DATABASE_URL")
    if not url:
        skip_unless_required("PostgreSQL tests need NAVIGATOR_TEST_DATABASE_URL (.ci/run sets it)")
    return url


@pytest.fixture
def pg_schema_url(pg_url):
    """A URL whose connections use a new, empty schema, dropped afterwards."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in pg_url else "?"
    yield f"{pg_url}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()
