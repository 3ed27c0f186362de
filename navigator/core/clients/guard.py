"""Limits on outside calls made inside a web request: one deadline per lookup, and a breaker.

A lookup that waits on a silent server holds a request thread; a few of them hold them all.
The deadline bounds one lookup across every retry and page; the breaker stops asking a
server that keeps failing, for a while, so its failures cost nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from navigator.core.clients.plannet_parse import DirectoryUnavailable

log = logging.getLogger(__name__)

# The deadline of the lookup running in this thread (or context), if any.
_ends_at: ContextVar[tuple[float, Callable[[], float]] | None] = ContextVar(
    "lookup_deadline", default=None)


@contextmanager
def deadline(seconds: float | None, clock: Callable[[], float]) -> Iterator[None]:
    """Share one deadline between every call in the block; an inner block keeps the outer one."""
    if seconds is None or _ends_at.get() is not None:
        yield
        return
    token = _ends_at.set((clock() + seconds, clock))
    try:
        yield
    finally:
        _ends_at.reset(token)


def seconds_left() -> float | None:
    """Seconds until the current deadline (0 or less once passed); None outside a deadline."""
    current = _ends_at.get()
    if current is None:
        return None
    ends, clock = current
    return ends - clock()


def within(timeout: tuple[float, float], left: float | None) -> tuple[float, float]:
    """The (connect, read) timeout, cut to what is left of the lookup's deadline."""
    if left is None:
        return timeout
    return (min(timeout[0], left), min(timeout[1], left))


class CircuitBreaker:
    """After `failures` failed lookups in a row, skip lookups for `seconds`, then try again.

    Thread-safe: one breaker serves every request thread of a worker.
    """

    def __init__(self, failures: int, seconds: float, clock: Callable[[], float]) -> None:
        self.failures, self.seconds, self._clock = failures, seconds, clock
        self._in_a_row = 0
        self._open_until = 0.0
        self._lock = threading.Lock()

    def skip_for(self) -> float | None:
        """Seconds left while lookups are skipped, else None (go ahead)."""
        with self._lock:
            left = self._open_until - self._clock()
        return left if left > 0 else None

    def failed(self) -> bool:
        """Count a failed lookup; True when this failure opens the breaker."""
        with self._lock:
            self._in_a_row += 1
            if self._in_a_row < self.failures:
                return False
            # Past the pause, one more failure (the trial call) opens it again at once.
            self._open_until = self._clock() + self.seconds
            return True

    def succeeded(self) -> None:
        with self._lock:
            self._in_a_row = 0
            self._open_until = 0.0


class LookupLimits:
    """A client's deadline per lookup and its breaker; either may be None (no limit)."""

    def __init__(self, base_url: str, deadline: float | None,
                 breaker: tuple[int, float] | None, clock: Callable[[], float]) -> None:
        self.base_url, self.deadline, self._clock = base_url, deadline, clock
        self.breaker = CircuitBreaker(*breaker, clock) if breaker else None

    @contextmanager
    def lookup(self) -> Iterator[None]:
        """One lookup: skipped while the breaker is open, else bounded by the deadline."""
        breaker = self.breaker
        pause = breaker.skip_for() if breaker else None
        if breaker and pause is not None:
            raise DirectoryUnavailable(self.base_url, f"skipped: it failed {breaker.failures} "
                                       f"lookups in a row; trying again in {pause:.0f}s")
        try:
            with deadline(self.deadline, self._clock):
                yield
        except DirectoryUnavailable:
            if breaker and breaker.failed():
                log.warning("Plan-Net directory %s failed %d lookups in a row; skipping it "
                            "for %.0fs", self.base_url, breaker.failures, breaker.seconds)
            raise
        if breaker:
            breaker.succeeded()
