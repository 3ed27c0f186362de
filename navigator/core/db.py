"""Database wiring: engine per app, one SQLAlchemy session per request."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, current_app, g
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.pool import StaticPool

from navigator.core.db_deadline import add_deadlines


class Base(DeclarativeBase):
    pass


# Hosting platforms hand out postgres:// and postgresql:// URLs; SQLAlchemy would pick
# psycopg2 (not installed) for the second and refuses the first, so both mean psycopg 3.
POSTGRES_SCHEMES = ("postgres", "postgresql", "postgresql+psycopg")
SQLITE_SCHEMES = ("sqlite", "sqlite+pysqlite")


def normalize_url(url: str) -> str:
    """Return the URL with the driver the project uses; ValueError for any other database."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise ValueError("is not a database URL") from error
    if parsed.drivername in SQLITE_SCHEMES:
        return url
    if parsed.drivername not in POSTGRES_SCHEMES:
        raise ValueError(f"uses {parsed.drivername}://, which Navigator does not support")
    if parsed.drivername == "postgresql+psycopg":
        return url
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


@dataclass(frozen=True)
class Waits:
    """How long the site waits on its database before answering 503 instead (seconds)."""

    connect: int = 5
    statement: int = 15
    pool: int = 5


def make_engine(url: str, waits: Waits | None = None) -> Engine:
    """Create an engine; in-memory SQLite shares one connection so tables persist."""
    waits = waits or Waits()
    if url.startswith("sqlite"):
        # timeout: how long a write waits for SQLite's one write lock (a load holds it
        # for half a second at most, navigator/features/network/store.py).
        options: dict = {"connect_args": {"check_same_thread": False,
                                          "timeout": waits.connect}}
        if url in ("sqlite://", "sqlite:///:memory:"):
            options["poolclass"] = StaticPool
        engine = create_engine(url, **options)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # No pool_pre_ping: its ping has no deadline; add_deadlines pings at check-out with one.
    engine = create_engine(url, pool_timeout=waits.pool,
                           connect_args={"connect_timeout": waits.connect})
    event.listen(engine, "connect", _statement_timeout(waits.statement))
    # The server stops a long statement itself; the client cuts a hung one a little later.
    add_deadlines(engine, statement_seconds=waits.statement + 2, ping_seconds=waits.connect)
    return engine


def _statement_timeout(seconds: int) -> Callable[..., None]:
    """Set on each new connection (not in the URL, whose `options` may set search_path)."""
    def on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 (DB-API object)
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET statement_timeout = {int(seconds) * 1000}")
        dbapi_connection.commit()
    return on_connect


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 (DB-API object)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets the web workers read while a price file loads, and NORMAL sync is safe with
    # WAL (a crash can lose the last commit, never corrupt the file) and much faster.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def init_app(app: Flask) -> None:
    """Attach an engine and session factory to the app (not to module globals)."""
    url = app.config["DATABASE_URL"]
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url, Waits(app.config["DATABASE_CONNECT_TIMEOUT"],
                                    app.config["DATABASE_STATEMENT_TIMEOUT"],
                                    app.config["DATABASE_POOL_TIMEOUT"]))
    app.extensions["navigator.engine"] = engine
    app.extensions["navigator.sessionmaker"] = sessionmaker(engine, expire_on_commit=False)
    app.teardown_appcontext(close_session)


def get_session() -> Session:
    """The request's session, opened on first use."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["navigator.sessionmaker"]()
    return g.db_session


def close_session(_exc: BaseException | None = None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.close()
