from __future__ import annotations

import pytest


def test_not_found_page_is_translated(client):
    response = client.get("/nope?lang=es")
    assert response.status_code == 404
    assert "No encontramos esa página" in response.text


def test_method_not_allowed_is_a_page_not_a_crash(client):
    response = client.post("/about")
    assert response.status_code == 405


def test_unexpected_error_gives_the_translated_500_page(app):
    @app.get("/explode")
    def explode():
        raise RuntimeError("boom")

    response = app.test_client().get("/explode?lang=es")
    assert response.status_code == 500
    assert "Algo salió mal de nuestro lado" in response.text


def test_api_errors_are_problem_json(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"
    assert response.json["status"] == 404 and response.json["errors"] == []


JSON_ENDPOINTS = ["/api/v1/estimate", "/api/v1/appeals/deadlines", "/api/v1/claims/check",
                  "/api/v1/eligibility/271"]
# Valid JSON grammar that Python still refuses: an integer too long to convert, bytes that
# are not UTF-8, and nesting deeper than the parser recurses.
UNREADABLE = [b'{"a": ' + b"9" * 5000 + b"}", b'{"a": "\xff"}', b"[" * 100_000]


@pytest.mark.parametrize("path", JSON_ENDPOINTS)
@pytest.mark.parametrize("body", UNREADABLE, ids=["long-integer", "not-utf8", "deep"])
def test_unreadable_json_is_a_problem_not_a_crash(client, path, body):
    response = client.post(path, data=body, content_type="application/json")
    assert response.status_code in (400, 422)
    assert response.mimetype == "application/problem+json"
