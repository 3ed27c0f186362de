"""A small cache of directory answers, so one page view does not ask the same thing twice."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any


class TTLCache:
    """A small thread-safe LRU of GET bodies that expire after a fixed time."""

    def __init__(self, seconds: float, max_entries: int, clock: Callable[[], float]) -> None:
        self.seconds, self.max_entries, self.clock = seconds, max_entries, clock
        self._items: OrderedDict[str, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Any | None:
        """Return a fresh cached value, or None."""
        with self._lock:
            item = self._items.get(key)
            if item is None or item[0] <= self.clock():
                self._items.pop(key, None)
                return None
            self._items.move_to_end(key)
            return item[1]

    def put(self, key: str, value: Any) -> None:
        """Store a value, evicting the least recently used entry when full."""
        if self.seconds <= 0:
            return
        with self._lock:
            self._items[key] = (self.clock() + self.seconds, value)
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)
