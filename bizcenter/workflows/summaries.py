"""Figures for the printed reports beyond `reports.daily_report`/`shift_report`: week and year
aggregation, the daily report's detail lists (reversals, adjustments with approvers, room charges),
the three-way check ledger ↔ vouchers ↔ cash, and the shift handover.

Each figure is aggregated in SQL over the indexed business date or shift; totals reuse the daily
report so the PDF and `bizcenter report daily` can never disagree.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..chain.checkpoints import DayChain
from ..errors import InvalidInput, NotFound
from ..models import Counter, Payment, Posting, Sale, SaleLine, Shift, Staff, utcnow
from ..models.backoffice import VoucherCheck
from .companies import charged_on
from ..pms.pending import pending
from .paykinds import kind_of
from .reports import (PAYMENT_LABELS, SERVICE_NAME, DailyReport, Row, ShiftReport, _service_label, daily_report,
                      shift_report)


# --- week and year -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Bucket:
    label: str  # 2026-03-10 (a day of the week) or 2026-03 (a month of the year)
    start: date
    sales_count: int
    total_minor: int


@dataclass(frozen=True)
class PeriodSummary:
    grain: str  # week | year
    title: str
    start: date
    end: date  # inclusive
    currency: str
    sales_count: int
    voids_count: int
    refunds_count: int
    total_minor: int
    buckets: tuple[Bucket, ...]
    by_service: tuple[Row, ...]
    by_payment: tuple[Row, ...]


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday (ISO week) around the day."""
    start = day - timedelta(days=day.weekday())
    return start, start + timedelta(days=6)


def period_summary(session: Session, grain: str, day: date) -> PeriodSummary:
    """The ISO week (`week`) or calendar year (`year`) holding `day`: per day / per month, by service and payment."""
    if grain == "week":
        start, end = week_of(day)
        iso = start.isocalendar()
        title = f"{iso.year} 第 {iso.week} 周 Week {iso.week}, {start:%d %b} – {end:%d %b %Y}"
        edges = [(start + timedelta(days=i), start + timedelta(days=i + 1)) for i in range(7)]
        labels = [d.isoformat() for d, _ in edges]
    elif grain == "year":
        start, end = date(day.year, 1, 1), date(day.year, 12, 31)
        title = f"{day.year} 年度汇总 Year {day.year}"
        edges = [(date(day.year, m, 1), date(day.year + (m == 12), m % 12 + 1, 1)) for m in range(1, 13)]
        labels = [f"{day.year}-{m:02d}" for m in range(1, 13)]
    else:
        raise InvalidInput("bad_period", "汇总周期只能是 week 或 year", "A summary is by week or by year")
    in_period = (Sale.business_date >= start, Sale.business_date <= end)
    per_day = dict((d, (n, t)) for d, n, t in session.execute(
        select(Sale.business_date, func.count().filter(Sale.kind == "sale"), func.sum(Sale.total_minor))
        .where(*in_period).group_by(Sale.business_date)))
    buckets = []
    for label, (lo, hi) in zip(labels, edges):
        rows = [v for d, v in per_day.items() if lo <= d < hi]
        buckets.append(Bucket(label, lo, sum(n for n, _ in rows), sum(t or 0 for _, t in rows)))
    head = session.execute(select(
        func.count().filter(Sale.kind == "sale"), func.count().filter(Sale.kind == "void"),
        func.count().filter(Sale.kind == "refund"), func.coalesce(func.sum(Sale.total_minor), 0),
        func.max(Sale.currency)).where(*in_period)).one()
    by_service = session.execute(
        select(SaleLine.service_code, SERVICE_NAME, func.count(), func.sum(SaleLine.amount_minor))
        .join(Sale, Sale.id == SaleLine.sale_id).where(*in_period).group_by(SaleLine.service_code)
        .order_by(SaleLine.service_code)).all()
    paid_as = kind_of(Payment.method, Payment.provider).label("kind")
    by_payment = session.execute(
        select(paid_as, func.count(), func.sum(Payment.amount_minor)).join(Sale, Sale.id == Payment.sale_id)
        .where(*in_period).group_by(paid_as).order_by(paid_as)).all()
    return PeriodSummary(
        grain, title, start, end, head[4] or "CNY", head[0], head[1], head[2], head[3], tuple(buckets),
        tuple(Row(r[0], _service_label(r[0], r[1]), r[2], r[3]) for r in by_service),
        tuple(Row(r[0], PAYMENT_LABELS.get(r[0], r[0]), r[1], r[2]) for r in by_payment))


