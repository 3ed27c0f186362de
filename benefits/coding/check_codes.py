"""Claim check, codes and minutes: is each code right for the time, with the right units?

Pure Python. The time bands come from benefits.coding.sessions.suggest_codes, so the session-code
picker and the claim check can never disagree.
"""

from __future__ import annotations

from collections.abc import Iterator

from benefits.catalog import N_
from benefits.coding.claim import (
    Check,
    Claim,
    ClaimLine,
    Problem,
    Severity,
    numbered,
    units_of,
)
from benefits.coding.codesets import (
    INDIVIDUAL,
    TIMED_KIND,
    TIMED_SOURCE,
    UNIT_LIMITS,
    is_known_code,
)
from benefits.coding.sessions import HEADWAY, NOVITAS, SessionKind, suggest_codes
from benefits.coding.sources import BONFIRE, CMS_RVU
from benefits.coding.testing import FAMILY_OF_FIRST, extra_units
from benefits.sources import Source

MISMATCH = N_("%(minutes)s minutes of therapy is billed as %(expected)s, not %(code)s.")
MISMATCH_FIX = N_("Change the code to %(expected)s, or correct the minutes if they are "
                  "wrong.")
TOO_SHORT = N_("%(minutes)s minutes is too short to bill %(code)s. No therapy code of "
               "this kind can be billed for less than %(minimum)s minutes.")
TOO_SHORT_FIX = N_("Check the minutes. If they are right, this session cannot be billed "
                   "as therapy.")
NO_MINUTES = N_("%(code)s depends on how long the session was, but this line has no "
                "minutes.")
NO_MINUTES_FIX = N_("Enter the therapy minutes on this line so the code can be checked. "
                    "The clinician's note must show the time too.")
CRISIS_UNITS = N_("%(minutes)s minutes of crisis care is billed as 90839 plus "
                  "%(expected)s × 90840, but this claim has %(actual)s × 90840.")
CRISIS_UNITS_FIX = N_("Set the 90840 units to %(expected)s: one for each started half hour "
                      "after the first 74 minutes. Remove the 90840 line if that is 0.")
TESTING_SHORT = N_("%(minutes)s minutes is less than the %(minimum)s minutes usually "
                   "needed to bill %(code)s.")
TESTING_SHORT_FIX = N_("Check the minutes in the record, and the payer's rules.")
TESTING_UNITS = N_("%(minutes)s minutes usually means %(code)s plus %(expected)s × "
                   "%(extra)s, but this claim has %(actual)s × %(extra)s.")
TESTING_UNITS_FIX = N_("Check the add-on units against the time in the record and the "
                       "payer's rules: a unit counts once more than half of it is used.")
UNITS = N_("%(code)s is billed once, with 1 unit, but this line has %(units)s units.")
UNITS_FIX = N_("Set the units to 1. A longer session may need a different code, never "
               "more units.")
UNKNOWN = N_("%(code)s is not one of the mental-health or visit codes we check.")
UNKNOWN_FIX = N_("Check the code for a typing mistake. If it is right, check it against "
                 "the payer's rules yourself.")
SEVERAL = N_("This claim has more than one of 90832, 90834 and 90837 (%(codes)s). Only one "
             "of them is billed for a session.")
SEVERAL_FIX = N_("Keep the one code that matches the session's total therapy time. Codes "
                 "are never added together: a 75-minute session is still 90837.")


def _problem(number: int, line: ClaimLine, severity: Severity, rule: Check,
             texts: tuple[str, str], source: Source, **params: object) -> Problem:
    return Problem(line=number, code=line.code, severity=severity, rule=rule,
                   message=texts[0], fix=texts[1], source=source,
                   params={"code": line.code, **params})


