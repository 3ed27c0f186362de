"""Read in_network items: a cheap cut for most, an exact element-by-element path for the rest.

Pure Python: no Flask or database. The exact path holds one negotiated_rates element at a
time, so an item of any size reads in bounded memory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from benefits.tic.buffer import Window
from benefits.tic.diagnose import Bad, scan_value
from benefits.tic.model import Rate, ReadStats, TicError, join_path
from benefits.tic.prices import NotAPrice
from benefits.tic.rates import (
    BadAmount,
    Fault,
    Group,
    Header,
    Steps,
    header_of,
    needs_references,
    rates_of,
)
from benefits.tic.storage import Spool, Storage

_CODE = re.compile(rb'"billing_code"\s*:\s*"((?:[^"\\]|\\.)*)"')
_KIND = re.compile(rb'"billing_code_type"\s*:\s*"((?:[^"\\]|\\.)*)"')
_HEAD_KEYS = frozenset({"billing_code", "billing_code_type", "billing_code_type_version",
                        "negotiation_arrangement", "name"})


def _text(raw: bytes) -> str:
    return json.loads(b'"' + raw + b'"') if b"\\" in raw else raw.decode("utf-8")


class _Parked:
    """Elements read before their item's billing code, in a spool made on first use."""

    def __init__(self, make: Callable[[], Spool]) -> None:
        self.make = make
        self.spool: Spool | None = None
        self.used = False

    def add(self, index: int, at: int, body: bytes) -> None:
        if self.spool is None:
            self.spool = self.make()
        self.spool.add(index, at, body)

    def __iter__(self) -> Iterator[tuple[int, int, bytes]]:
        return iter(self.spool) if self.spool is not None else iter(())

    def close(self) -> None:
        if self.spool is not None:
            self.spool.close()


