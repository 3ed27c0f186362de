"""Places of service and modifiers for mental-health claims, and what each payer type asks for.

Pure Python (domain facts §1.9 and §1.10). The payer guidance describes common patterns,
not promises: every payer publishes its own rules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from benefits.catalog import N_
from benefits.coding.sessions import NOVITAS
from benefits.coding.sources import (
    CMS_HCPCS,
    CMS_POS,
    FIRST_COAST,
    NORIDIAN_POS,
    NOVITAS_TELEHEALTH,
    THERATHINK,
)
from benefits.sources import Source


class PayerType(StrEnum):
    MEDICARE = "medicare"
    MEDICARE_ADVANTAGE = "medicare_advantage"
    MEDICAID = "medicaid"
    COMMERCIAL = "commercial"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """A place of service or a modifier: what it means and when it is used (N_ msgids)."""

    code: str
    meaning: str
    use: str
    source: Source


TELEHEALTH_POS = frozenset({"02", "10"})
# CMS CR 12427 created POS 10 for dates of service from 1 January 2022.
POS_10_START = dt.date(2022, 1, 1)

PLACES: tuple[CodeInfo, ...] = (
    CodeInfo("02", N_("Telehealth, patient not at home"),
             N_("The patient joins a live visit from somewhere other than home, such as a "
                "clinic or a workplace."), NORIDIAN_POS),
    CodeInfo("10", N_("Telehealth, patient at home"),
             N_("The patient joins a live visit from home. Used for dates of service from "
                "January 1, 2022; before that, use 02."), NORIDIAN_POS),
    CodeInfo("11", N_("Office"),
             N_("In person, at the clinic or office. Some commercial and Medicaid plans "
                "want 11 with modifier 95 for telehealth."), CMS_POS),
    CodeInfo("12", N_("Home"), N_("In person, at the patient's home."), CMS_POS),
    CodeInfo("52", N_("Psychiatric partial hospitalization"),
             N_("The one place where Medicare allows more than one unit of 90832 to "
                "90838."), NOVITAS),
    CodeInfo("53", N_("Community mental health center"),
             N_("In person, at a community mental health center."), CMS_POS),
    CodeInfo("99", N_("Other place"),
             N_("A place no other code describes. Ask the payer first."), CMS_POS),
)
PLACE_CODES = frozenset(place.code for place in PLACES)

VIDEO, AUDIO_ONLY, AUDIO_ONLY_CLINIC = "95", "93", "FQ"
TELEHEALTH_MODIFIERS: tuple[CodeInfo, ...] = (
    CodeInfo(VIDEO, N_("Live video and audio"),
             N_("A live video visit. Most payers want it on telehealth lines."),
             NOVITAS_TELEHEALTH),
    CodeInfo(AUDIO_ONLY, N_("Live audio only (phone)"),
             N_("A live phone visit with no video. Medicare allows it for mental-health "
                "care to a patient at home who has no video or does not want it."),
             NOVITAS_TELEHEALTH),
    CodeInfo(AUDIO_ONLY_CLINIC, N_("Audio only"),
             N_("Medicare limits it to rural health clinics and federally qualified health "
                "centers, which may use 93 or FQ."), FIRST_COAST),
    CodeInfo("GT", N_("Live video and audio (older modifier)"),
             N_("Medicare now uses it only on critical access hospital (Method II) claims. "
                "Some commercial and Medicaid plans still ask for it."), NOVITAS_TELEHEALTH),
    CodeInfo("GQ", N_("Store and forward (not live)"),
             N_("Only for a Medicare program in Alaska and Hawaii."), NOVITAS_TELEHEALTH),
    CodeInfo("G0", N_("Telehealth for an acute stroke"),
             N_("Not used for mental-health care."), NOVITAS_TELEHEALTH),
)
TELEHEALTH_CODES = frozenset(info.code for info in TELEHEALTH_MODIFIERS)
# Codes that say how a live visit happened; G0 and GQ are for other programs.
LIVE_TELEHEALTH = frozenset({VIDEO, AUDIO_ONLY, AUDIO_ONLY_CLINIC, "GT"})

_H_MEANINGS = {
    "HA": N_("Child and adolescent program"),
    "HB": N_("Adult program (not for older adults)"),
    "HC": N_("Program for older adults"),
    "HD": N_("Program for pregnant or parenting women"),
    "HE": N_("Mental-health program"),
    "HF": N_("Substance use program"),
    "HG": N_("Opioid addiction treatment program"),
    "HH": N_("Program for both mental health and substance use"),
    "HI": N_("Program for mental health and intellectual or developmental disability"),
    "HJ": N_("Employee assistance program (EAP)"),
    "HK": N_("Special mental-health program for high-risk groups"),
    "HL": N_("Intern"),
    "HM": N_("Clinician with less than a bachelor's degree"),
    "HN": N_("Clinician with a bachelor's degree"),
    "HO": N_("Clinician with a master's degree"),
    "HP": N_("Clinician with a doctoral degree"),
    "HQ": N_("Group setting"),
    "HR": N_("Family or couple, with the client there"),
    "HS": N_("Family or couple, without the client there"),
    "HT": N_("Team of several professions"),
}
H_USE = N_("Mostly asked for by Medicaid plans; Medicare and commercial plans rarely want it.")
H_MODIFIERS = frozenset(_H_MEANINGS)
WITH_CLIENT, WITHOUT_CLIENT = "HR", "HS"
PSYCHOLOGIST, SOCIAL_WORKER = "AH", "AJ"

PROVIDER_MODIFIERS: tuple[CodeInfo, ...] = (
    CodeInfo(PSYCHOLOGIST, N_("Service by a clinical psychologist"),
             N_("Says which kind of clinician gave the service. Check the payer's rules."),
             CMS_HCPCS),
    CodeInfo(SOCIAL_WORKER, N_("Service by a clinical social worker"),
             N_("Says which kind of clinician gave the service. Check the payer's rules."),
             CMS_HCPCS),
    CodeInfo("AF", N_("Specialty physician"),
             N_("Says which kind of clinician gave the service. Check the payer's rules."),
             CMS_HCPCS),
    CodeInfo("U1–UD", N_("Defined by each state (U1 to U9, UA to UD)"),
             N_("Medicaid plans use them; each state says what they mean."), CMS_HCPCS),
)
# The H modifiers share one rule of thumb about who asks for them (TheraThink).
H_SERIES: tuple[CodeInfo, ...] = tuple(
    CodeInfo(code, meaning, H_USE, THERATHINK) for code, meaning in _H_MEANINGS.items())
STATE_MODIFIERS = frozenset([f"U{n}" for n in range(1, 10)] + ["UA", "UB", "UC", "UD"])
KNOWN_MODIFIERS = (TELEHEALTH_CODES | H_MODIFIERS | STATE_MODIFIERS
                   | {PSYCHOLOGIST, SOCIAL_WORKER, "AF"})


@dataclass(frozen=True, slots=True)
class PayerGuidance:
    """What a payer type usually asks for (N_ msgids); always check the payer's rules."""

    payer: PayerType
    name: str
    telehealth: str
    provider: str
    # Telehealth modifiers this payer type usually accepts on a telehealth line.
    telehealth_modifiers: frozenset[str]
    # True when telehealth must carry POS 02 or 10, not the office POS with a modifier.
    needs_telehealth_pos: bool
    rarely_uses_h: bool


