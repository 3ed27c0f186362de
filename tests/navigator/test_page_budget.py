"""Every page stays small and asks no other host for anything.

A person on a slow phone connection, or on a clinic's shared line, loads the HTML and the
stylesheets it links before seeing anything: together they stay under 60 KB. Nothing the
browser fetches by itself (stylesheets, scripts, images, frames, form posts) comes from
another host; only links a person clicks (<a href>) may point elsewhere.

Run with -s to see each page's size, largest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

import pytest

import glossary
from benefits.summary.sample_plans import sample_plans
from navigator import create_app
from navigator.core.cli import upgrade_database
from tests.conftest import CheckedClient, app_config

BUDGET = 60 * 1024
# Attributes the browser follows without a click; <a href> is the one a person clicks.
FETCHING = {"src", "href", "action", "formaction", "srcset", "poster", "data", "background"}
ESTIMATE = {"network": "in", "code": "90837", "allowed_amount": "180", "count": "12",
            "first_date": "2026-11-02", "every_days": "7", "deductible": "1500",
            "deductible_met": "0", "oop_max": "5000", "oop_met": "0",
            "cost_type": "coinsurance", "coinsurance": "20", "deductible_applies": "yes"}
TYPED_PLAN = {"plan_type": "individual", "cost_type": "copay", "copay": "$50",
              "deductible": "2,000", "deductible_met": "1500", "oop_max": "6000",
              "oop_met": "0", "specialist_copay": "30", "primary_care_copay": "20",
              "therapy_prior_auth": "no", "separate_deductible": "no",
              "medical_visit_limit": "no", "oon_covered": "no", "plan_year_month": "1"}
# Pages a person reaches with a filled query string (the bare URL shows the empty form).
RESULT_PAGES = [
    "/estimate/result?" + urlencode(ESTIMATE),
    "/estimate/result?" + urlencode(ESTIMATE) + "&lang=es",
    "/estimate/sheet?" + urlencode(ESTIMATE),
    "/estimate/session-code?minutes=50&kind=individual",
    "/benefits/summary?" + urlencode(TYPED_PLAN),
    "/glossary?q=deductible",
    "/denied?codes=CO-197",
    "/prior-authorization?service=weekly_therapy&plan_type=individual",
    "/network?q=harbor",
]
# Result pages that come back from a form post.
POSTED_PAGES = [
    ("/front-desk/check", {"date_of_service": "2026-03-02", "payer_type": "commercial",
                           "npi": "1234567890", "place_of_service": "10",
                           "diagnoses": "F41; E11.9", "lines-0-code": "90837",
                           "lines-0-minutes": "45", "lines-1-code": "90785"}),
]


@dataclass(frozen=True)
class Page:
    path: str
    status: int
    html: int
    css: int
    foreign: tuple[str, ...]  # what the browser would fetch from another host

    @property
    def total(self) -> int:
        return self.html + self.css


class Links(HTMLParser):
    """Stylesheets the page links, and every fetched address that names another host."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stylesheets: list[str] = []
        self.foreign: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and "stylesheet" in (values.get("rel") or "").split():
            self.stylesheets.append(values.get("href") or "")
        for name, value in attrs:
            if name in FETCHING and not (tag == "a" and name == "href") \
                    and value and _other_host(value):
                self.foreign.append(f"<{tag} {name}={value}>")


def _other_host(address: str) -> bool:
    """True for any address with a host (http://x, //x) other than the test site's own."""
    parts = [urlsplit(part.strip().split(" ")[0]) for part in address.split(",")]
    return any(part.netloc and part.netloc != "localhost" for part in parts)


@pytest.fixture(scope="module")
def site(translations_dir, tmp_path_factory):
    """One app for every page (the shared fixtures build one per test)."""
    app = create_app(app_config(translations_dir))
    app.test_client_class = CheckedClient
    app.instance_path = str(tmp_path_factory.mktemp("instance"))
    upgrade_database(app.extensions["navigator.engine"])
    return app


def get_pages(app) -> list[str]:
    """Every GET route without arguments, the arguments' typical values, and result pages."""
    plain = sorted(rule.rule for rule in app.url_map.iter_rules()
                   if "GET" in (rule.methods or ()) and not rule.arguments)
    terms = [f"/glossary/{term.slug}" for term in glossary.all_terms()]
    plans = [f"/benefits/sample/{plan.id}" for plan in sample_plans()]
    return [*plain, *terms, *plans, *RESULT_PAGES]


def measure(client, path: str, response) -> Page | None:
    if response.mimetype != "text/html" or 300 <= response.status_code < 400:
        return None  # an API, a file, or a redirect to a page measured on its own
    assert response.status_code < 500, path
    links = Links()
    links.feed(response.get_data(as_text=True))
    css = 0
    for href in links.stylesheets:
        if _other_host(href):
            continue  # reported by the other-host test; the client cannot fetch it
        sheet = client.get(urlsplit(href).path)
        assert sheet.status_code == 200, (path, href)
        css += len(sheet.data)
        sheet.close()
    return Page(path, response.status_code, len(response.data), css, tuple(links.foreign))


@pytest.fixture(scope="module")
def pages(site) -> list[Page]:
    client = site.test_client()
    found = [measure(client, path, client.get(path)) for path in get_pages(site)]
    found += [measure(client, path, client.post(path, data=form)) for path, form in POSTED_PAGES]
    measured = [page for page in found if page is not None]
    print(f"\n{'page':<80} {'status':>6} {'HTML':>7} {'CSS':>7} {'total':>7}")
    for page in sorted(measured, key=lambda p: -p.total):
        print(f"{page.path[:80]:<80} {page.status:>6} {page.html:>7} {page.css:>7} "
              f"{page.total:>7}")
    return measured


def test_the_pages_cover_the_site(pages):
    paths = {page.path.split("?")[0] for page in pages}
    assert {"/", "/estimate", "/estimate/result", "/front-desk", "/front-desk/check",
            "/glossary", "/network", "/good-faith-estimate"} <= paths
    assert len(pages) > 20
    # A result page measured as an error page would prove nothing.
    results = {*RESULT_PAGES, *(path for path, _ in POSTED_PAGES)}
    assert [(p.path, p.status) for p in pages if p.path in results and p.status != 200] == []


def test_every_page_with_its_css_is_under_60_kb(pages):
    over = [(page.path, page.total) for page in pages if page.total > BUDGET]
    assert over == []


def test_no_page_makes_the_browser_call_another_host(pages):
    assert [(page.path, page.foreign) for page in pages if page.foreign] == []


def test_the_checks_can_fail():
    page = Links()
    page.feed('<link rel="stylesheet" href="https://cdn.example/x.css">'
              '<script src="//evil.example/a.js"></script><img srcset="/a.png 1x, '
              'https://img.example/b.png 2x"><form action="https://post.example/"></form>'
              '<a href="https://www.cms.gov/">CMS</a><img src="/static/x.png">')
    assert len(page.foreign) == 4 and not any("cms.gov" in item for item in page.foreign)
    assert page.stylesheets == ["https://cdn.example/x.css"]
    assert Page("/big", 200, BUDGET, 1, ()).total > BUDGET

