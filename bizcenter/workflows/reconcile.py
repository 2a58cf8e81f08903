"""Day close with the three-way check (帐帐相符、帐证相符、帐款相符), for the supervisor.

Ledger ↔ ledger: the room charges in the ledger's payments equal the postings sent to the folios.
Ledger ↔ vouchers: each posting's signed voucher is ticked off as the supervisor holds it; the
ones not ticked are listed and a closed day names them, with the supervisor's note.
Ledger ↔ cash: what the clerks counted (less their floats) against the cash the ledger took.

A shift's cash variance must be accepted by a supervisor who is not that shift's clerk, with a
reason, before the day closes (at shift close when over the limit, else here). The close itself, which
refuses a day that does not reconcile, is `dayclose.close_day`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from ..chain.checkpoints import DayChain, day_chain
from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import BusinessDay, Counter, Payment, Posting, Sale, Shift, Staff, utcnow
from ..models.backoffice import VarianceApproval, VoucherCheck
from . import audit
from .paykinds import LABELS, QR_KINDS, kind_of
from .settings import load_settings
from .shift import counts_of
from .staff import require_role
from .companies import charged_on
from ..pms.pending import pending


@dataclass(frozen=True)
class ShiftLine:
    shift_id: int
    counter: str
    clerk: str
    clerk_id: int
    status: str
    opened_at: datetime
    closed_at: datetime | None
    float_minor: int
    expected_minor: int | None
    counted_minor: int | None
    variance_minor: int | None
    approved_by: str | None
    reason: str | None
    counts: tuple = ()  # shift.CountLine: the clerk's first count, then a supervisor-approved recount

    @property
    def needs_approval(self) -> bool:
        return bool(self.variance_minor) and self.approved_by is None

    @property
    def first_counted_minor(self) -> int | None:
        """The clerk's own blind count (final for the clerk); `counted_minor` is the recount if any."""
        return self.counts[0].counted_minor if self.counts else self.counted_minor

    @property
    def recount(self):
        return self.counts[-1] if len(self.counts) > 1 else None


@dataclass(frozen=True)
class VoucherLine:
    posting_id: int
    voucher_no: str
    room: str
    guest_name: str
    amount_minor: int
    receipt: str
    checked: bool
    checked_by: str | None


@dataclass(frozen=True)
class DayCheck:
    business_date: date
    closed: bool
    currency: str
    shifts: tuple[ShiftLine, ...]
    vouchers: tuple[VoucherLine, ...]
    ledger_total_minor: int
    ledger_cash_minor: int
    ledger_card_minor: int
    ledger_room_minor: int
    postings_minor: int
    counted_cash_minor: int  # counted less floats, over the counted shifts
    chain: DayChain | None = None  # the ledger chain's heads: the close's and the previous close's, or now
    #: each QR wallet's figure ((kind, label, amount), e.g. qr_wechat), to match the provider's settlement
    ledger_qr: tuple[tuple[str, str, int], ...] = ()
    ledger_account_minor: int = 0  # company accounts (挂账): signed for, not cash in the drawer
    account_charges_minor: int = 0  # the account ledger's charges of the day, to match the figure above
    #: room charges the hotel's PMS has not confirmed (this day and earlier), to check with the front office
    pms_pending: tuple = ()

    @property
    def missing(self) -> tuple[VoucherLine, ...]:
        return tuple(v for v in self.vouchers if not v.checked)

    @property
    def vouchers_checked_minor(self) -> int:
        return sum(v.amount_minor for v in self.vouchers if v.checked)

    @property
    def cash_variance_minor(self) -> int:
        return self.counted_cash_minor - self.ledger_cash_minor

    @property
    def open_shifts(self) -> int:
        return sum(s.status != "closed" for s in self.shifts)

    @property
    def unapproved(self) -> tuple[ShiftLine, ...]:
        return tuple(s for s in self.shifts if s.needs_approval)

    @property
    def ready(self) -> bool:
        return not self.closed and not self.open_shifts and not self.unapproved


def day_check(session: Session, staff_id: int, business_date: date) -> DayCheck:
    require_role(session, staff_id)
    return _check(session, business_date)


