"""JSON API errors as RFC 9457 problem details with a list of field errors."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from flask import Response, jsonify, request

from benefits.fields import MAX_EXPONENT, MAX_NUMBER_TEXT, LongNumber

PROBLEM_TYPE = "application/problem+json"
# No request of ours nests deeper than 5; the parser itself stops near 1,000 (RecursionError).
MAX_JSON_DEPTH = 20


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

    Besides bad syntax this catches bytes that are not UTF-8 and nesting deeper than
    MAX_JSON_DEPTH. A number literal longer than MAX_NUMBER_TEXT characters, or with an
    exponent past MAX_EXPONENT, is never converted: it arrives as a LongNumber, which the
    field readers refuse by name ("count": 1e1000000 once built a million-digit integer).
    NaN and Infinity are not JSON and are refused.
    """
    try:
        body = json.loads(request.get_data(), parse_int=_bounded(int),
                          parse_float=_bounded(parse_float or float),
                          parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise BadJson((error.lineno, error.colno)) from None
    except (ValueError, RecursionError):
        raise BadJson(None) from None
    if _too_deep(body):
        raise BadJson(None)
    return body


def _bounded(convert: Callable[[str], Any]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        if len(text) > MAX_NUMBER_TEXT or abs(_exponent(text)) > MAX_EXPONENT:
            return LongNumber(len(text))
        return convert(text)
    return parse


def _exponent(text: str) -> int:
    """The exponent written in a JSON number ("1e5" -> 5); the text is short by now."""
    _, mark, exponent = text.lower().partition("e")
    return int(exponent) if mark else 0


def _no_constant(text: str) -> Any:
    raise ValueError(f"{text} is not JSON")


def _too_deep(body: Any) -> bool:
    """Whether arrays and objects nest deeper than MAX_JSON_DEPTH (iterative, no recursion)."""
    level: list[tuple[Any, int]] = [(body, 1)]
    while level:
        value, depth = level.pop()
        if not isinstance(value, dict | list):
            continue
        if depth > MAX_JSON_DEPTH:
            return True
        children = value.values() if isinstance(value, dict) else value
        level.extend((child, depth + 1) for child in children)
    return False
