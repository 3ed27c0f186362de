"""The parts every letter shares: who it is from and to, what it is about, the signature."""

from __future__ import annotations

from benefits.appeals.deadlines import ClaimKind
from benefits.catalog import N_
from benefits.letters.model import LetterFacts, Line


def sender(facts: LetterFacts) -> list[Line]:
    """The writer's name and address, the date, and how to reach them."""
    lines = [Line("paragraph", "%(patient_name)s\n%(sender_address)s")]
    contact = tuple(template for template, value in (
        (N_("Phone: %(phone)s"), facts.phone), (N_("Email: %(email)s"), facts.email))
        if value.strip())
    if contact:
        lines.append(Line("paragraph", contact))
    lines.append(Line("paragraph", "%(today)s"))
    return lines


def to_insurer(team: str) -> Line:
    """The plan's address, to the attention of the team (`team` is an English msgid)."""
    return Line("paragraph", ("%(insurer_name)s", team, "%(insurer_address)s"))


def about_claim(facts: LetterFacts) -> list[Line]:
    """The numbers the plan needs to find the case, each on its own line."""
    lines = [Line("item", N_("Patient: %(patient_name)s")),
             Line("item", N_("Member ID: %(member_id)s"))]
    if facts.group_number.strip():
        lines.append(Line("item", N_("Group number: %(group_number)s")))
    lines.append(Line("item", N_("Plan: %(plan_name)s")))
    if facts.claim_kind is ClaimKind.POST_SERVICE or facts.claim_number.strip():
        lines.append(Line("item", N_("Claim or reference number: %(claim_number)s")))
    lines += [Line("item", N_("Provider: %(provider_name)s")),
              Line("item", N_("Service: %(service)s")), service_dates(facts),
              Line("item", N_("Date of the denial notice: %(denial_date)s"))]
    if facts.codes.strip():
        lines.append(Line("item", N_("Codes on the notice: %(codes)s")))
    return lines


def service_dates(facts: LetterFacts) -> Line:
    if facts.service_last is not None and facts.service_last != facts.service_first:
        return Line("item", N_("Dates of service: %(service_first)s to %(service_last)s"))
    if facts.claim_kind is ClaimKind.PRE_SERVICE:
        return Line("item", N_("Planned start of care: %(service_first)s"))
    return Line("item", N_("Date of service: %(service_first)s"))


def story(facts: LetterFacts) -> list[Line]:
    """What happened, in the person's own words, when they gave them."""
    if not facts.what_happened.strip():
        return []
    return [Line("heading", N_("What happened")), Line("paragraph", "%(what_happened)s")]


def reply_to(facts: LetterFacts) -> Line:
    if facts.phone.strip() or facts.email.strip():
        return Line("paragraph", N_("Please send your answer in writing to the address above. "
                                    "If you have questions, you can call or email me."))
    return Line("paragraph", N_("Please send your answer in writing to the address above."))


def enclosed(items: list[str]) -> list[Line]:
    return [Line("heading", N_("Enclosed")), *(Line("item", item) for item in items)]


def signature() -> list[Line]:
    return [Line("paragraph", N_("Sincerely,")),
            Line("paragraph", "\n\n%(patient_name)s")]
