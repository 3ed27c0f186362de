"""Calendar arithmetic for Good Faith Estimates and disputes. Pure Python."""

from __future__ import annotations

import datetime as dt

# 45 CFR 149.620 / CMS: a dispute starts within 120 calendar days of the first bill's date.
DISPUTE_WINDOW = dt.timedelta(days=120)


def add_months(start: dt.date, months: int) -> dt.date:
    """The same day `months` later; with no such day (31 Jan + 1), the first of the next month.

    The roll-forward matches how 45 CFR 147.136(d)(2)(i) counts months, so the site counts
    months the same way everywhere.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    try:
        return start.replace(year=year, month=month)
    except ValueError:  # only a 29-30-31 day can be missing, and never in December
        return dt.date(year, month + 1, 1)


def course_end(first_date: dt.date, months: int) -> dt.date:
    """The last day of a course of `months` months starting on `first_date`."""
    return add_months(first_date, months) - dt.timedelta(days=1)


def last_day_to_dispute(bill_date: dt.date) -> dt.date:
    """Day 120 after the date on the first bill (the bill's own date is day 0)."""
    return bill_date + DISPUTE_WINDOW
