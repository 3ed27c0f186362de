"""End to end in headless Chromium: search, language switch, no-JS, zoom, and axe-core."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import glossary
from navigator.features.pages.tasks import TASKS
from tests.browser.conftest import after, open_page

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGES = (["/", "/about", "/privacy", "/accessibility", "/glossary", "/glossary?q=deducible",
          "/glossary?q=" + "x" * 120, "/glossary/deductible", "/glossary/good-faith-estimate",
          "/no-such-page", "/network", "/network?q=1234567893", "/network?q=",
          "/network?q=harbor"])


def axe_violations(driver, source: str) -> list[dict]:
    driver.execute_script(source)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done({version: r.testEngine.version, violations: r.violations}))"
        ".catch(e => done({error: String(e)}));",
        AXE_TAGS,
    )
    assert "error" not in result, result
    assert result["version"].startswith("4."), result["version"]
    return [{"id": v["id"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in result["violations"]]


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_wcag21_aa_violations(browser, live_server, axe_source, path, lang):
    open_page(browser, live_server, path, lang)
    assert axe_violations(browser, axe_source) == []


def test_every_term_page_passes_axe_in_spanish(browser, live_server, axe_source):
    failures = {}
    for term in glossary.all_terms()[::10]:  # a sample keeps the run short; all share a template
        browser.get(f"{live_server}/glossary/{term.slug}?lang=es")
        found = axe_violations(browser, axe_source)
        if found:
            failures[term.slug] = found
    assert failures == {}


def test_home_page_shows_the_tasks(browser, live_server):
    browser.get(f"{live_server}/?lang=en")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Use your health insurance for therapy"
    titles = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".task h3")]
    assert titles == [str(task.title) for task in TASKS]


def test_switch_to_spanish_then_search_deducible_and_read_the_term(browser, live_server):
    browser.get(f"{live_server}/?lang=en")
    after(browser, lambda: browser.find_element(By.LINK_TEXT, "Español").click())
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    after(browser, lambda: browser.find_element(
        By.CSS_SELECTOR, ".site-nav a[href='/glossary']").click())
    box = browser.find_element(By.ID, "q")
    box.send_keys("deducible")
    after(browser, lambda: box.send_keys(Keys.ENTER))
    after(browser, lambda: browser.find_element(By.CSS_SELECTOR, ".results h2 a").click())
    assert browser.find_element(By.TAG_NAME, "h1").text == "Deducible"
    assert browser.find_element(By.ID, "example-heading").text == "Ejemplo"
    assert "$" in browser.find_element(By.CSS_SELECTOR, "#example-heading + p").text
    browser.get(f"{live_server}/about")  # the choice is remembered
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
    after(browser, lambda: browser.find_element(By.LINK_TEXT, "English").click())
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"


def test_search_in_english(browser, live_server):
    browser.get(f"{live_server}/glossary?lang=en")
    box = browser.find_element(By.ID, "q")
    box.send_keys("Coinsurance")
    after(browser, lambda: box.send_keys(Keys.ENTER))
    first = browser.find_element(By.CSS_SELECTOR, ".results h2 a")
    assert first.get_attribute("href").endswith("/glossary/coinsurance")


def test_skip_link_is_first_and_moves_focus_to_main(browser, live_server):
    browser.get(f"{live_server}/?lang=en")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active.get_attribute("href").endswith("#main")
    assert active.is_displayed()
    active.send_keys(Keys.ENTER)
    assert browser.switch_to.active_element.get_attribute("id") == "main"


def test_inline_definition_shows_on_focus_and_escape_hides_it(browser, live_server):
    browser.get(f"{live_server}/?lang=en")
    link = browser.find_element(By.CSS_SELECTOR, ".gloss-link[href='/glossary/deductible']")
    tip = browser.find_element(By.ID, link.get_attribute("aria-describedby"))
    assert not tip.is_displayed()
    browser.execute_script("arguments[0].focus()", link)
    assert tip.is_displayed()
    link.send_keys(Keys.ESCAPE)
    assert not tip.is_displayed()


def test_no_horizontal_scroll_at_200_percent_zoom(browser, live_server):
    # 200% zoom on a 1280 px window leaves 640 CSS px; 320 px covers WCAG 1.4.10 reflow.
    try:
        for width in (640, 320):
            browser.set_window_size(width, 900)
            for path in ("/", "/glossary", "/glossary/coinsurance?lang=es", "/front-desk?lang=es",
                         "/benefits/sample/ppo-copay?lang=es", "/appeal?lang=es",
                         "/good-faith-estimate?lang=es", "/prior-authorization?lang=es"):
                browser.get(f"{live_server}{path}")
                overflow = browser.execute_script(
                    "return document.documentElement.scrollWidth - "
                    "document.documentElement.clientWidth")
                assert overflow <= 0, (width, path, overflow)
    finally:
        browser.set_window_size(1280, 900)


def test_feedback_form_works_without_javascript(browser_without_js, live_server):
    driver = browser_without_js
    driver.get(f"{live_server}/glossary/copayment?lang=en")
    after(driver, lambda: driver.find_element(By.CSS_SELECTOR, "#feedback button").click())
    summary = driver.find_element(By.CSS_SELECTOR, ".error-summary a")
    assert summary.get_attribute("href").endswith("#helpful-0")
    driver.find_element(By.ID, "helpful-0").click()
    after(driver, lambda: driver.find_element(By.CSS_SELECTOR, "#feedback button").click())
    assert "Thank you" in driver.find_element(By.CSS_SELECTOR, ".notice").text


def test_search_works_without_javascript(browser_without_js, live_server):
    driver = browser_without_js
    driver.get(f"{live_server}/glossary?lang=es")
    box = driver.find_element(By.ID, "q")
    box.send_keys("coseguro")
    after(driver, lambda: driver.find_element(By.CSS_SELECTOR, ".search-form button").click())
    first = driver.find_element(By.CSS_SELECTOR, ".results h2 a")
    assert first.get_attribute("href").endswith("/glossary/coinsurance")
