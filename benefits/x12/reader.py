"""Read X12 005010X279A1 271 eligibility responses: the envelope, then each transaction."""

from __future__ import annotations

from dataclasses import replace

from benefits.x12.acks import (
    ACK_SETS,
    Acknowledgement,
    AckReader,
    GroupAck,
    InterchangeAck,
    interchange_ack,
)
from benefits.x12.errors import ErrorCode, Malformed, X12Error, malformed
from benefits.x12.loops import TransactionReader
from benefits.x12.model import Read271, Transaction271
from benefits.x12.plan_facts import plan_info
from benefits.x12.tokens import Delimiters, Segment, Tokens, decode, tokenize

# A payer answers one 270 with one 271 transaction; a batch of answers stays well under this
# (1,000 transactions once took 2.7 s). Reading stops at the ST past it.
MAX_TRANSACTIONS = 50


def read_271(data: str | bytes) -> Read271:
    """Every transaction in a 271 interchange, or the error that stopped reading; never raises.

    Bytes are read as UTF-8 (a byte-order mark is skipped), else as Latin-1. Text before
    the ISA and after the IEA is skipped and counted. A file that is a 999, 997 or TA1
    acknowledgement instead gives the `acknowledgement` error and what it says.
    """
    tokens = None
    try:
        text = decode(data)
        tokens = tokenize(text)
        result = _read(tokens, len(text))
    except Malformed as failure:
        result = Read271(error=failure.error)
    if tokens is None:
        return result
    return replace(result, skipped_prefix_chars=tokens.skipped_prefix,
                   skipped_suffix_chars=tokens.skipped_suffix)


def _read(tokens: Tokens, end: int) -> Read271:
    envelope = _Envelope(tokens.delimiters)
    for segment in tokens.segments[1:]:
        envelope.add(segment)
    envelope.close(tokens.segments, end)
    ack = envelope.acknowledgement()
    if ack is not None:
        return Read271(error=_ack_error(ack, tokens.segments), acknowledgement=ack,
                       delimiters=tokens.delimiters)
    return Read271(transactions=envelope.finish(tokens.segments),
                   delimiters=tokens.delimiters)


def _ack_error(ack: Acknowledgement, segments: tuple[Segment, ...]) -> X12Error:
    """The error that says where the acknowledgement starts (its first TA1 or ST)."""
    first = segments[ack.segment - 1]
    outcome = "rejected" if ack.rejected else "accepted"
    return X12Error(ErrorCode.ACKNOWLEDGEMENT, first.number, first.position,
                    f"a {ack.kind} acknowledgement ({outcome}), not a 271")


class _Envelope:
    """ISA, GS and ST/SE nesting; segments inside ST/SE go to a `TransactionReader`."""

    def __init__(self, delimiters: Delimiters) -> None:
        self.delimiters = delimiters
        self.in_group = False
        self.ended = False
        self.transaction: tuple[Segment, TransactionReader | AckReader] | None = None
        self.done: list[Transaction271] = []
        self.interchange_acks: list[InterchangeAck] = []
        self.group_acks: list[GroupAck] = []

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
        elif segment.id == "TA1":  # an interchange acknowledgment may follow the ISA
            self.interchange_acks.append(interchange_ack(segment))
        else:
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP,
                               f"{segment.id} outside a transaction (ST to SE)")

    def _start(self, segment: Segment) -> None:
        if not self.in_group:
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP, "ST outside a group (GS to GE)")
        if self.transaction is not None:
            raise segment.fail(ErrorCode.UNCLOSED_LOOP, "ST before the previous ST's SE")
        kind = segment.get(1)
        if kind in ACK_SETS:
            self.transaction = (segment, AckReader(kind or "", segment, self.delimiters))
            return
        if kind != "271":
            raise segment.fail(ErrorCode.NOT_271, f"ST01 is {kind!r}, not '271'")
        if len(self.done) >= MAX_TRANSACTIONS:
            raise segment.fail(ErrorCode.TOO_MANY_TRANSACTIONS,
                               f"more than {MAX_TRANSACTIONS} transactions")
        self.transaction = (segment, TransactionReader(self.delimiters))

    def _end(self, segment: Segment) -> None:
        if self.transaction is None:
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP, "SE without an ST")
        start, reader = self.transaction
        if isinstance(reader, AckReader):
            self.group_acks.append(reader.group())
        else:
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

    def close(self, segments: tuple[Segment, ...], end: int) -> None:
        """Check that the interchange ended with its IEA."""
        if not self.ended:
            raise malformed(ErrorCode.TRUNCATED, len(segments) + 1, end,
                            "the interchange ends without IEA")

    def acknowledgement(self) -> Acknowledgement | None:
        """What the TA1s and 999s say, when the interchange holds no 271 to read instead."""
        if self.done or not (self.interchange_acks or self.group_acks):
            return None
        return Acknowledgement(tuple(self.interchange_acks), tuple(self.group_acks))

    def finish(self, segments: tuple[Segment, ...]) -> tuple[Transaction271, ...]:
        """The transactions, once the whole interchange has been read and closed."""
        if not self.done:
            last = segments[-1]
            raise last.fail(ErrorCode.NO_TRANSACTION, "the interchange holds no transaction")
        return tuple(self.done)
