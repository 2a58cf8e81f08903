"""The audit-log viewer's query: who did what and when, filtered by time, person, counter and
action, newest first and a page at a time (the log grows for years; the index on `at` keeps a
page cheap). Supervisors only; ID numbers in the details are masked (`privacy`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import AuditEntry, Counter, Staff
from .privacy import masked_detail
from .settings import load_settings
from .staff import require_role

SIGN_IN_ACTIONS = ("sign_in", "sign_in_failed", "locked_out", "unlocked")


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # hotel time
    staff: str
    counter: str
    action: str
    entity: str
    detail: dict


@dataclass(frozen=True)
class AuditFilter:
    start: date | None = None
    end: date | None = None  # inclusive, the hotel's business days (cut-off to cut-off)
    staff_id: int | None = None
    counter_id: int | None = None
    actions: tuple[str, ...] = ()
    text: str = ""  # matched against the action, entity and detail


def entries(session: Session, staff_id: int, f: AuditFilter = AuditFilter(), limit: int = 200,
            before_id: int | None = None) -> list[AuditRow]:
    require_role(session, staff_id)
    clock = load_settings(session).clock
    tz = clock.tz
    query = (select(AuditEntry, Staff.code, Staff.name, Counter.code).outerjoin(Staff, Staff.id == AuditEntry.staff_id)
             .outerjoin(Counter, Counter.id == AuditEntry.counter_id).order_by(AuditEntry.id.desc()))
    since, until = clock.days_bounds(f.start, f.end)
    if since:
        query = query.where(AuditEntry.at >= since)
    if until:
        query = query.where(AuditEntry.at < until)
    if f.staff_id is not None:
        query = query.where(AuditEntry.staff_id == f.staff_id)
    if f.counter_id is not None:
        query = query.where(AuditEntry.counter_id == f.counter_id)
    if f.actions:
        query = query.where(AuditEntry.action.in_(f.actions))
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    needle = f.text.strip().lower()
    out: list[AuditRow] = []
    # the free-text filter looks into the JSON detail, which differs per backend: filter here, page by page
    for chunk_start in range(0, 50 * limit, 5 * limit):
        rows = session.execute(query.offset(chunk_start).limit(5 * limit)).all()
        for e, code, name, counter in rows:
            detail = masked_detail(e.detail)
            row = AuditRow(e.id, e.at.astimezone(tz), f"{code} {name}" if code else "", counter or "", e.action,
                           f"{e.entity or ''} {e.entity_id or ''}".strip(), detail)
            if not needle or needle in f"{row.action} {row.entity} {row.staff} {detail}".lower():
                out.append(row)
                if len(out) >= limit:
                    return out
        if len(rows) < 5 * limit or not needle:
            break
    return out


def actions(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))