_ANY_LIVE = LIVE_TELEHEALTH
PAYER_GUIDANCE: dict[PayerType, PayerGuidance] = {g.payer: g for g in (
    PayerGuidance(
        PayerType.MEDICARE, N_("Medicare"),
        N_("Place of service 02 or 10, with 95 for video or 93 for audio only. FQ only at "
           "rural health clinics and FQHCs; GT only on critical access hospital claims."),
        N_("Rarely uses the H modifiers."),
        frozenset({VIDEO, AUDIO_ONLY, AUDIO_ONLY_CLINIC}), True, True),
    PayerGuidance(
        PayerType.MEDICARE_ADVANTAGE, N_("Medicare Advantage"),
        N_("Each plan sets its own rules; many follow Medicare's."),
        N_("Each plan sets its own rules."), _ANY_LIVE, False, False),
    PayerGuidance(
        PayerType.MEDICAID, N_("Medicaid"),
        N_("Varies by state: some want 95, some still want GT, and some want place of "
           "service 11 with the modifier."),
        N_("Often asks for H modifiers (the program and the clinician's degree, like HO "
           "for a master's degree) and state U modifiers."), _ANY_LIVE, False, False),
    PayerGuidance(
        PayerType.COMMERCIAL, N_("Commercial or employer plan"),
        N_("Varies by plan: many want 95 with place of service 02 or 10; some want GT, or "
           "95 with place of service 11."),
        N_("Rarely uses the H modifiers."), _ANY_LIVE, False, True),
    PayerGuidance(
        PayerType.OTHER, N_("Other or not known"),
        N_("Ask the payer which place of service and modifier it wants for telehealth."),
        N_("Ask the payer."), _ANY_LIVE, False, False),
)}
