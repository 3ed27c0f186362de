"""Look up a therapist by NPI, see the 90837 rate and its date, estimate with it."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.browser.conftest import after

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("lang", "in_network", "rate"), [
    ("en", "In network", "$142.50"), ("es", "Dentro de la red", "142,50 US$")])
def test_npi_lookup_then_estimate(browser, live_server, lang, in_network, rate):
    browser.get(f"{live_server}/network?lang={lang}")
    box = browser.find_element(By.ID, "q")
    box.send_keys("1234567893")
    after(browser, lambda: box.send_keys(Keys.ENTER))
    answer = browser.find_element(By.CSS_SELECTOR, ".answer").text
    assert in_network in answer and "Example PPO" in answer and rate in answer
    assert "2026-11-01" in answer
    link = browser.find_element(By.CSS_SELECTOR, ".answer a[href*='allowed_amount=142.50']")
    after(browser, link.click)
    assert browser.find_element(By.ID, "allowed_amount").get_attribute("value") == "142.50"
