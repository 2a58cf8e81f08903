"""Punctuality: each shift's opening compared with its clerk's rostered turn, on the hotel's clock.

The procedure asks clerks to be at the counter a few minutes before their turn starts (setting
`punctual_minutes_early`, 5 by default). When a shift opens, the turn it belongs to is the clerk's
roster entry for that counter (or for any counter) whose span holds the opening, or which starts
within the next few hours; the outcome is written then and there (`ShiftPunctuality`), with the turn
copied, so editing the roster afterwards never changes what happened. Turns are on the hotel's wall
clock and may run past midnight; the record is filed under the shift's business day.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..models import Counter, Shift, Staff, utcnow
from ..models.backoffice import RosterShift
from ..models.notices import ShiftPunctuality
from .roster import _span
from .settings import load_settings
from .staff import require_role

EARLIEST_SIGN_IN = timedelta(hours=3)  # an opening longer before a turn's start belongs to no turn


@dataclass(frozen=True)
class Opening:
    """One shift opening as the supervisor's daily look shows it (times are the hotel's)."""

    business_date: date
    clerk: str
    counter: str
    opened_at: datetime
    rostered: bool
    hours: str  # "07:00–15:00", or "" when unrostered
    due_at: datetime | None
    minutes_late: int

    @property
    def late(self) -> bool:
        return self.minutes_late > 0


@dataclass(frozen=True)
class ClerkWeek:
    """One clerk's week for the staff report."""

    clerk: str
    code: str
    rostered: int  # turns on the roster (as it stands now)
    worked: int  # rostered turns whose shift was opened
    late: int
    minutes_late: int
    absent: int  # rostered turns already over with no shift opened for them
    unrostered: int  # shifts opened without a turn


def _turn_for(session: Session, shift: Shift, at: datetime, tz):
    """The clerk's roster entry this opening belongs to, or None: a turn at this counter (or one without
    a counter) that has not ended and starts at most EARLIEST_SIGN_IN after `at`; the nearest start wins."""
    local = at.astimezone(tz).date()
    best = None
    for r in session.scalars(select(RosterShift).where(
            RosterShift.staff_id == shift.clerk_id,
            or_(RosterShift.counter_id.is_(None), RosterShift.counter_id == shift.counter_id),
            RosterShift.work_date.between(local - timedelta(days=1), local + timedelta(days=1)))):
        start, end = _span(r.work_date, r.starts, r.ends, tz)
        if start - EARLIEST_SIGN_IN <= at < end:
            if best is None or abs(start - at) < abs(best[1] - at):
                best = (r, start)
    return best


def record_opening(session: Session, shift: Shift, at: datetime) -> ShiftPunctuality:
    """Write how `shift`'s opening at `at` compares with the roster (called by `open_shift`)."""
    settings = load_settings(session)
    early = int(settings.punctual_minutes_early)
    found = _turn_for(session, shift, at, settings.tz)
    row = ShiftPunctuality(shift_id=shift.id, staff_id=shift.clerk_id, counter_id=shift.counter_id,
                           business_date=shift.business_date, opened_at=at, rostered=found is not None,
                           early_minutes=early, minutes_late=0)
    if found is not None:
        turn, start = found
        due = start - timedelta(minutes=early)
        row.roster_id, row.work_date, row.starts, row.ends = turn.id, turn.work_date, turn.starts, turn.ends
        row.rostered_start, row.due_at = start, due
        row.minutes_late = max(0, int((at - due).total_seconds() // 60))
    session.add(row)
    session.flush()
    return row


def openings(session: Session, first: date, last: date, late_only: bool = False) -> list[Opening]:
    """Shift openings of the business days first … last, oldest first (the supervisor's daily look)."""
    clock = load_settings(session).clock
    query = (select(ShiftPunctuality, Staff.name, Counter.code).join(Staff, Staff.id == ShiftPunctuality.staff_id)
             .join(Counter, Counter.id == ShiftPunctuality.counter_id)
             .where(ShiftPunctuality.business_date.between(first, last))
             .order_by(ShiftPunctuality.opened_at, ShiftPunctuality.id))
    if late_only:
        query = query.where(ShiftPunctuality.minutes_late > 0)
    return [Opening(p.business_date, name, code, clock.local(p.opened_at), p.rostered,
                    f"{p.starts}–{p.ends}" if p.rostered else "", clock.local(p.due_at) if p.due_at else None,
                    p.minutes_late)
            for p, name, code in session.execute(query)]


def staff_week(session: Session, staff_id: int, monday: date, at: datetime | None = None) -> list[ClerkWeek]:
    """Per clerk, the week from `monday` (any day is taken back to its Monday): turns rostered, worked,
    late (and the minutes), absent, and shifts opened without a turn. Turns are the roster's turns
    starting that week; a turn not yet over is not absent."""
    require_role(session, staff_id)
    at = at or utcnow()
    monday = monday - timedelta(days=monday.weekday())
    sunday = monday + timedelta(days=6)
    tz = load_settings(session).tz
    turns = session.scalars(select(RosterShift).where(RosterShift.work_date.between(monday, sunday))).all()
    done = session.scalars(select(ShiftPunctuality).where(or_(
        ShiftPunctuality.work_date.between(monday, sunday),
        ShiftPunctuality.rostered.is_(False) & ShiftPunctuality.business_date.between(monday, sunday)))).all()
    worked_turns = {p.roster_id for p in done if p.rostered}
    counts: dict[int, dict[str, int]] = defaultdict(lambda: dict.fromkeys(
        ("rostered", "worked", "late", "minutes_late", "absent", "unrostered"), 0))
    for t in turns:
        c = counts[t.staff_id]
        c["rostered"] += 1
        if t.id not in worked_turns and _span(t.work_date, t.starts, t.ends, tz)[1] <= at:
            c["absent"] += 1
    seen: set[int] = set()
    for p in sorted(done, key=lambda p: (p.opened_at, p.id)):
        c = counts[p.staff_id]
        if p.rostered and p.roster_id in seen:
            continue  # a turn opened twice (closed and reopened) is worked once, judged by its first opening
        if p.rostered:
            seen.add(p.roster_id)
            c["worked"] += 1
            c["late"] += p.minutes_late > 0
            c["minutes_late"] += p.minutes_late
        else:
            c["unrostered"] += 1
    people = {s.id: s for s in session.scalars(select(Staff).where(Staff.id.in_(list(counts))))} if counts else {}
    return sorted((ClerkWeek(people[i].name, people[i].code, **c) for i, c in counts.items()),
                  key=lambda w: (w.clerk, w.code))
