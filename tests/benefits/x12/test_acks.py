"""A 999, 997 or TA1 instead of a 271: recognised, with what it rejected and why."""

from __future__ import annotations

import pytest

from benefits.x12 import ErrorCode, read_271
from benefits.x12.ack_codes import (
    ELEMENT_ERRORS,
    GROUP_ERRORS,
    INTERCHANGE_NOTES,
    OUTCOMES,
    SEGMENT_ERRORS,
    TRANSACTION_ERRORS,
)
from benefits.x12.acks import ElementError, SegmentError
from tests.benefits.x12 import ack_samples as samples
from tests.benefits.x12.test_errors import MINI


def ack_of(text: str):
    result = read_271(text)
    assert result.error is not None and result.error.code is ErrorCode.ACKNOWLEDGEMENT
    assert result.transactions == () and result.acknowledgement is not None
    return result, result.acknowledgement


def test_an_accepted_999_is_an_acknowledgement_not_a_missing_271():
    result, ack = ack_of(samples.ACCEPTED_999)
    assert (ack.kind, ack.rejected) == ("999", False)
    group = ack.groups[0]
    assert (group.functional_id, group.control_number, group.version) == (
        "HS", "101", "005010X279A1")
    assert (group.code, group.included, group.received, group.accepted) == ("A", 1, 1, 1)
    transaction = group.transactions[0]
    assert (transaction.transaction_set, transaction.control_number, transaction.code) == (
        "270", "0001", "A")
    # The error points at the 999's ST, the third segment.
    assert result.error.segment == 3
    assert result.error.position == samples.ACCEPTED_999.index("ST*999")


def test_a_rejected_999_keeps_each_segment_and_element_error():
    _, ack = ack_of(samples.REJECTED_999)
    assert ack.rejected
    transaction = ack.groups[0].transactions[0]
    assert (transaction.code, transaction.errors) == ("R", ("5",))
    assert transaction.segments == (
        SegmentError("NM1", 8, "2100C", "8", (ElementError(9, None, "67", "7"),)),
        SegmentError("DMG", 10, None, "8", (ElementError(2, None, "1251", "8"),)),
    )
    assert (ack.groups[0].code, ack.groups[0].accepted) == ("R", 0)


def test_the_copied_bad_values_and_context_are_never_kept():
    # IK404 quotes the member ID and a date of birth; CTX names the loop's data.
    result, _ = ack_of(samples.REJECTED_999)
    assert "ZZSECRET99" not in repr(result) and "19990231" not in repr(result)
    assert "SUBSCRIBER NAME" not in repr(result)


def test_a_composite_element_position_is_split():
    text = samples.ack("AK1*HS*1", "AK2*270*0001", "IK3*SV1*12*2400*8", "IK4*1:2*235*7",
                       "IK5*R*5", "AK9*R*1*1*0")
    _, ack = ack_of(text)
    assert ack.groups[0].transactions[0].segments[0].elements == (
        ElementError(1, 2, "235", "7"),)


def test_a_999_refused_as_a_whole_keeps_its_transaction_and_group_codes():
    _, ack = ack_of(samples.REFUSED_999)
    group = ack.groups[0]
    assert group.transactions[0].errors == ("4", "I5") and group.errors == ("5",)


def test_a_997_reads_like_a_999():
    _, ack = ack_of(samples.REJECTED_997)
    assert ack.kind == "997" and ack.rejected
    segment = ack.groups[0].transactions[0].segments[0]
    assert (segment.segment_id, segment.position, segment.code) == ("NM1", 8, "8")
    assert segment.elements == (ElementError(9, None, "67", "7"),)


def test_a_rejected_ta1():
    result, ack = ack_of(samples.REJECTED_TA1)
    assert ack.kind == "TA1" and ack.rejected and ack.groups == ()
    interchange = ack.interchanges[0]
    assert (interchange.control_number, interchange.code, interchange.note) == (
        "000000101", "R", "014")
    assert result.error.segment == 2


def test_an_accepted_ta1_alone():
    _, ack = ack_of(samples.ACCEPTED_TA1)
    assert not ack.rejected and ack.interchanges[0].code == "A"


def test_a_ta1_before_a_271_still_gives_the_271():
    text = MINI.replace("~\nGS*", "~\nTA1*000000001*260115*0930*A*000~\nGS*", 1)
    result = read_271(text)
    assert result.ok and result.acknowledgement is None and len(result.transactions) == 1


def test_a_cut_acknowledgement_is_truncated_not_an_acknowledgement():
    text = samples.REJECTED_999
    result = read_271(text[:text.index("IEA")])
    assert result.error is not None and result.error.code is ErrorCode.TRUNCATED
    assert result.acknowledgement is None


def test_other_transaction_sets_are_still_not_271():
    result = read_271(samples.ack("BGN*00*1", kind="834", version="005010X220A1"))
    assert result.error is not None and result.error.code is ErrorCode.NOT_271


def test_the_full_ta105_list_has_a_meaning():
    assert sorted(INTERCHANGE_NOTES) == [f"{n:03d}" for n in range(32)]


def test_every_outcome_code_has_a_meaning():
    assert set(OUTCOMES) == set("AEPRMWX")


@pytest.mark.parametrize("table", [OUTCOMES, INTERCHANGE_NOTES, SEGMENT_ERRORS,
                                   ELEMENT_ERRORS, TRANSACTION_ERRORS, GROUP_ERRORS])
def test_meanings_follow_because_and_are_safe_for_the_catalog(table):
    for meaning in table.values():
        assert meaning[0].islower() and not meaning.endswith(".")
        assert "%" not in meaning and "{" not in meaning
