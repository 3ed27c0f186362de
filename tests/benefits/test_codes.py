"""Session codes from minutes and kind: every time boundary, untimed kinds and bad input."""

from __future__ import annotations

import re

import pytest

from benefits.coding.sessions import (
    CODE_SUMMARY,
    PSYCHOTHERAPY_CODES,
    CodeLine,
    Rule,
    SessionKind,
    suggest_codes,
)

IND = SessionKind.INDIVIDUAL
EM = SessionKind.WITH_EM
C = SessionKind.CRISIS
FWO = SessionKind.FAMILY_WITHOUT_PATIENT
FW = SessionKind.FAMILY_WITH_PATIENT


def lines(*pairs: tuple[str, int]) -> tuple[CodeLine, ...]:
    return tuple(CodeLine(code, units) for code, units in pairs)


TIMED_CASES = [
    # kind, minutes, expected codes, rule, low, high
    (IND, 0, (), "below_minimum", 0, 15),  # nothing happened, nothing billed
    (IND, 15, (), "below_minimum", 0, 15),  # one short of the 16-minute floor
    (IND, 16, lines(("90832", 1)), "individual_16_37", 16, 37),  # floor of the shortest code
    (IND, 37, lines(("90832", 1)), "individual_16_37", 16, 37),  # top of the 30-minute band
    (IND, 38, lines(("90834", 1)), "individual_38_52", 38, 52),  # 45-minute band starts
    (IND, 52, lines(("90834", 1)), "individual_38_52", 38, 52),  # top of the 45-minute band
    (IND, 53, lines(("90837", 1)), "individual_53_plus", 53, None),  # 60-minute band starts
    (IND, 75, lines(("90837", 1)), "individual_53_plus", 53, None),  # long sessions do not stack
    (IND, 480, lines(("90837", 1)), "individual_53_plus", 53, None),  # the largest minutes allowed
    (EM, 15, (), "below_minimum", 0, 15),  # too short for a therapy add-on
    (EM, 16, lines(("90833", 1)), "with_em_16_37", 16, 37),  # add-on floor
    (EM, 37, lines(("90833", 1)), "with_em_16_37", 16, 37),  # top of the 30-minute add-on
    (EM, 38, lines(("90836", 1)), "with_em_38_52", 38, 52),  # 45-minute add-on starts
    (EM, 52, lines(("90836", 1)), "with_em_38_52", 38, 52),  # top of the 45-minute add-on
    (EM, 53, lines(("90838", 1)), "with_em_53_plus", 53, None),  # 60-minute add-on starts
    (C, 15, (), "below_minimum", 0, 15),  # short crisis visit, too short even for 90832
    (C, 16, lines(("90832", 1)), "crisis_under_30", 16, 29),  # under 30: ordinary therapy
    (C, 29, lines(("90832", 1)), "crisis_under_30", 16, 29),  # one short of the crisis code
    (C, 30, lines(("90839", 1)), "crisis_30_74", 30, 74),  # crisis code starts
    (C, 74, lines(("90839", 1)), "crisis_30_74", 30, 74),  # last minute before an add-on
    (C, 75, lines(("90839", 1), ("90840", 1)), "crisis_extra_half_hours", 75, 104),  # +1
    (C, 104, lines(("90839", 1), ("90840", 1)), "crisis_extra_half_hours", 75, 104),  # still +1
    (C, 105, lines(("90839", 1), ("90840", 2)), "crisis_extra_half_hours", 105, 134),  # +2
    (C, 134, lines(("90839", 1), ("90840", 2)), "crisis_extra_half_hours", 105, 134),  # still +2
    (C, 135, lines(("90839", 1), ("90840", 3)), "crisis_extra_half_hours", 135, 164),  # +3
    (C, 480, lines(("90839", 1), ("90840", 14)), "crisis_extra_half_hours", 465, 494),  # 405/30
    (FWO, 25, (), "below_minimum", 0, 25),  # family sessions need 26 minutes
    (FWO, 26, lines(("90846", 1)), "family_26_plus", 26, None),  # family, patient absent
    (FWO, 90, lines(("90846", 1)), "family_26_plus", 26, None),  # no extra units for long ones
    (FW, 25, (), "below_minimum", 0, 25),  # one short of the family floor
    (FW, 26, lines(("90847", 1)), "family_26_plus", 26, None),  # family, patient present
]


