"""Read X12 005010X279A1 271 eligibility responses: the envelope, then each transaction."""

from __future__ import annotations

from benefits.x12.errors import ErrorCode, Malformed, malformed
from benefits.x12.loops import TransactionReader
from benefits.x12.model import Read271, Transaction271
from benefits.x12.plan_facts import plan_info
from benefits.x12.tokens import Delimiters, Segment, decode, tokenize


def read_271(data: str | bytes) -> Read271:
    """Every transaction in a 271 interchange, or the error that stopped reading; never raises.

    Bytes are read as UTF-8 (a byte-order mark is skipped), else as Latin-1.
    """
    try:
        text = decode(data)
        delimiters, segments = tokenize(text)
        envelope = _Envelope(delimiters)
        for segment in segments[1:]:
            envelope.add(segment)
        return Read271(transactions=envelope.finish(segments, len(text)),
                       delimiters=delimiters)
    except Malformed as failure:
        return Read271(error=failure.error)


class _Envelope:
    """ISA, GS and ST/SE nesting; segments inside ST/SE go to a `TransactionReader`."""

    def __init__(self, delimiters: Delimiters) -> None:
        self.delimiters = delimiters
        self.in_group = False
        self.ended = False
        self.transaction: tuple[Segment, TransactionReader] | None = None
        self.done: list[Transaction271] = []

    def add(self, segment: Segment) -> None:
        if self.ended or segment.id == "ISA":
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP,
                               f"{segment.id} after the ISA's IEA" if self.ended
                               else "a second ISA before the first one's IEA")
        if self.transaction is not None and segment.id not in ("ST", "SE", "GS", "GE", "IEA"):
            self.transaction[1].add(segment)
        elif segment.id == "ST":
            self._start(segment)
        elif segment.id == "SE":
            self._end(segment)
        elif segment.id in ("GS", "GE", "IEA"):
            self._group(segment)
        elif segment.id != "TA1":  # an interchange acknowledgment may follow the ISA
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP,
                               f"{segment.id} outside a transaction (ST to SE)")

    def _start(self, segment: Segment) -> None:
        if not self.in_group:
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP, "ST outside a group (GS to GE)")
        if self.transaction is not None:
            raise segment.fail(ErrorCode.UNCLOSED_LOOP, "ST before the previous ST's SE")
        if segment.get(1) != "271":
            raise segment.fail(ErrorCode.NOT_271, f"ST01 is {segment.get(1)!r}, not '271'")
        self.transaction = (segment, TransactionReader(self.delimiters))

    def _end(self, segment: Segment) -> None:
        if self.transaction is None:
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP, "SE without an ST")
        start, reader = self.transaction
        parties = reader.parties(segment)
        self.done.append(Transaction271(start.get(2), parties, plan_info(parties)))
        self.transaction = None

    def _group(self, segment: Segment) -> None:
        if self.transaction is not None:
            raise segment.fail(ErrorCode.UNCLOSED_LOOP, f"{segment.id} before the SE")
        opening = segment.id == "GS"
        if opening == self.in_group and segment.id != "IEA":
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP, f"{segment.id} out of order")
        if segment.id == "IEA":
            if self.in_group:
                raise segment.fail(ErrorCode.UNCLOSED_LOOP, "IEA before the GE")
            self.ended = True
        self.in_group = opening

    def finish(self, segments: tuple[Segment, ...], end: int) -> tuple[Transaction271, ...]:
        """The transactions, once the whole interchange has been read."""
        if not self.ended:
            raise malformed(ErrorCode.TRUNCATED, len(segments) + 1, end,
                            "the interchange ends without IEA")
        if not self.done:
            last = segments[-1]
            raise last.fail(ErrorCode.NO_TRANSACTION, "the interchange holds no transaction")
        return tuple(self.done)
