"""Operations: settings checked at start-up, JSON request logs, /readyz and /metrics."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time

import pytest
import requests
from flask import request
from sqlalchemy.engine import make_url
from werkzeug.serving import make_server

from navigator import create_app
from navigator.core import metrics
from navigator.core.settings import ConfigError
from tests.conftest import ROOT, app_config

SECRET = "Zelda-Secret-4471"


@pytest.fixture
def plain_env(monkeypatch):
    """An environment that starts the site, so each test adds one bad value to it."""
    for name in list(os.environ):
        if name.startswith("NAVIGATOR_") or name in ("DATABASE_URL", "SECRET_KEY"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("NAVIGATOR_SECRET_KEY", "k")
    monkeypatch.setenv("NAVIGATOR_DATABASE_URL", "sqlite://")
    return monkeypatch


@pytest.mark.parametrize(("name", "value", "problem"), [
    ("NAVIGATOR_PLANNET_TIMEOUT", "ten", "is not a number"),
    ("NAVIGATOR_PLANNET_TIMEOUT", "0", "is too small"),
    ("NAVIGATOR_PLANNET_DEADLINE", "-1", "is too small"),
    ("NAVIGATOR_PLANNET_RETRIES", "-1", "is too small"),
    ("NAVIGATOR_PLANNET_RETRIES", "2.5", "is not a whole number"),
    ("NAVIGATOR_PLANNET_BREAKER_FAILURES", "0", "is too small"),
    ("NAVIGATOR_PLANNET_BASE_URL", "ftp://directory.example/fhir", "is not an http"),
    ("NAVIGATOR_MAX_CONTENT_LENGTH", "-5", "is too small"),
    ("NAVIGATOR_PROXY_COUNT", "two", "is not a whole number"),
    ("NAVIGATOR_SESSION_COOKIE_SECURE", "maybe", "is not true or false"),
    ("NAVIGATOR_METRICS", "sometimes", "is not true or false"),
    ("NAVIGATOR_LOG_LEVEL", "LOUD", "is not one of the choices"),
    ("NAVIGATOR_ENV", "prod", "is not one of the choices"),
    ("NAVIGATOR_DATABASE_URL", "mysql://admin:hunter2@db.example/site", "does not support"),
    ("NAVIGATOR_DATABASE_URL", "not a url hunter2", "is not a database URL"),
])
def test_a_bad_setting_stops_the_start_naming_it(plain_env, name, value, problem):
    plain_env.setenv(name, value)
    with pytest.raises(ConfigError) as caught:
        create_app()
    message = str(caught.value)
    assert name in message and problem in message and "it should be" in message


def test_a_secret_value_is_never_repeated_in_the_message(plain_env):
    plain_env.setenv("NAVIGATOR_DATABASE_URL", "mysql://admin:hunter2@db.example/site")
    with pytest.raises(ConfigError) as caught:
        create_app()
    assert "hunter2" not in str(caught.value)


def test_every_bad_setting_is_listed_in_one_error(plain_env):
    plain_env.setenv("NAVIGATOR_PLANNET_TIMEOUT", "ten")
    plain_env.setenv("NAVIGATOR_PROXY_COUNT", "-1")
    plain_env.setenv("NAVIGATOR_LANGUAGES", '"en"')
    with pytest.raises(ConfigError) as caught:
        create_app()
    message = str(caught.value)
    assert message.startswith("Navigator cannot start")
    assert all(name in message for name in ("PLANNET_TIMEOUT", "PROXY_COUNT", "LANGUAGES"))


def test_good_values_are_kept_as_numbers_and_postgres_urls_get_the_driver(plain_env):
    plain_env.setenv("NAVIGATOR_PLANNET_TIMEOUT", "2.5")
    plain_env.setenv("NAVIGATOR_SESSION_COOKIE_SECURE", "true")
    plain_env.setenv("NAVIGATOR_DATABASE_URL", "postgres://u:p%40ss@db.example:5433/site")
    config = create_app().config
    assert config["PLANNET_TIMEOUT"] == 2.5 and config["SESSION_COOKIE_SECURE"] is True
    assert config["DATABASE_URL"] == "postgresql+psycopg://u:p%40ss@db.example:5433/site"


def test_the_flask_command_fails_at_start_with_the_message():
    env = {key: value for key, value in os.environ.items() if not key.startswith("NAVIGATOR_")}
    env.update(NAVIGATOR_PLANNET_TIMEOUT="ten", NAVIGATOR_SECRET_KEY="k",
               NAVIGATOR_DATABASE_URL="sqlite://")
    result = subprocess.run([sys.executable, "-m", "flask", "--app", "navigator", "routes"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "NAVIGATOR_PLANNET_TIMEOUT: the value 'ten' is not a number" in result.stderr


@pytest.mark.postgres
@pytest.mark.parametrize("scheme", ["postgres", "postgresql"])
def test_postgres_urls_reach_the_database(pg_url, translations_dir, scheme):
    url = make_url(pg_url).set(drivername=scheme).render_as_string(hide_password=False)
    app = create_app(app_config(translations_dir, DATABASE_URL=url))
    try:
        assert app.config["DATABASE_URL"].startswith("postgresql+psycopg://")
        assert app.test_client().get("/readyz").json == {"status": "ok", "database": "ok"}
    finally:
        app.extensions["navigator.engine"].dispose()


def log_lines(captured: str) -> list[dict]:
    return [json.loads(line) for line in captured.splitlines() if line.startswith("{")]


def test_each_request_logs_one_json_line_without_what_was_typed(app, capsys):
    client = app.test_client()
    capsys.readouterr()
    response = client.post(f"/good-faith-estimate/estimate?patient={SECRET}",
                           data={"patient_name": SECRET, "name": SECRET})
    captured = capsys.readouterr().err
    assert SECRET not in captured
    [line] = [entry for entry in log_lines(captured) if entry["logger"] == "navigator.request"]
    assert line["route"] == "gfe.estimate" and line["method"] == "POST"
    assert line["status"] == response.status_code
    assert line["level"] == "INFO" and line["time"].endswith("+00:00")
    assert line["request_id"] == response.headers["X-Request-ID"]
    assert isinstance(line["duration_ms"], float)


def test_an_error_line_carries_the_request_id_but_not_the_message(app, capsys):
    @app.post("/boom")
    def boom() -> str:
        raise ValueError(f"cannot read {request.form['name']}")

    capsys.readouterr()
    response = app.test_client().post("/boom", data={"name": SECRET})
    captured = capsys.readouterr().err
    assert response.status_code == 500 and SECRET not in captured
    lines = log_lines(captured)
    error = next(entry for entry in lines if entry["level"] == "ERROR")
    assert error["request_id"] == response.headers["X-Request-ID"]
    assert "ValueError" in error["message"] and error["route"] == "boom"


def test_the_dev_server_logs_no_request_line_of_its_own(app, capsys):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        capsys.readouterr()
        url = f"http://127.0.0.1:{server.server_port}/healthz?q={SECRET}"
        assert requests.get(url, timeout=5).status_code == 200
    finally:
        server.shutdown()
        thread.join()
        server.server_close()
    captured = capsys.readouterr().err
    assert SECRET not in captured and '"route": "pages.healthz"' in captured


@pytest.mark.parametrize(("incoming", "kept"), [
    ("abc-123.def_456", True),
    ("x" * 65, False),
    ('bad id", "level": "ERROR', False),
    ("", False),
])
def test_an_incoming_request_id_is_kept_only_when_short_and_safe(client, incoming, kept):
    answered = client.get("/healthz", headers={"X-Request-ID": incoming})
    echoed = answered.headers["X-Request-ID"]
    assert (echoed == incoming) is kept
    assert len(echoed) <= 64 and echoed.replace("-", "").replace(".", "").replace("_", "").isalnum()


def test_readyz_is_ready_when_the_database_answers(client):
    assert client.get("/readyz").json == {"status": "ok", "database": "ok"}


def test_readyz_answers_503_problem_when_the_database_is_unreachable(translations_dir):
    url = "postgresql+psycopg://nobody@127.0.0.1:1/x?connect_timeout=1"
    app = create_app(app_config(translations_dir, DATABASE_URL=url))
    client = app.test_client()
    started = time.monotonic()
    response = client.get("/readyz")
    assert time.monotonic() - started < 5
    assert response.status_code == 503 and response.mimetype == "application/problem+json"
    assert response.headers["Retry-After"] == "5"
    assert client.get("/healthz").status_code == 200  # liveness needs no database


def requests_counted(route: str, status: str = "200") -> float:
    labels = {"route": route, "method": "GET", "status": status}
    return metrics.REGISTRY.get_sample_value("navigator_requests_total", labels) or 0.0


def test_metrics_are_off_unless_a_setting_turns_them_on(client):
    assert client.get("/metrics").status_code == 404


def test_metrics_count_a_request_under_its_endpoint(make_app):
    client = make_app(METRICS=True).test_client()
    before = requests_counted("pages.about")
    client.get("/about")
    assert requests_counted("pages.about") == before + 1
    body = client.get("/metrics").get_data(as_text=True)
    assert 'navigator_requests_total{method="GET",route="pages.about",status="200"}' in body
    assert 'navigator_request_duration_seconds_bucket{le="0.005",route="pages.about"}' in body
    assert "/about" not in body  # the route's name, never its raw path


def test_metrics_answer_only_this_machine_directly(make_app):
    client = make_app(METRICS=True).test_client()
    far = client.get("/metrics", environ_base={"REMOTE_ADDR": "203.0.113.9"})
    proxied = client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"})
    assert (far.status_code, proxied.status_code) == (404, 404)


def test_the_ingest_meter_turns_running_totals_into_counts():
    def value(name: str) -> float:
        return metrics.REGISTRY.get_sample_value(f"navigator_ingest_{name}_total") or 0.0

    before = value("bytes_read"), value("rates_kept")
    meter = metrics.IngestMeter()
    meter.update(bytes_read=100, rates_kept=3)
    meter.update(bytes_read=250, rates_kept=3)
    meter.finish()
    assert (value("bytes_read"), value("rates_kept")) == (before[0] + 250, before[1] + 3)
