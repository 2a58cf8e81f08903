"""Air-ticket orders (票务): enquiry → reserved → paid → issued → delivered, then changed or refunded;
or cancelled before issue. Every move is a `TicketEvent` with who and when.

Payment rule, made consistent with the trade's procedure (business-centre.md: "collect payment
before the ticket is issued; a card payment is taken only when the ticket arrives"): in this system
*issued* means the ticket numbers are released to the guest, and that needs the order paid in full,
whatever the means. A guest paying cash (or room charge) pays at the counter before the clerk asks the
agency to issue. For a guest paying by card, the agency sends the ticket to the centre against the
booking; the clerk records it *arrived*, and only then may the card be charged (`bill_lines` refuses
before that); once the card payment posts the order is paid, and the clerk records the ticket
numbers (issued) and hands it over (delivered). Money itself lives in the ledger: see tickets_money.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import utcnow
from ..models.tickets import TicketDisruption, TicketEvent, TicketOrder, TicketPassenger, TicketSegment
from . import audit
from .keycheck import check_key
from .settings import load_settings
from .staff import Operator
from .tickets_input import (PAY_METHODS, OrderInput, SegmentInput, check_ids_for_travel, check_money,
                            check_passenger, check_phone, check_pnr, check_segments, check_ticket_no, departs_utc)
from .tickets_records import add_segments, event, get_order, last_travel_date, require_state, trip_kind
from .tickets_money import (bill_lines, cancel, on_line_reversed, on_line_settled, refund, request_change)  # noqa: F401
from .tickets_views import (OrderRow, Reminder, TicketOrderView, local_departure, order_number, order_rows,
                            order_view)

DELIVERY_HOW = ("counter", "bellboy", "room", "agency_courier")
NOTIFY_HOW = ("phone", "message", "in_person", "sms", "email")
RETENTION_KEY = "ticket_id_retention_days"


def create_order(session: Session, op: Operator, data: OrderInput, at: datetime | None = None) -> TicketOrderView:
    """Take the guest's request: passengers checked against their IDs, flights, the agency's quote."""
    at = at or utcnow()
    settings = load_settings(session)
    if not (data.contact_name or "").strip():
        raise InvalidInput("contact_name", "请填写联系人姓名", "Enter the contact's name")
    phone = check_phone(data.contact_phone, settings.zone_config.home_region)
    if not 1 <= len(data.passengers or ()) <= 9:
        raise InvalidInput("bad_passengers", "请填写 1 到 9 位旅客", "Enter from 1 to 9 passengers")
    passengers = tuple(check_passenger(p) for p in data.passengers)
    segments = check_segments(data.segments)
    check_ids_for_travel(passengers, last_travel_date(segments))
    fare, taxes = check_money(data.fare_minor, "票价", "fare"), check_money(data.taxes_minor, "税费", "taxes")
    if data.pay_method not in PAY_METHODS:
        raise InvalidInput("bad_pay_method", "未知付款方式", "Unknown payment method")
    agency = (data.agency or "").strip()
    if not agency:
        raise InvalidInput("agency", "请填写出票代理", "Enter the ticketing agency")
    order = TicketOrder(state="enquiry", contact_name=data.contact_name.strip()[:200], contact_phone=phone,
                        room=(data.room or "").strip() or None, pay_method=data.pay_method,
                        kind=trip_kind(segments, settings.zone_config.home_region), agency=agency[:100], fare_minor=fare,
                        taxes_minor=taxes, notes=(data.notes or "").strip() or None, counter_id=op.counter_id,
                        created_by=op.staff_id, created_at=at)
    check_key(session)  # ID numbers are sealed with this PC's key: it must be the database's
    session.add(order)
    session.flush()
    for n, p in enumerate(passengers, start=1):
        session.add(TicketPassenger(order_id=order.id, seq=n, name=p.name, id_name=p.id_name, id_type=p.id_type,
                                    id_number=p.id_number, id_expiry=p.id_expiry))
    add_segments(session, order, segments, "active", 0)
    session.add(TicketEvent(order_id=order.id, at=at, staff_id=op.staff_id, action="enquiry", state_from=None,
                            state_to="enquiry", note=agency[:100]))
    session.flush()
    return order_view(session, order.id, op.staff_id)


def reserve(session: Session, op: Operator, order_id: int, pnr: str, fare_minor: int | None = None,
            taxes_minor: int | None = None, at: datetime | None = None) -> TicketOrderView:
    """The agency holds the seats (PNR); the fare it confirms is what the guest owes with the centre's fee."""
    at = at or utcnow()
    order = get_order(session, order_id, lock=True)
    require_state(order, "enquiry")
    order.pnr = check_pnr(pnr)
    if fare_minor is not None:
        order.fare_minor = check_money(fare_minor, "票价", "fare")
    if taxes_minor is not None:
        order.taxes_minor = check_money(taxes_minor, "税费", "taxes")
    if order.fare_minor + order.taxes_minor <= 0:
        raise InvalidInput("zero_fare", "请填写代理确认的票价", "Enter the fare the agency confirmed")
    order.round += 1
    order.pending, order.pending_fee_kind = "booking", order.kind
    order.pending_fare_minor, order.pending_taxes_minor = order.fare_minor, order.taxes_minor
    event(session, order, op.staff_id, "reserve", at, to="reserved", note=f"PNR {order.pnr}")
    session.flush()
    return order_view(session, order.id, op.staff_id)


