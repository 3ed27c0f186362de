"""What a letter is made of: the person's facts, and lines of text to translate and fill.

A letter never holds finished prose. Each line is an English template (marked for the
catalog) with `%(name)s` placeholders; the web layer translates the template into the letter's
language and fills it from the facts, formatting dates and money for that language.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from benefits.appeals.deadlines import ClaimKind
from benefits.appeals.plan_types import PlanType
from benefits.appeals.reasons import DenialReason
from benefits.sources import Source

Kind = Literal["title", "heading", "paragraph", "item", "small"]
Value = str | dt.date | Decimal | None
# What an empty fact prints as: a line the person can write on after printing.
BLANK = "____________"


class LetterKind(StrEnum):
    APPEAL = "appeal"
    RECORDS = "records"
    PARITY = "parity"
    EXTERNAL_REVIEW = "external_review"
    COMPLAINT = "complaint"


@dataclass(frozen=True, slots=True)
class Line:
    kind: Kind
    # An English msgid with %(fact)s placeholders, or several, each translated on its own
    # and put on lines of their own (an address: "Appeals department", then the address).
    template: str | tuple[str, ...]
    source: Source | None = None  # where the rule this line states comes from

    @property
    def parts(self) -> tuple[str, ...]:
        return (self.template,) if isinstance(self.template, str) else self.template


@dataclass(frozen=True, slots=True)
class LetterFacts:
    """Everything the person typed. Empty text and missing dates print as blanks."""

    plan_type: PlanType
    claim_kind: ClaimKind
    reason: DenialReason
    today: dt.date
    urgent: bool = False
    in_network: bool | None = None
    patient_name: str = ""
    member_id: str = ""
    group_number: str = ""
    claim_number: str = ""
    plan_name: str = ""
    insurer_name: str = ""
    insurer_address: str = ""
    employer_name: str = ""
    administrator_address: str = ""
    provider_name: str = ""
    service: str = ""
    service_first: dt.date | None = None
    service_last: dt.date | None = None
    denial_date: dt.date | None = None
    notice_received: dt.date | None = None
    appeal_filed: dt.date | None = None
    final_denial_received: dt.date | None = None
    codes: str = ""
    what_happened: str = ""
    sender_address: str = ""
    phone: str = ""
    email: str = ""

    def values(self) -> dict[str, Value]:
        """The facts by placeholder name, plus the fixed amounts some letters quote."""
        skip = {"plan_type", "claim_kind", "reason", "urgent", "in_network"}
        found: dict[str, Value] = {f.name: getattr(self, f.name) for f in fields(self)
                                   if f.name not in skip}
        found["daily_penalty"] = DAILY_PENALTY
        return found


# ERISA §502(c)(1) says $100 a day; 29 CFR 2575.502c-1 raised it to $110 for inflation.
DAILY_PENALTY = Decimal("110")


@dataclass(frozen=True, slots=True)
class Letter:
    kind: LetterKind
    title: str  # English msgid
    lines: tuple[Line, ...]
    values: Mapping[str, Value]

    def sources(self) -> list[Source]:
        """Every source cited, once, in the order the letter first relies on it."""
        seen: list[Source] = []
        for line in self.lines:
            if line.source is not None and line.source not in seen:
                seen.append(line.source)
        return seen

    def render(self, translate: Callable[[str], str],
               show: Callable[[Value], str]) -> list[tuple[Kind, str]]:
        """Each line as (kind, finished text) in the language `translate` gives."""
        filled = {name: show(value) if _given(value) else BLANK
                  for name, value in self.values.items()}
        return [(line.kind, "\n".join(translate(part) % filled for part in line.parts))
                for line in self.lines]


def _given(value: Value) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def plain_text(rendered: list[tuple[Kind, str]], width: int = 72) -> str:
    """The letter as wrapped plain text, for email or a word processor."""
    out: list[str] = []
    for kind, text in rendered:
        if out and out[-1] and kind != "item":
            out.append("")  # a list ends: leave a gap before what follows
        if kind in ("title", "heading"):
            out += [text.upper() if kind == "title" else text, ""]
            continue
        out += _wrapped(text, width, item=kind == "item")
        if kind != "item":
            out.append("")
    return "\n".join(out).strip() + "\n"


def _wrapped(text: str, width: int, item: bool) -> list[str]:
    lines = []
    for number, part in enumerate(text.split("\n")):
        lead = ("- " if number == 0 else "  ") if item else ""
        lines.append(textwrap.fill(part, width, initial_indent=lead,
                                   subsequent_indent="  " if item else "") or lead.rstrip())
    return lines
