"""Whatever arrives, `read_271` returns: a result, or an `X12Error`, never an exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benefits.summary.model import estimate_plan
from benefits.x12 import ErrorCode, Read271, read_271, summarize
from benefits.x12.codes import BENEFIT_KINDS
from tests.benefits.x12.files import fixture_names, fixture_text

ISA = ("ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       "
       "*260115*0930*^*00501*000000001*0*P*:~")
OPEN = "GS*HB*S*R*20260115*0930*1*X*005010X279A1~ST*271*0001*005010X279A1~"
CLOSE = "SE*9*0001~GE*1*1~IEA*1*000000001~"
# Well-formed, misplaced and malformed segments, for soups that reach every loop.
VOCABULARY = [
    "GS*HB*S*R*20260115*0930*1*X*005010X279A1", "ST*271*0001", "ST*270*1", "SE*1*0001",
    "GE*1*1", "IEA*1*1", "TA1*1", "BHT*0022*11", "HL*1**20*1", "HL*2*1*21*1", "HL*3*2*22*1",
    "HL*4*3*23*0", "HL*5*2*99*0", "NM1*PR*2*PAYER*****PI*1", "NM1*IL*1*DOE*JO****MI*7",
    "NM1", "PER*IC**TE*8005550100", "REF*6P*G1*GROUP", "REF", "DTP*346*D8*20260101",
    "DTP*291*RD8*20260101-20261231", "DTP*346*D8*20260230", "DTP*291*RD8*x",
    "AAA*N**75*C", "AAA*Q", "EB*1**30**PLAN", "EB*B**MH^A6***27*30*****Y",
    "EB*A**MH*****.2****N", "EB*C*IND*30***29*500*****W", "EB*C*FAM*30***24*100",
    "EB*F*IND*MH***29***VS*3.5**Y", "EB*U**MH", "EB*I**MH********N",
    "EB*B*IND*****27*50****Y*Y*HC:90837", "EB*B*****27*1e5", "EB*Z", "EB",
    "HSD*VS*20***22", "HSD*VS*x", "MSG*CALL OPTUM BEHAVIORAL HEALTH 800-555-0100",
    "MSG*DEDUCTIBLE DOES NOT APPLY", "III*ZZ*11", "LS*2120", "LE*2120", "N3*1 MAIN", "ZZZ*1",
    "",
]
# Body segments with random elements: numbers, dates and codes that may or may not parse.
random_segments = st.builds(
    "{}*{}".format,
    st.sampled_from(["EB", "HSD", "DTP", "REF", "MSG", "AAA", "NM1", "PER", "HL", "LS", "LE"]),
    st.text(alphabet="ABCFGIMNUWY0123456789*^:.- ", max_size=30))
segments = st.one_of(st.sampled_from(VOCABULARY), random_segments)
SUBSCRIBER = ("BHT*0022*11~HL*1**20*1~NM1*PR*2*PAYER~HL*2*1*21*1~NM1*1P*2*CLINIC~"
              "HL*3*2*22*0~NM1*IL*1*DOE*JO****MI*7~")
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def check(data: str | bytes) -> Read271:
    """Read, then summarize every transaction: neither may raise."""
    result = read_271(data)
    assert isinstance(result, Read271)
    assert (result.error is None) == bool(result.transactions)
    for transaction in result.transactions:
        summarize(transaction)
    return result


@FAST
@given(st.binary(max_size=400))
def test_random_bytes(data):
    check(data)


@FAST
@given(st.binary(max_size=300))
def test_random_bytes_after_a_valid_isa(data):
    check(ISA.encode() + data)


@FAST
@given(st.lists(segments, max_size=40), st.sampled_from(["~", "~\n", "~\r\n  "]))
def test_segment_soups_inside_a_transaction(soup, terminator):
    body = terminator.join(soup) + (terminator if soup else "")
    check(ISA + OPEN + body + CLOSE)


@FAST
@given(st.lists(segments, max_size=30))
def test_segment_soups_inside_a_subscriber_loop(soup):
    check(ISA + OPEN + SUBSCRIBER + "~".join(soup) + ("~" if soup else "") + CLOSE)


@FAST
@given(st.lists(segments, max_size=40))
def test_segment_soups_anywhere(soup):
    check(ISA + "~".join(soup) + "~")


@FAST
@given(st.sampled_from(fixture_names()), st.data())
def test_single_character_mutations_of_the_fixtures(name, data):
    text = fixture_text(name)
    index = data.draw(st.integers(0, len(text) - 1))
    character = data.draw(st.characters(codec="utf-8"))
    check(text[:index] + character + text[index + 1:])


@pytest.mark.parametrize("name", ["done_when.x12", "dependent.x12",
                                  "coinsurance_one_line.x12", "accumulators_bom.x12"])
def test_every_truncation_of_a_valid_file_is_reported_as_truncated(name):
    text = fixture_text(name)
    end = text.rstrip().rindex(text.rstrip()[-1])  # the IEA's own terminator
    for size in range(end):
        result = check(text[:size])
        assert result.error is not None
        assert result.error.code in (ErrorCode.EMPTY, ErrorCode.TRUNCATED), (size, result.error)
    assert check(text[:end + 1]).ok


def _element(values: list[str]) -> st.SearchStrategy[str]:
    return st.sampled_from(["", *values])


amounts = st.decimals(min_value=-50, max_value=99999, places=2).map(str)
eb_lines = st.builds(
    lambda *parts: "EB*" + "*".join(parts),
    st.sampled_from(sorted(BENEFIT_KINDS)),
    _element(["IND", "FAM", "EMP", "CHD"]),
    st.lists(st.sampled_from(["MH", "A6", "CF", "A7", "AI", "30", "98", "UC"]), max_size=3)
    .map("^".join),
    _element(["PR", "HM"]), _element(["PLAN"]),
    _element(["22", "23", "24", "25", "27", "29", "32"]),
    st.one_of(st.just(""), amounts),
    st.one_of(st.just(""), st.decimals(min_value=0, max_value=150, places=2).map(str)),
    _element(["VS", "DY"]),
    st.one_of(st.just(""), st.integers(0, 999).map(str)),
    _element(["Y", "N", "U"]), _element(["Y", "N", "W", "U"]),
    _element(["HC:90837", "HC:99213", "HC"]),
)
details = st.sampled_from(["HSD*VS*20***22", "HSD*VS*4*WK", "MSG*DEDUCTIBLE WAIVED",
                           "MSG*CALL MAGELLAN", "LS*2120~NM1*VN*2*ACME BEHAVIORAL HEALTH~LE*2120",
                           "DTP*292*RD8*20260301-20270228"])


@FAST
@given(st.lists(st.tuples(eb_lines, st.lists(details, max_size=2)), max_size=12))
def test_well_formed_benefit_lines_always_summarize_into_estimator_values(lines):
    body = "".join(eb + "~" + "".join(d + "~" for d in extra) for eb, extra in lines)
    result = check(ISA + OPEN + SUBSCRIBER + body + CLOSE)
    assert result.ok, result.error
    summary = summarize(result.transactions[0])
    for tier in (summary.in_network, summary.out_of_network):
        assert tier.coinsurance is None or 0 <= tier.coinsurance <= 1
        assert tier.copay is None or tier.coinsurance is None  # the estimator takes one
        assert tier.visit_limit is None or 0 <= tier.visit_limit <= 366
        money = (tier.copay, tier.deductible, tier.deductible_remaining, tier.oop_max,
                 tier.oop_remaining, tier.family_deductible, tier.family_oop_max)
        assert all(amount is None or amount >= 0 for amount in money)
    estimate_plan(summary)
