"""Configuration: defaults, NAVIGATOR_* environment variables, and the secret key."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from flask import Flask

from navigator.core.settings_check import check_settings

ROOT = Path(__file__).resolve().parents[2]  # the project folder, which holds translations/
PACKAGED_CATALOGS = Path(__file__).resolve().parents[1] / "translations"


class ConfigError(RuntimeError):
    """The configuration cannot be used to start the site."""


class Defaults:
    ENV = "development"
    # The one list of the site's languages: code -> its name in itself. Each needs a catalog
    # in translations/ (English is the source language and needs none).
    LANGUAGES = {"en": "English", "es": "Español"}
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = "America/New_York"
    # An installed wheel carries compiled catalogs in the package (see setup.py); a source
    # checkout compiles them in place (make translations).
    BABEL_TRANSLATION_DIRECTORIES = str(PACKAGED_CATALOGS if PACKAGED_CATALOGS.is_dir()
                                        else ROOT / "translations")
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    # Behind a TLS-terminating proxy, set NAVIGATOR_PROXY_COUNT so X-Forwarded-Proto is trusted.
    PROXY_COUNT = 0
    WTF_CSRF_TIME_LIMIT = 3600
    # Flask-Babel is installed, so Flask-WTF translates validator messages itself.
    WTF_I18N_ENABLED = True
    MAX_CONTENT_LENGTH = 1024 * 1024
    # Operations (README "Settings"): log level, /metrics, the live Plan-Net lookup's limits.
    LOG_LEVEL = "INFO"
    METRICS = False
    PLANNET_TIMEOUT = 10
    # A database that is down or hung costs a bounded wait, then a 503 (core/errors.py).
    DATABASE_CONNECT_TIMEOUT = 5
    DATABASE_STATEMENT_TIMEOUT = 15
    DATABASE_POOL_TIMEOUT = 5
    PLANNET_DEADLINE = 10  # one lookup in all, retries included: a request thread is precious
    PLANNET_RETRIES = 3
    PLANNET_BACKOFF = 0.5
    PLANNET_CACHE_SECONDS = 300
    PLANNET_BREAKER_FAILURES = 5
    PLANNET_BREAKER_SECONDS = 60
    # The site's public address (https://navigator.example.org): absolute links in the API are
    # built from it, never from the Host header. When set and TRUSTED_HOSTS is not, requests
    # naming another host are refused (see navigator/core/links.py).
    PUBLIC_URL = ""
    # Price files' provider references ("location" URLs): fetched only over these schemes,
    # from these hosts (".example.com" also allows its subdomains), up to this many bytes.
    TIC_REFERENCE_HOSTS: list[str] = []
    TIC_REFERENCE_SCHEMES = ["https"]
    TIC_REFERENCE_MAX_BYTES = 20 * 1024 * 1024
    # POSTs each client address may send to one route (navigator/core/limits.py): form
    # posts that compute, the page-feedback form, the JSON API. "30/minute", "5 per second",
    # or several joined by ";". RATELIMIT_STORAGE_URI (redis://host:6379/0) shares the counts
    # between workers; unset, each process counts in memory.
    RATELIMIT_FORMS = "30/minute"
    RATELIMIT_FEEDBACK = "10/minute"
    RATELIMIT_API = "60/minute"
    RATELIMIT_KEY_PREFIX = "navigator"


def configure(app: Flask, config: Mapping[str, Any] | None) -> None:
    """Load defaults, then the environment (or the given mapping), then the secret key."""
    app.config.from_object(Defaults)
    if config is None:
        app.config.from_prefixed_env("NAVIGATOR")
        _load_plain_env(app)
    else:
        app.config.update(config)
    app.config.setdefault("DATABASE_URL", _default_database_url(app))
    # API bodies keep the documented key order (Flask 3 ignores the old JSON_SORT_KEYS).
    app.json.sort_keys = False  # type: ignore[attr-defined]
    # Every bad setting in one message, so an operator fixes them all in one go.
    problems = check_settings(app.config)
    for step in (_check_languages, _ensure_secret_key):
        try:
            step(app)
        except ConfigError as error:
            problems.append(str(error))
    if problems:
        raise ConfigError("Navigator cannot start. Fix these settings:\n"
                          + "\n".join(f"  - {line}" for line in problems))


def _check_languages(app: Flask) -> None:
    app.config["LANGUAGES"] = _languages(app.config["LANGUAGES"])


def _languages(value: object) -> dict[str, str]:
    """Code -> its name in itself. A plain list of codes (NAVIGATOR_LANGUAGES='["en","es"]')
    is named by Babel, so an older setting still starts the site."""
    if isinstance(value, Mapping):
        return {str(code): str(name) for code, name in value.items()}
    if isinstance(value, list | tuple) and value and all(isinstance(c, str) for c in value):
        return {code: _own_name(code) for code in value}
    raise ConfigError("LANGUAGES must map language codes to names, like "
                      '{"en": "English", "es": "Español"}.')


def _own_name(code: str) -> str:
    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (ValueError, UnknownLocaleError) as error:
        raise ConfigError(f"LANGUAGES lists {code!r}, which is not a language code.") from error
    return name[:1].upper() + name[1:]


def _load_plain_env(app: Flask) -> None:
    """Honour the unprefixed names hosting platforms and Flask-Limiter's documentation use
    (DATABASE_URL, SECRET_KEY, RATELIMIT_STORAGE_URI)."""
    for name in ("DATABASE_URL", "SECRET_KEY", "RATELIMIT_STORAGE_URI"):
        if not app.config.get(name) and os.environ.get(name):
            app.config[name] = os.environ[name]


def _default_database_url(app: Flask) -> str:
    return f"sqlite:///{Path(app.instance_path) / 'navigator.db'}"


def _ensure_secret_key(app: Flask) -> None:
    if app.config.get("SECRET_KEY"):
        return
    if app.config["ENV"] == "production":
        raise ConfigError(
            "SECRET_KEY is not set. In production (NAVIGATOR_ENV=production) set "
            "NAVIGATOR_SECRET_KEY or SECRET_KEY to a long random value."
        )
    app.config["SECRET_KEY"] = _instance_secret(Path(app.instance_path))


def _instance_secret(instance: Path) -> str:
    """Read the key kept in instance/, creating it once so sessions survive restarts."""
    path = instance / "secret_key"
    instance.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # made earlier, or just now by another worker
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key)
    return key
