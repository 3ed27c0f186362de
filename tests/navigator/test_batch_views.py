"""/front-desk/batch: upload a day's appointments, get what to collect today (page or CSV).

Amounts are worked by hand: deductible first, then the copay or coinsurance on what is left,
capped by what is left of the out-of-pocket limit.
"""

from __future__ import annotations

import csv
import io
import re
import time
from decimal import Decimal
from pathlib import Path

import pytest

from benefits.batch import COLUMNS
from navigator.features.network.store import LoadTarget, RateRow, load_network
from tests.pagecheck import check_page
from tests.text import visible_text

CARVE_OUT = (Path(__file__).parent / "fixtures" / "carve_out.x12").read_bytes()
NPI = "1234567893"


def csv_bytes(*rows: dict[str, str]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def appt(**cells: str) -> dict[str, str]:
    base = {"patient": "AB", "date": "2026-11-02", "code": "90837", "allowed_amount": "180",
            "deductible": "1500", "deductible_met": "1400", "coinsurance": "20",
            "oop_max": "5000", "oop_met": "1400"}
    return {key: value for key, value in {**base, **cells}.items() if value != ""}


# Row 2: 100 of 180 to the deductible, then 20% of the 80 left: 116.00
# Row 3: 45 minutes -> 90834; deductible met; 30 copay
# Row 4: bad deductible; row 5: 90837 billed for 45 minutes
# Row 6: the 271 (500 of the deductible left) takes the whole 100
# Row 7: 50% of 200 = 100, but only 40 left before the out-of-pocket limit
MIXED = (
    appt(),
    appt(patient="CD", code="", minutes="45", kind="individual", allowed_amount="120",
         deductible="0", deductible_met="", coinsurance="", copay="30", oop_max="3000",
         oop_met=""),
    appt(patient="EF", deductible="lots"),
    appt(patient="GH", minutes="45", kind="individual"),
    appt(patient="IJ", code="90834", allowed_amount="100", deductible="", deductible_met="",
         coinsurance="", oop_max="", oop_met="", file_271="carve_out.x12"),
    appt(patient="KL", allowed_amount="200", deductible="0", deductible_met="",
         coinsurance="50", oop_max="1000", oop_met="960"),
)


def post(client, data: bytes, *plans: tuple[bytes, str], output: str = "page",
         lang: str = "en", name: str = "day.csv"):
    form = {"appointments": (io.BytesIO(data), name), "output": output,
            "files_271": [(io.BytesIO(body), file) for body, file in plans]}
    return client.post(f"/front-desk/batch?lang={lang}", data=form,
                       content_type="multipart/form-data")


def table_rows(html: str, table_class: str) -> list[list[str]]:
    body = html.split(f'class="sessions {table_class}"')[1].split("</tbody>")[0]
    rows = re.findall(r"<tr>(.*?)</tr>", body.split("<tbody>")[1], re.S)
    return [[visible_text(cell)
             for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)] for row in rows]


def seed_network(app) -> None:
    def rate(code: str, amount: str, kind: str = "negotiated") -> RateRow:
        return RateRow(code, "CPT", NPI, "123456789", "Harbor Counseling", Decimal(amount),
                       kind, "professional", "11,02,10", "", "9999-12-31")

    load_network(app.extensions["navigator.engine"],
                 LoadTarget(name="Example PPO", source_kind="tic", source="r.json",
                            as_of="2026-11-01"),
                 [rate("90837", "142.50"), rate("90834", "80", "percentage"),
                  rate("90839", "200.00"), rate("90840", "90.00")])


# --- The upload page and the template ------------------------------------------------------

@pytest.mark.parametrize("lang", ["en", "es"])
def test_upload_page(client, lang):
    response = client.get(f"/front-desk/batch?lang={lang}")
    assert response.status_code == 200
    page = check_page(response.text)
    assert page.html_lang == lang
    html = response.text
    assert 'action="/front-desk/batch" method="post" enctype="multipart/form-data"' in html
    assert 'type="file"' in html and "multiple" in html
    assert 'name="output" value="csv"' in html
    assert all(f"<code>{name}</code>" in html for name in COLUMNS)  # every column documented
    assert 'href="/front-desk/batch/template.csv"' in html


