"""Calendar arithmetic for deadlines: days, the 4-month rule, business days. Pure Python."""

from __future__ import annotations

import calendar
import datetime as dt
import functools

import holidays


def add_days(d: dt.date, days: int) -> dt.date:
    """`days` calendar days after `d`: "within 30 days" of the 1st ends on the 31st."""
    return d + dt.timedelta(days=days)


def add_months_rule(d: dt.date, months: int) -> dt.date:
    """The same day `months` months later; with no such day, the first day of the next month.

    45 CFR 147.136(d)(2)(i): a notice received on 30 October gives 1 March, as there is no
    30 February.
    """
    index = d.month - 1 + months
    year, month = d.year + index // 12, index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    if d.day <= last_day:
        return dt.date(year, month, d.day)
    return dt.date(year, month, last_day) + dt.timedelta(days=1)


@functools.lru_cache(maxsize=64)
def _federal_holidays(year: int) -> frozenset[dt.date]:
    # A neighbouring year's observed day can fall in this one (1 Jan on a Saturday is
    # observed on 31 December), so take both neighbours too.
    # holidays ships py.typed but leaves the country classes' __init__ unannotated.
    us_holidays = holidays.US(years=range(year - 1, year + 2))  # type: ignore[no-untyped-call]
    return frozenset(us_holidays.keys())


def is_business_day(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in _federal_holidays(d.year)


def next_business_day(d: dt.date) -> dt.date:
    """`d` itself on a business day; after a Saturday, Sunday or federal holiday, the next one.

    Federal holidays include their observed days (a Saturday holiday is observed on Friday).
    """
    while not is_business_day(d):
        d += dt.timedelta(days=1)
    return d
