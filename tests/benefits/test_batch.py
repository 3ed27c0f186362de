"""Batch estimates, pure part: reading the file, checking every row, building requests.

Every amount below is worked by hand from the estimator's rules: deductible first, then the
copay or coinsurance on what is left, capped by what is left of the out-of-pocket limit.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from decimal import Decimal

import pytest

from benefits.batch import (
    MAX_ROWS,
    BatchFileError,
    PlanFile,
    RowProblem,
    column_for,
    decode,
    read_batch,
    why_notes,
)
from benefits.batch.columns import normalize
from benefits.batch.decode import delimiter
from benefits.estimate.engine import project
from benefits.estimate.request import read_estimate_request
from benefits.estimate.sheet import glossary_slugs, session_runs

TODAY = dt.date(2026, 11, 2)
HEADER = ("patient,date,code,minutes,kind,network,allowed_amount,npi,network_name,"
          "billed_amount,deductible,deductible_met,coinsurance,copay,oop_max,oop_met,"
          "deductible_applies,visit_limit,visits_used,file_271")
COLUMNS = HEADER.split(",")
GOOD = {"patient": "AB", "code": "90837", "allowed_amount": "180", "deductible": "1500",
        "deductible_met": "1400", "coinsurance": "20", "oop_max": "5000", "oop_met": "1400"}
# A 271 read by the caller: the numbers of tests/navigator/fixtures/carve_out.x12.
CARVE_OUT_PLAN = {
    "plan_year_start": "01-01",
    "in_network": {"deductible": "2000.00", "deductible_met": "1500.00", "oop_max": "6000.00",
                   "oop_met": "1900.00", "copay": "30.00", "coinsurance": None,
                   "deductible_applies": None, "family": None},
    "out_of_network": None, "visit_limit": None}
FILES = {
    "carve_out.x12": PlanFile("carve_out.x12", CARVE_OUT_PLAN, active=True),
    "broken.271": PlanFile("broken.271", None, error="It does not start with ISA."),
    "inactive.271": PlanFile("inactive.271", CARVE_OUT_PLAN, active=False),
    "no_numbers.271": PlanFile("no_numbers.271", {
        "in_network": {"deductible": None, "copay": None, "coinsurance": None},
        "out_of_network": None}, active=True),
}


def csv_text(*rows: dict[str, str], header: str = HEADER) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header.split(","), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def read(*rows: dict[str, str], files=FILES):
    return read_batch(csv_text(*rows), files, TODAY)


def row(**changes: str) -> dict[str, str]:
    return {key: value for key, value in {**GOOD, **changes}.items() if value is not None}


def only_problems(**changes: str) -> list[tuple[str, str]]:
    batch = read(row(**changes))
    assert not batch.file_problems
    return [(p.column, p.code) for p in batch.problems]


def collect(appointment) -> tuple[Decimal, Decimal]:
    """What the patient and the plan pay for the appointment's one session."""
    session = project(read_estimate_request(appointment.request, TODAY)).sessions[0]
    return session.patient_pays, session.plan_pays


# --- Good rows: hand-worked amounts -------------------------------------------------------

def test_good_rows_become_estimate_requests_with_hand_worked_amounts():
    batch = read(
        row(),  # 100 of 180 to the deductible, then 20% of 80 = 16: 116
        row(patient="CD", code="", minutes="45", kind="individual", allowed_amount="120",
            deductible="0", deductible_met="", coinsurance="", copay="30", oop_max="3000",
            oop_met=""),  # 90834; deductible met; copay 30
        row(patient="EF", allowed_amount="200", deductible="0", deductible_met="",
            coinsurance="50", oop_max="1000", oop_met="960"),  # 50% = 100, capped at 40
        row(patient="GH", code="", minutes="100", kind="crisis", allowed_amount="300",
            deductible="0", deductible_met="", coinsurance="", copay="25"),  # 90839 + 90840
    )
    assert batch.problems == [] and batch.rows == 4
    first, second, third, fourth = batch.appointments
    assert [a.row for a in batch.appointments] == [2, 3, 4, 5]
    assert first.request == {
        "service": {"code": "90837", "allowed_amount": "180.00", "billed_amount": None,
                    "place": "office"},
        "network": "in",
        "plan": {"in_network": {"deductible": "1500", "deductible_met": "1400",
                                "oop_max": "5000", "oop_met": "1400", "copay": None,
                                "coinsurance": "0.2"},
                 "out_of_network": None, "visit_limit": None, "plan_year_start": None},
        "sessions": {"count": 1, "every_days": 7, "first_date": "2026-11-02"}}
    assert collect(first) == (Decimal("116.00"), Decimal("64.00"))
    assert [line.code for line in second.codes] == ["90834"]
    assert collect(second) == (Decimal("30.00"), Decimal("90.00"))
    assert collect(third) == (Decimal("40.00"), Decimal("160.00"))
    assert [(line.code, line.units) for line in fourth.codes] == [("90839", 1), ("90840", 1)]
    assert collect(fourth) == (Decimal("25.00"), Decimal("275.00"))