def test_the_upload_page_is_reachable_by_its_endpoint(app):
    from flask import url_for

    with app.test_request_context():
        assert url_for("front_desk_batch.upload") == "/front-desk/batch"


def test_template_csv_documents_every_way_in(client, app):
    response = client.get("/front-desk/batch/template.csv")
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert list(rows[0]) == list(COLUMNS)
    assert [r["patient"] for r in rows] == ["AB-1042", "CD-2210", "EF-3301", "GH-4410"]
    # The template itself runs: by code, by minutes, by NPI (once the network is loaded);
    # the last row waits for its 271 file.
    seed_network(app)
    html = post(client, response.data).text
    assert [r[5] for r in table_rows(html, "collect")] == [
        "$180.00", "$30.00", "$14.25"]  # 142.50 rate, deductible met, 10%
    assert table_rows(html, "problems") == [[
        "5", "GH-4410", "file_271",
        "No 271 file named gh-4410.271 was uploaded. Add it with the 271 files, or fix the "
        "name."]]


# --- Good and bad rows ---------------------------------------------------------------------

def test_good_rows_are_worked_out_and_bad_rows_listed_by_row_and_column(client):
    response = post(client, csv_bytes(*MIXED), (CARVE_OUT, "carve_out.x12"))
    assert response.status_code == 200
    html = response.text
    assert [(r[0], r[1], r[3], r[4], r[5]) for r in table_rows(html, "collect")] == [
        ("2", "AB", "90837", "$180.00", "$116.00"),
        ("3", "CD", "90834", "$120.00", "$30.00"),
        ("6", "IJ", "90834", "$100.00", "$100.00"),
        ("7", "KL", "90837", "$200.00", "$40.00")]
    assert table_rows(html, "problems") == [
        ["4", "EF", "deductible", "Enter an amount in dollars, like 150 or $1,500.00."],
        ["5", "GH", "code", "45 minutes of individual therapy is billed as 90834, not 90837. "
                            "Fix the code or the minutes."]]
    assert "$286.00" in html  # 116 + 30 + 100 + 40 to collect in all
    assert "2 rows need fixing" in html and 'href="#problems-heading"' in html
    why = table_rows(html, "collect")[0][6]
    assert why == ("You had $100.00 left on your deductible, so $100.00 of the $180.00 price "
                   "goes toward it. You pay 20% of the $80.00 left of the price: $16.00.")
    assert "Only $40.00 was left before your out-of-pocket limit" in html
    assert response.headers["Cache-Control"] == "no-store"


def test_the_result_page_in_spanish(client):
    html = post(client, csv_bytes(*MIXED), (CARVE_OUT, "carve_out.x12"), lang="es").text
    page = check_page(html)
    assert page.html_lang == "es"
    assert [r[5] for r in table_rows(html, "collect")] == [
        "116,00 US$", "30,00 US$", "100,00 US$", "40,00 US$"]
    assert "Su deducible ya se cumplió." in html  # the estimator's own Spanish steps


def test_csv_download_in_the_same_post(client):
    response = post(client, csv_bytes(*MIXED), (CARVE_OUT, "carve_out.x12"), output="csv")
    assert response.mimetype == "text/csv"
    assert re.match(r'attachment; filename="collect-today-\d{4}-\d\d-\d\d\.csv"',
                    response.headers["Content-Disposition"])
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["row"], r["patient"], r["codes"], r["allowed_amount"], r["collect_today"],
             r["plan_pays"]) for r in rows] == [
        ("2", "AB", "90837", "180.00", "116.00", "64.00"),
        ("3", "CD", "90834", "120.00", "30.00", "90.00"),
        ("4", "EF", "", "", "", ""),
        ("5", "GH", "", "", "", ""),
        ("6", "IJ", "90834", "100.00", "100.00", "0.00"),
        ("7", "KL", "90837", "200.00", "40.00", "160.00")]
    assert rows[1]["why"] == ("Your deductible is already met. You pay your $30.00 copay on "
                              "the $120.00 left of the price.")
    assert rows[2]["problems"] == "deductible: Enter an amount in dollars, like 150 or $1,500.00."
    assert rows[0]["problems"] == "" and rows[0]["date"] == "2026-11-02"


