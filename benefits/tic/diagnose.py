"""Find where JSON text goes wrong, with its byte offset and JSON path. Pure Python.

Only used once something already failed (or to point at a value), so clarity beats speed.
"""

from __future__ import annotations

import re

from benefits.tic.model import join_path

STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"', re.DOTALL)
# NaN and Infinity are not JSON, but Python's writer emits them; prices.py skips them.
_SCALAR = re.compile(
    rb"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null|NaN|-?Infinity")
_WS = re.compile(rb"[ \t\r\n]*")


class Bad(Exception):
    """A fault at a relative position of the text, with the path of the value it sits in."""

    def __init__(self, pos: int, path: str, message: str) -> None:
        super().__init__(message)
        self.pos = pos
        self.path = path
        self.message = message


def _ws(data: bytes, pos: int) -> int:
    return _WS.match(data, pos).end()  # type: ignore[union-attr]


def _expect_more(data: bytes, pos: int, path: str) -> None:
    if pos >= len(data):
        raise Bad(pos, path, "the file ends in the middle of a value")


def scan_value(data: bytes, pos: int, path: str) -> int:
    """Return where the JSON value at pos ends, or raise Bad at the first fault."""
    pos = _ws(data, pos)
    _expect_more(data, pos, path)
    char = data[pos]
    if char == 0x7B:
        return _scan_object(data, pos, path)
    if char == 0x5B:
        return _scan_array(data, pos, path)
    if char == 0x22:
        match = STRING.match(data, pos)
        if match is None:
            raise Bad(len(data), path, "a string is not closed")
        return match.end()
    match = _SCALAR.match(data, pos)
    if match is None:
        raise Bad(pos, path, f"unexpected character {chr(char)!r}")
    return match.end()


def _scan_object(data: bytes, pos: int, path: str) -> int:
    pos = _ws(data, pos + 1)
    _expect_more(data, pos, path)
    if data[pos] == 0x7D:
        return pos + 1
    while True:
        key_match = STRING.match(data, pos)
        if key_match is None:
            _expect_more(data, pos + 1, path)
            if data[pos] == 0x22:
                raise Bad(len(data), path, "a string is not closed")
            raise Bad(pos, path, "expected a quoted key")
        key = key_match.group()[1:-1].decode("utf-8", "replace")
        pos = _ws(data, key_match.end())
        _expect_more(data, pos, path)
        if data[pos] != 0x3A:
            raise Bad(pos, path, "expected ':' after a key")
        pos = _ws(data, scan_value(data, pos + 1, join_path(path, key)))
        _expect_more(data, pos, path)
        if data[pos] == 0x7D:
            return pos + 1
        if data[pos] != 0x2C:
            raise Bad(pos, path, "expected ',' or '}' in an object")
        pos = _ws(data, pos + 1)


def _scan_array(data: bytes, pos: int, path: str) -> int:
    pos = _ws(data, pos + 1)
    _expect_more(data, pos, path)
    if data[pos] == 0x5D:
        return pos + 1
    index = 0
    while True:
        pos = _ws(data, scan_value(data, pos, join_path(path, index)))
        _expect_more(data, pos, path)
        if data[pos] == 0x5D:
            return pos + 1
        if data[pos] != 0x2C:
            raise Bad(pos, path, "expected ',' or ']' in an array")
        pos += 1
        index += 1


def locate(data: bytes, pos: int, steps: list[str | int]) -> int:
    """Return the position of the value reached from pos by keys and indexes (best effort)."""
    pos = _ws(data, pos)
    for step in steps:
        found = _child(data, pos, step)
        if found is None:
            return pos
        pos = found
    return pos


def _child(data: bytes, pos: int, step: str | int) -> int | None:
    try:
        if isinstance(step, int) and data[pos] == 0x5B:
            pos = _ws(data, pos + 1)
            for _ in range(step):
                pos = _ws(data, _ws(data, scan_value(data, pos, "")) + 1)
            return pos
        if isinstance(step, str) and data[pos] == 0x7B:
            pos = _ws(data, pos + 1)
            while data[pos] == 0x22:
                key_end = STRING.match(data, pos).end()  # type: ignore[union-attr]
                value = _ws(data, _ws(data, key_end) + 1)
                if data[pos + 1:key_end - 1].decode("utf-8", "replace") == step:
                    return value
                pos = _ws(data, _ws(data, scan_value(data, value, "")) + 1)
    except (Bad, IndexError, AttributeError):
        return None
    return None
