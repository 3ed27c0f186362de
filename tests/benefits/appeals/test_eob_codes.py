"""Every EOB code in domain facts §7 and issue 12 is explained; the parser reads codes as people
type them, and a code we do not know still gets the official list and a next step."""

from __future__ import annotations

import pytest

from benefits.appeals.eob_codes import (
    CARCS,
    GROUPS,
    RARCS,
    REASONS,
    UNKNOWN_STEP,
    CodeKind,
    DenialReason,
    Owes,
    explain,
    lookup,
    parse_codes,
    unknown_code,
)
from benefits.appeals.sources import CARC_LIST, RARC_LIST

# Domain facts §7, copied by hand: the table's CARCs, the group codes and the RARCs.
LISTED_CARCS = ["1", "2", "3", "4", "16", "18", "22", "27", "29", "45", "50", "96", "97",
                "109", "119", "167", "170", "171", "185", "197", "198", "204", "242", "243",
                "252", "B7"]
LISTED_GROUPS = ["CO", "PR", "OA", "PI"]
LISTED_RARCS = ["N130", "N1", "MA01", "N4", "N30", "N122", "M25", "N56"]
# Issue 12, item 6: codes seen on real remittances for mental-health claims, then the ones we
# added from public 835 examples (eob_data lists where they were seen).
ISSUE_CARCS = ["5", "11", "24", "146", "151", "234", "236", "253", "23", "94"]
ISSUE_RARCS = ["N20", "N115", "N290", "N362", "N386", "N425", "N657", "M80", "M86", "MA130"]
ADDED_CARCS = ["26", "31", "104", "140", "181", "284"]
ADDED_RARCS = ["M15", "M62", "M76", "M77", "MA04", "N519"]


def test_every_listed_code_is_explained():
    assert sorted(CARCS) == sorted(LISTED_CARCS + ISSUE_CARCS + ADDED_CARCS)
    assert sorted(GROUPS) == sorted(LISTED_GROUPS)
    assert sorted(RARCS) == sorted(LISTED_RARCS + ISSUE_RARCS + ADDED_RARCS)
    for table, kind in ((CARCS, CodeKind.CARC), (GROUPS, CodeKind.GROUP),
                        (RARCS, CodeKind.RARC)):
        for code, info in table.items():
            assert info.code == code and info.kind is kind
            assert info.meaning.endswith(".") and info.next_step.endswith(".")
            assert info.source and info.source_url.startswith("https://")
            assert isinstance(info.patient_owes, Owes)
            assert "%" not in info.meaning + info.next_step  # safe for gettext formatting
            assert info.known and info.group_decides is (code != "253")
            assert info.source_url == {CodeKind.CARC: CARC_LIST.url, CodeKind.RARC: RARC_LIST.url,
                                       CodeKind.GROUP: info.source_url}[kind]


# Each issue-12 code: whether you usually owe it, and a next step with the specific fix.
@pytest.mark.parametrize(("code", "owes", "step_words"), [
    ("5", Owes.USUALLY_NOT, ["place of service", "place 10", "place 02"]),
    ("11", Owes.USUALLY_NOT, ["diagnosis code", "corrected claim"]),
    ("24", Owes.USUALLY_NOT, ["copay"]),
    ("146", Owes.USUALLY_NOT, ["valid on that date"]),
    ("151", Owes.DEPENDS, ["notes", "each visit", "parity"]),
    ("234", Owes.USUALLY_NOT, ["billed right"]),
    ("236", Owes.USUALLY_NOT, ["90785", "90839", "modifier"]),
    ("253", Owes.USUALLY_NOT, ["You do not owe this amount", "Medicare"]),
    ("23", Owes.DEPENDS, ["other plan", "both plans"]),
    ("94", Owes.USUALLY_NOT, ["Usually nothing to do"]),
    ("N20", Owes.USUALLY_NOT, ["modifier"]),
    ("N115", Owes.DEPENDS, ["rule", "appeal"]),
    ("N290", Owes.USUALLY_NOT, ["NPI"]),
    ("N362", Owes.DEPENDS, ["units", "90837", "one unit"]),
    ("N386", Owes.DEPENDS, ["rule", "appeal"]),
    ("N425", Owes.USUALLY, ["may have to pay", "Medicaid"]),
    ("N657", Owes.USUALLY_NOT, ["right code"]),
    ("M80", Owes.USUALLY_NOT, ["billed right"]),
    ("M86", Owes.DEPENDS, ["dates", "appeal"]),
    ("MA130", Owes.USUALLY_NOT, ["new claim", "An appeal will not help"]),
    ("26", Owes.USUALLY, ["start date"]),
    ("31", Owes.DEPENDS, ["member ID"]),
    ("104", Owes.USUALLY_NOT, ["should not be billed"]),
    ("140", Owes.USUALLY_NOT, ["insurance card"]),
    ("181", Owes.USUALLY_NOT, ["valid on that date"]),
    ("284", Owes.DEPENDS, ["approval"]),
    ("M15", Owes.USUALLY_NOT, ["billed right"]),
    ("M62", Owes.USUALLY_NOT, ["right number"]),
    ("M76", Owes.USUALLY_NOT, ["diagnosis code"]),
    ("M77", Owes.USUALLY_NOT, ["place of service", "place 10"]),
    ("MA04", Owes.USUALLY_NOT, ["EOB from your first plan"]),
    ("N519", Owes.USUALLY_NOT, ["modifiers"]),
])
def test_codes_seen_on_real_remittances(code, owes, step_words):
    info = lookup(code)
    assert info is not None and info.known, code
    assert info.patient_owes is owes
    for words in step_words:
        assert words in info.next_step, (code, words)
    kind = CodeKind.CARC if code[0].isdigit() else CodeKind.RARC
    assert info.kind is kind
    assert (info.source, info.source_url) == ((CARC_LIST.name, CARC_LIST.url) if kind is
                                              CodeKind.CARC else (RARC_LIST.name, RARC_LIST.url))
    # Alone, a reason code keeps its own answer; the explainer gives it whole.
    alone = explain(None, code)
    assert alone.code == code and alone.reason is info and alone.patient_owes is owes


