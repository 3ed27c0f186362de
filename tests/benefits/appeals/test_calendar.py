"""Calendar arithmetic: the 4-month rule, month ends, leap years, weekends and holidays."""

from __future__ import annotations

from datetime import date

import pytest

from benefits.appeals.calendar import (
    add_days,
    add_months_rule,
    is_business_day,
    next_business_day,
)


@pytest.mark.parametrize(("start", "days", "expected"), [
    (date(2026, 3, 1), 30, date(2026, 3, 31)),  # "within 30 days" of the 1st: the 31st
    (date(2026, 3, 2), 180, date(2026, 8, 29)),
    (date(2026, 1, 31), 30, date(2026, 3, 2)),  # across a 28-day February
    (date(2027, 9, 2), 180, date(2028, 2, 29)),  # lands on a leap day
    (date(2026, 12, 20), 14, date(2027, 1, 3)),  # across the new year
    (date(2026, 3, 2), 0, date(2026, 3, 2)),
])
def test_add_days_counts_calendar_days(start, days, expected):
    assert add_days(start, days) == expected


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 10, 30), 4, date(2027, 3, 1)),  # the rule's own example: no 30 February
    (date(2026, 10, 31), 4, date(2027, 3, 1)),
    (date(2026, 10, 29), 4, date(2027, 3, 1)),  # 2027 is not a leap year
    (date(2027, 10, 29), 4, date(2028, 2, 29)),  # 2028 is
    (date(2027, 10, 30), 4, date(2028, 3, 1)),
    (date(2026, 1, 31), 4, date(2026, 5, 31)),  # May has a 31st
    (date(2026, 1, 31), 1, date(2026, 3, 1)),
    (date(2026, 5, 31), 4, date(2026, 10, 1)),  # no 31 September
    (date(2026, 8, 31), 4, date(2026, 12, 31)),
    (date(2026, 11, 30), 4, date(2027, 3, 30)),
    (date(2026, 9, 15), 4, date(2027, 1, 15)),  # into the next year
    (date(2026, 12, 31), 2, date(2027, 3, 1)),
    (date(2028, 2, 29), 4, date(2028, 6, 29)),
    (date(2026, 3, 2), 12, date(2027, 3, 2)),
])
def test_add_months_rule(start, months, expected):
    assert add_months_rule(start, months) == expected


@pytest.mark.parametrize(("day", "expected"), [
    (date(2026, 3, 2), date(2026, 3, 2)),  # a Monday stays
    (date(2026, 3, 7), date(2026, 3, 9)),  # Saturday -> Monday
    (date(2026, 3, 8), date(2026, 3, 9)),  # Sunday -> Monday
    (date(2026, 7, 3), date(2026, 7, 6)),  # Independence Day observed on Friday 3 July
    (date(2026, 7, 4), date(2026, 7, 6)),
    (date(2026, 11, 26), date(2026, 11, 27)),  # Thanksgiving
    (date(2026, 5, 25), date(2026, 5, 26)),  # Memorial Day
    (date(2026, 12, 25), date(2026, 12, 28)),  # Christmas on a Friday
    (date(2027, 12, 24), date(2027, 12, 27)),  # Christmas 2027 observed on Friday 24th
    (date(2027, 12, 31), date(2028, 1, 3)),  # New Year 2028 (a Saturday) observed 31 Dec
    (date(2028, 1, 17), date(2028, 1, 18)),  # Martin Luther King Jr. Day
    (date(2026, 6, 19), date(2026, 6, 22)),  # Juneteenth on a Friday
])
def test_next_business_day(day, expected):
    assert next_business_day(day) == expected


def test_business_days():
    assert is_business_day(date(2026, 3, 3))
    assert not is_business_day(date(2026, 1, 1))
    assert not is_business_day(date(2026, 2, 16))  # Washington's Birthday
    assert is_business_day(date(2026, 2, 17))
