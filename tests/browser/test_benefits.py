"""The benefits check end to end in headless Chromium, with axe-core on every page."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from tests.browser.conftest import after, open_page
from tests.browser.test_site import axe_violations

pytestmark = pytest.mark.browser

CARVE_OUT = (Path(__file__).parent.parent / "navigator" / "fixtures" /
             "carve_out.x12").read_text()
TYPED = ("plan_type=individual&cost_type=copay&copay=50&deductible=2000&deductible_met=1500"
         "&oop_max=6000&specialist_copay=30&therapy_prior_auth=yes&medical_visit_limit=no"
         "&visit_limit=20")
PAGES = ["/benefits", "/benefits/type", f"/benefits/summary?{TYPED}",
         "/benefits/summary?copay=lots&cost_type=copay&deductible_met=5&deductible=1",
         "/benefits/sample/self-funded-carve-out", "/benefits/sample/original-medicare",
         "/benefits/sample/hmo-no-out-of-network"]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_violations(browser, live_server, axe_source, path, lang):
    open_page(browser, live_server, path, lang)
    assert axe_violations(browser, axe_source) == []


def paste(driver, live_server: str, text: str, lang: str) -> None:
    driver.get(f"{live_server}/benefits?lang={lang}")
    box = driver.find_element(By.ID, "x12")
    driver.execute_script("arguments[0].value = arguments[1]", box, text)
    after(driver, lambda: driver.find_element(
        By.CSS_SELECTOR, "#paste-271 button[type=submit]").click())


def test_paste_a_271_read_it_in_spanish_and_use_the_numbers(browser, live_server, axe_source):
    paste(browser, live_server, CARVE_OUT, "es")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    page = browser.find_element(By.TAG_NAME, "main").text
    assert "LAKESIDE BEHAVIORAL HEALTH" in page and "8005550199" in page
    assert "30,00 US$" in page and "500,00 US$" in page
    assert axe_violations(browser, axe_source) == []
    after(browser, lambda: browser.find_element(
        By.CSS_SELECTOR, "a.button[href^='/estimate?']").click())
    assert browser.find_element(By.ID, "copay").get_attribute("value") == "30.00"
    assert browser.find_element(By.ID, "deductible").get_attribute("value") == "2000.00"
    assert browser.find_element(By.ID, "deductible_met").get_attribute("value") == "1500.00"
    assert browser.find_element(
        By.CSS_SELECTOR, "input[name=cost_type][value=copay]").is_selected()


def test_a_bad_271_says_where(browser, live_server, axe_source):
    paste(browser, live_server, "ISA*00*broken", "en")
    summary = browser.find_element(By.CSS_SELECTOR, ".error-summary")
    assert "segment" in summary.text
    assert axe_violations(browser, axe_source) == []
