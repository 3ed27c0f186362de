"""Stream a TiC in-network rates file into FileInfo and Rate records. Pure Python: no Flask.

The root is walked by hand. Array elements are cut cheaply (see buffer.py) and only kept
items are JSON-decoded; anything unusual goes through the exact, slower path in items.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any, BinaryIO

import ijson

from benefits.tic.buffer import Window
from benefits.tic.codes import keep_behavioral
from benefits.tic.diagnose import locate
from benefits.tic.items import ItemReader
from benefits.tic.model import INFO_FIELDS, REQUIRED_INFO, FileInfo, Rate, ReadStats, TicError
from benefits.tic.rates import Fault, Group, Steps, entry_of, groups_of
from benefits.tic.storage import IN_MEMORY, Storage

Keep = Callable[[str, str], bool]
_GROUP_ID = re.compile(rb'"provider_group_id"\s*:\s*(-?[0-9]+)\s*[,}]')
_CACHE_LIMIT = 20_000


def read_in_network(source: BinaryIO, keep: Keep | None = keep_behavioral,
                    fetch_reference: Callable[[str], BinaryIO] | None = None,
                    on_progress: Callable[[ReadStats], None] | None = None,
                    storage: Storage = IN_MEMORY) -> Iterator[FileInfo | Rate]:
    """Yield the file's FileInfo, then one Rate per price and provider group of kept items.

    `storage` holds what waits for later parts of the file (see storage.py).
    """
    reader = _Reader(source, keep, fetch_reference, on_progress, storage)
    try:
        yield from reader.run()
    finally:
        reader.store.close()


class _Reader(ItemReader):
    def __init__(self, source: BinaryIO, keep: Keep | None,
                 fetch: Callable[[str], BinaryIO] | None,
                 progress: Callable[[ReadStats], None] | None, storage: Storage) -> None:
        super().__init__(Window(source), keep, progress, storage)
        self.fetch = fetch
        self.info: dict[str, str | None] = {}
        self.cache: dict[int, list[Group]] = {}

    def run(self) -> Iterator[FileInfo | Rate]:
        """Walk the root object, then release whatever waited for later parts of it."""
        win = self.win
        if win.skip_ws() != 0x7B:
            raise self.unexpected("", "the file is not a JSON object")
        win.pos += 1
        if win.skip_ws() == 0x7D:
            win.pos += 1
        else:
            while True:
                yield from self._member(self.key(""))
                if self.separator("", 0x7D):
                    break
        if win.skip_ws() is not None:
            raise TicError("malformed_json", "unexpected data after the root object",
                           win.offset, "")
        self.refs_done = True
        if not self.info_sent:
            yield self._file_info()
        yield from self.replay()
        self.report(final=True)

    def _member(self, key: str) -> Iterator[FileInfo | Rate]:
        if key == "in_network":
            if all(self.info.get(name) for name in REQUIRED_INFO):
                yield self._file_info()
            yield from self.in_network()
        elif key == "provider_references":
            self._references()
        else:
            start, end = self.win.take(key)
            if key in INFO_FIELDS:
                value = self.decode(self.win.data[start:end], key, self.win.base + start)
                self.info[key] = value if value is None else str(value)

    def _file_info(self) -> FileInfo:
        self.info_sent = True
        return FileInfo(**{name: self.info.get(name) for name in INFO_FIELDS})

    def _references(self) -> None:
        if not self.open_array("provider_references"):
            index = 0
            while True:
                self._reference(f"provider_references[{index}]", index)
                index += 1
                if self.separator("provider_references", 0x5D):
                    break
        self.store.flush()
        self.refs_done = True

    def _reference(self, path: str, index: int) -> None:
        """Store one entry raw; it is only decoded if a kept item points to it."""
        win = self.win
        if win.skip_ws() != 0x7B:
            raise self.unexpected(path, "expected an object")
        at, span = win.offset, win.fast_split(b'"provider_group_id"')
        found = _GROUP_ID.search(win.data, win.pos, span[0]) if span else None
        if span and found:
            self.store.add_ref(int(found.group(1)), win.data[win.pos:span[0]], index, at)
            win.pos = span[0]
            return
        start, end = win.take(path)
        body = win.data[start:end]
        group_id, _ = self._entry(self.decode(body, path, at), body, path, at)
        self.store.add_ref(group_id, body, index, at)

    def _entry(self, entry: Any, body: bytes, path: str,
               at: int) -> tuple[int, list[Group] | str]:
        try:
            return entry_of(entry)
        except Fault as fault:
            raise self.located(fault, body, path, at) from None

    def resolve(self, group_id: int, steps: Steps) -> list[Group]:
        """Return the provider groups behind a provider_group_id, fetching remote ones."""
        groups = self.cache.get(group_id)
        if groups is not None:
            return groups
        stored = self.store.ref(group_id)
        if stored is None:
            raise Fault("unknown_reference",
                        f"provider reference {group_id} is not in provider_references", steps)
        body, index, at = stored
        path = f"provider_references[{index}]"
        _, found = self._entry(self.decode(body, path, at), body, path, at)
        if isinstance(found, str):
            found = self._remote(group_id, found, steps)
        if len(self.cache) >= _CACHE_LIMIT:
            self.cache.clear()  # bounded memory; the scratch store still has them all
        self.cache[group_id] = found
        return found

    def _remote(self, group_id: int, url: str, steps: Steps) -> list[Group]:
        if self.fetch is None:
            raise Fault("remote_reference", f"provider reference {group_id} is in another "
                        f"file ({url}); pass fetch_reference to read it", steps)
        stream = self.fetch(url)
        try:
            raw = list(ijson.items(stream, "provider_groups.item", use_float=True))
        except ijson.JSONError as error:
            raise TicError("malformed_json", f"the file at {url} is not valid JSON: {error}",
                           None, "provider_groups") from None
        finally:
            getattr(stream, "close", lambda: None)()
        body, _, _ = self.store.ref(group_id) or (b"{}", 0, 0)
        networks = tuple(json.loads(body).get("network_name") or ())
        try:
            return groups_of(raw, ("provider_groups",), networks)
        except Fault as fault:
            raise TicError(fault.code, f"{fault.message} in {url}", None,
                           "provider_groups") from None

    def decode(self, body: bytes, path: str, at: int) -> Any:
        """Decode one value exactly (money as Decimal); faults become TicError."""
        try:
            return json.loads(body, parse_float=Decimal)
        except (ValueError, RecursionError):
            raise self.win_error(body, path, at) from None

    def located(self, fault: Fault, body: bytes, path: str, at: int) -> TicError:
        """Give a schema fault its absolute offset and full JSON path."""
        full = path
        for step in fault.steps:
            full = f"{full}[{step}]" if isinstance(step, int) else f"{full}.{step}"
        return TicError(fault.code, fault.message, at + locate(body, 0, list(fault.steps)), full)
