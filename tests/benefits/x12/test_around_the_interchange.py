"""Text around the interchange: a clearinghouse's headers or banner before the ISA, a MIME
boundary or footer after the IEA. Skipped and counted; positions still count from the start."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benefits.x12 import ErrorCode, read_271, tokens
from tests.benefits.x12 import ack_samples as samples
from tests.benefits.x12.test_errors import ISA, MINI

HEADERS = ("HTTP/1.1 200 OK\r\nContent-Type: multipart/mixed; boundary=XBOUND\r\n\r\n"
           "--XBOUND\r\nContent-Type: application/EDI-X12\r\n\r\n")
FOOTER = "\r\n--XBOUND--\r\n"
BANNER = ("================ CLEARINGHOUSE ELIGIBILITY REPORT ================\n"
          "Run 2026-01-15 09:30  ISA control 000000001  Page 1\n\n")


def test_a_mime_wrapped_271_reads_with_both_notes():
    result = read_271(HEADERS + MINI + FOOTER)
    assert result.ok and len(result.transactions[0].benefits) == 1
    assert result.skipped_prefix_chars == len(HEADERS)
    assert result.skipped_suffix_chars == len("\n" + FOOTER)  # MINI's last line break too


def test_a_report_banner_that_mentions_isa_is_skipped():
    result = read_271(BANNER + MINI)
    assert result.ok and result.skipped_prefix_chars == len(BANNER)


def test_positions_count_from_the_start_of_what_was_sent():
    text = HEADERS + MINI.replace("EB*1**30~", "EB*B**MH***27*3O~")
    result = read_271(text)
    assert result.error is not None and result.error.code is ErrorCode.BAD_NUMBER
    assert result.error.position == text.index("EB*B")
    assert result.error.segment == 11  # the ISA is still segment 1
    assert result.skipped_prefix_chars == len(HEADERS)


def test_an_isa_only_in_the_banner_fails_cleanly_with_the_position():
    text = "  " + BANNER + MINI[len(ISA):]  # the real ISA is gone
    result = read_271(text)
    assert result.error is not None and result.error.code is ErrorCode.NOT_ISA
    assert (result.error.segment, result.error.position) == (1, 2)


def test_a_word_ending_in_isa_is_not_an_isa():
    padded_visa = "V" + ISA.replace("\n", "")  # "VISA*00*...": part of a word
    result = read_271("PAYMENT " + padded_visa + MINI[len(ISA):])
    assert result.error is not None and result.error.code is ErrorCode.NOT_ISA


def test_a_short_isa_on_its_own_line_after_headers_reads():
    short = MINI.replace("SENDER         ", "SENDER").replace("RECEIVER       ", "RECEIVER")
    result = read_271(HEADERS + short)
    assert result.ok and result.skipped_prefix_chars == len(HEADERS)


def test_the_padded_isa_wins_over_a_short_fake_one_in_the_banner():
    banner = "Sent: ISA*1*2*3~ (summary)\n"
    assert read_271(banner + MINI).skipped_prefix_chars == len(banner)


def test_blank_lines_and_a_bom_alone_are_not_noted():
    result = read_271("\ufeff\r\n\r\n  " + MINI + "\r\n\r\n")
    assert result.ok and (result.skipped_prefix_chars, result.skipped_suffix_chars) == (0, 0)


def test_text_after_the_iea_that_looks_like_segments_is_still_an_error():
    result = read_271(MINI + "GS*HB*X~\n")
    assert result.error is not None and result.error.code is ErrorCode.SEGMENT_OUTSIDE_LOOP


@pytest.mark.parametrize("footer", ["END OF REPORT\n", "</Payload></soap:Body>",
                                    "]]&gt;</Payload>", "--b--"])
def test_a_footer_after_the_iea_is_noted(footer):
    result = read_271(MINI + footer)
    assert result.ok and result.skipped_suffix_chars == len("\n" + footer)


def test_the_search_for_the_isa_stops_at_the_input_limit(monkeypatch):
    monkeypatch.setattr(tokens, "ISA_SEARCH_LIMIT", 500)
    result = read_271("x" * 600 + "\n" + MINI)
    assert result.error is not None and result.error.code is ErrorCode.NOT_ISA
    monkeypatch.undo()
    assert read_271("x" * 600 + "\n" + MINI).skipped_prefix_chars == 601


def test_the_search_gives_up_after_many_false_starts():
    assert read_271("NOT ISA " * 10 + "\n" + MINI).ok
    result = read_271("NOT ISA " * 1001 + "\n" + MINI)
    assert result.error is not None and result.error.code is ErrorCode.NOT_ISA


def test_a_wrapped_acknowledgement_is_recognised_with_the_note():
    result = read_271(HEADERS + samples.REJECTED_999 + FOOTER)
    assert result.error is not None and result.error.code is ErrorCode.ACKNOWLEDGEMENT
    assert result.skipped_prefix_chars == len(HEADERS)
    assert result.error.position == len(HEADERS) + samples.REJECTED_999.index("ST*999")


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(exclude_characters="I", codec="utf-8"), max_size=200))
def test_any_text_without_an_isa_before_a_line_with_one_is_skipped(prefix):
    result = read_271(prefix + "\n" + MINI)
    assert result.ok
    skipped = len(prefix) + 1
    blank = not (prefix + "\n").strip(tokens.BOM + " \t\n\r\x0b\x0c")
    assert result.skipped_prefix_chars in ((0,) if blank else (skipped,))
