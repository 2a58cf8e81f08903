"""Small pieces every air-ticket step uses: find and lock an order, check its state, write its timeline."""
from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotAllowed, NotFound
from ..models.tickets import TicketEvent, TicketOrder, TicketSegment
from .tickets_input import SegmentInput, airport, departs_utc
from .tickets_views import order_number


def event(session: Session, order: TicketOrder, staff_id: int | None, action: str, at: datetime,
          to: str | None = None, note: str | None = None) -> None:
    """A line on the order's timeline; a state change also moves the order."""
    session.add(TicketEvent(order_id=order.id, at=at, staff_id=staff_id, action=action,
                            state_from=order.state if to else None, state_to=to, note=note))
    if to:
        order.state = to


def get_order(session: Session, order_id: int, lock: bool = False) -> TicketOrder:
    q = select(TicketOrder).where(TicketOrder.id == order_id)
    order = session.scalar(q.with_for_update() if lock else q)
    if order is None:
        raise NotFound("no_such_ticket_order", "找不到机票订单 {n}", "No such air-ticket order: {n}", n=order_id)
    return order


def require_state(order: TicketOrder, *states: str) -> None:
    if order.state not in states:
        raise NotAllowed("ticket_wrong_state", "订单 {no} 当前为“{state}”，不能进行此操作",
                         "Order {no} is '{state}'; this step is not possible now", no=order_number(order.id),
                         state=order.state)


def trip_kind(segments: tuple[SegmentInput, ...], home: str) -> str:
    countries = {airport(s.origin)["country"] for s in segments} | {airport(s.destination)["country"] for s in segments}
    return "domestic" if countries == {home} else "international"


def last_travel_date(segments) -> date:
    return max(departs_utc(s).astimezone(ZoneInfo(airport(s.origin)["tz"])).date()
               for s in segments)


def add_segments(session: Session, order: TicketOrder, segments, status: str, rnd: int) -> None:
    for n, s in enumerate(segments, start=1):
        session.add(TicketSegment(order_id=order.id, seq=n, airline=s.airline, flight_no=s.flight_no, origin=s.origin,
                                  destination=s.destination, departs_at=departs_utc(s), cabin=s.cabin, status=status,
                                  round=rnd))
