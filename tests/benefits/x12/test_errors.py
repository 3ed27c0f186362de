"""Malformed input: every error code, with the segment number where reading stopped."""

from __future__ import annotations

import pytest

from benefits.x12 import ErrorCode, read_271

ISA = ("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       "
       "*260115*0930*^*00501*000000001*0*P*:~\n")
# Segment numbers: ISA 1, GS 2, ST 3, BHT 4, HL 5, NM1 6, HL 7, NM1 8, HL 9, NM1 10,
# EB 11, SE 12, GE 13, IEA 14.
BODY = """GS*HB*SENDER*RECEIVER*20260115*0930*1*X*005010X279A1~
ST*271*0001*005010X279A1~
BHT*0022*11*R1*20260115*0930~
HL*1**20*1~
NM1*PR*2*PAYER*****PI*1~
HL*2*1*21*1~
NM1*1P*2*CLINIC*****XX*1~
HL*3*2*22*0~
NM1*IL*1*DOE*JO****MI*1~
EB*1**30~
SE*11*0001~
GE*1*1~
IEA*1*000000001~
"""
MINI = ISA + BODY


def with_(old: str, new: str) -> str:
    assert old in MINI
    return MINI.replace(old, new, 1)


def test_the_minimal_interchange_reads():
    result = read_271(MINI)
    assert result.ok and len(result.transactions[0].benefits) == 1


CASES = [
    # name, text, code, segment number
    ("empty text", "", ErrorCode.EMPTY, 1),
    ("only whitespace and a BOM", "\ufeff \r\n\t", ErrorCode.EMPTY, 1),
    ("not an interchange", "GS*HB*X~", ErrorCode.NOT_ISA, 1),
    ("a word that starts with ISA", "ISAAC*1~", ErrorCode.BAD_DELIMITERS, 1),
    ("cut inside the ISA", MINI[:60], ErrorCode.TRUNCATED, 1),
    ("cut after the ISA's last separator", ISA[:104], ErrorCode.TRUNCATED, 1),
    ("cut inside EB", MINI[:MINI.index("EB*1") + 4], ErrorCode.TRUNCATED, 11),
    ("no IEA", MINI[:MINI.index("IEA")], ErrorCode.TRUNCATED, 14),
    ("ISA16 is a letter", MINI.replace("*P*:~", "*P*A~", 1), ErrorCode.BAD_DELIMITERS, 1),
    ("terminator equals ISA16", MINI.replace("*P*:~", "*P*::", 1),
     ErrorCode.BAD_DELIMITERS, 1),
    ("a lower-case segment id", with_("EB*1**30~", "eb*1**30~"), ErrorCode.BAD_SEGMENT, 11),
    ("EB at the receiver level", with_("HL*3*2*22*0~\nNM1*IL*1*DOE*JO****MI*1~\n", ""),
     ErrorCode.SEGMENT_OUTSIDE_LOOP, 9),
    ("HSD without an EB", with_("EB*1**30~", "HSD*VS*20~"), ErrorCode.SEGMENT_OUTSIDE_LOOP, 11),
    ("LE without an LS", with_("EB*1**30~", "EB*1**30~\nLE*2120~"),
     ErrorCode.SEGMENT_OUTSIDE_LOOP, 12),
    ("N3 after an EB", with_("EB*1**30~", "EB*1**30~\nN3*1 MAIN ST~"),
     ErrorCode.SEGMENT_OUTSIDE_LOOP, 12),
    ("a dependent without a subscriber", with_("HL*3*2*22*0~", "HL*3*2*23*0~"),
     ErrorCode.SEGMENT_OUTSIDE_LOOP, 9),
    ("a segment after IEA", MINI + "GS*HB*X~\n", ErrorCode.SEGMENT_OUTSIDE_LOOP, 15),
    ("an ISA inside a transaction", with_("EB*1**30~", ISA), ErrorCode.SEGMENT_OUTSIDE_LOOP, 11),
    ("a body segment before ST", with_("ST*271*0001*005010X279A1~\n", ""),
     ErrorCode.SEGMENT_OUTSIDE_LOOP, 3),
    ("LS never closed", with_("EB*1**30~", "EB*1**30~\nLS*2120~\nNM1*P3*1*LEE~"),
     ErrorCode.UNCLOSED_LOOP, 14),
    ("an EB inside LS", with_("EB*1**30~", "EB*1**30~\nLS*2120~\nEB*B**MH~"),
     ErrorCode.UNCLOSED_LOOP, 13),
    ("no SE before GE", with_("SE*11*0001~\n", ""), ErrorCode.UNCLOSED_LOOP, 12),
    ("a 270 request", with_("ST*271", "ST*270"), ErrorCode.NOT_271, 3),
    ("no ST at all", ISA + "GS*HB*S*R*20260115*0930*1*X*005010X279A1~\nGE*0*1~\nIEA*1*1~",
     ErrorCode.NO_TRANSACTION, 4),
    ("EB01 missing", with_("EB*1**30~", "EB**MH~"), ErrorCode.MISSING_ELEMENT, 11),
    ("HL03 missing", with_("HL*3*2*22*0~", "HL*3*2**0~"), ErrorCode.MISSING_ELEMENT, 9),
    ("an unknown EB01", with_("EB*1**30~", "EB*Z**30~"), ErrorCode.BAD_CODE, 11),
    ("an unknown EB12", with_("EB*1**30~", "EB*B**MH***27*30*****Q~"), ErrorCode.BAD_CODE, 11),
    ("an unknown HL level", with_("HL*3*2*22*0~", "HL*3*2*24*0~"), ErrorCode.BAD_CODE, 9),
    ("a letter in EB07", with_("EB*1**30~", "EB*B**MH***27*3O~"), ErrorCode.BAD_NUMBER, 11),
    ("an exponent in EB08", with_("EB*1**30~", "EB*A**MH*****2E-1~"),
     ErrorCode.BAD_NUMBER, 11),
    ("a 19-character amount", with_("EB*1**30~", "EB*C**30***23*" + "9" * 19 + "~"),
     ErrorCode.BAD_NUMBER, 11),
    ("February 31", with_("EB*1**30~", "DTP*346*D8*20260231~"), ErrorCode.BAD_DATE, 11),
    ("a range that ends first", with_("EB*1**30~", "EB*1**30~\nDTP*291*RD8*20261231-20260101~"),
     ErrorCode.BAD_DATE, 12),
    ("a date format other than D8", with_("EB*1**30~", "DTP*346*DT*202601011200~"),
     ErrorCode.BAD_DATE, 11),
]


