"""Price data as it is: expired rates, amounts that are no price, files split over a
network, loads that keep nothing, and what /network and the API say about them."""

from __future__ import annotations

import functools
import http.server
import json
import threading

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from benefits.coding.sessions import PSYCHOTHERAPY_CODES
from benefits.estimate.fees import medicare_fee
from navigator.core.cli import upgrade_database
from navigator.core.db import make_engine
from navigator.core.models import NegotiatedRate, Network
from navigator.features.estimate.forms import SESSION_CODES
from navigator.features.network.views import can_estimate
from tests.benefits.test_estimate_input import GOOD
from tests.conftest import SHARED
from tests.navigator.price_files import (
    NPI_A,
    NPI_C,
    item,
    no_therapy,
    part_one,
    part_two,
    price,
    price_file,
)

CMS_SAMPLE = SHARED / "samples" / "tic" / "in-network-rates-multiple-plans-sample.json"
PART_ONE = "example_in-network-rates_1_of_2.json"
PART_TWO = "example_in-network-rates_2_of_2.json"


def ingest(runner, *args: str):
    return runner.invoke(args=["ingest-tic", *map(str, args)])


def api(client, npi: str = NPI_A, **query: str) -> dict:
    response = client.get(f"/api/v1/network/providers/{npi}", query_string=query)
    assert response.status_code == 200, response.text
    return response.json


def amounts(answer: dict, code: str) -> list[str]:
    return [r["negotiated_rate"] for r in answer["rates"] if r["billing_code"] == code]


@pytest.fixture
def split_network(runner, tmp_path):
    """Example PPO loaded from both of its files."""
    for path in (part_one(tmp_path), part_two(tmp_path)):
        result = ingest(runner, path)
        assert result.exit_code == 0, result.output
    return tmp_path


def test_amounts_that_are_no_price_are_skipped_and_named_by_path(client, runner, tmp_path):
    result = ingest(runner, part_one(tmp_path))
    assert result.exit_code == 0, result.output
    where = "in_network[0].negotiated_rates[0].negotiated_prices"
    assert "3 amounts are not a price and were skipped:" in result.output
    assert f"{where}[2].negotiated_rate: 0 (zero)" in result.output
    assert f"{where}[3].negotiated_rate: 999999999 (a placeholder made of nines)" \
        in result.output
    assert f"{where}[4].negotiated_rate: NaN (not a number)" in result.output
    assert sorted(amounts(api(client), "90837")) == ["120.00", "150.00"]


def test_only_the_first_skipped_amounts_are_listed_the_rest_counted(runner, tmp_path):
    path = price_file(tmp_path / "zeros.json", [
        item("90837", [1], [price(0)] * 24 + [price(-5), price(140.0)])], [
        {"provider_group_id": 1, "network_name": ["Example PPO"], "provider_groups": [
            {"npi": [int(NPI_A)], "tin": {"type": "ein", "value": "12-3456789"}}]}])
    output = ingest(runner, path).output
    assert "25 amounts are not a price" in output and "... and 5 more." in output
    assert output.count("(zero)") == 20 and "(below zero)" not in output


def test_a_network_keeps_every_file_loaded_into_it(client, split_network):
    answer = api(client, network="Example PPO")
    assert amounts(answer, "90837") == ["120.00", "150.00"]  # from part 1
    assert amounts(answer, "90791") == ["180.00"]  # from part 2
    assert sorted(s["source"] for s in answer["sources"]) == [PART_ONE, PART_TWO]
    assert {s["as_of"] for s in answer["sources"]} == {"2026-11-01"}
    html = client.get(f"/network?q={NPI_A}").text
    assert f"Source: the price file {PART_ONE} of Example PPO, dated 2026-11-01." in html
    assert f"Source: the price file {PART_TWO} of Example PPO, dated 2026-11-01." in html


def test_reloading_one_file_replaces_only_that_file(client, runner, split_network):
    result = ingest(runner, part_one(split_network / "again", current="155.00",
                                     updated="2026-12-01"))
    assert result.exit_code == 0, result.output
    assert f"'Example PPO' now holds 2 sources: {PART_TWO} (dated 2026-11-01, 2 rows), " \
        f"{PART_ONE} (dated 2026-12-01," in result.output
    answer = api(client)
    assert amounts(answer, "90837") == ["120.00", "155.00"]
    assert amounts(answer, "90791") == ["180.00"]
    assert {s["source"]: s["as_of"] for s in answer["sources"]} == {
        PART_ONE: "2026-12-01", PART_TWO: "2026-11-01"}


