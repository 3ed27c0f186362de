"""What a 271 says, loop by loop: parties, benefit lines and their details. Pure Python."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from benefits.x12.acks import Acknowledgement
from benefits.x12.codes import ACTIVE, INACTIVE
from benefits.x12.errors import X12Error
from benefits.x12.tokens import Delimiters


class Level(StrEnum):
    """An HL level: 2000A payer (20), 2000B receiver (21), 2000C subscriber, 2000D dependent."""

    PAYER = "payer"
    RECEIVER = "receiver"
    SUBSCRIBER = "subscriber"
    DEPENDENT = "dependent"


class Network(StrEnum):
    """EB12, the in-plan-network indicator; the values are the X12 codes."""

    IN = "Y"
    OUT = "N"
    BOTH = "W"  # "not applicable": the line applies whatever the network
    UNKNOWN = "U"


@dataclass(frozen=True, slots=True)
class Contact:
    """A PER segment: who to call, and how."""

    function: str | None  # PER01, e.g. "IC" information contact
    name: str | None
    phones: tuple[str, ...] = ()  # every TE number
    extension: str | None = None
    fax: str | None = None
    email: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """An NM1 (a payer, provider, person or a 2120 benefit-related entity) and its PERs."""

    code: str  # NM101, e.g. "PR" payer, "IL" subscriber, "P3" primary care provider
    kind: str | None  # NM102: "1" a person, "2" an organization
    name: str | None  # the organization's name, or the person's last name
    first_name: str | None = None
    middle_name: str | None = None
    suffix: str | None = None
    id_qualifier: str | None = None  # NM108, e.g. "MI" member id, "PI" payer id, "XX" NPI
    id: str | None = None
    contacts: tuple[Contact, ...] = ()

    @property
    def full_name(self) -> str | None:
        """The name as written on a card: first, middle, last, suffix."""
        parts = (self.first_name, self.middle_name, self.name, self.suffix)
        return " ".join(part for part in parts if part) or None

    @property
    def phones(self) -> tuple[str, ...]:
        return tuple(phone for contact in self.contacts for phone in contact.phones)


@dataclass(frozen=True, slots=True)
class Reference:
    qualifier: str  # REF01, e.g. "6P" group number, "18" plan number
    value: str | None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class DatePeriod:
    qualifier: str  # DTP01, e.g. "346" plan begin, "291" plan
    start: dt.date
    end: dt.date | None = None  # set for a range (RD8)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An AAA segment: the payer could not answer, or part of the request was wrong."""

    level: Level
    valid: bool | None  # AAA01: was the request valid
    reason: str | None  # AAA03
    description: str | None  # English meaning of AAA03, marked for translation
    follow_up: str | None  # AAA04, e.g. "C" correct and resubmit
    segment: int


@dataclass(frozen=True, slots=True)
class Frequency:
    """An HSD segment: how much of a service, how often (e.g. 20 visits a calendar year)."""

    qualifier: str | None  # HSD01, e.g. "VS" visits
    quantity: Decimal | None
    unit: str | None = None  # HSD03, e.g. "DA" days, "WK" week
    sample: Decimal | None = None
    period: str | None = None  # HSD05, same codes as EB06
    period_count: Decimal | None = None
    pattern: str | None = None
    time: str | None = None


@dataclass(frozen=True, slots=True)
class Procedure:
    """EB13: a benefit for one procedure code, e.g. HC:90837."""

    qualifier: str | None  # "HC" CPT/HCPCS
    code: str
    modifiers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Benefit:
    """One EB line (loop 2110) with the segments and 2120 entities that belong to it."""

    segment: int
    code: str  # EB01
    description: str | None  # English meaning of EB01, marked for translation
    coverage_level: str | None = None  # EB02, e.g. "IND", "FAM"
    service_types: tuple[str, ...] = ()  # EB03
    insurance_type: str | None = None  # EB04
    plan_description: str | None = None  # EB05
    time_period: str | None = None  # EB06, e.g. "23" calendar year, "29" remaining
    amount: Decimal | None = None  # EB07
    percent: Decimal | None = None  # EB08, a fraction: .2 is 20 percent
    quantity_qualifier: str | None = None  # EB09, e.g. "VS" visits
    quantity: Decimal | None = None  # EB10
    auth_required: bool | None = None  # EB11; None when absent or "U"
    network: Network | None = None  # EB12
    procedure: Procedure | None = None  # EB13
    frequencies: tuple[Frequency, ...] = ()
    references: tuple[Reference, ...] = ()
    dates: tuple[DatePeriod, ...] = ()
    messages: tuple[str, ...] = ()
    rejections: tuple[Rejection, ...] = ()
    entities: tuple[Entity, ...] = ()
    places: tuple[str, ...] = ()  # 2115C III*ZZ place-of-service codes, e.g. "02" telehealth

    @property
    def active(self) -> bool | None:
        """True for EB01 1 to 5, False for 6 to 8, None for other kinds of line."""
        return True if self.code in ACTIVE else False if self.code in INACTIVE else None


