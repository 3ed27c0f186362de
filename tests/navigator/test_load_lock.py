"""Loads and writes side by side: one load per database, and a page write during a load works.

Before: two ingest-tic runs at once dropped each other's half-loaded copy (the first was
destroyed with a raw traceback), and a feedback POST during a SQLite load waited 5 s on the
write lock and answered 500 (the load committed every 20 batches of 5,000 rows).
"""

from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from navigator.core.models import PageFeedback
from navigator.features.network.load_lock import LoadBusy, one_load
from navigator.features.network.store import LoadTarget, RateRow, load_network
from tests.navigator.price_files import part_one

NPI = "1234567893"


def slow_rows(count: int, pause: float, every: int = 5000):
    """Rate rows that take `pause` seconds per `every` rows, like a big file being read."""
    for number in range(count):
        if number and number % every == 0:
            time.sleep(pause)
        yield RateRow("90837", "CPT", f"{1000000000 + number}", "123456789", "Harbor",
                      Decimal("150.00"), "negotiated")


def target(name: str = "Example PPO") -> LoadTarget:
    return LoadTarget(name=name, source_kind="tic", source="part-1.json")


@pytest.fixture
def file_app(make_app, tmp_path):
    return make_app(DATABASE_URL=f"sqlite:///{tmp_path / 'navigator.db'}")


@pytest.mark.parametrize("database", ["sqlite_file", "postgresql"])
def test_a_second_load_is_refused_and_never_harms_the_first(request, make_app, tmp_path,
                                                            database):
    url = f"sqlite:///{tmp_path / 'n.db'}" if database == "sqlite_file" \
        else request.getfixturevalue("pg_schema_url")
    app = make_app(DATABASE_URL=url)
    engine = app.extensions["navigator.engine"]
    try:
        assert load_network(engine, target(), slow_rows(10, 0)) == 10
        with one_load(engine):  # another load is running
            with pytest.raises(LoadBusy):
                load_network(engine, target("Other PPO"), slow_rows(5, 0))
            result = app.test_cli_runner().invoke(args=["ingest-tic",
                                                        str(part_one(tmp_path))])
            assert result.exit_code == 1 and "Another price-file" in result.output
        # A load works again once the lock is free.
        assert load_network(engine, target("Other PPO"), slow_rows(5, 0)) == 5
    finally:
        engine.dispose()


def test_a_page_write_during_a_long_load_succeeds(file_app):
    engine = file_app.extensions["navigator.engine"]
    loader = threading.Thread(target=load_network,
                              args=(engine, target(), slow_rows(60000, 0.3)))
    loader.start()
    try:
        time.sleep(0.5)  # the load is writing now
        started = time.monotonic()
        response = file_app.test_client().post("/glossary/copayment/feedback",
                                               data={"helpful": "yes"})
        waited = time.monotonic() - started
    finally:
        loader.join()
    assert response.status_code == 302, response.status_code
    assert waited < 2.0  # at most one bounded hold of the write lock, not the whole load
    with Session(engine) as session:
        assert session.scalar(select(func.count(PageFeedback.id))) == 1
