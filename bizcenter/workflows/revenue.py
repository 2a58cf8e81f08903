"""The supervisor's reports: revenue over a shift, day, week, month or year, filtered by service,
clerk and payment; the exceptions (voids, refunds, discounts, overrides, cash variances) with who
approved them; CSV that a spreadsheet opens without running anything.

Aggregated in SQL over `ix_sale_business_date`, so a year costs what a year of rows costs, no more.
Filters narrow the sales (a sale counts when it has a line of the service / a payment by the method /
was rung up by the clerk); the service and payment breakdowns then show only the filtered service
or method. Line amounts are before service charge and tax; sale totals include them.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..errors import InvalidInput
from ..models import Counter, Payment, Sale, SaleLine, Shift, Staff
from ..models.backoffice import VarianceApproval
from ..money import plain
from .frontoffice import safe_cell
from .paykinds import kind_of
from .reports import PAYMENT_LABELS, SERVICE_NAME, Row, _service_label
from .settings import load_settings
from .staff import require_role

PERIODS = ("shift", "day", "week", "month", "year")


@dataclass(frozen=True)
class Period:
    kind: str
    start: date
    end: date  # inclusive
    shift_id: int | None = None

    @property
    def label(self) -> str:
        if self.kind == "shift":
            return f"shift #{self.shift_id} {self.start.isoformat()}"
        return self.start.isoformat() if self.start == self.end else f"{self.start.isoformat()} – {self.end.isoformat()}"


def period(kind: str, anchor: date, shift_id: int | None = None) -> Period:
    """The week starts on Monday; month and year are the calendar's."""
    if kind == "shift":
        if shift_id is None:
            raise InvalidInput("shift_required", "请选择班次", "Choose a shift")
        return Period(kind, anchor, anchor, shift_id)
    if kind == "day":
        return Period(kind, anchor, anchor)
    if kind == "week":
        start = anchor - timedelta(days=anchor.weekday())
        return Period(kind, start, start + timedelta(days=6))
    if kind == "month":
        start = anchor.replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
        return Period(kind, start, following - timedelta(days=1))
    if kind == "year":
        return Period(kind, anchor.replace(month=1, day=1), anchor.replace(month=12, day=31))
    raise InvalidInput("unknown_period", "未知报表周期：{k}", "Unknown report period: {k}", k=kind)


@dataclass(frozen=True)
class ReportFilter:
    service: str | None = None
    clerk_id: int | None = None
    method: str | None = None


@dataclass(frozen=True)
class RevenueReport:
    period: Period
    filters: ReportFilter
    currency: str
    sales_count: int
    voids_count: int
    refunds_count: int
    total_minor: int
    by_service: tuple[Row, ...]
    by_payment: tuple[Row, ...]
    by_clerk: tuple[Row, ...]
    by_day: tuple[Row, ...]

    def csv_text(self) -> str:
        out = io.StringIO(newline="")
        w = csv.writer(out)
        w.writerow(["section", "key", "label", "count", "amount", "currency"])
        w.writerow(["period", self.period.kind, self.period.label, "", "", self.currency])
        w.writerow(["total", "sales", "", self.sales_count, plain(self.total_minor, self.currency), self.currency])
        w.writerow(["total", "voids", "", self.voids_count, "", ""])
        w.writerow(["total", "refunds", "", self.refunds_count, "", ""])
        for section, rows in (("service", self.by_service), ("payment", self.by_payment), ("clerk", self.by_clerk),
                              ("day", self.by_day)):
            for r in rows:
                w.writerow([section, safe_cell(r.key), safe_cell(r.label), r.count,
                            plain(r.amount_minor, self.currency), self.currency])
        return out.getvalue()


def _paid_as(paid, method: str):
    """A payment of that method ('qr': any wallet) or of that kind ('qr_wechat')."""
    return or_(paid.method == method, kind_of(paid.method, paid.provider) == method)


