"""Diagnosis codes checked against the ICD-10-CM code set: real, billable, and of which year."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from benefits.coding import Severity, check_claim
from benefits.coding.icd10cm import Status, code_set, fiscal_year, read_code_set
from tests.benefits.coding.claims import claim

YEAR = code_set().fiscal_year
NEXT_YEAR_VISIT = dt.date(YEAR, 10, 1)  # the first day of the following fiscal year


def diagnosis_problems(*codes: str, date: dt.date = dt.date(YEAR, 3, 2)):
    """(rule, severity, message, fix) of each problem about the diagnoses, filled."""
    return [(p.rule.value, p.severity, p.message % dict(p.params), p.fix % dict(p.params))
            for p in check_claim(claim(diagnoses=codes, date=date))]


def test_the_issue_codes_are_refused_with_their_reason():
    assert diagnosis_problems("F41.7") == [(
        "diagnosis_unknown", Severity.ERROR,
        f"F41.7 is not an ICD-10-CM code (code set FY{YEAR}).",
        "Check the clinician's record for the right code: a character may be missing or "
        "wrong.")]
    [unknown, not_mental] = diagnosis_problems("Q99.99")
    assert unknown[:3] == ("diagnosis_unknown", Severity.ERROR,
                           f"Q99.99 is not an ICD-10-CM code (code set FY{YEAR}).")
    assert not_mental[0] == "diagnosis_not_mental_health"
    assert diagnosis_problems("F41") == [(
        "diagnosis_header", Severity.ERROR,
        "F41 is a category heading, not a code you can bill.",
        "Use a more specific code under it, such as F41.0, F41.1, F41.3, F41.8, F41.9.")]


@pytest.mark.parametrize("code", ["F41.1", "F32.A", "F43.10", "Z63.0", "F411", "f41.1"])
def test_billable_mental_health_codes_pass(code):
    assert code_set().status(code) is Status.BILLABLE
    assert check_claim(claim(diagnoses=(code.upper(),))) == []


@pytest.mark.parametrize(("code", "status"), [
    ("F4.1", Status.UNKNOWN), ("F41.", Status.UNKNOWN), ("F43.1", Status.HEADER),
    ("T40.0X1", Status.HEADER), ("T40.0X1A", Status.BILLABLE),  # a 7th character needed
])
def test_points_and_seventh_characters(code, status):
    assert code_set().status(code) is status


def test_a_heading_suggests_billable_codes_under_it_even_two_levels_down():
    assert code_set().billable_under("F43") == ("F43.0", "F43.10", "F43.11", "F43.12",
                                                "F43.20")


def test_the_year_comes_from_the_packaged_update():
    assert read_code_set("simple_icd_10_cm/data/code-list-April-2026.txt", "").fiscal_year == 2026
    assert read_code_set("simple_icd_10_cm/data/code-list-October-2026.txt",
                         "").fiscal_year == 2027
    with pytest.raises(ValueError):
        read_code_set("simple_icd_10_cm/data/codes.txt", "")
    assert code_set().release <= dt.date.today()


def test_fiscal_years_start_on_1_october():
    assert fiscal_year(dt.date(2026, 9, 30)) == 2026
    assert fiscal_year(dt.date(2026, 10, 1)) == 2027


def test_a_code_set_older_than_the_visit_says_so_once():
    problems = diagnosis_problems("F41.1", "Z63.0", date=NEXT_YEAR_VISIT)
    assert problems == [(
        "diagnosis_code_set_old", Severity.WARNING,
        f"The diagnosis codes were checked against the ICD-10-CM code set for FY{YEAR}, but "
        f"this visit on {NEXT_YEAR_VISIT} falls in FY{YEAR + 1}.",
        f"Codes change each 1 October. Check each diagnosis code in the FY{YEAR + 1} code "
        "files, and ask the site's operator to update the code set.")]


@pytest.mark.parametrize("date", [NEXT_YEAR_VISIT, dt.date(2021, 6, 1)])
def test_a_missing_code_is_only_a_warning_for_another_year(date):
    [unknown, *_] = diagnosis_problems("F41.7", date=date)
    assert unknown[:3] == (
        "diagnosis_unknown", Severity.WARNING,
        f"F41.7 is not in the ICD-10-CM code set for FY{YEAR}, and this visit falls in "
        f"FY{fiscal_year(date)}.")


def test_an_older_visit_with_good_codes_has_no_problems():
    assert check_claim(claim(diagnoses=("F41.1",), date=dt.date(2021, 6, 1))) == []


# The package reads its data with importlib.resources' deprecated read_text (Python 3.11).
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_our_reading_agrees_with_the_package():
    """Every code and every billable flag, against the package's own API."""
    import simple_icd_10_cm as package  # type: ignore[import-untyped]

    ours = code_set()
    # with_dots=False already gives bare codes (its remove_dot takes about 2 ms a code).
    theirs = {code for code in package.get_all_codes(with_dots=False)
              if not package.is_chapter_or_block(code) or package.is_category(code)}
    assert set(ours.codes) == theirs
    assert [code for code in ours.codes
            if (ours.status(code) is Status.BILLABLE) != package.is_leaf(code)] == []
    for code in ("F41.1", "F32.A", "F43.10", "Z63.0"):
        assert package.is_leaf(code) and ours.status(code) is Status.BILLABLE


def test_the_check_does_not_load_the_package_tree():
    """Importing simple_icd_10_cm costs about 1.5 s and 190 MB; the check reads its list only."""
    script = ("import sys; from benefits.coding.icd10cm import code_set; code_set(); "
              "assert 'simple_icd_10_cm' not in sys.modules")
    subprocess.run([sys.executable, "-c", script], check=True)
