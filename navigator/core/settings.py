"""Configuration: defaults, NAVIGATOR_* environment variables, and the secret key."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from flask import Flask

ROOT = Path(__file__).resolve().parents[2]  # the project folder, which holds translations/


class ConfigError(RuntimeError):
    """The configuration cannot be used to start the site."""


class Defaults:
    ENV = "development"
    # The one list of the site's languages: code -> its name in itself. Each needs a catalog
    # in translations/ (English is the source language and needs none).
    LANGUAGES = {"en": "English", "es": "Español"}
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = "America/New_York"
    BABEL_TRANSLATION_DIRECTORIES = str(ROOT / "translations")
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    # Behind a TLS-terminating proxy, set NAVIGATOR_PROXY_COUNT so X-Forwarded-Proto is trusted.
    PROXY_COUNT = 0
    WTF_CSRF_TIME_LIMIT = 3600
    # Flask-Babel is installed, so Flask-WTF translates validator messages itself.
    WTF_I18N_ENABLED = True
    MAX_CONTENT_LENGTH = 1024 * 1024


def configure(app: Flask, config: Mapping[str, Any] | None) -> None:
    """Load defaults, then the environment (or the given mapping), then the secret key."""
    app.config.from_object(Defaults)
    if config is None:
        app.config.from_prefixed_env("NAVIGATOR")
        _load_plain_env(app)
    else:
        app.config.update(config)
    app.config.setdefault("DATABASE_URL", _default_database_url(app))
    app.config["LANGUAGES"] = _languages(app.config["LANGUAGES"])
    # API bodies keep the documented key order (Flask 3 ignores the old JSON_SORT_KEYS).
    app.json.sort_keys = False  # type: ignore[attr-defined]
    _ensure_secret_key(app)


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
    """Honour the unprefixed names hosting platforms set (DATABASE_URL, SECRET_KEY)."""
    for name in ("DATABASE_URL", "SECRET_KEY"):
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
