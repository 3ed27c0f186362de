"""Mental-health billing codes: which code a session's length and kind points to. Pure Python."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from benefits.catalog import N_
from benefits.sources import Source

# Longer than a working day is almost certainly a typing slip, not a session.
MAX_MINUTES = 480


class SessionKind(StrEnum):
    INDIVIDUAL = "individual"
    WITH_EM = "with_em"
    CRISIS = "crisis"
    FAMILY_WITHOUT_PATIENT = "family_without_patient"
    FAMILY_WITH_PATIENT = "family_with_patient"
    GROUP = "group"
    EVALUATION = "evaluation"
    EVALUATION_MEDICAL = "evaluation_medical"


class Rule(StrEnum):
    """Stable names for the rule behind a suggestion; the web layer gives each a label."""

    BELOW_MINIMUM = "below_minimum"
    INDIVIDUAL_16_37 = "individual_16_37"
    INDIVIDUAL_38_52 = "individual_38_52"
    INDIVIDUAL_53_PLUS = "individual_53_plus"
    WITH_EM_16_37 = "with_em_16_37"
    WITH_EM_38_52 = "with_em_38_52"
    WITH_EM_53_PLUS = "with_em_53_plus"
    CRISIS_UNDER_30 = "crisis_under_30"
    CRISIS_30_74 = "crisis_30_74"
    CRISIS_EXTRA_HALF_HOURS = "crisis_extra_half_hours"
    FAMILY_26_PLUS = "family_26_plus"
    UNTIMED = "untimed"


@dataclass(frozen=True, slots=True)
class CodeLine:
    code: str
    units: int = 1


@dataclass(frozen=True, slots=True)
class CodeSuggestion:
    kind: SessionKind
    minutes: int
    codes: tuple[CodeLine, ...]
    rule: Rule
    low: int | None
    high: int | None
    needs_em: bool
    source: str
    source_url: str


@dataclass(frozen=True, slots=True)
class _Band:
    low: int
    high: int | None
    code: str
    rule: Rule


NOVITAS = Source(
    N_("Novitas Medicare CERT article on psychotherapy codes"),
    "https://www.novitas-solutions.com/webcenter/portal/MedicareJL/pagebyid?contentId=00026768",
)
HEADWAY = Source(
    N_("Headway guide to crisis psychotherapy codes"),
    "https://headway.co/resources/cpt-code-90839-90840",
)
ALMA = Source(
    N_("Alma guide to psychotherapy codes"),
    "https://helloalma.com/for-providers/resources/cpt-codes-for-psychotherapy/",
)
NGS = Source(
    N_("NGS Medicare mental health services page"),
    "https://ngsmedicare.com/mental-health?selectedArticleId=675774",
)

# Lowest band first; anything shorter than the first band cannot be billed.
_TIMED: dict[SessionKind, tuple[_Band, ...]] = {
    SessionKind.INDIVIDUAL: (
        _Band(16, 37, "90832", Rule.INDIVIDUAL_16_37),
        _Band(38, 52, "90834", Rule.INDIVIDUAL_38_52),
        _Band(53, None, "90837", Rule.INDIVIDUAL_53_PLUS),
    ),
    SessionKind.WITH_EM: (
        _Band(16, 37, "90833", Rule.WITH_EM_16_37),
        _Band(38, 52, "90836", Rule.WITH_EM_38_52),
        _Band(53, None, "90838", Rule.WITH_EM_53_PLUS),
    ),
    SessionKind.FAMILY_WITHOUT_PATIENT: (_Band(26, None, "90846", Rule.FAMILY_26_PLUS),),
    SessionKind.FAMILY_WITH_PATIENT: (_Band(26, None, "90847", Rule.FAMILY_26_PLUS),),
}
_TIMED_SOURCES: dict[SessionKind, Source] = {
    SessionKind.INDIVIDUAL: NOVITAS,
    SessionKind.WITH_EM: NOVITAS,
    SessionKind.FAMILY_WITHOUT_PATIENT: ALMA,
    SessionKind.FAMILY_WITH_PATIENT: ALMA,
}
_UNTIMED: dict[SessionKind, str] = {
    SessionKind.GROUP: "90853",
    SessionKind.EVALUATION: "90791",
    SessionKind.EVALUATION_MEDICAL: "90792",
}

CRISIS_MIN = 30
CRISIS_FIRST_MAX = 74
CRISIS_STEP = 30

PSYCHOTHERAPY_CODES: frozenset[str] = frozenset({
    "90785", "90791", "90792",
    "90832", "90833", "90834", "90836", "90837", "90838", "90839", "90840",
    "90845", "90846", "90847", "90849", "90853",
    # 96134 and 96135 were never assigned in the testing family.
    "96130", "96131", "96132", "96133", "96136", "96137", "96138", "96139",
    "G0017", "G0018",
})  # fmt: skip

# Our own wording: CPT descriptors are AMA-copyrighted and must not be shipped.
CODE_SUMMARY: dict[str, str] = {
    "90785": N_("Add-on when communication problems make a session harder"),
    "90791": N_("Mental health evaluation, without medical services"),
    "90792": N_("Mental health evaluation, with medical services"),
    "90832": N_("Individual therapy, 16 to 37 minutes"),
    "90833": N_("Therapy during a medication or medical visit, 16 to 37 minutes"),
    "90834": N_("Individual therapy, 38 to 52 minutes"),
    "90836": N_("Therapy during a medication or medical visit, 38 to 52 minutes"),
    "90837": N_("Individual therapy, 53 minutes or more"),
    "90838": N_("Therapy during a medication or medical visit, 53 minutes or more"),
    "90839": N_("Crisis therapy, 30 to 74 minutes"),
    "90840": N_("Crisis therapy, each extra half hour after 74 minutes"),
    "90845": N_("Psychoanalysis"),
    "90846": N_("Family therapy without the patient, 26 minutes or more"),
    "90847": N_("Family or couples therapy with the patient, 26 minutes or more"),
    "90849": N_("Group therapy for several families"),
    "90853": N_("Group therapy"),
    "96130": N_("Review of psychological test results, first hour"),
    "96131": N_("Review of psychological test results, each extra hour"),
    "96132": N_("Review of neuropsychological test results, first hour"),
    "96133": N_("Review of neuropsychological test results, each extra hour"),
    "96136": N_("Giving and scoring tests, by a psychologist or doctor, first half hour"),
    "96137": N_("Giving and scoring tests, by a psychologist or doctor, each extra half hour"),
    "96138": N_("Giving and scoring tests, by a technician, first half hour"),
    "96139": N_("Giving and scoring tests, by a technician, each extra half hour"),
    "G0017": N_("Medicare crisis therapy away from the office, first hour"),
    "G0018": N_("Medicare crisis therapy away from the office, each extra half hour"),
}


def _suggestion(
    kind: SessionKind,
    minutes: int,
    codes: tuple[CodeLine, ...],
    rule: Rule,
    span: tuple[int | None, int | None],
    source: Source,
) -> CodeSuggestion:
    return CodeSuggestion(
        kind=kind,
        minutes=minutes,
        codes=codes,
        rule=rule,
        low=span[0],
        high=span[1],
        needs_em=kind is SessionKind.WITH_EM,
        source=source.name,
        source_url=source.url,
    )


def _timed(kind: SessionKind, minutes: int) -> CodeSuggestion:
    bands = _TIMED[kind]
    source = _TIMED_SOURCES[kind]
    if minutes < bands[0].low:
        span = (0, bands[0].low - 1)
        return _suggestion(kind, minutes, (), Rule.BELOW_MINIMUM, span, source)
    band = next(b for b in reversed(bands) if minutes >= b.low)
    codes = (CodeLine(band.code),)
    return _suggestion(kind, minutes, codes, band.rule, (band.low, band.high), source)


def _crisis(minutes: int) -> CodeSuggestion:
    kind = SessionKind.CRISIS
    if minutes < CRISIS_MIN:
        # A short crisis visit is billed as ordinary therapy, by the same time bands.
        plain = _timed(SessionKind.INDIVIDUAL, minutes)
        if not plain.codes:
            return _suggestion(kind, minutes, (), plain.rule, (plain.low, plain.high), NOVITAS)
        span = (plain.low, CRISIS_MIN - 1)
        return _suggestion(kind, minutes, plain.codes, Rule.CRISIS_UNDER_30, span, HEADWAY)
    first = CodeLine("90839")
    if minutes <= CRISIS_FIRST_MAX:
        span = (CRISIS_MIN, CRISIS_FIRST_MAX)
        return _suggestion(kind, minutes, (first,), Rule.CRISIS_30_74, span, HEADWAY)
    extra = (minutes - CRISIS_FIRST_MAX - 1) // CRISIS_STEP + 1
    low = CRISIS_FIRST_MAX + 1 + (extra - 1) * CRISIS_STEP
    codes = (first, CodeLine("90840", units=extra))
    span = (low, low + CRISIS_STEP - 1)
    return _suggestion(kind, minutes, codes, Rule.CRISIS_EXTRA_HALF_HOURS, span, HEADWAY)


def suggest_codes(minutes: int, kind: SessionKind | str) -> CodeSuggestion:
    """Suggest the billing code(s) for a session of this many minutes and this kind.

    Minutes are therapy time only, 0 to 480. Raises ValueError for anything else or for
    an unknown kind. A with_em suggestion also needs an E/M code for the medical visit.
    """
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        raise ValueError(f"minutes must be a whole number, not {minutes!r}")
    if not 0 <= minutes <= MAX_MINUTES:
        raise ValueError(f"minutes must be between 0 and {MAX_MINUTES}, not {minutes}")
    try:
        kind = SessionKind(kind)
    except ValueError:
        raise ValueError(f"unknown session kind: {kind!r}") from None
    if kind is SessionKind.CRISIS:
        return _crisis(minutes)
    if kind in _UNTIMED:
        codes = (CodeLine(_UNTIMED[kind]),)
        return _suggestion(kind, minutes, codes, Rule.UNTIMED, (None, None), NGS)
    return _timed(kind, minutes)
