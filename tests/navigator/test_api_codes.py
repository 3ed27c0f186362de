"""GET /api/v1/codes/psychotherapy and POST /api/v1/claims/check: answers, languages, 422s."""

from __future__ import annotations

import json

import pytest

ISSUE_CLAIM = {
    "date": "2026-03-02", "payer_type": "commercial", "npi": "1234567893",
    "place_of_service": "10", "diagnoses": ["F41.1"],
    "lines": [{"code": "90837", "units": 1, "modifiers": [], "minutes": 45}],
}


def codes(client, query: str, **kwargs):
    return client.get(f"/api/v1/codes/psychotherapy?{query}", **kwargs)


def test_the_issue_example(client):
    response = codes(client, "minutes=45&kind=individual")
    assert response.status_code == 200
    body = response.json
    assert body["codes"] == [{"code": "90834", "units": 1}]
    assert body["explanation"].startswith("45 minutes is in the 38 to 52 minute range")
    assert body["source"]["url"].startswith("https://www.novitas-solutions.com/")


@pytest.mark.parametrize(("query", "expected"), [
    ("minutes=15&kind=individual", []),  # under the minimum
    ("minutes=16&kind=individual", [{"code": "90832", "units": 1}]),
    ("minutes=53&kind=individual", [{"code": "90837", "units": 1}]),
    ("minutes=40&kind=with_em", [{"code": "90836", "units": 1}]),
    ("minutes=29&kind=crisis", [{"code": "90832", "units": 1}]),
    ("minutes=105&kind=crisis", [{"code": "90839", "units": 1}, {"code": "90840", "units": 2}]),
    ("minutes=25&kind=family_without_patient", []),
    ("minutes=26&kind=family_with_patient", [{"code": "90847", "units": 1}]),
    ("minutes=90&kind=group", [{"code": "90853", "units": 1}]),
    ("minutes=46&kind=testing_by_technician", [{"code": "96138", "units": 1},
                                               {"code": "96139", "units": 1}]),
    ("minutes=45", [{"code": "90834", "units": 1}]),  # individual unless told
])
def test_codes_for_each_kind(client, query, expected):
    body = codes(client, query).json
    assert body["codes"] == expected
    assert body["explanation"]


def test_under_the_minimum_says_why(client):
    body = codes(client, "minutes=10&kind=individual").json
    assert body == {"codes": [], "explanation": body["explanation"], "source": body["source"]}
    assert "too short" in body["explanation"] and "16" in body["explanation"]


def test_explanation_follows_the_language(client):
    spanish = codes(client, "minutes=45&kind=individual&lang=es").json["explanation"]
    assert spanish.startswith("Una sesión de 45 minutos está en el rango de 38 a 52 minutos")


@pytest.mark.parametrize(("query", "fields"), [
    ("kind=individual", ["minutes"]),
    ("minutes=&kind=individual", ["minutes"]),
    ("minutes=abc&kind=individual", ["minutes"]),
    ("minutes=-1&kind=individual", ["minutes"]),
    ("minutes=45.5&kind=individual", ["minutes"]),
    ("minutes=481&kind=individual", ["minutes"]),
    ("minutes=45&kind=couples", ["kind"]),
    ("minutes=x&kind=", ["minutes", "kind"]),
])
def test_bad_queries_are_422_problems(client, query, fields):
    response = codes(client, query)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert [error["field"] for error in response.json["errors"]] == fields


def check(client, body, **kwargs):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post("/api/v1/claims/check", data=data, content_type="application/json",
                       **kwargs)


def test_the_done_when_claim_has_two_problems(client):
    response = check(client, ISSUE_CLAIM)
    assert response.status_code == 200
    problems = response.json["problems"]
    assert [(p["line"], p["code"], p["severity"], p["rule"]) for p in problems] == [
        (1, "90837", "error", "code_minutes_mismatch"),
        (1, "90837", "warning", "telehealth_modifier_missing")]
    assert problems[0]["message"] == "45 minutes of therapy is billed as 90834, not 90837."
    assert problems[0]["fix"] == ("Change the code to 90834, or correct the minutes if they "
                                  "are wrong.")
    assert set(problems[0]) == {"line", "code", "severity", "rule", "message", "fix", "source"}


def test_a_clean_claim_has_no_problems(client):
    claim = {**ISSUE_CLAIM, "lines": [{"code": "90834", "modifiers": ["95"], "minutes": 45}]}
    assert check(client, claim).json == {"problems": []}