@pytest.mark.parametrize(("text", "code", "segment"), [case[1:] for case in CASES],
                         ids=[case[0] for case in CASES])
def test_each_error_code_names_its_segment(text, code, segment):
    result = read_271(text)
    assert result.error is not None and result.transactions == ()
    assert (result.error.code, result.error.segment) == (code, segment), result.error.detail
    assert result.error.detail  # English, for logs


def test_the_position_is_the_segments_offset_in_the_text():
    text = with_("EB*1**30~", "EB*B**MH***27*3O~")
    assert read_271(text).error.position == text.index("EB*B")


def test_the_position_counts_a_bom_and_indentation():
    text = "\ufeff  " + with_("EB*1**30~", "  EB*Z~")
    assert read_271(text).error.position == text.index("EB*Z")


def test_an_isa_without_fixed_width_padding_still_reads():
    short = MINI.replace("SENDER         ", "SENDER").replace("RECEIVER       ", "RECEIVER")
    assert read_271(short).ok


def test_a_pre_5010_repetition_code_does_not_split_service_types():
    text = with_("*^*00501*", "*U*00401*").replace("EB*1**30~", "EB*1**UC^MH~")
    assert read_271(text).transactions[0].benefits[0].service_types == ("UC^MH",)


def test_unknown_segments_are_passed_over_and_blank_lines_skipped():
    text = with_("EB*1**30~", "ZZZ*ANYTHING~\n\n~\nEB*1**30~")
    assert read_271(text).ok
