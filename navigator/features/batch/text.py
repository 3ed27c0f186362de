"""Words for batch estimates: the columns of the file, and each problem with what to do."""

from __future__ import annotations

from flask_babel import gettext
from flask_babel import lazy_gettext as _l

from benefits.batch import RowProblem
from navigator.core.i18n import N_
from navigator.core.wording import PROBLEMS, wording

# (column, what to write, an example); the order of the downloadable template.
COLUMN_HELP = (
    ("patient", _l("A label you will recognize: initials or a chart number, not the full "
                   "name. Required."), "AB-1042"),
    ("date", _l("The appointment date, as 2026-11-02 or 11/2/2026. Blank means today."),
     "2026-11-02"),
    ("code", _l("The session code, like 90837. Or leave it blank and fill in minutes and "
                "kind."), "90837"),
    ("minutes", _l("Minutes of therapy. With a code, we check that they match."), "55"),
    ("kind", _l("individual, with_em, crisis, family_without_patient, family_with_patient, "
                "group, evaluation or evaluation_medical."), "individual"),
    ("place", _l("office or telehealth (or the place-of-service code: 11, or 02 or 10). "
                 "A plan may charge telehealth differently. Blank means office."), "office"),
    ("network", _l("in or out: is the therapist in the plan's network? Blank means in."),
     "in"),
    ("allowed_amount", _l("The plan's price for the whole appointment. Or leave it blank and "
                          "fill in npi and network_name."), "180.00"),
    ("npi", _l("The therapist's NPI, to use a negotiated rate we have loaded."), "1234567893"),
    ("network_name", _l("The network's name, exactly as on the network page."), "Example PPO"),
    ("billed_amount", _l("The therapist's full price. Needed out of network for a balance "
                         "bill, and for networks that pay a percent of it."), ""),
    ("deductible", _l("The deductible for this network. Required unless a 271 gives it."),
     "1500"),
    ("deductible_met", _l("How much of the deductible is paid so far this plan year."), "0"),
    ("coinsurance", _l("The patient's percent after the deductible, like 20. Fill in this or "
                       "copay."), "20"),
    ("copay", _l("The copay per session, like 30. Fill in this or coinsurance."), ""),
    ("oop_max", _l("The out-of-pocket limit. Blank means the plan has no limit."), "5000"),
    ("oop_met", _l("How much counts toward the out-of-pocket limit so far."), "0"),
    ("deductible_applies", _l("yes or no: is the deductible paid before the copay or "
                              "coinsurance starts? Blank means yes."), ""),
    ("visit_limit", _l("Visits the plan pays for each year, if it limits them."), ""),
    ("visits_used", _l("Visits used so far this plan year."), ""),
    ("file_271", _l("The name of a 271 file you upload with this one. Its plan numbers are "
                    "used; numbers in the row replace them."), ""),
)

