"""The jobs people come to the site with; the home page is organised by them."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import LazyString
from flask_babel import lazy_gettext as _l


@dataclass(frozen=True)
class Task:
    slug: str
    title: LazyString
    summary: LazyString
    endpoint: str
    words: tuple[str, ...]  # glossary terms that help with this task today


TASKS = (
    Task("words", _l("Understand an insurance word"),
         _l("Plain meanings of words like deductible, coinsurance and prior authorization, "
            "with examples in dollars."),
         "glossary.index", ("deductible", "coinsurance", "copayment", "allowed-amount")),
    Task("benefits", _l("Check my mental-health benefits"),
         _l("Find out what your plan pays for therapy, and spot rules that may break "
            "the parity law."),
         "benefits.start", ("summary-of-benefits-and-coverage", "behavioral-health-carve-out",
                "mental-health-parity", "nqtl", "plan-year")),
    Task("network", _l("Is my therapist in network?"),
         _l("Check whether a therapist is in your plan's network, and what to do if "
            "no one in the network can see you."),
         "network.search", ("network", "network-provider", "out-of-network-provider",
                            "ghost-network", "single-case-agreement", "network-gap-exception")),
    Task("cost", _l("What will therapy cost me?"),
         _l("See what you pay for each session and over a year of therapy, step by step."),
         "estimate.start", ("deductible", "coinsurance", "copayment", "out-of-pocket-limit",
                "allowed-amount", "balance-billing", "good-faith-estimate")),
    Task("prior-authorization", _l("My plan needs prior authorization"),
         _l("What prior authorization is, who asks for it, and how long the plan has "
            "to answer."),
         "prior_auth.start", ("preauthorization", "medically-necessary", "utilization-review",
                "concurrent-review", "peer-to-peer-review", "retro-authorization")),
    Task("denied", _l("My claim was denied"),
         _l("What the codes on your explanation of benefits mean, your deadlines, and how "
            "to appeal."),
         "denied.start", ("denial", "explanation-of-benefits", "claim-adjustment-reason-code",
                "appeal", "expedited-appeal", "external-review")),
    Task("appeal", _l("Appeal a denial"),
         _l("Your deadlines on a timeline and in your calendar, and letters to the plan and "
            "the regulator, ready to print."),
         "appeal.start", ("appeal", "external-review", "expedited-appeal", "mental-health-parity",
                          "comparative-analysis", "erisa-plan")),
    Task("self-pay", _l("Paying for therapy myself"),
         _l("Build or check a Good Faith Estimate, and see if a bill is high enough "
            "to dispute."),
         "gfe.start", ("good-faith-estimate", "no-surprises-act", "sliding-scale", "superbill")),
    Task("front-desk", _l("Front desk: codes and claim checks"),
         _l("For clinic staff: find the session code for a session's length, check a claim "
            "for coding mistakes, and look up telehealth modifiers."),
         "front_desk.index", ("psychotherapy-codes", "modifier", "place-of-service", "claim",
                              "icd-10-code", "npi")),
)
