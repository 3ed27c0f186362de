"""The estimator end to end in headless Chromium, in Spanish, with axe-core on every page."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.browser.conftest import after, open_page
from tests.browser.test_site import axe_violations

pytestmark = pytest.mark.browser

EXAMPLE = ("network=in&code=90837&allowed_amount=180&count=12&first_date=2026-11-02"
           "&every_days=7&deductible=1500&deductible_met=0&oop_max=5000&oop_met=0"
           "&cost_type=coinsurance&coinsurance=20&deductible_applies=yes")
PAGES = ["/estimate", f"/estimate/result?{EXAMPLE}",
         f"/estimate/result?{EXAMPLE}&network=out&billed_amount=220&oon_benefits=yes"
         "&oon_deductible=0&oon_oop_max=9000&oon_coinsurance=40&self_pay_rate=120",
         "/estimate/result?deductible=lots&count=0&family_deductible=-1",
         "/estimate/session-code?minutes=50&kind=individual",
         "/estimate/session-code?minutes=abc"]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_violations_on_estimator_pages(browser, live_server, axe_source, path,
                                                    lang):
    open_page(browser, live_server, path, lang)
    assert axe_violations(browser, axe_source) == []


def fill(driver, field_id: str, text: str) -> None:
    box = driver.find_element(By.ID, field_id)
    box.clear()
    box.send_keys(text)


def test_fill_the_form_in_spanish_and_read_the_result(browser, live_server):
    browser.get(f"{live_server}/estimate?lang=es")
    Select(browser.find_element(By.ID, "code")).select_by_value("90837")
    fill(browser, "allowed_amount", "$180")
    fill(browser, "count", "12")
    browser.execute_script("arguments[0].value = '2026-11-02'",
                           browser.find_element(By.ID, "first_date"))
    fill(browser, "deductible", "$1,500")
    fill(browser, "oop_max", "5000")
    browser.find_element(By.CSS_SELECTOR, "input[name=cost_type][value=coinsurance]").click()
    fill(browser, "coinsurance", "20")
    after(browser, lambda: browser.find_element(
        By.CSS_SELECTOR, ".estimate-form button[type=submit]").click())

    assert browser.find_element(By.TAG_NAME, "h1").text == "Sus costos estimados de terapia"
    steps = browser.find_element(By.CSS_SELECTOR, ".steps").text
    assert "sesión 9" in steps and "28 de diciembre de 2026" in steps
    assert "1 de enero de 2027" in steps
    assert "2064,00" in browser.find_element(By.CSS_SELECTOR, ".summary").text
    rows = browser.find_elements(By.CSS_SELECTOR, "table.sessions tbody tr")
    assert len(rows) == 12
    rows[8].find_element(By.TAG_NAME, "summary").click()
    assert "60,00" in rows[8].find_element(By.CSS_SELECTOR, "details ul").text


def test_errors_are_summarised_and_the_links_move_focus(browser, live_server):
    browser.get(f"{live_server}/estimate/result?deductible=lots&lang=en")
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert browser.switch_to.active_element == summary  # enhance.js focuses it
    summary.find_element(By.CSS_SELECTOR, "a[href='#deductible']").click()
    assert browser.switch_to.active_element.get_attribute("id") == "deductible"


def test_estimate_works_without_javascript(browser_without_js, live_server):
    driver = browser_without_js
    driver.get(f"{live_server}/estimate?lang=en")
    fill(driver, "allowed_amount", "150")
    fill(driver, "deductible", "0")
    fill(driver, "oop_max", "3000")
    driver.find_element(By.CSS_SELECTOR, "input[name=cost_type][value=copay]").click()
    fill(driver, "copay", "25")
    after(driver, lambda: driver.find_element(
        By.CSS_SELECTOR, ".estimate-form button[type=submit]").click())
    assert "$300.00" in driver.find_element(By.CSS_SELECTOR, ".summary").text  # 12 x 25


def test_result_reflows_on_a_narrow_screen(browser, live_server):
    try:
        browser.set_window_size(360, 900)
        browser.get(f"{live_server}/estimate/result?{EXAMPLE}")
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0  # the wide table scrolls inside its own region
    finally:
        browser.set_window_size(1280, 900)