def _timed(claim: Claim, number: int, line: ClaimLine, kind: SessionKind) -> Iterator[Problem]:
    minutes = line.minutes
    if minutes is None:
        yield _problem(number, line, Severity.WARNING, Check.MINUTES_MISSING,
                       (NO_MINUTES, NO_MINUTES_FIX), NOVITAS)
        return
    suggestion = suggest_codes(minutes, kind)
    source = TIMED_SOURCE[kind]
    if not suggestion.codes:
        yield _problem(number, line, Severity.ERROR, Check.CODE_TOO_SHORT,
                       (TOO_SHORT, TOO_SHORT_FIX), source, minutes=minutes,
                       minimum=(suggestion.high or 0) + 1)
        return
    expected = suggestion.codes[0].code
    if expected != line.code:
        yield _problem(number, line, Severity.ERROR, Check.CODE_MINUTES_MISMATCH,
                       (MISMATCH, MISMATCH_FIX), source, minutes=minutes, expected=expected)
        return
    if kind is SessionKind.CRISIS:
        wanted = sum(c.units for c in suggestion.codes if c.code == "90840")
        actual = units_of(claim, "90840")
        if wanted != actual:
            yield _problem(number, line, Severity.ERROR, Check.CRISIS_UNITS_MISMATCH,
                           (CRISIS_UNITS, CRISIS_UNITS_FIX), HEADWAY, minutes=minutes,
                           expected=wanted, actual=actual)


def _testing(claim: Claim, number: int, line: ClaimLine) -> Iterator[Problem]:
    family = FAMILY_OF_FIRST[line.code]
    if line.minutes is None:
        yield _problem(number, line, Severity.WARNING, Check.MINUTES_MISSING,
                       (NO_MINUTES, NO_MINUTES_FIX), CMS_RVU)
        return
    wanted = extra_units(line.minutes, family)
    if wanted is None:
        yield _problem(number, line, Severity.WARNING, Check.TESTING_TOO_SHORT,
                       (TESTING_SHORT, TESTING_SHORT_FIX), CMS_RVU, minutes=line.minutes,
                       minimum=family.minimum)
        return
    actual = units_of(claim, family.extra)
    if wanted != actual:
        yield _problem(number, line, Severity.WARNING, Check.TESTING_UNITS_MISMATCH,
                       (TESTING_UNITS, TESTING_UNITS_FIX), CMS_RVU, minutes=line.minutes,
                       expected=wanted, actual=actual, extra=family.extra)


def _units(claim: Claim, number: int, line: ClaimLine) -> Iterator[Problem]:
    if line.units <= 1:
        return
    for limit in UNIT_LIMITS:
        if line.code in limit.codes and claim.place_of_service not in limit.except_pos:
            yield _problem(number, line, Severity.ERROR, Check.UNITS_NOT_ALLOWED,
                           (UNITS, UNITS_FIX), limit.source, units=line.units)


def line_problems(claim: Claim) -> Iterator[Problem]:
    """Each line on its own: a known code, the right code for the minutes, allowed units."""
    for number, line in numbered(claim):
        if not is_known_code(line.code):
            yield _problem(number, line, Severity.WARNING, Check.UNKNOWN_CODE,
                           (UNKNOWN, UNKNOWN_FIX), CMS_RVU)
        if line.code in TIMED_KIND:
            yield from _timed(claim, number, line, TIMED_KIND[line.code])
        elif line.code in FAMILY_OF_FIRST:
            yield from _testing(claim, number, line)
        yield from _units(claim, number, line)


def one_psychotherapy_code(claim: Claim) -> Iterator[Problem]:
    """Only one of 90832/90834/90837 on a claim for one session."""
    found = [line.code for line in claim.lines if line.code in INDIVIDUAL]
    if len(found) < 2:
        return
    yield Problem(line=None, code=None, severity=Severity.ERROR,
                  rule=Check.MORE_THAN_ONE_PSYCHOTHERAPY_CODE, message=SEVERAL,
                  fix=SEVERAL_FIX, source=BONFIRE, params={"codes": ", ".join(found)})
