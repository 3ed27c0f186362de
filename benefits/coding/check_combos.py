"""Claim check, codes together: add-ons need their base code; some codes never share a day.

Pure Python (domain facts §1.2, §1.3, §1.4, §1.6, §1.8).
"""

from __future__ import annotations

from collections.abc import Iterator

from benefits.catalog import N_
from benefits.coding.claim import Check, Claim, Problem, Severity, first_line, numbered
from benefits.coding.codesets import (
    ADD_ONS,
    CONFLICTS,
    EVALUATION_WITH_EM_SOURCE,
    EVALUATIONS,
    AddOn,
    Conflict,
    is_em_code,
)

NO_VISIT = N_("%(code)s is the therapy part of a medication or medical visit, but this "
              "claim has no visit (E/M) code.")
NO_VISIT_FIX = N_("Add the E/M code for the visit (99202 to 99255, 99304 to 99337 or 99341 "
                  "to 99350). If there was no medical visit, bill the therapy alone with "
                  "90832, 90834 or 90837.")
NO_BASE = N_("%(code)s is an add-on code. It needs one of these on the same claim: "
             "%(bases)s.")
NO_BASE_FIX = N_("Add the main code that %(code)s belongs with, or remove %(code)s.")
COMPANION = N_("%(first)s cannot be billed with %(second)s.")
TOGETHER = N_("%(first)s and %(second)s are not billed for the same day.")
FIXES = {
    "interactive_complexity": N_("Remove 90785: interactive complexity is not added to "
                                 "crisis or family therapy."),
    "with_em": N_("Bill either the visit code with %(first)s, or the therapy alone with "
                  "%(second)s, not both."),
    "crisis": N_("Bill crisis care on its own for that day. Remove %(second)s, or put it on "
                 "its own claim if it happened on another day."),
    "evaluation_with_em": N_("An evaluation and a medical visit by the same clinician on the "
                             "same day are not billed together: keep one."),
}
RULES = {"interactive_complexity": Check.ADDON_FORBIDDEN_COMPANION,
         "with_em": Check.ADDON_FORBIDDEN_COMPANION,
         "crisis": Check.CODES_NOT_TOGETHER}


def _has_base(claim: Claim, add_on: AddOn) -> bool:
    if add_on.bases is None:
        return any(is_em_code(line.code) for line in claim.lines)
    return any(line.code in add_on.bases for line in claim.lines)


def addons_without_base(claim: Claim, skip: set[int]) -> Iterator[Problem]:
    """Every add-on line needs an allowed base code on the same claim."""
    for number, line in numbered(claim):
        add_on = ADD_ONS.get(line.code)
        if add_on is None or _has_base(claim, add_on) or number in skip:
            continue
        if add_on.bases is None:
            texts, params = (NO_VISIT, NO_VISIT_FIX), {"code": line.code}
        else:
            texts = (NO_BASE, NO_BASE_FIX)
            params = {"code": line.code, "bases": ", ".join(sorted(add_on.bases))}
        yield Problem(line=number, code=line.code, severity=Severity.ERROR,
                      rule=Check.ADDON_WITHOUT_BASE, message=texts[0], fix=texts[1],
                      source=add_on.source, params=params)


def _present(claim: Claim, codes: frozenset[str]) -> list[str]:
    found: list[str] = []
    for line in claim.lines:
        if line.code in codes and line.code not in found:
            found.append(line.code)
    return found


def _conflict(claim: Claim, conflict: Conflict) -> Problem | None:
    found = first_line(claim, conflict.first)
    second = _present(claim, conflict.second)
    if found is None or not second:
        return None
    number, line = found
    first = _present(claim, conflict.first)
    rule = RULES[conflict.name]
    message = COMPANION if rule is Check.ADDON_FORBIDDEN_COMPANION else TOGETHER
    return Problem(line=number, code=line.code, severity=Severity.ERROR, rule=rule,
                   message=message, fix=FIXES[conflict.name], source=conflict.source,
                   params={"first": ", ".join(first), "second": ", ".join(second)})


def _evaluation_with_em(claim: Claim) -> Problem | None:
    visits = [line.code for line in claim.lines if is_em_code(line.code)]
    found = first_line(claim, EVALUATIONS)
    if found is None or not visits:
        return None
    number, line = found
    return Problem(line=number, code=line.code, severity=Severity.ERROR,
                   rule=Check.CODES_NOT_TOGETHER, message=TOGETHER,
                   fix=FIXES["evaluation_with_em"], source=EVALUATION_WITH_EM_SOURCE,
                   params={"first": line.code, "second": ", ".join(visits)})


def conflicts(claim: Claim) -> list[Problem]:
    """One problem for each group of codes that may not be billed together."""
    found = [_conflict(claim, conflict) for conflict in CONFLICTS]
    found.append(_evaluation_with_em(claim))
    return [problem for problem in found if problem is not None]


def combination_problems(claim: Claim) -> list[Problem]:
    """Codes that may not be billed together, then add-ons missing their base code.

    An add-on already reported with a forbidden companion is not reported again for
    lacking a base: removing it fixes both.
    """
    clashes = conflicts(claim)
    companions = {p.line for p in clashes
                  if p.rule is Check.ADDON_FORBIDDEN_COMPANION and p.line is not None}
    return [*clashes, *addons_without_base(claim, companions)]
