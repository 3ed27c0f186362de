"""Read one ST/SE transaction's segments into HL levels, EB loops and 2120 entities."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from benefits.x12.codes import HL_LEVELS, REJECT_REASONS
from benefits.x12.elements import benefit_line, contact, date_period, entity, frequency
from benefits.x12.errors import ErrorCode
from benefits.x12.model import (
    Benefit,
    Contact,
    DatePeriod,
    Entity,
    Frequency,
    Level,
    Party,
    Reference,
    Rejection,
)
from benefits.x12.tokens import Delimiters, Segment
from benefits.x12.values import coded, required

_LEVELS = dict(zip(HL_LEVELS, Level, strict=True))
_PARENT = {Level.RECEIVER: Level.PAYER, Level.SUBSCRIBER: Level.RECEIVER,
           Level.DEPENDENT: Level.SUBSCRIBER}
# Segments of a 2100 name loop this reader has no use for; they may not follow an EB.
_NAME_LOOP_ONLY = frozenset({"N3", "N4", "PRV", "DMG", "INS", "HI", "MPI", "TRN"})


@dataclass(slots=True)
class _EntityDraft:
    entity: Entity
    contacts: list[Contact] = field(default_factory=list)

    def freeze(self) -> Entity:
        return replace(self.entity, contacts=tuple(self.contacts))


@dataclass(slots=True)
class _BenefitDraft:
    benefit: Benefit
    frequencies: list[Frequency] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    dates: list[DatePeriod] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    entities: list[_EntityDraft] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    in_entity_loop: bool = False  # between LS and LE

    def freeze(self) -> Benefit:
        return replace(self.benefit, frequencies=tuple(self.frequencies),
                       references=tuple(self.references), dates=tuple(self.dates),
                       messages=tuple(self.messages), rejections=tuple(self.rejections),
                       entities=tuple(draft.freeze() for draft in self.entities),
                       places=tuple(self.places))


@dataclass(slots=True)
class _PartyDraft:
    party: Party
    entity: _EntityDraft | None = None
    references: list[Reference] = field(default_factory=list)
    dates: list[DatePeriod] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    benefits: list[_BenefitDraft] = field(default_factory=list)

    def freeze(self) -> Party:
        return replace(self.party, entity=self.entity.freeze() if self.entity else None,
                       references=tuple(self.references), dates=tuple(self.dates),
                       rejections=tuple(self.rejections),
                       benefits=tuple(draft.freeze() for draft in self.benefits))


class TransactionReader:
    """Feed the segments between ST and SE in order, then take `parties()`."""

    def __init__(self, delimiters: Delimiters) -> None:
        self.delimiters = delimiters
        self._parties: list[_PartyDraft] = []
        self._seen: set[Level] = set()

    @property
    def _party(self) -> _PartyDraft | None:
        return self._parties[-1] if self._parties else None

    @property
    def _benefit(self) -> _BenefitDraft | None:
        party = self._party
        return party.benefits[-1] if party and party.benefits else None

    def add(self, segment: Segment) -> None:
        """Place one segment in its loop; raises when it has no place there."""
        benefit = self._benefit
        if benefit is not None and benefit.in_entity_loop:
            self._entity_loop(benefit, segment)
            return
        handler = _HANDLERS.get(segment.id)
        if handler is not None:
            handler(self, segment)
        elif segment.id in _NAME_LOOP_ONLY:
            self._need_party(segment, before_benefits=True)
        # Any other segment carries nothing this reader uses, so it is passed over.

    def parties(self, end: Segment) -> tuple[Party, ...]:
        """The finished levels; `end` (the SE) must not fall inside an LS/LE loop."""
        benefit = self._benefit
        if benefit is not None and benefit.in_entity_loop:
            raise end.fail(ErrorCode.UNCLOSED_LOOP, "LS has no LE before SE")
        return tuple(draft.freeze() for draft in self._parties)

    def _need_party(self, segment: Segment, before_benefits: bool = False) -> _PartyDraft:
        party = self._party
        if party is None:
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP,
                               f"{segment.id} comes before the first HL")
        if before_benefits and party.benefits:
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP,
                               f"{segment.id} belongs before the first EB of its HL level")
        return party

    def _need_benefit(self, segment: Segment) -> _BenefitDraft:
        benefit = self._benefit
        if benefit is None:
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP,
                               f"{segment.id} needs an EB before it")
        return benefit

    def _hl(self, segment: Segment) -> None:
        level = _LEVELS[coded(segment, 3, HL_LEVELS) or required(segment, 3)]
        parent = _PARENT.get(level)
        if parent is not None and parent not in self._seen:
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP,
                               f"HL level {level.value} is out of order")
        self._seen.add(level)
        self._parties.append(_PartyDraft(Party(level, segment.get(1), segment.get(2))))

    def _nm1(self, segment: Segment) -> None:
        party = self._need_party(segment, before_benefits=True)
        if party.entity is not None:
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP, "a second NM1 in one HL level")
        party.entity = _EntityDraft(entity(segment))

    def _per(self, segment: Segment) -> None:
        party = self._need_party(segment, before_benefits=True)
        if party.entity is None:
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP, "PER needs an NM1 before it")
        party.entity.contacts.append(contact(segment))

    def _ref(self, segment: Segment) -> None:
        reference = Reference(required(segment, 1), segment.get(2), segment.get(3))
        target = self._benefit or self._need_party(segment)
        target.references.append(reference)

    def _dtp(self, segment: Segment) -> None:
        period = date_period(segment)
        target = self._benefit or self._need_party(segment)
        target.dates.append(period)

    def _aaa(self, segment: Segment) -> None:
        party = self._need_party(segment)
        valid, reason = coded(segment, 1, ("Y", "N")), segment.get(3)
        rejection = Rejection(party.party.level, None if valid is None else valid == "Y",
                              reason, REJECT_REASONS.get(reason or ""), segment.get(4),
                              segment.number)
        (self._benefit or party).rejections.append(rejection)

    def _eb(self, segment: Segment) -> None:
        party = self._need_party(segment)
        if party.party.level not in (Level.SUBSCRIBER, Level.DEPENDENT):
            raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP,
                               "EB belongs to a subscriber or dependent level")
        party.benefits.append(_BenefitDraft(benefit_line(segment, self.delimiters)))

    def _hsd(self, segment: Segment) -> None:
        self._need_benefit(segment).frequencies.append(frequency(segment))

    def _msg(self, segment: Segment) -> None:
        benefit = self._need_benefit(segment)
        if segment.get(1):
            benefit.messages.append(" ".join(segment.elements[0].split()))

    def _iii(self, segment: Segment) -> None:
        benefit = self._need_benefit(segment)
        # III01 "ZZ": III02 is a place-of-service code; it scopes the EB line (office or
        # telehealth). Other qualifiers (nature of injury) do not matter for therapy.
        if segment.get(1) == "ZZ" and segment.get(2):
            benefit.places.append(str(segment.get(2)))

    def _ls(self, segment: Segment) -> None:
        self._need_benefit(segment).in_entity_loop = True

    def _le(self, segment: Segment) -> None:
        raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP, "LE without an LS before it")

    def _entity_loop(self, benefit: _BenefitDraft, segment: Segment) -> None:
        """Segments between LS and LE: 2120 entities, each an NM1 and its details."""
        current = benefit.entities[-1] if benefit.entities else None
        if segment.id == "LE":
            benefit.in_entity_loop = False
        elif segment.id == "NM1":
            benefit.entities.append(_EntityDraft(entity(segment)))
        elif segment.id in ("N3", "N4", "PRV", "PER"):
            if current is None:
                raise segment.fail(ErrorCode.SEGMENT_OUTSIDE_LOOP, f"{segment.id} needs an NM1")
            if segment.id == "PER":
                current.contacts.append(contact(segment))
        else:
            raise segment.fail(ErrorCode.UNCLOSED_LOOP, f"LS has no LE before {segment.id}")


_HANDLERS: dict[str, Callable[[TransactionReader, Segment], None]] = {
    "HL": TransactionReader._hl,
    "NM1": TransactionReader._nm1,
    "PER": TransactionReader._per,
    "REF": TransactionReader._ref,
    "DTP": TransactionReader._dtp,
    "AAA": TransactionReader._aaa,
    "EB": TransactionReader._eb,
    "HSD": TransactionReader._hsd,
    "MSG": TransactionReader._msg,
    "III": TransactionReader._iii,
    "LS": TransactionReader._ls,
    "LE": TransactionReader._le,
}
