"""explain-271's header lines: who the 271 is about, which plan, and what the payer rejected.

Every field that `transaction_json` shows is worded here or in `explain`; `WORDED` and
`NOT_WORDED` name them all, so a test fails when the reader gains a field nobody words.
A date of birth is never printed (the reader does not keep one).
"""

from __future__ import annotations

import datetime as dt

from flask_babel import gettext
from flask_babel import lazy_gettext as _l

from benefits.x12 import Contact, Entity, Party, PlanInfo, Rejection, Transaction271
from navigator.core.i18n import long_date
from navigator.core.x12 import rejection_text

# NM108: what kind of number NM109 is.
ID_KINDS = {
    "PI": _l("Payer ID"), "XV": _l("Plan ID"), "XX": _l("NPI"), "MI": _l("Member ID"),
    "II": _l("Health ID"), "FI": _l("Tax ID"), "SV": _l("Provider number"),
}
# EB04, the kind of insurance: the codes front desks meet most; others print as the code.
INSURANCE_TYPES = {
    "PR": _l("PPO"), "HM": _l("HMO"), "HN": _l("HMO, Medicare risk"), "EP": _l("EPO"),
    "PS": _l("Point of service (POS)"), "IN": _l("Indemnity"), "C1": _l("Commercial"),
    "CO": _l("COBRA continuation"), "MA": _l("Medicare Part A"), "MB": _l("Medicare Part B"),
    "MC": _l("Medicaid"), "MP": _l("Medicare primary"), "SP": _l("Supplemental policy"),
    "WC": _l("Workers' compensation"), "QM": _l("Qualified Medicare Beneficiary"),
    "HS": _l("Special low-income Medicare beneficiary"), "OT": _l("Other"),
}
# The fields each line below words, by the reader's dataclasses and transaction_json's keys.
WORDED: dict[str, frozenset[str]] = {
    "Entity": frozenset({"name", "first_name", "middle_name", "suffix", "id_qualifier", "id",
                         "contacts"}),
    "Contact": frozenset({"name", "phones", "extension", "fax", "email", "url"}),
    "PlanInfo": frozenset({"name", "group_number", "insurance_type", "plan_begin",
                           "plan_end", "eligibility_begin", "eligibility_end",
                           "benefit_begin", "active"}),
    "Rejection": frozenset({"level", "valid", "reason", "description", "follow_up",
                            "segment"}),
    "transaction": frozenset({"control_number", "payer", "receiver", "subscriber",
                              "patient", "plan", "active", "rejections", "mental_health"}),
}
NOT_WORDED: dict[str, str] = {
    "Entity.code": "the line's label says whose name it is (payer, provider, member)",
    "Entity.kind": "a person or an organization: the name shows which",
    "Contact.function": "always IC, an information contact, in a 271",
    "transaction.benefits": "the raw EB lines; the mental-health summary distills them",
    "transaction.estimate_plan": "the estimator's copy of mental_health's numbers",
}


def _label(label: str, value: str) -> str:
    return gettext("%(label)s: %(value)s", label=label, value=value)


def _entity_text(entity: Entity) -> str:
    text = entity.full_name or gettext("Not stated")
    if entity.id:
        kind = ID_KINDS.get(entity.id_qualifier or "")
        text += " · " + _label(str(kind) if kind else gettext("ID"), entity.id)
    return text


def _contact_text(contact: Contact) -> str:
    parts = [contact.name, *contact.phones,
             gettext("ext. %(n)s", n=contact.extension) if contact.extension else None,
             gettext("fax %(n)s", n=contact.fax) if contact.fax else None,
             contact.email, contact.url]
    return _label(gettext("Contact"), " · ".join(part for part in parts if part))


def _party_lines(label: str, party: Party | None) -> list[str]:
    if party is None or party.entity is None:
        return []
    lines = [_label(label, _entity_text(party.entity))]
    return lines + ["  " + _contact_text(c) for c in party.entity.contacts]


def _span(start: dt.date | None, end: dt.date | None) -> str | None:
    if start and end:
        return gettext("%(start)s to %(end)s", start=long_date(start), end=long_date(end))
    if start:
        return gettext("from %(start)s", start=long_date(start))
    return gettext("until %(end)s", end=long_date(end)) if end else None


def _active_text(active: bool | None) -> str:
    return gettext("Active") if active else gettext("Not active") if active is False \
        else gettext("Not stated")


def plan_lines(plan: PlanInfo) -> list[str]:
    """The plan's name, group, kind and dates, and whether coverage is active."""
    lines = [_label(gettext("Coverage"), _active_text(plan.active))]
    if plan.name:
        lines.append(_label(gettext("Plan"), plan.name))
    if plan.group_number:
        lines.append(_label(gettext("Group"), plan.group_number))
    if plan.insurance_type:
        kind = INSURANCE_TYPES.get(plan.insurance_type)
        lines.append(_label(gettext("Insurance type"), f"{kind} ({plan.insurance_type})"
                            if kind else plan.insurance_type))
    for label, start, end in (
            (gettext("Plan dates"), plan.plan_begin, plan.plan_end),
            (gettext("Eligibility dates"), plan.eligibility_begin, plan.eligibility_end),
            (gettext("Benefits begin"), plan.benefit_begin, None)):
        span = _span(start, end)
        if span:
            lines.append(_label(label, span))
    return lines


def rejection_lines(rejections: tuple[Rejection, ...]) -> list[str]:
    if not rejections:
        return []
    return [gettext("The insurer could not answer everything:"),
            *(f"  - {rejection_text(r)}" for r in rejections)]


def header_lines(transaction: Transaction271) -> list[str]:
    """Who the 271 is from, for and about; the plan; the payer's rejections."""
    patient = transaction.patient
    same = patient is not None and patient is transaction.subscriber
    lines = [_label(gettext("Response control number"), transaction.control_number or "?")]
    lines += _party_lines(gettext("Insurance company"), transaction.payer)
    lines += _party_lines(gettext("Asked by"), transaction.receiver)
    lines += _party_lines(gettext("Subscriber"), transaction.subscriber)
    if same:  # the same person: say so rather than print the name and ID twice
        lines.append(_label(gettext("Patient"), gettext("the subscriber")))
    else:
        lines += _party_lines(gettext("Patient"), patient)
    return lines + plan_lines(transaction.plan) + rejection_lines(transaction.rejections)