BATCH_PROBLEMS = {
    # The whole file
    "empty": N_("The file is empty. Choose the CSV file with the day's appointments."),
    "workbook": N_("This is a spreadsheet workbook, not a CSV file. In your spreadsheet, "
                   "choose Save As, pick CSV, and upload that file."),
    "not_text": N_("This file is not a CSV text file. Save the appointments as CSV and "
                   "upload that file."),
    "bad_csv": N_("The file could not be read as CSV at line %(line)s. Check for a quote "
                  "mark that is not closed."),
    "no_rows": N_("The file has a header but no appointments. Add one row per "
                  "appointment."),
    "too_many_rows": N_("The file has more than %(max)s appointments. Split it into smaller "
                        "files."),
    "missing_column": N_("The header has no patient column. Start from the template."),
    "missing_code_columns": N_("Add a code column, or minutes and kind columns."),
    "missing_price_columns": N_("Add an allowed_amount column, or npi and network_name "
                                "columns."),
    "missing_plan_columns": N_("Add the plan columns deductible and copay or coinsurance, "
                               "or a file_271 column."),
    "duplicate_column": N_("This column appears twice in the header. Keep one."),
    "unknown_column": N_("We do not use this column, so it was left out."),
    # One row
    "patient_required": N_("Enter a label for the patient, like initials or a chart "
                           "number."),
    "too_long": N_("Use %(max)s characters or fewer."),
    "invalid_date_batch": N_("Enter a real date, like 2026-11-02 or 11/2/2026."),
    "invalid_network": N_("Write in or out."),
    "invalid_place": N_("Write office or telehealth."),
    "code_or_minutes": N_("Enter the session code, or the minutes and kind of session."),
    "unknown_code": N_("%(code)s is not a mental-health session code we know. Check the "
                       "code."),
    "add_on_alone": N_("%(code)s is an add-on code. Enter the main session code here."),
    "code_minutes_mismatch": N_("%(minutes)s minutes of %(kind)s therapy is billed as "
                                "%(expected)s, not %(code)s. Fix the code or the minutes."),
    "below_minimum": N_("%(minutes)s minutes is too short: this kind of session needs at "
                        "least %(minimum)s minutes before any code can be billed, so there is "
                        "nothing to collect for it."),
    "kind_required": N_("Enter the kind of session: %(choices)s."),
    "invalid_kind": N_("Use one of these kinds: %(choices)s."),
    "minutes_required": N_("Enter the minutes of therapy."),
    "minutes_out_of_range": N_("Enter the minutes as a whole number from 0 to %(max)s."),
    "price_required": N_("Enter the plan's price (allowed_amount), or the therapist's npi "
                         "and network_name."),
    "bad_npi": N_("This is not a valid NPI. An NPI has 10 digits; check each one."),
    "network_name_required": N_("Enter the network's name, as on the network page."),
    "not_a_percent": N_("Enter the percent the patient pays, from 0 to 100, like 20."),
    "not_yes_no": N_("Write yes or no."),
    "no_such_file": N_("No 271 file named %(file)s was uploaded. Add it with the 271 "
                       "files, or fix the name."),
    "unreadable_file": N_("The 271 file %(file)s could not be read: %(why)s"),
    "coverage_inactive": N_("The 271 file %(file)s says this coverage is not active. Check "
                            "the patient's insurance before the visit."),
    "missing_from_271": N_("The 271 file %(file)s does not give this number. Enter it in this "
                           "column."),
    "cost_share_required": N_("Enter a copay or a coinsurance percent. Enter 0 if the plan "
                              "pays the whole price after the deductible."),
    "cost_share_missing_from_271": N_("The 271 file %(file)s gives no copay or coinsurance "
                                      "for therapy. Enter one in the copay or coinsurance "
                                      "column."),
    "multi_code_percentage": N_("This network pays a percent of the therapist's price. For "
                                "an appointment with more than one code, enter the "
                                "allowed_amount instead."),
}


# The session kind inside a sentence ("45 minutes of %(kind)s therapy"), in the reader's
# language rather than the file's column value.
KIND_WORDS = {
    "individual": N_("individual"),
    "with_em": N_("medication-visit"),
    "crisis": N_("crisis"),
    "family_without_patient": N_("family (without the patient)"),
    "family_with_patient": N_("family (with the patient)"),
    "group": N_("group"),
    "evaluation": N_("evaluation"),
    "evaluation_medical": N_("medical evaluation"),
}


def problem_message(problem: RowProblem) -> str:
    """The problem and what to do about it, in the reader's language."""
    key = "patient_required" if (problem.column, problem.code) == ("patient", "required") \
        else problem.code
    msgid = BATCH_PROBLEMS.get(key) or PROBLEMS.get(key) or PROBLEMS["required"]
    params = dict(problem.params)
    if params.get("kind") in KIND_WORDS:
        params["kind"] = gettext(KIND_WORDS[str(params["kind"])])
    return wording().fill(msgid, params)


def problem_text(problem: RowProblem) -> str:
    """"column: what to do", or only what to do when the problem is not in one column."""
    message = problem_message(problem)
    return f"{problem.column}: {message}" if problem.column else message