def mark_arrived(session: Session, op: Operator, order_id: int, at: datetime | None = None) -> TicketOrderView:
    """A card order's ticket reached the counter from the agency: now the card may be charged."""
    at = at or utcnow()
    order = get_order(session, order_id, lock=True)
    require_state(order, "reserved")
    if order.pay_method != "card" or order.arrived_at is not None:
        raise NotAllowed("not_a_card_order", "只有刷卡订单需要登记机票送达", "Only card orders record the ticket's arrival")
    order.arrived_at = at
    event(session, order, op.staff_id, "arrived", at, note="ticket at the counter; charge the card")
    session.flush()
    return order_view(session, order.id, op.staff_id)


def issue(session: Session, op: Operator, order_id: int, ticket_nos: list[str],
          at: datetime | None = None) -> TicketOrderView:
    """Never before the order is paid in full: the state machine only reaches `paid` through the ledger."""
    at = at or utcnow()
    order = get_order(session, order_id, lock=True)
    if order.state in ("enquiry", "reserved"):
        raise NotAllowed("ticket_not_paid", "订单 {no} 尚未全额付款，不能出票",
                         "Order {no} is not paid in full: the ticket cannot be issued", no=order_number(order.id))
    require_state(order, "paid")
    pax = list(session.scalars(select(TicketPassenger).where(TicketPassenger.order_id == order.id)
                               .order_by(TicketPassenger.seq)))
    if len(ticket_nos or ()) != len(pax):
        raise InvalidInput("ticket_nos_count", "请为每位旅客填写票号（{n} 个）", "Enter one ticket number per passenger ({n})",
                           n=len(pax))
    numbers = [check_ticket_no(t) for t in ticket_nos]
    if len(set(numbers)) != len(numbers):
        raise InvalidInput("ticket_nos_repeat", "票号重复", "A ticket number is repeated")
    segs = list(session.scalars(select(TicketSegment).where(TicketSegment.order_id == order.id,
                                                            TicketSegment.status == "active")))
    check_ids_for_travel(pax, max(local_departure(s).date() for s in segs))
    for p, n in zip(pax, numbers):
        p.ticket_no = n
    event(session, order, op.staff_id, "issue", at, to="issued", note=", ".join(numbers))
    session.flush()
    return order_view(session, order.id, op.staff_id)


