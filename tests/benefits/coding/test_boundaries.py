"""Every time boundary, from both sides, through the claim check and the testing units."""

from __future__ import annotations

import pytest

from benefits.coding import check_claim, suggest_testing_codes
from benefits.coding.sessions import CodeLine
from tests.benefits.coding.claims import claim, line, rules

TIMED = [
    # code, minutes, rules found, expected code named in the problem
    ("90832", 15, ["code_too_short"], None),  # under 16 minutes nothing is billable
    ("90832", 16, [], None),  # the 16-minute floor
    ("90832", 37, [], None),  # top of the 30-minute band
    ("90832", 38, ["code_minutes_mismatch"], "90834"),  # 38 is already the 45-minute band
    ("90834", 37, ["code_minutes_mismatch"], "90832"),  # one short of the 45-minute band
    ("90834", 38, [], None),  # 45-minute band starts
    ("90834", 52, [], None),  # top of the 45-minute band
    ("90834", 53, ["code_minutes_mismatch"], "90837"),  # 53 is the 60-minute band
    ("90837", 52, ["code_minutes_mismatch"], "90834"),  # one short of the 60-minute band
    ("90837", 53, [], None),  # 60-minute band starts
    ("90837", 45, ["code_minutes_mismatch"], "90834"),  # the example, in person
    ("90833", 15, ["code_too_short"], None),  # the E/M add-on needs 16 minutes too
    ("90833", 16, [], None),
    ("90836", 37, ["code_minutes_mismatch"], "90833"),
    ("90836", 38, [], None),
    ("90838", 52, ["code_minutes_mismatch"], "90836"),
    ("90838", 53, [], None),
    ("90839", 29, ["code_minutes_mismatch"], "90832"),  # crisis under 30 is plain therapy
    ("90839", 30, [], None),  # the crisis code starts
    ("90839", 74, [], None),  # last minute without a 90840
    ("90839", 15, ["code_too_short"], None),  # too short even for 90832
    ("90846", 25, ["code_too_short"], None),  # family therapy needs 26 minutes
    ("90846", 26, [], None),
    ("90847", 25, ["code_too_short"], None),
    ("90847", 26, [], None),
]


def _with_base(code: str, minutes: int):
    """The line under test, plus the E/M visit an E/M add-on needs."""
    lines = [line(code, minutes)]
    if code in ("90833", "90836", "90838"):
        lines.append(line("99213"))
    return claim(*lines)


@pytest.mark.parametrize(("code", "minutes", "expected", "named"), TIMED)
def test_code_against_minutes(code, minutes, expected, named):
    problems = check_claim(_with_base(code, minutes))
    assert [p.rule.value for p in problems] == expected
    if named:
        assert problems[0].params["expected"] == named
        assert problems[0].severity.value == "error" and problems[0].line == 1


CRISIS_UNITS = [
    # minutes, units of 90840 billed, rules found
    (74, 0, []),  # 30-74: 90839 alone
    (74, 1, ["crisis_units_mismatch"]),  # a 90840 too early
    (75, 0, ["crisis_units_mismatch"]),  # 75 minutes needs one 90840
    (75, 1, []),
    (104, 1, []),  # still one 90840
    (104, 2, ["crisis_units_mismatch"]),
    (105, 1, ["crisis_units_mismatch"]),  # 105 starts the second half hour
    (105, 2, []),
]


@pytest.mark.parametrize(("minutes", "extra", "expected"), CRISIS_UNITS)
def test_crisis_add_on_units(minutes, extra, expected):
    lines = [line("90839", minutes)] + ([line("90840", None, extra)] if extra else [])
    problems = check_claim(claim(*lines))
    assert [p.rule.value for p in problems] == expected
    if expected:
        wanted = 0 if minutes < 75 else (1 if minutes < 105 else 2)
        assert problems[0].params == {"code": "90839", "minutes": minutes,
                                      "expected": wanted, "actual": extra}


TESTING = [
    # kind, minutes, codes (code, units)
    ("testing_by_professional", 15, ()),  # a half-hour unit needs 16 minutes
    ("testing_by_professional", 16, (("96136", 1),)),
    ("testing_by_professional", 45, (("96136", 1),)),  # 30 + 15: not yet a second unit
    ("testing_by_professional", 46, (("96136", 1), ("96137", 1))),  # 30 + 16
    ("testing_by_professional", 76, (("96136", 1), ("96137", 2))),  # 30 + 30 + 16
    ("testing_by_technician", 46, (("96138", 1), ("96139", 1))),
    ("testing_evaluation", 30, ()),  # an hour unit needs 31 minutes
    ("testing_evaluation", 31, (("96130", 1),)),
    ("testing_evaluation", 90, (("96130", 1),)),  # 60 + 30: not yet a second hour
    ("testing_evaluation", 91, (("96130", 1), ("96131", 1))),  # 60 + 31
    ("testing_neuro_evaluation", 151, (("96132", 1), ("96133", 2))),  # 60 + 60 + 31
]


@pytest.mark.parametrize(("kind", "minutes", "codes"), TESTING)
def test_testing_units(kind, minutes, codes):
    suggestion = suggest_testing_codes(minutes, kind)
    assert suggestion.codes == tuple(CodeLine(code, units) for code, units in codes)
    assert suggestion.source.url.startswith("https://")


@pytest.mark.parametrize(("minutes", "extra", "expected"), [
    (15, 0, ["testing_too_short"]), (16, 0, []), (45, 0, []), (45, 1, ["testing_units_mismatch"]),
    (46, 0, ["testing_units_mismatch"]), (46, 1, [])])
def test_testing_units_on_a_claim(minutes, extra, expected):
    lines = [line("96136", minutes)] + ([line("96137", None, extra)] if extra else [])
    assert rules(claim(*lines)) == expected
