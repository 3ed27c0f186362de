"""Good Faith Estimates in headless Chromium: fill the form, read the estimate, axe on each page."""

from __future__ import annotations

import datetime as dt

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from tests.browser.conftest import after, open_page
from tests.browser.test_site import axe_violations

pytestmark = pytest.mark.browser

BILL_DATE = (dt.date.today() - dt.timedelta(days=10)).isoformat()
DISPUTE_PAGES = [
    "/good-faith-estimate/dispute",
    f"/good-faith-estimate/dispute?bill_date={BILL_DATE}&providers-0-name=Harbor"
    "&providers-0-estimated=1000&providers-0-billed=1400",
    f"/good-faith-estimate/dispute?bill_date={BILL_DATE}&providers-0-estimated=1000"
    "&providers-0-billed=1200",
    "/good-faith-estimate/dispute?bill_date=soon&providers-0-billed=lots",
]
TEXT = {"patient_name": "Ana Pérez", "primary_service": "Individual therapy, once a week",
        "diagnosis_codes": "F41.1", "providers-0-name": "Harbor Counseling",
        "providers-0-npi": "1234567893", "providers-0-tin": "12-3456789",
        "providers-0-address": "1 Main St, Springfield",
        "providers-0-lines-0-sessions": "50", "providers-0-lines-0-fee": "$150"}
DATES = {"patient_dob": "1990-05-01", "first_date": "2099-01-04"}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("path", ["/good-faith-estimate", *DISPUTE_PAGES])
def test_axe_finds_no_violations_on_get_pages(browser, live_server, axe_source, path, lang):
    open_page(browser, live_server, path, lang)
    assert axe_violations(browser, axe_source) == []


def submit(driver) -> None:
    after(driver, lambda: driver.find_element(
        By.CSS_SELECTOR, ".estimate-form button[type=submit]").click())


def fill_estimate(driver) -> None:
    for field_id, text in TEXT.items():
        box = driver.find_element(By.ID, field_id)
        box.clear()
        box.send_keys(text)
    for field_id, value in DATES.items():  # date inputs take typing in the locale's order
        driver.execute_script("arguments[0].value = arguments[1]",
                              driver.find_element(By.ID, field_id), value)
    Select(driver.find_element(By.ID, "providers-0-state")).select_by_value("IL")
    Select(driver.find_element(By.ID, "providers-0-lines-0-code")).select_by_value("90837")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_errors_then_estimate_then_change(browser, live_server, axe_source, lang):
    browser.get(f"{live_server}/good-faith-estimate?lang={lang}")
    submit(browser)
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert summary.find_element(By.CSS_SELECTOR, "a[href='#patient_name']")
    assert axe_violations(browser, axe_source) == []

    fill_estimate(browser)
    submit(browser)
    assert browser.find_elements(By.CSS_SELECTOR, ".error-summary") == []
    main = browser.find_element(By.TAG_NAME, "main").text
    assert "Ana Pérez" in main and "1234567893" in main and "F41.1" in main
    assert "7,500.00" in main or "7500,00" in main
    assert axe_violations(browser, axe_source) == []

    after(browser, lambda: browser.find_element(By.CSS_SELECTOR, "button[formaction]").click())
    assert browser.find_element(By.ID, "patient_name").get_attribute("value") == "Ana Pérez"
    assert browser.find_element(By.ID, "providers-0-lines-0-fee").get_attribute(
        "value") == "$150"
