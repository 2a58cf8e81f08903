"""Shifts: open with a float, blind count, close with a handover, acknowledged by the next clerk.

Blind count: `count_cash` takes the counted denominations first and only then returns the expected
figure and the variance (the X report is the clerk's own view; the close does not need it). That first
count is final for the clerk: once the expected figure has been seen, a second count would only be
the clerk matching it. A recount (`recount_cash`) is a second count that a supervisor who is not the
shift's clerk approves with a reason; the variance then comes from it, and both counts are kept
(`shift_count`) and shown on the shift report, the Z slip and the day close. A variance beyond the
configured limit needs a supervisor other than the clerk, with a reason.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import BusinessDay, CashCount, Payment, Sale, Shift, ShiftCount, Staff, utcnow
from . import audit, notices, punctuality
from .settings import load_settings
from .staff import Credentials, Operator, approve

MAX_FLOAT_MINOR = 10_000_000  # ¥100,000: more than that in a drawer is a typing slip


@dataclass(frozen=True)
class Handover:
    shift_id: int
    clerk_name: str
    closed_at: datetime
    note: str


@dataclass(frozen=True)
class ShiftInfo:
    id: int
    counter_id: int
    clerk_id: int
    business_date: date
    status: str
    opened_at: datetime
    float_minor: int


@dataclass(frozen=True)
class CountResult:
    shift_id: int
    counted_minor: int
    expected_minor: int
    variance_minor: int
    needs_approval: bool
    attempt: int = 1  # 2: a supervisor-approved recount


def _info(s: Shift) -> ShiftInfo:
    return ShiftInfo(s.id, s.counter_id, s.clerk_id, s.business_date, s.status, s.opened_at, s.float_minor)


def day_is_closed(session: Session, business_date: date) -> bool:
    return session.get(BusinessDay, business_date) is not None


def day_lock(session: Session) -> None:
    """Opening a shift and closing a day take the same row lock, so a day is never closed while a
    shift for it is being opened at another counter (PostgreSQL; SQLite already has one writer)."""
    from .numbers import next_number

    next_number(session, "lock:business-day")


def pending_handover(session: Session, counter_id: int) -> Handover | None:
    """The last closed shift's note at this counter, if no later shift has acknowledged it."""
    last = session.scalar(
        select(Shift).where(Shift.counter_id == counter_id, Shift.status == "closed")
        .order_by(Shift.closed_at.desc(), Shift.id.desc()).limit(1)
    )
    if last is None or not (last.handover_note or "").strip():
        return None
    acked = session.scalar(select(Shift.id).where(Shift.acknowledged_shift_id == last.id).limit(1))
    if acked:
        return None
    clerk = session.get(Staff, last.clerk_id)
    return Handover(last.id, clerk.name if clerk else "?", last.closed_at, last.handover_note)


def open_shift(session: Session, op: Operator, float_minor: int, acknowledge_shift_id: int | None = None,
               at: datetime | None = None) -> ShiftInfo:
    at = at or utcnow()
    if isinstance(float_minor, bool) or not isinstance(float_minor, int) or not 0 <= float_minor <= MAX_FLOAT_MINOR:
        raise InvalidInput(zh="备用金金额不正确", en="The cash float amount is not valid")
    business_date = load_settings(session).business_date(at)
    day_lock(session)
    if day_is_closed(session, business_date):
        raise NotAllowed("day_closed", "营业日 {d} 已日结，不能再开班", "Business day {d} is closed; no new shift",
                         d=business_date.isoformat())
    if current_shift(session, op, required=False):
        raise NotAllowed("shift_already_open", "您在此柜台已有未结班次", "You already have an open shift at this counter")
    handover = pending_handover(session, op.counter_id)
    if handover and acknowledge_shift_id != handover.shift_id:
        raise NotAllowed("handover_unread", "请先阅读并确认上一班的交班内容：{note}",
                         "Read and acknowledge the previous shift's handover first: {note}", note=handover.note)
    notices.require_read(session, op.staff_id)
    shift = Shift(counter_id=op.counter_id, clerk_id=op.staff_id, business_date=business_date, status="open",
                  opened_at=at, float_minor=float_minor,
                  acknowledged_shift_id=handover.shift_id if handover else None)
    session.add(shift)
    session.flush()
    punctuality.record_opening(session, shift, at)  # against the roster as it stands now, kept as it was
    audit.record(session, "shift_opened", staff_id=op.staff_id, counter_id=op.counter_id, entity="shift",
                 entity_id=shift.id, at=at, float_minor=float_minor)
    return _info(shift)


