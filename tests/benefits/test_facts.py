"""The registry of dated figures: picked by date, flagged outside their period, sourced."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from importlib import resources

import pytest

from benefits import facts
from benefits.appeals import texts
from benefits.estimate.fees import fee_schedule_fact, packaged_fee_schedule
from benefits.facts import FACTS, Fact, expiring, fact_for, latest
from benefits.letters.reasons import PLAN_NEXT_STEP
from benefits.sources import Source

SOURCE = Source("A test source", "https://example.org/rule")
A = Fact("a", Decimal("1.00"), dt.date(2026, 1, 1), dt.date(2026, 12, 31), SOURCE, "A")
A_NEXT = Fact("a", Decimal("2.00"), dt.date(2027, 1, 1), dt.date(2027, 12, 31), SOURCE, "A")
B = Fact("b", 7, dt.date(2025, 1, 1), None, SOURCE, "B")
C = Fact("c", "text", dt.date(2025, 1, 1), dt.date(2026, 6, 30), SOURCE, "C")
TEST_FACTS = (A, A_NEXT, B, C)


@pytest.mark.parametrize(("day", "expected", "outside"), [
    (dt.date(2026, 1, 1), A, False),  # first day of the 2026 period
    (dt.date(2026, 12, 31), A, False),  # its last day
    (dt.date(2027, 1, 1), A_NEXT, False),
    (dt.date(2028, 3, 1), A_NEXT, True),  # past every period: the latest, flagged
    (dt.date(2025, 6, 1), A_NEXT, True),  # before every period: still the latest
])
def test_the_figure_for_a_date_and_the_flag_outside_its_period(day, expected, outside):
    pick = fact_for("a", day, TEST_FACTS)
    assert (pick.fact, pick.outside_period) == (expected, outside)


def test_a_rule_with_no_end_holds_from_its_start_on():
    assert fact_for("b", dt.date(2040, 1, 1), TEST_FACTS).outside_period is False
    assert fact_for("b", dt.date(2024, 12, 31), TEST_FACTS).outside_period is True


def test_an_unknown_id_is_a_key_error():
    with pytest.raises(KeyError):
        fact_for("nothing", dt.date(2026, 1, 1), TEST_FACTS)


def test_expiring_lists_the_latest_value_ending_soon_and_those_already_ended():
    # On 1 December 2026: a's 2026 value ends in 30 days, but 2027 is known, so a is not
    # due until 31 December 2027. c ended on 30 June 2026. b has no end.
    assert expiring(dt.date(2026, 12, 1), 30, TEST_FACTS) == [C]
    assert expiring(dt.date(2027, 12, 1), 30, TEST_FACTS) == [C, A_NEXT]
    assert expiring(dt.date(2026, 1, 1), 0, TEST_FACTS) == []


def test_latest_keeps_one_value_per_figure_in_registry_order():
    assert latest(TEST_FACTS) == [A_NEXT, B, C]


# The figures current on 1 January 2027 (domain facts, December 2026 addendum).
@pytest.mark.parametrize(("fact_id", "day", "value", "outside"), [
    ("ma_reconsideration_days", dt.date(2027, 1, 1), 65, False),
    ("aca_max_oop_self", dt.date(2026, 7, 1), Decimal("10600.00"), False),
    ("aca_max_oop_family", dt.date(2026, 7, 1), Decimal("21200.00"), False),
    ("aca_max_oop_self", dt.date(2027, 1, 1), Decimal("12000.00"), False),
    ("aca_max_oop_family", dt.date(2027, 1, 1), Decimal("24000.00"), False),
    # 2027 amounts were not published in our sources: the 2026 one, flagged.
    ("medicare_part_b_deductible", dt.date(2027, 1, 1), Decimal("283.00"), True),
    ("medicare_aic_alj", dt.date(2026, 5, 1), Decimal("200.00"), False),
    ("medicare_aic_alj", dt.date(2027, 1, 1), Decimal("200.00"), True),
    ("medicare_aic_judicial", dt.date(2026, 5, 1), Decimal("1960.00"), False),
    ("medicaid_retroactive_months_expansion", dt.date(2027, 1, 1), 1, False),
    ("medicaid_retroactive_months_other", dt.date(2027, 1, 1), 2, False),
    ("medicaid_renewal_months_expansion", dt.date(2026, 12, 31), 6, False),
])
def test_the_registry_figures(fact_id, day, value, outside):
    pick = fact_for(fact_id, day)
    assert (pick.fact.value, pick.outside_period) == (value, outside)


def test_on_new_year_2027_the_2026_medicare_amounts_show_as_expired():
    due = {fact.id for fact in expiring(dt.date(2027, 1, 1), 0)}
    assert {"medicare_part_b_deductible", "medicare_aic_alj", "medicare_aic_judicial",
            "medicare_pfs_conversion_factor"} <= due
    assert "aca_max_oop_self" not in due  # 2027 is known


def test_every_fact_has_a_source_a_description_and_no_overlapping_periods():
    for fact in FACTS:
        assert fact.source.name and fact.source.url.startswith("https://"), fact
        assert fact.description and isinstance(fact.description, str), fact
        assert fact.end is None or fact.start <= fact.end, fact
        assert isinstance(fact.value, Decimal | int | str) and not isinstance(fact.value, bool)
    for fact_id in {fact.id for fact in FACTS}:
        periods = sorted((f.start, f.end or dt.date.max) for f in FACTS if f.id == fact_id)
        assert all(end < start for (_, end), (start, _) in zip(periods, periods[1:],
                                                                 strict=False)), fact_id


def test_the_packaged_fee_schedule_states_its_year_and_ends_with_it():
    schedule = packaged_fee_schedule()
    data = json.loads((resources.files("benefits") / "data" / "medicare_fees.json")
                      .read_text(encoding="utf-8"))
    assert schedule.year == data["year"] == 2025  # CY2025, domain facts §2.2
    assert "CY2025" in data["notes"] and "2025" in data["source"]
    fact = fee_schedule_fact(schedule)
    assert (fact.value, fact.start, fact.end) == (2025, dt.date(2025, 1, 1),
                                                  dt.date(2025, 12, 31))
    assert fact in expiring(dt.date(2027, 1, 1), 0, (*FACTS, fact))


def test_texts_state_the_registry_values():
    days = fact_for("ma_reconsideration_days", dt.date(2027, 1, 1)).fact.value
    assert f"{days} days" in texts.MA_RECONSIDERATION
    assert f"{days} days" in texts.MA_RECONSIDERATION_FROM_NOTICE
    medicaid = " ".join(next(iter(PLAN_NEXT_STEP.values())))
    months = fact_for("medicaid_renewal_months_expansion", dt.date(2027, 1, 1)).fact.value
    expansion = fact_for("medicaid_retroactive_months_expansion",
                         dt.date(2027, 1, 1)).fact.value
    other = fact_for("medicaid_retroactive_months_other", dt.date(2027, 1, 1)).fact.value
    for phrase in (f"every {months} months", f"{expansion} month before",
                   f"it is {other} months"):
        assert phrase in medicaid, phrase


def test_the_sample_original_medicare_plan_uses_the_registry_deductible():
    from benefits.summary.sample_plans import get_sample_plan

    plan = get_sample_plan("original-medicare")
    fact = fact_for("medicare_part_b_deductible", dt.date(2026, 1, 1)).fact
    assert plan is not None and plan.summary.in_network.deductible == fact.value
    assert str(fact.start.year) in plan.name


def test_the_registry_module_is_pure():
    assert facts.__doc__ and "Pure Python" in facts.__doc__