# --- the daily report's detail ---------------------------------------------------------------------
@dataclass(frozen=True)
class Reversal:
    receipt: str
    kind: str  # void | refund
    original: str
    clerk: str
    approver: str
    reason: str
    amount_minor: int


@dataclass(frozen=True)
class Adjustment:
    receipt: str
    service: str
    kind: str  # discount | override
    list_amount_minor: int
    discount_minor: int
    amount_minor: int
    clerk: str
    approver: str
    reason: str


@dataclass(frozen=True)
class RoomCharge:
    voucher_no: str
    room: str
    guest_name: str
    receipt: str
    amount_minor: int
    posted: bool  # a folio posting carries it


@dataclass(frozen=True)
class Check:
    name: str  # bilingual
    left_label: str
    left_minor: int
    right_label: str
    right_minor: int | None  # None: not known yet (a shift's cash not counted)

    @property
    def ok(self) -> bool:
        return self.left_minor == self.right_minor

    @property
    def pending(self) -> bool:
        return self.right_minor is None

    @property
    def difference_minor(self) -> int:
        return self.left_minor - (self.right_minor or 0)


@dataclass(frozen=True)
class DailyDetail:
    report: DailyReport
    reversals: tuple[Reversal, ...]
    adjustments: tuple[Adjustment, ...]
    room_charges: tuple[RoomCharge, ...]
    checks: tuple[Check, ...]
    discounts_minor: int
    chain: DayChain | None = None  # the ledger chain's heads: kept at the close, or as the report prints
    pms_pending: tuple = ()  # room charges the hotel's PMS has not confirmed (bizcenter/pms/pending.py)


def _receipt_no(code: str, no: int) -> str:
    return f"{code}-{no:06d}"


def daily_detail(session: Session, day: date) -> DailyDetail:
    report = daily_report(session, day)
    clerk, approver, original = aliased(Staff), aliased(Staff), aliased(Sale)
    from .refundable import original_of  # a later partial refund points at the refund before it

    reversals = tuple(Reversal(_receipt_no(code, s.receipt_no), s.kind,
                               _receipt_no(code, original_of(session, o).receipt_no), c.name,
                               a.name if a else "", s.reason or "", s.total_minor)
                      for s, o, code, c, a in session.execute(
                          select(Sale, original, Counter.code, clerk, approver)
                          .join(original, original.id == Sale.reverses_id).join(Counter, Counter.id == Sale.counter_id)
                          .join(clerk, clerk.id == Sale.clerk_id).outerjoin(approver, approver.id == Sale.approved_by)
                          .where(Sale.business_date == day, Sale.kind != "sale").order_by(Sale.posted_at, Sale.id)))
    adjustments = tuple(
        Adjustment(_receipt_no(code, s.receipt_no), f"{l.name_zh} {l.name_en}",
                   "override" if l.override else "discount", l.list_amount_minor, l.discount_minor, l.amount_minor,
                   c.name, a.name if a else "", l.approval_reason or "")
        for l, s, code, c, a in session.execute(
            select(SaleLine, Sale, Counter.code, clerk, approver).join(Sale, Sale.id == SaleLine.sale_id)
            .join(Counter, Counter.id == Sale.counter_id).join(clerk, clerk.id == Sale.clerk_id)
            .outerjoin(approver, approver.id == SaleLine.approved_by)
            .where(Sale.business_date == day, Sale.kind == "sale",
                   (SaleLine.discount_minor != 0) | SaleLine.override)
            .order_by(Sale.posted_at, SaleLine.line_no)))
    room_charges = tuple(
        RoomCharge(p.voucher_no or "", p.room or "", p.guest_name or "", _receipt_no(code, s.receipt_no),
                   p.amount_minor, posted is not None)
        for p, s, code, posted in session.execute(
            select(Payment, Sale, Counter.code, Posting.id).join(Sale, Sale.id == Payment.sale_id)
            .join(Counter, Counter.id == Sale.counter_id).outerjoin(Posting, Posting.payment_id == Payment.id)
            .where(Sale.business_date == day, Payment.method == "room").order_by(Sale.posted_at, Payment.id)))
    from ..chain.checkpoints import day_chain

    return DailyDetail(report, reversals, adjustments, room_charges, three_way_check(session, day, report),
                       sum(a.discount_minor for a in adjustments), day_chain(session, day), pending(session, day))


