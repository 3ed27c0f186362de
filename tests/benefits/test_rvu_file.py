"""Reading CMS's PPRRVU CSV: the layout of the 2025 January release, with our own numbers."""

from __future__ import annotations

import json
from decimal import Decimal

from benefits.estimate.fees import load_fee_schedule
from benefits.estimate.rvu_file import read_rvu_file

# The four header rows of the CMS file, as they are (column names only, no descriptors).
HEADER = (
    ",, , ,,,,,,,,,,,,,,,,,,,,,,,,,NON-FACILITY,FACILITY,\n"
    ",,,,NOT USED,,,,,,,,,,,,,,,,,,,,,PHYSICIAN,,DIAGNOSTIC,PE USED,PE USED,MP USED\n"
    ",,,,FOR,,,NON-FAC,,FACILITY ,,,,,,,,,,,,,,,,SUPERVISION OF,,IMAGING,FOR OPPS,FOR OPPS,"
    "FOR OPPS\n"
    ",,,STATUS,MEDICARE ,WORK,NON-FAC,NA,FACILITY,NA,MP,NON-FACILITY,FACILITY,PCTC,GLOB,PRE,"
    "INTRA,POST,MULT,BILAT,ASST,CO-,TEAM,ENDO,CONV,DIAGNOSTIC,CALCULATION,FAMILY,PAYMENT,"
    "PAYMENT,PAYMENT\n"
    "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,"
    "IND,DAYS,OP,OP,OP,PROC,SURG,SURG,SURG,SURG,BASE,FACTOR,PROCEDURES,FLAG,INDICATOR,AMOUNT,"
    "AMOUNT,AMOUNT\n")
TITLE = ",,2027 National Physician Fee Schedule Relative Value File January Release,,\n"


def row(code: str, mod: str = "", status: str = "A", totals: tuple[str, str] = ("4.00", "3.00"),
        factor: str = "40.0000", work: str = "3.00", text: str = "Made-up words") -> str:
    """One data row: made-up RVUs (not CMS's) and a made-up descriptor."""
    return (f"{code},{mod},{text},{status},,{work},0.90,,0.40,,0.10,{totals[0]},{totals[1]},"
            f"0,XXX,0.00,0.00,0.00,0,0,0,0,0,,{factor},09,0,99,0.00,0.00,0.00\n")


def read(*rows: str, year: int = 2027, title: str = TITLE):
    return read_rvu_file((title + HEADER + "".join(rows)).splitlines(keepends=True), year)


def test_amounts_are_total_rvus_times_the_files_conversion_factor():
    reading = read(row("90837", totals=("4.01", "3.33")), row("90834", totals=("2.50", "2.20")),
                   row("99213", totals=("9.99", "9.99")))  # a code we do not price
    assert reading.problems == ()
    document = reading.document
    assert document is not None and document["year"] == 2027
    # 4.01 x 40 = 160.40; 3.33 x 40 = 133.20; 2.50 x 40 = 100.00; 2.20 x 40 = 88.00.
    assert document["fees"]["90837"]["non_facility"] == "160.40"
    assert document["fees"]["90837"]["facility"] == "133.20"
    assert (document["fees"]["90834"]["non_facility"], document["fees"]["90834"]["facility"]) \
        == ("100.00", "88.00")
    assert set(document["fees"]) == {"90834", "90837"}
    assert document["conversion_factor"] == "40.0000"
    assert "2027 National Physician Fee Schedule" in document["release"]
    # The site reads what was made.
    schedule = load_fee_schedule(json.dumps(document))
    assert schedule.fees["90837"].non_facility == Decimal("160.40")


def test_amounts_round_half_up_to_cents():
    # 4.77 x 32.3465 = 154.292805 -> 154.29; 4.16 x 32.3465 = 134.56144 -> 134.56.
    reading = read(row("90837", totals=("4.77", "4.16"), factor="32.3465"))
    assert reading.document is not None
    fee = reading.document["fees"]["90837"]
    assert (fee["non_facility"], fee["facility"]) == ("154.29", "134.56")


def test_no_descriptor_text_reaches_the_document():
    reading = read(row("90837", text="SECRET DESCRIPTOR"), row("90834", text="OTHER WORDS"))
    dumped = json.dumps(reading.document)
    assert "SECRET" not in dumped and "OTHER WORDS" not in dumped
    assert "Made-up" not in dumped


def test_modifier_rows_are_skipped_and_unpaid_statuses_left_out_with_their_line():
    reading = read(row("90837"), row("90837", mod="26", totals=("x", "y")),
                   row("90834", status="I"))
    assert reading.problems == ()
    assert reading.document is not None and set(reading.document["fees"]) == {"90837"}
    # Title on line 1, five header rows, so data starts on line 7: 90834 is on line 9.
    assert any(note.startswith("line 9: 90834") for note in reading.left_out)
    assert "90791: not in the file; left out" in reading.left_out


def test_bad_rows_are_reported_with_their_line_numbers_and_nothing_is_made():
    reading = read(row("90837"), row("90834", work="abc"), row("90832", totals=("-1", "1")),
                   "90791,,short row\n", row("90837"))
    assert reading.document is None
    found = {(problem.line, problem.message.split(":")[0]) for problem in reading.problems}
    assert found == {(8, "90834"), (9, "90832"), (10, "90791"), (11, "90837 appears twice")}


def test_a_file_for_another_year_is_refused():
    reading = read(row("90837"), year=2026)
    assert reading.document is None
    assert reading.problems[0].line == 1 and "2027, not 2026" in reading.problems[0].message


def test_a_file_in_another_layout_is_refused():
    reading = read_rvu_file(["HCPCS,NON-FACILITY PRICE,FACILITY PRICE\n",
                             "90837,150.00,130.00\n"], 2027)
    assert reading.document is None
    assert "no header row" in reading.problems[0].message


def test_rows_with_different_conversion_factors_are_refused():
    reading = read(row("90837", factor="33.4009"), row("90834", factor="33.5675"))
    assert reading.document is None
    assert "different conversion factors" in reading.problems[0].message