def test_a_file_that_keeps_nothing_changes_nothing_unless_allowed(app, runner, tmp_path):
    empty = no_therapy(tmp_path / "knees.json")
    result = ingest(runner, empty)
    assert result.exit_code != 0
    assert "Nothing changed: knees.json has no rates to keep (0 of 1 items have the codes " \
        "we keep)." in result.output
    assert "--codes all" in result.output and "--allow-empty" in result.output
    with Session(app.extensions["navigator.engine"]) as session:
        assert session.scalars(select(Network)).all() == []
    result = ingest(runner, empty, "--allow-empty")
    assert result.exit_code == 0, result.output
    assert "It kept nothing: knees.json is recorded with no rates." in result.output


def test_a_load_that_would_empty_a_network_refuses(client, runner, tmp_path):
    assert ingest(runner, part_one(tmp_path)).exit_code == 0
    emptied = no_therapy(tmp_path / "new" / PART_ONE)  # the next month's copy, gone empty
    result = ingest(runner, emptied)
    assert result.exit_code != 0
    assert f"Loading it would empty 'Example PPO': its earlier copy {PART_ONE} " \
        "(dated 2026-11-01, 7 rows) is all the network holds." in result.output
    assert amounts(api(client), "90837") == ["120.00", "150.00"]
    assert ingest(runner, emptied, "--allow-empty").exit_code == 0
    assert client.get(f"/api/v1/network/providers/{NPI_A}").status_code == 404  # told to


def test_refusing_an_emptied_copy_names_what_the_network_would_lose(runner, split_network):
    result = ingest(runner, no_therapy(split_network / "new" / PART_TWO))
    assert result.exit_code != 0
    assert f"Loading it would remove its earlier copy {PART_TWO} (dated 2026-11-01, 2 rows) " \
        "from 'Example PPO'." in result.output


@pytest.mark.skipif(not CMS_SAMPLE.exists(), reason="../shared/samples/tic is not here")
def test_the_public_cms_examples_hold_no_therapy_codes_and_say_so(runner):
    result = ingest(runner, CMS_SAMPLE)
    assert result.exit_code != 0 and "has no rates to keep" in result.output


def test_expired_rates_are_marked_and_never_offered_for_an_estimate(client, split_network):
    html = client.get(f"/network?q={NPI_A}&network=Example+PPO").text
    assert "expired on 2025-12-31" in html and "expired on 2026-01-31" in html
    assert "allowed_amount=150.00" in html
    assert "allowed_amount=120.00" not in html and "allowed_amount=70.00" not in html
    rates = {r["negotiated_rate"]: r["expired"] for r in api(client)["rates"]}
    assert rates["120.00"] is True and rates["150.00"] is False


def estimate(client, code: str, first_date: str):
    body = json.loads(json.dumps(GOOD))
    body["service"] = {"npi": NPI_A, "network": "Example PPO", "code": code}
    body["sessions"] = {**body.get("sessions", {}), "first_date": first_date}
    return client.post("/api/v1/estimate", data=json.dumps(body),
                       content_type="application/json")


def test_pricing_never_picks_an_expired_rate_beside_a_current_one(client, split_network):
    answer = estimate(client, "90837", "2026-12-07").json
    assert answer["sessions"][0]["allowed_amount"] == "150.00"  # not the cheaper, expired 120


def test_expired_is_judged_on_the_date_of_the_first_session(client, split_network):
    assert estimate(client, "90791", "2027-06-30").json["sessions"][0][
        "allowed_amount"] == "180.00"  # its last day
    late = estimate(client, "90791", "2027-07-01")
    assert late.status_code == 422
    assert late.json["errors"][0]["field"] == "service.npi"
    assert "ended on" in late.json["errors"][0]["message"]


def test_only_expired_rates_are_said_so_not_used(client, split_network):
    response = estimate(client, "90832", "2026-12-07")
    assert response.status_code == 422
    message = response.json["errors"][0]["message"]
    assert "90832" in message and "ended on" in message and "2026" in message


