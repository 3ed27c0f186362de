"""Every EOB code in domain facts §7 is explained; the parser reads codes as people type them."""

from __future__ import annotations

import pytest

from benefits.appeals.eob_codes import (
    CARCS,
    GROUPS,
    RARCS,
    REASONS,
    CodeKind,
    DenialReason,
    Owes,
    explain,
    lookup,
    parse_codes,
)

# Domain facts §7, copied by hand: the table's CARCs, the group codes and the RARCs.
LISTED_CARCS = ["1", "2", "3", "4", "16", "18", "22", "27", "29", "45", "50", "96", "97",
                "109", "119", "167", "170", "171", "185", "197", "198", "204", "242", "243",
                "252", "B7"]
LISTED_GROUPS = ["CO", "PR", "OA", "PI"]
LISTED_RARCS = ["N130", "N1", "MA01", "N4", "N30", "N122", "M25", "N56"]


def test_every_listed_code_is_explained():
    assert sorted(CARCS) == sorted(LISTED_CARCS)
    assert sorted(GROUPS) == sorted(LISTED_GROUPS)
    assert sorted(RARCS) == sorted(LISTED_RARCS)
    for table, kind in ((CARCS, CodeKind.CARC), (GROUPS, CodeKind.GROUP),
                        (RARCS, CodeKind.RARC)):
        for code, info in table.items():
            assert info.code == code and info.kind is kind
            assert info.meaning.endswith(".") and info.next_step.endswith(".")
            assert info.source and info.source_url.startswith("https://")
            assert isinstance(info.patient_owes, Owes)
            assert "%" not in info.meaning + info.next_step  # safe for gettext formatting


@pytest.mark.parametrize(("code", "owes"), [
    ("1", Owes.USUALLY), ("2", Owes.USUALLY), ("3", Owes.USUALLY), ("27", Owes.USUALLY),
    ("119", Owes.USUALLY), ("204", Owes.USUALLY),
    ("4", Owes.USUALLY_NOT), ("16", Owes.USUALLY_NOT), ("29", Owes.USUALLY_NOT),
    ("97", Owes.USUALLY_NOT), ("185", Owes.USUALLY_NOT), ("B7", Owes.USUALLY_NOT),
    ("50", Owes.DEPENDS), ("45", Owes.DEPENDS), ("197", Owes.DEPENDS), ("242", Owes.DEPENDS),
])
def test_whether_you_usually_owe_it(code, owes):
    assert CARCS[code].patient_owes is owes


def test_groups_say_who_may_be_billed():
    assert GROUPS["CO"].patient_owes is Owes.USUALLY_NOT
    assert GROUPS["PR"].patient_owes is Owes.USUALLY
    assert GROUPS["OA"].patient_owes is Owes.DEPENDS
    assert GROUPS["PI"].patient_owes is Owes.USUALLY_NOT


def test_the_group_decides_over_the_reason():
    assert explain("CO", "197").patient_owes is Owes.USUALLY_NOT
    assert explain("PR", "50").patient_owes is Owes.USUALLY
    assert explain("OA", "22").patient_owes is Owes.DEPENDS  # OA keeps the reason's answer
    assert explain(None, "197").patient_owes is Owes.DEPENDS
    assert explain("CO", "999") is None and explain("XX", None) is None
    assert explain(None, None) is None


def test_prior_authorization_code_197():
    info = explain("CO", "197")
    assert info.code == "CO-197"
    assert "prior authorization" in info.reason.meaning
    assert "retro-authorization" in info.reason.next_step


@pytest.mark.parametrize(("text", "codes"), [
    ("CO-197", ["CO-197"]),
    ("PR 1", ["PR-1"]),
    ("pr1", ["PR-1"]),
    ("N130", ["N130"]),
    ("co-197, pr 1\nN130", ["CO-197", "PR-1", "N130"]),
    ("CO 45; PR 2", ["CO-45", "PR-2"]),
    ("CO-45 PR-2 OA-18", ["CO-45", "PR-2", "OA-18"]),
    ("CO197 N56", ["CO-197", "N56"]),
    ("CO\tB7", ["CO-B7"]),
    ("COB7", ["CO-B7"]),
    ("CO-01", ["CO-1"]),
    ("197", ["197"]),
    ("ma01 m25", ["MA01", "M25"]),
    ("CO", ["CO"]),
    ("CO N130", ["CO", "N130"]),  # a remark code is never joined to a group
    ("PR PR-1", ["PR", "PR-1"]),
    ("CO-197, CO 197, co197", ["CO-197"]),  # each code once
    ("  ", []),
    ("", []),
])
def test_parse_codes(text, codes):
    explained, unknown = parse_codes(text)
    assert [e.code for e in explained] == codes
    assert unknown == []


@pytest.mark.parametrize(("text", "codes", "unknown"), [
    ("CO-999", ["CO"], ["999"]),
    ("XY-12", [], ["XY", "12"]),
    ("CO-197, ZZ9, N999", ["CO-197"], ["ZZ9", "N999"]),
    ("hello", [], ["HELLO"]),
    ("999 999", [], ["999"]),
])
def test_parse_codes_reports_what_it_does_not_know(text, codes, unknown):
    explained, not_known = parse_codes(text)
    assert [e.code for e in explained] == codes
    assert not_known == unknown


def test_lookup():
    assert lookup(" b7 ").code == "B7"
    assert lookup("001").code == "1"
    assert lookup("N130").kind is CodeKind.RARC
    assert lookup("0") is None and lookup("N") is None


def test_reasons_in_words_point_to_known_codes():
    assert set(REASONS) == set(DenialReason)
    for reason in REASONS.values():
        assert reason.label and reason.codes
        for code in reason.codes:
            assert lookup(code) is not None, code
    assert "197" in REASONS[DenialReason.NO_PRIOR_AUTHORIZATION].codes
    assert "50" in REASONS[DenialReason.NOT_MEDICALLY_NECESSARY].codes
    assert "29" in REASONS[DenialReason.TIMELY_FILING].codes


def test_reason_labels_say_what_the_plan_said_in_the_third_person():
    # One label serves /denied, /appeal and the letter the person signs ("The reason it gave:").
    for reason in REASONS.values():
        words = set(reason.label.replace(",", " ").split())
        assert not words & {"I", "me", "my", "You", "you", "Your", "your"}, reason.label
