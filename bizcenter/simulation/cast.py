"""Who and what the simulation works with, read once at the start: staff with their PINs, counters,
in-house guests, the price list's rules and the hotel's settings — all as plain values.

Staff PINs are the demo's (`bizcenter.demo.DEMO_STAFF`): the simulated clerks sign in and the
supervisors approve with them, through the same PIN checks as the counter app.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..demo import DEMO_STAFF
from ..errors import NotFound
from ..models import Counter, Payment, Sale, Staff
from ..pricing import ZoneConfig
from ..workflows.catalogue import current_pricelist, zone_config
from ..workflows.settings import load_settings
from ..workflows.staff import Credentials
from ..workflows.stays import search_stays
from .payments import Guest


@dataclass(frozen=True)
class Member:
    id: int
    code: str
    name: str
    role: str
    pin: str

    @property
    def credentials(self) -> Credentials:
        return Credentials(self.code, self.pin)


@dataclass(frozen=True)
class Desk:
    id: int
    code: str


@dataclass(frozen=True)
class Cast:
    clerks: tuple[Member, ...]
    supervisors: tuple[Member, ...]
    counters: tuple[Desk, ...]
    guests: tuple[Guest, ...]
    rules: dict[str, dict]
    zones: ZoneConfig
    tz: ZoneInfo
    currency: str
    denominations: tuple[int, ...]
    devices: tuple[str, ...]
    recent_sales: tuple[tuple[int, date, int, int], ...]  # (sale id, day, total, cash): refundable


def load_cast(session: Session, counters: int, day: date) -> Cast:
    """Everything the scripts need on `day`; refuses when the demo staff or counters are not installed."""
    settings = load_settings(session)
    at = datetime.combine(day, time(12), tzinfo=settings.tz)
    members = _members(session)
    desks = tuple(Desk(i, c) for i, c in session.execute(select(Counter.id, Counter.code).order_by(Counter.code)))
    desks = tuple(d for d in desks if d.code.startswith("BC"))[:counters]
    if len(desks) < counters:
        raise NotFound("demo_missing", "只有 {n} 个柜台，请先运行 bizcenter demo",
                       "Only {n} counter(s) exist; run `bizcenter demo` first", n=len(desks))
    pricelist = current_pricelist(session, at)
    return Cast(
        clerks=tuple(m for m in members if m.role == "clerk"),
        supervisors=tuple(m for m in members if m.role == "supervisor"),
        counters=desks, guests=_guests(session, day),
        rules={code: dict(item.rule) for code, (_, item) in pricelist.items.items()},
        zones=zone_config(session), tz=settings.tz, currency=settings.currency,
        denominations=tuple(sorted(settings.denominations_minor, reverse=True)),
        devices=tuple(settings.devices), recent_sales=_recent_sales(session, day),
    )


def _members(session: Session) -> tuple[Member, ...]:
    rows = {s.code: s for s in session.scalars(select(Staff).where(Staff.code.in_([d.code for d in DEMO_STAFF])))}
    missing = [d.code for d in DEMO_STAFF if d.code not in rows or not rows[d.code].active]
    if missing:
        raise NotFound("demo_missing", "缺少演示员工 {codes}，请先运行 bizcenter demo",
                       "Demo staff {codes} missing or inactive; run `bizcenter demo` first", codes=", ".join(missing))
    return tuple(Member(rows[d.code].id, d.code, d.name, d.role, d.pin) for d in DEMO_STAFF)


def _guests(session: Session, day: date) -> tuple[Guest, ...]:
    """Every stay in house on `day`, as the counter's guest lookup lists them."""
    return tuple(Guest(v.id, v.room, v.guests, v.credit_limit_minor, v.no_post) for v in search_stays(session, at=day))


def _recent_sales(session: Session, before: date) -> tuple[tuple[int, date, int, int], ...]:
    """The last week's unreversed sales, so a run that continues an earlier one can refund on day one."""
    cash = (select(func.coalesce(func.sum(Payment.amount_minor), 0))
            .where(Payment.sale_id == Sale.id, Payment.method == "cash").scalar_subquery())
    reversed_ids = select(Sale.reverses_id).where(Sale.reverses_id.is_not(None))
    rows = session.execute(
        select(Sale.id, Sale.business_date, Sale.total_minor, cash)
        .where(Sale.kind == "sale", Sale.business_date >= before - timedelta(days=7), Sale.business_date < before,
               Sale.id.not_in(reversed_ids))
        .order_by(Sale.id.desc()).limit(400))
    return tuple(tuple(r) for r in reversed(rows.all()))
