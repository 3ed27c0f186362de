"""A client-side deadline on PostgreSQL calls, so a hung database costs a bounded wait.

A stopped database refuses connections at once, and `connect_timeout` bounds a new
connection to a frozen one; but a query on an open connection to a frozen server (SIGSTOP,
a stuck disk) waits forever: the server's statement_timeout cannot fire, and TCP never
gives up because the kernel still acknowledges. So each statement and each pool check-out
ping arms a timer; if it fires, the timer shuts the socket down, libpq sees the connection
closed, psycopg raises OperationalError, SQLAlchemy drops the connection, and the request
answers 503 (core/errors.py). Once the database answers again, new connections work.
"""

from __future__ import annotations

import contextlib
import os
import socket
import threading
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


def _arm(dbapi_connection: Any, seconds: float) -> threading.Timer:
    timer = threading.Timer(seconds, _cut, (dbapi_connection,))
    timer.daemon = True
    timer.start()
    return timer


def add_deadlines(engine: Engine, statement_seconds: float, ping_seconds: float) -> None:
    """Bound every statement and a ping at each check-out from the pool."""

    @event.listens_for(engine, "before_cursor_execute")
    def _start(conn: Any, _cursor: Any, _sql: Any, _params: Any, context: Any,
               _many: Any) -> None:
        if context is not None:
            context.navigator_timer = _arm(conn.connection.dbapi_connection, statement_seconds)

    @event.listens_for(engine, "after_cursor_execute")
    def _stop(_conn: Any, _cursor: Any, _sql: Any, _params: Any, context: Any,
              _many: Any) -> None:
        _cancel(context)

    @event.listens_for(engine, "handle_error")
    def _failed(exception_context: Any) -> None:
        _cancel(exception_context.execution_context)

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        timer = _arm(dbapi_connection, ping_seconds)
        try:
            with dbapi_connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            dbapi_connection.rollback()
        except Exception as error:  # any failure: the pool drops it and connects anew
            raise DisconnectionError() from error
        finally:
            timer.cancel()


def _cancel(context: Any) -> None:
    timer = getattr(context, "navigator_timer", None)
    if timer is not None:
        timer.cancel()
