"""One 271, one answer: the API, the benefits page and the batch agree, in both languages.

Each 271 is one of the ways real payer answers went wrong (see tests/benefits/x12/real/):
no cost share stated, a rejected member, a vision rider, family-only limits, telehealth.
"""

from __future__ import annotations

import io
import re
from urllib.parse import parse_qs

import pytest

from tests.benefits.x12.build import x12
from tests.navigator.test_batch_views import appt, csv_bytes, post
from tests.text import visible_text

ACTIVE = "EB*1**30*PR*CHOICE PPO"
NO_COST_SHARE = x12(ACTIVE, "EB*C*IND*30*PR**23*500", "EB*C*IND*30*PR**24*500",
                    "EB*1**MH*PR")
REJECTED = x12("AAA*N**72*C")
VISION = x12(ACTIVE, "EB*C*IND*30*PR**23*1000", "EB*A*IND*MH*PR****.2****Y",
             "EB*C*IND*30*PR**23*2000*****N", "EB*A*IND*MH*PR****.4****N",
             "EB*G*IND*30*PR**23*8000*****N",
             "EB*G*IND*30*VIS*EYECARE VISION PLAN*23*0*****N")
AGGREGATE = x12(ACTIVE, "EB*C*FAM*30*PR**23*6000*****Y", "EB*C*FAM*30*PR**29*100*****Y",
                "EB*A*IND*MH*PR****.2****Y")
TELEHEALTH = x12(ACTIVE, "EB*C*IND*30*PR**23*0", "EB*B*IND*MH*PR**27*40*****Y", "III*ZZ*11",
                 "EB*B*IND*MH*PR**27*5*****Y", "III*ZZ*02")


def estimate(client, text: str, network: str = "in", place: str = "office",
             lang: str = "en"):
    plan = client.post("/api/v1/eligibility/271", data=text,
                       content_type="text/plain").json["estimate_plan"]
    body = {"service": {"code": "90837", "allowed_amount": "150", "place": place},
            "network": network, "plan": plan, "sessions": {"count": 1}}
    return plan, client.post(f"/api/v1/estimate?lang={lang}", json=body)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_cost_share_is_refused_with_what_to_ask(client, lang):
    _, answer = estimate(client, NO_COST_SHARE, lang=lang)
    assert answer.status_code == 422
    fields = {error["field"]: error["message"] for error in answer.json["errors"]}
    assert "plan.in_network.copay" in fields
    words = ("copay", "coinsurance") if lang == "en" else ("copago", "coseguro")
    assert all(word in fields["plan.in_network.copay"] for word in words)


def test_a_rejected_member_gives_no_plan_anywhere(client):
    plan, _ = estimate(client, REJECTED)
    assert plan is None
    page = client.post("/benefits/271", data={"x12": REJECTED},
                       content_type="multipart/form-data")
    text = visible_text(page.get_data(as_text=True))
    assert "Invalid or missing subscriber ID" in text
    assert "Use these numbers" not in text


def test_the_batch_names_the_rejection(client):
    rows = csv_bytes(appt(deductible="", deductible_met="", coinsurance="", oop_max="",
                          oop_met="", file_271="rejected.271"))
    text = visible_text(post(client, rows, (REJECTED.encode(), "rejected.271"))
                        .get_data(as_text=True))
    assert "rejected the request" in text


def test_a_vision_riders_zero_is_not_the_out_of_network_limit(client):
    plan, answer = estimate(client, VISION, network="out")
    assert plan["out_of_network"]["oop_max"] == "8000.00"
    # 150 to the 2,000 deductible: the whole price, not "free".
    assert answer.json["sessions"][0]["patient_pays"] == "150.00"


def test_a_family_only_plan_is_estimated_as_aggregate(client):
    plan, answer = estimate(client, AGGREGATE)
    assert answer.status_code == 200, answer.json
    # 100 left of the family deductible, then 20% of the other 50.
    assert answer.json["sessions"][0]["patient_pays"] == "110.00"
    page = client.post("/benefits/271", data={"x12": AGGREGATE},
                       content_type="multipart/form-data").get_data(as_text=True)
    assert "/glossary/aggregate-deductible" in page


