"""The estimator pages: form, result (address holds the inputs), CSV and code helper."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import urlencode

import pytest

from tests.pagecheck import check_page

EXAMPLE = {
    "network": "in", "code": "90837", "allowed_amount": "$180", "count": "12",
    "first_date": "2026-11-02", "every_days": "7", "deductible": "$1,500",
    "deductible_met": "0", "oop_max": "5,000", "oop_met": "0", "cost_type": "coinsurance",
    "coinsurance": "20", "deductible_applies": "yes",
}


def result(client, lang="en", **changes):
    params = {**EXAMPLE, **changes, "lang": lang}
    return client.get("/estimate/result?" + urlencode(params))


def summary_links(html: str) -> dict[str, str]:
    return dict(re.findall(r'<li><a href="#([\w-]+)">(.*?)</a></li>', html))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_form_page(client, lang):
    response = client.get(f"/estimate?lang={lang}")
    assert response.status_code == 200
    assert 'action="/estimate/result" method="get"' in response.text
    assert 'href="/glossary/deductible"' in response.text  # help text links the words


def test_form_is_prefilled_from_the_address(client):
    html = client.get("/estimate?code=90834&deductible=750").text
    assert '<option selected value="90834">' in html
    assert 'value="750"' in html


@pytest.mark.parametrize("lang", ["en", "es"])
def test_issue_example_result(client, lang):
    response = result(client, lang)
    assert response.status_code == 200
    page = check_page(response.text)
    assert page.html_lang == lang
    html = response.text
    assert html.count('<th scope="row">') == 12
    assert 'class="reset"' in html  # the January reset is marked in the table
    assert "<svg" in html and 'aria-labelledby="chart-title chart-desc"' in html


def test_result_words_in_english(client):
    html = result(client).text
    assert "Your deductible is met at session 9, on December 28, 2026." in html
    assert "Your plan year starts again on January 1, 2027." in html
    assert "you pay $2,064.00 and your plan pays $96.00" in html


def test_result_words_in_spanish(client):
    html = result(client, "es").text
    assert "sesión 9" in html and "28 de diciembre de 2026" in html
    assert "2064,00" in html and "1 de enero de 2027" in html


def test_every_session_has_its_steps(client):
    html = result(client).text
    ninth = html.split("for session 9</span>")[1].split("</details>")[0]
    assert "You had $60.00 left on your deductible" in ninth
    assert "You pay 20% of the $120.00 left of the price: $24.00." in ninth


def test_out_of_network_result_explains_balance_bills(client):
    html = result(client, network="out", billed_amount="220", oon_benefits="yes",
                  oon_deductible="0", oon_oop_max="10000", oon_cost_type="coinsurance",
                  oon_coinsurance="40").text
    assert 'href="/glossary/superbill"' in html
    assert "Balance bill" in html and "$40.00" in html


def test_no_out_of_network_benefits(client):
    html = result(client, network="out", billed_amount="220", oon_benefits="no").text
    assert "does not pay for out-of-network care" in html
    assert "you pay $2,640.00" in html  # 12 x 220


def test_self_pay_comparison_and_medicare_benchmark(client):
    html = result(client, allowed_amount="", self_pay_rate="120").text
    assert "Medicare" in html and "$154.29" in html
    assert "Paying without insurance at $120.00 a session" in html
    assert 'class="line-self-pay"' in html


def test_bad_input_shows_every_error_linked_to_its_field(client):
    response = result(client, deductible="lots", coinsurance="", count="0",
                      family_deductible="-5")
    assert response.status_code == 422
    links = summary_links(response.text)
    assert set(links) >= {"deductible", "coinsurance", "count", "family_deductible"}
    assert "Enter an amount in dollars" in links["deductible"]
    assert re.search(r'<details class="more" open>\s*<summary>Family limits', response.text)


def test_bad_input_in_spanish(client):
    links = summary_links(result(client, "es", deductible="lots").text)
    assert links["deductible"].startswith("Deducible: Escriba una cantidad en dólares")


def test_csv_download(client):
    params = urlencode(EXAMPLE)
    response = client.get(f"/estimate/result.csv?{params}")
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 12 and rows[8]["patient_pays"] == "84.00"


def test_csv_with_bad_input_goes_back_to_the_errors(client):
    response = client.get("/estimate/result.csv?deductible=x")
    assert response.status_code == 302 and "/estimate/result?" in response.headers["Location"]


def test_result_links_keep_the_answers(client):
    html = result(client).text
    assert 'href="/estimate?network=in&amp;code=90837' in html
    assert 'href="/estimate/result.csv?network=in' in html


@pytest.mark.parametrize(("minutes", "kind", "code"), [
    ("50", "individual", "90834"), ("53", "individual", "90837"),
    ("45", "family_with_patient", "90847"), ("90", "crisis", "90839 + 90840"),
])
def test_session_code_helper(client, minutes, kind, code):
    response = client.get(f"/estimate/session-code?minutes={minutes}&kind={kind}")
    assert response.status_code == 200
    assert f"Code: {code}" in response.text


def test_session_code_helper_links_into_the_estimate(client):
    html = client.get("/estimate/session-code?minutes=55&kind=individual").text
    assert 'href="/estimate?code=90837"' in html


def test_session_code_helper_too_short_and_bad_input(client):
    html = client.get("/estimate/session-code?minutes=10&kind=individual").text
    assert "No session code can be billed." in html
    response = client.get("/estimate/session-code?minutes=abc&kind=individual&lang=es")
    assert response.status_code == 422
    assert 'href="#minutes"' in response.text


@pytest.mark.parametrize("path", ["/estimate/result.csv", "/estimate/sheet"])
@pytest.mark.parametrize("query", ["endpoint=x&count=2", "_method=POST",
                                   "_external=1&_scheme=javascript"])
def test_downloads_without_answers_go_back_with_the_same_query(client, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code == 302
    assert response.headers["Location"] == f"/estimate/result?{query}"
