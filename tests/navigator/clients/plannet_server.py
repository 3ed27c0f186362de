"""A local Plan-Net directory for tests: fixture Bundles on 127.0.0.1, with scripted faults."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).parent / "fixtures"
KNOWN_NPI = "1234567893"
FHIR_JSON = "application/fhir+json"


@dataclass
class Reply:
    """One canned HTTP response."""

    status: int
    body: bytes = b""
    content_type: str = FHIR_JSON
    headers: dict[str, str] = field(default_factory=dict)


class PlanNetServer:
    """Serve Plan-Net searches from fixtures; tests script faults and search support."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.faults: list[Reply] = []  # served first, one per request, in order
        self.always: Reply | None = None
        self.delay = 0.0
        # How the server treats identifier searches: "supported", "rejected" (400), "ignored".
        self.chained_identifier = "supported"
        self.practitioner_identifier = "supported"
        self.honours_network = True
        self._release = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = False  # so server_close() waits for every handler
        self._httpd.directory = self  # type: ignore[attr-defined]
        # A short poll interval keeps shutdown() (so each test's teardown) fast.
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        """Return the FHIR base URL, e.g. http://127.0.0.1:PORT/fhir."""
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/fhir"

    def __enter__(self) -> PlanNetServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._release.set()  # cut short any handler still sleeping for a timeout test
        self._httpd.shutdown()
        self._thread.join()
        self._httpd.server_close()

    def queries(self) -> list[tuple[str, dict[str, list[str]]]]:
        """Return each request as (resource path, parsed query)."""
        parts = [urlsplit(raw) for raw in self.requests]
        return [(p.path.removeprefix("/fhir/"), parse_qs(p.query)) for p in parts]

    def reply(self, raw_path: str) -> Reply:
        """Choose the response for one request."""
        self.requests.append(raw_path)
        if self.delay:
            self._release.wait(self.delay)
        if self.faults:
            return self.faults.pop(0)
        if self.always:
            return self.always
        url = urlsplit(raw_path)
        query = {key: values[-1] for key, values in parse_qs(url.query).items()}
        return self._route(url.path.removeprefix("/fhir/"), query)

    def _route(self, resource: str, query: dict[str, str]) -> Reply:
        """Answer like a Plan-Net server with the configured search support."""
        if resource == "Organization":
            return self.fixture("networks.json")
        if resource == "Practitioner" and "identifier" in query:
            return self._identifier(self.practitioner_identifier, query["identifier"],
                                    "practitioner-by-npi.json", "practitioners-all.json")
        if resource != "PractitionerRole":
            return self.fixture("outcome-unsupported.json", status=404)
        if "_getpages" in query:
            return self.fixture(f"network-page-{int(query['_page'])}.json")
        if "practitioner.identifier" in query:
            reply = self._identifier(self.chained_identifier, query["practitioner.identifier"],
                                     "roles-rivera.json", "network-page-1.json")
        elif query.get("practitioner") == "Practitioner/rivera":
            reply = self.fixture("roles-rivera-bare.json")
        elif query.get("practitioner.name", "").lower().startswith("riv"):
            reply = self.fixture("roles-rivera.json")
        elif "practitioner" in query or "practitioner.name" in query:
            reply = self.fixture("empty.json")
        else:
            reply = self.fixture("network-page-1.json")
        return _only_network(reply, query.get("network") if self.honours_network else None)

    def _identifier(self, support: str, value: str, found: str, everything: str) -> Reply:
        """Answer an identifier search as a server with that level of support would."""
        if support == "rejected":
            return self.fixture("outcome-unsupported.json", status=400)
        if support == "ignored":
            return self.fixture(everything)
        return self.fixture(found if value.endswith(f"|{KNOWN_NPI}") else "empty.json")

    def fixture(self, name: str, status: int = 200) -> Reply:
        """Load a fixture, pointing its absolute URLs at this server."""
        text = (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", self.base_url)
        return Reply(status, text.encode())


def json_reply(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Reply:
    """Build a FHIR JSON reply from a Python value."""
    return Reply(status, json.dumps(body).encode(), headers=headers or {})


def _only_network(reply: Reply, network: str | None) -> Reply:
    """Drop matched PractitionerRoles outside the requested network, as a real server would."""
    if not network or reply.status != 200:
        return reply
    bundle = json.loads(reply.body)
    bundle["entry"] = [e for e in bundle.get("entry", []) if _in_network(e, network)]
    return json_reply(bundle)


def _in_network(entry: dict[str, Any], network: str) -> bool:
    """Keep includes, and matches whose network-reference extension points at the network."""
    if entry["search"]["mode"] != "match":
        return True
    extensions = entry["resource"].get("extension", [])
    refs = [ext.get("valueReference", {}).get("reference") for ext in extensions]
    return network in refs


class _Handler(BaseHTTPRequestHandler):
    """Hand each GET to the PlanNetServer that owns this HTTP server."""

    def do_GET(self) -> None:
        reply = self.server.directory.reply(self.path)  # type: ignore[attr-defined]
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)
        except ConnectionError:
            pass  # the client gave up (timeout test); nothing is wrong with the server

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""
