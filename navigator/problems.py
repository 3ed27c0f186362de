"""JSON API errors as RFC 9457 problem details with a list of field errors."""

from __future__ import annotations

from flask import Response, jsonify

PROBLEM_TYPE = "application/problem+json"


def problem(
    status: int,
    title: str,
    detail: str | None = None,
    errors: list[dict[str, str]] | None = None,
) -> Response:
    """A problem+json response; `errors` lists {"field", "message"} pairs."""
    body: dict[str, object] = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body["errors"] = errors or []
    response = jsonify(body)
    response.status_code = status
    response.mimetype = PROBLEM_TYPE
    return response
