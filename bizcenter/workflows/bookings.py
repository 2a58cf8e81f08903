"""Meeting-room and equipment rentals (会议室、会议设备出租): book a slot, take a deposit, hand over,
return and charge, or cancel.

Rules a reader could break:
- No double booking: at no instant of a slot may more pieces of an item be booked than the centre
  owns (a room is one piece; equipment counts come from the `equipment_units` setting). An item
  still out after its booked end keeps blocking until it comes back. The check runs under a row
  lock per item (`lock:rental:…`), so two counters booking the last projector at once get one yes.
- The charge is fixed at return (`charge_params`), from the actual hand-over to the return, never
  less than the booked time, and overtime past the booked end always charged; by the price list's own
  rounding (a started hour for rooms, a started day for equipment). The line carries `record={"booking_id": id}`; the
  settle hook marks the booking charged once, so a second bill for it is refused.
- The deposit (押金) is not revenue and is not in the drawer: see `deposits.py`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import utcnow
from ..models.errands import RentalBooking, RentalDeposit
from . import audit
from .lines import LineRequest
from .rental_calendar import LIVE, BookingView, DepositView, booking_row, capacity, check_service, resources, view
from .numbers import next_number
from .party import Party, in_house_guest, phone, text
from .settings import load_settings
from .shift import current_shift
from .staff import Operator

LONGEST = {"meeting_room": timedelta(hours=24), "equipment": timedelta(days=366)}
UNIT_MINUTES = {"meeting_room": (60, 24), "equipment": (24 * 60, 366)}  # charged unit; most units in one request
EARLY_HANDOVER = timedelta(hours=1)
PAST_GRACE = timedelta(minutes=15)  # "from now" typed a minute late is not a booking in the past
_UNTIL_BACK = datetime(9999, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class BookingRequest:
    service: str
    item: str
    starts_at: datetime
    ends_at: datetime
    units: int = 1
    room: str | None = None        # an in-house guest: room and name, checked together
    name: str = ""
    company: str | None = None     # a visitor: name, company, telephone
    phone: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ReturnResult:
    booking: BookingView
    lines: tuple[LineRequest, ...]
    overtime_minutes: int
    deposit_returned: DepositView | None


def booking(session: Session, booking_id: int) -> BookingView:
    return view(session, booking_row(session, booking_id))


_STATE_ZH = {"booked": "已预订", "out": "使用中", "returned": "已归还", "cancelled": "已取消"}


def _booked(session: Session, booking_id: int, code: str, verb_zh: str, verb_en: str) -> RentalBooking:
    """The booking, locked, if it is still only booked; else a refusal naming its state."""
    b = booking_row(session, booking_id, lock=True)
    if b.status != "booked":
        raise NotAllowed(code, "预订 {id} 当前状态为{state}，不能{verb_zh}", "Booking {id} is {state_en}; it cannot be {verb_en}",
                         id=b.id, state=_STATE_ZH[b.status], state_en=b.status, verb_zh=verb_zh, verb_en=verb_en)
    return b


# --- availability -----------------------------------------------------------------------------

def _lock_item(session: Session, service: str, item: str) -> None:
    """One row per item serialises every booking decision about it across counters (PostgreSQL;
    SQLite's BEGIN IMMEDIATE already has one writer)."""
    next_number(session, f"lock:rental:{service}:{item}")


def _busy_spans(session: Session, service: str, item: str, start: datetime, end: datetime, at: datetime,
                exclude: int | None):
    rows = session.scalars(select(RentalBooking).where(
        RentalBooking.service == service, RentalBooking.item == item, RentalBooking.status.in_(LIVE),
        or_(RentalBooking.starts_at < end, RentalBooking.status == "out")))
    spans = []
    for b in rows:
        if b.id == exclude:
            continue
        s = min(b.starts_at, b.handed_out_at or b.starts_at)
        e = _UNTIL_BACK if b.status == "out" and at > b.ends_at else b.ends_at  # overdue: blocks until back
        if s < end and e > start:
            spans.append((s, e, b.units, b))
    return spans


def _check_free(session: Session, service: str, item: str, units: int, start: datetime, end: datetime,
                at: datetime, exclude: int | None = None) -> None:
    spans = _busy_spans(session, service, item, start, end, at, exclude)
    points = {start} | {s for s, _, _, _ in spans if s > start}
    peak = max((sum(u for s, e, u, _ in spans if s <= p < e) for p in points), default=0)
    cap = capacity(session, service, item)
    if peak + units <= cap:
        return
    tz = load_settings(session).tz
    _, _, _, clash = max(spans, key=lambda sp: sp[2])
    when = f"{clash.starts_at.astimezone(tz):%Y-%m-%d %H:%M}–{clash.ends_at.astimezone(tz):%H:%M}"
    if clash.status == "out" and at > clash.ends_at:
        raise NotAllowed("booking_overlap", "{item} 尚未归还（预订 {id}：{when}，已超时），暂不能预订",
                         "{item} is not back yet (booking {id}: {when}, overdue); it cannot be booked now",
                         id=clash.id, when=when, item=item)
    raise NotAllowed("booking_overlap", "该时段已被预订（预订 {id}：{when}），{item} 可用 {free}/{cap}",
                     "That time is already booked (booking {id}: {when}); {item}: {free} of {cap} free",
                     id=clash.id, when=when, item=item, free=max(cap - peak, 0), cap=cap)


def _aware(value, zh: str, en: str) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise InvalidInput("bad_time", "{what_zh}时间不正确", "The {what_en} time is not valid", what_zh=zh, what_en=en)
    return value


def _check_slot(req: BookingRequest, at: datetime) -> tuple[datetime, datetime]:
    start = _aware(req.starts_at, "开始", "start")
    end = _aware(req.ends_at, "结束", "end")
    if end <= start:
        raise InvalidInput("slot_order", "结束时间必须晚于开始时间", "The end must be after the start")
    if start < at - PAST_GRACE:
        raise InvalidInput("slot_in_past", "不能预订已过去的时间", "A booking cannot start in the past")
    if end - start > LONGEST[req.service]:
        raise InvalidInput("slot_too_long", "一次预订最长 {most_zh}，请分开预订",
                           "One booking is at most {most_en}; book the rest separately",
                           most_zh="24 小时" if req.service == "meeting_room" else "366 天",
                           most_en="24 hours" if req.service == "meeting_room" else "366 days")
    return start, end


def _party(session: Session, req: BookingRequest, at: datetime) -> Party:
    if (req.room or "").strip():
        return in_house_guest(session, req.room, req.name, at)
    return Party("visitor", text(req.name, "访客姓名", "visitor's name"),
                 company=text(req.company, "公司", "company", required=False), phone=phone(req.phone, required=True))


# --- actions ----------------------------------------------------------------------------------

def book(session: Session, op: Operator, req: BookingRequest, at: datetime | None = None) -> BookingView:
    at = at or utcnow()
    check_service(req.service)
    current_shift(session, op)
    offered = {r.item: r for r in resources(session, req.service, at)}
    if req.item not in offered:
        raise InvalidInput("unknown_option", "价目表中没有此项：{v}", "Not on the price list: {v}", v=str(req.item)[:40])
    cap = offered[req.item].capacity
    units = req.units
    if isinstance(units, bool) or not isinstance(units, int) or not 1 <= units <= cap:
        raise InvalidInput("bad_units", "数量须为 1 到 {cap}", "The number of pieces must be from 1 to {cap}", cap=cap)
    start, end = _check_slot(req, at)
    party = _party(session, req, at)
    _lock_item(session, req.service, req.item)
    _check_free(session, req.service, req.item, units, start, end, at)
    b = RentalBooking(service=req.service, item=req.item, units=units, starts_at=start, ends_at=end, status="booked",
                      party_kind=party.kind, party_name=party.name, stay_id=party.stay_id, room=party.room,
                      company=party.company, phone=party.phone, note=text(req.note, "备注", "note", 500, False),
                      counter_id=op.counter_id, created_at=at, created_by=op.staff_id)
    session.add(b)
    session.flush()
    audit.record(session, "rental_booked", staff_id=op.staff_id, counter_id=op.counter_id, entity="rental_booking",
                 entity_id=b.id, at=at, service=b.service, item=b.item, units=units,
                 starts_at=start.isoformat(), ends_at=end.isoformat(), party=party.name)
    return view(session, b)


def hand_over(session: Session, op: Operator, booking_id: int, at: datetime | None = None) -> BookingView:
    """The room is opened for the meeting / the equipment leaves the centre."""
    at = at or utcnow()
    current_shift(session, op)
    b = _booked(session, booking_id, "not_booked", "交付", "handed over")
    if at >= b.ends_at:
        raise NotAllowed("booking_over", "预订时间已过，请重新预订", "The booked time is over; make a new booking")
    if at < b.starts_at - EARLY_HANDOVER:
        raise NotAllowed("too_early", "离预订开始还早，最多提前一小时交付", "Too early: hand over at most an hour before the start")
    if b.service in (load_settings(session).values.get("rental_deposit_required") or ()):
        if session.scalar(select(RentalDeposit.id).where(RentalDeposit.booking_id == b.id)) is None:
            raise NotAllowed("deposit_first", "请先收取押金再交付设备", "Take the deposit before handing the equipment over")
    _lock_item(session, b.service, b.item)
    _check_free(session, b.service, b.item, b.units, min(at, b.starts_at), b.ends_at, at, exclude=b.id)
    b.status, b.handed_out_at, b.handed_out_by = "out", at, op.staff_id
    audit.record(session, "rental_handed_over", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="rental_booking", entity_id=b.id, at=at)
    return view(session, b)


def charged_minutes(b: RentalBooking, returned_at: datetime, grace_minutes: int = 0) -> int:
    """The minutes a rental is charged for, as a hotel charges them:

    - from the actual hand-over to the return (按实际交付至归还计时), not from the booked start: a room
      handed over a few minutes before its slot and given back at once is not charged the slot plus
      those minutes;
    - never less than the time booked: the room (or the piece) was held for the guest and could not be
      let to anyone else, so a meeting that ends early pays its booking (the price list's own
      ``minimum_units`` still applies on top, when it sets one);
    - overtime past the booked end is charged as before, even when the hand-over was late: the
      booked time plus the overtime is the least charged, as the next booking could not have it;
    - minutes beyond the booked time that add up to no more than the grace (``rental_grace_minutes``:
      the room taken a little early, given back a little late) are not charged; past the grace, all are.
    The price list then rounds to its unit (a started hour, a started day)."""
    handed = b.handed_out_at or b.starts_at
    used = returned_at - handed
    overtime = max(returned_at - b.ends_at, timedelta(0))
    booked = b.ends_at - b.starts_at
    span = max(used, booked + overtime)
    if span - booked <= timedelta(minutes=grace_minutes):
        span = booked
    return max(1, -(-int(span.total_seconds()) // 60))


def charge_params(b: RentalBooking, returned_at: datetime, grace_minutes: int = 0) -> list[dict]:
    """The price requests for a return, for `charged_minutes`.

    One line normally. A price request holds at most 24 hours (rooms) or 366 days (equipment), so a
    longer rental is split into near-equal lines of whole started units: the total charged stays
    the started hours or days used, and no line is short enough to meet a per-line minimum."""
    minutes = charged_minutes(b, returned_at, grace_minutes)
    unit, most = UNIT_MINUTES[b.service]
    units = -(-minutes // unit)
    if units <= most:
        sizes = [units]
    else:
        n = -(-units // most)
        sizes = [units // n + (1 if k < units % n else 0) for k in range(n)]
    if b.service == "meeting_room":
        return [{"room": b.item, "minutes": minutes if len(sizes) == 1 else size * 60} for size in sizes]
    return [{"item": b.item, "days": size, "units": b.units} for size in sizes]


def return_rental(session: Session, op: Operator, booking_id: int, at: datetime | None = None) -> ReturnResult:
    """The room is given back / the equipment comes back: the charge is fixed and the deposit returned."""
    from .deposits import give_back

    at = at or utcnow()
    current_shift(session, op)
    b = booking_row(session, booking_id, lock=True)
    if b.status != "out":
        raise NotAllowed("not_out", "预订 {id}（{item}）没有借出，不能归还",
                         "Booking {id} ({item}) is not out; it cannot be returned",
                         id=b.id, item=b.item)
    at = max(at, b.handed_out_at)
    params = charge_params(b, at, int(load_settings(session).rental_grace_minutes))
    b.status, b.returned_at, b.returned_by, b.charge_params = "returned", at, op.staff_id, {"lines": params}
    overtime = max(0, -(-int((at - b.ends_at).total_seconds()) // 60))
    deposit = give_back(session, op, b.id, at)
    audit.record(session, "rental_returned", staff_id=op.staff_id, counter_id=op.counter_id, entity="rental_booking",
                 entity_id=b.id, at=at, overtime_minutes=overtime, charge=params)
    return ReturnResult(view(session, b), charge_lines(b), overtime, deposit)


def charge_lines(b: RentalBooking) -> tuple[LineRequest, ...]:
    params = (b.charge_params or {}).get("lines") or []
    return tuple(LineRequest(b.service, dict(p), record={"booking_id": b.id, "part": n}) for n, p in enumerate(params))


def bill_again(session: Session, booking_id: int) -> tuple[LineRequest, ...]:
    """The lines of a returned booking that is not (or no longer) charged: the bill was abandoned or voided."""
    b = booking_row(session, booking_id)
    if b.status != "returned":
        raise NotAllowed("not_returned", "预订尚未归还", "The booking has not been returned")
    if b.charge_sale_id is not None:
        raise NotAllowed("already_charged", "预订 {id} 已收费", "Booking {id} is already charged", id=b.id)
    return charge_lines(b)


def cancel(session: Session, op: Operator, booking_id: int, reason: str = "",
           at: datetime | None = None) -> BookingView:
    from .deposits import give_back

    at = at or utcnow()
    current_shift(session, op)
    b = _booked(session, booking_id, "not_cancellable", "取消", "cancelled")
    b.status, b.cancelled_at, b.cancelled_by = "cancelled", at, op.staff_id
    b.cancel_reason = text(reason, "原因", "reason", 500, required=False)
    give_back(session, op, b.id, at)
    audit.record(session, "rental_cancelled", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="rental_booking", entity_id=b.id, at=at, reason=b.cancel_reason)
    return view(session, b)




# --- settle and reversal hooks (this service's record in bizcenter.services) ------------------

def on_line_settled(session: Session, sale, line_no: int, request, at) -> None:
    booking_id = request.record.get("booking_id")
    if booking_id is None:
        return  # a rental sold without a booking (an agreed package): no record to link
    b = booking_row(session, booking_id, lock=True)
    if b.service != request.service or b.status != "returned":
        raise NotAllowed("not_returned", "预订 {id} 尚未归还，不能收费",
                         "Booking {id} has not been returned; it cannot be charged yet",
                         id=booking_id)
    part = request.record.get("part", 0)
    expected = (b.charge_params or {}).get("lines") or []
    if not isinstance(part, int) or not 0 <= part < len(expected) or request.params != expected[part]:
        raise InvalidInput("charge_mismatch", "账单行与预订 {id} 的归还记录不符",
                           "The bill line does not match the return of booking {id}",
                           id=booking_id)
    # the first line claims the booking for this sale; the lines of a return longer than a day follow it
    claimed = b.charge_sale_id is not None if part == 0 else b.charge_sale_id != sale.id
    if claimed:
        raise NotAllowed("already_charged", "预订 {id} 已收费，没有重复收费",
                         "Booking {id} is already charged; nothing was charged twice", id=booking_id)
    if part == 0:
        b.charge_sale_id, b.charged_at = sale.id, at


def on_line_reversed(session: Session, original, reversal, line, at) -> None:
    booking_id = (line.detail or {}).get("booking_id")
    if booking_id is None or (line.detail or {}).get("part", 0) != 0:
        return
    b = session.get(RentalBooking, booking_id)
    if b is None or b.charge_sale_id != original.id:
        return
    b.charge_sale_id, b.charged_at = None, None  # may be billed again; the reversal keeps the history
    audit.record(session, "rental_charge_reversed", entity="rental_booking", entity_id=b.id, at=at,
                 original_sale=original.id, reversal_sale=reversal.id)
