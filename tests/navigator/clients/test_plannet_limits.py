"""PlanNetClient's limits: one deadline per lookup, and a breaker for a failing directory."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

import pytest

from navigator.core.clients.guard import CircuitBreaker
from navigator.core.clients.plannet import DirectoryUnavailable, PlanNetClient
from tests.navigator.clients.plannet_server import KNOWN_NPI, PlanNetServer, Reply

SLACK = 0.75  # thread start-up and a loaded CI machine


@pytest.fixture
def server() -> Iterator[PlanNetServer]:
    with PlanNetServer() as directory:
        yield directory


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_server_that_never_answers_costs_at_most_the_deadline(server):
    server.delay = 30  # longer than any timeout below: the server is silent
    # The old behaviour: 4 tries of 10 s each plus 0.5 + 1 + 2 s of backoff, about 43 s.
    with PlanNetClient(server.base_url, timeout=10, retries=3, backoff=0.5,
                       deadline=1.0) as plannet:
        started = time.monotonic()
        with pytest.raises(DirectoryUnavailable, match="may take 1s in all"):
            plannet.roles_for_npi(KNOWN_NPI)
        assert time.monotonic() - started < 1.0 + SLACK


def test_the_deadline_covers_retries_and_their_backoff(server):
    server.always = Reply(503)
    sleeps: list[float] = []
    with PlanNetClient(server.base_url, retries=5, backoff=2, deadline=1.0,
                       sleep=sleeps.append) as plannet, \
            pytest.raises(DirectoryUnavailable, match="out of time"):
        plannet.find_network("Evergreen")
    # The first backoff (2 s) would end past the deadline, so no sleep and no second call.
    assert (len(server.requests), sleeps) == (1, [])


def test_the_deadline_and_breaker_come_from_the_settings():
    client = PlanNetClient.from_config({
        "PLANNET_BASE_URL": "https://directory.example/fhir", "PLANNET_DEADLINE": 4,
        "PLANNET_BREAKER_FAILURES": 2, "PLANNET_BREAKER_SECONDS": 30})
    assert client.limits.deadline == 4
    assert client.limits.breaker is not None
    assert (client.limits.breaker.failures, client.limits.breaker.seconds) == (2, 30)


def failing_client(server: PlanNetServer, clock: Clock) -> PlanNetClient:
    server.always = Reply(503)
    return PlanNetClient(server.base_url, retries=0, cache_seconds=0, clock=clock,
                         breaker=(3, 60))


def test_after_n_failures_in_a_row_the_breaker_skips_calls(server, caplog):
    clock = Clock()
    with failing_client(server, clock) as plannet:
        for _ in range(3):
            with pytest.raises(DirectoryUnavailable, match="HTTP 503"):
                plannet.roles_for_npi(KNOWN_NPI)
        assert "failed 3 lookups in a row; skipping it for 60s" in caplog.text
        with pytest.raises(DirectoryUnavailable, match="skipped: it failed 3 lookups"):
            plannet.roles_for_npi(KNOWN_NPI)
        assert len(server.requests) == 3  # the skipped lookup made no call


def test_after_the_pause_one_call_is_tried_and_a_failure_pauses_again(server):
    clock = Clock()
    with failing_client(server, clock) as plannet:
        for _ in range(3):
            with pytest.raises(DirectoryUnavailable):
                plannet.find_network("Evergreen")
        clock.now += 61
        with pytest.raises(DirectoryUnavailable, match="HTTP 503"):
            plannet.find_network("Evergreen")
        with pytest.raises(DirectoryUnavailable, match="skipped"):
            plannet.find_network("Evergreen")
        assert len(server.requests) == 4


def test_a_success_resets_the_count(server):
    clock = Clock()
    with failing_client(server, clock) as plannet:
        for _ in range(2):
            with pytest.raises(DirectoryUnavailable):
                plannet.find_network("Evergreen")
        server.always = None
        assert plannet.find_network("Evergreen")
        server.always = Reply(503)
        for _ in range(2):
            with pytest.raises(DirectoryUnavailable, match="HTTP 503"):
                plannet.find_network("Evergreen")


def test_the_breaker_alone():
    clock = Clock()
    breaker = CircuitBreaker(2, 10, clock)
    assert (breaker.failed(), breaker.skip_for()) == (False, None)
    assert breaker.failed() and breaker.skip_for() == 10
    clock.now += 10
    assert breaker.skip_for() is None
    breaker.succeeded()
    assert not breaker.failed()


def test_the_live_lookup_logs_and_answers_when_skipped(server, make_app, caplog):
    from navigator.features.network.live import ask_directory

    server.always = Reply(503)
    app = make_app(PLANNET_BASE_URL=server.base_url, PLANNET_RETRIES=0,
                   PLANNET_BREAKER_FAILURES=1, PLANNET_BREAKER_SECONDS=60)
    with app.app_context(), caplog.at_level(logging.WARNING):
        first, second = ask_directory(KNOWN_NPI), ask_directory(KNOWN_NPI)
    assert first is not None and first.error and second is not None and second.error
    assert len(server.requests) == 1
