"""The denial and prior-authorization pages in a real browser: axe, the forms, no JavaScript."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from tests.browser.conftest import after, open_page
from tests.browser.test_site import axe_violations

pytestmark = pytest.mark.browser

PAGES = ["/denied", "/denied?codes=CO-197%2C+PR+1%2C+N130", "/denied?codes=ZZ9",
         "/denied?codes=CO-999%2C+N999%2C+PR-253",
         "/denied?reason=not_medically_necessary", "/prior-authorization",
         "/prior-authorization?service=weekly_therapy&plan_type=employer_self_funded"
         "&request_date=2026-03-02",
         "/prior-authorization?service=tms&plan_type=original_medicare",
         "/prior-authorization?service=&plan_type="]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_violations(browser, live_server, axe_source, path, lang):
    open_page(browser, live_server, path, lang)
    assert axe_violations(browser, axe_source) == []


def test_type_codes_and_read_the_answer(browser, live_server):
    browser.get(f"{live_server}/denied?lang=en")
    box = browser.find_element(By.ID, "codes")
    box.send_keys("co-197, N130")
    after(browser, lambda: box.send_keys(Keys.ENTER))
    answers = [a.text for a in browser.find_elements(By.CSS_SELECTOR, ".answer")]
    assert answers[0].startswith("CO-197") and "Usually not" in answers[0]
    assert answers[1].startswith("N130")
    # The appeal starts with the codes typed here, and the reason they point to.
    link = browser.find_element(By.CSS_SELECTOR, "a.button[href^='/appeal?codes=']")
    assert link.is_displayed()
    after(browser, link.click)
    assert browser.find_element(By.ID, "codes").get_attribute("value") == "CO-197 N130"
    assert browser.find_element(
        By.CSS_SELECTOR, "input[name=reason][value=no_prior_authorization]").is_selected()


def test_unknown_code_moves_focus_to_the_error_summary(browser, live_server):
    browser.get(f"{live_server}/denied?lang=en")
    box = browser.find_element(By.ID, "codes")
    box.send_keys("ZZ9")
    after(browser, lambda: box.send_keys(Keys.ENTER))
    summary = browser.switch_to.active_element
    assert "error-summary" in summary.get_attribute("class")
    assert "ZZ9" in summary.text


def test_prior_authorization_without_javascript(browser_without_js, live_server):
    driver = browser_without_js
    driver.get(f"{live_server}/prior-authorization?lang=es")
    Select(driver.find_element(By.ID, "service")).select_by_value("psychological_testing")
    Select(driver.find_element(By.ID, "plan_type")).select_by_value("medicaid_managed_care")
    after(driver, lambda: driver.find_element(By.CSS_SELECTOR, "form button").click())
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    assert driver.find_element(By.ID, "checklist-heading").is_displayed()
    assert "96130" in driver.find_element(By.ID, "guide-heading").find_element(
        By.XPATH, "..").text
