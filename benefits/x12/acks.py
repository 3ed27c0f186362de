"""Acknowledgements: the 999 (005010X231A1) or older 997 a clearinghouse sends back about a
270's syntax, and the TA1 about a file's ISA/IEA envelope. Pure Python.

A person who expects a 271 sometimes has one of these instead; `read_271` recognises them so
the page can say what was rejected and why. Codes stay codes here (`ack_codes` has their
English meanings, marked for translation). The IK404/AK404 copy of a bad value and the CTX
context segments are never kept: they can quote a member ID or a date of birth.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from benefits.x12.tokens import Delimiters, Segment

# IK501 and AK901 codes that reject: R, and M, W, X (security checks that failed).
REJECTING = frozenset({"R", "M", "W", "X"})
# A 997 names its segment and element notes AK3, AK4 and AK5; a 999 calls them IK3 to IK5.
_SAME_AS_999 = {"AK3": "IK3", "AK4": "IK4", "AK5": "IK5"}
ACK_SETS = frozenset({"999", "997"})


@dataclass(frozen=True, slots=True)
class InterchangeAck:
    """A TA1: whether the whole file (its ISA/IEA envelope) was accepted."""

    control_number: str | None  # TA101: the ISA13 of the file it answers
    code: str | None  # TA104: A accepted, E accepted with errors, R rejected
    note: str | None  # TA105, e.g. "014" (the header's date is not valid)
    segment: int

    @property
    def rejected(self) -> bool:
        return self.code == "R"


@dataclass(frozen=True, slots=True)
class ElementError:
    """An IK4: one element of the segment in error."""

    position: int | None  # IK401-1: the element's place in the segment, e.g. 9 for NM109
    component: int | None  # IK401-2: its place inside a composite
    reference: str | None  # IK402: the X12 data element number, e.g. "67"
    code: str | None  # IK403, e.g. "7" (not an allowed code)


@dataclass(frozen=True, slots=True)
class SegmentError:
    """An IK3: one segment of the acknowledged transaction that had a problem."""

    segment_id: str | None  # IK301, e.g. "NM1"
    position: int | None  # IK302: its number inside that transaction, ST being 1
    loop: str | None  # IK303, e.g. "2100C"
    code: str | None  # IK304, e.g. "8" (some of its elements have errors)
    elements: tuple[ElementError, ...] = ()


@dataclass(frozen=True, slots=True)
class TransactionAck:
    """An AK2 loop: what happened to one transaction (usually the 270) that was sent."""

    transaction_set: str | None  # AK201, e.g. "270"
    control_number: str | None  # AK202: the ST02 of that transaction
    version: str | None  # AK203, e.g. "005010X279A1"
    code: str | None  # IK501: A, E, M, R, W or X
    errors: tuple[str, ...] = ()  # IK502 to IK506
    segments: tuple[SegmentError, ...] = ()
    segment: int = 0

    @property
    def rejected(self) -> bool:
        return self.code in REJECTING


@dataclass(frozen=True, slots=True)
class GroupAck:
    """One 999 or 997: the answer about one functional group (GS to GE) that was sent."""

    kind: str  # "999" or "997"
    functional_id: str | None  # AK101, e.g. "HS" (eligibility requests)
    control_number: str | None  # AK102: the GS06 of that group
    version: str | None  # AK103
    transactions: tuple[TransactionAck, ...]
    code: str | None  # AK901: A, E, P (partly), M, R, W or X
    included: int | None  # AK902: transactions the group said it held
    received: int | None  # AK903
    accepted: int | None  # AK904
    errors: tuple[str, ...] = ()  # AK905 to AK909
    segment: int = 0

    @property
    def rejected(self) -> bool:
        return self.code in REJECTING or any(t.rejected for t in self.transactions)


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """Every TA1 and 999/997 in a file that holds no 271."""

    interchanges: tuple[InterchangeAck, ...] = ()
    groups: tuple[GroupAck, ...] = ()

    @property
    def kind(self) -> str:
        """ "999", "997" or "TA1": the first group's kind, else TA1."""
        return self.groups[0].kind if self.groups else "TA1"

    @property
    def rejected(self) -> bool:
        return any(i.rejected for i in self.interchanges) or any(
            g.rejected for g in self.groups)

    @property
    def segment(self) -> int:
        """The number of its first TA1 or ST segment."""
        first = [*(i.segment for i in self.interchanges), *(g.segment for g in self.groups)]
        return min(first)