def test_the_page_can_hand_back_the_same_csv(client):
    page = post(client, csv_bytes(*MIXED), (CARVE_OUT, "carve_out.x12")).text
    held = re.search(r'<input id="results" name="results" type="hidden" value="([^"]*)">',
                     page, re.S).group(1)
    import html as html_lib

    direct = post(client, csv_bytes(*MIXED), (CARVE_OUT, "carve_out.x12"), output="csv").text
    response = client.post("/front-desk/batch/results.csv",
                           data={"results": html_lib.unescape(held)})
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.text == direct


@pytest.mark.parametrize("results", ["", "a,b\n1,2\n", "not,our,columns"])
def test_the_csv_hand_back_takes_only_our_own_columns(client, results):
    assert client.post("/front-desk/batch/results.csv",
                       data={"results": results}).status_code == 400


def test_a_label_that_looks_like_a_formula_is_defused(client):
    data = csv_bytes(appt(patient="=HYPERLINK(\"http://x\")"), appt(patient="@SUM", code="1"))
    rows = list(csv.DictReader(io.StringIO(post(client, data, output="csv").text)))
    assert [r["patient"] for r in rows] == ["'=HYPERLINK(\"http://x\")", "'@SUM"]
    handed = client.post("/front-desk/batch/results.csv", data={
        "results": "row,patient,date,codes,allowed_amount,collect_today,plan_pays,why,"
                   "problems\r\n2,=1+1,,,,,,,\r\n"})
    assert '"2","\'=1+1"' in handed.text  # every cell is quoted (navigator.core.spreadsheet)


# --- 271 files ----------------------------------------------------------------------------

def test_a_271_named_in_a_row_gives_its_plan_numbers(client):
    data = csv_bytes(appt(patient="IJ", code="90791", allowed_amount="600", deductible="",
                          deductible_met="", coinsurance="", oop_max="", oop_met="",
                          file_271="CARVE_OUT.X12"))
    html = post(client, data, (CARVE_OUT, "carve_out.x12")).text
    # 500 left on the deductible goes first, then the 30 copay: 530
    assert [r[5] for r in table_rows(html, "collect")] == ["$530.00"]


def test_a_junk_271_is_named_in_the_rows_that_use_it(client):
    data = csv_bytes(appt(file_271="scan.271", deductible="", coinsurance=""))
    response = post(client, data, (b"\x89PNG\r\n\x1a\n\x00\x00binary", "scan.271"))
    assert response.status_code == 200
    [[row, _, column, message]] = table_rows(response.text, "problems")
    assert (row, column) == ("2", "file_271")
    assert message.startswith("The 271 file scan.271 could not be read: It does not start "
                              "with an ISA segment")


# --- Whole files that cannot be read --------------------------------------------------------