@pytest.mark.parametrize(("kind", "minutes", "codes", "rule", "low", "high"), TIMED_CASES)
def test_timed_sessions(kind, minutes, codes, rule, low, high):
    suggestion = suggest_codes(minutes, kind)
    assert suggestion.codes == codes
    assert suggestion.rule == rule
    assert (suggestion.low, suggestion.high) == (low, high)
    assert suggestion.kind is kind
    assert suggestion.minutes == minutes


UNTIMED_CASES = [
    # kind, minutes, code
    (SessionKind.GROUP, 0, "90853"),  # group is per session, whatever its length
    (SessionKind.GROUP, 90, "90853"),  # a long group is still one code
    (SessionKind.EVALUATION, 10, "90791"),  # evaluation without medical services
    (SessionKind.EVALUATION, 120, "90791"),  # length does not change the code
    (SessionKind.EVALUATION_MEDICAL, 60, "90792"),  # evaluation by a prescriber
]


@pytest.mark.parametrize(("kind", "minutes", "code"), UNTIMED_CASES)
def test_untimed_sessions(kind, minutes, code):
    suggestion = suggest_codes(minutes, kind)
    assert suggestion.codes == (CodeLine(code),)
    assert suggestion.rule == Rule.UNTIMED == "untimed"
    assert (suggestion.low, suggestion.high) == (None, None)
    assert not suggestion.needs_em


@pytest.mark.parametrize("minutes", [10, 16, 45, 60])
def test_only_with_em_needs_an_em_code(minutes):
    for kind in SessionKind:
        assert suggest_codes(minutes, kind).needs_em is (kind is SessionKind.WITH_EM)


@pytest.mark.parametrize("kind", [str(kind) for kind in SessionKind])
def test_kind_may_be_given_as_its_form_value(kind):
    assert suggest_codes(40, kind) == suggest_codes(40, SessionKind(kind))
    assert suggest_codes(40, kind).kind is SessionKind(kind)


BAD_INPUT = [
    # minutes, kind
    (-1, "individual"),  # negative time
    (481, "individual"),  # more than eight hours
    (10_000, "crisis"),  # a typing slip
    (45, "couples"),  # not a kind we know
    (45, ""),  # empty form value
    (45, "INDIVIDUAL"),  # kinds are lower-case form values
    (45.0, "individual"),  # minutes must be whole
    (True, "individual"),  # a bool is not a count of minutes
]


@pytest.mark.parametrize(("minutes", "kind"), BAD_INPUT)
def test_bad_input_raises_value_error(minutes, kind):
    with pytest.raises(ValueError):
        suggest_codes(minutes, kind)


def test_every_suggested_code_is_known_and_summarised():
    for kind in SessionKind:
        for minutes in range(0, 481):
            for line in suggest_codes(minutes, kind).codes:
                assert line.code in PSYCHOTHERAPY_CODES
                assert line.units >= 1


def test_every_suggestion_cites_a_web_source():
    for kind in SessionKind:
        for minutes in (0, 20, 45, 90):
            suggestion = suggest_codes(minutes, kind)
            assert suggestion.source
            assert suggestion.source_url.startswith("https://")


def test_the_known_code_list():
    testing = {f"961{n}" for n in (30, 31, 32, 33, 36, 37, 38, 39)}
    therapy = {"90785", "90791", "90792", "90845", "90846", "90847", "90849", "90853"}
    therapy |= {str(code) for code in range(90832, 90841) if code != 90835}
    assert PSYCHOTHERAPY_CODES == therapy | testing | {"G0017", "G0018"}


def test_every_code_has_a_plain_summary_safe_for_gettext():
    assert set(CODE_SUMMARY) == PSYCHOTHERAPY_CODES
    for code, summary in CODE_SUMMARY.items():
        assert summary.strip() == summary and summary, code
        # A placeholder character would break the web layer's gettext formatting.
        assert not re.search(r"[%{}]", summary), code
