"""Reading the fixtures: delimiters, parties, EB lines, their loops and 2120 entities."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from benefits.x12 import (
    Benefit,
    Contact,
    DatePeriod,
    Delimiters,
    Entity,
    Frequency,
    Level,
    Network,
    PlanInfo,
    Procedure,
    Reference,
    Rejection,
    read_271,
)
from benefits.x12.codes import BENEFIT_KINDS, REJECT_REASONS, SERVICE_TYPES
from tests.benefits.x12.files import FIXTURES, fixture_names, fixture_text, read_fixture

DELIMITERS = {
    # file: element, component, segment terminator, repetition
    "subscriber_ig.x12": Delimiters("*", ":", "~", "^"),
    "dependent.x12": Delimiters("|", ">", "~", "^"),
    "coinsurance_one_line.x12": Delimiters("+", ":", "'", "*"),
    "accumulators_bom.x12": Delimiters("*", ":", "~", "^"),
    "message_carve_out.x12": Delimiters("*", ":", "\n", "^"),
    "entity_admin.x12": Delimiters("*", ">", "~", "^"),
}


def test_there_are_at_least_twelve_fixtures():
    assert len(fixture_names()) >= 12


@pytest.mark.parametrize("name", fixture_names())
def test_every_fixture_reads_without_error(name):
    assert read_fixture(name).transactions


@pytest.mark.parametrize(("name", "delimiters"), sorted(DELIMITERS.items()))
def test_delimiters_come_from_the_isa(name, delimiters):
    assert read_fixture(name).delimiters == delimiters


def test_the_layouts_really_differ():
    assert "\n" not in fixture_text("coinsurance_one_line.x12")
    assert fixture_text("subscriber_ig.x12").count("~\n") == 28
    bom = (FIXTURES / "accumulators_bom.x12").read_bytes()
    assert bom.startswith(b"\xef\xbb\xbfISA") and b"\r\n\t\t" in bom


def test_text_and_bytes_read_alike_and_a_bom_in_text_is_skipped():
    text = fixture_text("accumulators_bom.x12")
    assert text.startswith("\ufeff")
    assert read_271(text) == read_271(text.encode("utf-8"))


def test_latin1_bytes_are_read_when_not_utf8():
    text = fixture_text("subscriber_ig.x12").replace("OKAFOR", "MUÑOZ")
    result = read_271(text.encode("latin-1"))
    pcp = result.transactions[0].benefits[3].entities[0]
    assert pcp.full_name == "GRACE MUÑOZ"


def test_parties_of_the_implementation_guide_shape():
    transaction = read_fixture("subscriber_ig.x12").transactions[0]
    assert transaction.control_number == "0001"
    assert (transaction.payer.name, transaction.payer.id) == ("EVERGREEN MUTUAL HEALTH", "99120")
    assert transaction.payer.entity.contacts == (
        Contact("IC", "PROVIDER SERVICES", ("8005550100",), url="WWW.EXAMPLE.ORG"),)
    assert transaction.receiver.entity == Entity("1P", "2", "HARBOR COUNSELING GROUP",
                                                 id_qualifier="XX", id="1234567893")
    subscriber = transaction.subscriber
    assert (subscriber.name, subscriber.id) == ("ALEX J RIVERA", "EVM900123401")
    assert subscriber.references == (Reference("6P", "GRP44120", "LAKESIDE SCHOOLS"),)
    assert transaction.patient is subscriber and transaction.dependent is None
    assert transaction.plan == PlanInfo(
        name="EVERGREEN PPO 500", group_number="GRP44120", insurance_type="PR",
        plan_begin=dt.date(2026, 1, 1), plan_end=dt.date(2026, 12, 31), active=True)


def test_every_eb_element_is_normalized():
    lines = read_fixture("subscriber_ig.x12").transactions[0].benefits
    assert lines[1] == Benefit(
        segment=20, code="B", description="Copay", service_types=("MH", "A6", "CF"),
        insurance_type="PR", time_period="27", amount=D("25"), network=Network.IN)
    assert lines[3].code == "L" and lines[3].description == "Primary care provider"
    assert lines[3].entities == (Entity("P3", "1", "OKAFOR", first_name="GRACE",
                                        id_qualifier="XX", id="1098765432"),)


def test_a_procedure_line_with_authorization_and_its_message():
    line = read_fixture("auth_required.x12").transactions[0].benefits[2]
    assert line.procedure == Procedure("HC", "90837")
    assert (line.coverage_level, line.amount, line.auth_required) == ("IND", D("50"), True)
    assert line.messages == ("PRIOR AUTHORIZATION REQUIRED AFTER 12 VISITS",)
    assert line.service_types == ()


def test_percent_quantity_and_hsd():
    lines = read_fixture("visit_limits.x12").transactions[0].benefits
    assert lines[1].frequencies == (Frequency("VS", D("30"), period="22"),)
    assert (lines[2].quantity_qualifier, lines[2].quantity, lines[2].time_period) == (
        "VS", D("18"), "29")
    coinsurance = read_fixture("coinsurance_one_line.x12").transactions[0].benefits[2]
    assert coinsurance.percent == D("0.4") and coinsurance.network is Network.OUT
    assert coinsurance.service_types == ("MH", "CF")  # split on the "*" repetition separator


def test_a_dependent_loop_is_the_patient():
    transaction = read_fixture("dependent.x12").transactions[0]
    assert transaction.subscriber.name == "ALEX RIVERA"
    assert transaction.patient is transaction.dependent
    assert (transaction.patient.name, transaction.patient.id) == ("MAYA RIVERA", None)
    assert transaction.patient.dates == (DatePeriod("346", dt.date(2025, 7, 1)),)
    assert [line.code for line in transaction.benefits] == ["1", "B", "I", "B"]
    assert transaction.benefits[2].network is Network.OUT


def test_a_2120_entity_keeps_name_id_and_phone():
    line = read_fixture("carve_out_entity.x12").transactions[0].benefits[1]
    assert line.code == "U" and line.service_types == ("MH", "A4", "AI")
    assert line.entities == (Entity(
        "VN", "2", "TIDEWATER BEHAVIORAL SERVICES",
        contacts=(Contact("IC", "MEMBER SERVICES", ("8885550147",), extension="22"),)),)
    assert line.entities[0].phones == ("8885550147",)


def test_an_aaa_rejection_with_its_meaning_and_segment_number():
    transaction = read_fixture("rejection.x12").transactions[0]
    assert transaction.rejections == (
        Rejection(Level.SUBSCRIBER, False, "75", "Subscriber not found", "C", 13),)
    assert transaction.benefits == () and transaction.active is None


def test_inactive_coverage_and_eligibility_dates():
    transaction = read_fixture("inactive.x12").transactions[0]
    assert transaction.active is False
    assert transaction.benefits[0].dates == (
        DatePeriod("307", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),)
    assert (transaction.plan.eligibility_begin, transaction.plan.eligibility_end) == (
        dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_two_transactions_in_one_interchange():
    first, second = read_fixture("two_transactions.x12").transactions
    assert (first.control_number, second.control_number) == ("0001", "0002")
    assert first.subscriber.name == "ALEX J RIVERA"
    assert (second.subscriber.name, second.subscriber.id) == ("KWAME OSEI", "EVM900555502")


def test_aaa_at_every_level_is_collected_in_file_order():
    text = fixture_text("subscriber_ig.x12")
    text = text.replace("HL*2*1*21*1~\n", "AAA*Y**42*R~\nHL*2*1*21*1~\n")
    text = text.replace("EB*L~\n", "EB*L~\nAAA*Y**AE*C~\n")
    rejections = read_271(text).transactions[0].rejections
    assert [(r.level, r.reason, r.description) for r in rejections] == [
        (Level.PAYER, "42", "Unable to respond at the current time"),
        (Level.SUBSCRIBER, "AE", "Requires primary care physician authorization"),
    ]


@pytest.mark.parametrize("table", [BENEFIT_KINDS, SERVICE_TYPES, REJECT_REASONS])
def test_descriptions_are_safe_for_the_translation_catalog(table):
    for text in table.values():
        assert text and not set(text) & set("%{}")


def test_every_eb01_code_of_the_guide_has_a_description():
    codes = "1 2 3 4 5 6 7 8 A B C CB D E F G H I J K L M MC N O P Q R S T U V W X Y".split()
    assert sorted(BENEFIT_KINDS) == sorted(codes)