def deliver(session: Session, op: Operator, order_id: int, how: str, checked: bool,
            at: datetime | None = None) -> TicketOrderView:
    """The ticket is checked against the order on arrival, then handed to the guest."""
    at = at or utcnow()
    order = get_order(session, order_id, lock=True)
    require_state(order, "issued")
    if how not in DELIVERY_HOW:
        raise InvalidInput("bad_delivery", "未知交付方式", "Unknown way of delivery")
    if not checked:
        raise NotAllowed("ticket_not_checked", "请先核对机票（姓名、航班、日期）再交给客人",
                         "Check the ticket (names, flights, dates) before handing it over")
    event(session, order, op.staff_id, "deliver", at, to="delivered", note=how)
    session.flush()
    return order_view(session, order.id, op.staff_id)


def record_disruption(session: Session, op: Operator, order_id: int, segment_id: int, kind: str,
                      new_departs_local: datetime | None = None, note: str | None = None,
                      at: datetime | None = None) -> TicketOrderView:
    """A delay moves the segment's departure (the old time is kept on the record); a cancellation waits
    for a rebooking through the change path. Either way the guest still has to be told."""
    at = at or utcnow()
    order = get_order(session, order_id, lock=True)
    require_state(order, "paid", "issued", "delivered", "changed")
    seg = session.get(TicketSegment, segment_id)
    if seg is None or seg.order_id != order.id or seg.status != "active":
        raise NotFound("no_such_segment", "此订单没有该航段", "This order has no such flight")
    if kind not in ("delay", "cancellation"):
        raise InvalidInput("bad_disruption", "请选择延误或取消", "Choose delay or cancellation")
    new_utc = None
    if kind == "delay":
        if not isinstance(new_departs_local, datetime):
            raise InvalidInput("delay_time", "请填写延误后的起飞时间", "Enter the new departure time")
        new_utc = departs_utc(SegmentInput(seg.airline, seg.flight_no, seg.origin, seg.destination,
                                           new_departs_local.replace(tzinfo=None), seg.cabin))
    session.add(TicketDisruption(order_id=order.id, segment_id=seg.id, kind=kind, old_departs_at=seg.departs_at,
                                 new_departs_at=new_utc, note=(note or "").strip() or None, recorded_by=op.staff_id,
                                 recorded_at=at))
    if new_utc is not None:
        seg.departs_at = new_utc
    flight = f"{seg.airline}{seg.flight_no}"
    event(session, order, op.staff_id, kind, at,
          note=f"{flight} → {local_departure(seg):%Y-%m-%d %H:%M}" if new_utc else f"{flight} {note or ''}".strip())
    session.flush()
    return order_view(session, order.id, op.staff_id)


def record_notified(session: Session, op: Operator, disruption_id: int, how: str,
                    at: datetime | None = None) -> TicketOrderView:
    at = at or utcnow()
    d = session.get(TicketDisruption, disruption_id)
    if d is None:
        raise NotFound("no_such_disruption", "找不到该航班变动记录", "No such flight disruption")
    if how not in NOTIFY_HOW:
        raise InvalidInput("bad_notify", "请选择通知方式", "Choose how the guest was told")
    d.notified_at, d.notified_how, d.notified_by = at, how, op.staff_id
    event(session, get_order(session, d.order_id), op.staff_id, "notified", at, note=how)
    session.flush()
    return order_view(session, d.order_id, op.staff_id)


def list_orders(session: Session, search: str = "", open_only: bool = False, limit: int = 200) -> list[OrderRow]:
    q = select(TicketOrder).order_by(TicketOrder.id.desc()).limit(limit)
    if open_only:
        q = q.where(TicketOrder.state.not_in(("delivered", "refunded", "cancelled", "changed"))
                    | TicketOrder.pending.is_not(None))
    text = (search or "").strip()
    if text:
        like = f"%{text.replace('%', '').replace('_', '')}%"
        pax = select(TicketPassenger.order_id).where(TicketPassenger.name.ilike(like))
        conds = [TicketOrder.contact_name.ilike(like), TicketOrder.pnr.ilike(like), TicketOrder.room.ilike(like),
                 TicketOrder.contact_phone.ilike(like), TicketOrder.id.in_(pax)]
        digits = text.upper().removeprefix("TK")
        if digits.isdigit():
            conds.append(TicketOrder.id == int(digits))
        q = q.where(or_(*conds))
    return order_rows(session, list(session.scalars(q)))


