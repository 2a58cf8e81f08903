"""The roster: who works which shift at which counter, and the supervisor's day close (with what the
close asks first: variances approved, vouchers ticked, room charges exported and confirmed).

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
from ..workflows.exports import confirm_batch
from ..workflows.frontoffice import export_postings
from ..workflows.reconcile import approve_variance, day_check, tick_voucher
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


VOUCHER_MISSING_ODDS = 0.03  # a guest's signed voucher now and then does not reach the supervisor's desk
MISSING_NOTE = "签单未交回，客人明早到前台补签 voucher not returned; the guest signs again at the front desk tomorrow"
VARIANCE_REASONS = ("找零出错，已与收银员核对 wrong change given, checked with the clerk",
                    "硬币掉在抽屉后面 coin dropped behind the drawer",
                    "点钞差错，监控已核实 miscount, checked on the camera",
                    "客人少付，已记录 guest underpaid, noted")


def day_close_script(plans: tuple[DayPlan, ...], progress: Callable[[DayClosed], None] | None = None,
                     rng: random.Random | None = None, supervisors: tuple[Member, ...] = ()) -> Script:
    """After the day's last shift has closed, the supervisor does what the close asks first — approves
    each cash variance with a reason (never one of their own shifts), ticks the signed vouchers in hand
    (now and then one is missing: a note says why), exports the day's room charges and has the front
    office confirm the batch — then gives code and PIN and closes the day, confirming the close when
    the day is still running (a close at 23:30 is before the cut-off). Each is one action."""
    rng = rng or random.Random(0)
    for plan in plans:
        at = iter(plan.close_at + timedelta(seconds=n) for n in range(100_000))
        check = yield Step(next(at), "day_check", lambda s, p=plan: day_check(s, p.closer.id, p.day))
        for line in check.unapproved:
            approver, reason = _approver(plan.closer, supervisors, line.clerk_id), rng.choice(VARIANCE_REASONS)
            t = next(at)
            yield Step(t, "variance_approval",
                       lambda s, a=approver.id, sid=line.shift_id, r=reason, t=t: approve_variance(s, a, sid, r, t))
        missing = {v.posting_id for v in check.vouchers if rng.random() < VOUCHER_MISSING_ODDS}
        for v in check.vouchers:
            if v.posting_id not in missing:
                t = next(at)
                yield Step(t, "voucher_tick", lambda s, pid=v.posting_id, t=t: tick_voucher(s, plan.closer.id, pid,
                                                                                          True, t))
        t = next(at)
        export = yield Step(t, "export", lambda s, t=t: export_postings(s, plan.closer.id, plan.day, at=t))
        if export.batch:  # the front office's feed has the file: it confirms the batch
            t = next(at)
            yield Step(t, "export_confirm", lambda s, b=export.batch, t=t: confirm_batch(s, None, b, t))
        t, note = next(at), MISSING_NOTE if missing else ""
        closed = yield Step(t, "day_close", lambda s, n=note, t=t: _close_day(s, plan, n, t))
        if progress is not None:
            progress(closed)


def _approver(closer: Member, supervisors: tuple[Member, ...], clerk_id: int) -> Member:
    """The closing supervisor, unless it was their own shift: then the other one."""
    if closer.id != clerk_id:
        return closer
    return next(m for m in supervisors if m.id != clerk_id)


def _close_day(session, plan: DayPlan, note: str, at: datetime) -> DayClosed:
    supervisor = check_credentials(session, plan.closer.credentials, at)
    return close_day(session, supervisor.id, plan.day, at, note=note, running_day=True)
