"""Where the reader parks what it cannot use yet: provider references and deferred items.

The reader only talks to these interfaces. The default keeps everything in memory (fine for
tests and small files); the web layer passes disk-backed ones (features/network/scratch.py)
so a payer's multi-gigabyte file reads in bounded memory. Pure Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

Pending = tuple[str, str, int, bytes, bytes]  # kind, JSON path, offset, head, body


class Scratch(Protocol):
    """Provider references by group id, and items waiting for them, for one read."""

    def add_ref(self, group_id: int, body: bytes, index: int, at: int) -> None: ...
    def flush(self) -> None: ...
    def ref(self, group_id: int) -> tuple[bytes, int, int] | None: ...
    def defer(self, kind: str, path: str, at: int, head: bytes, body: bytes) -> None: ...
    def pending(self) -> Iterator[Pending]: ...
    def close(self) -> None: ...


class Spool(Protocol):
    """One item's negotiated_rates elements, read before the item's billing code."""

    def add(self, index: int, at: int, body: bytes) -> None: ...
    def __iter__(self) -> Iterator[tuple[int, int, bytes]]: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class Storage:
    scratch: Callable[[], Scratch]
    spool: Callable[[], Spool]


class MemoryScratch:
    def __init__(self) -> None:
        self.refs: dict[int, tuple[bytes, int, int]] = {}
        self.deferred: list[Pending] = []

    def add_ref(self, group_id: int, body: bytes, index: int, at: int) -> None:
        self.refs[group_id] = (body, index, at)

    def flush(self) -> None:
        """Nothing is batched in memory."""

    def ref(self, group_id: int) -> tuple[bytes, int, int] | None:
        return self.refs.get(group_id)

    def defer(self, kind: str, path: str, at: int, head: bytes, body: bytes) -> None:
        self.deferred.append((kind, path, at, head, body))

    def pending(self) -> Iterator[Pending]:
        yield from self.deferred

    def close(self) -> None:
        self.refs.clear()
        self.deferred.clear()


class MemorySpool:
    def __init__(self) -> None:
        self.elements: list[tuple[int, int, bytes]] = []

    def add(self, index: int, at: int, body: bytes) -> None:
        self.elements.append((index, at, body))

    def __iter__(self) -> Iterator[tuple[int, int, bytes]]:
        return iter(self.elements)

    def close(self) -> None:
        self.elements.clear()


IN_MEMORY = Storage(scratch=MemoryScratch, spool=MemorySpool)
