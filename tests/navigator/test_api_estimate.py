"""POST /api/v1/estimate: the issue's example, its defaults, and every kind of bad input."""

from __future__ import annotations

import copy
import json

import pytest

from tests.benefits.test_estimate_input import GOOD


def post(client, body, **kwargs):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post("/api/v1/estimate", data=data, content_type="application/json",
                       **kwargs)


def test_the_issue_example(client):
    response = post(client, GOOD)
    assert response.status_code == 200
    body = response.json
    first = body["sessions"][0]
    assert {k: first[k] for k in ("number", "date", "covered", "allowed_amount", "deductible",
                                  "copay", "coinsurance", "balance_bill", "patient_pays",
                                  "plan_pays", "deductible_met_after", "oop_met_after")} == {
        "number": 1, "date": "2026-11-02", "covered": True, "allowed_amount": "180.00",
        "deductible": "180.00", "copay": "0.00", "coinsurance": "0.00", "balance_bill": "0.00",
        "patient_pays": "180.00", "plan_pays": "0.00", "deductible_met_after": "180.00",
        "oop_met_after": "180.00"}
    assert body["totals"] == {"patient_pays": "2064.00", "plan_pays": "96.00"}
    assert body["milestones"] == {"deductible_met_session": 9, "oop_max_reached_session": None,
                                  "plan_year_resets": ["2027-01-01"]}
    assert any("session 9" in line for line in body["explanation"])
    assert "explanation" not in body["sessions"][8]


def test_each_sessions_steps_on_request(client):
    response = client.post("/api/v1/estimate?explain=sessions", data=json.dumps(GOOD),
                           content_type="application/json")
    steps = response.json["sessions"][8]["explanation"]
    assert steps == ["You had $60.00 left on your deductible, so $60.00 of the $180.00 price "
                     "goes toward it.",
                     "You pay 20% of the $120.00 left of the price: $24.00.",
                     "In all, you pay $84.00 and the plan pays $96.00."]


def test_explanations_follow_the_language(client):
    body = post(client, GOOD, headers={"Accept-Language": "es"}).json
    assert any("sesión 9" in line for line in body["explanation"])
    assert "2064,00" in " ".join(body["explanation"])


def test_numbers_are_accepted_for_money(client):
    body = copy.deepcopy(GOOD)
    body["service"]["allowed_amount"] = 180
    body["plan"]["in_network"]["deductible"] = 1500.0
    assert post(client, body).json["totals"]["patient_pays"] == "2064.00"


def test_self_pay_comparison(client):
    body = copy.deepcopy(GOOD) | {"self_pay_rate": "120.00"}
    assert post(client, body).json["self_pay"] == {"per_session": "120.00", "total": "1440.00"}


def test_medicare_benchmark_when_no_price(client):
    body = copy.deepcopy(GOOD)
    del body["service"]["allowed_amount"]
    answer = post(client, body).json
    assert answer["price"] == {"allowed_amount": "154.29", "source": "medicare", "year": 2025}
    assert "Medicare" in answer["explanation"][0] and "guide" in answer["explanation"][0]


@pytest.mark.parametrize(("change", "field"), [
    (("plan", "in_network", "deductible", "-1"), "plan.in_network.deductible"),
    (("plan", "in_network", "coinsurance", "2"), "plan.in_network.coinsurance"),
    (("plan", "in_network", "copay", "20"), "plan.in_network.copay"),
    (("plan", "in_network", "deductible_met", "9999"), "plan.in_network.deductible_met"),
    (("network", None, None, "both"), "network"),
    (("sessions", "first_date", None, "2026-13-01"), "sessions.first_date"),
    (("sessions", "count", None, 0), "sessions.count"),
    (("sessions", "count", None, 261), "sessions.count"),
])
def test_bad_input_is_a_422_listing_the_field(client, change, field):
    body = copy.deepcopy(GOOD)
    *keys, value = [k for k in change if k is not None]
    target = body
    for key in keys[:-1]:
        target = target[key]
    target[keys[-1]] = value
    response = post(client, body)
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert field in [error["field"] for error in response.json["errors"]]


def test_error_messages_name_the_field_in_the_readers_language(client):
    body = copy.deepcopy(GOOD)
    body["plan"]["in_network"]["deductible"] = "-1"
    error = post(client, body, headers={"Accept-Language": "es"}).json["errors"][0]
    assert error["field"] == "plan.in_network.deductible"
    assert error["message"].startswith("Deducible (dentro de la red):")


@pytest.mark.parametrize("raw", ["{not json", b"\xff\xfe\x00", "[" * 100_000])
def test_unreadable_json_is_a_400_problem(client, raw):
    response = post(client, raw)
    assert response.status_code == 400
    assert response.mimetype == "application/problem+json"
    assert response.json["errors"][0]["field"] == ""


@pytest.mark.parametrize("raw", ["[]", '"text"', "null", "1e999999",
                                 '{"service": {"allowed_amount": 1e400}}'])
def test_wrong_shapes_and_huge_numbers_never_500(client, raw):
    assert post(client, raw).status_code == 422


def test_the_api_needs_no_csrf_token(make_app):
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    assert post(client, GOOD).status_code == 200


def test_bodies_keep_the_documented_key_order(client):
    body = client.post("/api/v1/estimate", data="{").get_data(as_text=True)
    assert body.index('"type"') < body.index('"title"') < body.index('"status"') \
        < body.index('"errors"')