def _check(session: Session, business_date: date) -> DayCheck:
    clerk, approver, later = aliased(Staff), aliased(Staff), aliased(Staff)
    rows = session.execute(
        select(Shift, Counter.code, clerk.name, approver.name, later.name, VarianceApproval.reason)
        .join(Counter, Counter.id == Shift.counter_id).join(clerk, clerk.id == Shift.clerk_id)
        .outerjoin(approver, approver.id == Shift.variance_approved_by)
        .outerjoin(VarianceApproval, VarianceApproval.shift_id == Shift.id)
        .outerjoin(later, later.id == VarianceApproval.approved_by)
        .where(Shift.business_date == business_date).order_by(Shift.opened_at, Shift.id))
    shifts = tuple(
        ShiftLine(s.id, code, name, s.clerk_id, s.status, s.opened_at, s.closed_at, s.float_minor, s.expected_minor,
                  s.counted_minor, s.variance_minor, at_close or at_day, s.variance_reason or day_reason,
                  counts_of(session, s.id))
        for s, code, name, at_close, at_day, day_reason in rows)
    checker = aliased(Staff)
    vouchers = tuple(
        VoucherLine(p.id, p.voucher_no, p.room, p.guest_name, p.amount_minor, f"{code}-{no:06d}", by is not None, by)
        for p, code, no, by in session.execute(
            select(Posting, Counter.code, Sale.receipt_no, checker.name)
            .join(Sale, Sale.id == Posting.sale_id).join(Counter, Counter.id == Sale.counter_id)
            .outerjoin(VoucherCheck, VoucherCheck.posting_id == Posting.id)
            .outerjoin(checker, checker.id == VoucherCheck.checked_by)
            .where(Posting.business_date == business_date).order_by(Posting.voucher_no)))
    paid_as = kind_of(Payment.method, Payment.provider).label("kind")
    by_method = dict(session.execute(
        select(paid_as, func.sum(Payment.amount_minor)).join(Sale, Sale.id == Payment.sale_id)
        .where(Sale.business_date == business_date).group_by(paid_as)).all())
    total = session.scalar(select(func.coalesce(func.sum(Sale.total_minor), 0))
                           .where(Sale.business_date == business_date))
    counted = sum(s.counted_minor - s.float_minor for s in shifts if s.counted_minor is not None)
    return DayCheck(
        business_date, session.get(BusinessDay, business_date) is not None, load_settings(session).currency,
        shifts, vouchers, total, by_method.get("cash", 0), by_method.get("card", 0), by_method.get("room", 0),
        sum(v.amount_minor for v in vouchers), counted, day_chain(session, business_date),
        tuple((k, LABELS[k], by_method[k]) for k in QR_KINDS if k in by_method), by_method.get("account", 0),
        charged_on(session, business_date), pending(session, business_date))


def _day_open(session: Session, business_date: date) -> None:
    if session.get(BusinessDay, business_date) is not None:
        raise NotAllowed("day_already_closed", "营业日 {d} 已日结", "Business day {d} is already closed",
                         d=business_date.isoformat())


def tick_voucher(session: Session, staff_id: int, posting_id: int, checked: bool = True,
                 at: datetime | None = None) -> bool:
    """The supervisor has (or, untick, has not) the signed voucher of this posting in hand."""
    require_role(session, staff_id)
    # Locked: two supervisors ticking one voucher at once (PostgreSQL) would otherwise both insert its
    # check; the second now waits, then finds it ticked and leaves it so.
    posting = session.get(Posting, posting_id, with_for_update=True)
    if posting is None:
        raise NotFound("no_such_voucher", "找不到该签单", "No such voucher")
    _day_open(session, posting.business_date)
    row = session.get(VoucherCheck, posting_id)
    if checked and row is None:
        session.add(VoucherCheck(posting_id=posting_id, checked_by=staff_id, checked_at=at or utcnow()))
    elif not checked and row is not None:
        session.delete(row)
    else:
        return checked
    audit.record(session, "voucher_checked" if checked else "voucher_unchecked", staff_id=staff_id,
                 entity="posting", entity_id=posting_id, at=at, voucher=posting.voucher_no)
    return checked


def approve_variance(session: Session, staff_id: int, shift_id: int, reason: str,
                     at: datetime | None = None) -> None:
    """Accept a closed shift's cash variance: a supervisor, not the shift's own clerk, with a reason."""
    require_role(session, staff_id)
    shift = session.get(Shift, shift_id)
    if shift is None:
        raise NotFound(zh="班次不存在", en="No such shift")
    _day_open(session, shift.business_date)
    if shift.status != "closed":
        raise NotAllowed("shift_not_closed", "该班次尚未结班", "That shift is not closed yet")
    if not shift.variance_minor:
        raise InvalidInput("no_variance", "该班次没有现金差异", "That shift has no cash variance")
    if shift.variance_approved_by is not None or session.get(VarianceApproval, shift_id) is not None:
        raise NotAllowed("variance_approved", "该差异已批准", "That variance is already approved")
    if shift.clerk_id == staff_id:
        raise NotAllowed("self_approval", "不能批准自己班次的差异，请另一位领班批准",
                         "You cannot approve the variance of your own shift; ask another supervisor")
    if not (reason or "").strip():
        raise InvalidInput("reason_required", "请填写原因", "A reason is required")
    at = at or utcnow()
    session.add(VarianceApproval(shift_id=shift_id, approved_by=staff_id, reason=reason.strip(), at=at))
    audit.record(session, "variance_approved", staff_id=staff_id, entity="shift", entity_id=shift_id, at=at,
                 variance=shift.variance_minor, reason=reason.strip())
