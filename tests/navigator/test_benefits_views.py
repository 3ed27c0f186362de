"""The benefits check: type in, samples, a pasted or uploaded 271, the summary and parity."""

from __future__ import annotations

import io
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from benefits.summary.sample_plans import sample_plans
from tests.pagecheck import check_page

CARVE_OUT = (Path(__file__).parent / "fixtures" / "carve_out.x12").read_text()
TYPED = {"plan_type": "individual", "cost_type": "copay", "copay": "$50",
         "deductible": "2,000", "deductible_met": "1500", "oop_max": "6000", "oop_met": "0",
         "specialist_copay": "30", "primary_care_copay": "20", "therapy_prior_auth": "no",
         "separate_deductible": "no", "medical_visit_limit": "no", "oon_covered": "no",
         "plan_year_month": "1"}


def estimate_link(html: str) -> dict[str, list[str]]:
    href = re.search(r'<a class="button" href="(/estimate\?[^"]+)">', html).group(1)
    return parse_qs(urlsplit(href.replace("&amp;", "&")).query)


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("path", ["/benefits", "/benefits/type"]
                         + [f"/benefits/sample/{p.id}" for p in sample_plans()])
def test_pages_answer_in_both_languages(client, path, lang):
    response = client.get(f"{path}?lang={lang}")
    assert response.status_code == 200
    assert check_page(response.text).html_lang == lang


def test_unknown_sample_is_404(client):
    assert client.get("/benefits/sample/nope").status_code == 404


def test_typed_summary_flags_a_higher_therapy_copay(client):
    response = client.get("/benefits/summary", query_string=TYPED)
    assert response.status_code == 200
    html = response.text
    assert "Your therapy copay ($50.00) is higher than your specialist copay ($30.00)." in html
    assert "state insurance department" in html
    assert "$500.00 left this year" in html


def test_use_these_numbers_fills_the_estimator(client):
    query = estimate_link(client.get("/benefits/summary", query_string=TYPED).text)
    assert query["copay"] == ["50.00"] and query["cost_type"] == ["copay"]
    assert query["deductible"] == ["2000.00"] and query["deductible_met"] == ["1500.00"]
    assert query["oon_benefits"] == ["no"]


def test_typed_errors_are_linked_to_fields(client):
    response = client.get("/benefits/summary", query_string={
        **TYPED, "copay": "lots", "deductible_met": "9000"})
    assert response.status_code == 422
    assert 'href="#copay"' in response.text and 'href="#deductible_met"' in response.text


def test_sample_with_a_red_flag_and_a_carve_out(client):
    html = client.get("/benefits/sample/self-funded-carve-out").text
    assert "made-up example" in html
    assert "Example Behavioral Health Partners" in html
    assert "U.S. Department of Labor" in html
    assert 'class="flag"' in html


def test_original_medicare_is_outside_the_parity_law(client):
    html = client.get("/benefits/sample/original-medicare").text
    assert "does not cover Original Medicare" in html


def post_271(client, **data):
    return client.post("/benefits/271", data=data, content_type="multipart/form-data")


def test_pasted_271_gives_the_summary_with_the_carve_out(client):
    response = post_271(client, x12=CARVE_OUT)
    assert response.status_code == 200
    html = response.text
    assert "LAKESIDE BEHAVIORAL HEALTH" in html and "8005550199" in html
    assert "$30.00" in html and "$500.00 left this year" in html
    query = estimate_link(html)
    assert query["copay"] == ["30.00"] and query["deductible_met"] == ["1500.00"]


def test_uploaded_271_file(client):
    response = post_271(client, upload=(io.BytesIO(CARVE_OUT.encode()), "reply.271"))
    assert response.status_code == 200
    assert "LAKESIDE BEHAVIORAL HEALTH" in response.text


@pytest.mark.parametrize(("text", "expected"), [
    ("", "Paste a 271, or choose a 271 file."),
    ("hello", "It does not start with an ISA segment"),
    (CARVE_OUT[:400], "segment"),
])
def test_bad_271_is_explained_not_a_crash(client, text, expected):
    response = post_271(client, x12=text)
    assert response.status_code == 422
    assert expected in response.text


def test_the_271_is_not_logged(client, caplog):
    post_271(client, x12=CARVE_OUT.replace("RIVERA", "ZZSECRETNAME"))
    assert "ZZSECRETNAME" not in caplog.text


def test_271_form_needs_the_csrf_token(make_app):
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    assert post_271(client, x12=CARVE_OUT).status_code == 400
