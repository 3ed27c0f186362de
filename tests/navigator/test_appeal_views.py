"""/appeal: the form, the timeline, the calendar file and the letters, in both languages."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from tests.pagecheck import check_page, squash
from tests.text import pdf_text, visible_text

# The done-when case: a CO-197 denial on an employer self-funded plan.
CASE = {
    "plan_type": "employer_self_funded", "kind": "post_service", "urgent": "no",
    "received_date": "2026-03-02", "final_denial_received_date": "2026-10-30",
    "reason": "no_prior_authorization", "codes": "CO-197", "in_network": "yes",
    "letter_lang": "en", "patient_name": "Ana Ruiz", "member_id": "XJH-4471",
    "claim_number": "CLM-20260301", "plan_name": "Harbor Works PPO",
    "insurer_name": "Bluebird Health", "insurer_address": "PO Box 77\nDenver, CO 80201",
    "provider_name": "Dr. Lena Ortiz", "service": "weekly therapy (90837)",
    "service_first": "2026-02-02", "denial_date": "2026-02-27",
    "what_happened": "I called the plan on 3 March & was told <to wait>.",
}
# Hand-worked: 2 March + 180 days = 29 August 2026; 30 October + 4 months has no 30
# February, so 1 March 2027 (a Monday); + 45 days = 15 April 2027.
APPEAL_BY, REVIEW_BY, REVIEW_ANSWER = "August 29, 2026", "March 1, 2027", "April 15, 2027"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_form_page(client, lang):
    response = client.get(f"/appeal?lang={lang}")
    assert response.status_code == 200
    page = check_page(response.text)
    assert page.html_lang == lang
    assert 'method="post"' in response.text and "style=" not in response.text
    assert 'href="/glossary/appeal"' in response.text
    # The letters start in the page's language.
    assert re.search(rf'<input checked[^>]*name="letter_lang"[^>]*value="{lang}"', response.text)


def test_a_link_can_preselect_the_plan_and_the_reason_from_a_code(client):
    html = client.get("/appeal?codes=CO-197&plan_type=employer_self_funded&reason=zzz").text
    assert re.search(r'<input checked[^>]*value="employer_self_funded"', html)
    assert re.search(r'<input checked[^>]*value="no_prior_authorization"', html)
    assert 'value="CO-197"' in html and "There is a problem" not in html


def test_empty_form_says_what_is_missing_and_links_to_each_field(client):
    response = client.post("/appeal", data={})
    assert response.status_code == 422
    for anchor in ("#plan_type-0", "#kind-0", "#reason-0", "#received_date"):
        assert f'href="{anchor}"' in response.text
    assert "Enter the day you got the denial notice." in response.text


@pytest.mark.parametrize("junk", [
    {"plan_type": "zzz"}, {"kind": "later"}, {"reason": "x"}, {"urgent": "maybe"},
    {"received_date": "2026-02-30"}, {"received_date": "yesterday"},
    {"received_date": "1066-10-14"}, {"appeal_filed_date": "2026-01-01"},
    {"final_denial_received_date": "99999-01-01"}, {"letter_lang": "fr"},
    {"service_first": "2026-02-10", "service_last": "2026-02-01"},
    {"patient_name": "x" * 5000}, {"what_happened": "y" * 3001},
    {"in_network": "\x00"}])
def test_junk_re_renders_the_form_with_errors(client, junk):
    response = client.post("/appeal", data={**CASE, **junk})
    assert response.status_code == 422
    assert "There is a problem" in response.text


def test_urgent_is_only_for_care_not_had_yet(client):
    response = client.post("/appeal", data={**CASE, "urgent": "yes"})
    assert response.status_code == 422
    assert 'href="#urgent-0"' in response.text
    assert "An urgent appeal is for care you have not had yet." in response.text


def test_result_shows_the_steps_in_order_on_a_timeline_and_in_words(client):
    response = client.post("/appeal?lang=en", data=CASE)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    html = response.text
    assert "style=" not in html and "<script>" not in html
    svg = html[html.index("<svg"):html.index("</svg>")]
    for day in (APPEAL_BY, REVIEW_BY, REVIEW_ANSWER, "March 2, 2026"):
        assert day in svg
    twin = visible_text(html[html.index('<ol class="timeline-list">'):])
    order = [twin.index(f"{APPEAL_BY}: Last day to appeal to the plan"),
             twin.index(f"{REVIEW_BY}: Last day to ask for an external review"),
             twin.index(f"{REVIEW_ANSWER}: The external reviewer's decision is due")]
    assert order == sorted(order)
    assert "45 CFR 147.136(d)" in twin
    for title in ("Appeal of a denied claim", "Mental health parity disclosure request",
                  "Request for plan documents and my claim file",
                  "Request for external review", "Complaint about my health plan"):
        assert title in html
    assert 'href="/glossary/retro-authorization"' in html


def test_the_result_page_carries_the_answers_for_the_downloads(client):
    html = client.post("/appeal", data=CASE).text
    hidden = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', html))
    assert hidden["member_id"] == "XJH-4471" and hidden["received_date"] == "2026-03-02"
    assert hidden["what_happened"] == "I called the plan on 3 March &amp; was told &lt;to wait&gt;."
    assert "letter_lang" not in hidden  # it is a visible choice next to the letters
    assert 'formaction="/appeal/letters/parity.pdf"' in html


def test_calendar_file_has_one_all_day_event_per_deadline_with_a_reminder(client):
    response = client.post("/appeal/calendar.ics", data=CASE)
    assert response.status_code == 200 and response.mimetype == "text/calendar"
    assert "attachment" in response.headers["Content-Disposition"]
    calendar = Calendar.from_ical(response.data)
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    due = {name: e.decoded("DTSTART") for name, e in events.items()}
    in_30 = dt.date.today() + dt.timedelta(days=30)
    assert due == {
        "Last day to appeal to the plan": dt.date(2026, 8, 29),
        "Last day to ask for an external review": dt.date(2027, 3, 1),
        "The external reviewer's decision is due": dt.date(2027, 4, 15),
        "Plan documents due, if you send the request today": in_30,
        "Parity answer due, if you send the request today": in_30,
    }
    for event in events.values():
        assert type(event.decoded("DTSTART")) is dt.date  # all-day
        assert event.decoded("DTEND") == event.decoded("DTSTART") + dt.timedelta(days=1)
        assert event["UID"].endswith("@navigator") and event.get("DTSTAMP") is not None
        assert [a["ACTION"] for a in event.walk("VALARM")] == ["DISPLAY"]
        assert event.walk("VALARM")[0].decoded("TRIGGER") == -dt.timedelta(days=7)
    assert len({str(e["UID"]) for e in events.values()}) == 5
    again = Calendar.from_ical(client.post("/appeal/calendar.ics", data=CASE).data)
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == {
        str(e["UID"]) for e in events.values()}


def test_calendar_with_bad_answers_goes_back_to_the_form(client):
    response = client.post("/appeal/calendar.ics", data={**CASE, "received_date": "x"})
    assert response.status_code == 422 and "There is a problem" in response.text


@pytest.mark.parametrize(("kind", "sentences"), [
    ("appeal", ["Appeal of a denied claim", "I am writing to appeal your decision of "
                "February 27, 2026 to deny payment for weekly therapy (90837) from Dr. Lena "
                "Ortiz", "(retro-authorization)", "group code CO (contractual obligation)"]),
    ("parity", ["Mental health parity disclosure request", "the prior authorization "
                "requirement for weekly therapy (90837)", "written comparative analysis",
                "within 30 calendar days", "up to $110 a day"]),
])
def test_pdf_letters_open_and_hold_the_typed_facts(client, kind, sentences):
    response = client.post(f"/appeal/letters/{kind}.pdf", data=CASE)
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert f'filename="{kind}-letter-en.pdf"' in response.headers["Content-Disposition"]
    content = pdf_text(response.data)
    for value in ["Ana Ruiz", "XJH-4471", "CLM-20260301", "Harbor Works PPO", *sentences]:
        assert value in content, value


def test_plain_text_letter(client):
    response = client.post("/appeal/letters/records.txt", data=CASE)
    assert response.status_code == 200 and response.mimetype == "text/plain"
    assert 'filename="records-letter-en.txt"' in response.headers["Content-Disposition"]
    body = squash(response.text)
    assert "Under section 104(b)(4) of ERISA" in body and "CLM-20260301" in body
    assert "<" not in response.text.replace("<to wait>", "")


def test_printable_letter_page(client):
    response = client.post("/appeal/letters/appeal.html", data=CASE)
    assert response.status_code == 200
    page = check_page(response.text)
    assert squash(page.h1[0]) == "Appeal of a denied claim"
    html = response.text
    assert "I called the plan on 3 March &amp; was told &lt;to wait&gt;." in html
    assert "PO Box 77<br>Denver, CO 80201" in html
    assert 'href="https://omb.report/icr/202409-0938-011/doc/146171300"' in html  # a source


def test_letter_in_spanish_while_the_page_is_in_english(client):
    spanish = {**CASE, "letter_lang": "es"}
    response = client.post("/appeal/letters/complaint.html?lang=en", data=spanish)
    assert response.status_code == 200
    page = check_page(response.text)
    assert page.html_lang == "en"
    html = response.text
    letter = html[html.index('<article class="letter prose" lang="es">'):html.index("</article>")]
    assert "27 de febrero de 2026" in letter  # dates in the letter's language
    assert "Departamento de Trabajo de EE. UU." in letter  # a phrase already translated
    assert "Print or save this letter" in html  # the page around it stays English
    pdf = client.post("/appeal/letters/complaint.pdf?lang=en", data=spanish)
    assert 'filename="complaint-letter-es.pdf"' in pdf.headers["Content-Disposition"]
    assert "27 de febrero de 2026" in pdf_text(pdf.data)
    assert PdfReader(io.BytesIO(pdf.data)).trailer["/Root"]["/Lang"] == "es"


def test_letter_in_english_while_the_page_is_in_spanish(client):
    response = client.post("/appeal/letters/appeal.html?lang=es", data=CASE)
    page = check_page(response.text)
    assert page.html_lang == "es" and 'lang="en"' in response.text
    assert "February 27, 2026" in response.text


def test_letters_that_do_not_fit_the_plan_are_not_offered(client):
    medicare = {**CASE, "plan_type": "original_medicare"}
    html = client.post("/appeal", data=medicare).text
    assert "Request for redetermination" in html
    assert "parity disclosure request" not in html.lower()
    assert client.post("/appeal/letters/parity.pdf", data=medicare).status_code == 404
    assert client.post("/appeal/letters/nope.pdf", data=CASE).status_code == 404
    assert client.post("/appeal/letters/appeal.doc", data=CASE).status_code == 404


def test_a_download_address_opened_directly_starts_over(client):
    response = client.get("/appeal/letters/appeal.pdf?lang=es")
    assert response.status_code == 302 and response.location.endswith("/appeal?lang=es")
    assert client.get("/appeal/calendar.ics").status_code == 302


@pytest.mark.parametrize("query", ["endpoint=x", "_method=POST", "_scheme=javascript&_external=1",
                                   "_anchor=x"])
def test_a_download_address_with_odd_names_in_it_starts_over_too(client, query):
    """These names are url_for()'s own arguments: passed on, they gave a server error."""
    response = client.get(f"/appeal/letters/appeal.pdf?lang=es&codes=CO-197&{query}")
    assert response.status_code == 302
    assert response.location == "/appeal?lang=es&codes=CO-197"