def test_blank_lines_are_skipped_but_rows_keep_their_spreadsheet_numbers():
    text = csv_text(row(), row(patient="CD")).replace("\nCD", "\n,,,,\n\nCD")
    batch = read_batch(text, FILES, TODAY)
    assert [a.row for a in batch.appointments] == [2, 5]
    assert batch.labels == {2: "AB", 5: "CD"}


def test_dates_in_iso_and_us_spreadsheet_form():
    batch = read(row(date="2026-11-05"), row(date="11/6/2026"), row(date=""))
    assert [a.date for a in batch.appointments] == [
        dt.date(2026, 11, 5), dt.date(2026, 11, 6), TODAY]


@pytest.mark.parametrize(("text", "network"), [
    ("", "in"), ("in", "in"), ("IN", "in"), ("In network", "in"), ("out", "out"),
    ("out-of-network", "out"), ("OON", "out")])
def test_network_spellings(text, network):
    changes = {"network": text}
    if network == "out":
        changes["billed_amount"] = "220"
    batch = read(row(**changes))
    assert batch.appointments[0].request["network"] == network


def test_out_of_network_row_uses_its_numbers_for_the_out_of_network_tier():
    batch = read(row(network="out", billed_amount="220", deductible="0", deductible_met="",
                     coinsurance="40", oop_met="0"))
    appointment = batch.appointments[0]
    assert appointment.request["plan"]["out_of_network"]["coinsurance"] == "0.4"
    # 40% of 180 = 72, plus the 40 balance bill above the plan's price
    assert collect(appointment) == (Decimal("112.00"), Decimal("108.00"))


def test_untimed_kinds_need_no_minutes():
    batch = read(row(code="", kind="group"), row(code="", kind="evaluation"))
    assert [a.codes[0].code for a in batch.appointments] == ["90853", "90791"]


@pytest.mark.parametrize(("code", "minutes", "expected"), [
    ("90834", "45", []), ("90837", "45", [("code", "code_minutes_mismatch")]),
    ("90839", "80", []), ("90847", "20", [("minutes", "below_minimum")]),
    ("90785", "45", [("code", "add_on_alone")])])
def test_minutes_beside_a_code_are_checked_against_the_codes_own_kind(code, minutes, expected):
    assert only_problems(code=code, minutes=minutes) == expected


@pytest.mark.parametrize("kind", ["individual", "crisis"])
def test_a_code_and_a_kind_need_no_minutes(kind):
    # Minutes beside a code are only there to check it; a kind column alone is no error.
    batch = read(row(code="90837", kind=kind))
    assert batch.problems == [] and batch.appointments[0].codes[0].code == "90837"


def test_an_untimed_kind_still_checks_the_code():
    assert only_problems(code="90837", kind="group") == [("code", "code_minutes_mismatch")]


def test_below_the_minimum_gives_the_minutes():
    [problem] = read(row(code="", minutes="20", kind="family_with_patient")).problems
    assert problem.params == {"minimum": 26, "kind": "family_with_patient", "minutes": 20}


def test_code_and_matching_minutes_pass():
    batch = read(row(code="90834", minutes="45", kind="individual"))
    assert batch.problems == [] and batch.appointments[0].codes[0].code == "90834"