def three_way_check(session: Session, day: date, report: DailyReport | None = None) -> tuple[Check, ...]:
    """帐帐、帐证、帐款相符: the ledger against its payments and the folio postings, the postings against
    the signed vouchers in hand, the cash the ledger took against what the clerks counted.

    Vouchers in hand are the ones the supervisor ticked at the day close (`reconcile`, the back office);
    until the day closes, unticked vouchers show as pending, not as a difference."""
    report = report or daily_report(session, day)
    paid = sum(r.amount_minor for r in report.by_payment)
    room = next((r.amount_minor for r in report.by_payment if r.key == "room"), 0)
    cash = next((r.amount_minor for r in report.by_payment if r.key == "cash"), 0)
    posted = session.scalar(select(func.coalesce(func.sum(Posting.amount_minor), 0))
                            .where(Posting.business_date == day))
    floats, counted, uncounted = session.execute(select(
        func.coalesce(func.sum(Shift.float_minor).filter(Shift.counted_minor.is_not(None)), 0),
        func.coalesce(func.sum(Shift.counted_minor), 0), func.count().filter(Shift.counted_minor.is_(None)))
        .where(Shift.business_date == day)).one()
    in_hand, missing = _vouchers_in_hand(session, day)
    closed = report.closed
    voucher_name = "帐证 Folio postings ↔ signed vouchers in hand"
    if missing and not closed:
        voucher_name += f"（{missing} 张未核 not yet ticked）"
    return (
        Check("账目 Ledger: 销售 ↔ 付款 sales ↔ payments", "销售合计 Sales total", report.total_minor,
              "付款合计 Payments", paid),
        Check("帐帐 Room charges ↔ folio postings", "挂房帐 Room charges", room, "房帐 Folio postings", posted),
        Check(voucher_name, "房帐 Folio postings", posted, "签单在手 Vouchers in hand",
              None if (missing and not closed) else in_hand),
        Check("帐款 Cash taken ↔ counted" + (f"（{uncounted} 班未点 uncounted）" if uncounted else ""),
              "现金收入 Cash taken", cash, "实点减备用金 Counted less float", None if uncounted else counted - floats),
    ) + _account_check(session, day, report)


def _account_check(session: Session, day: date, report: DailyReport) -> tuple[Check, ...]:
    """Company-account charges are signed for, not cash: the sales' figure against the account ledger."""
    account = next((r.amount_minor for r in report.by_payment if r.key == "account"), 0)
    charged = charged_on(session, day)
    if not account and not charged:
        return ()
    return (Check("帐帐 Company accounts ↔ account ledger", "单位挂账 Account charges", account,
                  "挂账台账 Account ledger", charged),)


def _vouchers_in_hand(session: Session, day: date) -> tuple[int, int]:
    """(amount ticked, how many not ticked) from the back office's voucher check."""
    ticked, missing = session.execute(
        select(func.coalesce(func.sum(Posting.amount_minor).filter(VoucherCheck.posting_id.is_not(None)), 0),
               func.count().filter(VoucherCheck.posting_id.is_(None)))
        .select_from(Posting).outerjoin(VoucherCheck, VoucherCheck.posting_id == Posting.id)
        .where(Posting.business_date == day)).one()
    return ticked, missing


