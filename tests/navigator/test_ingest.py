"""flask ingest-tic: files, gzip, URLs, bad files, reloads, and the public CMS examples."""

from __future__ import annotations

import functools
import gzip
import http.server
import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from navigator.core.models import NegotiatedRate, ProviderGroup, ProviderGroupNpi
from navigator.core.rates.lookup import lookup_provider, search_providers
from tests.conftest import SHARED

FIXTURE = Path(__file__).parent / "fixtures" / "rates_v2.json"
NPI = "1234567893"


def rates_for(app, npi: str = NPI):
    with Session(app.extensions["navigator.engine"]) as session:
        return lookup_provider(session, npi)


def rate_rows(app) -> int:
    """Priced (rate, clinician) pairs: per-NPI rows plus each group rate times its NPIs,
    plus the rates of TIN-only groups (they price whoever bills under the TIN)."""
    with Session(app.extensions["navigator.engine"]) as session:
        direct = session.scalar(select(func.count(NegotiatedRate.id))
                                .where(NegotiatedRate.group_id.is_(None)))
        grouped = session.scalar(select(func.count()).select_from(NegotiatedRate).join(
            ProviderGroupNpi, ProviderGroupNpi.group_id == NegotiatedRate.group_id))
        by_tin = session.scalar(select(func.count()).select_from(NegotiatedRate).join(
            ProviderGroup, ProviderGroup.id == NegotiatedRate.group_id)
            .where(ProviderGroup.tin_only.is_(True)))
        return direct + grouped + by_tin


def test_ingest_a_file_keeps_only_behavioral_health_codes(app, runner):
    result = runner.invoke(args=["ingest-tic", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    assert "into 'Example PPO'" in result.output and "1 of 2 items kept" in result.output
    answer = rates_for(app)
    assert answer.networks == ["Example PPO"]
    assert [(r["billing_code"], r["negotiated_rate"]) for r in answer.rates] == [
        ("90837", "142.50")]
    assert answer.sources[0]["as_of"] == "2026-11-01"


def test_price_file_clinicians_are_found_by_practice_name(app, runner):
    runner.invoke(args=["ingest-tic", str(FIXTURE)])
    with Session(app.extensions["navigator.engine"]) as session:
        assert NPI in search_providers(session, "harbor couns")
        assert search_providers(session, "no such practice") == []
    assert rates_for(app).name == "Harbor Counseling"


def test_codes_all_keeps_everything_and_reloading_replaces(app, runner):
    runner.invoke(args=["ingest-tic", str(FIXTURE), "--codes", "all"])
    assert rate_rows(app) == 4  # two codes x two NPIs
    runner.invoke(args=["ingest-tic", str(FIXTURE), "--codes", "all"])
    assert rate_rows(app) == 4


def test_gzip_and_network_option(app, runner, tmp_path):
    packed = tmp_path / "rates.json.gz"
    packed.write_bytes(gzip.compress(FIXTURE.read_bytes()))
    result = runner.invoke(args=["ingest-tic", str(packed), "--network", "Clinic Choice"])
    assert result.exit_code == 0, result.output
    assert rates_for(app).networks == ["Clinic Choice"]


def test_a_broken_file_changes_nothing_and_says_where(app, runner, tmp_path):
    runner.invoke(args=["ingest-tic", str(FIXTURE)])
    broken = tmp_path / "broken.json"
    text = FIXTURE.read_text()
    broken.write_text(text[: text.index("27447")])  # cut off inside the second item
    result = runner.invoke(args=["ingest-tic", str(broken), "--network", "Example PPO"])
    assert result.exit_code != 0
    assert "Nothing changed" in result.output and "byte" in result.output
    assert [r["negotiated_rate"] for r in rates_for(app).rates] == ["142.50"]
    runner.invoke(args=["ingest-tic", str(FIXTURE)])  # the next load sweeps the half-load away
    assert table_rows(app) == {"network": 1, "provider_group": 1, "provider_group_npi": 2,
                               "negotiated_rate": 1}


def table_rows(app) -> dict[str, int]:
    engine = app.extensions["navigator.engine"]
    with engine.connect() as connection:
        return {table: connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
                for table in ("network", "provider_group", "provider_group_npi",
                              "negotiated_rate")}


@pytest.fixture
def file_server(tmp_path):
    shutil.copy(FIXTURE, tmp_path / "rates.json")
    (tmp_path / "rates.json.gz").write_bytes(gzip.compress(FIXTURE.read_bytes()))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("name", ["rates.json", "rates.json.gz"])
def test_a_url_is_streamed(app, runner, file_server, name):
    result = runner.invoke(args=["ingest-tic", f"{file_server}/{name}"])
    assert result.exit_code == 0, result.output
    assert rates_for(app).rates[0]["negotiated_rate"] == "142.50"


def test_a_missing_url_is_a_clear_error(runner, file_server):
    result = runner.invoke(args=["ingest-tic", f"{file_server}/nope.json"])
    assert result.exit_code != 0 and "404" in result.output


SAMPLES = sorted((SHARED / "samples" / "tic").glob("**/in-network-rates-*.json"))


@pytest.mark.skipif(not SAMPLES, reason="../shared/samples/tic is not here")
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: str(p.relative_to(SHARED)))
def test_public_cms_examples_load(app, runner, sample):
    result = runner.invoke(args=["ingest-tic", str(sample), "--codes", "all",
                                 "--network", "Sample"])
    assert result.exit_code == 0, result.output
    assert rate_rows(app) > 0


def test_tic_index_lists_plans_and_files(runner):
    toc = Path(__file__).parents[1] / "benefits" / "tic" / "fixtures" / "toc.json"
    result = runner.invoke(args=["tic-index", str(toc)])
    assert result.exit_code == 0, result.output
    assert "plans. Load a file with" in result.output and "https://" in result.output


@pytest.mark.postgres
def test_ingest_replace_and_failure_on_postgresql(make_app, pg_schema_url, tmp_path):
    app = make_app(DATABASE_URL=pg_schema_url)
    runner = app.test_cli_runner()
    for _ in range(2):  # loading twice replaces
        result = runner.invoke(args=["ingest-tic", str(FIXTURE), "--codes", "all"])
        assert result.exit_code == 0, result.output
    assert rate_rows(app) == 4
    broken = tmp_path / "broken.json"
    broken.write_text(FIXTURE.read_text()[:900])
    assert runner.invoke(args=["ingest-tic", str(broken), "--network", "Example PPO"]
                         ).exit_code != 0
    assert rate_rows(app) == 4
    assert "142.50" in [r["negotiated_rate"] for r in rates_for(app).rates]
    app.extensions["navigator.engine"].dispose()
