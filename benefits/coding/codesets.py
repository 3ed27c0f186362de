"""Which codes belong together, which need a base code, and which may not share a claim.

Pure Python. Every table names its source (domain facts §1.1–§1.8).
"""

from __future__ import annotations

from dataclasses import dataclass

from benefits.coding.sessions import ALMA, HEADWAY, NGS, NOVITAS, PSYCHOTHERAPY_CODES, SessionKind
from benefits.coding.sources import BONFIRE, CMS_CRISIS, CMS_RVU, OPENPAYER_BCBS_IL
from benefits.sources import Source

INDIVIDUAL = frozenset({"90832", "90834", "90837"})
WITH_EM_ADDONS = frozenset({"90833", "90836", "90838"})
CRISIS = frozenset({"90839", "90840"})
FAMILY = frozenset({"90846", "90847"})
EVALUATIONS = frozenset({"90791", "90792"})
INTERACTIVE_COMPLEXITY = "90785"

# Novitas: the E/M visit a therapy add-on rides on is one of these ranges.
EM_RANGES = ((99202, 99255), (99304, 99337), (99341, 99350))

# The code whose minutes decide whether this code is right, by session kind.
TIMED_KIND: dict[str, SessionKind] = {
    **dict.fromkeys(INDIVIDUAL, SessionKind.INDIVIDUAL),
    **dict.fromkeys(WITH_EM_ADDONS, SessionKind.WITH_EM),
    "90839": SessionKind.CRISIS,
    "90846": SessionKind.FAMILY_WITHOUT_PATIENT,
    "90847": SessionKind.FAMILY_WITH_PATIENT,
}
TIMED_SOURCE: dict[SessionKind, Source] = {
    SessionKind.INDIVIDUAL: NOVITAS,
    SessionKind.WITH_EM: NOVITAS,
    SessionKind.CRISIS: HEADWAY,
    SessionKind.FAMILY_WITHOUT_PATIENT: ALMA,
    SessionKind.FAMILY_WITH_PATIENT: ALMA,
}


def is_em_code(code: str) -> bool:
    """True for an office, home or facility E/M visit code a therapy add-on may join."""
    if not (len(code) == 5 and code.isdigit()):
        return False
    number = int(code)
    return any(low <= number <= high for low, high in EM_RANGES)


def is_known_code(code: str) -> bool:
    return code in PSYCHOTHERAPY_CODES or is_em_code(code)


@dataclass(frozen=True, slots=True)
class AddOn:
    """An add-on code, the codes it may be added to, and the source."""

    code: str
    bases: frozenset[str] | None  # None: any E/M visit code
    source: Source


_TESTING_PAIRS = {"96131": "96130", "96133": "96132", "96137": "96136", "96139": "96138"}
ADD_ONS: dict[str, AddOn] = {
    # NGS lists the codes interactive complexity may be added to.
    "90785": AddOn("90785", EVALUATIONS | INDIVIDUAL | WITH_EM_ADDONS | {"90853"}, NGS),
    **{code: AddOn(code, None, NOVITAS) for code in sorted(WITH_EM_ADDONS)},
    "90840": AddOn("90840", frozenset({"90839"}), HEADWAY),
    "G0018": AddOn("G0018", frozenset({"G0017"}), CMS_CRISIS),
    **{add: AddOn(add, frozenset({base}), CMS_RVU) for add, base in _TESTING_PAIRS.items()},
}


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two groups of codes that are not billed together on one day."""

    name: str
    first: frozenset[str]
    second: frozenset[str]
    source: Source


CONFLICTS: tuple[Conflict, ...] = (
    # 90785 is not added to crisis or family therapy (NGS; BCBS IL).
    Conflict("interactive_complexity", frozenset({"90785"}), CRISIS | FAMILY,
             OPENPAYER_BCBS_IL),
    # The E/M therapy add-ons replace, and never join, these codes (Novitas; BCBS IL).
    Conflict("with_em", WITH_EM_ADDONS, INDIVIDUAL | CRISIS | FAMILY, NOVITAS),
    # Crisis care stands alone on its day (BCBS IL; Carepatron).
    Conflict("crisis", CRISIS, EVALUATIONS | INDIVIDUAL | {"90863"}, OPENPAYER_BCBS_IL),
)
# NGS: an evaluation is not billed on the same day as an E/M visit by the same clinician.
EVALUATION_WITH_EM_SOURCE = NGS


@dataclass(frozen=True, slots=True)
class UnitLimit:
    codes: frozenset[str]
    source: Source
    except_pos: frozenset[str] = frozenset()


UNIT_LIMITS: tuple[UnitLimit, ...] = (
    # Novitas: 90832-90838 take one unit, except Medicare partial hospitalization (POS 52).
    UnitLimit(INDIVIDUAL | WITH_EM_ADDONS, NOVITAS, frozenset({"52"})),
    # Headway; BCBS IL: the first crisis hour is billed once a day.
    UnitLimit(frozenset({"90839"}), HEADWAY),
    # NGS: at most one evaluation a day; group therapy is one code per patient per session.
    UnitLimit(EVALUATIONS | {"90853"}, NGS),
    # Alma: a family session is one code, whatever its length.
    UnitLimit(FAMILY, ALMA),
)

ONE_PER_SESSION_SOURCE = BONFIRE
