"""Claim check, place of service and modifiers: telehealth, clinician and program modifiers.

Pure Python (domain facts §1.9, §1.10). What payers expect varies, so most findings here
are warnings that say to check the payer's rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from benefits.catalog import N_
from benefits.coding.claim import Check, Claim, ClaimLine, Problem, Severity, numbered
from benefits.coding.modifiers import (
    AUDIO_ONLY,
    AUDIO_ONLY_CLINIC,
    H_MODIFIERS,
    KNOWN_MODIFIERS,
    LIVE_TELEHEALTH,
    PAYER_GUIDANCE,
    POS_10_START,
    PSYCHOLOGIST,
    SOCIAL_WORKER,
    TELEHEALTH_POS,
    VIDEO,
    WITH_CLIENT,
    WITHOUT_CLIENT,
    PayerType,
)
from benefits.coding.sessions import ALMA
from benefits.coding.sources import CMS_HCPCS, NORIDIAN_POS, NOVITAS_TELEHEALTH, THERATHINK
from benefits.sources import Source

MISSING = N_("Place of service %(pos)s means telehealth, but this line has no telehealth "
             "modifier.")
MISSING_FIX_MEDICARE = N_("Add 95 for a video visit, or 93 for a phone visit with no video. "
                          "Check the payer's rules.")
MISSING_FIX = N_("Most plans want 95 for a video visit or 93 for a phone visit; some still "
                 "want GT. Check the payer's rules.")
NO_POS = N_("This line has the telehealth modifier %(modifier)s, but place of service "
            "%(pos)s is not a telehealth place.")
NO_POS_FIX = N_("Medicare wants place of service 10 if the patient was at home, or 02 if "
                "not. If the visit was in person, remove %(modifier)s.")
UNEXPECTED = {
    "GT": N_("Medicare no longer takes GT on claims like this one: it is only for critical "
             "access hospital (Method II) claims."),
    "GQ": N_("GQ is only for a Medicare store-and-forward program in Alaska and Hawaii, not "
             "for live visits."),
    "G0": N_("G0 is for telehealth care of an acute stroke, not for mental-health care."),
}
UNEXPECTED_FIX = N_("Use 95 for a video visit or 93 for a phone visit, if the payer wants a "
                    "telehealth modifier.")
BOTH = N_("This line has both %(video)s (video) and %(audio)s (audio only). A visit is one "
          "or the other.")
BOTH_FIX = N_("Keep 95 if the patient and clinician could see each other on video, or 93 if "
              "the visit was by phone only.")
EARLY_10 = N_("Place of service 10 is only for dates of service from %(start)s, and this "
              "claim's date is %(date)s.")
EARLY_10_FIX = N_("Use place of service 02 for telehealth before 2022.")
AH_AJ = N_("This line says both AH (clinical psychologist) and AJ (clinical social worker). "
           "One clinician gives a service.")
AH_AJ_FIX = N_("Keep the modifier for the clinician who gave the service.")
FAMILY = {
    "90846": N_("90846 is family therapy without the patient, but HR means the patient was "
                "there."),
    "90847": N_("90847 is family therapy with the patient there, but HS means the patient "
                "was not there."),
}
FAMILY_FIX = N_("Use 90847 with HR if the patient was there, or 90846 with HS if not.")
FAMILY_CLASH = {"90846": WITH_CLIENT, "90847": WITHOUT_CLIENT}
H_PAYER = N_("%(modifier)s is a program or clinician modifier that Medicaid plans use. "
             "Medicare and most commercial plans rarely ask for it.")
H_PAYER_FIX = N_("Check the payer's rules, and remove %(modifier)s if the payer does not ask "
                 "for it.")
UNKNOWN = N_("We do not know the modifier %(modifier)s, so we did not check it.")
UNKNOWN_FIX = N_("Check it for a typing mistake, and against the payer's rules.")


def _line(number: int, line: ClaimLine, severity: Severity, rule: Check, message: str,
          fix: str, source: Source, **params: object) -> Problem:
    return Problem(line=number, code=line.code, severity=severity, rule=rule, message=message,
                   fix=fix, source=source, params={"code": line.code, **params})


def _telehealth(claim: Claim, number: int, line: ClaimLine) -> Iterator[Problem]:
    guidance = PAYER_GUIDANCE[claim.payer_type]
    pos = claim.place_of_service
    live = [m for m in line.modifiers if m in LIVE_TELEHEALTH]
    audio = [m for m in line.modifiers if m in (AUDIO_ONLY, AUDIO_ONLY_CLINIC)]
    if VIDEO in line.modifiers and audio:
        yield _line(number, line, Severity.ERROR, Check.TELEHEALTH_MODIFIERS_CONFLICT, BOTH,
                    BOTH_FIX, NOVITAS_TELEHEALTH, video=VIDEO, audio=audio[0])
    if pos in TELEHEALTH_POS and not live:
        fix = MISSING_FIX_MEDICARE if claim.payer_type is PayerType.MEDICARE else MISSING_FIX
        yield _line(number, line, Severity.WARNING, Check.TELEHEALTH_MODIFIER_MISSING,
                    MISSING, fix, NOVITAS_TELEHEALTH, pos=pos)
    if live and pos not in TELEHEALTH_POS and guidance.needs_telehealth_pos:
        yield _line(number, line, Severity.WARNING, Check.TELEHEALTH_POS_MISSING, NO_POS,
                    NO_POS_FIX, NORIDIAN_POS, modifier=live[0], pos=pos)
    for modifier in line.modifiers:
        if modifier in UNEXPECTED and modifier not in guidance.telehealth_modifiers:
            yield _line(number, line, Severity.WARNING, Check.TELEHEALTH_MODIFIER_UNEXPECTED,
                        UNEXPECTED[modifier], UNEXPECTED_FIX, NOVITAS_TELEHEALTH,
                        modifier=modifier)


def _provider(claim: Claim, number: int, line: ClaimLine) -> Iterator[Problem]:
    if PSYCHOLOGIST in line.modifiers and SOCIAL_WORKER in line.modifiers:
        yield _line(number, line, Severity.ERROR, Check.PROVIDER_MODIFIERS_CONFLICT, AH_AJ,
                    AH_AJ_FIX, CMS_HCPCS)
    if FAMILY_CLASH.get(line.code) in line.modifiers:
        yield _line(number, line, Severity.ERROR, Check.FAMILY_MODIFIER_MISMATCH,
                    FAMILY[line.code], FAMILY_FIX, ALMA)
    rarely = PAYER_GUIDANCE[claim.payer_type].rarely_uses_h
    for modifier in line.modifiers:
        if modifier in H_MODIFIERS and rarely:
            yield _line(number, line, Severity.WARNING, Check.H_MODIFIER_PAYER, H_PAYER,
                        H_PAYER_FIX, THERATHINK, modifier=modifier)
        elif modifier not in KNOWN_MODIFIERS:
            yield _line(number, line, Severity.WARNING, Check.UNKNOWN_MODIFIER, UNKNOWN,
                        UNKNOWN_FIX, CMS_HCPCS, modifier=modifier)


def place_of_service(claim: Claim) -> Iterator[Problem]:
    """POS 10 did not exist before 2022."""
    if claim.place_of_service == "10" and claim.date < POS_10_START:
        yield Problem(line=None, code=None, severity=Severity.ERROR,
                      rule=Check.POS_10_BEFORE_2022, message=EARLY_10, fix=EARLY_10_FIX,
                      source=NORIDIAN_POS, params={"start": POS_10_START, "date": claim.date})


def modifier_problems(claim: Claim) -> Iterator[Problem]:
    """Each line's modifiers against the place of service and the payer type."""
    for number, line in numbered(claim):
        yield from _telehealth(claim, number, line)
        yield from _provider(claim, number, line)
