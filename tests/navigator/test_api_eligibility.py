"""POST /api/v1/eligibility/271 and the explain-271 command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FIXTURE = Path(__file__).parent / "fixtures" / "carve_out.x12"
TEXT = FIXTURE.read_text()


def test_plain_text_271(client):
    response = client.post("/api/v1/eligibility/271", data=TEXT, content_type="text/plain")
    assert response.status_code == 200
    body = response.json
    first = body["transactions"][0]
    assert first["payer"]["name"] == "EXAMPLE HEALTH PLAN"
    assert first["active"] is True
    assert first["mental_health"]["carve_out"]["name"] == "LAKESIDE BEHAVIORAL HEALTH"
    plan = body["estimate_plan"]
    assert plan["in_network"]["copay"] == "30.00"
    assert plan["in_network"]["deductible"] == "2000.00"
    assert plan["in_network"]["deductible_met"] == "1500.00"
    assert plan["out_of_network"] is None


def test_json_body_271(client):
    response = client.post("/api/v1/eligibility/271", data=json.dumps({"x12": TEXT}),
                           content_type="application/json")
    assert response.status_code == 200


def test_estimate_plan_feeds_the_estimator(client):
    plan = client.post("/api/v1/eligibility/271", data=TEXT,
                       content_type="text/plain").json["estimate_plan"]
    body = {"service": {"code": "90837", "allowed_amount": "150"}, "network": "in",
            "sessions": {"count": 4, "first_date": "2026-11-02"}, "plan": plan}
    answer = client.post("/api/v1/estimate", data=json.dumps(body),
                         content_type="application/json").json
    assert answer["totals"]["patient_pays"] == "530.00"  # 150 + 150 + 150 + (50 + 30)


@pytest.mark.parametrize(("data", "kind", "status"), [
    ("not x12 at all", "text/plain", 422),
    ("", "text/plain", 422),
    ('{"nope": 1}', "application/json", 400),
    ("{bad json", "application/json", 400),
])
def test_errors_are_problem_json_with_the_position(client, data, kind, status):
    response = client.post("/api/v1/eligibility/271", data=data, content_type=kind)
    assert response.status_code == status
    assert response.mimetype == "application/problem+json"
    assert response.json["errors"][0]["field"] == "x12"


def test_error_names_the_segment(client):
    broken = TEXT.replace("EB*C*IND*MH*PR**23*2000", "EB*C*IND*MH*PR**23*2O00")
    error = client.post("/api/v1/eligibility/271", data=broken,
                        content_type="text/plain").json["errors"][0]
    assert error["segment"] > 0 and "segment" in error["message"]


def test_explain_271_command(runner):
    result = runner.invoke(args=["explain-271", str(FIXTURE)])
    assert result.exit_code == 0
    assert "LAKESIDE BEHAVIORAL HEALTH" in result.output and "$30.00" in result.output


def test_explain_271_in_spanish_and_json(runner):
    spanish = runner.invoke(args=["explain-271", str(FIXTURE), "--lang", "es"])
    assert "Deducible" in spanish.output and "2000,00" in spanish.output
    as_json = runner.invoke(args=["explain-271", str(FIXTURE), "--json"])
    assert json.loads(as_json.output)["estimate_plan"]["in_network"]["copay"] == "30.00"


def test_explain_271_bad_file(runner, tmp_path):
    bad = tmp_path / "bad.271"
    bad.write_text("garbage")
    result = runner.invoke(args=["explain-271", str(bad)])
    assert result.exit_code == 1 and "ISA" in result.output


# A character a request can carry: lone surrogates cannot be encoded to send at all.
ONE_CHARACTER = st.characters(codec="utf-8")


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400) | st.text(max_size=400) | st.integers(0, len(TEXT)).map(
    lambda cut: TEXT[:cut]) | st.tuples(st.integers(0, len(TEXT) - 1), ONE_CHARACTER).map(
    lambda edit: TEXT[:edit[0]] + edit[1] + TEXT[edit[0] + 1:]))
def test_the_api_never_answers_500(client, body):
    response = client.post("/api/v1/eligibility/271", data=body, content_type="text/plain")
    assert response.status_code in (200, 422)
