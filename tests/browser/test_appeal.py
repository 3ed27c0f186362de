"""Through /appeal in Spanish, in Chromium: errors, the timeline, then a letter; axe on each."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By

from tests.browser.conftest import after
from tests.browser.test_site import axe_violations

pytestmark = pytest.mark.browser

def choose(driver, name: str, value: str) -> None:
    driver.find_element(By.CSS_SELECTOR, f"input[name='{name}'][value='{value}']").click()


def set_date(driver, field_id: str, iso: str) -> None:
    # Typing into a date box depends on the browser's locale; the value property does not.
    driver.execute_script("arguments[0].value = arguments[1]",
                          driver.find_element(By.ID, field_id), iso)


def submit(driver) -> None:
    button = driver.find_element(By.CSS_SELECTOR, "form[action='/appeal'] button[type=submit]")
    after(driver, button.click)


def test_spanish_path_to_a_printable_letter(browser, live_server, axe_source):
    browser.get(f"{live_server}/appeal?lang=es")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    assert axe_violations(browser, axe_source) == []

    submit(browser)  # nothing chosen: the form comes back with its errors
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert summary.find_element(By.CSS_SELECTOR, "a[href='#plan_type-0']")
    assert axe_violations(browser, axe_source) == []

    choose(browser, "plan_type", "employer_self_funded")
    choose(browser, "kind", "post_service")
    choose(browser, "reason", "no_prior_authorization")
    choose(browser, "letter_lang", "es")
    set_date(browser, "received_date", "2026-03-02")
    set_date(browser, "final_denial_received_date", "2026-10-30")
    set_date(browser, "denial_date", "2026-02-27")
    browser.find_element(By.ID, "patient_name").send_keys("Ana Ruiz")
    browser.find_element(By.ID, "member_id").send_keys("XJH-4471")
    browser.find_element(By.ID, "codes").send_keys("CO-197")
    submit(browser)

    timeline = browser.find_element(By.CSS_SELECTOR, "figure.timeline svg")
    assert "1 de marzo de 2027" in timeline.get_attribute("textContent")
    steps = browser.find_element(By.CSS_SELECTOR, "ol.timeline-list").text
    assert "29 de agosto de 2026" in steps and "1 de marzo de 2027" in steps
    assert axe_violations(browser, axe_source) == []

    read = browser.find_element(By.CSS_SELECTOR,
                                "button[formaction='/appeal/letters/appeal.html']")
    after(browser, read.click)
    letter = browser.find_element(By.CSS_SELECTOR, "article.letter")
    assert letter.get_attribute("lang") == "es"
    assert "Ana Ruiz" in letter.text and "XJH-4471" in letter.text
    assert "27 de febrero de 2026" in letter.text
    assert axe_violations(browser, axe_source) == []

    back = browser.find_element(By.CSS_SELECTOR, "button[formaction='/appeal']")
    after(browser, back.click)
    assert browser.find_element(By.CSS_SELECTOR, "figure.timeline")
