"""Batch estimates and the printable sheet in headless Chromium, in Spanish, with axe-core."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from selenium.webdriver.common.by import By

from tests.browser.conftest import after, open_page
from tests.browser.test_site import axe_violations

pytestmark = pytest.mark.browser

CARVE_OUT = Path(__file__).parent.parent / "navigator" / "fixtures" / "carve_out.x12"
HEADER = ("patient,date,code,minutes,kind,allowed_amount,npi,network_name,deductible,"
          "deductible_met,coinsurance,copay,oop_max,oop_met,file_271")
# Row 2: 100 to the deductible + 20% of 80 = 116. Row 3: bad deductible. Row 4: the 271
# leaves 500 of the deductible, so the whole 100 goes to it. Row 5: the seeded network's
# 142.50 for 90837, deductible met, 10%: 14.25.
APPOINTMENTS = "\n".join([
    HEADER,
    "AB,2026-11-02,90837,,,180,,,1500,1400,20,,5000,1400,",
    "CD,2026-11-02,90837,,,180,,,lots,,20,,,,",
    "EF,2026-11-02,90834,,,100,,,,,,,,,carve_out.x12",
    "GH,2026-11-02,90837,,,,1234567893,Example PPO,500,500,10,,4000,900,",
]) + "\n"
EXAMPLE = ("network=in&code=90837&allowed_amount=180&count=12&first_date=2026-11-02"
           "&every_days=7&deductible=1500&deductible_met=0&oop_max=5000&oop_met=0"
           "&cost_type=coinsurance&coinsurance=20&deductible_applies=yes")
# The longest sheet we expect: a year of out-of-network sessions, family limits, a visit
# limit, a self-pay price and a plan-year reset, in Spanish.
LONGEST = ("network=out&code=90837&allowed_amount=150&billed_amount=220&oon_benefits=yes"
           "&oon_deductible=1000&oon_deductible_met=200&oon_oop_max=9000&oon_oop_met=100"
           "&oon_cost_type=coinsurance&oon_coinsurance=40&count=52&first_date=2026-11-02"
           "&every_days=7&deductible=1500&oop_max=5000&cost_type=coinsurance&coinsurance=20"
           "&visit_limit=30&visits_used=4&self_pay_rate=120&family_deductible=3000"
           "&family_deductible_met=500&family_oop_max=10000&family_oop_met=1000")
PAGES = ["/front-desk/batch", f"/estimate/sheet?{EXAMPLE}&sheet_lang=es",
         f"/estimate/sheet?{LONGEST}&sheet_lang=es", f"/estimate/sheet?{EXAMPLE}"]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_violations(browser, live_server, axe_source, path, lang):
    open_page(browser, live_server, path, lang)
    assert axe_violations(browser, axe_source) == []


def cells(driver, selector: str) -> list[list[str]]:
    return [[cell.text for cell in row.find_elements(By.CSS_SELECTOR, "th, td")]
            for row in driver.find_elements(By.CSS_SELECTOR, f"{selector} tbody tr")]


def test_upload_a_days_batch_in_spanish(browser, live_server, axe_source, tmp_path):
    schedule = tmp_path / "citas.csv"
    schedule.write_text(APPOINTMENTS, encoding="utf-8")
    plan = tmp_path / "carve_out.x12"
    plan.write_bytes(CARVE_OUT.read_bytes())
    browser.get(f"{live_server}/front-desk/batch?lang=es")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    # A file input takes the file's absolute path as typed keys.
    browser.find_element(By.ID, "appointments").send_keys(str(schedule.resolve()))
    browser.find_element(By.ID, "files_271").send_keys(str(plan.resolve()))
    after(browser, lambda: browser.find_element(
        By.CSS_SELECTOR, "button[name=output][value=page]").click())

    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    rows = cells(browser, "table.collect")
    assert [(r[0], r[1], r[5]) for r in rows] == [
        ("2", "AB", "116,00 US$"), ("4", "EF", "100,00 US$"), ("5", "GH", "14,25 US$")]
    assert "Su deducible ya se cumplió." in rows[2][6]
    assert [(r[0], r[1], r[2]) for r in cells(browser, "table.problems")] == [
        ("3", "CD", "deductible")]
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert browser.switch_to.active_element == summary  # enhance.js moves focus to it
    assert axe_violations(browser, axe_source) == []


def test_a_file_that_is_not_csv_is_explained(browser, live_server, tmp_path):
    junk = tmp_path / "foto.png"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    browser.get(f"{live_server}/front-desk/batch?lang=en")
    browser.find_element(By.ID, "appointments").send_keys(str(junk.resolve()))
    after(browser, lambda: browser.find_element(
        By.CSS_SELECTOR, "button[name=output][value=page]").click())
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert "This file is not a CSV text file" in summary.text


def pdf_pages(driver) -> int:
    """How many pages the current page prints on (US Letter, default margins)."""
    printed = driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
    return len(PdfReader(io.BytesIO(base64.b64decode(printed["data"]))).pages)


def test_the_printable_sheet_in_spanish_from_an_estimate(browser, live_server, axe_source):
    browser.get(f"{live_server}/estimate/result?{EXAMPLE}&lang=en")
    after(browser, lambda: browser.find_element(
        By.CSS_SELECTOR, "a[href*='/estimate/sheet'][hreflang=es]").click())
    sheet = browser.find_element(By.CSS_SELECTOR, "article.sheet")
    assert sheet.get_attribute("lang") == "es"
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    text = sheet.text
    assert "Primera sesión" in text and "2064,00 US$" in text
    assert "Su deducible se cumple en la sesión 9, el 28 de diciembre de 2026." in text
    assert "Deducible" in text and "Coseguro" in text  # the glossary, in Spanish
    assert axe_violations(browser, axe_source) == []
    assert pdf_pages(browser) == 1


def test_even_the_longest_sheet_prints_on_one_page(browser, live_server):
    browser.get(f"{live_server}/estimate/sheet?{LONGEST}&sheet_lang=es")
    assert pdf_pages(browser) == 1


@pytest.mark.parametrize("path", [f"/estimate/sheet?{LONGEST}&sheet_lang=es",
                                  "/front-desk/batch"])
def test_pages_reflow_on_a_narrow_screen(browser, live_server, path):
    try:
        browser.set_window_size(360, 900)
        browser.get(f"{live_server}{path}")
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0  # wide tables scroll inside their own region
    finally:
        browser.set_window_size(1280, 900)
