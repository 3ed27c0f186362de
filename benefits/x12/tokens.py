"""Split an X12 interchange into segments, with the delimiters its ISA header declares."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from benefits.x12.errors import ErrorCode, Malformed, malformed

BOM = "\ufeff"
# Two or three capitals and digits, starting with a letter: every X12 segment id.
_SEGMENT_ID = re.compile(r"[A-Z][A-Z0-9]{1,2}")
_ISA_ELEMENTS = 16
# A padded ISA is 106 characters with its terminator, its 16 element separators always at
# these offsets: that fixed shape tells a real ISA from the letters "ISA" in a banner.
ISA_LENGTH = 106
_FIXED_SEPARATORS = (3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103)
# The web layer refuses bodies over 1 MiB (MAX_CONTENT_LENGTH in navigator/core/settings.py);
# the ISA is looked for no further in, so a large file without one fails fast.
ISA_SEARCH_LIMIT = 1024 * 1024
# Headers or a banner mention "ISA" a few times at most; past this many tries, give up.
_MAX_TRIES = 1000
_BLANK = BOM + string.whitespace
# The longest real 271 we hold has 459 segments; one member's answer with every service type
# has about 500 to 1,000 EB lines. Past this many, reading stops (30,000 EB lines once took
# 8 s and answered 11 MB).
MAX_SEGMENTS = 5000


@dataclass(frozen=True, slots=True)
class Delimiters:
    element: str
    component: str
    segment: str
    repetition: str | None  # None before 5010, when ISA11 was a standards code ("U")


@dataclass(frozen=True, slots=True)
class Segment:
    number: int  # 1-based, the ISA being 1
    position: int  # character offset of the segment id in the decoded text
    id: str
    elements: tuple[str, ...]  # elements[0] is the first data element, e.g. EB01

    def get(self, index: int) -> str | None:
        """Element `index` (1-based, as in EB03) without padding; None when absent or blank."""
        if index > len(self.elements):
            return None
        return self.elements[index - 1].strip() or None

    def fail(self, code: ErrorCode, detail: str) -> Malformed:
        """The exception for a problem in this segment."""
        return malformed(code, self.number, self.position, detail)


def decode(data: str | bytes) -> str:
    """Text from bytes: UTF-8 when it is valid, else Latin-1 (which accepts any byte)."""
    if isinstance(data, str):
        return data
    try:
        return bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        return bytes(data).decode("latin-1")


@dataclass(frozen=True, slots=True)
class Tokens:
    """An interchange split into segments, and what was left out around it."""

    delimiters: Delimiters
    segments: tuple[Segment, ...]  # ISA first
    skipped_prefix: int = 0  # characters before the ISA, counted when some were not blank
    skipped_suffix: int = 0  # characters after the IEA, counted when some were not blank


def tokenize(text: str) -> Tokens:
    """The interchange's delimiters and its segments, ISA first.

    Text before the ISA (a clearinghouse's MIME headers, a report banner) and after the IEA
    (a MIME boundary, a footer) is skipped; positions still count from the start of `text`.
    """
    start, delimiters = _find_isa(text)
    segments, suffix = _segments(text, start, delimiters)
    prefix = start if text[:start].strip(_BLANK) else 0
    return Tokens(delimiters, segments, prefix, suffix)


def _find_isa(text: str) -> tuple[int, Delimiters]:
    """Where the ISA starts, and its delimiters.

    It is normally first, after a byte-order mark or blank lines. Otherwise the first
    padded ISA further in wins, then an ISA that starts a line; when there is neither, the
    error is the one at the start of the text.
    """
    start = len(text) - len(text.lstrip(_BLANK))
    try:
        return start, _delimiters(text, start)
    except Malformed:
        limit = min(len(text), ISA_SEARCH_LIMIT)
        for padded in (True, False):
            at, tries = text.find("ISA", start + 1, limit), 0
            while at >= 0 and tries < _MAX_TRIES:
                found = _isa_at(text, at, padded)
                if found is not None:
                    return at, found
                at, tries = text.find("ISA", at + 1, limit), tries + 1
        raise


def _isa_at(text: str, at: int, padded: bool) -> Delimiters | None:
    """The delimiters of an ISA at `at` inside other text, or None when it is not one."""
    before = text[at - 1]
    if before.isalnum():  # "VISA", "LISA": part of a word
        return None
    window = text[at:at + ISA_LENGTH]  # an ISA is never longer, so checks stay bounded
    if padded and (len(window) < ISA_LENGTH
                   or any(window[k] != window[3] for k in _FIXED_SEPARATORS)):
        return None
    if not padded and before not in "\r\n":
        return None
    try:
        return _delimiters(window, 0)
    except Malformed:
        return None


def _isa_separators(text: str, start: int) -> list[int]:
    """Offsets of the 16 element separators of the ISA at `start`."""
    head = text[start:start + 3]
    if not head:
        raise malformed(ErrorCode.EMPTY, 1, start, "the text is empty")
    if head != "ISA":
        if "ISA".startswith(head) and start + len(head) == len(text):
            raise malformed(ErrorCode.TRUNCATED, 1, start, "the text ends inside the ISA")
        raise malformed(ErrorCode.NOT_ISA, 1, start, "an interchange starts with ISA")
    if start + 3 == len(text):
        raise malformed(ErrorCode.TRUNCATED, 1, start, "the text ends inside the ISA")
    element = text[start + 3]
    if element.isalnum() or element.isspace():
        raise malformed(ErrorCode.BAD_DELIMITERS, 1, start,
                        "the element separator after ISA is a letter, digit or space")
    separators = [start + 3]
    while len(separators) < _ISA_ELEMENTS:
        found = text.find(element, separators[-1] + 1)
        if found < 0:
            raise malformed(ErrorCode.TRUNCATED, 1, start, "the ISA has fewer than 16 elements")
        separators.append(found)
    return separators


def _delimiters(text: str, start: int) -> Delimiters:
    """Delimiters from the ISA: its 4th character, ISA11, ISA16 and the character after it."""
    separators = _isa_separators(text, start)
    last = separators[-1]
    if last + 2 >= len(text):
        raise malformed(ErrorCode.TRUNCATED, 1, start, "the text ends inside the ISA")
    element, component, terminator = text[start + 3], text[last + 1], text[last + 2]
    if (component.isalnum() or component.isspace() or terminator.isalnum()
            or len({element, component, terminator}) < 3):
        raise malformed(ErrorCode.BAD_DELIMITERS, 1, start,
                        "ISA16 and the segment terminator must be distinct punctuation")
    isa11 = text[separators[10] + 1:separators[11]]
    # ISA11 was the letter "U" before 5010; only punctuation can separate repeats.
    usable = (len(isa11) == 1 and not isa11.isalnum() and not isa11.isspace()
              and isa11 not in (element, terminator))
    return Delimiters(element, component, terminator, isa11 if usable else None)


def _segments(text: str, start: int,
              delimiters: Delimiters) -> tuple[tuple[Segment, ...], int]:
    """Every segment, and how many characters of other text follow the IEA.

    Line breaks and indentation between segments are skipped. After the IEA, text that
    starts like a segment is read on (so the envelope can say what is out of place);
    anything else is left out and counted.
    """
    segments: list[Segment] = []
    pieces = text[start:].split(delimiters.segment)
    offset = start
    for index, piece in enumerate(pieces):
        body = piece.lstrip()
        position = offset + len(piece) - len(body)
        offset += len(piece) + 1
        if not body.strip():
            continue  # blank lines between terminators carry nothing
        number = len(segments) + 1
        if number > MAX_SEGMENTS:
            raise malformed(ErrorCode.TOO_MANY_SEGMENTS, number, position,
                            f"more than {MAX_SEGMENTS} segments")
        if index == len(pieces) - 1:
            raise malformed(ErrorCode.TRUNCATED, number, position,
                            "the last segment has no segment terminator")
        elements = body.split(delimiters.element)
        segment_id = elements[0].rstrip()
        if not _SEGMENT_ID.fullmatch(segment_id):
            raise malformed(ErrorCode.BAD_SEGMENT, number, position,
                            f"{segment_id[:10]!r} is not a segment id")
        segments.append(Segment(number, position, segment_id, tuple(elements[1:])))
        rest = text[offset:] if segment_id == "IEA" else ""
        if rest.strip(_BLANK) and not _starts_a_segment(rest.lstrip(_BLANK), delimiters):
            return tuple(segments), len(rest)
    return tuple(segments), 0


def _starts_a_segment(text: str, delimiters: Delimiters) -> bool:
    """Whether `text` begins with a segment id and then a separator, as "GS*" does."""
    found = _SEGMENT_ID.match(text)
    return found is not None and text[found.end():found.end() + 1] in (
        delimiters.element, delimiters.segment)
