"""The weekly roster (排班表): who works which turn, and who is on now.

Times are the hotel's wall clock ("07:00"–"15:00"); an end before the start runs past midnight.
A clerk cannot be rostered twice at overlapping times, and only active staff can be rostered.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..models import Counter, Shift, Staff, utcnow
from ..models.backoffice import RosterShift
from . import audit
from .settings import load_settings
from .staff import require_role

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class RosterEntry:
    id: int
    staff_id: int
    staff_name: str
    counter: str
    work_date: date
    starts: str
    ends: str
    note: str


@dataclass(frozen=True)
class OnDuty:
    name: str
    counter: str
    hours: str  # "07:00–15:00", or "open shift" when working without a roster entry
    signed_in: bool  # has an open shift now


def _span(work_date: date, starts: str, ends: str, tz) -> tuple[datetime, datetime]:
    start = datetime.combine(work_date, time.fromisoformat(starts), tz)
    end = datetime.combine(work_date, time.fromisoformat(ends), tz)
    return start, end + timedelta(days=1) if end <= start else end


def add_shift(session: Session, staff_id: int, clerk_id: int, work_date: date, starts: str, ends: str,
              counter_id: int | None = None, note: str = "", at: datetime | None = None) -> int:
    require_role(session, staff_id)
    clerk = session.get(Staff, clerk_id)
    if clerk is None or not clerk.active:
        raise InvalidInput("not_active", "只能为在职员工排班", "Only active staff can be rostered")
    for t in (starts, ends):
        if not isinstance(t, str) or not _HHMM.match(t):
            raise InvalidInput("bad_time", "时间格式应为 HH:MM：{t}", "A time must be HH:MM: {t}", t=t)
    if starts == ends:
        raise InvalidInput("empty_shift", "开始和结束时间不能相同", "A turn cannot start and end at the same time")
    if counter_id is not None and session.get(Counter, counter_id) is None:
        raise NotFound(zh="未知柜台", en="Unknown counter")
    tz = load_settings(session).tz
    start, end = _span(work_date, starts, ends, tz)
    for other in session.scalars(select(RosterShift).where(
            RosterShift.staff_id == clerk_id, RosterShift.work_date.between(work_date - timedelta(days=1),
                                                                             work_date + timedelta(days=1)))):
        o_start, o_end = _span(other.work_date, other.starts, other.ends, tz)
        if start < o_end and o_start < end:
            raise InvalidInput("roster_overlap", "{name} 在 {d} {s}–{e} 已有排班",
                               "{name} is already rostered {d} {s}–{e}", name=clerk.name,
                               d=other.work_date.isoformat(), s=other.starts, e=other.ends)
    row = RosterShift(staff_id=clerk_id, counter_id=counter_id, work_date=work_date, starts=starts, ends=ends,
                      note=note.strip() or None, created_by=staff_id, created_at=at or utcnow())
    session.add(row)
    session.flush()
    audit.record(session, "roster_added", staff_id=staff_id, entity="roster_shift", entity_id=row.id, at=at,
                 clerk=clerk.code, day=work_date.isoformat(), hours=f"{starts}-{ends}")
    return row.id


def remove_shift(session: Session, staff_id: int, roster_id: int) -> None:
    require_role(session, staff_id)
    row = session.get(RosterShift, roster_id)
    if row is None:
        raise NotFound(zh="排班不存在", en="No such roster entry")
    audit.record(session, "roster_removed", staff_id=staff_id, entity="roster_shift", entity_id=roster_id,
                 day=row.work_date.isoformat(), hours=f"{row.starts}-{row.ends}", clerk_id=row.staff_id)
    session.delete(row)


def week(session: Session, monday: date) -> list[RosterEntry]:
    """The roster of the week starting `monday` (any day of it is taken back to its Monday)."""
    monday = monday - timedelta(days=monday.weekday())
    rows = session.execute(
        select(RosterShift, Staff.name, Counter.code).join(Staff, Staff.id == RosterShift.staff_id)
        .outerjoin(Counter, Counter.id == RosterShift.counter_id)
        .where(RosterShift.work_date.between(monday, monday + timedelta(days=6)))
        .order_by(Staff.name, RosterShift.work_date, RosterShift.starts))
    return [RosterEntry(r.id, r.staff_id, name, code or "", r.work_date, r.starts, r.ends, r.note or "")
            for r, name, code in rows]


def on_duty(session: Session, at: datetime | None = None) -> list[OnDuty]:
    """Who is rostered now, and who has an open shift (rostered or not), for the dashboard."""
    at = at or utcnow()
    tz = load_settings(session).tz
    local = at.astimezone(tz).date()
    open_by = {clerk: code for clerk, code in session.execute(
        select(Shift.clerk_id, Counter.code).join(Counter, Counter.id == Shift.counter_id)
        .where(Shift.status != "closed"))}
    out, seen = [], set()
    for r, name, code in session.execute(
            select(RosterShift, Staff.name, Counter.code).join(Staff, Staff.id == RosterShift.staff_id)
            .outerjoin(Counter, Counter.id == RosterShift.counter_id)
            .where(RosterShift.work_date.between(local - timedelta(days=1), local)).order_by(RosterShift.starts)):
        start, end = _span(r.work_date, r.starts, r.ends, tz)
        if start <= at < end and r.staff_id not in seen:
            seen.add(r.staff_id)
            out.append(OnDuty(name, open_by.get(r.staff_id) or code or "", f"{r.starts}–{r.ends}",
                              r.staff_id in open_by))
    for clerk_id, code in open_by.items():
        if clerk_id not in seen:
            out.append(OnDuty(session.get(Staff, clerk_id).name, code, "", True))
    return out