def test_csrf_is_required_and_the_result_page_carries_a_token(make_app):
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    assert client.post("/appeal", data=CASE).status_code == 400
    form = client.get("/appeal").text
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form).group(1)
    result = client.post("/appeal", data={**CASE, "csrf_token": token})
    assert result.status_code == 200
    hidden = re.search(r'name="csrf_token" value="([^"]+)"', result.text).group(1)
    pdf = client.post("/appeal/letters/appeal.pdf", data={**CASE, "csrf_token": hidden})
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")


def test_every_step_the_rules_can_give_has_a_label():
    from benefits.appeals.deadlines import appeal_deadlines
    from benefits.appeals.plan_types import PlanType
    from navigator.features.appeals.appeal.steps import STEP_LABEL

    names = set()
    for plan in PlanType:
        for kind, urgent in (("pre_service", True), ("pre_service", False),
                             ("post_service", False)):
            names |= {d.step for d in appeal_deadlines(
                plan, dt.date(2026, 3, 2), kind, urgent, dt.date(2026, 3, 9),
                dt.date(2026, 4, 1))}
    assert names - set(STEP_LABEL) == set()


def test_timeline_spacing_follows_the_calendar_but_keeps_rows_apart():
    from navigator.features.appeals.appeal.timeline import ROW, SPAN, TOP, timeline

    start = dt.date(2026, 1, 1)
    picture = timeline([(start + dt.timedelta(days=100), "c", "action"),
                        (start, "a", "start"), (start + dt.timedelta(days=1), "b", "answer")])
    assert [m.label for m in picture.marks] == ["a", "b", "c"]
    # b is 1 day in: 4.2 px by the calendar, pushed to one row below a; c is at the end.
    assert [m.y for m in picture.marks] == [TOP, TOP + ROW, TOP + SPAN]
    assert picture.height == TOP + SPAN + ROW