@dataclass(frozen=True, slots=True)
class Party:
    """One HL level (2000A to 2000D) with its name loop (2100) and, for people, benefits."""

    level: Level
    hl_id: str | None
    parent_id: str | None
    entity: Entity | None = None
    references: tuple[Reference, ...] = ()
    dates: tuple[DatePeriod, ...] = ()
    rejections: tuple[Rejection, ...] = ()
    benefits: tuple[Benefit, ...] = ()

    @property
    def name(self) -> str | None:
        return self.entity.full_name if self.entity else None

    @property
    def id(self) -> str | None:
        """NM109: the payer id, provider NPI or member id."""
        return self.entity.id if self.entity else None


@dataclass(frozen=True, slots=True)
class PlanInfo:
    """Plan facts gathered from the patient's (or subscriber's) loops."""

    name: str | None = None  # EB05, else REF 18 or 6P description
    group_number: str | None = None  # REF 6P, else 1L
    insurance_type: str | None = None  # EB04
    plan_begin: dt.date | None = None  # DTP 346, or 291 start
    plan_end: dt.date | None = None  # DTP 347, or 291 end
    eligibility_begin: dt.date | None = None  # DTP 356, or 307 start
    eligibility_end: dt.date | None = None  # DTP 357, or 307 end
    benefit_begin: dt.date | None = None  # DTP 348, or 292 start
    active: bool | None = None


@dataclass(frozen=True, slots=True)
class Transaction271:
    """One ST/SE transaction set."""

    control_number: str | None
    parties: tuple[Party, ...]
    plan: PlanInfo

    def _first(self, level: Level) -> Party | None:
        return next((party for party in self.parties if party.level is level), None)

    @property
    def payer(self) -> Party | None:
        return self._first(Level.PAYER)

    @property
    def receiver(self) -> Party | None:
        return self._first(Level.RECEIVER)

    @property
    def subscriber(self) -> Party | None:
        return self._first(Level.SUBSCRIBER)

    @property
    def dependent(self) -> Party | None:
        return self._first(Level.DEPENDENT)

    @property
    def patient(self) -> Party | None:
        """The dependent when there is a 2000D, else the subscriber."""
        return patient_of(self.parties)

    @property
    def benefits(self) -> tuple[Benefit, ...]:
        """The patient's benefit lines; the subscriber's when the dependent loop has none."""
        return benefits_of(self.parties)

    @property
    def active(self) -> bool | None:
        return self.plan.active

    @property
    def rejections(self) -> tuple[Rejection, ...]:
        """Every AAA in the transaction, at any level, in file order."""
        found = [r for p in self.parties for r in p.rejections]
        found += [r for p in self.parties for b in p.benefits for r in b.rejections]
        return tuple(sorted(found, key=lambda rejection: rejection.segment))


def patient_of(parties: tuple[Party, ...]) -> Party | None:
    """The first dependent, else the first subscriber."""
    for level in (Level.DEPENDENT, Level.SUBSCRIBER):
        found = next((party for party in parties if party.level is level), None)
        if found is not None:
            return found
    return None


def benefits_of(parties: tuple[Party, ...]) -> tuple[Benefit, ...]:
    """The patient's benefit lines, falling back to the subscriber's."""
    patient = patient_of(parties)
    if patient is not None and patient.benefits:
        return patient.benefits
    subscriber = next((p for p in parties if p.level is Level.SUBSCRIBER), None)
    return subscriber.benefits if subscriber is not None else ()


@dataclass(frozen=True, slots=True)
class Read271:
    """The result of `read_271`: transactions, or the error that stopped reading."""

    transactions: tuple[Transaction271, ...] = ()
    error: X12Error | None = None
    delimiters: Delimiters | None = None
    # Set with the `acknowledgement` error: the file is a 999, 997 or TA1, not a 271.
    acknowledgement: Acknowledgement | None = None
    # Characters left out before the ISA (a clearinghouse's headers or banner) and after
    # the IEA; 0 when there were none, or only blank lines.
    skipped_prefix_chars: int = 0
    skipped_suffix_chars: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None
