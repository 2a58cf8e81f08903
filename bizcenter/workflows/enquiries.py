"""Enquiries answered at the counter (问询记录): what was asked and the answer given, by whom and when,
so the supervisor's daily look sees what guests ask and whether the answers were right."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Counter, Staff, utcnow
from ..models.messages import Enquiry
from . import audit
from .guests import normalise_room
from .messages import MAX_NAME, MAX_TEXT, _text
from .settings import load_settings
from .staff import Operator


@dataclass(frozen=True)
class EnquiryRow:
    id: int
    asked_at: datetime  # hotel time
    counter_code: str
    answered_by: str
    guest_name: str
    room: str
    question: str
    answer: str


def record(session: Session, op: Operator, question: str, answer: str, guest_name: str = "", room: str = "",
           at: datetime | None = None) -> int:
    """Any clerk logs an enquiry they answered; the guest's name and room are optional (a passer-by asks too)."""
    at = at or utcnow()
    question = _text(question, MAX_TEXT, "问询内容", "question", required=True)
    answer = _text(answer, MAX_TEXT, "答复", "answer", required=True)
    guest = _text(guest_name, MAX_NAME, "客人姓名", "guest's name")
    room = normalise_room(_text(room, 10, "房号", "room"))
    row = Enquiry(counter_id=op.counter_id, asked_at=at, answered_by=op.staff_id, guest_name=guest or None,
                  room=room or None, question=question, answer=answer)
    session.add(row)
    session.flush()
    audit.record(session, "enquiry_recorded", staff_id=op.staff_id, counter_id=op.counter_id, entity="enquiry",
                 entity_id=row.id, at=at)
    return row.id


def log(session: Session, start: date | None = None, end: date | None = None) -> list[EnquiryRow]:
    """Enquiries on the hotel's business days `start`..`end`, newest first."""
    clock = load_settings(session).clock
    since, until = clock.days_bounds(start, end)
    query = (select(Enquiry, Staff.name, Counter.code).join(Staff, Staff.id == Enquiry.answered_by)
             .join(Counter, Counter.id == Enquiry.counter_id).order_by(Enquiry.asked_at.desc(), Enquiry.id.desc()))
    if since:
        query = query.where(Enquiry.asked_at >= since)
    if until:
        query = query.where(Enquiry.asked_at < until)
    return [EnquiryRow(e.id, e.asked_at.astimezone(clock.tz), code, who, e.guest_name or "", e.room or "", e.question,
                       e.answer) for e, who, code in session.execute(query)]