def _sales_filter(p: Period, f: ReportFilter):
    cond = [Sale.business_date >= p.start, Sale.business_date <= p.end]
    if p.shift_id is not None:
        cond.append(Sale.shift_id == p.shift_id)
    if f.clerk_id is not None:
        cond.append(Sale.clerk_id == f.clerk_id)
    if f.method:  # aliased, so the breakdown queries that join payments/lines do not swallow the subquery
        paid = aliased(Payment)
        cond.append(exists().where(paid.sale_id == Sale.id, _paid_as(paid, f.method)).correlate(Sale))
    if f.service:
        sold = aliased(SaleLine)
        cond.append(exists().where(sold.sale_id == Sale.id, sold.service_code == f.service).correlate(Sale))
    return and_(*cond)


def revenue_report(session: Session, staff_id: int, p: Period, f: ReportFilter = ReportFilter()) -> RevenueReport:
    require_role(session, staff_id)
    if f.method and f.method not in PAYMENT_LABELS:
        raise InvalidInput("unknown_method", "未知付款方式：{m}", "Unknown payment method: {m}", m=f.method)
    if p.shift_id is not None:
        shift = session.get(Shift, p.shift_id)
        if shift is None:
            raise InvalidInput("no_such_shift", "班次不存在", "No such shift")
        p = Period("shift", shift.business_date, shift.business_date, shift.id)
    where = _sales_filter(p, f)
    head = session.execute(select(
        func.count().filter(Sale.kind == "sale"), func.count().filter(Sale.kind == "void"),
        func.count().filter(Sale.kind == "refund"), func.coalesce(func.sum(Sale.total_minor), 0)).where(where)).one()
    lines = (select(SaleLine.service_code, SERVICE_NAME, func.count(), func.sum(SaleLine.amount_minor))
             .join(Sale, Sale.id == SaleLine.sale_id).where(where))
    if f.service:
        lines = lines.where(SaleLine.service_code == f.service)
    by_service = session.execute(lines.group_by(SaleLine.service_code).order_by(SaleLine.service_code)).all()
    kind = kind_of(Payment.method, Payment.provider).label("kind")  # each QR wallet on its own row
    pays = (select(kind, func.count(), func.sum(Payment.amount_minor))
            .join(Sale, Sale.id == Payment.sale_id).where(where))
    if f.method:
        pays = pays.where(_paid_as(Payment, f.method))
    by_payment = session.execute(pays.group_by(kind).order_by(kind)).all()
    by_clerk = session.execute(
        select(Staff.code, Staff.name, func.count(), func.sum(Sale.total_minor)).join(Sale, Sale.clerk_id == Staff.id)
        .where(where).group_by(Staff.code, Staff.name).order_by(Staff.code)).all()
    by_day = session.execute(
        select(Sale.business_date, func.count(), func.sum(Sale.total_minor)).where(where)
        .group_by(Sale.business_date).order_by(Sale.business_date)).all()
    return RevenueReport(
        p, f, load_settings(session).currency, head[0], head[1], head[2], head[3],
        tuple(Row(r[0], _service_label(r[0], r[1]), r[2], r[3]) for r in by_service),
        tuple(Row(r[0], PAYMENT_LABELS.get(r[0], r[0]), r[1], r[2]) for r in by_payment),
        tuple(Row(r[0], r[1], r[2], r[3]) for r in by_clerk),
        tuple(Row(d.isoformat(), d.isoformat(), n, amount) for d, n, amount in by_day))


@dataclass(frozen=True)
class ExceptionRow:
    at: datetime  # hotel time
    kind: str  # void / refund / discount / override / variance
    reference: str  # receipt or shift
    clerk: str
    approver: str
    amount_minor: int
    reason: str
    detail: str


EXCEPTION_COLUMNS = ("at", "kind", "reference", "clerk", "approver", "amount", "reason", "detail")