def test_messages_follow_the_language(client):
    claim = {**ISSUE_CLAIM, "date": "2021-06-01",
             "lines": [{"code": "90834", "modifiers": ["95"], "minutes": 45}]}
    [problem] = check(client, claim, headers={"Accept-Language": "es"}).json["problems"]
    assert "1 de junio de 2021" in problem["message"]
    body = {**ISSUE_CLAIM, "lines": [{"code": "90834", "units": 0}]}
    [error] = check(client, body, headers={"Accept-Language": "es"}).json["errors"]
    assert "Escriba un número de 1 a 99." in error["message"]


def test_claim_wide_problems_have_no_line(client):
    claim = {**ISSUE_CLAIM, "npi": "1234567890", "diagnoses": []}
    problems = check(client, claim).json["problems"]
    assert [(p["line"], p["code"], p["rule"]) for p in problems[:2]] == [
        (None, None, "npi_invalid"), (None, None, "diagnosis_missing")]
    assert "1234567890" in problems[0]["message"]


def test_dates_in_messages_are_written_out(client):
    claim = {**ISSUE_CLAIM, "date": "2021-06-01",
             "lines": [{"code": "90834", "modifiers": ["95"], "minutes": 45}]}
    [problem] = check(client, claim).json["problems"]
    assert problem["rule"] == "pos_10_before_2022"
    assert "January 1, 2022" in problem["message"] and "June 1, 2021" in problem["message"]


@pytest.mark.parametrize(("body", "fields"), [
    ({}, ["date", "payer_type", "place_of_service", "lines"]),
    ({**ISSUE_CLAIM, "lines": [{"code": "9083", "units": 0}]},
     ["lines[0].code", "lines[0].units"]),
    ({**ISSUE_CLAIM, "diagnoses": "F41.1", "payer_type": "tricare"},
     ["payer_type", "diagnoses"]),
    ([ISSUE_CLAIM], [""]),
])
def test_malformed_claims_are_422_naming_the_fields(client, body, fields):
    response = check(client, body)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    errors = response.json["errors"]
    assert [error["field"] for error in errors] == fields
    assert all(error["message"] for error in errors)


def test_error_messages_name_the_line(client):
    body = {**ISSUE_CLAIM, "lines": [ISSUE_CLAIM["lines"][0], {"code": "90785", "units": 0}]}
    [error] = check(client, body).json["errors"]
    assert error == {"field": "lines[1].units",
                     "message": "Line 2, units: Enter a number from 1 to 99."}


@pytest.mark.parametrize("body", ["{not json", b"\xff\xfe", ""])
def test_unreadable_json_is_400(client, body):
    response = check(client, body)
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"


# --- Regressions: input that once gave a 500 ------------------------------------------------

@pytest.mark.parametrize(("line", "field", "message"), [
    # "²" passes str.isdigit() but int() refuses it.
    ({"code": "90837", "minutes": "²"}, "lines[0].minutes", "Enter a whole number."),
    ({"code": "90837", "units": "²"}, "lines[0].units", "Enter a whole number."),
    # More digits than int() converts by default.
    ({"code": "90837", "minutes": "1" * 5000}, "lines[0].minutes",
     "Use 30 characters or fewer, with no exponent, like 12 or 1500.00."),
    ({"code": "90837", "units": "9" * 30}, "lines[0].units", "Enter a number from 1 to 99."),
])
def test_odd_digits_are_422_not_500(client, line, field, message):
    response = check(client, {**ISSUE_CLAIM, "lines": [line]})
    assert response.status_code == 422
    [error] = response.json["errors"]
    assert error["field"] == field and error["message"].endswith(message)


def test_an_npi_with_an_odd_digit_is_a_problem_not_a_500(client):
    response = check(client, {**ISSUE_CLAIM, "npi": "123456789²"})
    assert response.status_code == 200
    assert "npi_invalid" in [p["rule"] for p in response.json["problems"]]


def test_a_json_number_too_long_to_convert_is_named(client):
    """Issue 13: refused by its field, before it is converted (once a 400 for the body)."""
    body = '{"date": "2026-03-02", "lines": [{"code": "90837", "minutes": 1' + "0" * 5000 + "}]}"
    response = check(client, body)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert "lines[0].minutes" in [e["field"] for e in response.json["errors"]]
