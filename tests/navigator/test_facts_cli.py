"""`flask facts --expiring DAYS` and `flask fees load PATH --year YYYY`, through Flask's runner."""

from __future__ import annotations

import json
from pathlib import Path

from benefits.estimate import fees
from tests.benefits.test_rvu_file import HEADER, row

TITLE = ",,2026 National Physician Fee Schedule Relative Value File January Release,,\n"


def test_facts_lists_what_expires_with_value_end_and_source(runner):
    result = runner.invoke(args=["facts", "--expiring", "30", "--on", "2026-12-15"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    deductible = next(line for line in lines if line.startswith("medicare_part_b_deductible"))
    assert "283.00" in deductible and "ends 2026-12-31 (in 16 days)" in deductible
    assert "govinfo.gov" in deductible and "90 FR 52063" in deductible
    # The packaged Medicare prices are CY2025: already past their year.
    schedule = next(line for line in lines if line.startswith("medicare_fee_schedule"))
    assert "2025" in schedule and "EXPIRED 2025-12-31 (349 days ago)" in schedule
    # The ACA limit has its 2027 value already, and rules with no end never expire.
    assert not any(line.startswith(("aca_max_oop", "ma_reconsideration")) for line in lines)


def test_facts_without_expiring_lists_every_figure_once(runner):
    result = runner.invoke(args=["facts", "--on", "2027-01-01"])
    assert result.exit_code == 0, result.output
    ids = [line.split(":")[0] for line in result.output.splitlines()]
    assert len(ids) == len(set(ids))
    assert {"ma_reconsideration_days", "aca_max_oop_self", "medicare_fee_schedule"} <= set(ids)
    assert "aca_max_oop_self: 12000.00" in result.output


def test_facts_says_when_nothing_is_due(runner):
    result = runner.invoke(args=["facts", "--expiring", "0", "--on", "2025-06-01"])
    assert result.exit_code == 0
    # In mid-2025 the packaged 2025 prices are current; the 2026 figures end later.
    assert "medicare_fee_schedule" not in result.output


def _csv(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "PPRRVU2026_Jan_nonQPP.csv"
    path.write_text(TITLE + HEADER + "".join(rows), encoding="utf-8")
    return path


def test_fees_load_writes_the_operator_file_and_the_site_uses_it(make_app, tmp_path):
    app = make_app()
    source = _csv(tmp_path, row("90837", totals=("5.00", "4.00"), factor="33.4009"),
                  row("90834", totals=("3.00", "2.50"), factor="33.4009"))
    result = app.test_cli_runner().invoke(args=["fees", "load", str(source), "--year", "2026"])
    assert result.exit_code == 0, result.output
    written = Path(app.instance_path) / "medicare_fees.json"
    data = json.loads(written.read_text(encoding="utf-8"))
    # 5.00 x 33.4009 = 167.0045 -> 167.00; 4.00 x 33.4009 = 133.6036 -> 133.60.
    assert data["year"] == 2026
    assert data["fees"]["90837"] == {
        "status": "A", "work_rvu": "3.00", "non_facility_pe_rvu": "0.90",
        "facility_pe_rvu": "0.40", "malpractice_rvu": "0.10", "non_facility": "167.00",
        "facility": "133.60"}
    assert "Wrote 2 codes for 2026" in result.output
    assert "90791: not in the file; left out" in result.output
    # Nothing went into the package.
    assert fees.packaged_fee_schedule().year == 2025
    # A page priced with Medicare's amounts now uses the loaded year.
    html = app.test_client().get("/benefits/sample/original-medicare").get_data(as_text=True)
    assert "Medicare&#39;s 2026 national price" in html or "Medicare's 2026 national" in html
    assert "$167.00" in html
    # And the facts list names the operator's year.
    listed = app.test_cli_runner().invoke(args=["facts", "--on", "2026-06-01"]).output
    assert "medicare_fee_schedule: 2026 (from 2026-01-01; ends 2026-12-31" in listed
    # Outside the request, the packaged schedule is back.
    assert fees.medicare_fee_schedule().year == 2025


def test_fees_load_reports_bad_rows_by_line_and_writes_nothing(make_app, tmp_path):
    app = make_app()
    source = _csv(tmp_path, row("90837"), row("90834", totals=("3.00", "two")))
    result = app.test_cli_runner().invoke(args=["fees", "load", str(source), "--year", "2026"])
    assert result.exit_code != 0
    assert "line 8: 90834: the facility total is 'two', not a number" in result.output
    assert "Nothing written" in result.output
    assert not (Path(app.instance_path) / "medicare_fees.json").exists()


def test_fees_load_refuses_last_years_file(make_app, tmp_path):
    app = make_app()
    source = _csv(tmp_path, row("90837"))
    result = app.test_cli_runner().invoke(args=["fees", "load", str(source), "--year", "2027"])
    assert result.exit_code != 0
    assert "line 1: the file is for 2026, not 2027" in result.output