def exceptions_report(session: Session, staff_id: int, p: Period) -> tuple[ExceptionRow, ...]:
    from .refundable import original_of

    require_role(session, staff_id)
    tz = load_settings(session).tz
    clerk, approver = aliased(Staff), aliased(Staff)
    in_period = [Sale.business_date >= p.start, Sale.business_date <= p.end]
    if p.shift_id is not None:
        in_period.append(Sale.shift_id == p.shift_id)
    out: list[ExceptionRow] = []
    original, first_counter = aliased(Sale), aliased(Counter)
    for sale, code, who, ok_by, first_no, first_code in session.execute(
            select(Sale, Counter.code, clerk.name, approver.name, original.receipt_no, first_counter.code)
            .join(Counter, Counter.id == Sale.counter_id).join(clerk, clerk.id == Sale.clerk_id)
            .outerjoin(approver, approver.id == Sale.approved_by).join(original, original.id == Sale.reverses_id)
            .join(first_counter, first_counter.id == original.counter_id).where(Sale.kind != "sale", *in_period)):
        parent = session.get(Sale, sale.reverses_id)
        if parent.kind != "sale":  # a later partial refund points at the refund before it: name the sale
            root = original_of(session, parent)
            first_no, first_code = root.receipt_no, session.get(Counter, root.counter_id).code
        out.append(ExceptionRow(sale.posted_at.astimezone(tz), sale.kind, f"{code}-{sale.receipt_no:06d}", who,
                                ok_by or "", sale.total_minor, sale.reason or "", f"{first_code}-{first_no:06d}"))
    for line, sale, code, who, ok_by in session.execute(
            select(SaleLine, Sale, Counter.code, clerk.name, approver.name).join(Sale, Sale.id == SaleLine.sale_id)
            .join(Counter, Counter.id == Sale.counter_id).join(clerk, clerk.id == Sale.clerk_id)
            .outerjoin(approver, approver.id == SaleLine.approved_by)
            .where(Sale.kind == "sale", or_(SaleLine.discount_minor != 0, SaleLine.override.is_(True)), *in_period)):
        kind = "override" if line.override else "discount"
        amount = line.amount_minor - line.list_amount_minor if line.override else -line.discount_minor
        out.append(ExceptionRow(sale.posted_at.astimezone(tz), kind, f"{code}-{sale.receipt_no:06d}", who,
                                ok_by or "", amount, line.approval_reason or "", f"{line.name_zh} {line.name_en}"))
    out.extend(_variances(session, p, tz))
    return tuple(sorted(out, key=lambda r: r.at))


def _variances(session: Session, p: Period, tz) -> list[ExceptionRow]:
    clerk, at_close, at_day = aliased(Staff), aliased(Staff), aliased(Staff)
    query = (select(Shift, Counter.code, clerk.name, at_close.name, at_day.name, VarianceApproval.reason)
             .join(Counter, Counter.id == Shift.counter_id).join(clerk, clerk.id == Shift.clerk_id)
             .outerjoin(at_close, at_close.id == Shift.variance_approved_by)
             .outerjoin(VarianceApproval, VarianceApproval.shift_id == Shift.id)
             .outerjoin(at_day, at_day.id == VarianceApproval.approved_by)
             .where(Shift.business_date >= p.start, Shift.business_date <= p.end, Shift.variance_minor != 0))
    if p.shift_id is not None:
        query = query.where(Shift.id == p.shift_id)
    return [ExceptionRow((s.closed_at or s.counted_at).astimezone(tz), "variance", f"{code} shift #{s.id}", who,
                         a or b or "", s.variance_minor, s.variance_reason or reason or "", "")
            for s, code, who, a, b, reason in session.execute(query)]


def exceptions_csv(rows, currency: str = "CNY") -> str:
    out = io.StringIO(newline="")
    w = csv.writer(out)
    w.writerow(EXCEPTION_COLUMNS)
    for r in rows:
        w.writerow([r.at.isoformat(timespec="seconds"), r.kind, safe_cell(r.reference), safe_cell(r.clerk),
                    safe_cell(r.approver), plain(r.amount_minor, currency), safe_cell(r.reason), safe_cell(r.detail)])
    return out.getvalue()


def shifts_of(session: Session, staff_id: int, start: date, end: date) -> list[tuple[int, str]]:
    """(shift id, label) of the shifts in a date range, for the report's shift picker."""
    require_role(session, staff_id)
    tz = load_settings(session).tz
    rows = session.execute(select(Shift.id, Shift.opened_at, Counter.code, Staff.name)
                           .join(Counter, Counter.id == Shift.counter_id).join(Staff, Staff.id == Shift.clerk_id)
                           .where(Shift.business_date >= start, Shift.business_date <= end).order_by(Shift.opened_at))
    return [(i, f"#{i} {at.astimezone(tz):%m-%d %H:%M} {code} {name}") for i, at, code, name in rows]
