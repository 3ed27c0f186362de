"""Languages: choose the locale, remember it, and format money and dates for it."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_percent
from flask import Flask, Response, current_app, request
from flask_babel import Babel, get_locale
from flask_babel import lazy_gettext as _l

from navigator.core.links import self_url

babel = Babel()

LANG_COOKIE = "lang"


def select_locale() -> str:
    """`?lang=` first, then the remembered choice, then the browser's, then English."""
    languages = current_app.config["LANGUAGES"]
    asked = request.args.get("lang", "")
    if asked in languages:
        return asked
    remembered = request.cookies.get(LANG_COOKIE, "")
    if remembered in languages:
        return remembered
    return request.accept_languages.best_match(languages) or \
        current_app.config["BABEL_DEFAULT_LOCALE"]


def _remember_choice(response: Response) -> Response:
    choice = request.args.get("lang", "")
    if choice in current_app.config["LANGUAGES"] and request.cookies.get(LANG_COOKIE) != choice:
        response.set_cookie(
            LANG_COOKIE,
            choice,
            max_age=60 * 60 * 24 * 365,
            secure=request.is_secure,
            httponly=True,
            samesite="Lax",
        )
    response.vary.add("Accept-Language")
    response.vary.add("Cookie")
    return response


# CLDR's minimumGroupingDigits, which Babel does not apply: Spanish writes 1234,50 but
# 12.345,50 (a lone thousands separator is not used on four-digit numbers).
MIN_GROUPING_DIGITS = {"es": 2}


def N_(text: str) -> str:  # noqa: N802 (the gettext convention for "mark only")
    """Mark text for the catalog where it is translated later, in bulk."""
    return text


@functools.lru_cache(maxsize=8192)
def usd_for(value: Decimal, locale: str) -> str:
    # Babel re-parses the pattern on every call; an estimate formats hundreds of amounts,
    # most of them the same few, so remember them per locale.
    min_digits = MIN_GROUPING_DIGITS.get(locale, 1)
    group = abs(value) >= 10 ** (2 + min_digits)
    return format_currency(value, "USD", locale=locale, group_separator=group)


def usd(amount: Decimal | int | str) -> str:
    """Dollars formatted for the reader's locale ($1,234.50 or 1234,50 US$)."""
    return usd_for(Decimal(amount), current_lang())


@functools.lru_cache(maxsize=256)
def usd_whole_for(value: Decimal, locale: str) -> str:
    """Whole dollars in the locale's currency pattern, for chart axes ($2,500 / 2500 US$)."""
    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    whole = pattern.split(";")[0].replace(".00", "")
    min_digits = MIN_GROUPING_DIGITS.get(locale, 1)
    group = abs(value) >= 10 ** (2 + min_digits)
    return format_currency(value, "USD", format=whole, locale=locale, currency_digits=False,
                           group_separator=group)


def usd_whole(amount: Decimal) -> str:
    return usd_whole_for(Decimal(amount), current_lang())


@functools.lru_cache(maxsize=4096)
def short_date_for(value: dt.date, locale: str) -> str:
    return format_date(value, format="medium", locale=locale)


def short_date(value: dt.date) -> str:
    """"Nov 2, 2026" / "2 nov 2026": for tables."""
    return short_date_for(value, current_lang())


@functools.lru_cache(maxsize=4096)
def long_date_for(value: dt.date, locale: str) -> str:
    return format_date(value, format="long", locale=locale)


def long_date(value: dt.date) -> str:
    return long_date_for(value, current_lang())


def percent(fraction: Decimal | float) -> str:
    """0.2 -> "20%" / "20 %" for the reader's locale."""
    return format_percent(fraction, locale=current_lang(), decimal_quantization=False)


def url_with_lang(lang: str) -> str:
    """The current page's address with `lang` set, keeping other query values; built from
    the route, never the raw path (see navigator.core.links)."""
    return self_url(lang=lang)


def current_lang() -> str:
    return str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"])


def init_app(app: Flask) -> None:
    babel.init_app(app, locale_selector=select_locale)
    app.jinja_env.policies["ext.i18n.trimmed"] = True
    app.jinja_env.filters["usd"] = usd
    app.jinja_env.filters["long_date"] = long_date
    app.jinja_env.filters["short_date"] = short_date
    app.jinja_env.filters["usd_whole"] = usd_whole
    app.jinja_env.filters["percent"] = percent
    app.jinja_env.globals.update(
        url_with_lang=url_with_lang,
        current_lang=current_lang,
        LANGUAGE_NAMES=app.config["LANGUAGES"],
        SITE_NAME=_l("Navigator"),
    )
    app.after_request(_remember_choice)