@pytest.mark.parametrize(("place", "pays"), [("office", "40.00"), ("telehealth", "5.00")])
def test_telehealth_and_office_sessions_cost_what_each_line_says(client, place, pays):
    _, answer = estimate(client, TELEHEALTH, place=place)
    assert answer.json["sessions"][0]["patient_pays"] == pays


def test_the_page_shows_both_office_and_telehealth_costs(client):
    page = client.post("/benefits/271?lang=es", data={"x12": TELEHEALTH},
                       content_type="multipart/form-data").get_data(as_text=True)
    text = visible_text(page)
    assert re.search(r"40[.,]00", text) and re.search(r"5[.,]00", text)


def test_the_upload_reads_the_same(client):
    page = client.post("/benefits/271", data={"upload": (io.BytesIO(REJECTED.encode()),
                                                         "r.271")},
                       content_type="multipart/form-data")
    assert "Use these numbers" not in visible_text(page.get_data(as_text=True))


MID_YEAR = x12(ACTIVE, "EB*C*IND*30*PR**23*1500", "EB*B*IND*MH*PR**27*40",
               subscriber_extra="DTP*346*D8*20260715")


def test_the_page_takes_the_plan_year_from_the_limits_not_the_enrolment_date(client):
    text = visible_text(client.post("/benefits/271", data={"x12": MID_YEAR},
                                    content_type="multipart/form-data").get_data(as_text=True))
    assert "January 1: the plan's limits run by calendar year" in text
    assert "plan year from" not in text
    query = client.post("/api/v1/eligibility/271", data=MID_YEAR,
                        content_type="text/plain").json["estimate_plan"]
    assert query["plan_year_start"] == "01-01"


@pytest.mark.parametrize(("text", "expected", "extra", "pays"), [
    (TELEHEALTH, {"telehealth_cost_type": ["copay"], "telehealth_copay": ["5.00"]},
     "&place=telehealth", "$5.00"),
    (AGGREGATE, {"family_kind": ["aggregate"]}, "", "$110.00"),
])
def test_use_these_numbers_carries_telehealth_and_aggregate_into_the_estimator(
        client, text, expected, extra, pays):
    page = client.post("/benefits/271", data={"x12": text},
                       content_type="multipart/form-data").get_data(as_text=True)
    link = re.search(r'href="/estimate\?([^"]+)"', page)
    assert link, "no Use these numbers link"
    query = link.group(1).replace("&amp;", "&")
    values = parse_qs(query)
    assert all(values.get(key) == value for key, value in expected.items()), values
    result = client.get(f"/estimate/result?{query}&allowed_amount=150&count=1{extra}")
    assert result.status_code == 200
    assert pays in visible_text(result.get_data(as_text=True))


def _batch_row(client, text: str, **cells: str) -> str:
    rows = csv_bytes(appt(allowed_amount="150", deductible="", deductible_met="",
                          coinsurance="", oop_max="", oop_met="", file_271="plan.271",
                          **cells))
    return visible_text(post(client, rows, (text.encode(), "plan.271")).get_data(as_text=True))


def test_the_batch_prices_an_aggregate_family_plan_like_the_api(client):
    text = _batch_row(client, AGGREGATE)
    assert "$110.00" in text and "missing" not in text.lower()


def test_in_the_batch_a_typed_copay_beats_the_271s_telehealth_cost(client):
    text = _batch_row(client, TELEHEALTH, copay="30", place="telehealth")
    assert "$30.00" in text and "$5.00" not in text
    assert "$5.00" in _batch_row(client, TELEHEALTH, place="telehealth")


def test_the_page_shows_one_session_for_an_aggregate_plan(client):
    text = visible_text(client.post("/benefits/271", data={"x12": AGGREGATE},
                                    content_type="multipart/form-data").get_data(as_text=True))
    assert "Your next session would cost you $110" in text


def test_an_aggregate_plans_deductible_is_not_listed_as_unknown():
    from benefits.summary.session import unknowns
    from benefits.x12 import read_271, summarize

    found = unknowns(summarize(read_271(AGGREGATE).transactions[0]))
    assert "deductible" not in found and "deductible_remaining" not in found
