"""/front-desk in headless Chromium: axe on the empty page, with errors and with results."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.browser.conftest import after, open_page
from tests.browser.test_site import axe_violations

pytestmark = pytest.mark.browser

PAGES = ["/front-desk", "/front-desk?minutes=45&kind=individual",
         "/front-desk?minutes=91&kind=testing_evaluation", "/front-desk?minutes=abc"]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_violations(browser, live_server, axe_source, path, lang):
    open_page(browser, live_server, path, lang)
    assert axe_violations(browser, axe_source) == []


def fill(driver, field_id: str, text: str) -> None:
    box = driver.find_element(By.ID, field_id)
    box.clear()
    box.send_keys(text)


def submit_claim(driver) -> None:
    button = driver.find_element(By.CSS_SELECTOR, "form[method=post] button[type=submit]")
    after(driver, button.click)


def fill_issue_claim(driver) -> None:
    """The issue's case: a 45-minute telehealth session billed as 90837, no modifier."""
    driver.execute_script("arguments[0].value = '2026-03-02'",
                          driver.find_element(By.ID, "date_of_service"))
    Select(driver.find_element(By.ID, "payer_type")).select_by_value("commercial")
    fill(driver, "npi", "1234567893")
    Select(driver.find_element(By.ID, "place_of_service")).select_by_value("10")
    fill(driver, "diagnoses", "F41.1")
    fill(driver, "lines-0-code", "90837")
    fill(driver, "lines-0-minutes", "45")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_check_a_claim_and_read_both_problems(browser, live_server, axe_source, lang):
    browser.get(f"{live_server}/front-desk?lang={lang}")
    fill_issue_claim(browser)
    submit_claim(browser)
    found = browser.find_elements(By.CSS_SELECTOR, "#problems-heading ~ ol > li")
    assert len(found) == 2
    assert "90834" in found[0].text and "90837" in found[0].text
    assert "10" in found[1].text and "95" in found[1].text
    assert browser.find_element(By.ID, "lines-0-code").get_attribute("value") == "90837"
    assert browser.switch_to.active_element == browser.find_element(By.ID, "check-result")
    assert axe_violations(browser, axe_source) == []


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_claim_with_errors_shows_the_summary(browser, live_server, axe_source, lang):
    browser.get(f"{live_server}/front-desk?lang={lang}")
    fill(browser, "lines-1-units", "2")
    fill(browser, "lines-2-code", "90834")
    fill(browser, "lines-2-minutes", "about 45")
    submit_claim(browser)
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    links = [a.get_attribute("href").split("#")[1]
             for a in summary.find_elements(By.TAG_NAME, "a")]
    assert links == ["date_of_service", "lines-1-code", "lines-2-minutes"]
    assert browser.switch_to.active_element == summary  # enhance.js moves focus there
    assert axe_violations(browser, axe_source) == []


def test_the_check_works_without_javascript(browser_without_js, live_server):
    driver = browser_without_js
    driver.get(f"{live_server}/front-desk?lang=en")
    date = driver.find_element(By.ID, "date_of_service")
    date.send_keys("03022026")  # Chromium's date field, typed month, day, year
    Select(driver.find_element(By.ID, "place_of_service")).select_by_value("10")
    fill(driver, "npi", "1234567893")
    fill(driver, "diagnoses", "F41.1")
    fill(driver, "lines-0-code", "90837")
    fill(driver, "lines-0-minutes", "45")
    submit_claim(driver)
    text = driver.find_element(By.ID, "problems-heading").find_element(By.XPATH, "..").text
    assert "45 minutes of therapy is billed as 90834, not 90837." in text
    assert "Place of service 10 means telehealth" in text
