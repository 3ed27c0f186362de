from __future__ import annotations

from sqlalchemy import create_engine, inspect


def test_db_upgrade_creates_tables_in_a_file_database(make_app, tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    app = make_app(DATABASE_URL=url)
    result = app.test_cli_runner().invoke(args=["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert "page_feedback" in inspect(create_engine(url)).get_table_names()


def test_db_downgrade_to_base_removes_tables(make_app, tmp_path):
    url = f"sqlite:///{tmp_path / 'down.db'}"
    runner = make_app(DATABASE_URL=url).test_cli_runner()
    assert runner.invoke(args=["db", "downgrade", "base"]).exit_code == 0
    assert "page_feedback" not in inspect(create_engine(url)).get_table_names()
    assert runner.invoke(args=["db", "upgrade"]).exit_code == 0


def test_each_feature_brings_its_commands_to_the_top_level(runner):
    listed = runner.invoke(args=["--help"]).output
    for command in ("db", "explain-271", "import-roster", "sync-plannet", "ingest-tic",
                    "tic-index"):
        assert f"  {command} " in listed, listed
    assert "  seed " not in listed
