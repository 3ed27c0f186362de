"""Words for session codes and the claim check, in the reader's language (page and API)."""

from __future__ import annotations

import re
from typing import Any

from flask_babel import gettext
from flask_babel import lazy_gettext as _l

from benefits.coding import Problem, PsychTestKind, PsychTestSuggestion, suggest_testing_codes
from benefits.coding.sessions import CodeSuggestion, SessionKind, suggest_codes
from benefits.coding.testing import PsychTestRule
from benefits.fields import FieldError
from navigator.core.i18n import N_
from navigator.core.session_codes import KIND_LABELS, codes_text, why_sentences
from navigator.core.wording import PROBLEMS, wording

TEST_KIND_LABELS = {
    PsychTestKind.EVALUATION: _l("Psychological testing: reviewing results and writing the "
                                 "report"),
    PsychTestKind.NEURO_EVALUATION: _l("Neuropsychological testing: reviewing results and "
                                       "writing the report"),
    PsychTestKind.BY_PROFESSIONAL: _l("Giving and scoring tests, by a psychologist or doctor"),
    PsychTestKind.BY_TECHNICIAN: _l("Giving and scoring tests, by a technician"),
}
ALL_KIND_LABELS = {str(kind): label for kind, label in
                   [*KIND_LABELS.items(), *TEST_KIND_LABELS.items()]}
TEST_RULE_TEXT = {
    PsychTestRule.BELOW_MINIMUM: _l("%(minutes)s minutes is too short: the first unit "
                                    "usually needs at least %(minimum)s minutes."),
    PsychTestRule.FIRST_UNIT: _l("%(minutes)s minutes is one unit: %(codes)s. An extra "
                                 "unit needs more than half of another %(unit)s minutes."),
    PsychTestRule.EXTRA_UNITS: _l("%(minutes)s minutes is billed as %(codes)s: the first "
                                  "%(unit)s minutes, then one add-on unit for each further "
                                  "%(unit)s minutes once more than half of it is used."),
}
TEST_CAUTION = _l("These minute counts follow the usual rule that a unit counts once more "
                  "than half of it is used. Check the payer's rules.")
SEVERITY_LABELS = {"error": _l("Error"), "warning": _l("Warning")}

Suggestion = CodeSuggestion | PsychTestSuggestion


def suggest_any(minutes: int, kind: str) -> Suggestion:
    """A session kind or a testing kind; ValueError for anything else."""
    if kind in {k.value for k in PsychTestKind}:
        return suggest_testing_codes(minutes, kind)
    return suggest_codes(minutes, kind)


def kind_values() -> list[str]:
    return [kind.value for kind in SessionKind] + [kind.value for kind in PsychTestKind]


def why(suggestion: Suggestion) -> list[str]:
    """Why these codes, in plain sentences (the source is given separately)."""
    if isinstance(suggestion, CodeSuggestion):
        return why_sentences(suggestion)
    text = str(TEST_RULE_TEXT[suggestion.rule]) % {
        "minutes": suggestion.minutes, "codes": codes_text(suggestion),
        "minimum": suggestion.minimum, "unit": suggestion.unit_minutes}
    return [text, str(TEST_CAUTION)]


def source_of(suggestion: Suggestion) -> dict[str, str]:
    if isinstance(suggestion, CodeSuggestion):
        return {"name": gettext(suggestion.source), "url": suggestion.source_url}
    return {"name": gettext(suggestion.source.name), "url": suggestion.source.url}


def suggestion_json(suggestion: Suggestion) -> dict[str, Any]:
    sentences = why(suggestion)
    source = source_of(suggestion)
    sentences.append(gettext("Source: %(source)s", source=source["name"]))
    return {"codes": [{"code": line.code, "units": line.units} for line in suggestion.codes],
            "explanation": " ".join(sentences), "source": source}


def problem_words(problem: Problem) -> dict[str, Any]:
    """The problem in the reader's language: message, fix, severity label and source."""
    words = wording()
    return {
        "line": problem.line, "code": problem.code, "severity": problem.severity.value,
        "rule": problem.rule.value,
        "message": words.fill(problem.message, problem.params),
        "fix": words.fill(problem.fix, problem.params),
        "severity_label": str(SEVERITY_LABELS[problem.severity.value]),
        "source": {"name": gettext(problem.source.name), "url": problem.source.url},
    }


def problem_json(problem: Problem) -> dict[str, Any]:
    words = problem_words(problem)
    del words["severity_label"]
    return words


CLAIM_PROBLEMS = {
    "not_a_list": N_("Send a list, like [\"F41.1\"]."),
    "too_many": N_("Send no more than %(most)s."),
    "not_text": N_("Send text in quotation marks."),
    "invalid_code": N_("Enter a 5-character code, like 90834."),
    "invalid_modifier": N_("Each modifier has 2 letters or digits, like 95 or HO. Check "
                           "%(value)s."),
    "invalid_pos": N_("Enter the 2-digit place of service, like 10 or 11."),
}
CLAIM_FIELDS = {
    "": _l("Claim"),
    "date": _l("Date of service"),
    "payer_type": _l("Payer type"),
    "npi": _l("Rendering NPI"),
    "place_of_service": _l("Place of service"),
    "diagnoses": _l("Diagnosis codes"),
    "lines": _l("Lines"),
}
LINE_FIELDS = {"": _l("Line %(number)s"), "code": _l("Line %(number)s, code"),
               "units": _l("Line %(number)s, units"),
               "modifiers": _l("Line %(number)s, modifiers"),
               "minutes": _l("Line %(number)s, minutes")}
LINE_PATH = re.compile(r"^lines\[(\d+)\](?:\.(\w+))?$")


def claim_error_text(error: FieldError) -> str:
    msgid = CLAIM_PROBLEMS.get(error.code) or PROBLEMS[error.code]
    return wording().fill(msgid, error.params)


def claim_field_label(path: str) -> str:
    match = LINE_PATH.match(path)
    if match:
        label = LINE_FIELDS.get(match.group(2) or "", LINE_FIELDS[""])
        return str(label) % {"number": int(match.group(1)) + 1}
    return str(CLAIM_FIELDS.get(path, path))


def claim_api_errors(errors: list[FieldError]) -> list[dict[str, str]]:
    """Field errors for problem+json: the JSON path and a sentence naming the field."""
    return [{"field": error.path,
             "message": gettext("%(field)s: %(problem)s", field=claim_field_label(error.path),
                                problem=claim_error_text(error))}
            for error in errors]
