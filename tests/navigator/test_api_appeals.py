"""POST /api/v1/appeals/deadlines: the issue's example, every field's errors, both languages."""

from __future__ import annotations

import pytest

URL = "/api/v1/appeals/deadlines"
EXAMPLE = {"plan_type": "employer_self_funded", "received_date": "2026-03-02",
           "kind": "post_service", "urgent": False, "appeal_filed_date": None,
           "final_denial_received_date": None}


def post(client, body, lang="en"):
    return client.post(f"{URL}?lang={lang}", json=body)


def test_the_issue_example(client):
    response = post(client, EXAMPLE)
    assert response.status_code == 200
    deadlines = response.get_json()["deadlines"]
    assert deadlines == [{
        "step": "internal_appeal", "due_date": "2026-08-29",
        "rule": "You have 180 days from the day you got the denial notice to appeal to the "
                "plan. We counted 180 calendar days from that day.",
        "source": "U.S. Department of Labor: questions and answers on the claims and appeals "
                  "rule (29 CFR 2560.503-1)",
        "source_url": "https://dol.gov/agencies/ebsa/about-ebsa/our-activities/"
                      "resource-center/faqs/benefit-claims-procedure-regulation"}]


def test_every_date_given(client):
    body = {**EXAMPLE, "appeal_filed_date": "2026-04-01",
            "final_denial_received_date": "2026-05-20"}
    deadlines = post(client, body).get_json()["deadlines"]
    assert [(d["step"], d["due_date"]) for d in deadlines] == [
        ("internal_appeal", "2026-08-29"), ("appeal_decision", "2026-05-31"),
        ("external_review", "2026-09-21"), ("external_review_decision", "2026-11-05")]
    assert {"step", "due_date", "rule", "source", "source_url"} == set(deadlines[0])


def test_urgent_and_optional_fields_left_out(client):
    body = {"plan_type": "medicaid_managed_care", "received_date": "2026-03-02",
            "kind": "pre_service", "urgent": True, "appeal_filed_date": "2026-03-10"}
    deadlines = post(client, body).get_json()["deadlines"]
    assert [(d["step"], d["due_date"]) for d in deadlines] == [
        ("internal_appeal", "2026-05-01"), ("expedited_appeal_decision", "2026-03-13")]


def test_medicare_levels(client):
    body = {**EXAMPLE, "plan_type": "original_medicare", "appeal_filed_date": "2026-04-01",
            "final_denial_received_date": "2026-05-20"}
    steps = [d["step"] for d in post(client, body).get_json()["deadlines"]]
    assert steps == ["redetermination", "redetermination_decision", "qic_reconsideration"]


def test_spanish_uses_the_catalog_when_there_is_one(client):
    response = post(client, EXAMPLE, lang="es")
    assert response.status_code == 200
    assert response.get_json()["deadlines"][0]["due_date"] == "2026-08-29"


@pytest.mark.parametrize(("change", "field"), [
    ({"plan_type": "tricare"}, "plan_type"),
    ({"plan_type": 7}, "plan_type"),
    ({"kind": "urgent"}, "kind"),
    ({"received_date": "03/02/2026"}, "received_date"),
    ({"received_date": "2026-02-30"}, "received_date"),
    ({"received_date": "20260302"}, "received_date"),
    ({"received_date": 20260302}, "received_date"),
    ({"received_date": "0001-01-01"}, "received_date"),
    ({"appeal_filed_date": "2026-13-01"}, "appeal_filed_date"),
    ({"final_denial_received_date": "soon"}, "final_denial_received_date"),
    ({"urgent": "yes"}, "urgent"),
    ({"appeal_filed_date": "2026-03-01"}, "appeal_filed_date"),  # before the notice
    ({"appeal_filed_date": "2026-05-01", "final_denial_received_date": "2026-04-01"},
     "final_denial_received_date"),
    ({"urgent": True}, "urgent"),  # urgent with a post-service claim
    # Lists and objects where a single value belongs.
    ({"received_date": ["2026-03-02"]}, "received_date"),
    ({"plan_type": ["individual"]}, "plan_type"),
    ({"kind": {"post_service": True}}, "kind"),
    ({"urgent": [False]}, "urgent"),
])
def test_bad_values_give_422_naming_the_field(client, change, field):
    response = post(client, {**EXAMPLE, **change})
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    problem = response.get_json()
    assert problem["status"] == 422
    assert [e["field"] for e in problem["errors"]] == [field]
    assert problem["errors"][0]["message"]


@pytest.mark.parametrize("day", ["٢٠٢٦-٠٣-٠٢", "２０２６-０３-０２"])
def test_digits_of_other_scripts_are_a_format_problem(client, day):
    """Not "this date does not exist": the date may exist, written in other digits."""
    response = post(client, {**EXAMPLE, "received_date": day})
    assert response.status_code == 422
    assert response.get_json()["errors"] == [{
        "field": "received_date",
        "message": "Write the date as YYYY-MM-DD, for example 2026-03-02."}]


def test_missing_fields_are_each_named(client):
    response = post(client, {})
    assert response.status_code == 422
    assert [e["field"] for e in response.get_json()["errors"]] == [
        "plan_type", "received_date", "kind"]


@pytest.mark.parametrize("data", [b"{not json", b"[1, 2]", b"\xff\xfe", b"", b"null"])
def test_bad_json_gives_422(client, data):
    response = client.post(URL, data=data, content_type="application/json")
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert response.get_json()["errors"][0]["field"] == ""


def test_get_is_not_allowed(client):
    assert client.get(URL).status_code == 405