@pytest.mark.parametrize(("data", "name", "message"), [
    (b"", "day.csv", "The file is empty."),
    (b"PK\x03\x04\x14\x00\x06\x00workbook", "day.xlsx", "This is a spreadsheet workbook"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "photo.png", "This file is not a CSV"),
    (b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", "day.pdf", "The header has no patient column"),
    (b"patient,code,allowed_amount,deductible,copay\n", "day.csv", "no appointments"),
    (b'patient,code,allowed_amount,deductible,copay\nAB,"90837,180\n', "day.csv",
     "could not be read as CSV at line 2"),
])
def test_files_that_cannot_be_read_are_explained_on_the_form(client, data, name, message):
    response = post(client, data, name=name)
    assert response.status_code == 422
    summary = response.text.split('class="error-summary"')[1].split("</div>")[0]
    assert message in summary and 'href="#appointments"' in summary


def test_no_file_chosen(client):
    response = client.post("/front-desk/batch", data={"output": "page"},
                           content_type="multipart/form-data")
    assert response.status_code == 422
    assert "Choose the CSV file with the day&#39;s appointments." in response.text


def test_too_large_an_upload_is_refused_politely(make_app):
    client = make_app(MAX_CONTENT_LENGTH=2048).test_client()
    response = post(client, csv_bytes(*[appt()] * 50))
    assert response.status_code == 413
    assert "What you sent is too large" in response.text


def test_the_post_needs_its_csrf_token(make_app):
    client = make_app(WTF_CSRF_ENABLED=True).test_client()
    assert post(client, csv_bytes(appt())).status_code == 400
    assert client.post("/front-desk/batch/results.csv", data={"results": "x"}).status_code == 400


# --- Prices from the network tables ---------------------------------------------------------

def test_rows_priced_by_npi_and_network(client, app):
    seed_network(app)
    common = {"allowed_amount": "", "npi": NPI, "network_name": "Example PPO",
              "deductible": "0", "deductible_met": "", "oop_met": ""}
    data = csv_bytes(
        appt(patient="A", coinsurance="10", **common),  # 10% of 142.50 = 14.25
        appt(patient="B", code="", minutes="100", kind="crisis", coinsurance="",
             copay="25", **common),  # 200 + 90 = 290; copay 25
        appt(patient="C", code="90834", billed_amount="150", **common),  # 80% of 150 = 120
        appt(patient="D", code="90834", **common),  # a percentage rate needs the billed amount
        appt(patient="E", code="90832", **common),  # no rate for this code
        appt(patient="F", **{**common, "network_name": "Other PPO"}),  # not loaded
    )
    html = post(client, data).text
    assert [(r[1], r[3], r[4], r[5]) for r in table_rows(html, "collect")] == [
        ("A", "90837", "$142.50 rate in Example PPO", "$14.25"),
        ("B", "90839 + 90840", "$290.00 rate in Example PPO", "$25.00"),
        ("C", "90834", "$120.00 rate in Example PPO", "$24.00")]
    problems = [(r[0], r[2]) for r in table_rows(html, "problems")]
    assert problems == [("5", "billed_amount"), ("6", "npi"), ("7", "npi")]
    assert "We have no negotiated rate for this therapist and code 90832." in html


def test_a_crisis_with_a_percentage_rate_asks_for_the_allowed_amount(client, app):
    seed_network(app)
    load_network(app.extensions["navigator.engine"],
                 LoadTarget(name="Percent Plan", source_kind="tic", source="p.json",
                            as_of="2026-11-01"),
                 [RateRow(code, "CPT", NPI, "1", "H", Decimal("80"), "percentage",
                          "professional", "11", "", "9999-12-31") for code in ("90839", "90840")])
    data = csv_bytes(appt(code="", minutes="100", kind="crisis", allowed_amount="", npi=NPI,
                          network_name="Percent Plan", billed_amount="400"))
    [[_, _, column, message]] = table_rows(post(client, data).text, "problems")
    assert column == "npi" and "enter the allowed_amount instead" in message


# --- A day's batch, fast --------------------------------------------------------------------

def test_a_500_row_batch_completes_quickly(client, app):
    seed_network(app)
    rows = []
    for n in range(500):
        cells = appt(patient=f"P{n:03}")
        if n % 10 == 3:
            cells = appt(patient=f"P{n:03}", deductible="lots")  # a bad row
        elif n % 10 == 5:
            cells = appt(patient=f"P{n:03}", allowed_amount="", npi=NPI,
                         network_name="Example PPO")
        elif n % 10 == 7:
            cells = appt(patient=f"P{n:03}", code="", minutes=str(16 + n % 60),
                         kind="individual")
        rows.append(cells)
    start = time.perf_counter()
    response = post(client, csv_bytes(*rows), output="csv")
    seconds = time.perf_counter() - start
    answers = list(csv.DictReader(io.StringIO(response.text)))
    assert len(answers) == 500
    assert sum(1 for a in answers if a["problems"]) == 50
    assert {a["collect_today"] for a in answers if a["row"] == "2"} == {"116.00"}
    # NPI rows: 100 of the 142.50 to the deductible, then 20% of 42.50 = 8.50
    assert {a["collect_today"] for a in answers if a["patient"].endswith("5")} == {"108.50"}
    assert seconds < 15, seconds  # about 1 s here; the bench (bench/batch.py) measures it


# --- The issue's done-when: a day of 40 appointments ----------------------------------------

# Ten kinds of appointment, each worked by hand; every tenth row is a bad one.
DAY = (
    (appt(), "90837", "116.00"),  # 100 to the deductible, then 20% of 80
    (appt(code="", minutes="25", kind="individual", allowed_amount="75", deductible="500",
          deductible_met="500", coinsurance="10"), "90832", "7.50"),  # 10% of 75
    (appt(code="", minutes="100", kind="crisis", allowed_amount="320", deductible_met="1500"),
     "90839 + 90840", "64.00"),  # 75-104 minutes: one 90840; 20% of 320
    (appt(allowed_amount="", npi=NPI, network_name="Example PPO"), "90837", "108.50"),
    (appt(code="90839", minutes="80", allowed_amount="", npi=NPI, network_name="Example PPO",
          deductible="0", deductible_met="", coinsurance="", copay="40"),
     "90839 + 90840", "40.00"),  # rate 200 + 90; the copay
    (appt(code="90834", network="out", allowed_amount="110", billed_amount="200",
          deductible_met="1500", coinsurance="40"), "90834", "134.00"),  # 44 + 90 balance
    (appt(code="90791", allowed_amount="200", deductible="2000", deductible_met="1950",
          oop_met="1950"), "90791", "80.00"),  # 50, then 20% of 150
    (appt(deductible_met="0", coinsurance="", copay="25", deductible_applies="no"), "90837",
     "25.00"),
    (appt(code="90847", minutes="50", kind="family_with_patient", allowed_amount="150",
          deductible="0", deductible_met="", coinsurance="", copay="20"), "90847", "20.00"),
)
BAD_DAY = (appt(minutes="45"), appt(code="90840"), appt(allowed_amount="lots"),
           appt(code="", minutes="10", kind="individual"))


def test_a_day_of_40_appointments(client, app):
    seed_network(app)
    rows, expected = [], {}
    for n in range(40):
        if n % 10 == 9:
            cells = BAD_DAY[n // 10]
        else:
            cells, codes, pays = DAY[n % 10]
            expected[str(n + 2)] = (codes, pays)
        rows.append({**cells, "patient": f"P-{n + 1:02}"})
    start = time.perf_counter()
    response = post(client, csv_bytes(*rows), output="csv")
    seconds = time.perf_counter() - start
    answers = {a["row"]: a for a in csv.DictReader(io.StringIO(response.text))}
    assert len(answers) == 40
    assert {row: (answers[row]["codes"], answers[row]["collect_today"])
            for row in expected} == expected
    assert [answers[row]["problems"] for row in ("11", "21", "31", "41")] == [
        "code: 45 minutes of individual therapy is billed as 90834, not 90837. Fix the code or "
        "the minutes.",
        "code: 90840 is an add-on code. Enter the main session code here.",
        "allowed_amount: Enter an amount in dollars, like 150 or $1,500.00.",
        "minutes: 10 minutes is too short: this kind of session needs at least 16 minutes "
        "before any code can be billed, so there is nothing to collect for it."]
    assert seconds < 5, seconds  # about 0.01 s here

    page = post(client, csv_bytes(*rows)).text
    assert "The file has 40 appointments." in page
    total = sum(Decimal(pays) for _, pays in expected.values())
    assert f"${total:,}" in page  # the "to collect in all" line


def test_one_appointment_is_one_not_one_appointments(client):
    page = post(client, csv_bytes(appt())).text
    assert "The file has 1 appointment." in page


def test_the_kind_in_a_mismatch_is_in_words(client):
    data = csv_bytes(appt(code="90837", minutes="55", kind="with_em"))
    [[_, _, column, message]] = table_rows(post(client, data).text, "problems")
    assert (column, message) == ("code", "55 minutes of medication-visit therapy is billed as "
                                         "90838, not 90837. Fix the code or the minutes.")


@pytest.mark.parametrize(("cells", "column"), [
    ({"code": "", "minutes": "²", "kind": "individual"}, "minutes"),
    ({"visit_limit": "1" * 5000}, "visit_limit"),
    ({"allowed_amount": "", "npi": "123456789²", "network_name": "Example PPO"}, "npi"),
])
def test_odd_digits_are_row_problems_not_500(client, cells, column):
    response = post(client, csv_bytes(appt(**cells)))
    assert response.status_code == 200
    [[row, _, found, _]] = table_rows(response.text, "problems")
    assert (row, found) == ("2", column)
