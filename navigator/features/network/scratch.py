"""Disk-backed storage for the price-file reader, so a file of any size reads in bounded memory.

Provider references and deferred items go to a throwaway SQLite file; elements that come
before their item's billing code go to a temporary file. Both are deleted when the read ends.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from typing import IO

from benefits.tic.storage import Storage

_BATCH = 2000


class DiskScratch:
    """A throwaway SQLite file: provider references by id, and items waiting for them."""

    def __init__(self, directory: str | None) -> None:
        self._directory = directory
        self._db: sqlite3.Connection | None = None
        self._path: str | None = None
        self._refs: list[tuple[int, bytes, int, int]] = []

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            handle, self._path = tempfile.mkstemp(suffix=".sqlite3", prefix="tic-",
                                                  dir=self._directory)
            os.close(handle)
            self._db = sqlite3.connect(self._path)
            # Scratch data: durability would only cost time, the file is deleted anyway.
            self._db.executescript(
                "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-8000;"
                "CREATE TABLE refs (id INTEGER PRIMARY KEY, body BLOB, idx INTEGER, at INTEGER);"
                "CREATE TABLE pending (seq INTEGER PRIMARY KEY, kind TEXT, path TEXT,"
                " at INTEGER, head BLOB, body BLOB);")
        return self._db

    def add_ref(self, group_id: int, body: bytes, index: int, at: int) -> None:
        """Store one raw provider_references entry with its index and offset (batched)."""
        self._refs.append((group_id, body, index, at))
        if len(self._refs) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """Write batched references."""
        if self._refs:
            self._connect().executemany("INSERT OR REPLACE INTO refs VALUES (?, ?, ?, ?)",
                                        self._refs)
            self._refs = []

    def ref(self, group_id: int) -> tuple[bytes, int, int] | None:
        """Return the raw entry stored for a provider_group_id, its index and its offset."""
        self.flush()
        if self._db is None:
            return None
        return self._db.execute("SELECT body, idx, at FROM refs WHERE id = ?",
                                (group_id,)).fetchone()

    def defer(self, kind: str, path: str, at: int, head: bytes, body: bytes) -> None:
        """Keep a kept item (or one negotiated_rates element) until references are known."""
        self._connect().execute(
            "INSERT INTO pending (kind, path, at, head, body) VALUES (?, ?, ?, ?, ?)",
            (kind, path, at, head, body))

    def pending(self) -> Iterator[tuple[str, str, int, bytes, bytes]]:
        """Yield deferred rows in the order they were stored, without loading them all."""
        if self._db is None:
            return
        last = 0
        while True:
            rows = self._db.execute(
                "SELECT seq, kind, path, at, head, body FROM pending WHERE seq > ?"
                " ORDER BY seq LIMIT 200", (last,)).fetchall()
            if not rows:
                return
            for seq, kind, path, at, head, body in rows:
                last = seq
                yield kind, path, at, head, body

    def close(self) -> None:
        """Drop the scratch file."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._path is not None:
            os.unlink(self._path)
            self._path = None


_RECORD = struct.Struct("<QQQ")


class DiskSpool:
    """Elements parked in a temporary file, each behind its index, offset and length."""

    def __init__(self, directory: str | None) -> None:
        # Closed by close(), which the reader calls when the read ends.
        self.file: IO[bytes] = tempfile.TemporaryFile(dir=directory)  # noqa: SIM115

    def add(self, index: int, at: int, body: bytes) -> None:
        self.file.write(_RECORD.pack(index, at, len(body)) + body)

    def __iter__(self) -> Iterator[tuple[int, int, bytes]]:
        self.file.seek(0)
        while header := self.file.read(_RECORD.size):
            index, at, size = _RECORD.unpack(header)
            yield index, at, self.file.read(size)

    def close(self) -> None:
        self.file.close()


def disk_storage(directory: str | None = None) -> Storage:
    """Scratch files in `directory` (the system's temporary folder by default)."""
    return Storage(scratch=functools.partial(DiskScratch, directory),
                   spool=functools.partial(DiskSpool, directory))