def test_npi_and_network_name_leave_the_price_to_the_network_tables():
    batch = read(row(allowed_amount="", npi="1234567893", network_name="Example PPO"))
    appointment = batch.appointments[0]
    assert appointment.priced_by_network
    assert appointment.request["service"] == {"code": "90837", "npi": "1234567893",
                                              "network": "Example PPO", "billed_amount": None,
                                              "place": "office"}


def test_visit_limit_used_up_means_the_full_price():
    batch = read(row(visit_limit="20", visits_used="20"))
    assert collect(batch.appointments[0]) == (Decimal("180.00"), Decimal("0.00"))


# --- 271 files --------------------------------------------------------------------------

def test_a_271_gives_the_plan_numbers():
    batch = read(row(deductible="", deductible_met="", coinsurance="", oop_max="", oop_met="",
                     allowed_amount="100", code="90834", file_271="Carve_Out.x12"))
    appointment = batch.appointments[0]
    assert appointment.plan_file == "carve_out.x12"
    # 500 left on the deductible: the whole 100 goes to it
    assert collect(appointment) == (Decimal("100.00"), Decimal("0.00"))


def test_numbers_in_the_row_replace_the_271s():
    batch = read(row(deductible="", deductible_met="2000", coinsurance="10", oop_max="",
                     oop_met="", file_271="carve_out.x12"))
    tier = batch.appointments[0].request["plan"]["in_network"]
    assert tier["copay"] is None and tier["coinsurance"] == "0.1"
    assert tier["deductible"] == "2000.00" and tier["deductible_met"] == "2000"
    assert collect(batch.appointments[0]) == (Decimal("18.00"), Decimal("162.00"))


def test_out_of_network_with_a_271_that_pays_nothing_there():
    batch = read(row(network="out", deductible="", deductible_met="", coinsurance="",
                     oop_max="", oop_met="", file_271="carve_out.x12"))
    assert batch.appointments[0].request["plan"]["out_of_network"] is None
    assert collect(batch.appointments[0]) == (Decimal("180.00"), Decimal("0.00"))


@pytest.mark.parametrize(("name", "expected"), [
    ("nope.271", [("file_271", "no_such_file")]),
    ("broken.271", [("file_271", "unreadable_file")]),
    ("inactive.271", [("file_271", "coverage_inactive")]),
    ("no_numbers.271", [("deductible", "missing_from_271"),
                        ("copay", "cost_share_missing_from_271")]),
])
def test_271_problems(name, expected):
    assert only_problems(deductible="", deductible_met="", coinsurance="", oop_max="",
                         oop_met="", file_271=name) == expected


def test_an_unreadable_271_says_why():
    batch = read(row(file_271="broken.271"))
    assert batch.problems[0].params == {"file": "broken.271",
                                        "why": "It does not start with ISA."}


# --- Bad rows: one problem each, with its column ------------------------------------------

