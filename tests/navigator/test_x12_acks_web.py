"""A 999 or TA1 posted where a 271 is expected, and a wrapped 271: the API and the page say
the same thing (what was rejected and why; what text was skipped)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.benefits.x12 import ack_samples as samples

CARVE_OUT = (Path(__file__).parent / "fixtures" / "carve_out.x12").read_text()
REJECTED = (Path(__file__).parents[1] / "benefits" / "x12" / "fixtures" / "rejection.x12"
            ).read_text()
HEADERS = "Content-Type: application/EDI-X12\r\nContent-Length: 999\r\n\r\n"
HEADLINE_999 = ("This is an acknowledgement (999), not a 271: the clearinghouse rejected the "
                "270 because ")


def post_api(client, text: str):
    return client.post("/api/v1/eligibility/271", data=text, content_type="text/plain")


def post_page(client, text: str):
    return client.post("/benefits/271", data={"x12": text},
                       content_type="multipart/form-data")


def test_the_api_answers_a_rejected_999_with_what_and_why(client):
    response = post_api(client, samples.REJECTED_999)
    assert response.status_code == 422 and response.mimetype == "application/problem+json"
    body = response.json
    assert body["title"] == "This is an acknowledgement, not a 271"
    error = body["errors"][0]
    assert error["field"] == "x12" and error["code"] == "acknowledgement"
    assert error["message"].startswith(HEADLINE_999)
    assert "element NM109: the value is not one of the allowed codes" in error["message"]
    segment = error["acknowledgement"]["groups"][0]["transactions"][0]["segments"][0]
    assert (segment["segment_id"], segment["position"], segment["loop"]) == (
        "NM1", 8, "2100C")
    assert "Element DMG02 (data element 1251): the date is not valid." in error["details"]
    assert "ZZSECRET99" not in response.text and "19990231" not in response.text


def test_the_api_answers_an_accepted_999_and_a_ta1(client):
    accepted = post_api(client, samples.ACCEPTED_999)
    assert accepted.status_code == 422
    assert "the clearinghouse accepted the 270" in accepted.json["errors"][0]["message"]
    body = client.post("/api/v1/eligibility/271", data=json.dumps({"x12": samples.REJECTED_TA1}),
                       content_type="application/json").json
    message = body["errors"][0]["message"]
    assert message == ("This is an acknowledgement (TA1), not a 271: the clearinghouse "
                       "rejected the whole file because the date in the ISA is not valid.")
    assert body["errors"][0]["acknowledgement"]["interchanges"][0]["note"] == "014"


def test_the_api_reads_a_wrapped_271_and_says_what_it_skipped(client):
    body = post_api(client, HEADERS + CARVE_OUT + "\r\n--boundary--\r\n").json
    assert body["transactions"][0]["payer"]["name"] == "EXAMPLE HEALTH PLAN"
    assert body["skipped_prefix_chars"] == len(HEADERS)
    assert body["notes"][0] == f"We skipped {len(HEADERS)} characters before the ISA segment."


def test_an_api_error_after_skipped_text_counts_from_the_start(client):
    text = HEADERS + CARVE_OUT.replace("EB*C*IND*MH*PR**23*2000", "EB*C*IND*MH*PR**23*2O00")
    error = post_api(client, text).json["errors"][0]
    assert error["position"] == text.index("EB*C*IND*MH*PR**23*2O00")
    assert error["skipped_prefix_chars"] == len(HEADERS)


@pytest.mark.parametrize(("sample", "expected"), [
    (samples.REJECTED_999, HEADLINE_999),
    (samples.REJECTED_TA1, "rejected the whole file because the date in the ISA is not valid"),
    (samples.ACCEPTED_999, "the clearinghouse accepted the 270"),
])
def test_the_page_explains_an_acknowledgement(client, sample, expected):
    response = post_page(client, sample)
    assert response.status_code == 422
    html = response.text
    assert "This is an acknowledgement, not a 271" in html and expected in html
    assert "We could not read this 271" not in html


def test_the_page_lists_the_999_details(client):
    html = post_page(client, samples.REJECTED_999).text
    summary = html.split('class="error-summary"')[1].split("</div>")[0]
    assert "The 270 with control number 0001 was rejected." in summary
    assert "ZZSECRET99" not in summary  # (the form still holds what was pasted)


def test_the_page_reads_a_wrapped_271_with_the_note(client):
    response = post_page(client, HEADERS + CARVE_OUT)
    assert response.status_code == 200
    assert f"We skipped {len(HEADERS)} characters before the ISA segment." in response.text
    assert "LAKESIDE BEHAVIORAL HEALTH" in response.text


def test_the_page_shows_the_aaa_follow_up_in_words(client):
    html = post_page(client, REJECTED).text
    assert "About the subscriber: code 75, Subscriber not found (segment 13)." in html
    assert "What to do: Correct the request and send it again." in html
