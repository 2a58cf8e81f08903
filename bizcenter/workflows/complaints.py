"""Guest complaints and feedback (宾客投诉与意见): what, who, when, what was done, and the follow-up;
and the events board (当日大型活动) entered by hand or imported from the front office's list.

Any clerk writes down what a guest said; resolving a complaint is the supervisor's, and a resolved
complaint keeps its text: a later follow-up is added, the original never rewritten.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import HotelEvent, Staff, utcnow
from ..models.backoffice import FEEDBACK_KINDS, GuestFeedback
from ..models.staff import ROLES
from . import audit
from .equipment import add_event
from .settings import load_settings
from .staff import require_role


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    kind: str
    received_at: datetime
    guest_name: str
    room: str
    what: str
    recorded_by: str
    status: str
    resolution: str
    resolved_by: str
    follow_up: str
    follow_up_on: date | None


@dataclass(frozen=True)
class EventRow:
    id: int
    event_date: date
    time: str
    title: str
    place: str
    note: str


def record(session: Session, staff_id: int, kind: str, guest_name: str, what: str, room: str = "",
           at: datetime | None = None) -> int:
    require_role(session, staff_id, ROLES)  # any active member of staff
    if kind not in FEEDBACK_KINDS:
        raise InvalidInput(zh="未知类别：{k}", en="Unknown kind: {k}", k=kind)
    if not (guest_name or "").strip() or not (what or "").strip():
        raise InvalidInput("feedback_incomplete", "请填写客人姓名和内容", "Give the guest's name and what they said")
    row = GuestFeedback(kind=kind, received_at=at or utcnow(), guest_name=guest_name.strip()[:200],
                        room=(room or "").strip()[:10] or None, what=what.strip(), recorded_by=staff_id,
                        status="open" if kind == "complaint" else "resolved")
    session.add(row)
    session.flush()
    audit.record(session, "feedback_recorded", staff_id=staff_id, entity="guest_feedback", entity_id=row.id, at=at,
                 kind=kind)
    return row.id


def resolve(session: Session, staff_id: int, feedback_id: int, resolution: str, follow_up: str = "",
            follow_up_on: date | None = None, at: datetime | None = None) -> None:
    require_role(session, staff_id)
    row = session.get(GuestFeedback, feedback_id)
    if row is None:
        raise NotFound(zh="记录不存在", en="No such record")
    if row.status == "resolved" and row.resolution:
        raise NotAllowed("already_resolved", "该投诉已处理，请添加跟进", "Already resolved; add a follow-up instead")
    if not (resolution or "").strip():
        raise InvalidInput("resolution_required", "请填写处理结果", "Say how it was resolved")
    row.status, row.resolution, row.resolved_by, row.resolved_at = "resolved", resolution.strip(), staff_id, at or utcnow()
    if follow_up.strip():
        row.follow_up, row.follow_up_on = follow_up.strip(), follow_up_on
    audit.record(session, "feedback_resolved", staff_id=staff_id, entity="guest_feedback", entity_id=row.id, at=at)


def add_follow_up(session: Session, staff_id: int, feedback_id: int, text: str, on: date | None = None,
                  at: datetime | None = None) -> None:
    """Add to the follow-up (the earlier text stays, with the date it was written)."""
    require_role(session, staff_id)
    row = session.get(GuestFeedback, feedback_id)
    if row is None:
        raise NotFound(zh="记录不存在", en="No such record")
    if not (text or "").strip():
        raise InvalidInput(zh="请填写跟进内容", en="Write the follow-up")
    stamp = load_settings(session).clock.text(at or utcnow(), "%Y-%m-%d")
    row.follow_up = "\n".join(p for p in (row.follow_up, f"[{stamp}] {text.strip()}") if p)
    row.follow_up_on = on
    audit.record(session, "feedback_follow_up", staff_id=staff_id, entity="guest_feedback", entity_id=row.id, at=at)


def log(session: Session, start: date | None = None, end: date | None = None, open_only: bool = False) -> list[FeedbackRow]:
    clock = load_settings(session).clock
    tz = clock.tz
    by, fixer = aliased(Staff), aliased(Staff)
    query = (select(GuestFeedback, by.name, fixer.name).join(by, by.id == GuestFeedback.recorded_by)
             .outerjoin(fixer, fixer.id == GuestFeedback.resolved_by).order_by(GuestFeedback.received_at.desc()))
    if open_only:
        query = query.where(GuestFeedback.status == "open")
    since, until = clock.days_bounds(start, end)  # the hotel's business days
    if since:
        query = query.where(GuestFeedback.received_at >= since)
    if until:
        query = query.where(GuestFeedback.received_at < until)
    return [FeedbackRow(f.id, f.kind, f.received_at.astimezone(tz), f.guest_name, f.room or "", f.what, who, f.status,
                        f.resolution or "", fixed or "", f.follow_up or "", f.follow_up_on)
            for f, who, fixed in session.execute(query)]


# --- events board ----------------------------------------------------------------------------------
def add_events(session: Session, staff_id: int, event_date: date, title: str, time: str = "", place: str = "",
               note: str = "") -> int:
    require_role(session, staff_id)
    event_id = add_event(session, event_date, title, time, place, note)
    audit.record(session, "event_added", staff_id=staff_id, entity="hotel_event", entity_id=event_id, title=title)
    return event_id


def remove_event(session: Session, staff_id: int, event_id: int) -> None:
    require_role(session, staff_id)
    row = session.get(HotelEvent, event_id)
    if row is None:
        raise NotFound(zh="活动不存在", en="No such event")
    audit.record(session, "event_removed", staff_id=staff_id, entity="hotel_event", entity_id=event_id, title=row.title)
    session.delete(row)


def events(session: Session, start: date, end: date) -> list[EventRow]:
    rows = session.scalars(select(HotelEvent).where(HotelEvent.event_date.between(start, end))
                           .order_by(HotelEvent.event_date, HotelEvent.time, HotelEvent.id))
    return [EventRow(e.id, e.event_date, e.time or "", e.title, e.place or "", e.note or "") for e in rows]


def import_events(session: Session, staff_id: int, data: bytes) -> int:
    """The front office's events list as CSV (date,time,title,place,note; UTF-8 or GB18030), all or nothing."""
    require_role(session, staff_id)
    from .frontoffice import _decode

    text = _decode(bytes(data))
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    if not rows or "date" not in {(k or "").strip().lower() for k in rows[0]}:
        raise InvalidInput("events_file", "活动文件须有表头 date,time,title,place,note",
                           "The events file needs the header date,time,title,place,note")
    parsed, errors = [], []
    for number, raw in enumerate(rows, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        try:
            day = date.fromisoformat(row.get("date", ""))
        except ValueError:
            errors.append(str(number))
            continue
        if not row.get("title"):
            errors.append(str(number))
            continue
        parsed.append((day, row["title"], row.get("time", ""), row.get("place", ""), row.get("note", "")))
    if errors:
        raise InvalidInput("events_rejected", "第 {rows} 行日期或名称有误，未导入任何活动",
                           "Row(s) {rows}: bad date or missing title; nothing was imported", rows=", ".join(errors[:10]))
    for day, title, t, place, note in parsed:
        add_event(session, day, title, t, place, note)
    audit.record(session, "events_imported", staff_id=staff_id, entity="hotel_event", rows=len(parsed))
    return len(parsed)