@pytest.mark.parametrize(("changes", "expected"), [
    ({"patient": ""}, [("patient", "required")]),
    ({"patient": "x" * 81}, [("patient", "too_long")]),
    ({"date": "2026-02-30"}, [("date", "invalid_date_batch")]),
    ({"date": "13/1/2026"}, [("date", "invalid_date_batch")]),
    ({"date": "1999-01-01"}, [("date", "date_out_of_range")]),
    ({"network": "maybe"}, [("network", "invalid_network")]),
    ({"code": ""}, [("code", "code_or_minutes")]),
    ({"code": "99213"}, [("code", "unknown_code")]),
    ({"code": "90785"}, [("code", "add_on_alone")]),
    ({"minutes": "45", "kind": "individual"}, [("code", "code_minutes_mismatch")]),
    ({"code": "", "minutes": "15", "kind": "individual"}, [("minutes", "below_minimum")]),
    ({"code": "", "minutes": "45"}, [("kind", "kind_required")]),
    ({"code": "", "minutes": "45", "kind": "solo"}, [("kind", "invalid_kind")]),
    ({"code": "", "kind": "individual"}, [("minutes", "minutes_required")]),
    ({"code": "", "minutes": "481", "kind": "individual"},
     [("minutes", "minutes_out_of_range")]),
    ({"code": "", "minutes": "4.5", "kind": "individual"},
     [("minutes", "minutes_out_of_range")]),
    ({"allowed_amount": ""}, [("allowed_amount", "price_required")]),
    ({"allowed_amount": "$1,80"}, [("allowed_amount", "not_money")]),
    ({"allowed_amount": "-5"}, [("allowed_amount", "negative")]),
    ({"billed_amount": "12.345"}, [("billed_amount", "too_many_decimals")]),
    ({"allowed_amount": "", "npi": "1234567890", "network_name": "X"}, [("npi", "bad_npi")]),
    ({"allowed_amount": "", "npi": "1234567893"}, [("network_name", "network_name_required")]),
    ({"deductible": "lots"}, [("deductible", "not_money")]),
    ({"deductible": ""}, [("deductible", "required")]),
    ({"deductible_met": "1600"}, [("deductible_met", "met_above_total")]),
    ({"oop_met": "6000"}, [("oop_met", "met_above_total")]),
    ({"coinsurance": "0.2"}, [("coinsurance", "not_a_percent")]),
    ({"coinsurance": "120"}, [("coinsurance", "not_a_percent")]),
    ({"coinsurance": "twenty"}, [("coinsurance", "not_a_percent")]),
    ({"coinsurance": ""}, [("copay", "cost_share_required")]),
    ({"copay": "30"}, [("copay", "copay_and_coinsurance")]),
    ({"copay": "thirty", "coinsurance": ""}, [("copay", "not_money")]),
    ({"deductible_applies": "maybe"}, [("deductible_applies", "not_yes_no")]),
    ({"visit_limit": "ten"}, [("visit_limit", "not_a_whole_number")]),
    ({"visit_limit": "400"}, [("visit_limit", "out_of_range")]),
    ({"visit_limit": "20", "visits_used": "-1"}, [("visits_used", "not_a_whole_number")]),
    # These once raised: "²" passes str.isdigit() but int() refuses it, as it refuses
    # 5,000 digits.
    ({"code": "", "minutes": "²", "kind": "individual"}, [("minutes", "minutes_out_of_range")]),
    ({"code": "", "minutes": "1" * 5000, "kind": "individual"},
     [("minutes", "minutes_out_of_range")]),
    ({"visit_limit": "²"}, [("visit_limit", "not_a_whole_number")]),
    # Issue 13: measured before int() reads it.
    ({"visit_limit": "1" * 5000}, [("visit_limit", "number_too_long")]),
    ({"allowed_amount": "", "npi": "123456789²", "network_name": "X"}, [("npi", "bad_npi")]),
])
def test_each_bad_cell_is_named_by_column(changes, expected):
    assert only_problems(**changes) == expected


@pytest.mark.parametrize(("changes", "kept"), [
    ({"coinsurance": "20%"}, "0.2"), ({"coinsurance": "0"}, "0"),
    ({"coinsurance": "100"}, "1"), ({"coinsurance": "12.5"}, "0.125")])
def test_coinsurance_percents_that_pass(changes, kept):
    batch = read(row(**changes))
    assert batch.appointments[0].request["plan"]["in_network"]["coinsurance"] == kept


@pytest.mark.parametrize(("text", "applies"), [("yes", True), ("No", False), ("", None)])
def test_deductible_applies(text, applies):
    tier = read(row(deductible_applies=text)).appointments[0].request["plan"]["in_network"]
    assert tier.get("deductible_applies") is applies


def test_a_row_with_several_problems_lists_each_and_good_rows_still_run():
    batch = read(row(patient="", code="99999", allowed_amount="x", deductible="lots"),
                 row(patient="OK"))
    assert [(p.row, p.column, p.code) for p in batch.problems] == [
        (2, "patient", "required"), (2, "code", "unknown_code"),
        (2, "allowed_amount", "not_money"), (2, "deductible", "not_money")]
    assert [a.patient for a in batch.appointments] == ["OK"]


def test_every_problem_has_a_row_and_a_known_column():
    batch = read(row(patient="", code="1", deductible="x", coinsurance="x", date="x"))
    assert all(isinstance(p, RowProblem) and p.row == 2 and p.column in COLUMNS
               for p in batch.problems)


