"""Every page answers in English and Spanish and passes the page checks."""

from __future__ import annotations

import pytest

import glossary
from navigator.features.pages.tasks import TASKS
from tests.pagecheck import check_page

STATIC_PAGES = ["/", "/about", "/privacy", "/accessibility", "/glossary",
                "/glossary?q=deductible", "/glossary?q=zzqxj", "/estimate",
                "/estimate/session-code", "/estimate/session-code?minutes=50&kind=individual",
                "/estimate/result?deductible=1500&oop_max=5000&coinsurance=20&allowed_amount=180"
                "&first_date=2026-11-02", "/denied", "/denied?codes=CO-197",
                "/prior-authorization",
                "/prior-authorization?service=weekly_therapy&plan_type=individual"]
TERM_PAGES = [f"/glossary/{term.slug}" for term in glossary.all_terms()]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("path", STATIC_PAGES)
def test_page_answers_and_passes_checks(client, path, lang):
    joiner = "&" if "?" in path else "?"
    response = client.get(f"{path}{joiner}lang={lang}")
    assert response.status_code == 200
    page = check_page(response.text)
    assert page.html_lang == lang


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_glossary_term_page_renders(client, lang):
    for path in TERM_PAGES:
        response = client.get(path, headers={"Accept-Language": lang})
        assert response.status_code == 200, path


def test_home_page_is_organised_by_task(client):
    html = client.get("/").text
    for task in TASKS:
        assert str(task.title) in html
    assert 'href="/glossary"' in html


def test_home_page_in_spanish(client):
    html = client.get("/?lang=es").text
    assert "¿Mi terapeuta está en la red?" in html or "terapeuta" in html
    assert "Skip to main content" not in html


def test_there_are_no_placeholder_pages(client):
    # Every task on the home page is built; the old "coming soon" pages are gone.
    for task in TASKS:
        assert client.get(f"/soon/{task.slug}").status_code == 404
