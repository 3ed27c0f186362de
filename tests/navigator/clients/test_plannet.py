"""PlanNetClient against a local Plan-Net server: searches, fallbacks, paging, faults, cache."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
import requests

from navigator.core.clients.cache import TTLCache
from navigator.core.clients.plannet import (
    DirectoryError,
    DirectoryNetwork,
    DirectoryRole,
    DirectoryUnavailable,
    PlanNetClient,
    SearchNotSupported,
    in_network_now,
)
from navigator.core.clients.plannet_parse import index_resources, parse_role, retry_after_seconds
from tests.navigator.clients.plannet_server import KNOWN_NPI, PlanNetServer, Reply, json_reply

NPI_PARAM = f"http://hl7.org/fhir/sid/us-npi|{KNOWN_NPI}"
RIVERA_PPO = DirectoryRole(
    npi=KNOWN_NPI,
    name="Rivera, Ana Luisa",
    network_ids=("evergreen-ppo",),
    network_names=("Evergreen PPO Network",),
    active=True,
    period_start="2023-01-01",
    period_end=None,
    specialties=("101YM0800X",),
    accepting_new_patients="existptonly",  # stated on the Location, not the role
    location="Maple Street Counseling, 410 Maple Street, Springfield, IL 62701",
    phone="217-555-0142",  # the role has no phone, so the location's
)


@pytest.fixture
def server() -> Iterator[PlanNetServer]:
    with PlanNetServer() as directory:
        yield directory


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def client(server: PlanNetServer, sleeps: list[float]) -> Iterator[PlanNetClient]:
    with PlanNetClient(server.base_url, timeout=2, sleep=sleeps.append) as plannet:
        yield plannet


def test_find_network_keeps_only_organizations_typed_as_networks(client, server):
    networks = client.find_network("Evergreen")
    assert networks == [
        DirectoryNetwork("evergreen-ppo", "Evergreen PPO Network"),
        DirectoryNetwork("evergreen-hmo", "Evergreen HMO Network"),
    ]
    assert server.queries() == [("Organization", {"type": ["ntwk"], "name": ["Evergreen"]})]


def test_roles_for_npi_asks_for_the_role_in_one_call(client, server):
    assert client.roles_for_npi(KNOWN_NPI, "evergreen-ppo") == [RIVERA_PPO]
    [(resource, query)] = server.queries()
    assert resource == "PractitionerRole"
    assert query["practitioner.identifier"] == [NPI_PARAM]
    assert query["network"] == ["Organization/evergreen-ppo"]
    assert {"PractitionerRole:practitioner", "PractitionerRole:location"} <= set(query["_include"])


def test_roles_for_npi_without_a_network_returns_ended_roles_too(client):
    ppo, hmo = client.roles_for_npi(KNOWN_NPI)
    assert ppo == RIVERA_PPO
    assert (hmo.active, hmo.period_end) == (False, "2024-06-30")
    assert hmo.network_ids == ("evergreen-hmo",)
    assert (hmo.accepting_new_patients, hmo.phone) == ("nopt", "309-555-0123")  # from the role
    assert not in_network_now(hmo, date(2025, 1, 1))


def test_roles_outside_the_network_are_dropped_if_the_server_ignores_network(client, server):
    server.honours_network = False
    assert client.roles_for_npi(KNOWN_NPI, "evergreen-ppo") == [RIVERA_PPO]
    assert len(server.requests) == 1


def test_roles_for_npi_of_an_unknown_practitioner_is_empty(client):
    assert client.roles_for_npi("1999999992", "evergreen-ppo") == []


@pytest.mark.parametrize("chain", ["rejected", "ignored"])
def test_without_chained_identifier_search_it_finds_the_practitioner_first(client, server, chain):
    server.chained_identifier = chain
    assert client.roles_for_npi(KNOWN_NPI, "evergreen-ppo") == [RIVERA_PPO]
    assert [(resource, sorted(query)) for resource, query in server.queries()[1:]] == [
        ("Practitioner", ["identifier"]),
        ("PractitionerRole", ["_include", "network", "practitioner"]),
    ]
    assert server.queries()[2][1]["practitioner"] == ["Practitioner/rivera"]


@pytest.mark.parametrize("support", ["rejected", "ignored"])
def test_without_any_identifier_search_it_falls_back_to_the_name(client, server, support):
    server.chained_identifier = server.practitioner_identifier = support
    assert client.roles_for_npi(KNOWN_NPI, "evergreen-ppo", name="Rivera") == [RIVERA_PPO]
    resource, query = server.queries()[-1]
    assert (resource, query["practitioner.name"]) == ("PractitionerRole", ["Rivera"])


def test_without_identifier_search_or_a_name_it_says_so(client, server):
    server.chained_identifier = server.practitioner_identifier = "rejected"
    with pytest.raises(SearchNotSupported, match="Unknown search parameter"):
        client.roles_for_npi(KNOWN_NPI, "evergreen-ppo")


def test_network_roles_follows_absolute_then_relative_next_links(client, server):
    roles = list(client.network_roles("evergreen-ppo", page_size=2))
    assert [role.name for role in roles] == [
        "Rivera, Ana Luisa", "Okafor, Chidi", "Chen, Mei", "Novak, Petra", "Lee, Jordan",
    ]
    # Okafor's network reference has no display: the name comes from the included Organization.
    assert all(role.network_names == ("Evergreen PPO Network",) for role in roles)
    queries = server.queries()
    assert queries[0][1]["_count"] == ["2"]
    assert [query.get("_page") for _, query in queries] == [None, ["2"], ["3"]]


def test_network_roles_bypasses_the_cache(client, server):
    list(client.network_roles("evergreen-ppo"))
    list(client.network_roles("evergreen-ppo"))
    assert len(server.requests) == 6


def test_a_next_link_to_another_host_is_refused(client, server):
    bundle = {"resourceType": "Bundle", "type": "searchset",
              "link": [{"relation": "next", "url": "http://elsewhere.invalid/fhir/x?page=2"}]}
    server.faults = [json_reply(bundle)]
    with pytest.raises(DirectoryError, match="next link points elsewhere"):
        list(client.network_roles("evergreen-ppo"))


def test_one_server_error_is_retried(client, server, sleeps):
    server.faults = [Reply(500)]
    assert len(client.find_network("Evergreen")) == 2
    assert (len(server.requests), sleeps) == (2, [0.5])


def test_a_server_that_keeps_failing_is_unavailable_after_backing_off(client, server, sleeps):
    server.always = Reply(503)
    with pytest.raises(DirectoryUnavailable) as caught:
        client.find_network("Evergreen")
    assert caught.value.base_url == server.base_url
    assert "HTTP 503" in caught.value.reason and server.base_url in str(caught.value)
    assert (len(server.requests), sleeps) == (4, [0.5, 1.0, 2.0])


def test_retry_after_is_honoured_up_to_the_cap(client, server, sleeps):
    server.faults = [Reply(429, headers={"Retry-After": "3"}),
                     Reply(503, headers={"Retry-After": "120"})]
    assert client.find_network("Evergreen")
    assert sleeps == [3.0, 10.0]


def test_a_slow_server_times_out_as_unavailable(server, sleeps):
    server.delay = 1.0
    started = time.monotonic()
    with PlanNetClient(server.base_url, timeout=0.2, retries=1, sleep=sleeps.append) as plannet, \
            pytest.raises(DirectoryUnavailable, match="no answer within 0.2s"):
        plannet.find_network("Evergreen")
    assert time.monotonic() - started < 1.0
    assert (len(server.requests), sleeps) == (2, [0.5])


def test_a_closed_port_is_unavailable(sleeps):
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/fhir"
    with PlanNetClient(url, retries=1, sleep=sleeps.append) as plannet, \
            pytest.raises(DirectoryUnavailable, match="connection failed"):
        plannet.find_network("Evergreen")
    assert sleeps == [0.5]


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (Reply(200, b"<html>Maintenance</html>", "text/html"), "did not answer JSON"),
        (json_reply({"resourceType": "OperationOutcome"}), "expected a Bundle"),
        (json_reply(["not", "a", "resource"]), "expected a Bundle, got list"),
        (json_reply({"resourceType": "OperationOutcome"}, status=404), "HTTP 404"),
        (json_reply([], status=400), "HTTP 400 from .*: Bad Request"),
        (json_reply({"resourceType": "Bundle", "entry": [{"resource": {
            "resourceType": "Organization", "id": "n", "type": "ntwk"}}]}), "malformed Bundle"),
    ],
)
def test_a_bad_answer_is_a_directory_error_and_not_retried(client, server, sleeps, reply, message):
    server.faults = [reply]
    with pytest.raises(DirectoryError, match=message) as caught:
        client.find_network("Evergreen")
    assert not isinstance(caught.value, DirectoryUnavailable)
    assert (len(server.requests), sleeps) == (1, [])


def test_identical_lookups_are_cached_until_they_expire(server):
    now = [1000.0]
    with PlanNetClient(server.base_url, clock=lambda: now[0]) as plannet:
        plannet.find_network("Evergreen")
        plannet.find_network("Evergreen")
        assert len(server.requests) == 1
        plannet.find_network("Evergreen HMO")  # a different query is a different entry
        assert len(server.requests) == 2
        now[0] += 301
        plannet.find_network("Evergreen")
        assert len(server.requests) == 3


def test_failures_are_not_cached(client, server):
    server.faults = [Reply(200, b"oops", "text/plain")]
    with pytest.raises(DirectoryError):
        client.find_network("Evergreen")
    assert client.find_network("Evergreen")
    assert len(server.requests) == 2


def test_the_cache_can_be_turned_off(server):
    with PlanNetClient(server.base_url, cache_seconds=0) as plannet:
        plannet.find_network("Evergreen")
        plannet.find_network("Evergreen")
    assert len(server.requests) == 2


def test_the_cache_evicts_the_least_recently_used_entry():
    cache = TTLCache(60, max_entries=2, clock=lambda: 0.0)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1  # "b" is now the least recently used
    cache.put("c", 3)
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (1, None, 3)


@pytest.mark.parametrize(
    ("active", "start", "end", "expected"),
    [
        (True, "2023-01-01", None, True),
        (None, None, None, True),  # unknown is not "inactive"
        (False, "2023-01-01", None, False),
        (True, "2023-01-01", "2025-03-09", False),  # ended the day before
        (True, "2023-01-01", "2025-03-10", True),  # the end date is inclusive
        (True, "2025-03-11", None, False),  # not started yet
        (True, "2024", "2025", True),  # partial dates: "2025" runs to 31 December
        (True, "2024", "2025-02", False),
        (True, "2025-03-10T09:00:00-05:00", None, True),
    ],
)
def test_in_network_now(active, start, end, expected):
    role = replace(RIVERA_PPO, active=active, period_start=start, period_end=end)
    assert in_network_now(role, date(2025, 3, 10)) is expected


def test_parse_role_resolves_absolute_references_and_boolean_newpatients():
    base = "https://directory.example/fhir"
    practitioner = {"resourceType": "Practitioner", "id": "p1", "name": [{"family": "Ito"}]}
    role = {
        "resourceType": "PractitionerRole", "id": "r1",
        "practitioner": {"reference": f"{base}/Practitioner/p1/_history/3"},
        "extension": [
            {"url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/"
                    "network-reference",
             "valueReference": {"reference": f"{base}/Organization/n1", "display": "N One"}},
            {"url": "http://hl7.org/fhir/us/davinci-pdex-plan-net/StructureDefinition/newpatients",
             "extension": [{"url": "acceptingPatients", "valueBoolean": True}]},
        ],
    }
    parsed = parse_role(role, index_resources({"entry": [{"resource": practitioner}]}))
    assert (parsed.npi, parsed.name, parsed.network_ids) == (None, "Ito", ("n1",))
    assert (parsed.network_names, parsed.accepting_new_patients) == (("N One",), "newpt")
    assert (parsed.active, parsed.location, parsed.phone, parsed.specialties) == (
        None, None, None, ())


def test_retry_after_reads_seconds_and_http_dates():
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_from_config_reads_plannet_settings():
    config = {"PLANNET_BASE_URL": "https://dir.example/fhir/", "PLANNET_TIMEOUT": "4",
              "PLANNET_RETRIES": 1}
    with PlanNetClient.from_config(config) as plannet:
        assert (plannet.base_url, plannet.timeout, plannet.retries) == (
            "https://dir.example/fhir", (4.0, 4.0), 1)


def test_close_leaves_a_session_the_caller_owns_open(server):
    with requests.Session() as session:
        with PlanNetClient(server.base_url, session=session) as plannet:
            plannet.find_network("Evergreen")
        with session.get(f"{server.base_url}/Organization", timeout=2) as response:
            assert response.status_code == 200