# --- The header and the file ------------------------------------------------------------

@pytest.mark.parametrize(("header", "expected"), [
    ("code,allowed_amount,deductible,copay", [("patient", "missing_column")]),
    ("patient,allowed_amount,deductible,copay", [("code", "missing_code_columns")]),
    ("patient,minutes,allowed_amount,deductible,copay", [("code", "missing_code_columns")]),
    ("patient,code,npi,deductible,copay", [("allowed_amount", "missing_price_columns")]),
    ("patient,code,allowed_amount,copay", [("deductible", "missing_plan_columns")]),
    ("patient,code,allowed_amount,deductible", [("deductible", "missing_plan_columns")]),
    ("patient,code,allowed_amount,deductible,copay,copay",
     [("copay", "duplicate_column")]),
])
def test_header_problems_stop_the_file(header, expected):
    batch = read_batch(header + "\nAB,90837,180,0,30\n", FILES, TODAY)
    assert [(p.column, p.code) for p in batch.file_problems] == expected
    assert batch.appointments == [] and batch.problems == []


@pytest.mark.parametrize("header", [
    "patient,code,allowed_amount,deductible,copay",
    "patient,minutes,kind,npi,network_name,file_271",
    "patient,code,allowed_amount,deductible,coinsurance"])
def test_headers_that_are_enough(header):
    assert read_batch(header + "\nAB\n", FILES, TODAY).file_problems == []


def test_headings_are_matched_loosely_and_unknown_ones_noticed():
    text = ("\ufeffPatient Label,Session Code,Allowed Amount,Deductible,Copay,Room\n"
            "AB,90834,120,0,30,4B\n")
    batch = read_batch(text, FILES, TODAY)
    assert batch.file_problems == [] and batch.problems == []
    assert [(n.column, n.code) for n in batch.notices] == [("room", "unknown_column")]
    assert collect(batch.appointments[0]) == (Decimal("30.00"), Decimal("90.00"))


@pytest.mark.parametrize(("name", "column"), [
    ("Allowed Amount", "allowed_amount"), ("allowed-amount", "allowed_amount"),
    ("CPT", "code"), ("271 file", "file_271"), ("  NPI ", "npi")])
def test_normalize(name, column):
    assert normalize(name) == column


def test_no_rows_and_too_many_rows():
    assert [p.code for p in read_batch(HEADER + "\n,,\n", FILES, TODAY).file_problems] == [
        "no_rows"]
    text = csv_text(*[row()] * (MAX_ROWS + 1))
    assert [p.code for p in read_batch(text, FILES, TODAY).file_problems] == [
        "too_many_rows"]
    assert read_batch(csv_text(*[row()] * MAX_ROWS), FILES, TODAY).file_problems == []


def test_an_unclosed_quote_names_the_line():
    batch = read_batch(HEADER + '\nAB,"2026-11-02\n', FILES, TODAY)
    assert [(p.code, dict(p.params)) for p in batch.file_problems] == [
        ("bad_csv", {"line": 2})]


def test_500_rows_read_quickly():
    import time

    text = csv_text(*[row(patient=f"P{n}") for n in range(500)])
    start = time.perf_counter()
    batch = read_batch(text, FILES, TODAY)
    assert len(batch.appointments) == 500
    assert time.perf_counter() - start < 5  # about 0.1 s on the 2-core CI machine


# --- Decoding what spreadsheets save -------------------------------------------------------

SMALL = "patient,code\nJosé,90837\n"


@pytest.mark.parametrize("data", [
    SMALL.encode("utf-8"), codecs.BOM_UTF8 + SMALL.encode("utf-8"), SMALL.encode("cp1252"),
    codecs.BOM_UTF16_LE + SMALL.encode("utf-16-le")])
def test_the_usual_encodings_are_read(data):
    assert decode(data).lstrip("\ufeff") == SMALL


