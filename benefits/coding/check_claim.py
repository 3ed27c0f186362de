"""The claim line check: every problem a front desk can catch before a claim is sent.

Pure Python. `check_claim` runs every rule and lists what it finds, claim-wide problems
first, then line by line. It never stops at the first problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from benefits.catalog import N_
from benefits.coding.check_codes import line_problems, one_psychotherapy_code
from benefits.coding.check_combos import combination_problems
from benefits.coding.check_modifiers import modifier_problems, place_of_service
from benefits.coding.claim import Check, Claim, Problem, Severity
from benefits.coding.icd10cm import CodeSet, Status, code_set, fiscal_year
from benefits.coding.sessions import PSYCHOTHERAPY_CODES
from benefits.coding.sources import CDC_ICD10CM, CMS_ICD10, CMS_NPI, SEER_ICD10CM
from benefits.npi import valid_npi
from benefits.sources import Source

# ICD-10-CM: a letter, a digit, a letter or digit, then up to four more after an optional
# point (SEER). Claims in X12 leave the point out, so both F41.1 and F411 are accepted.
ICD10CM = re.compile(r"^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$")
# Chapter 5 (mental, behavioural and neurodevelopmental disorders) and chapter 21 (factors
# influencing health status, such as relationship problems).
MENTAL_HEALTH_CHAPTERS = ("F", "Z")

NO_DIAGNOSIS = N_("The claim has no diagnosis code.")
NO_DIAGNOSIS_FIX = N_("Add the ICD-10-CM diagnosis code from the clinician's record.")
SHAPE = N_("%(diagnosis)s is not an ICD-10-CM code. Those start with a letter and a number, "
           "like F41.1.")
SHAPE_FIX = N_("Check the diagnosis for a typing mistake, such as the letter O in place of "
               "a zero.")
NOT_MENTAL = N_("None of the diagnosis codes (%(diagnoses)s) is a mental-health code "
                "(starting with F) or a Z code, but this claim is for mental-health care.")
NOT_MENTAL_FIX = N_("Check the clinician's record. Plans often deny therapy whose diagnosis "
                    "is not a mental-health one (reason code 167: diagnosis not covered).")
UNKNOWN = N_("%(diagnosis)s is not an ICD-10-CM code (code set FY%(year)s).")
UNKNOWN_FIX = N_("Check the clinician's record for the right code: a character may be missing "
                 "or wrong.")
UNKNOWN_OTHER_YEAR = N_("%(diagnosis)s is not in the ICD-10-CM code set for FY%(year)s, and "
                        "this visit falls in FY%(visit_year)s.")
UNKNOWN_OTHER_YEAR_FIX = N_("Codes change each 1 October, so it may be new or retired. Look "
                            "it up in the FY%(visit_year)s code files before you send the "
                            "claim.")
HEADER = N_("%(diagnosis)s is a category heading, not a code you can bill.")
HEADER_FIX = N_("Use a more specific code under it, such as %(codes)s.")
CODE_SET_OLD = N_("The diagnosis codes were checked against the ICD-10-CM code set for "
                  "FY%(year)s, but this visit on %(date)s falls in FY%(visit_year)s.")
CODE_SET_OLD_FIX = N_("Codes change each 1 October. Check each diagnosis code in the "
                      "FY%(visit_year)s code files, and ask the site's operator to update "
                      "the code set.")
NO_NPI = N_("The claim has no rendering NPI.")
NO_NPI_FIX = N_("Enter the 10-digit NPI of the clinician who gave the service.")
BAD_NPI = N_("%(npi)s is not a valid NPI. An NPI has 10 digits, starts with 1 or 2, and "
             "ends with a check digit that this number fails.")
BAD_NPI_FIX = N_("Check the number in the clinician's records: a digit is probably wrong or "
                 "two digits are swapped.")


def _claim_problem(rule: Check, texts: tuple[str, str], source: Source,
                   severity: Severity = Severity.ERROR, **params: object) -> Problem:
    return Problem(line=None, code=None, severity=severity, rule=rule, message=texts[0],
                   fix=texts[1], source=source, params=params)


def npi_problems(claim: Claim) -> Iterator[Problem]:
    if not claim.npi.strip():
        yield _claim_problem(Check.NPI_MISSING, (NO_NPI, NO_NPI_FIX), CMS_NPI)
    elif not valid_npi(claim.npi):
        yield _claim_problem(Check.NPI_INVALID, (BAD_NPI, BAD_NPI_FIX), CMS_NPI,
                             npi=claim.npi.strip())


def is_icd10cm_shape(code: str) -> bool:
    return bool(ICD10CM.match(code))


def code_set_problems(claim: Claim, shaped: list[str], codes: CodeSet) -> Iterator[Problem]:
    """Codes missing from the code set, headings that cannot be billed, and a code set older
    than the visit. A missing code is only an error when the set is the visit's own year."""
    year, visit_year = codes.fiscal_year, fiscal_year(claim.date)
    for code in shaped:
        status = codes.status(code)
        if status is Status.HEADER:
            yield _claim_problem(Check.DIAGNOSIS_HEADER, (HEADER, HEADER_FIX), CMS_ICD10,
                                 diagnosis=code, codes=", ".join(codes.billable_under(code)))
        elif status is Status.UNKNOWN:
            same_year = year == visit_year
            yield _claim_problem(
                Check.DIAGNOSIS_UNKNOWN,
                (UNKNOWN, UNKNOWN_FIX) if same_year else (UNKNOWN_OTHER_YEAR,
                                                          UNKNOWN_OTHER_YEAR_FIX),
                CMS_ICD10, Severity.ERROR if same_year else Severity.WARNING,
                diagnosis=code, year=year, visit_year=visit_year)
    if shaped and year < visit_year:
        yield _claim_problem(Check.DIAGNOSIS_CODE_SET_OLD, (CODE_SET_OLD, CODE_SET_OLD_FIX),
                             CMS_ICD10, Severity.WARNING, date=claim.date, year=year,
                             visit_year=visit_year)


