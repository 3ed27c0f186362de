"""Pages that show dated figures and rules: their year, and the rules of 1 January 2027."""

from __future__ import annotations

from tests.navigator.test_appeal_views import CASE
from tests.navigator.test_estimate_views import result
from tests.text import visible_text


def test_medicare_advantage_appeal_shows_65_days_from_the_notice(client):
    answers = {**CASE, "plan_type": "medicare_advantage", "reason": "not_covered",
               "final_denial_received_date": ""}
    html = client.post("/appeal?lang=en", data=answers).text
    text = visible_text(html)
    # The notice is dated 27 February 2026 (it arrived 2 March): + 65 days = 3 May 2026.
    assert "May 3, 2026" in text and "May 6, 2026" not in text and "May 1, 2026" not in text
    assert "65 days" in text and "422.582" in text


def test_medicaid_coverage_ended_result_explains_renewals_and_retroactive_coverage(client):
    answers = {**CASE, "plan_type": "medicaid_managed_care", "reason": "coverage_ended",
               "codes": "CO-27", "final_denial_received_date": ""}
    text = visible_text(client.post("/appeal?lang=en", data=answers).text)
    assert "renew every 6 months" in text and "It used to be 3 months." in text


def test_prior_authorization_page_lists_the_2026_rights_for_medicare_advantage(client):
    html = client.get("/prior-authorization", query_string={
        "service": "weekly_therapy", "plan_type": "medicare_advantage",
        "request_date": "2026-03-02"}).text
    text = visible_text(html)
    assert "Your rights under the 2026 prior authorization rule" in text
    assert "specific reason" in text and "March 31, 2026" in text


def test_employer_plans_get_no_cms_rights_section(client):
    html = client.get("/prior-authorization", query_string={
        "service": "weekly_therapy", "plan_type": "employer_self_funded"}).text
    assert "Your rights under the 2026 prior authorization rule" not in html


def test_the_benefits_page_says_the_medicare_price_is_from_another_year(client):
    # The packaged prices are CY2025; this test runs after 2025.
    text = visible_text(client.get("/benefits/sample/original-medicare").text)
    assert "Medicare's 2025 national price" in text
    assert "That is Medicare's price for 2025, not for this year" in text


def test_the_estimate_says_when_the_medicare_price_is_from_another_year(client):
    html = result(client, allowed_amount="", first_date="2025-12-22", count="3").text
    text = visible_text(html)
    assert "Medicare's 2025 national price" in text
    # 22 and 29 December 2025, then 5 January 2026: one session is outside 2025.
    assert "That is Medicare's price for 2025." in text
    inside = visible_text(result(client, allowed_amount="", first_date="2025-12-01",
                                 count="3").text)
    assert "Medicare's 2025 national price" in inside
    assert "That is Medicare's price for 2025." not in inside