@pytest.mark.parametrize(("data", "code"), [
    (b"", "empty"), (b"  \n\n", "empty"), (b"PK\x03\x04rest of a workbook", "workbook"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not_text"),
    (bytes(range(1, 32)) * 20, "not_text")])
def test_files_that_are_not_csv(data, code):
    with pytest.raises(BatchFileError) as caught:
        decode(data)
    assert caught.value.code == code


@pytest.mark.parametrize(("text", "mark"), [
    ("a,b,c\n", ","), ("a;b;c\n1,5;2\n", ";"), ("a\tb\tc\n", "\t"), ("patient\n", ",")])
def test_the_separator_comes_from_the_header(text, mark):
    assert delimiter(text) == mark


def test_semicolon_and_tab_files_are_read():
    for mark in (";", "\t"):
        text = "patient;code;allowed_amount;deductible;copay\nAB;90834;120;0;30\n"
        batch = read_batch(text.replace(";", mark), FILES, TODAY)
        assert batch.problems == [] and len(batch.appointments) == 1


# --- Error paths to columns, and the short "why" -------------------------------------------

@pytest.mark.parametrize(("path", "column"), [
    ("service.allowed_amount", "allowed_amount"), ("service.npi", "npi"),
    ("sessions.first_date", "date"), ("plan.in_network.deductible_met", "deductible_met"),
    ("plan.out_of_network.copay", "copay"), ("plan.visit_limit.used", "visits_used"),
    ("plan.in_network.family.deductible", "file_271"), ("plan.plan_year_start", "file_271"),
    ("sessions.count", "")])
def test_column_for(path, column):
    assert column_for(path) == column


def test_why_leaves_out_the_total_and_what_a_reached_limit_makes_moot():
    batch = read(row(), row(patient="CD", deductible="0", deductible_met="",
                            oop_max="1000", oop_met="1000"))
    kinds = []
    for appointment in batch.appointments:
        projection = project(read_estimate_request(appointment.request, TODAY))
        kinds.append([n.kind for n in why_notes(projection.sessions[0], projection)])
    assert kinds == [["deductible_part", "coinsurance"], ["oop_already_reached"]]


# --- The printable sheet's folding ----------------------------------------------------------

def course(count: int, **plan: str):
    tier = {"deductible": "1500", "deductible_met": "0", "oop_max": "5000", "oop_met": "0",
            "coinsurance": "0.20", **plan}
    return project(read_estimate_request({
        "service": {"code": "90837", "allowed_amount": "180.00"}, "network": "in",
        "sessions": {"count": count, "first_date": "2026-11-02", "every_days": 7},
        "plan": {"in_network": tier}}, TODAY))


def test_session_runs_group_equal_amounts_and_break_at_a_reset():
    runs = session_runs(course(12))
    # 8 x 180 to the deductible; session 9: 60 + 20% of 120 = 84; January resets: 180 again
    assert [(r.first.number, r.last.number, r.count, r.each, r.subtotal) for r in runs] == [
        (1, 8, 8, Decimal("180.00"), Decimal("1440.00")),
        (9, 9, 1, Decimal("84.00"), Decimal("84.00")),
        (10, 12, 3, Decimal("180.00"), Decimal("540.00"))]
    assert sum(r.subtotal for r in runs) == course(12).patient_total


def test_a_reset_starts_a_new_run_even_at_the_same_amount():
    runs = session_runs(course(12, deductible="0", coinsurance=None, copay="30"))
    assert [(r.first.number, r.last.number) for r in runs] == [(1, 9), (10, 12)]


def test_glossary_words_follow_the_plan():
    assert glossary_slugs(course(2)) == ("allowed-amount", "deductible", "coinsurance",
                                         "out-of-pocket-limit", "plan-year",
                                         "network-provider")
    assert "copayment" in glossary_slugs(course(2, coinsurance=None, copay="30"))


@pytest.mark.parametrize(("cell", "place"), [("", "office"), ("telehealth", "telehealth"),
                                             ("02", "telehealth"), ("11", "office")])
def test_the_place_column_picks_office_or_telehealth(cell, place):
    text = csv_text(row(place=cell), header=HEADER + ",place")
    batch = read_batch(text, FILES, TODAY)
    assert batch.appointments[0].request["service"]["place"] == place


def test_an_unknown_place_is_named_by_column():
    batch = read_batch(csv_text(row(place="moon"), header=HEADER + ",place"), FILES, TODAY)
    assert [(p.column, p.code) for p in batch.problems] == [("place", "invalid_place")]
