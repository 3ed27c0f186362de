"""Prior authorization for mental health care, service by service. Pure Python.

How often plans ask is our general guidance, never a promise: each plan has its own list.
The parity angle is the rule that approval for mental health care may not be stricter than
for medical care (an NQTL under MHPAEA; domain facts §4).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from benefits.appeals.plan_types import PlanType
from benefits.appeals.sources import (
    CMS_0057_F,
    HEALTHCARE_GOV_MH,
    MEDICARE_PHP,
    NGS_EVALUATION,
    NOVITAS_PSYCHOTHERAPY,
    PARITY_RULE,
    UNIFORM_GLOSSARY_PA,
)
from benefits.catalog import N_
from benefits.sources import Source


class Service(StrEnum):
    INTAKE_EVALUATION = "intake_evaluation"
    WEEKLY_THERAPY = "weekly_therapy"
    MORE_THAN_WEEKLY = "more_than_weekly"
    LONG_SESSIONS = "long_sessions"
    PSYCHOLOGICAL_TESTING = "psychological_testing"
    INTENSIVE_OUTPATIENT = "intensive_outpatient"
    PARTIAL_HOSPITALIZATION = "partial_hospitalization"
    RESIDENTIAL = "residential"
    TMS = "tms"
    ECT = "ect"
    ABA = "aba"


class Frequency(StrEnum):
    """How often plans ask for approval first, in our experience of plan rules."""

    RARELY = "rarely"
    SOMETIMES = "sometimes"
    OFTEN = "often"
    ALMOST_ALWAYS = "almost_always"


@dataclass(frozen=True)
class PriorAuthGuide:
    service: Service
    label: str  # English msgid
    codes: tuple[str, ...]  # billing codes, where domain facts §1 names them
    frequency: Frequency
    how_often: str  # English msgid
    gather: tuple[str, ...]  # English msgids: what to have ready
    who_asks: str  # English msgid
    parity_angle: str | None  # English msgid; None when there is no routine-care angle
    source: str  # English msgid
    source_url: str


PROVIDER_ASKS = N_("Your provider usually asks the plan for approval. If you see someone out "
                   "of network, you may have to ask yourself, so call the plan first.")
PROGRAM_ASKS = N_("The program's staff ask the plan, and they ask again for more days as "
                  "care goes on (concurrent review).")
ROUTINE_PARITY = N_(
    "Approval rules for mental health care may not be stricter than for medical care. If "
    "your plan asks for approval for routine therapy but not for routine medical office "
    "visits, ask it in writing for its comparative analysis. This may break the parity law.")
INTENSIVE_PARITY = N_(
    "The plan must treat this care like similar medical care, such as a rehab or skilled "
    "nursing stay. Ask how often it reviews those stays, and whether the criteria are the "
    "same.")
PROCEDURE_PARITY = N_(
    "The plan must use approval rules for this treatment that are no stricter than for "
    "similar medical treatments. Ask which criteria it uses and who wrote them.")

BASICS = (N_("Your member ID card and the plan's phone number"),
          N_("Your provider's name, NPI and phone number"))
DIAGNOSIS = N_("The diagnosis code from your provider")
NOTES = N_("Notes from your provider on your symptoms and how they affect daily life")
PLAN = N_("The treatment plan: the goals, how often, and for how long")
TRIED = N_("What you have tried before, and how it went")
SAFETY = N_("Any safety concerns, which make the request urgent")


def _guide(service: Service, label: str, codes: tuple[str, ...], frequency: Frequency,
           how_often: str, gather: tuple[str, ...], who_asks: str, parity: str | None,
           source: Source) -> PriorAuthGuide:
    return PriorAuthGuide(service, label, codes, frequency, how_often, BASICS + gather,
                          who_asks, parity, source.name, source.url)


_OUTPATIENT = (DIAGNOSIS, PLAN)
GUIDES: dict[Service, PriorAuthGuide] = {g.service: g for g in (
    _guide(Service.INTAKE_EVALUATION, N_("A first evaluation (intake)"), ("90791", "90792"),
           Frequency.RARELY,
           N_("Plans rarely ask for approval before a first evaluation. Some Medicaid and "
              "managed plans do, so check before the visit."),
           (N_("The date of the visit"),), PROVIDER_ASKS, ROUTINE_PARITY, NGS_EVALUATION),
    _guide(Service.WEEKLY_THERAPY, N_("Weekly therapy"), ("90832", "90834", "90837"),
           Frequency.SOMETIMES,
           N_("Many plans do not ask for approval for weekly therapy. Some do, or ask after "
              "a set number of visits."),
           _OUTPATIENT, PROVIDER_ASKS, ROUTINE_PARITY, NOVITAS_PSYCHOTHERAPY),
    _guide(Service.MORE_THAN_WEEKLY, N_("More than one session a week"),
           ("90832", "90834", "90837"), Frequency.OFTEN,
           N_("Plans often ask for approval, or a review, when there is more than one "
              "session a week."),
           (*_OUTPATIENT, NOTES, N_("Why one session a week is not enough")),
           PROVIDER_ASKS, ROUTINE_PARITY, NOVITAS_PSYCHOTHERAPY),
    _guide(Service.LONG_SESSIONS, N_("60-minute sessions"), ("90837",), Frequency.SOMETIMES,
           N_("Some plans ask for approval or review notes before paying many 60-minute "
              "sessions (code 90837)."),
           (*_OUTPATIENT, N_("Why the session needs 53 minutes or more")),
           PROVIDER_ASKS, ROUTINE_PARITY, NOVITAS_PSYCHOTHERAPY),
    _guide(Service.PSYCHOLOGICAL_TESTING, N_("Psychological testing"),
           ("96130", "96131", "96136", "96137", "96138", "96139"), Frequency.OFTEN,
           N_("Plans often ask for approval before testing, and for the number of hours."),
           (DIAGNOSIS, N_("The question the testing should answer"),
            N_("The tests planned and the hours expected"), NOTES),
           PROVIDER_ASKS, PROCEDURE_PARITY, HEALTHCARE_GOV_MH),
    _guide(Service.INTENSIVE_OUTPATIENT, N_("Intensive outpatient program (IOP)"), (),
           Frequency.ALMOST_ALWAYS,
           N_("Plans almost always ask for approval before an IOP starts, and review it "
              "often."),
           (DIAGNOSIS, NOTES, TRIED, PLAN, SAFETY), PROGRAM_ASKS, INTENSIVE_PARITY,
           HEALTHCARE_GOV_MH),
    _guide(Service.PARTIAL_HOSPITALIZATION, N_("Partial hospitalization program (PHP)"), (),
           Frequency.ALMOST_ALWAYS,
           N_("Plans almost always ask for approval before a PHP starts, and review it "
              "every few days."),
           (DIAGNOSIS, NOTES, TRIED, PLAN, SAFETY), PROGRAM_ASKS, INTENSIVE_PARITY,
           MEDICARE_PHP),
    _guide(Service.RESIDENTIAL, N_("Residential treatment"), (), Frequency.ALMOST_ALWAYS,
           N_("Plans almost always ask for approval before a residential stay, and review it "
              "often. Denials and early cut-offs are common."),
           (DIAGNOSIS, NOTES, TRIED, PLAN, SAFETY), PROGRAM_ASKS, INTENSIVE_PARITY,
           HEALTHCARE_GOV_MH),
    _guide(Service.TMS, N_("TMS (transcranial magnetic stimulation)"), (),
           Frequency.ALMOST_ALWAYS,
           N_("Plans almost always ask for approval before TMS. Many want proof that "
              "several medicines did not help first."),
           (DIAGNOSIS, TRIED, N_("The medicines tried, with doses, dates and results"),
            N_("Depression scores from before treatment")),
           PROVIDER_ASKS, PROCEDURE_PARITY, PARITY_RULE),
    _guide(Service.ECT, N_("ECT (electroconvulsive therapy)"), (), Frequency.OFTEN,
           N_("Plans often ask for approval before ECT, unless it is an emergency."),
           (DIAGNOSIS, NOTES, TRIED, SAFETY), PROVIDER_ASKS, PROCEDURE_PARITY, PARITY_RULE),
    _guide(Service.ABA, N_("ABA therapy for autism"), (), Frequency.ALMOST_ALWAYS,
           N_("Plans almost always ask for approval for ABA, and again every few months."),
           (DIAGNOSIS, N_("The report that gave the autism diagnosis"),
            N_("The ABA treatment plan with goals and hours each week"),
            N_("Progress reports, for each new approval")),
           PROVIDER_ASKS, PROCEDURE_PARITY, PARITY_RULE),
)}

STEPS = (
    N_("Check your plan papers or call the plan: does this service need approval first?"),
    N_("Ask your provider to send the request, and get the date it was sent."),
    N_("Gather the papers on the checklist below, in case the plan asks for more."),
    N_("Call the plan a few days later to check on the request. Write down the date, the "
       "name of the person and a reference number."),
    N_("If the care is urgent, ask for an urgent (expedited) decision."),
    N_("If the plan says no, ask for the reason in writing, ask your provider about a "
       "peer-to-peer review, and appeal."),
)
PHONE_SCRIPT = (
    N_("Hello, my name is ____. My member ID is ____."),
    N_("I am calling about prior authorization for ____ with ____, my provider."),
    N_("Does this service need prior authorization under my plan? Who has to ask for it?"),
    N_("Has a request been received? What is its reference number, and when was it "
       "received?"),
    N_("When will a decision be made? If the care is urgent, please make it an expedited "
       "request."),
    N_("What criteria do you use to decide? Please send them to me."),
    N_("Can you tell me your name, and a reference number for this call?"),
)
SOURCE = UNIFORM_GLOSSARY_PA  # what prior authorization is, and who gets it

# CMS-0057-F (domain facts §3.4 and the December 2026 addendum): the rights it gives from
# 2026. It covers Medicare Advantage, Medicaid and CHIP, and Marketplace plans sold on
# HealthCare.gov; not employer plans or Original Medicare.
RIGHT_DECISION_TIMES = N_(
    "Since January 1, 2026, the plan must decide within 7 calendar days. For an urgent "
    "request, it has 72 hours.")
RIGHT_SPECIFIC_REASON = N_(
    "Since January 1, 2026, if the plan says no, it must tell you the specific reason. If "
    "the notice does not say why, ask the plan in writing for the reason before you appeal.")
RIGHT_PUBLIC_NUMBERS = N_(
    "Since March 31, 2026, the plan must post online which services need approval. It must "
    "also post how many requests it approved and denied, how many it approved after an "
    "appeal, and how fast it decided. Use these numbers to compare therapy with medical "
    "care.")
MARKETPLACE_RIGHTS = N_(
    "If you bought your plan on HealthCare.gov, the plan must give a specific reason for "
    "every denial and post its approval numbers too. It still has 72 hours for urgent "
    "requests and 15 days for standard ones.")


@dataclass(frozen=True)
class PayerRights:
    """What CMS-0057-F promises about prior authorization for one kind of plan."""

    rights: tuple[str, ...]  # English msgids
    source: str  # English msgid
    source_url: str


def payer_rights(plan_type: PlanType | str) -> PayerRights | None:
    """The 2026 prior-authorization rights for this kind of plan; None where the rule does not
    reach (employer plans, Original Medicare). ValueError for an unknown plan type."""
    plan = PlanType(plan_type)
    if plan in (PlanType.MEDICARE_ADVANTAGE, PlanType.MEDICAID_MANAGED_CARE):
        rights: tuple[str, ...] = (RIGHT_DECISION_TIMES, RIGHT_SPECIFIC_REASON,
                                   RIGHT_PUBLIC_NUMBERS)
    elif plan is PlanType.INDIVIDUAL:
        rights = (MARKETPLACE_RIGHTS,)
    else:
        return None
    return PayerRights(rights, CMS_0057_F.name, CMS_0057_F.url)


def guide_for(service: Service | str) -> PriorAuthGuide:
    """Guidance for one service; ValueError for an unknown one."""
    return GUIDES[Service(service)]
