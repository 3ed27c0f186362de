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


def tokenize(text: str) -> tuple[Delimiters, tuple[Segment, ...]]:
    """The interchange's delimiters and its segments, ISA first."""
    start = len(text) - len(text.lstrip(BOM + string.whitespace))
    delimiters = _delimiters(text, start)
    return delimiters, _segments(text, start, delimiters)


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


def _segments(text: str, start: int, delimiters: Delimiters) -> tuple[Segment, ...]:
    """Every segment; line breaks and indentation between segments are skipped."""
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
        if index == len(pieces) - 1:
            raise malformed(ErrorCode.TRUNCATED, number, position,
                            "the last segment has no segment terminator")
        elements = body.split(delimiters.element)
        segment_id = elements[0].rstrip()
        if not _SEGMENT_ID.fullmatch(segment_id):
            raise malformed(ErrorCode.BAD_SEGMENT, number, position,
                            f"{segment_id[:10]!r} is not a segment id")
        segments.append(Segment(number, position, segment_id, tuple(elements[1:])))
    return tuple(segments)