def diagnosis_problems(claim: Claim) -> Iterator[Problem]:
    if not claim.diagnoses:
        yield _claim_problem(Check.DIAGNOSIS_MISSING, (NO_DIAGNOSIS, NO_DIAGNOSIS_FIX),
                             CDC_ICD10CM)
        return
    codes = code_set()
    # A code the set holds has the right shape, even one the pattern does not know (QA0).
    shaped = [code for code in claim.diagnoses
              if is_icd10cm_shape(code) or codes.status(code) is not Status.UNKNOWN]
    for code in claim.diagnoses:
        if code not in shaped:
            yield _claim_problem(Check.DIAGNOSIS_SHAPE, (SHAPE, SHAPE_FIX), SEER_ICD10CM,
                                 diagnosis=code)
    yield from code_set_problems(claim, shaped, codes)
    mental_health_care = any(line.code in PSYCHOTHERAPY_CODES for line in claim.lines)
    if shaped and mental_health_care and not any(
            code.startswith(MENTAL_HEALTH_CHAPTERS) for code in shaped):
        yield _claim_problem(Check.DIAGNOSIS_NOT_MENTAL_HEALTH, (NOT_MENTAL, NOT_MENTAL_FIX),
                             CDC_ICD10CM, Severity.WARNING, diagnoses=", ".join(shaped))


def _ordered(problems: list[Problem]) -> list[Problem]:
    """Claim-wide problems first, then by line; the rules' own order within each."""
    return sorted(problems, key=lambda p: 0 if p.line is None else p.line)


def check_claim(claim: Claim) -> list[Problem]:
    """Every problem found in the claim, each with its severity, explanation and fix."""
    problems = [*npi_problems(claim), *diagnosis_problems(claim), *place_of_service(claim),
                *one_psychotherapy_code(claim), *line_problems(claim),
                *combination_problems(claim), *modifier_problems(claim)]
    return _ordered(problems)
