"""The same migrations build the same schema on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from navigator.core import models  # noqa: F401  (registers tables)
from navigator.core.cli import upgrade_database
from navigator.core.db import Base, make_engine


def assert_schema_matches_models(engine) -> None:
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_migrations_upgrade_a_fresh_sqlite_file(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    upgrade_database(engine)
    assert "page_feedback" in inspect(engine).get_table_names()
    assert_schema_matches_models(engine)
    upgrade_database(engine)  # a second run is a no-op


@pytest.mark.postgres
def test_migrations_upgrade_a_fresh_postgresql_database(pg_schema_url):
    engine = make_engine(pg_schema_url)
    upgrade_database(engine)
    assert "page_feedback" in inspect(engine).get_table_names()
    assert_schema_matches_models(engine)
    engine.dispose()


@pytest.mark.postgres
def test_feedback_is_stored_in_postgresql(make_app, pg_schema_url):
    app = make_app(DATABASE_URL=pg_schema_url)
    response = app.test_client().post("/glossary/deductible/feedback", data={"helpful": "no"})
    assert response.status_code == 302
    with app.extensions["navigator.engine"].connect() as connection:
        rows = connection.execute(text("SELECT page, helpful FROM page_feedback")).all()
    assert rows == [("glossary/deductible", False)]
    app.extensions["navigator.engine"].dispose()
