"""Start-up checks of the settings: one plain message per bad value, all at once.

A bad value must stop the site when it starts, not turn into a 500 on the first page that
uses it. Values from the environment arrive as Flask's from_prefixed_env left them (JSON
when they parse as JSON, else text), so "10" is already 10 and "ten" is still "ten".
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from navigator.core.db import normalize_url

PLAIN_NAMES = ("DATABASE_URL", "SECRET_KEY")  # also read without the prefix (settings.py)
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
TRUE_WORDS, FALSE_WORDS = ("true", "1", "yes", "on"), ("false", "0", "no", "off", "")


class Bad(ValueError):
    """What is wrong with a value, in words that never repeat a secret value."""


@dataclass(frozen=True)
class Rule:
    key: str  # the config key; the environment name is NAVIGATOR_ + key
    check: Callable[[Any], Any]  # returns the value to keep, or raises Bad
    should: str  # what the value should be, for the message
    secret: bool = False  # never show the value (it may hold a password or a token)


def number(minimum: float, *, above: bool = False) -> Callable[[Any], float]:
    """A number at least (or, with above, more than) minimum."""
    def check(value: Any) -> float:
        if isinstance(value, bool):
            raise Bad("is not a number")
        try:
            result = float(value)
        except (TypeError, ValueError, OverflowError):
            raise Bad("is not a number") from None
        if result != result or result in (float("inf"), float("-inf")):
            raise Bad("is not a finite number")
        if result < minimum or (above and result == minimum):
            raise Bad("is too small")
        return result
    return check


def integer(minimum: int) -> Callable[[Any], int]:
    """A whole number at least minimum."""
    def check(value: Any) -> int:
        whole_float = isinstance(value, float) and value.is_integer()
        # A few digits only: int() of a million-digit text is slow.
        whole_text = isinstance(value, str) and value.strip().removeprefix("-").isdigit() \
            and len(value.strip()) <= 18
        if isinstance(value, bool) or not (isinstance(value, int) or whole_float or whole_text):
            raise Bad("is not a whole number")
        result = int(value)
        if result < minimum:
            raise Bad("is too small")
        return result
    return check


def optional(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """None (the setting turned off) or what check accepts."""
    return lambda value: None if value is None else check(value)


def boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in TRUE_WORDS + FALSE_WORDS:
        return value.strip().lower() in TRUE_WORDS
    if value in (0, 1):
        return bool(value)
    raise Bad("is not true or false")


def choice(*options: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or value.strip().lower() not in (o.lower() for o in options):
            raise Bad("is not one of the choices")
        return next(o for o in options if o.lower() == value.strip().lower())
    return check


def database_url(value: Any) -> str:
    if not isinstance(value, str):
        raise Bad("is not a database URL")
    try:
        return normalize_url(value)
    except ValueError as error:
        raise Bad(str(error)) from None


def web_url(value: Any) -> str | None:
    if value in (None, ""):
        return None  # not configured: the feature stays off
    parts = urlsplit(str(value))
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Bad("is not an http:// or https:// address")
    return str(value)


RULES = (
    Rule("ENV", choice("development", "production"), "development or production"),
    Rule("DATABASE_URL", database_url,
         "a PostgreSQL URL (postgresql://, postgres:// or postgresql+psycopg://user:pass@host/db)"
         " or an SQLite one (sqlite:///path/to/file.db)", secret=True),
    Rule("PLANNET_BASE_URL", web_url, "the directory's FHIR base, https://host/path",
         secret=True),
    Rule("PLANNET_TIMEOUT", number(0, above=True), "seconds to wait for one answer, like 10"),
    Rule("PLANNET_DEADLINE", number(0, above=True),
         "seconds one lookup may take in all, retries included, like 10"),
    Rule("PLANNET_RETRIES", integer(0), "a whole number of retries, 0 or more, like 3"),
    Rule("PLANNET_BACKOFF", number(0), "seconds before the first retry, 0 or more, like 0.5"),
    Rule("PLANNET_CACHE_SECONDS", integer(0), "whole seconds to keep answers, like 300"),
    Rule("PLANNET_BREAKER_FAILURES", integer(1),
         "failures in a row before the directory is skipped, 1 or more, like 5"),
    Rule("PLANNET_BREAKER_SECONDS", number(0), "seconds to skip a failing directory, like 60"),
    Rule("PROXY_COUNT", integer(0), "the number of proxies in front, 0 or more"),
    Rule("SESSION_COOKIE_SECURE", boolean, "true or false"),
    Rule("MAX_CONTENT_LENGTH", integer(1), "the largest request body in bytes, like 1048576"),
    Rule("WTF_CSRF_TIME_LIMIT", optional(integer(1)), "whole seconds a form stays valid"),
    Rule("LOG_LEVEL", choice(*LOG_LEVELS), "one of " + ", ".join(LOG_LEVELS)),
    Rule("METRICS", boolean, "true or false"),
    Rule("DATABASE_CONNECT_TIMEOUT", integer(1),
         "whole seconds to wait for the database to answer a new connection, like 5"),
    Rule("DATABASE_STATEMENT_TIMEOUT", integer(1),
         "whole seconds one database statement may run (PostgreSQL), like 15"),
    Rule("DATABASE_POOL_TIMEOUT", integer(1),
         "whole seconds a request waits for a free database connection, like 5"),
)


def check_settings(config: MutableMapping[str, Any]) -> list[str]:
    """Check and normalise every known setting that is set; return one message per bad one."""
    problems = []
    for rule in RULES:
        if rule.key not in config:
            continue
        try:
            config[rule.key] = rule.check(config[rule.key])
        except Bad as bad:
            problems.append(describe(rule, config[rule.key], str(bad)))
    return problems


def describe(rule: Rule, value: Any, problem: str) -> str:
    """NAVIGATOR_X: the value 'y' is not a number; it should be ..."""
    shown = "the value" if rule.secret or len(repr(value)) > 40 else f"the value {value!r}"
    name = f"NAVIGATOR_{rule.key}"
    if rule.key in PLAIN_NAMES:
        name += f" (or {rule.key})"
    return f"{name}: {shown} {problem}; it should be {rule.should}."
