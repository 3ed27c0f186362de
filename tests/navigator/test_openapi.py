"""GET /api/v1/openapi.json: it names every API route, and its examples answer as documented."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema_rs
import pytest

from benefits.appeals.plan_types import PlanType
from navigator.core.openapi import PATH, document
from navigator.features.front_desk.text import kind_values

METHODS = {"get", "post", "put", "patch", "delete"}


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, method, operation) for path, item in document()["paths"].items()
            for method, operation in item.items() if method in METHODS]


def validator(schema: dict[str, Any]) -> jsonschema_rs.Validator:
    """A validator for one schema of the document, its $refs resolved against the document."""
    root = {**schema, "components": document()["components"]}
    return jsonschema_rs.validator_for(root, validate_formats=True)


def response_schema(operation: dict[str, Any], status: int, media: str) -> dict[str, Any]:
    response = operation["responses"][str(status)]
    if "$ref" in response:
        response = document()["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return response["content"][media]["schema"]


def test_the_document_is_served(client):
    response = client.get(PATH)
    assert response.status_code == 200
    assert response.json == document()
    assert response.json["openapi"] == "3.1.0"


def test_every_api_route_is_documented_and_nothing_else(app):
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/"):
            path = re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule.rule)
            routes |= {(path, method.lower()) for method in rule.methods or ()
                       if method.lower() in METHODS}
    assert routes == {(path, method) for path, method, _ in operations()}


def test_choices_match_the_code():
    """The enums written in the document are the ones the handlers accept."""
    params = {p["name"]: p for p in document()["paths"]["/api/v1/codes/psychotherapy"]["get"]
              ["parameters"]}
    assert params["kind"]["schema"]["enum"] == kind_values()
    appeal = document()["components"]["schemas"]["AppealRequest"]["properties"]
    assert appeal["plan_type"]["enum"] == [p.value for p in PlanType]


def examples() -> list[Any]:
    """One request per documented example: each request body example, or the parameters'."""
    found = []
    for path, method, operation in operations():
        params = {p["name"]: p for p in operation.get("parameters", []) if "example" in p}
        if any(p["in"] == "path" and p["name"] not in params
               for p in operation.get("parameters", [])):
            continue
        url = path.format(**{n: p["example"] for n, p in params.items() if p["in"] == "path"})
        query = {n: p["example"] for n, p in params.items() if p["in"] == "query"}
        bodies = operation.get("requestBody", {}).get("content", {})
        for media, content in bodies.items():
            if "example" in content:
                found.append(pytest.param(method, url, query, media, content["example"],
                                          operation, id=f"{method} {path} {media}"))
        if not bodies and params:
            found.append(pytest.param(method, url, query, None, None, operation,
                                      id=f"{method} {path}"))
    return found


@pytest.mark.parametrize(("method", "url", "query", "media", "example", "operation"),
                         examples())
def test_each_example_answers_as_documented(client, method, url, query, media, example,
                                            operation):
    data = None if media is None else example if media == "text/plain" else json.dumps(example)
    response = client.open(url, method=method.upper(), query_string=query, data=data,
                           content_type=media)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    errors = [e.message for e in validator(response_schema(operation, 200,
                                                           "application/json"))
              .iter_errors(response.json)]
    assert errors == []


def test_every_example_is_tried():
    """Every operation that takes input has an example, except the network lookup (it needs
    loaded network data, so it answers 404 on an empty site)."""
    tried = {param.values[1] for param in examples()}
    assert len(examples()) == 8
    assert "/api/v1/network/providers/{npi}" not in tried


def test_the_documented_examples_validate_against_their_request_schemas():
    for _, _, operation in operations():
        for content in operation.get("requestBody", {}).get("content", {}).values():
            if "example" in content:
                assert validator(content["schema"]).is_valid(content["example"])


@pytest.mark.parametrize(("overrides", "url", "body", "status"), [
    ({}, "/api/v1/glossary?lang=xx", None, 422),
    ({}, "/api/v1/glossary/no-such-term", None, 404),
    ({}, "/api/v1/estimate", "{not json", 400),
    ({"MAX_CONTENT_LENGTH": 1024}, "/api/v1/claims/check", "[" + " " * 2048 + "]", 413),
    ({"RATELIMIT_API": "1/minute"}, "/api/v1/claims/check", "{}", 429),
])
def test_errors_are_documented_problems(make_app, overrides, url, body, status):
    client = make_app(**overrides).test_client()
    send = client.get if body is None else client.post
    kwargs = {} if body is None else {"data": body, "content_type": "application/json"}
    response = send(url, **kwargs)
    if status == 429:
        response = send(url, **kwargs)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    path = url.split("?")[0]
    operation = next(op for p, _, op in operations()
                     if re.fullmatch(re.sub(r"\{[a-z_]+\}", "[^/]+", p), path))
    assert validator(response_schema(operation, status,
                                     "application/problem+json")).is_valid(response.json)
    if status == 429:
        assert response.headers["Retry-After"].isdigit()
