from __future__ import annotations

import logging

import pytest

from navigator.core.security import CONTENT_SECURITY_POLICY


@pytest.mark.parametrize("path", ["/", "/glossary/deductible", "/api/v1/glossary/deductible",
                                  "/no-such-page", "/static/css/site.css"])
def test_security_headers_on_every_response(client, path):
    with client.get(path) as response:
        headers = response.headers
    csp = headers["Content-Security-Policy"]
    assert csp == CONTENT_SECURITY_POLICY
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in headers["Permissions-Policy"]


def test_pages_have_no_inline_script_or_style(client):
    for path in ["/", "/glossary", "/glossary/coinsurance"]:
        html = client.get(path).text
        assert "<script>" not in html and "style=" not in html and "<style" not in html
        assert " on" + "click=" not in html


@pytest.fixture
def csrf_client(make_app):
    return make_app(WTF_CSRF_ENABLED=True).test_client()


def test_forged_post_is_refused_with_a_translated_page(csrf_client):
    response = csrf_client.post("/glossary/deductible/feedback?lang=es", data={"helpful": "yes"})
    assert response.status_code == 400
    assert '<html lang="es">' in response.text
    assert "Este formulario ha vencido" in response.text


def test_post_with_the_token_is_accepted(csrf_client):
    page = csrf_client.get("/glossary/deductible").text
    token = page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    response = csrf_client.post("/glossary/deductible/feedback",
                                data={"helpful": "yes", "csrf_token": token})
    assert response.status_code == 302


def test_session_cookie_is_httponly_lax_and_secure_over_https(csrf_client):
    plain = csrf_client.get("/glossary/deductible").headers["Set-Cookie"]
    assert "HttpOnly" in plain and "SameSite=Lax" in plain and "Secure" not in plain
    fresh = csrf_client.application.test_client()
    secure = fresh.get("/glossary/deductible", base_url="https://localhost")
    assert "Secure" in secure.headers["Set-Cookie"]
    assert secure.headers["Strict-Transport-Security"].startswith("max-age=")


def test_nothing_typed_reaches_the_logs(app, caplog):
    secret = "my-secret-diagnosis-words"

    @app.get("/boom")
    def boom():
        raise ValueError(secret)

    client = app.test_client()
    with caplog.at_level(logging.DEBUG):
        client.get(f"/glossary?q={secret}")
        client.get(f"/api/v1/glossary?q={secret}")
        assert client.get(f"/boom?q={secret}").status_code == 500
    assert "ValueError" in caplog.text
    assert secret not in caplog.text