class ItemReader:
    """The in_network half of the reader; the root half supplies decode, resolve, located."""

    def __init__(self, win: Window, keep: Callable[[str, str], bool] | None,
                 progress: Callable[[ReadStats], None] | None, storage: Storage) -> None:
        self.win = win
        self.keep = keep
        self.progress = progress
        self.storage = storage
        self.store = storage.scratch()
        self.stats = ReadStats()
        self.info_sent = False
        self.refs_done = False

    def decode(self, body: bytes, path: str, at: int) -> Any:
        raise NotImplementedError

    def resolve(self, group_id: int, steps: Steps) -> list[Group]:
        raise NotImplementedError

    def located(self, fault: Fault, body: bytes, path: str, at: int) -> TicError:
        raise NotImplementedError

    def report(self, final: bool = False) -> None:
        """Tell the caller how far the read has got."""
        self.stats.bytes_read = self.win.offset
        if self.progress is not None:
            self.progress(self.stats)

    def unexpected(self, path: str, message: str) -> TicError:
        """Describe the byte at the window position, or the early end of the file."""
        found = self.win.skip_ws()
        if found is None:
            return TicError("truncated", "the file ends early", self.win.offset, path)
        return TicError("malformed_json", f"{message}, found {chr(found)!r}", self.win.offset,
                        path)

    def separator(self, path: str, close: int) -> bool:
        """Step past ',' (False) or the closing bracket (True)."""
        found = self.win.skip_ws()
        if found == 0x2C or found == close:
            self.win.pos += 1
            return found == close
        raise self.unexpected(path, f"expected ',' or {chr(close)!r}")

    def open_array(self, path: str) -> bool:
        """Step into an array; True when it is empty (and already closed)."""
        found = self.win.skip_ws()
        if found != 0x5B:
            if found is None:
                raise self.unexpected(path, "")
            raise TicError("wrong_type", f"{path!r} must be an array", self.win.offset, path)
        self.win.pos += 1
        if self.win.skip_ws() == 0x5D:
            self.win.pos += 1
            return True
        return False

    def key(self, path: str) -> str:
        """Read an object key and its ':'."""
        if self.win.skip_ws() != 0x22:
            raise self.unexpected(path, "expected a quoted key")
        start, end = self.win.take(path)
        # The span opens with a quote, so it decodes to a str or fails to decode.
        key: str = json.loads(self.win.data[start:end])
        if self.win.skip_ws() != 0x3A:
            raise self.unexpected(join_path(path, key), "expected ':' after a key")
        self.win.pos += 1
        return key

    def win_error(self, body: bytes, path: str, at: int) -> TicError:
        """Say exactly where a value that failed to decode goes wrong."""
        try:
            end = scan_value(body, 0, path)
            message, pos = "invalid JSON value", end
        except Bad as bad:
            message, pos, path = bad.message, bad.pos, bad.path
        return TicError("malformed_json", message, at + pos, path)

    def in_network(self) -> Iterator[Rate]:
        """Read the in_network array, yielding rates of kept items (or deferring them)."""
        if self.open_array("in_network"):
            return
        index = 0
        while True:
            path = f"in_network[{index}]"
            if self.win.skip_ws() != 0x7B:
                raise self.unexpected(path, "expected an object")
            self.stats.items_seen += 1
            yield from self._item(path)
            index += 1
            if index % 1024 == 0:
                self.report()
            if self.separator("in_network", 0x5D):
                return

    def _keeps(self, head: Header) -> bool:
        return self.keep is None or self.keep(head.billing_code_type, head.billing_code)

    def _item(self, path: str) -> Iterator[Rate]:
        win = self.win
        span = win.fast_split(b'"negotiated_rates"')
        if span and win.data.count(b'"billing_code"', win.pos, span[0]) == 1:
            data, pos, end = win.data, win.pos, span[0]
            code, kind = _CODE.search(data, pos, end), _KIND.search(data, pos, end)
            if code and kind:
                at, win.pos = win.offset, end
                if self.keep is None or self.keep(_text(kind.group(1)), _text(code.group(1))):
                    self.stats.items_kept += 1
                    yield from self.kept_item(data[pos:end], path, at)
                return
        yield from self._exact_item(path)

    def kept_item(self, body: bytes, path: str, at: int) -> Iterator[Rate]:
        """Yield the rates of a whole kept item, or defer it until its references are known."""
        item = self.decode(body, path, at)
        try:
            head = header_of(item)
            elements = item.get("negotiated_rates")
            if not isinstance(elements, list):
                raise Fault("wrong_type", "'negotiated_rates' must be an array",
                            ("negotiated_rates",))
        except Fault as fault:
            raise self.located(fault, body, path, at) from None
        if not self.info_sent or (not self.refs_done and any(map(needs_references, elements))):
            self.store.defer("item", path, at, b"", body)
            return
        for index, element in enumerate(elements):
            yield from self.element_rates(head, element, body, path, at,
                                          ("negotiated_rates", index))

    def element_rates(self, head: Header, element: Any, body: bytes, path: str, at: int,
                      prefix: Steps) -> Iterator[Rate]:
        """Yield the rates of one negotiated_rates element, locating any schema fault."""
        try:
            for rate in rates_of(head, element, self.resolve):
                if isinstance(rate, BadAmount):
                    where = join_path(path, *prefix, *rate.steps)
                    self.stats.skip(NotAPrice(where, rate.amount, rate.reason))
                    continue
                self.stats.rates_kept += 1
                yield rate
        except Fault as fault:
            moved = Fault(fault.code, fault.message, prefix + fault.steps)
            raise self.located(moved, body, path, at) from None

    def _exact_item(self, path: str) -> Iterator[Rate]:
        spool = _Parked(self.storage.spool)
        try:
            yield from self._exact_members(path, spool)
        finally:
            spool.close()

    def _exact_members(self, path: str, spool: _Parked) -> Iterator[Rate]:
        win, seen = self.win, False
        fields: dict[str, Any] = {}
        at = win.offset
        win.pos += 1
        if win.skip_ws() == 0x7D:
            win.pos += 1
        else:
            while True:
                key = self.key(path)
                if key == "negotiated_rates":
                    seen = True
                    yield from self._exact_rates(path, fields, spool)
                else:
                    start, end = win.take(join_path(path, key))
                    if key in _HEAD_KEYS:
                        fields[key] = self.decode(win.data[start:end], join_path(path, key),
                                                  win.base + start)
                if self.separator(path, 0x7D):
                    break
        head = self._head(fields, path, at)
        if not seen:
            raise TicError("missing_field", "the required field 'negotiated_rates' is missing",
                           at, path)
        if spool.used and self._keeps(head):
            self.stats.items_kept += 1
            for index, element_at, body in spool:
                yield from self._exact_element(head, body, path, element_at, index)

    def _head(self, fields: dict[str, Any], path: str, at: int) -> Header:
        try:
            return header_of(fields)
        except Fault as fault:
            raise TicError(fault.code, fault.message, at, join_path(path, *fault.steps[:1])
                           if fault.steps else path) from None

    def _exact_rates(self, path: str, fields: dict[str, Any], spool: _Parked) -> Iterator[Rate]:
        known = "billing_code" in fields and "billing_code_type" in fields
        head = self._head(fields, path, self.win.offset) if known else None
        kept = head is not None and self._keeps(head)
        self.stats.items_kept += kept
        spool.used = head is None
        if self.open_array(join_path(path, "negotiated_rates")):
            return
        index = 0
        while True:
            start, end = self.win.take(f"{path}.negotiated_rates[{index}]")
            body, at = self.win.data[start:end], self.win.base + start
            if spool.used:
                spool.add(index, at, body)
            elif kept:
                yield from self._exact_element(head, body, path, at, index)  # type: ignore[arg-type]
            index += 1
            if self.separator(join_path(path, "negotiated_rates"), 0x5D):
                return

    def _exact_element(self, head: Header, body: bytes, path: str, at: int,
                       index: int) -> Iterator[Rate]:
        where = f"{path}.negotiated_rates[{index}]"
        element = self.decode(body, where, at)
        if not self.info_sent or (needs_references(element) and not self.refs_done):
            head_json = json.dumps([head.billing_code, head.billing_code_type,
                                    head.billing_code_type_version,
                                    head.negotiation_arrangement, head.name])
            self.store.defer("element", where, at, head_json.encode(), body)
            return
        yield from self.element_rates(head, element, body, where, at, ())

    def replay(self) -> Iterator[Rate]:
        """Yield the rates deferred until the root fields and references were known."""
        for kind, path, at, head, body in self.store.pending():
            if kind == "item":
                yield from self.kept_item(body, path, at)
            else:
                element = self.decode(body, path, at)
                yield from self.element_rates(Header(*json.loads(head)), element, body, path,
                                              at, ())
