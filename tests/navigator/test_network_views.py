"""/network search, rosters only from the command line, and estimates priced from a
negotiated rate."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import pytest

from navigator.features.network.store import LoadTarget, RateRow, load_network
from tests.benefits.test_estimate_input import GOOD

NPI = "1234567893"


@pytest.fixture
def loaded(app):
    engine = app.extensions["navigator.engine"]
    load_network(engine, LoadTarget(name="Example PPO", source_kind="tic", source="r.json",
                                    as_of="2026-11-01"), [
        RateRow("90837", "CPT", NPI, "123456789", "Harbor Counseling", Decimal("142.50"),
                "negotiated", "professional", "11,02,10", "", "9999-12-31"),
        RateRow("90834", "CPT", NPI, "123456789", "Harbor Counseling", Decimal("80"),
                "percentage", "professional", "11", "", "9999-12-31")])
    return app


@pytest.mark.parametrize("lang", ["en", "es"])
def test_search_by_npi(loaded, client, lang):
    response = client.get(f"/network?q={NPI}&lang={lang}")
    assert response.status_code == 200
    assert "Example PPO" in response.text and "2026-11-01" in response.text
    assert "/estimate?code=90837&amp;allowed_amount=142.50&amp;network=in" in response.text


def test_search_by_name(loaded, client):
    assert NPI in client.get("/network?q=harbor").text


def test_not_known(client):
    html = client.get("/network?q=1679576722").text
    assert "Not known" in html


def test_search_needs_text(client):
    response = client.get("/network?q=")
    assert response.status_code == 422 and 'href="#q"' in response.text


ROSTER = "npi,name,networks,90837\n1679576722,Anyone Off The Internet,Example PPO,1.00\n"


def test_no_one_can_upload_a_roster_over_the_web(loaded, client):
    # Issue 13: an anonymous upload renamed a provider and added a $1.00 rate.
    page = client.get("/network")
    assert 'enctype="multipart/form-data"' not in page.text and "roster" not in page.text
    response = client.post("/network/roster", content_type="multipart/form-data",
                           data={"roster": (io.BytesIO(ROSTER.encode()), "roster.csv")})
    assert response.status_code in (404, 405)
    assert "Anyone Off The Internet" not in client.get("/network?q=1679576722").text


def test_operators_still_load_a_roster_from_the_command_line(loaded, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER.replace("Anyone Off The Internet", "Sam Ortiz"))
    result = loaded.test_cli_runner().invoke(args=["import-roster", str(roster)])
    assert result.exit_code == 0, result.output
    page = loaded.test_client().get("/network?q=1679576722").text
    assert "Sam Ortiz" in page and "clinic roster for Example PPO" in page


def post(client, body):
    return client.post("/api/v1/estimate", data=json.dumps(body),
                       content_type="application/json")


def test_estimate_with_the_negotiated_rate(loaded, client):
    body = json.loads(json.dumps(GOOD))
    body["service"] = {"npi": NPI, "network": "Example PPO", "code": "90837"}
    answer = post(client, body).json
    assert answer["sessions"][0]["allowed_amount"] == "142.50"
    assert "negotiated rate in Example PPO" in answer["explanation"][0]


def test_a_percentage_rate_needs_the_billed_amount(loaded, client):
    body = json.loads(json.dumps(GOOD))
    body["service"] = {"npi": NPI, "network": "Example PPO", "code": "90834"}
    response = post(client, body)
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == "service.billed_amount"
    body["service"]["billed_amount"] = "two hundred"
    response = post(client, body)
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == "service.billed_amount"
    body["service"]["billed_amount"] = "200"
    assert post(client, body).json["sessions"][0]["allowed_amount"] == "160.00"  # 80% of 200


def test_no_rate_for_the_npi(client):
    body = json.loads(json.dumps(GOOD))
    body["service"] = {"npi": NPI, "code": "90837"}
    response = post(client, body)
    assert response.status_code == 422 and response.json["errors"][0]["field"] == "service.npi"


def test_rate_types_and_percents_are_worded_in_spanish(loaded, client):
    html = client.get(f"/network?q={NPI}&lang=es").text
    assert "monto negociado" in html and "porcentaje del precio facturado" in html
    assert "80\xa0%" in html and "142,50\xa0US$" in html
