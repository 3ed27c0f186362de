"""Unknown is never zero: a 271 prices a session at $0 only when it states a $0 or 0%."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benefits.estimate.engine import project
from benefits.estimate.request import read_estimate_request
from benefits.fields import InvalidInput
from benefits.summary.model import estimate_plan
from tests.benefits.x12.build import summary

TODAY = dt.date(2026, 3, 1)
LEVELS = ["IND", "FAM", ""]
SERVICES = ["30", "MH", "A6^CF", "98", "33^AD", "AL", "35", "A7", "BD"]
NETWORKS = ["Y", "N", "W", ""]
PERIODS = ["23", "29", "24", ""]
AMOUNTS = ["0", "0.00", "20", "45", "500", "1500", "6000"]
PERCENTS = ["0", ".2", "20", ".5"]
INSURANCE = ["PR", "HN", "MC", "VIS", ""]


@st.composite
def eb_lines(draw: st.DrawFn) -> list[str]:
    """A member's lines: each an EB with random kind, level, service, network and value."""
    lines = []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["1", "6", "A", "B", "C", "G", "F", "I", "U"]))
        amount = draw(st.sampled_from(AMOUNTS)) if kind in "BCG" else ""
        percent = draw(st.sampled_from(PERCENTS)) if kind == "A" else ""
        elements = [kind, draw(st.sampled_from(LEVELS)), draw(st.sampled_from(SERVICES)),
                    draw(st.sampled_from(INSURANCE)), "", draw(st.sampled_from(PERIODS)),
                    amount, percent, "", "", "", draw(st.sampled_from(NETWORKS))]
        lines.append("EB*" + "*".join(elements).rstrip("*"))
        if draw(st.booleans()):
            lines.append(draw(st.sampled_from(["III*ZZ*02", "III*ZZ*11", "MSG*TELEHEALTH",
                                               "AAA*N**72*C", "MSG*DEDUCTIBLE WAIVED"])))
    return lines


def _states_a_zero(lines: list[str]) -> bool:
    """An EB07 amount or EB08 percent of zero, as the payer wrote it."""
    for line in lines:
        elements = line.split("*")
        values = elements[7:9] if len(elements) > 7 else []
        if any(value and re.fullmatch(r"0*\.?0*", value) for value in values):
            return True
    return False


def _first_session(lines: list[str], network: str, place: str) -> Decimal | None:
    plan = estimate_plan(summary(*lines))
    if plan is None:
        return None
    body = {"service": {"code": "90837", "allowed_amount": "150.00", "place": place},
            "network": network, "plan": plan,
            "sessions": {"count": 1, "first_date": TODAY.isoformat()}}
    try:
        return project(read_estimate_request(body, TODAY)).sessions[0].patient_pays
    except InvalidInput:
        return None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(eb_lines(), st.sampled_from(["in", "out"]), st.sampled_from(["office", "telehealth"]))
def test_no_271_prices_a_session_at_zero_unless_it_states_a_zero(lines, network, place):
    pays = _first_session(lines, network, place)
    if pays == 0:
        assert _states_a_zero(lines), lines


@pytest.mark.parametrize("lines", [
    ["EB*1**30*PR*PLAN", "EB*C*IND*30*PR**23*500"],  # a deductible and no cost share
    # The deductible is used up (500 of 500 so far), and nothing says what comes after.
    ["EB*1**30*PR*PLAN", "EB*C*IND*30*PR**23*500", "EB*C*IND*30*PR**24*500"],
    ["EB*1**30*PR*PLAN", "EB*B*IND*MH*PR**27*30"],  # a copay and no deductible
    ["AAA*N**72*C"],  # the payer rejected the member id
])
def test_what_a_271_does_not_state_the_estimator_refuses_to_guess(lines):
    assert _first_session(lines, "in", "office") is None
