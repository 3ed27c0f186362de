from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from flask_babel import force_locale

from navigator.core.i18n import long_date, usd


def test_english_is_the_default(client):
    assert '<html lang="en">' in client.get("/").text


def test_accept_language_picks_spanish(client):
    html = client.get("/", headers={"Accept-Language": "es-MX,es;q=0.9"}).text
    assert '<html lang="es">' in html
    assert "Saltar al contenido principal" in html


def test_lang_parameter_wins_and_is_remembered(client):
    response = client.get("/?lang=es", headers={"Accept-Language": "en"})
    assert '<html lang="es">' in response.text
    cookie = response.headers["Set-Cookie"]
    assert "lang=es" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    later = client.get("/about", headers={"Accept-Language": "en"})
    assert '<html lang="es">' in later.text


def test_unknown_lang_is_ignored(client):
    response = client.get("/?lang=xx", headers={"Accept-Language": "es"})
    assert '<html lang="es">' in response.text
    assert "Set-Cookie" not in response.headers


def test_switcher_links_to_the_same_page_in_the_other_language(client):
    html = client.get("/glossary?q=copay").text
    assert 'href="/glossary?q=copay&amp;lang=es" lang="es" hreflang="es"' in html


@pytest.mark.parametrize(("locale", "amount", "expected"), [
    ("en", "1234.5", "$1,234.50"), ("es", "1234.5", "1234,50\xa0US$"),
    ("es", "12345.5", "12.345,50\xa0US$"), ("en", "999", "$999.00"), ("es", "0.1", "0,10\xa0US$")])
def test_money_is_formatted_for_the_locale(app, locale, amount, expected):
    with app.test_request_context(), force_locale(locale):
        assert usd(Decimal(amount)) == expected


@pytest.mark.parametrize(("locale", "expected"), [("en", "March 2, 2026"),
                                                  ("es", "2 de marzo de 2026")])
def test_dates_are_formatted_for_the_locale(app, locale, expected):
    with app.test_request_context(), force_locale(locale):
        assert long_date(dt.date(2026, 3, 2)) == expected


def test_one_setting_lists_the_languages(make_app):
    client = make_app(LANGUAGES={"en": "English"}).test_client()
    html = client.get("/?lang=es", headers={"Accept-Language": "es"}).text
    assert '<html lang="en"' in html and "Español" not in html
    assert 'value="es"' not in client.get("/appeal").text