def test_a_price_listed_twice_is_shown_once(client, split_network):
    assert amounts(api(client, code="90837"), "90837") == ["120.00", "150.00"]
    html = client.get(f"/network?q={NPI_A}").text
    assert html.count("$150.00") == 1


def test_tin_only_prices_are_found_through_the_tin(client, runner, tmp_path):
    result = ingest(runner, part_one(tmp_path))
    assert "1 rate names a practice's tax ID (TIN) and no clinician" in result.output
    answer = api(client, NPI_C)
    assert amounts(answer, "90834") == ["100.00"]
    assert amounts(api(client, NPI_A), "90834") == []  # Harbor bills under another TIN


def test_the_page_names_the_network_searched_and_those_that_list_them(client, runner,
                                                                     tmp_path):
    ingest(runner, part_one(tmp_path))
    other = price_file(tmp_path / "other.json", [item("90837", [1], [price(130.0)])], [
        {"provider_group_id": 1, "network_name": ["Other Plan"], "provider_groups": [
            {"npi": [int(NPI_C)], "tin": {"type": "ein", "value": "55-5555555"}}]}],
        plan="Other Plan")
    assert ingest(runner, other).exit_code == 0
    html = client.get(f"/network?q={NPI_A}&network=Other+Plan").text
    assert "Not listed in Other Plan" in html and "Listed in: Example PPO" in html
    html = client.get(f"/network?q={NPI_C}&network=Other+Plan").text
    assert "In network: Other Plan" in html and "Listed in: Example PPO" in html
    body = api(client, NPI_A, network="Other Plan")
    assert body["in_network"] is False and body["network"] == "Other Plan"
    assert body["networks"] == ["Example PPO"]


def test_estimate_links_only_for_codes_the_estimator_takes(client, runner, tmp_path):
    ingest(runner, part_one(tmp_path))
    ingest(runner, part_one(tmp_path / "all"), "--codes", "all", "--network", "All Codes")
    html = client.get(f"/network?q={NPI_A}").text
    assert "code=90837" in html
    assert "code=96130" not in html and "code=27447" not in html
    form = client.get("/estimate?code=90837&allowed_amount=150.00&network=in").text
    assert '<option selected value="90837">' in form


@pytest.mark.parametrize("code", sorted(PSYCHOTHERAPY_CODES | {"27447"}))
def test_the_link_rule_matches_the_estimator_form(client, code):
    """A link appears exactly for the codes the estimator's form offers and prices."""
    rate = {"billing_code": code, "negotiated_type": "negotiated", "expired": False}
    takes = code in SESSION_CODES and medicare_fee(code) is not None
    assert can_estimate(rate) is takes
    response = client.get(f"/estimate/result?code={code}&allowed_amount=100&network=in"
                          "&deductible=0&oop_max=1000&cost_type=copay&copay=10")
    assert ("Not a valid choice" not in response.text) is takes


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        """Tests read the command's output: no access log in it."""


@pytest.fixture
def signed_server(tmp_path):
    served = tmp_path / "served"
    part_one(served)
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(served)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def stored_sources(app) -> list[str]:
    with app.extensions["navigator.engine"].connect() as connection:
        return [*connection.execute(text("SELECT source FROM network")).scalars(),
                *connection.execute(text("SELECT DISTINCT source_file FROM negotiated_rate"))
                .scalars()]


def test_sources_never_keep_a_local_path_or_a_signed_query(app, client, runner, tmp_path,
                                                           signed_server):
    url = f"{signed_server}/{PART_ONE}?Signature=s3cr3t&Expires=1"
    result = ingest(runner, url)
    assert result.exit_code == 0, result.output
    assert "s3cr3t" not in result.output
    ingest(runner, part_two(tmp_path))
    assert sorted(stored_sources(app)) == sorted([f"{signed_server}/{PART_ONE}", PART_TWO] * 2)
    html = client.get(f"/network?q={NPI_A}").text
    assert "s3cr3t" not in html and str(tmp_path) not in html
    assert f"Source: the price file {PART_ONE} of Example PPO" in html
    assert "s3cr3t" not in json.dumps(api(client))


