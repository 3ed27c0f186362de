"""/denied: codes explained, reasons in words, unknown codes named, in both languages."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote_plus

import pytest
from flask_babel import force_locale, gettext

from benefits.appeals.eob_codes import CARCS, GROUPS, RARCS, UNKNOWN_STEP, DenialReason
from benefits.appeals.sources import CARC_LIST, RARC_LIST
from tests.pagecheck import check_page
from tests.text import squash, visible_text

ALL_CODES = [*(f"CO-{c}" for c in CARCS), *RARCS]
CARC_LIST_LINK = f'href="{CARC_LIST.url}"'
RARC_LIST_LINK = f'href="{RARC_LIST.url}"'


def _batches(codes: list[str], limit: int = 200) -> list[str]:
    """The codes as comma-separated texts that fit the codes field (200 characters)."""
    batches = [""]
    for code in codes:
        longer = f"{batches[-1]}, {code}" if batches[-1] else code
        if len(longer) > limit:
            batches.append(code)
        else:
            batches[-1] = longer
    return batches


@pytest.mark.parametrize("lang", ["en", "es"])
def test_empty_form(client, lang):
    response = client.get(f"/denied?lang={lang}")
    assert response.status_code == 200
    page = check_page(response.text)
    assert page.html_lang == lang
    assert 'id="codes"' in response.text and 'id="reason"' in response.text
    assert "error-summary" not in response.text
    assert 'href="/glossary/explanation-of-benefits"' in response.text


def test_co_197_explained(client):
    response = client.get("/denied?codes=CO-197")
    assert response.status_code == 200
    html = response.text
    assert "CO-197" in html
    assert "There was no prior authorization, and the plan needed one." in html
    assert "Usually not. You usually should not be billed for this." in html
    assert "retro-authorization" in html
    assert 'href="/appeal?codes=CO-197"' in html  # the appeal starts with the codes
    assert 'href="https://x12.org/codes/claim-adjustment-reason-codes"' in html


def test_several_codes_as_people_type_them(client):
    html = client.get("/denied?codes=" + quote("pr 1, N130\nco45")).text
    for code in ("PR-1", "N130", "CO-45"):
        assert f"<h3>{code}</h3>" in html
    assert "Usually yes. This part is usually yours to pay." in html
    assert "Remark code N130" in html and "Group code PR" in html


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_listed_code_renders(app, client, lang):
    text = ", ".join(ALL_CODES + list(GROUPS))
    response = client.get(f"/denied?lang={lang}&codes={quote(text)}")
    assert response.status_code == 422  # over 200 characters
    pages = [client.get(f"/denied?lang={lang}&codes={quote(text)}")
             for text in _batches(ALL_CODES)]
    for response in pages:
        assert response.status_code == 200
        assert "error-summary" not in response.text
    html = "".join(page.text for page in pages)
    for code in ALL_CODES:
        assert f"<h3>{code}</h3>" in html, code
    with app.test_request_context(), force_locale(lang):
        texts = [gettext(text) for info in [*CARCS.values(), *RARCS.values()]
                 for text in (info.meaning, info.next_step)]
    shown = " ".join(visible_text(page.text) for page in pages)
    for text in texts:
        assert squash(text) in shown, text


def test_unknown_codes_are_named_on_the_field(client):
    response = client.get("/denied?codes=" + quote("CO-197, ZZ9"))
    assert response.status_code == 200  # the known code still gets its answer
    page = check_page(response.text)
    assert page.h1
    assert "We do not know these codes: ZZ9." in response.text
    assert 'href="#codes"' in response.text and 'aria-invalid="true"' in response.text
    assert "<h3>CO-197</h3>" in response.text


def test_only_unknown_codes(client):
    response = client.get("/denied?codes=hello")
    assert response.status_code == 422
    assert "HELLO" in response.text and "error-summary" in response.text


def test_nothing_entered(client):
    response = client.get("/denied?codes=&reason=")
    assert response.status_code == 422
    assert "Enter a code from your paper, or pick a reason." in response.text


@pytest.mark.parametrize("reason", list(DenialReason))
def test_every_reason_in_words(client, reason):
    response = client.get(f"/denied?codes=&reason={reason.value}")
    assert response.status_code == 200
    assert "These codes often go with this reason." in response.text


def test_reason_for_no_prior_authorization(client):
    html = client.get("/denied?reason=no_prior_authorization").text
    assert "<h3>197</h3>" in html and "<h3>198</h3>" in html
    assert 'href="/prior-authorization"' in html


def test_the_appeal_link_carries_the_codes_and_the_reason(client):
    """The appeal form starts from what was entered here (codes are not about the person)."""
    html = client.get("/denied?codes=" + quote("co 197, zz") + "&reason=visit_limit").text
    assert 'href="/appeal?codes=CO-197&amp;reason=visit_limit"' in html
    form = client.get("/appeal?codes=CO-197&reason=visit_limit").text
    assert 'value="CO-197"' in form
    assert re.search(r'<input checked[^>]*value="visit_limit"', form)
    assert 'href="/appeal?reason=coding_error"' in client.get("/denied?reason=coding_error").text
    # The appeal form's codes field holds 60 characters: whole codes only.
    many = ", ".join(f"CO-{code}" for code in ("4", "16", "18", "22", "27", "29", "45", "50",
                                               "96", "97", "109"))
    link = re.search(r'href="/appeal\?codes=([^"&]+)', client.get(
        "/denied?codes=" + quote(many)).text).group(1)
    # 58 characters up to CO-97; with " CO-109" it would be 65.
    assert unquote_plus(link) == "CO-4 CO-16 CO-18 CO-22 CO-27 CO-29 CO-45 CO-50 CO-96 CO-97"


def test_unknown_reason(client):
    response = client.get("/denied?reason=aliens")
    assert response.status_code == 422
    assert "Choose one of the reasons in the list." in response.text
    assert 'href="#reason"' in response.text


def test_codes_and_reason_together(client):
    html = client.get("/denied?codes=PR-50&reason=not_medically_necessary").text
    assert "<h3>PR-50</h3>" in html and "<h3>50</h3>" in html


@pytest.mark.parametrize("lang", ["en", "es"])
def test_spanish_and_english_answers(client, lang):
    response = client.get(f"/denied?lang={lang}&codes=CO-197")
    assert response.status_code == 200
    assert check_page(response.text).html_lang == lang


def test_home_page_links_here_not_to_coming_soon(client):
    html = client.get("/").text
    assert 'href="/denied"' in html and 'href="/prior-authorization"' in html
    assert "/soon/denied" not in html
    assert client.get("/soon/denied").status_code == 404


def test_codes_seen_on_real_remittances(client):
    """Issue 12: a telehealth place-of-service error, too many units, an unprocessable claim."""
    response = client.get("/denied?codes=" + quote("CO-5, N362, MA130, CO 236"))
    assert response.status_code == 200
    check_page(response.text)
    shown = visible_text(response.text)
    for code in ("CO-5", "N362", "MA130", "CO-236"):
        assert f"<h3>{code}</h3>" in response.text
    assert "The service code does not fit the place of service on the claim." in shown
    assert "place 10 means you were at home and place 02 means you were somewhere else" in shown
    assert "The number of days or units billed is more than the plan allows." in shown
    assert "An appeal will not help, because the claim was never processed." in shown
    assert "the add-on for interactive complexity (90785) does not go with crisis therapy" in shown
    assert "Usually not. You usually should not be billed for this." in shown
    assert "It depends. Read what to do next." in shown  # N362 on its own
    assert CARC_LIST_LINK in response.text and RARC_LIST_LINK in response.text


def test_sequestration_is_not_yours_even_under_pr(client):
    html = client.get("/denied?codes=" + quote("PR-253")).text
    shown = visible_text(html)
    assert "<h3>PR-253</h3>" in html
    assert "Usually not. You usually should not be billed for this." in shown
    assert "Usually yes." not in shown
    assert "It comes out of Medicare's payment, not your share." in shown
    # PR's own advice ("check the amount ... you can appeal") would contradict it.
    assert "Check the amount against your plan's costs for therapy." not in shown


@pytest.mark.parametrize(("typed", "code", "words", "link", "other_link"), [
    ("CO-999", "CO-999", "We do not have this reason code in our list yet.", CARC_LIST_LINK,
     RARC_LIST_LINK),
    ("777", "777", "We do not have this reason code in our list yet.", CARC_LIST_LINK,
     RARC_LIST_LINK),
    ("n999", "N999", "We do not have this remark code in our list yet.", RARC_LIST_LINK,
     CARC_LIST_LINK),
    ("MA999", "MA999", "We do not have this remark code in our list yet.", RARC_LIST_LINK,
     CARC_LIST_LINK),
])
def test_a_code_we_do_not_know_still_gets_an_answer(client, typed, code, words, link,
                                                     other_link):
    response = client.get("/denied?codes=" + quote(typed))
    assert response.status_code == 200
    check_page(response.text)
    html = response.text
    shown = visible_text(html)
    assert "error-summary" not in html and "We do not know these codes" not in shown
    assert f"<h3>{code}</h3>" in html
    assert words in shown and squash(UNKNOWN_STEP) in shown
    assert "Look up this code in the official list:" in shown
    assert link in html and other_link not in html
    assert f'href="/appeal?codes={code}"' in html


def test_unknown_codes_and_non_codes_together(client):
    response = client.get("/denied?codes=" + quote("CO-197, N999, ZZ9"))
    assert response.status_code == 200
    html = response.text
    assert "<h3>CO-197</h3>" in html and "<h3>N999</h3>" in html
    assert "We do not know these codes: ZZ9." in html  # not shaped like a code at all
    assert RARC_LIST_LINK in html
