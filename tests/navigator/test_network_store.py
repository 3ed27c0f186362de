"""Loading rates atomically and looking providers up (SQLite here; PostgreSQL in CI)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from navigator.core.models import NegotiatedRate, Network
from navigator.core.rates.lookup import lookup_provider
from navigator.features.network.store import LoadTarget, RateRow, load_network

NPI = "1234567893"
OTHER = "1245319599"


def rows(rate: str = "150.00", npi: str = NPI, count: int = 1) -> list[RateRow]:
    return [RateRow(billing_code="90837", billing_code_type="CPT", npi=npi, tin="123456789",
                    business_name="Harbor Counseling", rate=Decimal(rate),
                    negotiated_type="negotiated", billing_class="professional",
                    service_codes="11,02,10", expiration_date="9999-12-31")] * count


def target(name: str = "Example PPO") -> LoadTarget:
    return LoadTarget(name=name, source_kind="tic", source="rates.json", as_of="2026-11-01")


@pytest.fixture
def engine(app):
    return app.extensions["navigator.engine"]


def test_load_and_look_up(engine):
    assert load_network(engine, target(), rows()) == 1
    with Session(engine) as session:
        answer = lookup_provider(session, NPI, "Example PPO", "90837")
    assert answer.in_network is True and answer.networks == ["Example PPO"]
    assert answer.rates[0]["negotiated_rate"] == "150.00"
    assert answer.rates[0]["service_codes"] == ["11", "02", "10"]
    assert answer.sources[0]["as_of"] == "2026-11-01"


def test_reloading_replaces_and_never_duplicates(engine):
    load_network(engine, target(), rows("150.00", count=3))
    load_network(engine, target(), rows("160.00", count=2))
    with Session(engine) as session:
        assert session.scalar(select(func.count(NegotiatedRate.id))) == 2
        assert session.scalar(select(func.count(Network.id))) == 1
        assert lookup_provider(session, NPI).rates[0]["negotiated_rate"] == "160.00"


def test_a_failed_load_leaves_the_old_data_intact(engine):
    load_network(engine, target(), rows("150.00"))

    def broken():
        yield from rows("999.00", count=7000)  # more than one batch reaches the database
        raise ValueError("the file ended early")

    with pytest.raises(ValueError):
        load_network(engine, target(), broken())
    with Session(engine) as session:
        answer = lookup_provider(session, NPI)
        assert [r["negotiated_rate"] for r in answer.rates] == ["150.00"]
    load_network(engine, target("Other"), rows(npi=OTHER))  # the next load cleans up
    with Session(engine) as session:
        assert session.scalar(select(func.count(NegotiatedRate.id))) == 2


def test_not_listed_and_unknown(engine):
    load_network(engine, target(), rows())
    load_network(engine, target("Second"), rows(npi=OTHER))
    with Session(engine) as session:
        assert lookup_provider(session, NPI, "Second").in_network is False
        assert lookup_provider(session, NPI, "Never Loaded").in_network is None
        assert lookup_provider(session, "1679576722") is None


def test_api(client, engine):
    load_network(engine, target(), rows())
    body = client.get(f"/api/v1/network/providers/{NPI}?network=Example PPO&code=90837").json
    assert body["in_network"] is True and body["rates"][0]["billing_code"] == "90837"
    bad = client.get("/api/v1/network/providers/1234567890")
    assert bad.status_code == 422 and bad.mimetype == "application/problem+json"
    assert client.get("/api/v1/network/providers/1679576722").status_code == 404



@pytest.fixture
def pg_engine(make_app, pg_schema_url):
    app = make_app(DATABASE_URL=pg_schema_url)
    yield app.extensions["navigator.engine"]
    app.extensions["navigator.engine"].dispose()


@pytest.mark.postgres
def test_load_swap_and_lookup_on_postgresql(pg_engine):
    load_network(pg_engine, target(), rows("150.00", count=3))
    load_network(pg_engine, target(), rows("160.00"))
    with Session(pg_engine) as session:
        answer = lookup_provider(session, NPI, "Example PPO")
    assert answer.in_network is True
    assert [r["negotiated_rate"] for r in answer.rates] == ["160.00"]
