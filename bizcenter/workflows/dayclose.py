"""Day close (日结): the supervisor rolls up a business day whose shifts are all closed.

Writing the BusinessDay row is what locks the day: from then on the database refuses new sales,
shifts or postings dated that day, and the day's closed shifts were already frozen.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Date, bindparam, func, select
from sqlalchemy.orm import Session

from ..errors import NotAllowed
from ..models import BusinessDay, Shift, utcnow
from . import audit
from .reports import daily_report
from .settings import load_settings
from .staff import require_role


_sh, _day = Shift.__table__.c, bindparam("day", type_=Date)
_SHIFTS = select(  # closed already? shifts still open? the day's shifts and their variance, in one read
    select(BusinessDay.__table__.c.business_date).where(BusinessDay.__table__.c.business_date == _day)
    .scalar_subquery(),
    func.count().filter(_sh.status != "closed"), func.count(), func.coalesce(func.sum(_sh.variance_minor), 0),
).where(_sh.business_date == _day)


@dataclass(frozen=True)
class DayClosed:
    business_date: date
    shifts: int
    total_minor: int
    variance_minor: int


def close_day(session: Session, supervisor_id: int, business_date: date, at: datetime | None = None) -> DayClosed:
    at = at or utcnow()
    require_role(session, supervisor_id)
    today = load_settings(session).business_date(at)
    if business_date > today:
        raise NotAllowed("day_not_begun", "营业日 {d} 还没有开始，不能日结（今天是 {t}）",
                         "Business day {d} has not begun yet (today is {t}); it cannot be closed",
                         d=business_date.isoformat(), t=today.isoformat())
    from .shift import day_lock

    day_lock(session)
    closed, open_count, shifts, variance = session.connection().execute(_SHIFTS, {"day": business_date}).one()
    if closed is not None:
        raise NotAllowed("day_already_closed", "营业日 {d} 已日结", "Business day {d} is already closed",
                         d=business_date.isoformat())
    if open_count:
        raise NotAllowed("shifts_open", "还有 {n} 个班次未结班，不能日结",
                         "{n} shift(s) of that day are still open; close them first", n=open_count)
    report = daily_report(session, business_date, by_clerk=False)
    summary = {
        "shifts": shifts, "variance_minor": variance, "sales": report.sales_count, "voids": report.voids_count,
        "refunds": report.refunds_count, "total_minor": report.total_minor,
        "by_payment": {r.key: r.amount_minor for r in report.by_payment},
        "by_service": {r.key: r.amount_minor for r in report.by_service},
    }
    session.add(BusinessDay(business_date=business_date, closed_at=at, closed_by=supervisor_id, summary=summary))
    audit.record(session, "day_closed", staff_id=supervisor_id, entity="business_day", at=at,
                 business_date=business_date.isoformat(), total=report.total_minor)
    return DayClosed(business_date, shifts, report.total_minor, variance)
