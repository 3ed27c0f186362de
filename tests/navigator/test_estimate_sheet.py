"""/estimate/sheet: the printable one-page "What you will pay" sheet, in English or Spanish.

The example is the estimator's own (issue 3): 12 weekly sessions of 90837 at $180 from
2026-11-02, deductible $1,500, 20% coinsurance, out-of-pocket limit $5,000. By hand: sessions
1–8 go wholly to the deductible (8 x 180 = 1,440); session 9 pays the last 60 of it plus 20% of
the other 120 (24): 84; the plan year starts again on January 1, so sessions 10–12 are 180
each (540). In all: 2,064 for the person, 96 for the plan.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest

from tests.pagecheck import check_page
from tests.text import visible_text

EXAMPLE = {
    "network": "in", "code": "90837", "allowed_amount": "180", "count": "12",
    "first_date": "2026-11-02", "every_days": "7", "deductible": "1500",
    "deductible_met": "0", "oop_max": "5000", "oop_met": "0", "cost_type": "coinsurance",
    "coinsurance": "20", "deductible_applies": "yes",
}


def sheet(client, **changes):
    params = {**EXAMPLE, **changes}
    return client.get("/estimate/sheet?" + urlencode(
        {k: v for k, v in params.items() if v is not None}))


def text(html: str) -> str:
    """The words as read, with a colon after each term (the stylesheet shows one)."""
    return visible_text(html.replace("</dt>", ":</dt>"))


def article(html: str) -> str:
    return html.split("<article")[1].split("</article>")[0]


def test_the_sheet_in_english(client):
    response = sheet(client)
    assert response.status_code == 200
    page = check_page(response.text)
    assert page.h1 == ["What you will pay"] and page.html_lang == "en"
    body = text(article(response.text))
    assert 'lang="en"' in response.text.split("<article")[1][:80]
    assert ("An estimate for 12 therapy sessions from November 2, 2026 to January 18, 2027"
            in body)
    assert "First session: $180.00" in body
    assert "You pay in all: $2,064.00" in body and "Your plan pays in all: $96.00" in body
    # Per-session lines: runs of sessions that cost the same
    assert "1–8 Nov 2, 2026 – Dec 21, 2026 $180.00 $1,440.00" in body
    assert "9 Dec 28, 2026 $84.00 $84.00" in body
    assert "10–12 Jan 4, 2027 – Jan 18, 2027 $180.00 $540.00" in body
    # Milestones
    assert "Your deductible is met at session 9, on December 28, 2026." in body
    assert "Your plan year starts again on January 1, 2027." in body
    # Plan numbers used
    assert "Deductible: $1,500.00, $0.00 paid so far" in body
    assert "After the deductible: 20% of the plan's price (coinsurance)" in body
    assert "Out-of-pocket limit: $5,000.00, $0.00 paid so far" in body
    assert "Session code: 90837: Individual therapy, 53 minutes or more" in body
    assert "Plan year starts: January 1" in body
    # Assumptions, what could change, and the words used
    assert "The plan's price (the allowed amount) for a 90837 session is $180.00." in body
    assert "one every 7 days from November 2, 2026" in body
    assert "A longer or shorter session is billed with another code" in body
    assert "Deductible: The amount you must pay for covered care each plan year" in body
    assert "Coinsurance: Your share of the cost" in body
    assert "Copayment" not in body
    assert 'href="/glossary/deductible"' in article(response.text)  # each word links on


def test_the_sheet_in_spanish_on_an_english_page(client):
    html = sheet(client, sheet_lang="es").text
    page = check_page(html)
    assert page.html_lang == "en"  # the page around the sheet stays in the reader's language
    assert re.search(r'<article class="sheet" lang="es"', html)
    body = text(article(html))
    assert "Primera sesión: 180,00 US$" in body
    assert "Usted paga en total: 2064,00 US$" in body
    assert "Su deducible se cumple en la sesión 9, el 28 de diciembre de 2026." in body
    assert "Deducible: La cantidad que usted debe pagar" in body
    assert "1 de enero" in body
    assert "Back to the full estimate" in html  # the tools around it: English


def test_an_english_sheet_on_a_spanish_page(client):
    html = client.get("/estimate/sheet?" + urlencode(
        {**EXAMPLE, "lang": "es", "sheet_lang": "en"})).text
    page = check_page(html)
    assert page.html_lang == "es"
    assert 'class="sheet" lang="en"' in html
    assert "You pay in all: $2,064.00" in text(article(html))


@pytest.mark.parametrize(("asked", "lang"), [("", "en"), ("fr", "en"), ("es", "es")])
def test_sheet_language_choice(client, asked, lang):
    html = sheet(client, sheet_lang=asked).text
    assert f'class="sheet" lang="{lang}"' in html


def test_the_sheet_links_to_itself_in_each_language_and_back(client):
    html = sheet(client, sheet_lang="es").text
    tools = html.split('class="sheet-tools"')[1].split("</ul>")[0]
    assert '<strong class="lang-current">Español</strong>' in tools
    assert re.search(r'href="/estimate/sheet\?[^"]*sheet_lang=en"[^>]*>English</a>', tools)
    assert "sheet_lang=es&amp;sheet_lang" not in tools  # the old choice is replaced
    assert re.search(r'href="/estimate/result\?network=in&amp;code=90837', tools)


def test_every_result_page_links_to_the_sheet(client):
    html = client.get("/estimate/result?" + urlencode(EXAMPLE)).text
    links = re.findall(r'href="(/estimate/sheet\?[^"]*)"', html)
    assert len(links) == 2
    assert links[0].endswith("sheet_lang=en") and links[1].endswith("sheet_lang=es")
    assert "coinsurance=20&amp;deductible_applies=yes" in links[0]  # every answer carried
    response = client.get(links[1].replace("&amp;", "&"))
    assert response.status_code == 200 and 'class="sheet" lang="es"' in response.text


def test_bad_answers_go_back_to_the_form_with_the_errors(client):
    response = sheet(client, deductible="lots")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/estimate/result?")
    assert client.get(response.headers["Location"]).status_code == 422


def test_out_of_network_with_family_limits_visits_and_self_pay(client):
    html = sheet(client, network="out", billed_amount="220", oon_benefits="yes",
                 oon_deductible="1000", oon_deductible_met="200", oon_oop_max="9000",
                 oon_oop_met="100", oon_cost_type="coinsurance", oon_coinsurance="40",
                 visit_limit="30", visits_used="28", self_pay_rate="120", count="4").text
    body = text(article(html))
    assert "Therapist: Out of network" in body
    assert "Therapist's full price: $220.00" in body
    assert "Deductible: $1,000.00, $200.00 paid so far" in body
    assert "Visits the plan pays for each year: 30 (28 used so far)" in body
    # Session 1: 180 to the deductible + 40 balance bill = 220; session 2: the last 620 of
    # the deductible is more than 180, so 180 + 40 again; sessions 3-4: visits used up, 220.
    assert "1–4 Nov 2, 2026 – Nov 23, 2026 $220.00 $880.00" in body
    assert "Paying without insurance at $120.00 a session would cost $480.00" in body
    assert "Balance Billing:" in body and "Out-of-network Provider" in body


def test_a_plan_that_pays_nothing_out_of_network(client):
    body = text(article(sheet(client, network="out", oon_benefits="no",
                              billed_amount="200", count="2").text))
    assert "Out-of-network benefits: None: the plan pays nothing out of network" in body
    assert "You pay in all: $400.00" in body  # the therapist's full price of 200, twice


def test_no_out_of_pocket_limit_and_a_medicare_price(client):
    body = text(article(sheet(client, oop_max="", allowed_amount="", count="2").text))
    assert "Out-of-pocket limit: No limit" in body
    assert "Medicare's 2025 national price for 90837" in body


def test_family_limits_and_a_copay(client):
    body = text(article(sheet(client, cost_type="copay", copay="30", coinsurance="",
                              deductible_met="1500", family_deductible="3000",
                              family_deductible_met="2000", family_oop_max="10000",
                              family_oop_met="2500", count="3").text))
    assert "After the deductible: A $30.00 copay per session" in body
    assert "Family deductible: $3,000.00, $2,000.00 paid so far" in body
    assert "Family out-of-pocket limit: $10,000.00, $2,500.00 paid so far" in body
    assert "1–3 Nov 2, 2026 – Nov 16, 2026 $30.00 $90.00" in body
    assert "Copayment: A set dollar amount" in body
