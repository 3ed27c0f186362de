"""A client-side deadline on PostgreSQL calls, so a hung database costs a bounded wait.

A stopped database refuses connections at once, and `connect_timeout` bounds a new
connection to a frozen one; but a query on an open connection to a frozen server (SIGSTOP,
a stuck disk) waits forever: the server's statement_timeout cannot fire, and TCP never
gives up because the kernel still acknowledges. So each statement and each pool check-out
ping arms a deadline with one watchdog thread; when one passes, the watchdog shuts the
socket down, libpq sees the connection closed, psycopg raises OperationalError, SQLAlchemy
drops the connection, and the request answers 503 (core/errors.py). Once the database
answers again, new connections work.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import os
import socket
import threading
import time
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DisconnectionError


def _cut(dbapi_connection: Any) -> None:
    """End the connection's socket from another thread: the blocked call then returns."""
    try:
        duplicate = socket.socket(fileno=os.dup(dbapi_connection.fileno()))
    except (OSError, ValueError):  # already closed
        return
    with duplicate, contextlib.suppress(OSError):
        duplicate.shutdown(socket.SHUT_RDWR)


class _Watchdog:
    """One thread for every deadline: a statement arms an entry and disarms it when done
    (a thread per statement cost about 0.2 ms each, on every query of every page)."""

    def __init__(self) -> None:
        self.wake = threading.Condition()
        self.armed: list[list[Any]] = []  # heap of [due, number, connection or None]
        self.numbers = itertools.count()
        self.thread: threading.Thread | None = None

    def arm(self, dbapi_connection: Any, seconds: float) -> list[Any]:
        entry = [time.monotonic() + seconds, next(self.numbers), dbapi_connection]
        with self.wake:
            heapq.heappush(self.armed, entry)
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="db-deadline",
                                               daemon=True)
                self.thread.start()
            if self.armed[0] is entry:  # only an earlier deadline changes the wait
                self.wake.notify()
        return entry

    def disarm(self, entry: list[Any]) -> None:
        entry[2] = None  # stays in the heap until due, then is dropped unseen

    def _run(self) -> None:
        while True:
            with self.wake:
                while self.armed and self.armed[0][2] is None:
                    heapq.heappop(self.armed)
                wait = self.armed[0][0] - time.monotonic() if self.armed else None
                if wait is None or wait > 0:
                    self.wake.wait(wait)
                    continue
                connection = heapq.heappop(self.armed)[2]
            _cut(connection)


_WATCHDOG = _Watchdog()


def add_deadlines(engine: Engine, statement_seconds: float, ping_seconds: float) -> None:
    """Bound every statement and a ping at each check-out from the pool."""

    @event.listens_for(engine, "before_cursor_execute")
    def _start(conn: Any, _cursor: Any, _sql: Any, _params: Any, context: Any,
               _many: Any) -> None:
        if context is not None:
            context.navigator_deadline = _WATCHDOG.arm(conn.connection.dbapi_connection,
                                                       statement_seconds)

    @event.listens_for(engine, "after_cursor_execute")
    def _stop(_conn: Any, _cursor: Any, _sql: Any, _params: Any, context: Any,
              _many: Any) -> None:
        _cancel(context)

    @event.listens_for(engine, "handle_error")
    def _failed(exception_context: Any) -> None:
        _cancel(exception_context.execution_context)

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        entry = _WATCHDOG.arm(dbapi_connection, ping_seconds)
        try:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            dbapi_connection.rollback()
        except Exception as error:  # any failure: the pool drops it and connects anew
            raise DisconnectionError() from error
        finally:
            _WATCHDOG.disarm(entry)


def _cancel(context: Any) -> None:
    entry = getattr(context, "navigator_deadline", None)
    if entry is not None:
        _WATCHDOG.disarm(entry)
