"""Client for a payer's Da Vinci PDex Plan-Net provider directory (FHIR R4, GET-only)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

from navigator.core.clients.cache import TTLCache
from navigator.core.clients.guard import LookupLimits, seconds_left, within
from navigator.core.clients.plannet_parse import (
    NPI_SYSTEM,
    DirectoryError,
    DirectoryNetwork,
    DirectoryRole,
    DirectoryUnavailable,
    Resource,
    SearchNotSupported,
    TransientError,
    bundle_resources,
    in_network_now,
    index_resources,
    next_link,
    parse_network,
    parse_role,
    practitioner_npi,
    read_json,
)

__all__ = [
    "DirectoryError", "DirectoryNetwork", "DirectoryRole", "DirectoryUnavailable",
    "PlanNetClient", "SearchNotSupported", "in_network_now",
]

HEADERS = {"Accept": "application/fhir+json", "User-Agent": "navigator-plannet/0.1"}
ROLE_INCLUDES = (
    ("_include", "PractitionerRole:practitioner"),
    ("_include", "PractitionerRole:location"),
    ("_include", "PractitionerRole:network"),
)
# Sleeping inside a web request: never wait longer than this, whatever Retry-After says.
MAX_RETRY_AFTER = 10.0
CACHE_MAX_ENTRIES = 128
# Lookups collect every page into a list, so a runaway server must not make them endless.
MAX_LOOKUP_PAGES = 20

Params = list[tuple[str, str]]


class PlanNetClient:
    """Search one Plan-Net server; returns dataclasses and raises DirectoryError subclasses."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float | tuple[float, float] = 10,
        retries: int = 3,
        backoff: float = 0.5,
        cache_seconds: int = 300,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        max_retry_after: float = MAX_RETRY_AFTER,
        deadline: float | None = None,
        breaker: tuple[int, float] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        # (connect, read): requests waits forever unless told otherwise.
        self.timeout = timeout if isinstance(timeout, tuple) else (timeout, timeout)
        self.retries, self.backoff, self.max_retry_after = retries, backoff, max_retry_after
        self._owns_session = session is None
        self._session = session or requests.Session()
        self._sleep = sleep
        self._cache = TTLCache(cache_seconds, CACHE_MAX_ENTRIES, clock)
        # deadline: seconds one lookup may take in all; breaker: (failures in a row, pause).
        self.limits = LookupLimits(self.base_url, deadline, breaker, clock)

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> PlanNetClient:
        """Build a client from PLANNET_* settings in a Flask-style config mapping."""
        return cls(
            str(config["PLANNET_BASE_URL"]),
            timeout=float(config.get("PLANNET_TIMEOUT", 10)),
            retries=int(config.get("PLANNET_RETRIES", 3)),
            backoff=float(config.get("PLANNET_BACKOFF", 0.5)),
            cache_seconds=int(config.get("PLANNET_CACHE_SECONDS", 300)),
            deadline=float(config.get("PLANNET_DEADLINE", 10)),
            breaker=(int(config.get("PLANNET_BREAKER_FAILURES", 5)),
                     float(config.get("PLANNET_BREAKER_SECONDS", 60))),
        )

    def __enter__(self) -> PlanNetClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP session, unless the caller passed in (and so owns) it."""
        if self._owns_session:
            self._session.close()

    def find_network(self, name: str) -> list[DirectoryNetwork]:
        """Return the networks whose name matches, per the server's string search."""
        params = [("type", "ntwk"), ("name", name)]
        found: list[DirectoryNetwork] = []
        with self.limits.lookup():
            for bundle in self._search("Organization", params):
                with self._malformed():
                    # Filter on type ourselves too, in case the server ignored `type`.
                    found += filter(None, map(parse_network,
                                              bundle_resources(bundle, "Organization")))
        return found

    def roles_for_npi(
        self, npi: str, network_id: str | None = None, *, name: str | None = None
    ) -> list[DirectoryRole]:
        """Return the practitioner's roles, only those in one network if network_id is given."""
        with self.limits.lookup():
            roles = self._npi_roles(npi, network_id, name)
        # A server that ignores `network` would hand back roles in other networks too.
        return [role for role in roles if network_id in (None, *role.network_ids)]

    def _npi_roles(self, npi: str, network_id: str | None, name: str | None) -> list[DirectoryRole]:
        """Try the NPI searches in the order below until one is supported."""
        # Fallback order (domain-facts §10). Plan-Net only guarantees the `practitioner`
        # reference and its `name` chain; identifier search is base FHIR / US Core.
        #   1. PractitionerRole?practitioner.identifier=<NPI>: one call, if the server chains.
        #   2. Practitioner?identifier=<NPI>, then PractitionerRole?practitioner=Practitioner/<id>.
        #   3. PractitionerRole?practitioner.name=<name>, keeping roles whose Practitioner
        #      carries the NPI (needs `name`, e.g. the family name from the NPPES record).
        # A step is unsupported if the server answers 400, or ignores the parameter, which
        # shows as results whose Practitioner does not carry the NPI.
        scope: Params = [("network", f"Organization/{network_id}")] if network_id else []
        try:
            chained = [("practitioner.identifier", f"{NPI_SYSTEM}|{npi}"), *scope]
            return self._roles_with_npi(npi, chained)
        except SearchNotSupported:
            pass
        try:
            return self._roles_via_practitioner(npi, scope)
        except SearchNotSupported:
            if not name:
                raise
        by_name = self._roles([("practitioner.name", name), *scope])
        return [role for role in by_name if role.npi == npi]

    def network_roles(self, network_id: str, page_size: int = 100) -> Iterator[DirectoryRole]:
        """Yield every PractitionerRole in a network, following the Bundle's next links."""
        params = [("network", f"Organization/{network_id}"), ("_count", str(page_size))]
        # Bulk listings bypass the cache: they would evict every small lookup in it.
        for page in self._role_pages(params, max_pages=None, cache=False):
            yield from page

    def _role_pages(
        self,
        params: Params,
        known: Mapping[str, Resource] | None = None,
        *,
        max_pages: int | None = MAX_LOOKUP_PAGES,
        cache: bool = True,
    ) -> Iterator[list[DirectoryRole]]:
        """Run a PractitionerRole search with includes, yielding each page's roles."""
        search = [*params, *ROLE_INCLUDES]
        for bundle in self._search("PractitionerRole", search, max_pages=max_pages, cache=cache):
            with self._malformed():
                index = {**(known or {}), **index_resources(bundle)}
                yield [parse_role(r, index) for r in bundle_resources(bundle, "PractitionerRole")]

    @contextmanager
    def _malformed(self) -> Iterator[None]:
        """Report a Bundle whose contents have unexpected shapes as a DirectoryError."""
        try:
            yield
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise DirectoryError(f"{self.base_url}: malformed Bundle ({exc!r})") from exc

    def _roles(
        self, params: Params, known: Mapping[str, Resource] | None = None
    ) -> list[DirectoryRole]:
        """Run a PractitionerRole search and collect every page."""
        return [role for page in self._role_pages(params, known) for role in page]

    def _roles_with_npi(self, npi: str, params: Params) -> list[DirectoryRole]:
        """Search roles and insist that every one belongs to the NPI."""
        roles = []
        for page in self._role_pages(params):
            # Stop at the first page that shows the filter was ignored, not the last.
            if any(role.npi != npi for role in page):
                raise SearchNotSupported(f"{self.base_url} ignored {params[0][0]}")
            roles += page
        return roles

    def _roles_via_practitioner(self, npi: str, scope: Params) -> list[DirectoryRole]:
        """Find Practitioners by NPI identifier, then their roles by reference."""
        params = [("identifier", f"{NPI_SYSTEM}|{npi}")]
        practitioners = {}
        for bundle in self._search("Practitioner", params):
            with self._malformed():
                for resource in bundle_resources(bundle, "Practitioner"):
                    if practitioner_npi(resource) != npi:
                        raise SearchNotSupported(f"{self.base_url} ignored identifier")
                    practitioners[f"Practitioner/{resource['id']}"] = resource
        roles = []
        for key, practitioner in practitioners.items():
            roles += self._roles([("practitioner", key), *scope], known={key: practitioner})
        return roles

    def _search(
        self,
        resource_type: str,
        params: Params,
        *,
        max_pages: int | None = MAX_LOOKUP_PAGES,
        cache: bool = True,
    ) -> Iterator[Resource]:
        """Yield the search's Bundles page by page."""
        url = requests.Request("GET", f"{self.base_url}/{resource_type}", params=params)
        current = str(url.prepare().url)
        seen = {current}
        pages = 0
        while True:
            bundle = self._get_bundle(current, cache)
            yield bundle
            pages += 1
            link = next_link(bundle)
            if not link:
                return
            if max_pages is not None and pages >= max_pages:
                raise DirectoryError(f"{self.base_url}: more than {max_pages} pages of results")
            current = self._resolve_next(current, link)
            if current in seen:
                raise DirectoryError(f"{self.base_url}: paging loops back to {current}")
            seen.add(current)

    def _resolve_next(self, current: str, link: str) -> str:
        """Make a next link absolute, and refuse one that leaves the directory's host."""
        # Resolved against the page just fetched, not the base: "?page=2" must keep the path.
        url = urljoin(current, link)
        if urlsplit(url)[:2] != urlsplit(self.base_url)[:2]:
            raise DirectoryError(f"{self.base_url}: next link points elsewhere: {url}")
        return url

    def _get_bundle(self, url: str, cache: bool = True) -> Resource:
        """GET a search URL and check that the answer is a FHIR Bundle."""
        cached = self._cache.get(url) if cache else None
        if cached is not None:
            return cached
        body = self._get_json(url)
        if not isinstance(body, dict) or body.get("resourceType") != "Bundle":
            kind = body.get("resourceType") if isinstance(body, dict) else type(body).__name__
            raise DirectoryError(f"{url}: expected a Bundle, got {kind}")
        if cache:
            self._cache.put(url, body)
        return body

    def _get_json(self, url: str) -> Any:
        """GET a URL, retrying transient failures with exponential backoff."""
        reason = "no attempt made"
        for attempt in range(self.retries + 1):
            left = seconds_left()
            if left is not None and left <= 0:
                break
            try:
                return self._get_once(url, within(self.timeout, left))
            except TransientError as exc:
                reason, retry_after = str(exc), exc.retry_after
            if attempt == self.retries:
                raise DirectoryUnavailable(self.base_url, reason)
            wait = self.backoff * 2**attempt if retry_after is None \
                else min(retry_after, self.max_retry_after)
            left = seconds_left()
            if left is not None and wait >= left:
                break  # the retry could not finish in time: say so now, not after a sleep
            self._sleep(wait)
        raise DirectoryUnavailable(self.base_url, f"{reason}; out of time (a lookup may take "
                                                  f"{self.limits.deadline:g}s in all)")

    def _get_once(self, url: str, timeout: tuple[float, float]) -> Any:
        """Make one GET; raise TransientError for what a retry might cure."""
        try:
            with self._session.get(url, headers=HEADERS, timeout=timeout) as response:
                return read_json(response)
        except requests.Timeout as exc:
            raise TransientError(f"no answer within {timeout[1]:g}s ({exc})") from exc
        except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError) as exc:
            raise TransientError(f"connection failed ({exc})") from exc
