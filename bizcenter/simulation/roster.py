"""The roster: who works which shift at which counter, and the supervisor's day close.

Morning 07:00–15:00 and evening 15:00–23:00 at every counter, and on some days a night shift at
the first counter from 23:00 to 06:45 — it stays on the day it opened, so that day is closed the
next morning. A clerk who worked the night is not on the next morning. All times are the hotel's.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Callable

from ..workflows.dayclose import DayClosed, close_day
from ..workflows.staff import check_credentials
from .cast import Cast, Desk, Member
from .clock import Script, Step

SHIFTS = {  # kind: (opens, length, how busy relative to a morning)
    "morning": (time(7, 0), timedelta(hours=8), 1.0),
    "evening": (time(15, 0), timedelta(hours=8), 0.8),
    "night": (time(23, 0), timedelta(hours=7, minutes=45), 0.2),
}
NIGHT_SHIFT_ODDS = 0.3


@dataclass(frozen=True)
class ShiftPlan:
    day: date
    kind: str
    counter: Desk
    clerk: Member
    supervisor: Member  # on duty: approves discounts, voids, refunds and a big cash variance
    opens: datetime
    closes: datetime
    busy: float


@dataclass(frozen=True)
class DayPlan:
    day: date
    shifts: tuple[ShiftPlan, ...]
    closer: Member
    close_at: datetime


def make_roster(cast: Cast, start: date, days: int, rng: random.Random) -> tuple[DayPlan, ...]:
    plans, night_clerk = [], None
    for n in range(days):
        day = start + timedelta(days=n)
        night = n == 0 or rng.random() < NIGHT_SHIFT_ODDS
        plan = _day(cast, day, night, night_clerk, rng, supervisors=_duty(cast, n))
        night_clerk = next((s.clerk for s in plan.shifts if s.kind == "night"), None)
        plans.append(plan)
    return tuple(plans)


def _duty(cast: Cast, n: int) -> tuple[Member, Member]:
    """The two supervisors swap mornings and evenings every other day."""
    first, second = cast.supervisors[0], cast.supervisors[-1]
    return (first, second) if n % 2 == 0 else (second, first)


def _day(cast: Cast, day: date, night: bool, rested: Member | None, rng: random.Random,
         supervisors: tuple[Member, Member]) -> DayPlan:
    clerks = [c for c in cast.clerks if c != rested]
    rng.shuffle(clerks)
    wanted = [(kind, desk) for kind in ("morning", "evening") for desk in cast.counters]
    if night:
        wanted.append(("night", cast.counters[0]))
    if len(wanted) > len(clerks):
        raise ValueError(f"{len(clerks)} clerks cannot staff {len(wanted)} shifts")
    morning_sup, evening_sup = supervisors
    shifts = tuple(_shift(cast, day, kind, desk, clerk, morning_sup if kind == "morning" else evening_sup)
                   for (kind, desk), clerk in zip(wanted, clerks))
    if night:
        return DayPlan(day, shifts, morning_sup, _at(cast, day + timedelta(days=1), time(7, 10)))
    return DayPlan(day, shifts, evening_sup, _at(cast, day, time(23, 30)))


def _shift(cast: Cast, day: date, kind: str, desk: Desk, clerk: Member, supervisor: Member) -> ShiftPlan:
    opens_at, length, busy = SHIFTS[kind]
    busy *= 1.0 if desk == cast.counters[0] else 0.6  # the first counter gets the walk-ins
    opens = _at(cast, day, opens_at)
    return ShiftPlan(day, kind, desk, clerk, supervisor, opens, opens + length, busy)


def _at(cast: Cast, day: date, clock: time) -> datetime:
    """A wall-clock time at the hotel as an instant (UTC), so DST or a far time zone cannot shift a day."""
    return datetime.combine(day, clock, tzinfo=cast.tz).astimezone(timezone.utc)


def day_close_script(plans: tuple[DayPlan, ...], progress: Callable[[DayClosed], None] | None = None) -> Script:
    """After the day's last shift has closed, a supervisor gives code and PIN and closes the business
    day — one action, as `bizcenter close-day --as CODE` does it."""
    for plan in plans:
        closed = yield Step(plan.close_at, "day_close", lambda s, p=plan: _close_day(s, p))
        if progress is not None:
            progress(closed)


def _close_day(session, plan: DayPlan) -> DayClosed:
    supervisor = check_credentials(session, plan.closer.credentials, plan.close_at)
    return close_day(session, supervisor.id, plan.day, at=plan.close_at)
