"""Revenue figures for one business day, aggregated in SQL over indexed columns.

The cost of a report follows the size of the day, never the years of history behind it
(`ix_sale_business_date`). Reversals are negative rows, so every total is already net of voids
and refunds; the voids and refunds are also listed on their own for the supervisor.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import Date, bindparam, func, select
from sqlalchemy.orm import Session

from ..models import BusinessDay, Payment, PriceItemRow, Sale, SaleLine, Shift, Staff
from ..pricing.tariffs import tariff
from .paykinds import LABELS, kind_of


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    count: int
    amount_minor: int


@dataclass(frozen=True)
class DailyReport:
    business_date: date
    closed: bool
    currency: str
    sales_count: int
    voids_count: int
    refunds_count: int
    subtotal_minor: int
    service_charge_minor: int
    tax_minor: int
    total_minor: int
    by_service: tuple[Row, ...]
    by_payment: tuple[Row, ...]
    by_clerk: tuple[Row, ...]
    shifts_open: int
    cash_rounding_minor: int = 0  # 抹零: subtotal + service charge + tax + rounding = total

    def as_dict(self) -> dict:
        d = asdict(self)
        d["business_date"] = self.business_date.isoformat()
        return d


# Built once: a report or a close re-executes the cached statements with a new date.
_s, _l, _p, _st, _sh = Sale.__table__.c, SaleLine.__table__.c, Payment.__table__.c, Staff.__table__.c, Shift.__table__.c
_pi = PriceItemRow.__table__.c
# A service's name as the price list names it (the newest version's row): a service defined by its price-list
# row alone has no name in code, and its lines are named with the option ("过塑 A3"). Lines of a code never
# in the price list (damage) keep their own.
SERVICE_NAME = func.coalesce(
    select(_pi.name_zh + " " + _pi.name_en).where(_pi.code == _l.service_code)
    .order_by(_pi.version_id.desc()).limit(1).scalar_subquery(), func.max(_l.name_en))
_day = bindparam("day", type_=Date)
HEAD = select(
    func.count().filter(_s.kind == "sale"), func.count().filter(_s.kind == "void"),
    func.count().filter(_s.kind == "refund"), func.coalesce(func.sum(_s.subtotal_minor), 0),
    func.coalesce(func.sum(_s.service_charge_minor), 0), func.coalesce(func.sum(_s.tax_minor), 0),
    func.coalesce(func.sum(_s.total_minor), 0), func.max(_s.currency),
    select(func.count()).where(_sh.business_date == _day, _sh.status != "closed").scalar_subquery(),
    select(BusinessDay.__table__.c.business_date).where(BusinessDay.__table__.c.business_date == _day)
    .scalar_subquery(),
    func.coalesce(func.sum(_s.cash_rounding_minor), 0),
).where(_s.business_date == _day)
BY_SERVICE = (select(_l.service_code, SERVICE_NAME, func.count(), func.sum(_l.amount_minor))
              .join(Sale.__table__, _s.id == _l.sale_id).where(_s.business_date == _day)
              .group_by(_l.service_code).order_by(_l.service_code))
_KIND = kind_of(_p.method, _p.provider).label("kind")
BY_PAYMENT = (select(_KIND, func.count(), func.sum(_p.amount_minor))
              .join(Sale.__table__, _s.id == _p.sale_id).where(_s.business_date == _day)
              .group_by(_KIND).order_by(_KIND))
BY_CLERK = (select(_st.code, _st.name, func.count(), func.sum(_s.total_minor))
            .join(Sale.__table__, _s.clerk_id == _st.id).where(_s.business_date == _day)
            .group_by(_st.code, _st.name).order_by(_st.code))


def daily_report(session: Session, business_date: date, *, by_clerk: bool = True) -> DailyReport:
    conn, day = session.connection(), {"day": business_date}
    head = conn.execute(HEAD, day).one()
    by_service = conn.execute(BY_SERVICE, day).all()
    by_payment = conn.execute(BY_PAYMENT, day).all()
    clerks = conn.execute(BY_CLERK, day).all() if by_clerk else ()
    return DailyReport(
        business_date=business_date,
        closed=head[9] is not None,
        currency=head[7] or "CNY",
        sales_count=head[0], voids_count=head[1], refunds_count=head[2],
        subtotal_minor=head[3], service_charge_minor=head[4], tax_minor=head[5], total_minor=head[6],
        by_service=tuple(Row(r[0], _service_label(r[0], r[1]), r[2], r[3]) for r in by_service),
        by_payment=tuple(Row(r[0], PAYMENT_LABELS.get(r[0], r[0]), r[1], r[2]) for r in by_payment),
        by_clerk=tuple(Row(r[0], r[1], r[2], r[3]) for r in clerks),
        shifts_open=head[8], cash_rounding_minor=head[10],
    )


PAYMENT_LABELS = LABELS


def _service_label(code: str, name_en: str) -> str:
    t = tariff(code)
    return f"{t.name_zh} {t.name_en}" if t else name_en


@dataclass(frozen=True)
class ShiftReport:
    """The X report (any time) / Z figures (at close) of one shift."""

    shift_id: int
    clerk_name: str
    status: str
    business_date: date
    float_minor: int
    expected_cash_minor: int
    sales_count: int
    voids_count: int
    refunds_count: int
    total_minor: int
    by_service: tuple[Row, ...]
    by_payment: tuple[Row, ...]
    cash_rounding_minor: int = 0  # 抹零 on the shift's cash sales; already in the cash expected
    counts: tuple = ()  # shift.CountLine: the clerk's first count, then a supervisor-approved recount

    @property
    def first_count(self):
        return self.counts[0] if self.counts else None

    @property
    def recount(self):
        return self.counts[-1] if len(self.counts) > 1 else None


def shift_report(session: Session, shift_id: int) -> ShiftReport:
    from ..errors import NotFound
    from .shift import counts_of, expected_cash

    shift = session.get(Shift, shift_id)
    if shift is None:
        raise NotFound(zh="班次不存在", en="No such shift")
    of_shift = Sale.shift_id == shift_id
    counts = session.execute(select(
        func.count().filter(Sale.kind == "sale"), func.count().filter(Sale.kind == "void"),
        func.count().filter(Sale.kind == "refund"), func.coalesce(func.sum(Sale.total_minor), 0),
        func.coalesce(func.sum(Sale.cash_rounding_minor), 0)).where(of_shift)).one()
    by_service = session.execute(
        select(SaleLine.service_code, SERVICE_NAME, func.count(), func.sum(SaleLine.amount_minor))
        .join(Sale, Sale.id == SaleLine.sale_id).where(of_shift).group_by(SaleLine.service_code)
        .order_by(SaleLine.service_code)).all()
    paid_as = kind_of(Payment.method, Payment.provider).label("kind")
    by_payment = session.execute(
        select(paid_as, func.count(), func.sum(Payment.amount_minor))
        .join(Sale, Sale.id == Payment.sale_id).where(of_shift).group_by(paid_as)
        .order_by(paid_as)).all()
    clerk = session.get(Staff, shift.clerk_id)
    return ShiftReport(
        shift.id, clerk.name, shift.status, shift.business_date, shift.float_minor, expected_cash(session, shift),
        counts[0], counts[1], counts[2], counts[3],
        tuple(Row(r[0], _service_label(r[0], r[1]), r[2], r[3]) for r in by_service),
        tuple(Row(r[0], PAYMENT_LABELS.get(r[0], r[0]), r[1], r[2]) for r in by_payment),
        counts[4], counts_of(session, shift.id),
    )