@pytest.mark.parametrize(("plan", "reason", "letters"), [
    ("employer_fully_insured", "not_medically_necessary", 5),
    ("individual", "out_of_network", 5), ("government_employer", "coverage_ended", 4),
    ("medicaid_managed_care", "visit_limit", 4), ("medicare_advantage", "not_covered", 3),
    ("original_medicare", "coding_error", 3)])
def test_every_plan_type_gets_a_result_and_printable_letters(client, plan, reason, letters):
    answers = {**CASE, "plan_type": plan, "reason": reason, "kind": "pre_service",
               "urgent": "yes", "appeal_filed_date": "2026-03-05", "letter_lang": "es"}
    response = client.post("/appeal", data=answers)
    assert response.status_code == 200
    kinds = re.findall(r'formaction="/appeal/letters/(\w+)\.html"', response.text)
    assert len(kinds) == letters
    for kind in kinds:
        page = client.post(f"/appeal/letters/{kind}.html", data=answers)
        assert page.status_code == 200


def test_medicare_advantage_counts_65_days_from_the_date_on_the_notice(client):
    case = {**CASE, "plan_type": "medicare_advantage", "received_date": "2027-01-10",
            "denial_date": "2027-01-05", "appeal_filed_date": "",
            "final_denial_received_date": ""}
    text = visible_text(client.post("/appeal?lang=en", data=case).text)
    assert "March 11, 2027" in text  # 65 days from January 5, not from January 10
    late = {**case, "denial_date": "2027-01-15"}
    response = client.post("/appeal?lang=en", data=late)
    assert response.status_code == 422
    assert "comes on or before the day you got it" in visible_text(response.text)


def test_the_api_counts_from_notice_date_too(client):
    body = {"plan_type": "medicare_advantage", "received_date": "2027-01-10",
            "kind": "post_service", "notice_date": "2027-01-05"}
    answer = client.post("/api/v1/appeals/deadlines", json=body).json
    assert answer["deadlines"][0]["due_date"] == "2027-03-11"
