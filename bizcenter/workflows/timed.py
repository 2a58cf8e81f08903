"""What phone calls and internet sessions share: the clerk's open shift, time used, and the
rule that a business record is billed once (the settle hook marks it, a void gives it back).
"""
from __future__ import annotations

import math
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotAllowed, NotFound
from ..models import Shift, Staff
from .shift import current_shift
from .staff import Operator

MAX_BILLED_SECONDS = 24 * 3600  # a phone call's limit in the price rules: a call timer forgotten for days bills one day


def open_shift_of(session: Session, op: Operator) -> Shift:
    """The clerk's shift, open for business (not being counted): timed work is done in one."""
    shift = current_shift(session, op)
    if shift.status != "open":
        raise NotAllowed("shift_counting", "本班已清点现金，不能再操作", "Cash is already counted for this shift")
    return shift


def elapsed_seconds(started: datetime, stopped: datetime) -> int:
    """Whole seconds used, rounded up, at least one (two counters' clocks may differ a little)."""
    return max(1, math.ceil((stopped - started).total_seconds()))


def billed_seconds(seconds: int) -> int:
    """A call's billed seconds (the meter's limit). Internet is billed by the time used, uncapped."""
    return min(seconds, MAX_BILLED_SECONDS)


def locked(session: Session, model, record_id, what_zh: str, what_en: str):
    """The record, locked for this transaction (PostgreSQL: a second counter waits for the first)."""
    if isinstance(record_id, bool) or not isinstance(record_id, int):
        raise NotFound("no_such_record", "找不到该{w_zh}记录", "No such {w_en} record", w_zh=what_zh, w_en=what_en)
    row = session.scalar(select(model).where(model.id == record_id).with_for_update())
    if row is None:
        raise NotFound("no_such_record", "找不到该{w_zh}记录", "No such {w_en} record", w_zh=what_zh, w_en=what_en)
    return row


def staff_name(session: Session, staff_id: int | None) -> str:
    if staff_id is None:
        return ""
    row = session.get(Staff, staff_id)
    return row.name if row else "?"


def timed_records_billed_once(session: Session) -> list[str]:
    """(verify) An internet session or phone call marked billed is charged by exactly one standing
    sale line (not voided or refunded), and one not marked billed by none: nothing is charged twice,
    and nothing billed is left without its charge."""
    from sqlalchemy import func

    from ..models import Sale, SaleLine
    from ..models.sessions import InternetSession, PhoneCall

    out = []
    from sqlalchemy import and_, exists

    from .reversed_lines import reversed_lines

    back = reversed_lines()  # per line: a refund may give back other lines of the same sale
    given_back = exists().where(and_(back.c.sale_id == SaleLine.sale_id, back.c.line_no == SaleLine.line_no))
    for model, service, key in ((InternetSession, "internet", "internet_session_id"), (PhoneCall, "phone", "call_id")):
        refs = (select(SaleLine.detail[key].as_integer().label("ref")).join(Sale, Sale.id == SaleLine.sale_id)
                .where(SaleLine.service_code == service, Sale.kind == "sale", ~given_back)
                .subquery())
        standing = (select(refs.c.ref, func.count().label("n")).where(refs.c.ref.is_not(None))
                    .group_by(refs.c.ref).subquery())
        rows = session.execute(select(model.id, model.status, func.coalesce(standing.c.n, 0))
                               .outerjoin(standing, standing.c.ref == model.id)
                               .where((model.status == "billed") != (func.coalesce(standing.c.n, 0) == 1)))
        for record_id, status, n in rows:
            out.append(f"{model.__tablename__} {record_id} is {status} but {n} standing sale line(s) charge it")
    return out
