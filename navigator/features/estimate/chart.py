"""Geometry for the cumulative-cost chart, drawn as SVG by the template (no JavaScript)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from benefits.estimate.engine import Projection

ZERO = Decimal(0)
WIDTH, HEIGHT = 640, 300
LEFT, RIGHT, TOP, BOTTOM = 88, 16, 16, 40


@dataclass(frozen=True)
class Tick:
    value: Decimal
    y: float


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    bottom: float
    right: float
    top: int
    patient_points: str  # SVG polyline points
    self_pay_points: str | None
    ticks: list[Tick]
    x_labels: list[tuple[float, int]]  # (x, session number)
    last_total: Decimal


def _nice_ceiling(value: Decimal) -> Decimal:
    """A round top for the axis: 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return Decimal(100)
    magnitude = Decimal(10) ** (len(str(int(value))) - 1)
    for step in (1, 2, 5, 10):
        top = magnitude * step
        if top >= value:
            return top
    return (value / magnitude).to_integral_value(ROUND_CEILING) * magnitude  # pragma: no cover


def _points(totals: list[Decimal], x_of, y_of) -> str:  # noqa: ANN001
    return " ".join(f"{x_of(i):.1f},{y_of(total):.1f}" for i, total in enumerate(totals))


def cumulative_chart(projection: Projection) -> Chart:
    """Running totals of what the person pays (and would pay self-pay), scaled to the box."""
    running, total = [Decimal(0)], Decimal(0)
    for cost in projection.sessions:
        total += cost.patient_pays
        running.append(total)
    self_pay = projection.self_pay
    self_totals = [self_pay.per_session * n for n in range(len(running))] if self_pay else None
    top_value = _nice_ceiling(max(running[-1], self_totals[-1] if self_totals else ZERO))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    count = len(projection.sessions)

    def x_of(i: int) -> float:
        return LEFT + plot_w * i / count

    def y_of(value: Decimal) -> float:
        return TOP + plot_h * float(1 - value / top_value)

    every = max(1, round(count / 8))
    labels = [(x_of(n), n) for n in range(1, count + 1) if n == 1 or n % every == 0]
    return Chart(
        width=WIDTH, height=HEIGHT, left=LEFT, bottom=TOP + plot_h, right=WIDTH - RIGHT,
        top=TOP, patient_points=_points(running, x_of, y_of),
        self_pay_points=_points(self_totals, x_of, y_of) if self_totals else None,
        ticks=[Tick(top_value * k / 4, y_of(top_value * k / 4)) for k in range(5)],
        x_labels=labels, last_total=running[-1],
    )
