"""Clinic rosters: every problem named by row and column, and nothing half loaded."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from navigator.core.rates.lookup import lookup_provider
from navigator.features.network.store import LoadTarget, RateRow, load_network

GOOD = "npi,name,networks,90837\n1234567893,Dana Lee LCSW,Example PPO,140.00\n"


def seed(app) -> None:
    load_network(app.extensions["navigator.engine"],
                 LoadTarget(name="Example PPO", source_kind="tic", source="x.json"),
                 [RateRow("90834", "CPT", "1679576722", None, None, Decimal("100"),
                          "negotiated")])


def test_import_roster_command(app, runner, tmp_path):
    seed(app)
    roster = tmp_path / "roster.csv"
    roster.write_text(GOOD)
    result = runner.invoke(args=["import-roster", str(roster)])
    assert result.exit_code == 0, result.output
    with Session(app.extensions["navigator.engine"]) as session:
        answer = lookup_provider(session, "1234567893", "Example PPO", "90837")
    assert answer.in_network is True and answer.name == "Dana Lee LCSW"
    assert answer.rates[0]["negotiated_rate"] == "140.00"
    assert runner.invoke(args=["import-roster", str(roster)]).exit_code == 0  # no duplicates
    with Session(app.extensions["navigator.engine"]) as session:
        assert len(lookup_provider(session, "1234567893").rates) == 1


def test_bad_rows_are_listed_and_nothing_loads(app, runner, tmp_path):
    seed(app)
    roster = tmp_path / "bad.csv"
    roster.write_text(GOOD + "1234567890,,Nowhere Plan,lots\n")
    result = runner.invoke(args=["import-roster", str(roster)])
    assert result.exit_code == 1
    assert "Row 3, column npi" in result.output
    assert "Row 3, column name" in result.output
    assert "Row 3, column networks: No network named Nowhere Plan" in result.output
    assert "Row 3, column 90837" in result.output
    with Session(app.extensions["navigator.engine"]) as session:
        assert lookup_provider(session, "1234567893") is None


def test_missing_columns_and_unknown_codes(runner, tmp_path):
    roster = tmp_path / "cols.csv"
    roster.write_text("npi,99999\n1234567893,5\n")
    output = runner.invoke(args=["import-roster", str(roster)]).output
    assert "column name" in output and "column networks" in output and "99999" in output