def current_shift(session: Session, op: Operator, required: bool = True) -> Shift | None:
    shift = session.scalar(select(Shift).where(
        Shift.clerk_id == op.staff_id, Shift.counter_id == op.counter_id, Shift.status != "closed"))
    if shift is None and required:
        raise NotAllowed("no_open_shift", "请先开班", "Open a shift first")
    return shift


def expected_cash(session: Session, shift: Shift) -> int:
    taken = session.scalar(
        select(func.coalesce(func.sum(Payment.amount_minor), 0))
        .join(Sale, Sale.id == Payment.sale_id)
        .where(Sale.shift_id == shift.id, Payment.method == "cash")
    )
    return shift.float_minor + taken


def _own_shift(session: Session, op: Operator, shift_id: int) -> Shift:
    # locked (PostgreSQL): two counts of one drawer at once must not both be taken as the first
    shift = session.get(Shift, shift_id, with_for_update=True)
    if shift is None:
        raise NotFound(zh="班次不存在", en="No such shift")
    if shift.clerk_id != op.staff_id:
        staff = session.get(Staff, op.staff_id)
        if staff is None or staff.role not in ("supervisor", "admin"):
            raise NotAllowed(zh="只能结自己的班", en="You can only close your own shift")
    if shift.status == "closed":
        raise NotAllowed("shift_closed", "此班次已结班", "This shift is already closed")
    return shift


def _not_before_last_sale(session: Session, shift: Shift, at: datetime) -> datetime:
    """Counters' clocks differ by a minute or two; a count or close is never stamped before the
    shift's last sale."""
    last = session.scalar(select(func.max(Sale.posted_at)).where(Sale.shift_id == shift.id))
    return max(at, last) if last else at


@dataclass(frozen=True)
class CountLine:
    """One count of a shift's drawer as it was submitted (for the report, the Z slip, the day close)."""

    attempt: int
    counted_minor: int
    expected_minor: int
    counted_by: str
    counted_at: datetime
    approved_by: str | None  # a recount's supervisor; None for the clerk's first count
    reason: str | None

    @property
    def variance_minor(self) -> int:
        return self.counted_minor - self.expected_minor


def counts_of(session: Session, shift_id: int) -> tuple[CountLine, ...]:
    """The shift's counts, first to last (empty for a shift counted before counts were kept apart)."""
    from sqlalchemy.orm import aliased

    counter, approver = aliased(Staff), aliased(Staff)
    rows = session.execute(
        select(ShiftCount, counter.name, approver.name).join(counter, counter.id == ShiftCount.counted_by)
        .outerjoin(approver, approver.id == ShiftCount.approved_by)
        .where(ShiftCount.shift_id == shift_id).order_by(ShiftCount.attempt))
    return tuple(CountLine(c.attempt, c.counted_minor, c.expected_minor, by, c.counted_at, ok, c.reason)
                 for c, by, ok in rows)


def count_cash(session: Session, op: Operator, shift_id: int, counts: dict[int, int],
               at: datetime | None = None) -> CountResult:
    """The clerk's blind count: final once submitted (a recount needs a supervisor, `recount_cash`)."""
    at = at or utcnow()
    shift = _own_shift(session, op, shift_id)
    if _attempts(session, shift) or shift.status == "counted":
        raise NotAllowed("count_final", "现金已清点，首次清点为最终结果；如需复点，请领班授权",
                         "The cash is already counted and the first count is final; a recount needs a supervisor's approval")
    settings = load_settings(session)
    _check_counts(settings, counts)
    return _count(session, op, shift, counts, at, settings, 1, None, None)


