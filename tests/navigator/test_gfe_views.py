"""/good-faith-estimate: the form, the printable estimate, the PDF and the dispute check."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest

from navigator.core.wording import PROBLEMS
from navigator.features.gfe.text import GFE_PROBLEMS
from tests.pagecheck import check_page
from tests.text import pdf_text, visible_text

FORM = {
    "issued_on": "2026-03-02", "patient_name": "Ana Pérez", "patient_dob": "1990-05-01",
    "primary_service": "Individual therapy, once a week", "frequency": "weekly",
    "months": "12", "first_date": "2026-03-09", "diagnosis_codes": "F41.1, F32.A",
    "separately_scheduled": "Psychological testing in May\nA family session",
    "providers-0-name": "Harbor Counseling", "providers-0-npi": "1234567893",
    "providers-0-tin": "12-3456789", "providers-0-address": "1 Main St, Springfield",
    "providers-0-state": "IL",
    "providers-0-lines-0-code": "90791", "providers-0-lines-0-sessions": "1",
    "providers-0-lines-0-fee": "200",
    "providers-0-lines-1-code": "90837", "providers-0-lines-1-sessions": "50",
    "providers-0-lines-1-fee": "$150.00",
    "providers-1-name": "Dr. Kim Lee", "providers-1-npi": "1245319599",
    "providers-1-tin": "98-7654321", "providers-1-address": "Telehealth",
    "providers-1-state": "WI",
    "providers-1-lines-0-code": "90833", "providers-1-lines-0-sessions": "11",
    "providers-1-lines-0-fee": "95.50",
}
# Harbor: 1 × $200 + 50 × $150 = $7,700.00; Dr. Lee: 11 × $95.50 = $1,050.50; in all $8,750.50.
FACTS = ["Ana Pérez", "May 1, 1990", "Individual therapy, once a week", "Once a week",
         "March 2, 2026", "March 9, 2026", "March 8, 2027", "F41.1, F32.A",
         "Harbor Counseling", "1234567893", "12-3456789", "1 Main St, Springfield, IL",
         "Dr. Kim Lee", "1245319599", "98-7654321", "Telehealth, WI",
         "90791", "90837", "90833", "Individual therapy, 53 minutes or more",
         "$200.00", "$150.00", "$7,500.00", "$7,700.00", "$95.50", "$1,050.50", "$8,750.50",
         "Psychological testing in May", "A family session"]
DISCLAIMERS = ["other items or services", "only an estimate", "$400.00 or more",
               "120 calendar days", "$25.00", "www.cms.gov/nosurprises", "1-800-985-3059",
               "will not be held against you", "not a contract", "Keep a copy"]


def summary_links(html: str) -> list[str]:
    summary = html.split('class="error-summary"')[1].split("</div>")[0]
    return re.findall(r'href="#([^"]+)"', summary)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_form_page(client, lang):
    response = client.get(f"/good-faith-estimate?lang={lang}")
    assert response.status_code == 200
    page = check_page(response.text)
    assert page.html_lang == lang
    for field_id in ("patient_name", "patient_dob", "primary_service", "months",
                     "providers-0-npi", "providers-1-tin", "providers-0-lines-2-fee"):
        assert f'id="{field_id}"' in response.text
    assert 'href="/glossary/good-faith-estimate"' in response.text
    assert f'value="{dt.date.today().isoformat()}"' in response.text  # estimate date
    assert "<option selected value=\"12\">12</option>" in response.text
    if lang == "en":
        assert "within 1 business day after booking" in response.text


def test_every_domain_error_code_has_words():
    codes = {"not_text", "too_long", "invalid_characters", "not_a_list", "too_many",
             "born_after_estimate", "first_date_before_estimate", "invalid_npi", "invalid_tin",
             "invalid_state", "invalid_diagnosis_code", "unknown_service_code",
             "no_service_lines", "date_in_future", "required", "invalid_date",
             "date_out_of_range", "out_of_range", "not_a_whole_number", "invalid_choice",
             "not_money", "negative", "too_many_decimals", "too_large", "not_an_object"}
    assert codes <= set(GFE_PROBLEMS) | set(PROBLEMS)


def test_empty_form_shows_every_missing_element(client):
    response = client.post("/good-faith-estimate/estimate", data={})
    assert response.status_code == 422
    links = summary_links(response.text)
    assert links[:4] == ["issued_on", "patient_name", "patient_dob", "primary_service"]
    for field_id in ("providers-0-name", "providers-0-npi", "providers-0-tin",
                     "providers-0-address", "providers-0-state", "providers-0-lines-0-code"):
        assert field_id in links
    assert not any(link.startswith("providers-1") for link in links)  # empty: left out
    assert 'aria-invalid="true"' in response.text
    assert "Your practice, service 1: Service code: Enter at least one service" in unescape(
        response.text)
    assert "Your practice: State: Choose one from the list." in unescape(response.text)


@pytest.mark.parametrize(("changes", "field_id", "message"), [
    ({"providers-0-npi": "1234567890"}, "providers-0-npi", "Enter the 10-digit NPI"),
    ({"providers-1-tin": "98-76"}, "providers-1-tin", "Enter the 9-digit tax ID"),
    ({"months": "13"}, "months", "Enter a number from 1 to 12."),
    ({"providers-0-lines-1-fee": "150.555"}, "providers-0-lines-1-fee", "two digits"),
    ({"providers-0-lines-1-sessions": "0"}, "providers-0-lines-1-sessions", "from 1 to 366"),
    ({"diagnosis_codes": "anxiety"}, "diagnosis_codes", "anxiety is not an ICD-10"),
    ({"patient_dob": "2027-01-01"}, "patient_dob", "after the date of the estimate"),
    ({"first_date": "2026-03-01"}, "first_date", "before the date of the estimate"),
    ({"providers-1-lines-0-code": "", "providers-1-lines-0-sessions": "",
      "providers-1-lines-0-fee": ""}, "providers-1-lines-0-code", "at least one service"),
])
def test_each_error_is_on_its_field(client, changes, field_id, message):
    response = client.post("/good-faith-estimate/estimate", data={**FORM, **changes})
    assert response.status_code == 422
    assert summary_links(response.text) == [field_id]
    assert message in unescape(response.text)
    assert 'value="Harbor Counseling"' in response.text  # answers kept


@pytest.mark.parametrize("junk", [
    {"months": "abc", "frequency": "<script>", "providers-0-state": "Narnia"},
    {"providers-0-lines-0-sessions": "1e9", "providers-0-lines-0-fee": "NaN"},
    {"providers-9-name": "x", "providers-0-lines-7-code": "90837", "patient_dob": "2026-02-30"},
    {"issued_on": "0000-00-00", "providers-0-lines-0-fee": "1" * 400},
    {"patient_name": "\x00", "providers-": "x", "providers-x-name": "y"},
])
def test_junk_never_gives_a_server_error(client, junk):
    for path in ("/good-faith-estimate/estimate", "/good-faith-estimate/estimate.pdf"):
        response = client.post(path, data={**FORM, **junk})
        assert response.status_code == 422, path


def test_result_page_holds_every_element_and_the_facts_typed(client):
    response = client.post("/good-faith-estimate/estimate", data=FORM)
    assert response.status_code == 200
    page = check_page(response.text)
    assert page.h1 == ["Good Faith Estimate"]
    text = visible_text(response.text)
    for fact in FACTS + DISCLAIMERS:
        assert fact in text, fact
    assert "12 months: from March 9, 2026 through March 8, 2027" in text
    assert "45 CFR 149.610" in text
    for slug in ("good-faith-estimate", "npi", "icd-10-code"):
        assert f'href="/glossary/{slug}"' in response.text


def test_result_page_carries_the_answers_for_the_download(client):
    html = client.post("/good-faith-estimate/estimate", data=FORM).text
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    assert {k: unescape(v) for k, v in hidden.items() if k != "csrf_token"} == FORM
    assert 'action="/good-faith-estimate/estimate.pdf?lang=en"' in html
    assert 'formaction="/good-faith-estimate?lang=en"' in html
    assert ("/good-faith-estimate/dispute?providers-0-name=Harbor+Counseling"
            "&amp;providers-0-estimated=7700.00") in html


def test_nothing_of_another_person_is_shown(client):
    client.post("/good-faith-estimate/estimate", data=FORM)
    other = {**FORM, "patient_name": "Sam Ortiz", "providers-0-name": "Elm Clinic"}
    text = visible_text(client.post("/good-faith-estimate/estimate", data=other).text)
    assert "Sam Ortiz" in text and "Elm Clinic" in text
    assert "Ana Pérez" not in text and "Harbor Counseling" not in text


def test_one_month_and_no_first_date(client):
    data = {**FORM, "months": "1", "first_date": "", "diagnosis_codes": "",
            "separately_scheduled": ""}
    text = visible_text(client.post("/good-faith-estimate/estimate", data=data).text)
    assert "1 month from the first session" in text
    assert "Not scheduled yet" in text and "None given" in text and "None listed." in text


def test_change_the_answers_fills_the_form_again(client):
    response = client.post("/good-faith-estimate", data=FORM)
    assert response.status_code == 200
    assert 'value="Harbor Counseling"' in response.text
    assert '<option selected value="90837">' in response.text
    assert "Psychological testing in May\nA family session</textarea>" in response.text
    assert 'class="error-summary"' not in response.text


def test_pdf_opens_and_holds_the_estimate(client):
    response = client.post("/good-faith-estimate/estimate.pdf", data=FORM)
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert 'attachment; filename="good-faith-estimate.pdf"' == response.headers[
        "Content-Disposition"]
    text = pdf_text(response.data)
    for fact in ["Good Faith Estimate", *FACTS, *DISCLAIMERS]:
        assert fact in text, fact
    assert "50 sessions at $150.00 each: $7,500.00" in text
    assert "1 session at $200.00: $200.00" in text


def test_pdf_in_spanish(client):
    response = client.post("/good-faith-estimate/estimate.pdf?lang=es", data=FORM)
    assert response.status_code == 200
    text = pdf_text(response.data)
    assert "Ana Pérez" in text and "9 de marzo de 2026" in text and "7700,00 US$" in text


def test_spanish_result_page(client):
    response = client.post("/good-faith-estimate/estimate?lang=es", data=FORM)
    assert check_page(response.text).html_lang == "es"
    text = visible_text(response.text)
    assert "8 de marzo de 2027" in text and "8750,50 US$" in text


def test_the_download_works_with_csrf_on(make_app):
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    assert client.post("/good-faith-estimate/estimate", data=FORM).status_code == 400
    form_page = client.get("/good-faith-estimate").text
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form_page).group(1)
    result = client.post("/good-faith-estimate/estimate", data={**FORM, "csrf_token": token})
    assert result.status_code == 200
    hidden = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"',
                             result.text))
    response = client.post("/good-faith-estimate/estimate.pdf",
                           data={k: unescape(v) for k, v in hidden.items()})
    assert response.status_code == 200
    assert "Harbor Counseling" in pdf_text(response.data)


def test_estimator_points_self_pay_people_here(client):
    html = client.get("/estimate/result?deductible=1500&oop_max=5000&coinsurance=20"
                      "&allowed_amount=180&first_date=2026-11-02&self_pay_rate=120").text
    assert 'href="/good-faith-estimate"' in html


# The dispute check -------------------------------------------------------------------------

def dispute(client, billed: str, days_ago: int = 30, lang: str = "en"):
    bill_date = dt.date.today() - dt.timedelta(days=days_ago)
    return client.get("/good-faith-estimate/dispute", query_string={
        "lang": lang, "bill_date": bill_date.isoformat(), "providers-0-name": "Harbor",
        "providers-0-estimated": "1000.00", "providers-0-billed": billed})


@pytest.mark.parametrize("lang", ["en", "es"])
def test_dispute_form_page(client, lang):
    response = client.get(f"/good-faith-estimate/dispute?lang={lang}")
    assert response.status_code == 200
    assert check_page(response.text).html_lang == lang
    assert 'id="providers-2-billed"' in response.text
    assert "Your answer" not in response.text


@pytest.mark.parametrize(("billed", "answer", "over"), [
    ("1399.99", "No. No provider billed $400.00 or more", "$399.99"),
    ("1400.00", "Yes, you can dispute it.", "$400.00"),
    ("1400.01", "Yes, you can dispute it.", "$400.01"),
])
def test_dispute_threshold_through_the_web(client, billed, answer, over):
    response = dispute(client, billed)
    assert response.status_code == 200
    text = visible_text(response.text)
    assert answer in text
    assert f"$1,000.00 ${billed[0]},{billed[1:]} {over}" in text
    assert ("Pay the $25.00 fee" in text) is (answer.startswith("Yes"))


@pytest.mark.parametrize(("days_ago", "answer", "when"), [
    (119, "Yes, you can dispute it.", "1 day left."),
    (120, "Yes, you can dispute it.", "Today is the last day."),
    (121, "Too late to dispute.", "That day has passed."),
])
def test_dispute_window_through_the_web(client, days_ago, answer, when):
    text = visible_text(dispute(client, "1500.00", days_ago).text)
    last_day = dt.date.today() + dt.timedelta(days=120 - days_ago)
    assert answer in text and when in text
    assert f"The last day to start a dispute is {last_day:%B} {last_day.day}, " in text


def test_dispute_per_provider(client):
    bill_date = (dt.date.today() - dt.timedelta(days=5)).isoformat()
    text = visible_text(client.get("/good-faith-estimate/dispute", query_string={
        "bill_date": bill_date, "providers-0-estimated": "1000", "providers-0-billed": "1300",
        "providers-1-estimated": "500", "providers-1-billed": "800"}).text)
    assert "No. No provider billed" in text
    assert "Provider 1 $1,000.00 $1,300.00 $300.00 No" in text
    assert "Provider 2 $500.00 $800.00 $300.00 No" in text


@pytest.mark.parametrize(("query", "field_id", "message"), [
    ({"bill_date": ""}, "bill_date", "Enter a value."),
    ({"bill_date": "2099-01-01"}, "bill_date", "This date is in the future."),
    ({"bill_date": "13/01/2026"}, "bill_date", "Enter a real date"),
    ({"providers-0-billed": "lots"}, "providers-0-billed", "Enter an amount in dollars"),
    ({"providers-0-estimated": "", "providers-0-billed": ""}, "providers-0-estimated",
     "Enter a value."),
])
def test_dispute_errors(client, query, field_id, message):
    base = {"bill_date": "2026-01-05", "providers-0-estimated": "1000",
            "providers-0-billed": "1500"}
    response = client.get("/good-faith-estimate/dispute", query_string={**base, **query})
    assert response.status_code == 422
    assert summary_links(response.text) == [field_id]
    assert message in unescape(response.text)


def test_dispute_junk_never_gives_a_server_error(client):
    response = client.get("/good-faith-estimate/dispute?bill_date=%00&providers-99-name=x"
                          "&providers-0-estimated=1e999&providers--1-billed=3")
    assert response.status_code == 422
