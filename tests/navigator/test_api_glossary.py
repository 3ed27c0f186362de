from __future__ import annotations

import pytest


def test_list_in_english(client):
    body = client.get("/api/v1/glossary?lang=en").json
    assert body["lang"] == "en" and body["count"] >= 90 and body["count"] == len(body["terms"])
    first = body["terms"][0]
    assert set(first) == {"slug", "term", "definition", "example", "why_it_matters",
                          "keywords", "related", "source", "url"}


def test_list_in_spanish_is_translated(client):
    body = client.get("/api/v1/glossary?lang=es").json
    by_slug = {t["slug"]: t for t in body["terms"]}
    assert by_slug["deductible"]["term"] == "Deducible"
    assert by_slug["coinsurance"]["term"] == "Coseguro"


def test_search_parameter(client):
    body = client.get("/api/v1/glossary?lang=es&q=deducible").json
    assert body["query"] == "deducible"
    assert body["terms"][0]["slug"] == "deductible"


def test_one_term(client):
    body = client.get("/api/v1/glossary/coinsurance?lang=es").json
    assert body["slug"] == "coinsurance" and body["lang"] == "es"
    assert body["source"]["url"].startswith("https://")
    assert body["url"].endswith("/glossary/coinsurance")


def test_language_follows_accept_language_without_lang(client):
    body = client.get("/api/v1/glossary/deductible", headers={"Accept-Language": "es"}).json
    assert body["term"] == "Deducible"


@pytest.mark.parametrize("path", ["/api/v1/glossary?lang=fr",
                                  "/api/v1/glossary/deductible?lang=fr"])
def test_bad_language_is_a_422_problem_naming_the_field(client, path):
    response = client.get(path)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert response.json["errors"][0]["field"] == "lang"
    assert "en, es" in response.json["errors"][0]["message"]


def test_too_long_query_is_a_422(client):
    response = client.get("/api/v1/glossary?q=" + "x" * 101)
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == "q"


def test_unknown_slug_is_a_404_problem_in_the_readers_language(client):
    response = client.get("/api/v1/glossary/nothing?lang=es", headers={"Accept-Language": "es"})
    assert response.status_code == 404
    assert response.mimetype == "application/problem+json"
    assert response.json["errors"][0]["field"] == "slug"