def interchange_ack(segment: Segment) -> InterchangeAck:
    """A TA1 segment's values."""
    return InterchangeAck(segment.get(1), segment.get(4), segment.get(5), segment.number)


def _number(value: str | None) -> int | None:
    return int(value) if value is not None and value.isdigit() else None


def _codes(segment: Segment, first: int, last: int) -> tuple[str, ...]:
    return tuple(code for index in range(first, last + 1)
                 if (code := segment.get(index)) is not None)


@dataclass(slots=True)
class _SegmentDraft:
    ik3: Segment
    elements: list[ElementError] = field(default_factory=list)


@dataclass(slots=True)
class _TransactionDraft:
    ak2: Segment
    segments: list[_SegmentDraft] = field(default_factory=list)
    ik5: Segment | None = None

    def freeze(self) -> TransactionAck:
        ak2, ik5 = self.ak2, self.ik5
        segments = tuple(SegmentError(
            draft.ik3.get(1), _number(draft.ik3.get(2)), draft.ik3.get(3), draft.ik3.get(4),
            tuple(draft.elements)) for draft in self.segments)
        return TransactionAck(ak2.get(1), ak2.get(2), ak2.get(3),
                              ik5.get(1) if ik5 is not None else None,
                              _codes(ik5, 2, 6) if ik5 is not None else (), segments,
                              ak2.number)


class AckReader:
    """Feed the segments between a 999's (or 997's) ST and SE, then take `group()`."""

    def __init__(self, kind: str, start: Segment, delimiters: Delimiters) -> None:
        self.kind, self.start, self.component = kind, start, delimiters.component
        self.ak1: Segment | None = None
        self.ak9: Segment | None = None
        self.transactions: list[_TransactionDraft] = []

    def add(self, segment: Segment) -> None:
        """Keep AK1, AK2, IK3, IK4, IK5 and AK9; pass over CTX and anything else."""
        name = _SAME_AS_999.get(segment.id, segment.id)
        last = self.transactions[-1] if self.transactions else None
        if name == "AK1":
            self.ak1 = segment
        elif name == "AK2":
            self.transactions.append(_TransactionDraft(segment))
        elif name == "IK3" and last is not None:
            last.segments.append(_SegmentDraft(segment))
        elif name == "IK4" and last is not None and last.segments:
            last.segments[-1].elements.append(self._element(segment))
        elif name == "IK5" and last is not None:
            last.ik5 = segment
        elif name == "AK9":
            self.ak9 = segment

    def _element(self, segment: Segment) -> ElementError:
        where = (segment.get(1) or "").split(self.component)
        return ElementError(_number(where[0].strip()),
                            _number(where[1].strip()) if len(where) > 1 else None,
                            segment.get(2), segment.get(3))

    def group(self) -> GroupAck:
        ak1, ak9 = self.ak1, self.ak9

        def value(segment: Segment | None, index: int) -> str | None:
            return segment.get(index) if segment is not None else None

        return GroupAck(
            self.kind, value(ak1, 1), value(ak1, 2), value(ak1, 3),
            tuple(t.freeze() for t in self.transactions), value(ak9, 1),
            _number(value(ak9, 2)), _number(value(ak9, 3)), _number(value(ak9, 4)),
            errors=_codes(ak9, 5, 9) if ak9 else (), segment=self.start.number)
