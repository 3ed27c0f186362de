"""The deadlines as an iCalendar file: one all-day event per step, each with a reminder."""

from __future__ import annotations

import datetime as dt
import hashlib

from flask_babel import gettext
from icalendar import Alarm, Calendar, Event

from navigator.features.appeals.appeal.steps import Step

PRODID = "-//Navigator//Appeal deadlines//EN"


def _uid(step: Step, notice: dt.date) -> str:
    # The same case gives the same UIDs, so importing the file again updates the events
    # instead of doubling them; the hash keeps anything about the case out of the UID.
    digest = hashlib.sha256(f"{step.name}|{step.due}|{notice}".encode()).hexdigest()[:24]
    return f"{digest}@navigator"


def _reminder(step: Step, notice: dt.date) -> Alarm:
    """A week ahead, or a day ahead when the whole wait is about two weeks or less."""
    ahead = dt.timedelta(days=7 if (step.due - notice).days > 14 else 1)
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", step.label)
    alarm.add("trigger", -ahead)
    return alarm


def _event(step: Step, notice: dt.date, stamp: dt.datetime) -> Event:
    event = Event()
    event.add("uid", _uid(step, notice))
    event.add("dtstamp", stamp)
    event.add("dtstart", step.due)
    event.add("dtend", step.due + dt.timedelta(days=1))
    event.add("summary", step.label)
    source = gettext("Source: %(source)s", source=step.source)
    event.add("description", f"{step.rule}\n\n{source}\n{step.source_url}")
    event.add("url", step.source_url)
    event.add("transp", "TRANSPARENT")
    event.add_component(_reminder(step, notice))
    return event


def calendar_file(steps: list[Step], notice: dt.date, stamp: dt.datetime) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", gettext("Appeal deadlines"))
    for step in steps:
        calendar.add_component(_event(step, notice, stamp))
    return calendar.to_ical()