def reminders(session: Session, at: datetime | None = None, search: str = "") -> list[Reminder]:
    """Departures in the next 24 hours (to remind the guest) and tickets waiting to be handed over."""
    at = at or utcnow()
    out = []
    q = (select(TicketSegment, TicketOrder).join(TicketOrder, TicketOrder.id == TicketSegment.order_id)
         .where(TicketSegment.status == "active", TicketSegment.departs_at >= at,
                TicketSegment.departs_at <= at + timedelta(hours=24),
                TicketOrder.state.in_(("paid", "issued", "delivered", "changed")))
         .order_by(TicketSegment.departs_at))
    disrupted = dict(session.execute(select(TicketDisruption.segment_id, func.max(TicketDisruption.kind))
                                     .group_by(TicketDisruption.segment_id)).all())
    for seg, o in session.execute(q):
        out.append(Reminder("departure", o.id, order_number(o.id), o.contact_name, o.contact_phone, o.room,
                            f"{seg.airline}{seg.flight_no}", f"{seg.origin}-{seg.destination}", local_departure(seg),
                            o.state, disrupted.get(seg.id)))
    due = select(TicketOrder).where(or_(TicketOrder.state == "issued",
                                        (TicketOrder.state == "reserved") & TicketOrder.arrived_at.is_not(None)))
    for o in session.scalars(due.order_by(TicketOrder.id)):
        first = session.scalar(select(TicketSegment).where(TicketSegment.order_id == o.id,
                                                           TicketSegment.status == "active")
                               .order_by(TicketSegment.departs_at).limit(1))
        out.append(Reminder("delivery", o.id, order_number(o.id), o.contact_name, o.contact_phone, o.room,
                            f"{first.airline}{first.flight_no}" if first else "",
                            f"{first.origin}-{first.destination}" if first else "",
                            local_departure(first) if first else None, o.state, None))
    text = (search or "").strip().casefold()
    if text:
        out = [r for r in out if any(text in (v or "").casefold() for v in
                                     (r.number, r.contact_name, r.room, r.flight, r.route, r.contact_phone))]
    return out


def erase_expired_ids(session: Session, at: datetime | None = None) -> list[int]:
    """ID numbers are kept only `ticket_id_retention_days` after the last flight; then erased, audited."""
    at = at or utcnow()
    days = int(load_settings(session).values.get(RETENTION_KEY, 30))
    last = (select(TicketSegment.order_id, func.max(TicketSegment.departs_at).label("last"))
            .group_by(TicketSegment.order_id).subquery())
    due = session.scalars(select(TicketOrder).join(last, last.c.order_id == TicketOrder.id)
                          .where(TicketOrder.ids_erased_at.is_(None), last.c.last < at - timedelta(days=days))
                          .order_by(TicketOrder.id)).all()
    for order in due:
        pax = session.scalars(select(TicketPassenger).where(TicketPassenger.order_id == order.id)).all()
        for p in pax:
            p.id_number = None
        order.ids_erased_at = at
        event(session, order, None, "ids_erased", at, note=f"{len(pax)} ID number(s), {days} days after travel")
        audit.record(session, "ticket_ids_erased", entity="ticket_order", entity_id=order.id, at=at,
                     passengers=len(pax), retention_days=days)
    session.flush()
    return [o.id for o in due]


def view(session: Session, order_id: int, viewer_staff_id: int | None) -> TicketOrderView:
    return order_view(session, order_id, viewer_staff_id)