def test_the_group_decides_except_for_sequestration():
    # CO: the provider writes it off; PR: the plan says it is yours. Sequestration (253) is cut
    # from Medicare's own payment, so even filed under PR it is not the patient's.
    assert explain("CO", "5").patient_owes is Owes.USUALLY_NOT
    assert explain("PR", "5").patient_owes is Owes.USUALLY
    assert explain("CO", "253").patient_owes is Owes.USUALLY_NOT
    assert explain("PR", "253").patient_owes is Owes.USUALLY_NOT
    assert explain("OA", "23").patient_owes is Owes.DEPENDS  # OA keeps the reason's answer
    assert explain("OA", "94").patient_owes is Owes.USUALLY_NOT
    assert [e.code for e in parse_codes("CO-253 PR 253 oa23 OA-94")[0]] == [
        "CO-253", "PR-253", "OA-23", "OA-94"]


@pytest.mark.parametrize(("typed", "code", "kind", "url"), [
    ("999", "999", CodeKind.CARC, CARC_LIST.url),
    ("0777", "777", CodeKind.CARC, CARC_LIST.url),
    ("Z9", "Z9", CodeKind.CARC, CARC_LIST.url),
    ("n999", "N999", CodeKind.RARC, RARC_LIST.url),
    ("M999", "M999", CodeKind.RARC, RARC_LIST.url),
    ("MA999", "MA999", CodeKind.RARC, RARC_LIST.url),
])
def test_a_code_we_do_not_know_points_to_the_official_list(typed, code, kind, url):
    info = unknown_code(typed)
    assert (info.code, info.kind, info.known, info.source_url) == (code, kind, False, url)
    assert "official list" in info.meaning
    assert info.next_step == UNKNOWN_STEP
    assert "what this code means" in UNKNOWN_STEP and "owe" in UNKNOWN_STEP
    assert "in writing" in UNKNOWN_STEP
    found = explain(None, typed)
    assert found.code == code and found.reason == info and found.patient_owes is Owes.DEPENDS
    assert parse_codes(typed) == ([found], [])


def test_a_known_group_with_a_reason_we_do_not_know():
    found = explain("CO", "999")
    assert found.code == "CO-999" and found.group is GROUPS["CO"]
    assert not found.reason.known and found.reason.source_url == CARC_LIST.url
    assert found.patient_owes is Owes.USUALLY_NOT  # CO: the provider writes it off anyway
    assert explain("PR", "999").patient_owes is Owes.USUALLY
    explained, unknown = parse_codes("CO-999, co 999, N999")
    assert [e.code for e in explained] == ["CO-999", "N999"] and unknown == []
    assert explained[1].reason.source_url == RARC_LIST.url


def test_known_codes_and_what_is_not_a_code_are_not_unknown_codes():
    for text in ("197", "001", "N130", "B7", "ZZ9", "0", "N", "HELLO", "CO", "2026"):
        assert unknown_code(text) is None, text


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
    assert explain("CO", "ZZ9") is None and explain("XX", None) is None
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
    ("CO-999", ["CO-999"], []),  # explained as a code we do not know, with the official list
    ("XY-12", ["12"], ["XY"]),
    ("CO-197, ZZ9, N999", ["CO-197", "N999"], ["ZZ9"]),
    ("hello", [], ["HELLO"]),
    ("999 999", ["999"], []),
    ("CO 2026", ["CO"], ["2026"]),
    ("PRN999", [], ["PRN999"]),  # a remark code is never joined to a group, even when unknown
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