def test_reloading_a_price_file_keeps_the_clinic_roster(client, runner, tmp_path):
    ingest(runner, part_one(tmp_path))
    roster = tmp_path / "roster.csv"
    roster.write_text("npi,name,networks,90834\n1245319599,Sam Ortiz,Example PPO,95.00\n")
    assert runner.invoke(args=["import-roster", str(roster)]).exit_code == 0
    ingest(runner, part_one(tmp_path, current="155.00"))
    answer = api(client, NPI_C)
    assert sorted(amounts(answer, "90834")) == ["100.00", "95.00"]
    assert {s["kind"] for s in answer["sources"]} == {"tic", "roster"}
    with Session(client.application.extensions["navigator.engine"]) as session:
        assert session.scalar(select(NegotiatedRate.source_file).where(
            NegotiatedRate.negotiated_type == "roster")) == "roster:roster.csv"


@pytest.mark.postgres
def test_files_expiry_and_tins_on_postgresql(make_app, pg_schema_url, tmp_path):
    app = make_app(DATABASE_URL=pg_schema_url)
    runner, client = app.test_cli_runner(), app.test_client()
    for path in (part_one(tmp_path), part_two(tmp_path),
                 part_one(tmp_path / "again", current="155.00")):
        result = ingest(runner, path)
        assert result.exit_code == 0, result.output
    assert ingest(runner, no_therapy(tmp_path / "new" / PART_TWO)).exit_code != 0
    answer = api(client)
    assert amounts(answer, "90837") == ["120.00", "155.00"]
    assert amounts(answer, "90791") == ["180.00"]
    assert amounts(api(client, NPI_C), "90834") == ["100.00"]
    assert estimate(client, "90837", "2026-12-07").json["sessions"][0][
        "allowed_amount"] == "155.00"
    app.extensions["navigator.engine"].dispose()


def test_upgrading_keeps_the_rows_and_cuts_sources_to_names(tmp_path):
    """0004 copies the network table (SQLite); its rows and their rates must survive."""
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade_database(engine, "0003")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO network (id, name, source_kind, source, as_of, loaded_at) VALUES "
            "(1, 'Example PPO', 'tic', :path, '2026-11-01', '2026-11-02 10:00:00'), "
            "(2, 'Other', 'tic', 'https://x.example/f.json.gz?sig=k', NULL, "
            "'2026-11-02 10:00:00')"), {"path": str(tmp_path / PART_ONE)})
        connection.execute(text(
            "INSERT INTO negotiated_rate (network_id, billing_code, billing_code_type, "
            "modifiers, npi, rate, negotiated_type, service_codes, source_file) VALUES "
            "(1, '90837', 'CPT', '', :npi, 150, 'negotiated', '', :path), "
            "(1, '90834', 'CPT', '', :npi, 95, 'roster', '', 'roster:/home/me/clinic.csv')"),
            {"npi": NPI_A, "path": str(tmp_path / PART_ONE)})
        connection.execute(text("INSERT INTO network_member (network_id, npi, source_kind) "
                                "VALUES (1, :npi, 'roster')"), {"npi": NPI_A})
    upgrade_database(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT id, source FROM network ORDER BY id")).all() \
            == [(1, PART_ONE), (2, "https://x.example/f.json.gz"), (3, "clinic roster")]
        assert connection.execute(text(
            "SELECT network_id, source_file, rate FROM negotiated_rate ORDER BY id")).all() \
            == [(1, PART_ONE, 150), (3, "roster:clinic.csv", 95)]  # the roster has its row
        assert connection.execute(text("SELECT network_id FROM network_member")).all() \
            == [(3,)]
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


def test_the_batch_judges_a_rate_on_the_appointments_date(client, split_network):
    from tests.navigator.test_batch_views import appt, csv_bytes, post
    from tests.text import visible_text

    rows = csv_bytes(appt(code="90791", allowed_amount="", npi=NPI_A,
                          network_name="Example PPO", date="2027-06-30"),
                     appt(patient="CD", code="90791", allowed_amount="", npi=NPI_A,
                          network_name="Example PPO", date="2027-07-01"))
    text = visible_text(post(client, rows).get_data(as_text=True))
    assert "180.00" in text  # row 2: the rate's last day
    assert "ended on" in text  # row 3: the day after, the rate is no price