# --- the shift handover --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Handover:
    report: ShiftReport
    counter_code: str
    currency: str
    opened_at: object
    closed_at: object
    counted_minor: int | None
    variance_minor: int | None
    variance_approver: str
    variance_reason: str
    note: str
    vouchers: tuple[RoomCharge, ...]
    internet_sessions: tuple  # (account, guest, room, started, status + "running over N h") still open or unbilled
    rack: tuple  # (ref, name, room, pages, age days) of faxes waiting in the rack
    faults: tuple  # (device, note, reported) of open equipment faults
    timezone: str
    as_of: object = None  # the instant every list above is as of: the close, or now for an open shift
    calls: tuple = ()  # (number, destination, started, status, clerk) of phone calls running or unbilled
    equipment_out: tuple = ()  # (item, units, party, room, due back) of rented equipment not yet returned
    deposits: tuple = ()  # (booking, party, method, amount_minor, taken) of rental deposits held


def shift_handover(session: Session, shift_id: int, at: datetime | None = None) -> Handover:
    """The handover as it was: every list as of the shift's close (`at`, default now, for an open one)."""
    from .settings import load_settings

    shift = session.get(Shift, shift_id)
    if shift is None:
        raise NotFound(zh="班次不存在", en="No such shift")
    settings = load_settings(session)
    tz = settings.tz
    report = shift_report(session, shift_id)
    code = session.get(Counter, shift.counter_id).code
    approver = session.get(Staff, shift.variance_approved_by) if shift.variance_approved_by else None
    vouchers = tuple(
        RoomCharge(p.voucher_no or "", p.room or "", p.guest_name or "", _receipt_no(code, s.receipt_no),
                   p.amount_minor, True)
        for p, s in session.execute(select(Payment, Sale).join(Sale, Sale.id == Payment.sale_id)
                                    .where(Sale.shift_id == shift_id, Payment.method == "room")
                                    .order_by(Sale.posted_at, Payment.id)))
    from .handover_lists import handover_lists
    from .internet import over_limit_text

    as_of = shift.closed_at or at or utcnow()  # a closed shift: as it stood when the clerk left
    lists = handover_lists(session, shift.counter_id, as_of)

    def hm(t):
        return t.astimezone(tz).strftime("%m-%d %H:%M") if t else ""

    sessions = tuple((i.account, i.guest_name, i.room or "", hm(i.started_at),
                      " ".join(filter(None, (i.status, over_limit_text(i, "zh"), over_limit_text(i, "en")))))
                     for i in lists.internet)
    calls = tuple((c.number, f"{c.country_zh} {c.country_en}", hm(c.started_at), c.status, c.clerk_name)
                  for c in lists.calls)
    rack = tuple((f"FAX-{f.id}", f.written_name, f.written_room or "", f.pages, f.age_days) for f in lists.rack)
    out = tuple((f"{b.item_zh} {b.item_en}", b.units, b.party_name, b.room or "", hm(b.ends_at))
                for b in lists.equipment_out)
    deposits = tuple((d.booking_id, d.party_name, PAYMENT_LABELS.get(d.method, d.method), d.amount_minor,
                      hm(d.taken_at)) for d in lists.deposits)
    faults = tuple((f.device, f.note, hm(f.reported_at)) for f in lists.faults)
    currency = session.scalar(select(func.max(Sale.currency)).where(Sale.shift_id == shift_id)) or "CNY"
    return Handover(report, code, currency, shift.opened_at, shift.closed_at, shift.counted_minor,
                    shift.variance_minor, approver.name if approver else "", shift.variance_reason or "",
                    shift.handover_note or "", vouchers, sessions, rack, faults, settings.timezone, as_of, calls,
                    out, deposits)
