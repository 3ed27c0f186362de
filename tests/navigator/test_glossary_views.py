from __future__ import annotations

import re

from sqlalchemy import select

from navigator.core.db import get_session
from navigator.core.models import PageFeedback


def result_links(html: str) -> list[str]:
    return re.findall(r'<h2><a href="/glossary/([a-z0-9-]+)">', html)


def test_index_lists_every_term_under_its_letter(client):
    html = client.get("/glossary").text
    assert 'id="letter-D"' in html and 'href="/glossary/deductible"' in html
    assert 'href="#letter-D"' in html


def test_spanish_index_is_sorted_by_spanish_names(client):
    html = client.get("/glossary?lang=es").text
    assert 'id="letter-D"' in html
    deducible = html.index(">Deducible<")
    coseguro = html.index(">Coseguro<")
    assert coseguro < deducible


def test_search_finds_deducible_in_spanish(client):
    response = client.get("/glossary?q=deducible&lang=es")
    assert response.status_code == 200
    assert result_links(response.text)[0] == "deductible"
    assert "Deducible" in response.text


def test_search_ignores_case_and_accents(client):
    assert result_links(client.get("/glossary?q=COSEGURO&lang=es").text)[0] == "coinsurance"
    assert result_links(client.get("/glossary?q=apelacion&lang=es").text)[0] == "appeal"
    assert result_links(client.get("/glossary?q=Deductible").text)[0] == "deductible"


def test_search_with_no_results_says_so(client):
    html = client.get("/glossary?q=zzqxj").text
    assert "0 words found." in html
    assert result_links(html) == []


def test_too_long_search_shows_the_error_summary(client):
    response = client.get("/glossary?q=" + "a" * 101)
    assert response.status_code == 400
    assert 'class="error-summary"' in response.text
    assert 'href="#q"' in response.text
    assert 'aria-invalid="true"' in response.text


def test_term_page_has_definition_example_why_related_and_source(client):
    html = client.get("/glossary/deductible?lang=es").text
    for heading in ("Ejemplo", "Por qué importa en la terapia", "Palabras relacionadas"):
        assert heading in html
    assert 'href="/glossary/coinsurance"' in html
    assert 'class="source"' in html and 'href="https://' in html


def test_unknown_term_is_404(client):
    assert client.get("/glossary/not-a-term").status_code == 404


def test_feedback_is_stored_without_personal_data(app, client):
    response = client.post("/glossary/copayment/feedback?lang=es", data={"helpful": "yes"})
    assert response.status_code == 302
    assert response.headers["Location"].endswith("/glossary/copayment#feedback")
    follow = client.get("/glossary/copayment")
    assert "Gracias" in follow.text
    with app.app_context():
        rows = get_session().scalars(select(PageFeedback)).all()
        assert [(r.page, r.helpful, r.locale) for r in rows] == [("glossary/copayment", True, "es")]


def test_feedback_without_a_choice_re_renders_with_errors(client):
    response = client.post("/glossary/copayment/feedback", data={})
    assert response.status_code == 422
    assert 'href="#helpful-0"' in response.text
    assert "Choose Yes or No." in response.text


def test_inline_term_links_have_a_readable_definition(client):
    html = client.get("/").text
    match = re.search(
        r'<a class="gloss-link" href="/glossary/deductible" '
        r'aria-describedby="(tip-deductible-\d+)">',
        html)
    assert match
    assert f'id="{match.group(1)}" role="tooltip">' in html
