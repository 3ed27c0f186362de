"""Issue 13: every number is measured before it is converted, in JSON and in forms.

Before, `"count": 1e1000000` in a 276-byte POST /api/v1/estimate made the reader build a
million-digit integer (the worker froze until gunicorn killed it after 30 s); `1e100000`
took 0.84 s here (3 s in the issue's run); a 309-digit number in a form was a 500.
"""

from __future__ import annotations

import copy
import json
import time
from typing import Any

import pytest

from benefits.fields import MAX_NUMBER_TEXT
from navigator.core.problems import MAX_JSON_DEPTH
from navigator.core.wording import PROBLEMS
from tests.benefits.test_estimate_input import GOOD
from tests.navigator.test_estimate_views import EXAMPLE

NUMBER_PATHS = ["sessions.count", "sessions.every_days", "plan.visit_limit.visits",
                "plan.visit_limit.used", "service.allowed_amount", "service.billed_amount",
                "self_pay_rate", "plan.in_network.deductible", "plan.in_network.deductible_met",
                "plan.in_network.oop_max", "plan.in_network.oop_met", "plan.in_network.copay",
                "plan.in_network.coinsurance"]
NINES = "9" * 100_000
# Raw JSON text: a literal the parser sees as a number, or the same digits as a string.
HUGE = {"1e1000000": "1e1000000", "1e100000": "1e100000", "nines": NINES,
        "nines as text": json.dumps(NINES), "long exponent": "1e" + "9" * 50}
MARK = "__NUMBER__"


def raw_request(path: str, literal: str) -> str:
    body: dict[str, Any] = copy.deepcopy(GOOD)
    body["plan"]["visit_limit"] = {"visits": 20, "used": 0}
    *parents, last = path.split(".")
    target: dict[str, Any] = body
    for key in parents:
        target = target[key]
    target[last] = MARK
    return json.dumps(body).replace(json.dumps(MARK), literal)


@pytest.mark.parametrize("path", NUMBER_PATHS)
@pytest.mark.parametrize("literal", HUGE.values(), ids=HUGE.keys())
def test_a_huge_number_is_refused_by_name_at_once(client, path, literal):
    raw = raw_request(path, literal)
    # Warm up first: the timing is of reading the number, not of the app's first request.
    client.post("/api/v1/estimate", data=raw_request(path, '"x"'), content_type="application/json")
    start = time.perf_counter()
    response = client.post("/api/v1/estimate", data=raw, content_type="application/json")
    elapsed = time.perf_counter() - start
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    fields = {error["field"]: error["message"] for error in response.json["errors"]}
    assert path in fields and "too long" in fields[path]
    assert elapsed < 1.0


def test_a_number_of_usual_length_still_works(client):
    raw = raw_request("sessions.count", "12")
    response = client.post("/api/v1/estimate", data=raw, content_type="application/json")
    assert response.status_code == 200
    assert len(response.json["sessions"]) == 12


def test_the_message_names_the_limit_the_code_uses():
    assert f"Use {MAX_NUMBER_TEXT} characters" in PROBLEMS["number_too_long"]


@pytest.mark.parametrize(("value", "code"), [
    (90837, "not_text"), (["90837"], "not_text"), ("90837\x00", "nul_character")])
def test_a_session_code_must_be_text(client, value, code):
    body = copy.deepcopy(GOOD)
    body["service"] |= {"code": value, "npi": "1234567893"}
    del body["service"]["allowed_amount"]
    response = client.post("/api/v1/estimate", json=body)
    assert response.status_code == 422
    message = {e["field"]: e["message"] for e in response.json["errors"]}["service.code"]
    assert message.endswith(PROBLEMS[code])


def test_nul_in_the_network_or_npi_never_reaches_the_database(client):
    body = copy.deepcopy(GOOD)
    body["service"] = {"code": "90837", "npi": "12345\x0067893", "network": "a\x00"}
    response = client.post("/api/v1/estimate", json=body)
    assert response.status_code == 422
    assert {e["field"] for e in response.json["errors"]} == {"service.npi", "service.network"}


@pytest.mark.parametrize(("depth", "status"), [(MAX_JSON_DEPTH, 422), (MAX_JSON_DEPTH + 1, 400),
                                               (100_000, 400)])
def test_json_nesting_is_bounded(client, depth, status):
    raw = '{"service": ' + "[" * (depth - 1) + "]" * (depth - 1) + "}"
    start = time.perf_counter()
    response = client.post("/api/v1/estimate", data=raw, content_type="application/json")
    assert response.status_code == status
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(client, constant):
    raw = json.dumps(GOOD).replace('"180.00"', constant)
    response = client.post("/api/v1/estimate", data=raw, content_type="application/json")
    assert response.status_code == 400


# Forms -------------------------------------------------------------------------------------

@pytest.mark.parametrize("field", ["count", "every_days", "visit_limit", "visits_used",
                                   "plan_year_day"])
@pytest.mark.parametrize("digits", [31, 309, 5000, 100_000])
def test_a_huge_integer_in_the_estimate_form_is_a_field_error(client, field, digits):
    client.get("/estimate/result", query_string={**EXAMPLE, field: "x"})  # loads the templates
    start = time.perf_counter()
    response = client.get("/estimate/result", query_string={**EXAMPLE, field: "9" * digits})
    assert time.perf_counter() - start < 2.0  # one page render, even on a busy machine
    assert response.status_code == 422
    assert "This number is too long" in response.text
    assert 'class="error-summary"' in response.text or "error-summary" in response.text


@pytest.mark.parametrize(("url", "field"), [
    ("/estimate/session-code", "minutes"), ("/front-desk", "minutes"),
    ("/benefits/summary", "visit_limit")])
def test_a_309_digit_integer_elsewhere_is_a_field_error(client, url, field):
    response = client.get(url, query_string={"kind": "individual", field: "9" * 309})
    assert response.status_code in (200, 422)
    assert "This number is too long" in response.text


@pytest.mark.parametrize("value", ["abc", "13", "", "1.5", "\x00"])
def test_an_unknown_plan_year_month_is_a_field_error(client, value):
    response = client.get("/estimate/result", query_string={**EXAMPLE, "plan_year_month": value})
    assert response.status_code == 422
    assert "error-summary" in response.text


@pytest.mark.parametrize(("field", "value"), [("plan_type", ""), ("plan_type", "nope"),
                                              ("plan_year_month", "abc")])
def test_an_unknown_choice_in_the_benefits_form_is_a_field_error(client, field, value):
    response = client.get("/benefits/summary", query_string={
        "plan_type": "individual", "cost_type": "copay", "copay": "50", field: value})
    assert response.status_code == 422
    assert "error-summary" in response.text


def test_nul_in_a_text_field_is_a_field_error(client):
    response = client.get("/network", query_string={"q": "harbor\x00"})
    assert response.status_code == 422
    assert "Remove the hidden NUL character from this text." in response.text
