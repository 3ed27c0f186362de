"""Every rule of the claim check, each in a failing and a passing form."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import benefits.coding
from benefits.coding import Check, PayerType, check_claim
from benefits.coding.icd10cm import code_set
from tests.benefits.coding.claims import claim, line, rules

EM = line("99213")  # an office visit, the base of the E/M therapy add-ons
OLD, NEW = dt.date(2021, 12, 31), dt.date(2022, 1, 1)

# rule, failing claim, passing claim: the two differ in the one thing the rule is about
CASES = [
    ("code_minutes_mismatch", claim(line("90837", 45)), claim(line("90837", 60))),
    ("code_too_short", claim(line("90832", 10)), claim(line("90832", 20))),
    ("minutes_missing", claim(line("90834")), claim(line("90834", 45))),
    ("minutes_missing", claim(line("96136")), claim(line("96136", 30))),
    ("crisis_units_mismatch", claim(line("90839", 90)),
     claim(line("90839", 90), line("90840"))),
    ("testing_too_short", claim(line("96130", 20)), claim(line("96130", 45))),
    ("testing_units_mismatch", claim(line("96130", 120)),
     claim(line("96130", 120), line("96131"))),
    ("more_than_one_psychotherapy_code", claim(line("90832", 20), line("90834", 45)),
     claim(line("90834", 45))),
    ("more_than_one_psychotherapy_code", claim(line("90834", 45), line("90834", 45)),
     claim(line("90834", 45))),
    ("units_not_allowed", claim(line("90834", 45, 2)), claim(line("90834", 45, 1))),
    # Novitas: partial hospitalization (POS 52) may bill more than one unit.
    ("units_not_allowed", claim(line("90834", 45, 2)), claim(line("90834", 45, 2), pos="52")),
    ("units_not_allowed", claim(line("90791", None, 2)), claim(line("90791"))),
    ("units_not_allowed", claim(line("90847", 100, 2)), claim(line("90847", 100))),
    ("unknown_code", claim(line("90835")), claim(line("90853"))),  # there is no 90835
    ("addon_without_base", claim(line("90785")), claim(line("90785"), line("90834", 45))),
    ("addon_without_base", claim(line("90833", 30)), claim(line("90833", 30), EM)),
    ("addon_without_base", claim(line("90840")), claim(line("90839", 80), line("90840"))),
    ("addon_without_base", claim(line("96137"), line("96130", 40)),
     claim(line("96137"), line("96136", 50))),
    ("addon_forbidden_companion", claim(line("90785"), line("90839", 60)),
     claim(line("90785"), line("90834", 45))),
    ("addon_forbidden_companion", claim(line("90785"), line("90847", 50)),
     claim(line("90785"), line("90853"))),
    ("addon_forbidden_companion", claim(EM, line("90833", 30), line("90834", 45)),
     claim(EM, line("90833", 30))),
    ("codes_not_together", claim(line("90839", 60), line("90791")),
     claim(line("90839", 60))),
    ("codes_not_together", claim(line("90791"), EM), claim(line("90791"))),
    ("telehealth_modifier_missing", claim(line("90834", 45), pos="10"),
     claim(line("90834", 45, 1, "95"), pos="10")),
    ("telehealth_modifier_missing", claim(line("90834", 45), pos="02"),
     claim(line("90834", 45, 1, "93"), pos="02")),
    ("telehealth_pos_missing", claim(line("90834", 45, 1, "95"), payer="medicare"),
     claim(line("90834", 45, 1, "95"), payer="medicare", pos="10")),
    # Some commercial plans want 95 with the office place of service.
    ("telehealth_pos_missing", claim(line("90834", 45, 1, "95"), payer="medicare"),
     claim(line("90834", 45, 1, "95"), payer="commercial")),
    ("telehealth_modifier_unexpected", claim(line("90834", 45, 1, "GT"), payer="medicare",
                                             pos="10"),
     claim(line("90834", 45, 1, "GT"), payer="commercial", pos="10")),
    ("telehealth_modifier_unexpected", claim(line("90834", 45, 1, "95", "GQ"), pos="10"),
     claim(line("90834", 45, 1, "95"), pos="10")),
    ("telehealth_modifiers_conflict", claim(line("90834", 45, 1, "95", "93"), pos="10"),
     claim(line("90834", 45, 1, "95"), pos="10")),
    ("pos_10_before_2022", claim(line("90834", 45, 1, "95"), pos="10", date=OLD),
     claim(line("90834", 45, 1, "95"), pos="10", date=NEW)),
    ("provider_modifiers_conflict", claim(line("90834", 45, 1, "AH", "AJ")),
     claim(line("90834", 45, 1, "AH"))),
    ("family_modifier_mismatch", claim(line("90846", 50, 1, "HR"), payer="medicaid"),
     claim(line("90846", 50, 1, "HS"), payer="medicaid")),
    ("family_modifier_mismatch", claim(line("90847", 50, 1, "HS"), payer="medicaid"),
     claim(line("90847", 50, 1, "HR"), payer="medicaid")),
    ("h_modifier_payer", claim(line("90834", 45, 1, "HO"), payer="commercial"),
     claim(line("90834", 45, 1, "HO"), payer="medicaid")),
    ("h_modifier_payer", claim(line("90834", 45, 1, "HO"), payer="medicare"),
     claim(line("90834", 45, 1, "HO"), payer="other")),
    ("unknown_modifier", claim(line("90834", 45, 1, "ZZ")), claim(line("90834", 45, 1, "U4"))),
    ("diagnosis_missing", claim(diagnoses=()), claim(diagnoses=("F41.1",))),
    ("diagnosis_shape", claim(diagnoses=("F4.1",)), claim(diagnoses=("F41.1",))),
    ("diagnosis_shape", claim(diagnoses=("41.1",)), claim(diagnoses=("F411",))),  # no point
    ("diagnosis_shape", claim(diagnoses=("F41.12345",)), claim(diagnoses=("F32.A",))),
    ("diagnosis_shape", claim(diagnoses=("F41.",)), claim(diagnoses=("Z63.0",))),
    ("diagnosis_not_mental_health", claim(diagnoses=("E11.9",)),
     claim(diagnoses=("E11.9", "F41.1"))),
    ("diagnosis_not_mental_health", claim(diagnoses=("E11.9",)), claim(diagnoses=("Z63.0",))),
    ("diagnosis_unknown", claim(diagnoses=("F41.7",)), claim(diagnoses=("F41.1",))),
    ("diagnosis_unknown", claim(diagnoses=("Q99.99",)), claim(diagnoses=("F32.A",))),
    ("diagnosis_header", claim(diagnoses=("F41",)), claim(diagnoses=("F41.1",))),
    ("diagnosis_header", claim(diagnoses=("F43.1",)), claim(diagnoses=("F43.10",))),
    # The day after the installed code set's year ends, its codes may be out of date.
    ("diagnosis_code_set_old", claim(date=dt.date(code_set().fiscal_year, 10, 1)), claim()),
    ("npi_missing", claim(npi=""), claim()),
    ("npi_invalid", claim(npi="1234567890"), claim(npi="1234567893")),  # check digit
    ("npi_invalid", claim(npi="3234567893"), claim()),  # NPIs start with 1 or 2
]


@pytest.mark.parametrize(("rule", "failing", "passing"), CASES)
def test_rule_fails_and_passes(rule, failing, passing):
    assert rule in rules(failing)
    assert rule not in rules(passing)


def test_every_rule_is_tested_both_ways():
    assert {case[0] for case in CASES} == {check.value for check in Check}


@pytest.mark.parametrize(("rule", "failing", "passing"), CASES)
def test_every_message_fills_its_placeholders(rule, failing, passing):
    for problem in check_claim(failing):
        for text in (problem.message, problem.fix):
            filled = text % dict(problem.params)
            assert "%(" not in filled and filled.strip() == filled
        assert problem.source.url.startswith("https://")
        assert problem.severity.value in ("error", "warning")


def test_the_clean_claim_has_no_problems():
    assert check_claim(claim()) == []


@pytest.mark.parametrize("payer", [payer.value for payer in PayerType])
def test_the_issue_case_45_minute_telehealth_90837_without_modifier(payer):
    problems = check_claim(claim(line("90837", 45), payer=payer, pos="10"))
    assert [(p.line, p.code, p.severity.value, p.rule.value) for p in problems] == [
        (1, "90837", "error", "code_minutes_mismatch"),
        (1, "90837", "warning", "telehealth_modifier_missing")]
    assert problems[0].message % dict(problems[0].params) == (
        "45 minutes of therapy is billed as 90834, not 90837.")


def test_several_problems_are_all_listed_claim_wide_first():
    found = check_claim(claim(line("90785"), line("90839", 60, 2), line("90832", 20),
                              npi="123", diagnoses=("X",), pos="10"))
    assert [(p.line, p.rule.value) for p in found] == [
        (None, "npi_invalid"), (None, "diagnosis_shape"),
        (1, "addon_forbidden_companion"),
        (1, "telehealth_modifier_missing"),
        (2, "units_not_allowed"), (2, "codes_not_together"),
        (2, "telehealth_modifier_missing"),
        (3, "telehealth_modifier_missing")]


def test_conflicts_name_both_sides():
    [problem] = check_claim(claim(line("90785"), line("90839", 60)))
    assert problem.rule is Check.ADDON_FORBIDDEN_COMPANION
    assert problem.params == {"first": "90785", "second": "90839"}
    assert (problem.line, problem.code) == (1, "90785")


def test_addon_without_base_names_the_bases():
    [problem] = check_claim(claim(line("90840")))
    assert problem.params == {"code": "90840", "bases": "90839"}
    [problem] = check_claim(claim(line("90785")))
    assert problem.params["bases"] == ", ".join(sorted(
        ["90791", "90792", "90832", "90833", "90834", "90836", "90837", "90838", "90853"]))


def test_messages_use_named_placeholders_only():
    package = Path(benefits.coding.__file__).parent
    for path in package.glob("*.py"):
        assert not re.search(r"%[sdr]", path.read_text(encoding="utf-8")), path.name
