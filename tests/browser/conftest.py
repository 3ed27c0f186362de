"""A real browser (Debian Chromium, headless) against the app on a local port."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from navigator import create_app
from navigator.core.cli import upgrade_database
from tests.conftest import ROOT, app_config, skip_unless_required

CHROMIUM = os.environ.get("NAVIGATOR_CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("NAVIGATOR_CHROMEDRIVER", "/usr/bin/chromedriver")
AXE_JS = Path(os.environ.get("NAVIGATOR_AXE_JS",
                             ROOT / ".cache/axe/node_modules/axe-core/axe.min.js"))

pytestmark = pytest.mark.browser


def _missing_browser() -> str | None:
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (Path(path).exists() or shutil.which(path)):
            return f"{path} not found: install Debian's chromium and chromium-driver (.ci/run does)"
    return None


@pytest.fixture(scope="session")
def live_server(translations_dir, tmp_path_factory):
    """The real app, CSRF on, with a file database, served in a thread."""
    db = tmp_path_factory.mktemp("browser") / "site.db"
    app = create_app(app_config(translations_dir, TESTING=False, WTF_CSRF_ENABLED=True,
                                DATABASE_URL=f"sqlite:///{db}"))
    upgrade_database(app.extensions["navigator.engine"])
    _seed_network(app.extensions["navigator.engine"])
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def _seed_network(engine) -> None:
    """One network with a therapist and two rates, so network pages show a rates table."""
    from decimal import Decimal

    from navigator.features.network.store import LoadTarget, RateRow, load_network

    load_network(engine, LoadTarget(name="Example PPO", source_kind="tic", source="r.json",
                                    as_of="2026-11-01"), [
        RateRow("90837", "CPT", "1234567893", "123456789", "Harbor Counseling",
                Decimal("142.50"), "negotiated", "professional", "11,02,10", "",
                "9999-12-31"),
        RateRow("90834", "CPT", "1234567893", "123456789", "Harbor Counseling",
                Decimal("80"), "percentage", "professional", "11", "", "9999-12-31")])


def _chrome(javascript: bool = True):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="navigator-chrome-")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                     f"--user-data-dir={profile}", "--window-size=1280,900", "--lang=en-US"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.implicitly_wait(0)
    return driver, profile


@pytest.fixture(scope="session")
def browser():
    reason = _missing_browser()
    if reason:
        skip_unless_required(reason)
    driver, profile = _chrome()
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def browser_without_js():
    reason = _missing_browser()
    if reason:
        skip_unless_required(reason)
    driver, profile = _chrome(javascript=False)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.exists():
        skip_unless_required(f"axe-core 4 not found at {AXE_JS}: run "
                    "`npm install --prefix .cache/axe axe-core@4` (.ci/run does)")
    return AXE_JS.read_text(encoding="utf-8")


def after(driver, action) -> None:
    """Run an action that loads a new page, and wait until the new page has its main region.

    While Chrome swaps documents a query can fail with a passing "frame detached" or
    "cannot determine loading status" error; those mean "not yet", so the waits retry them.
    """
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    old = driver.find_element(By.TAG_NAME, "html")
    action()
    wait = WebDriverWait(driver, 10, ignored_exceptions=(WebDriverException,))
    wait.until(expected_conditions.staleness_of(old))
    wait.until(expected_conditions.presence_of_element_located((By.TAG_NAME, "main")))


def open_page(driver, base: str, path: str, lang: str) -> None:
    """Load a page of the live server in the given language."""
    joiner = "&" if "?" in path else "?"
    driver.get(f"{base}{path}{joiner}lang={lang}")
