from __future__ import annotations

from tests.pagecheck import check_page


def test_not_found_page_is_translated(client):
    response = client.get("/nope?lang=es")
    assert response.status_code == 404
    check_page(response.text)
    assert "No encontramos esa página" in response.text


def test_method_not_allowed_is_a_page_not_a_crash(client):
    response = client.post("/about")
    assert response.status_code == 405
    check_page(response.text)


def test_unexpected_error_gives_the_translated_500_page(app):
    @app.get("/explode")
    def explode():  # noqa: ANN202
        raise RuntimeError("boom")

    response = app.test_client().get("/explode?lang=es")
    assert response.status_code == 500
    check_page(response.text)
    assert "Algo salió mal de nuestro lado" in response.text


def test_api_errors_are_problem_json(client):
    response = client.get("/api/v1/nothing-here")
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"
    assert response.json["status"] == 404 and response.json["errors"] == []
