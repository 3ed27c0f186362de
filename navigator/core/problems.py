"""JSON API errors as RFC 9457 problem details with a list of field errors."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from flask import Response, jsonify, request

PROBLEM_TYPE = "application/problem+json"


def problem(
    status: int,
    title: str,
    detail: str | None = None,
    errors: Sequence[Mapping[str, object]] | None = None,
) -> Response:
    """A problem+json response; `errors` lists {"field", "message"} (and, for a file, where)."""
    body: dict[str, object] = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body["errors"] = list(errors or [])
    response = jsonify(body)
    response.status_code = status
    response.mimetype = PROBLEM_TYPE
    return response


class BadJson(ValueError):
    """A request body that is not JSON; `where` is (line, column) when the parser knows it."""

    def __init__(self, where: tuple[int, int] | None) -> None:
        super().__init__("request body is not JSON")
        self.where = where


def json_body(parse_float: Callable[[str], Any] | None = None) -> Any:
    """The request body decoded as JSON, or BadJson.

    Besides bad syntax this catches bytes that are not UTF-8, nesting too deep to recurse,
    and integers longer than Python will convert (the grammar allows them): each would
    otherwise escape as a 500.
    """
    try:
        return json.loads(request.get_data(), parse_float=parse_float)
    except json.JSONDecodeError as error:
        raise BadJson((error.lineno, error.colno)) from None
    except (ValueError, RecursionError):
        raise BadJson(None) from None
