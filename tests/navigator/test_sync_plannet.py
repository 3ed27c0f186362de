"""flask sync-plannet: a directory's network pulled into the local tables (local server)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from navigator.core.models import NetworkMember
from navigator.core.rates.lookup import lookup_provider
from tests.navigator.clients.plannet_server import KNOWN_NPI, PlanNetServer, Reply


def test_sync_plannet_loads_the_networks_practitioners(app, runner):
    with PlanNetServer() as server:
        result = runner.invoke(args=["sync-plannet", server.base_url,
                                     "--network", "Evergreen PPO Network"])
        base = server.base_url
    assert result.exit_code == 0, result.output
    assert "Evergreen PPO Network" in result.output
    with Session(app.extensions["navigator.engine"]) as session:
        npis = list(session.scalars(select(NetworkMember.npi)))
        assert npis
        answer = lookup_provider(session, npis[0], "Evergreen PPO Network")
    assert answer.in_network is True
    assert answer.sources[0]["kind"] == "plannet" and answer.sources[0]["source"] == base


def test_sync_plannet_unknown_network(runner):
    with PlanNetServer() as server:
        result = runner.invoke(args=["sync-plannet", server.base_url, "--network", "Nope"])
    assert result.exit_code != 0


def test_sync_plannet_server_down(runner):
    with PlanNetServer() as server:
        server.always = Reply(500, b"{}")
        result = runner.invoke(args=["sync-plannet", server.base_url, "--network", "Evergreen"])
    assert result.exit_code != 0


def test_the_network_page_asks_a_configured_directory_live(make_app):
    with PlanNetServer() as server:
        app = make_app(PLANNET_BASE_URL=server.base_url, PLANNET_RETRIES=0)
        html = app.test_client().get(f"/network?q={KNOWN_NPI}").text
        app.extensions["navigator.plannet"].close()
    assert "checked live" in html and "Evergreen PPO Network" in html


def test_a_directory_that_is_down_is_said_plainly(make_app):
    with PlanNetServer() as server:
        server.always = Reply(500, b"{}")
        app = make_app(PLANNET_BASE_URL=server.base_url, PLANNET_RETRIES=0)
        html = app.test_client().get("/network?q=1234567893").text
        app.extensions["navigator.plannet"].close()
    assert "did not answer just now" in html
