"""/prior-authorization: steps, checklist, decision times, phone script and errors."""

from __future__ import annotations

import datetime as dt

import pytest

from benefits.appeals.plan_types import PlanType
from benefits.appeals.prior_auth import Service
from tests.pagecheck import check_page

URL = "/prior-authorization"


def page(client, lang="en", **args):
    query = "&".join(f"{k}={v}" for k, v in {"lang": lang, **args}.items())
    return client.get(f"{URL}?{query}")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_empty_form(client, lang):
    response = page(client, lang)
    assert response.status_code == 200
    assert check_page(response.text).html_lang == lang
    assert 'id="service"' in response.text and 'id="plan_type"' in response.text
    assert "error-summary" not in response.text
    assert 'href="/glossary/preauthorization"' in response.text


def test_weekly_therapy_on_an_employer_plan(client):
    response = page(client, service="weekly_therapy", plan_type="employer_self_funded",
                    request_date="2026-03-02")
    assert response.status_code == 200
    html = response.text
    # 2 March + 15 days = 17 March; + 30 with the extension = 1 April; 72 hours = 5 March.
    for due in ("March 17, 2026", "April 1, 2026", "March 5, 2026"):
        assert due in html
    assert "Checklist: Weekly therapy" in html
    assert "The diagnosis code from your provider" in html
    assert "I am calling about prior authorization" in html
    assert "comparative analysis" in html  # the parity angle for routine therapy
    assert "1-866-444-3272" in html  # EBSA for a self-funded plan
    assert "90834" in html


def test_medicare_advantage_uses_the_2026_rule(client):
    html = page(client, service="intensive_outpatient", plan_type="medicare_advantage",
                request_date="2026-03-02").text
    assert "March 9, 2026" in html and "March 5, 2026" in html  # 7 days; 72 hours
    assert "CMS-0057-F" in html
    assert "Is the rule fair?" not in html  # no federal parity law for Medicare
    assert "1-800-MEDICARE" in html


def test_original_medicare_has_no_decision_time(client):
    html = page(client, service="tms", plan_type="original_medicare").text
    assert "Our sources set no decision time for Original Medicare." in html


def test_date_defaults_to_today(client):
    html = page(client, service="aba", plan_type="individual").text
    today = dt.date.today()
    assert f"{today:%B} {today.day}, {today.year}" in html


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("service", list(Service))
def test_every_service_renders(client, service, lang):
    response = page(client, lang, service=service.value, plan_type="medicaid_managed_care",
                    request_date="2026-01-31")
    assert response.status_code == 200
    assert "2026" in response.text


@pytest.mark.parametrize("plan", list(PlanType))
def test_every_plan_type_renders(client, plan):
    response = page(client, service="residential", plan_type=plan.value)
    assert response.status_code == 200


@pytest.mark.parametrize(("args", "field", "message"), [
    ({"service": "", "plan_type": "individual"}, "service", "Choose the care."),
    ({"service": "tms", "plan_type": ""}, "plan_type", "Choose your kind of plan."),
    ({"plan_type": "individual"}, "service", "Choose the care."),
    ({"service": "massage", "plan_type": "individual"}, "service",
     "Choose one of the kinds of care in the list."),
    ({"service": "tms", "plan_type": "tricare"}, "plan_type",
     "Choose one of the kinds of plan in the list."),
    ({"service": "tms", "plan_type": "individual", "request_date": "03/02/2026"},
     "request_date", "Write the date as YYYY-MM-DD"),
    ({"service": "tms", "plan_type": "individual", "request_date": "2026-02-30"},
     "request_date", "This date does not exist."),
    # Only spaces: stripped to nothing, so no choice (this was a server error).
    ({"service": "%20%09", "plan_type": "individual"}, "service", "Choose the care."),
    ({"service": "tms", "plan_type": "%0A"}, "plan_type", "Choose your kind of plan."),
])
def test_errors_are_summarised_and_linked(client, args, field, message):
    response = page(client, **args)
    assert response.status_code == 422
    assert "error-summary" in response.text
    assert f'href="#{field}"' in response.text
    assert message in response.text
    assert "Checklist:" not in response.text
