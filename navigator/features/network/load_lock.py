"""One price-file load at a time per database, so a second load never harms the first.

A load drops the half-loaded copies it finds (a crashed load's leftovers); two loads at
once would drop each other's. A second load is refused at once with a clear message, and
the first goes on untouched. PostgreSQL: a session advisory lock (per schema), released
when the connection closes, even if the process dies. SQLite: an exclusive lock on a file
beside the database, which the operating system releases with the process.
"""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text


class LoadBusy(RuntimeError):
    """Another load holds this database."""

    def __init__(self) -> None:
        super().__init__("Another price-file or directory load is running on this database. "
                         "Wait for it to finish, then run this one again; nothing was changed.")


@contextmanager
def one_load(engine: Engine) -> Iterator[None]:
    """Hold the database's load lock while the block runs; LoadBusy when it is taken."""
    if engine.dialect.name == "postgresql":
        with _advisory_lock(engine):
            yield
        return
    database = engine.url.database
    if not database or database == ":memory:":  # one process owns an in-memory database
        yield
        return
    with _file_lock(Path(f"{database}.load-lock")):
        yield


@contextmanager
def _advisory_lock(engine: Engine) -> Iterator[None]:
    key = text("SELECT hashtext('navigator-load:' || current_schema())")
    with engine.connect() as connection:
        number = connection.execute(key).scalar_one()
        if not connection.execute(text("SELECT pg_try_advisory_lock(:n)"), {"n": number}
                                  ).scalar_one():
            raise LoadBusy()
        connection.commit()
        try:
            yield
        finally:
            connection.execute(text("SELECT pg_advisory_unlock(:n)"), {"n": number})
            connection.commit()


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    with path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LoadBusy() from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
