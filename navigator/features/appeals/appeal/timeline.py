"""Where each date sits on the timeline picture: a vertical line, earliest date at the top.

Spacing follows the calendar, so long waits look long, but rows never come closer than one
row's height, so two dates a day apart still get room for their words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

WIDTH = 640
TOP = 28
SPAN = 420  # height the calendar spacing may use before rows are pushed apart
ROW = 48  # the least room a row needs: a date line and a label line
LINE_X = 24


@dataclass(frozen=True)
class Mark:
    y: float
    date: dt.date
    label: str
    style: str  # "start", "action", "answer" or "today"


@dataclass(frozen=True)
class Timeline:
    marks: list[Mark]
    height: float
    top: float = TOP
    line_x: int = LINE_X
    width: int = WIDTH

    @property
    def bottom(self) -> float:
        return self.marks[-1].y if self.marks else TOP


def timeline(points: list[tuple[dt.date, str, str]]) -> Timeline:
    """Lay out (date, label, style) points; they may come in any order."""
    ordered = sorted(points, key=lambda point: point[0])
    if not ordered:
        return Timeline([], TOP * 2)
    first, last = ordered[0][0], ordered[-1][0]
    days = max((last - first).days, 1)
    marks: list[Mark] = []
    for when, label, style in ordered:
        y = TOP + SPAN * (when - first).days / days
        if marks:
            y = max(y, marks[-1].y + ROW)
        marks.append(Mark(round(y, 1), when, label, style))
    return Timeline(marks, marks[-1].y + ROW)
