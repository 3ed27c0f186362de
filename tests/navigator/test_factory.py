from __future__ import annotations

import stat

import pytest

from navigator import create_app
from navigator.core.settings import ConfigError


def test_config_comes_from_navigator_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NAVIGATOR_SECRET_KEY", "from-env")
    monkeypatch.setenv("NAVIGATOR_DATABASE_URL", f"sqlite:///{tmp_path / 'x.db'}")
    app = create_app()
    assert app.config["SECRET_KEY"] == "from-env"
    assert app.config["DATABASE_URL"].endswith("x.db")


def test_plain_database_url_is_honoured(monkeypatch, tmp_path):
    monkeypatch.delenv("NAVIGATOR_DATABASE_URL", raising=False)
    monkeypatch.setenv("NAVIGATOR_SECRET_KEY", "k")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'plain.db'}")
    assert create_app().config["DATABASE_URL"].endswith("plain.db")


def test_a_given_mapping_wins_and_keeps_the_environment_out(monkeypatch):
    monkeypatch.setenv("NAVIGATOR_SECRET_KEY", "from-env")
    app = create_app({"SECRET_KEY": "given", "DATABASE_URL": "sqlite://", "TESTING": True})
    assert app.config["SECRET_KEY"] == "given"
    assert app.testing


def test_production_without_secret_key_refuses_to_start(monkeypatch):
    monkeypatch.delenv("NAVIGATOR_SECRET_KEY", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("NAVIGATOR_ENV", "production")
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app()


def test_production_with_secret_key_starts(monkeypatch):
    monkeypatch.setenv("NAVIGATOR_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "a-long-random-value")
    monkeypatch.setenv("NAVIGATOR_DATABASE_URL", "sqlite://")
    assert create_app().config["SECRET_KEY"] == "a-long-random-value"


def test_development_generates_a_persistent_private_secret(tmp_path, monkeypatch):
    # instance_path follows the import location, so point Flask at a temporary one.
    monkeypatch.setattr("flask.Flask.auto_find_instance_path", lambda self: str(tmp_path))
    first = create_app({"DATABASE_URL": "sqlite://"}).config["SECRET_KEY"]
    second = create_app({"DATABASE_URL": "sqlite://"}).config["SECRET_KEY"]
    assert first == second and len(first) == 64
    mode = stat.S_IMODE((tmp_path / "secret_key").stat().st_mode)
    assert mode == 0o600


def test_default_database_is_sqlite_in_instance(tmp_path, monkeypatch):
    monkeypatch.setattr("flask.Flask.auto_find_instance_path", lambda self: str(tmp_path))
    app = create_app({"SECRET_KEY": "k"})
    assert app.config["DATABASE_URL"] == f"sqlite:///{tmp_path / 'navigator.db'}"


def test_healthz_answers_without_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_languages_given_as_a_list_of_codes_are_named_in_themselves(make_app):
    app = make_app(LANGUAGES=["en", "es"])
    assert app.config["LANGUAGES"] == {"en": "English", "es": "Español"}
    assert app.test_client().get("/?lang=es").status_code == 200


def test_a_language_setting_that_names_no_languages_stops_the_start(make_app):
    with pytest.raises(ConfigError, match="LANGUAGES"):
        make_app(LANGUAGES="en")