def recount_cash(session: Session, op: Operator, shift_id: int, counts: dict[int, int],
                 approval: Credentials | None, reason: str | None, at: datetime | None = None) -> CountResult:
    """A second count of a counted drawer, approved by a supervisor who is not the shift's clerk, with a
    reason; the variance comes from it. One recount per shift: both counts stay on record."""
    at = at or utcnow()
    shift = _own_shift(session, op, shift_id)
    attempts = _attempts(session, shift)
    if shift.status != "counted":
        raise NotAllowed("count_first", "请先清点现金（盲点）再结班", "Count the cash (blind count) before closing")
    if attempts > 1:
        raise NotAllowed("already_recounted", "此班次已复点过一次，不能再次复点", "This drawer was already recounted once")
    if not (reason or "").strip():
        raise InvalidInput("reason_required", "复点须填写原因", "A reason is required for a recount")
    settings = load_settings(session)
    _check_counts(settings, counts)
    approver = approve(session, approval, shift.clerk_id, "recount / 复点现金", at)
    return _count(session, op, shift, counts, at, settings, attempts + 1, approver.id, reason.strip())


def _attempts(session: Session, shift: Shift) -> int:
    return session.scalar(select(func.coalesce(func.max(CashCount.attempt), 0)).where(CashCount.shift_id == shift.id))


def _check_counts(settings, counts: dict[int, int]) -> None:
    allowed = set(settings.denominations_minor)
    for denomination, quantity in counts.items():
        if denomination not in allowed:
            raise InvalidInput(zh="未知面额：{d}", en="Unknown denomination: {d}", d=denomination)
        if isinstance(quantity, bool) or not isinstance(quantity, int) or not 0 <= quantity <= 100_000:
            raise InvalidInput(zh="张数须为 0 到 100000 的整数", en="A count must be a whole number from 0 to 100,000")


def _count(session: Session, op: Operator, shift: Shift, counts: dict[int, int], at: datetime, settings,
           attempt: int, approved_by: int | None, reason: str | None) -> CountResult:
    """Record count number `attempt` (checked by the caller) and what it makes of the drawer."""
    for denomination, quantity in sorted(counts.items(), reverse=True):
        session.add(CashCount(shift_id=shift.id, attempt=attempt, denomination_minor=denomination, quantity=quantity))
    counted = sum(d * q for d, q in counts.items())
    expected = expected_cash(session, shift)
    at = _not_before_last_sale(session, shift, at)
    shift.status, shift.counted_at = "counted", at
    shift.counted_minor, shift.expected_minor, shift.variance_minor = counted, expected, counted - expected
    session.add(ShiftCount(shift_id=shift.id, attempt=attempt, counted_by=op.staff_id, counted_at=at,
                           counted_minor=counted, expected_minor=expected, approved_by=approved_by, reason=reason))
    audit.record(session, "cash_recounted" if approved_by else "cash_counted", staff_id=op.staff_id,
                 counter_id=shift.counter_id, entity="shift", entity_id=shift.id, at=at, attempt=attempt,
                 counted=counted, expected=expected, approved_by=approved_by, reason=reason)
    return CountResult(shift.id, counted, expected, counted - expected,
                       abs(counted - expected) > int(settings.variance_limit_minor), attempt)


def close_shift(session: Session, op: Operator, shift_id: int, handover_note: str = "",
                approval: Credentials | None = None, variance_reason: str | None = None,
                at: datetime | None = None) -> ShiftInfo:
    at = at or utcnow()
    shift = _own_shift(session, op, shift_id)
    if shift.status != "counted":
        raise NotAllowed("count_first", "请先清点现金（盲点）再结班", "Count the cash (blind count) before closing")
    limit = int(load_settings(session).variance_limit_minor)
    if abs(shift.variance_minor) > limit:
        approver = approve(session, approval, shift.clerk_id, "cash variance / 现金差异", at)
        if not (variance_reason or "").strip():
            raise InvalidInput(zh="现金差异须填写原因", en="A reason is required for the cash variance")
        shift.variance_approved_by, shift.variance_reason = approver.id, variance_reason.strip()
    shift.handover_note = (handover_note or "").strip()
    at = max(_not_before_last_sale(session, shift, at), shift.counted_at or at)
    shift.status, shift.closed_at = "closed", at
    audit.record(session, "shift_closed", staff_id=op.staff_id, counter_id=shift.counter_id, entity="shift",
                 entity_id=shift.id, at=at, variance=shift.variance_minor,
                 approved_by=shift.variance_approved_by)
    return _info(shift)
