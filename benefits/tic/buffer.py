"""A byte window over a stream, with fast C-level scans for JSON structure. Pure Python.

The fast path never tokenizes skipped values: it counts brackets with bytes.count, which is
only sound where no string holds a bracket. A parity scan (one C regex call per window)
proves that, and lists the rare strings that do hold one so the caller can avoid them.
"""

from __future__ import annotations

import re
from typing import BinaryIO

from benefits.tic.diagnose import STRING, Bad, scan_value
from benefits.tic.model import TicError

CHUNK = 4 << 20
# Most bytes one value may need in memory at once; bigger items are read element by element.
CAP = 48 << 20
FAST_LIMIT = 8 << 20
_WS = re.compile(rb"[ \t\r\n]*")
# Outside-string runs and strings without brackets, alternately, from a known outside position.
_PARITY = re.compile(rb'(?:[^"]*+"[^"\\{}\[\]]*+(?:\\.[^"\\{}\[\]]*+)*+")*+[^"]*+', re.DOTALL)
# Letters of true, false, null, NaN and Infinity: the last two are not JSON, but Python's
# writer emits them and the decoder reads them, so an amount of NaN is skipped, not fatal.
_PLAIN = rb"[ \t\r\n,:0-9eE.+\-truefalsnNIiy]++"
# Without backslashes, quotes alternate open/close; keeping only quotes and brackets leaves a
# text a sixth the size on which the same proof runs (see Window.split).
_STRUCTURE_ONLY = bytes(set(range(256)) - set(b'"{}[]'))
_REDUCED_CLEAN = re.compile(rb'(?:[^"]*+"[^"{}\[\]]*+")*+[^"]*+')


def _nested(depth: int) -> bytes:
    inner = rb"(?:" + _PLAIN + rb"|" + STRING.pattern
    if depth:
        deeper = _nested(depth - 1)
        inner += rb"|\{" + deeper + rb"\}|\[" + deeper + rb"\]"
    return inner + rb")*+"


# One JSON value of nesting depth at most 7; deeper ones fall back to the slow scanner.
VALUE = re.compile(rb"\{" + _nested(6) + rb"\}|\[" + _nested(6) + rb"\]|" + STRING.pattern
                   + rb"|-?[0-9][0-9.eE+\-]*+|true|false|null|NaN|-?Infinity", re.DOTALL)


class Window:
    """The unread part of a binary stream, refilled in chunks; offsets are absolute."""

    def __init__(self, source: BinaryIO) -> None:
        self.source = source
        self.data = b""
        self.pos = 0
        self.base = 0
        self.eof = False
        self.checked_to = 0  # absolute: parity known up to here, at an outside-string spot
        self.bad: list[tuple[int, int]] = []  # absolute spans of strings holding brackets

    @property
    def offset(self) -> int:
        return self.base + self.pos

    def fill(self) -> bool:
        """Read one more chunk, dropping what is already consumed; False at end of stream."""
        if self.eof:
            return False
        chunk = self.source.read(CHUNK)
        if not chunk:
            self.eof = True
            return False
        self.data = self.data[self.pos:] + chunk
        self.base += self.pos
        self.pos = 0
        return True

    def skip_ws(self) -> int | None:
        """Skip whitespace and return the next byte, or None at the end of the stream."""
        while True:
            self.pos = _WS.match(self.data, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.data):
                return self.data[self.pos]
            if not self.fill():
                return None

    def take(self, path: str) -> tuple[int, int]:
        """Return the span of the next complete JSON value and step past it."""
        self.skip_ws()
        while True:
            match = VALUE.match(self.data, self.pos)
            if match and (match.end() < len(self.data) or self.eof):
                start, self.pos = self.pos, match.end()
                return start, self.pos
            if len(self.data) - self.pos > CAP or not self.fill():
                return self._take_slowly(path)

    def _take_slowly(self, path: str) -> tuple[int, int]:
        try:
            end = scan_value(self.data, self.pos, path)
        except Bad as bad:
            raise self.error(bad) from None
        if end >= len(self.data) and not self.eof:
            raise TicError("too_large", "a single value is too large to read", self.offset, path)
        start, self.pos = self.pos, end
        return start, end

    def error(self, bad: Bad, start: int = 0) -> TicError:
        """Turn a diagnosis at a window position into a TicError with absolute offset."""
        truncated = bad.pos + start >= len(self.data) and self.eof
        code = "truncated" if truncated else "malformed_json"
        return TicError(code, bad.message, self.base + start + bad.pos, bad.path)

    def diagnose(self, start: int, path: str) -> TicError:
        """Explain why the value at a window position is not valid JSON."""
        try:
            scan_value(self.data, start, path)
        except Bad as bad:
            return self.error(bad)
        return TicError("malformed_json", "invalid JSON value", self.base + start, path)

    def clean_until(self, end: int) -> bool | None:
        """True when no string in [pos, end) holds a bracket; None when the window is short."""
        absolute_end = self.base + end
        if self.checked_to < self.offset:
            self.checked_to, self.bad = self.offset, []
        elif self.bad:
            self.bad = [span for span in self.bad if span[1] > self.offset]
        while self.checked_to < absolute_end:
            rel = self.checked_to - self.base
            rel = _PARITY.match(self.data, rel).end()  # type: ignore[union-attr]
            self.checked_to = self.base + rel
            if rel >= len(self.data):
                break
            string = STRING.match(self.data, rel)
            if string is None or string.end() >= len(self.data):
                break  # the string runs past the window; refilling will tell
            self.bad.append((self.base + rel, self.base + string.end()))
            self.checked_to = self.base + string.end()
        if self.checked_to < absolute_end:
            return None
        return not any(self.offset <= s < absolute_end for s, _ in self.bad)

    def split(self, anchor: bytes) -> tuple[int, int] | bool:
        """Return (end, next start) of the array element at pos, judged from its key anchor.

        The element at pos holds one anchor key and so does the next one; the next element
        starts at the last '{' before its anchor. Balanced brackets prove the cut. Returns
        True when the window is too short to judge, False when the fast path cannot say.
        """
        data, pos = self.data, self.pos
        first = data.find(anchor, pos)
        second = data.find(anchor, first + len(anchor)) if first >= 0 else -1
        if second < 0:
            return True
        following = data.rfind(b"{", first, second)
        end = data.rfind(b"}", first, following) + 1 if following > 0 else 0
        if end <= 0 or data[end:following].strip() != b",":
            return False
        piece = data[pos:end]
        if b"\\" not in piece:
            shape = piece.translate(None, _STRUCTURE_ONLY)
            if _REDUCED_CLEAN.fullmatch(shape):
                balanced = (shape.count(b"{") == shape.count(b"}")
                            and shape.count(b"[") == shape.count(b"]"))
                return (end, following) if balanced else False
        if data.count(b"{", pos, end) != data.count(b"}", pos, end):
            return False
        if data.count(b"[", pos, end) != data.count(b"]", pos, end):
            return False
        clean = self.clean_until(following)
        if not clean:
            return clean is None
        return end, following

    def fast_split(self, anchor: bytes) -> tuple[int, int] | None:
        """Split the element at pos cheaply, refilling a little; None means use take()."""
        while True:
            result = self.split(anchor)
            if result is not True:
                return result or None
            # An element bigger than this is rare; the exact path reads it in bounded pieces.
            if len(self.data) - self.pos > FAST_LIMIT or not self.fill():
                return None
