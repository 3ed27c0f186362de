"""/front-desk: the code picker, the explainer tables and the claim check, without JavaScript."""

from __future__ import annotations

import pytest

from tests.pagecheck import check_page
from tests.text import visible_text

ISSUE_FORM = {"date_of_service": "2026-03-02", "payer_type": "commercial",
              "npi": "1234567893", "place_of_service": "10", "diagnoses": "F41.1",
              "lines-0-code": "90837", "lines-0-minutes": "45"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_empty_page(client, lang):
    response = client.get(f"/front-desk?lang={lang}")
    assert response.status_code == 200
    page = check_page(response.text)
    assert page.html_lang == lang
    html = response.text
    for heading in ("picker-heading", "check-heading", "explainer-heading"):
        assert f'id="{heading}"' in html
    assert html.count('name="lines-') == 6 * 4  # six rows of code, units, modifiers, minutes
    assert 'action="/front-desk/check#check-result" method="post"' in html


@pytest.mark.parametrize("query", ["", "?minutes=45&kind=individual"])
def test_no_check_result_before_a_claim_is_checked(client, query):
    # The result box once said "No problems found." on a page where nothing was checked.
    html = client.get(f"/front-desk{query}").text
    assert "What the check found" not in html and "No problems found." not in html


def test_the_explainer_tables(client):
    words = visible_text(client.get("/front-desk").text)
    for fact in ("02 Telehealth, patient not at home", "10 Telehealth, patient at home",
                 "95 Live video and audio", "93 Live audio only (phone)", "FQ Audio only",
                 "GT Live video and audio (older modifier)",
                 "AJ Service by a clinical social worker",
                 "HO Clinician with a master's degree", "Check the payer's rules.",
                 "Medicaid Varies by state"):
        assert fact in words, fact
    assert 'href="https://med.noridianmedicare.com/' in client.get("/front-desk").text


@pytest.mark.parametrize(("query", "answer"), [
    ("minutes=45&kind=individual", "Code: 90834"),
    ("minutes=90&kind=crisis", "Code: 90839 + 90840"),
    ("minutes=91&kind=testing_evaluation", "Code: 96130 + 96131"),
    ("minutes=10&kind=individual", "No session code can be billed."),
])
def test_the_code_picker(client, query, answer):
    response = client.get(f"/front-desk?{query}")
    assert response.status_code == 200
    assert answer in response.text
    assert "Source:" in response.text


def test_the_code_picker_says_what_is_wrong(client):
    response = client.get("/front-desk?minutes=abc&kind=individual&lang=es")
    assert response.status_code == 422
    assert 'href="#minutes"' in response.text


def check(client, form: dict, **kwargs):
    return client.post("/front-desk/check", data=form, **kwargs)


def test_the_done_when_claim_shows_both_problems(client):
    response = check(client, ISSUE_FORM)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    words = visible_text(response.text)
    assert "Errors: 1. Warnings: 1." in words
    assert ("Error · Line 1 · 90837 45 minutes of therapy is billed as 90834, not 90837. "
            "How to fix it: Change the code to 90834") in words
    assert ("Warning · Line 1 · 90837 Place of service 10 means telehealth, but this line "
            "has no telehealth modifier.") in words
    assert 'value="90837"' in response.text  # the form keeps what was typed


def test_a_clean_claim(client):
    form = {**ISSUE_FORM, "lines-0-code": "90834", "lines-0-modifiers": "95"}
    words = visible_text(check(client, form).text)
    assert "No problems found." in words


def test_problems_are_numbered_by_the_row_they_came_from(client):
    form = {**ISSUE_FORM, "lines-0-code": "", "lines-0-minutes": "", "lines-1-code": "90834",
            "lines-1-minutes": "45", "lines-1-modifiers": "95", "lines-3-code": "90785",
            "lines-3-modifiers": "95, HO"}
    words = visible_text(check(client, form).text)
    assert "Warning · Line 4 · 90785 HO is a program or clinician modifier" in words
    assert "Line 2" not in words.split("What the check found")[1].split("Date of service")[0]


def test_every_kind_of_problem_on_one_claim(client):
    form = {**ISSUE_FORM, "npi": "1234567890", "diagnoses": "E11.9; 41.1",
            "lines-0-code": "90839", "lines-0-minutes": "60", "lines-0-modifiers": "95 93",
            "lines-1-code": "90785", "lines-2-code": "90832", "lines-2-minutes": "20",
            "lines-2-modifiers": "95", "lines-2-units": "2"}
    response = check(client, form)
    assert response.status_code == 200
    words = visible_text(response.text)
    for found in ("1234567890 is not a valid NPI", "41.1 is not an ICD-10-CM code",
                  "None of the diagnosis codes (E11.9) is a mental-health code",
                  "90785 cannot be billed with 90839",
                  "90839 and 90832 are not billed for the same day",
                  "This line has both 95 (video) and 93 (audio only).",
                  "90832 is billed once, with 1 unit, but this line has 2 units."):
        assert found in words, found


def test_a_blank_claim_lists_what_is_missing(client):
    response = check(client, {"payer_type": "commercial", "place_of_service": "11"})
    assert response.status_code == 422
    html = response.text
    assert 'href="#date_of_service"' in html and 'href="#lines-0-code"' in html
    assert "Enter at least one line with a code." in html
    assert "What the check found" not in html


def test_row_errors_link_to_the_field(client):
    form = {**ISSUE_FORM, "lines-2-units": "2", "lines-4-code": "90834",
            "lines-4-minutes": "about 45", "lines-4-modifiers": "959"}
    response = check(client, form)
    assert response.status_code == 422
    html = response.text
    words = visible_text(html)
    assert 'href="#lines-2-code"' in html
    assert "Line 3, code: Enter the code for this line, or clear the line." in words
    assert 'href="#lines-4-minutes"' in html and "Line 5, minutes: Enter a whole number." in words
    assert 'href="#lines-4-modifiers"' in html
    assert 'id="lines-4-minutes" aria-describedby="lines-4-minutes-error"' in html or \
        'aria-describedby="lines-4-minutes-error"' in html


def test_bad_top_fields(client):
    form = {**ISSUE_FORM, "date_of_service": "2026-02-30", "place_of_service": "1"}
    response = check(client, form)
    assert response.status_code == 422
    words = visible_text(response.text)
    assert "Date of service: Enter a real date" in words
    assert "Place of service: Enter the 2-digit place of service" in words


def test_spanish_result_page(client):
    response = check(client, ISSUE_FORM, headers={"Accept-Language": "es"})
    assert response.status_code == 200
    assert check_page(response.text).html_lang == "es"


def test_the_check_needs_its_csrf_token(make_app):
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    response = check(client, ISSUE_FORM)
    assert response.status_code == 400
    assert "What the check found" not in response.text
    page = client.get("/front-desk").text
    assert page.count('name="csrf_token"') == 1


def test_the_batch_section_links_the_upload(client):
    html = client.get("/front-desk").text
    assert 'id="batch"' in html and 'href="/front-desk/batch"' in html


def test_the_home_page_offers_the_front_desk(client):
    html = client.get("/").text
    assert 'href="/front-desk"' in html and "Front desk: codes and claim checks" in html


@pytest.mark.parametrize(("changes", "field"), [
    # "²" passes str.isdigit() but int() refuses it, as it refuses 5,000 digits.
    ({"lines-0-minutes": "²"}, "lines-0-minutes"),
    ({"lines-0-units": "²"}, "lines-0-units"),
    ({"lines-0-minutes": "1" * 5000}, "lines-0-minutes"),
])
def test_odd_digits_are_field_errors_not_500(client, changes, field):
    response = check(client, {**ISSUE_FORM, **changes})
    assert response.status_code == 422
    assert f'href="#{field}"' in response.text


def test_an_npi_with_an_odd_digit_is_a_problem_not_a_500(client):
    response = check(client, {**ISSUE_FORM, "npi": "123456789²"})
    assert response.status_code == 200
    assert "is not a valid NPI" in visible_text(response.text)
