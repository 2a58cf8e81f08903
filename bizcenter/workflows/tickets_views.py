"""What screens and printouts see of an air-ticket order: frozen values, ID numbers masked by default.

Only a supervisor sees a passenger's full ID number (the viewer's staff id decides, here in the
core, so no front end can forget to mask). Times come as aware datetimes: departures in the origin
airport's zone, everything else in UTC for the screen to convert.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..models import Staff
from ..models.tickets import (TicketCharge, TicketDisruption, TicketEvent, TicketOrder, TicketPassenger,
                              TicketSegment)
from .staff import SUPERVISOR_ROLES
from .tickets_input import airports, mask_id


@dataclass(frozen=True)
class PassengerView:
    seq: int
    name: str
    id_name: str
    id_type: str
    id_number: str  # masked unless the viewer is a supervisor
    id_expiry: date
    ticket_no: str | None


@dataclass(frozen=True)
class SegmentView:
    id: int
    seq: int
    airline: str
    flight_no: str
    origin: str
    origin_city: str
    destination: str
    destination_city: str
    departs_at: datetime  # UTC
    departs_local: datetime  # in the origin airport's zone
    cabin: str
    status: str  # pending | active | replaced
    disruption: str | None  # delay | cancellation (the latest), None when on schedule

    @property
    def flight(self) -> str:
        return f"{self.airline}{self.flight_no}"


@dataclass(frozen=True)
class EventView:
    at: datetime
    staff_name: str
    action: str
    state_from: str | None
    state_to: str | None
    note: str | None


@dataclass(frozen=True)
class DisruptionView:
    id: int
    segment_id: int
    flight: str
    kind: str
    old_departs_local: datetime
    new_departs_local: datetime | None
    note: str | None
    recorded_at: datetime
    notified_at: datetime | None
    notified_how: str | None


@dataclass(frozen=True)
class TicketOrderView:
    id: int
    number: str
    state: str
    contact_name: str
    contact_phone: str
    room: str | None
    pay_method: str
    kind: str
    agency: str
    pnr: str | None
    fare_minor: int
    taxes_minor: int
    notes: str | None
    pending: str | None  # the bill owed now: booking | change | refund_fee
    arrived_at: datetime | None
    created_at: datetime
    collected_minor: int  # sale lines charged for the order, net of reversals (before service charge and tax)
    ids_erased: bool
    ids_visible: bool
    passengers: tuple[PassengerView, ...]
    segments: tuple[SegmentView, ...]
    events: tuple[EventView, ...]
    disruptions: tuple[DisruptionView, ...]
    actions: tuple[str, ...]  # what the clerk may do next

    @property
    def active_segments(self) -> tuple[SegmentView, ...]:
        return tuple(s for s in self.segments if s.status == "active")


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    state: str
    contact_name: str
    passengers: str
    route: str
    first_departure_local: datetime | None
    pnr: str | None
    pending: str | None


@dataclass(frozen=True)
class Reminder:
    kind: str  # departure | delivery
    order_id: int
    number: str
    contact_name: str
    contact_phone: str
    room: str | None
    flight: str
    route: str
    departs_local: datetime | None
    state: str
    disruption: str | None


def order_number(order_id: int) -> str:
    return f"TK{order_id:06d}"


def local_departure(seg: TicketSegment, at: datetime | None = None) -> datetime:
    tz = airports().get(seg.origin, {}).get("tz") or "UTC"
    return (at or seg.departs_at).astimezone(ZoneInfo(tz))


def city(code: str) -> str:
    return airports().get(code, {}).get("city") or code


def actions_for(o: TicketOrder) -> tuple[str, ...]:
    acts = []
    if o.pending and not (o.pending == "booking" and o.pay_method == "card" and o.arrived_at is None):
        acts.append("bill")
    by_state = {
        "enquiry": ("reserve", "cancel"),
        "reserved": (("arrived",) if o.pay_method == "card" and o.arrived_at is None else ()) + ("cancel",),
        "paid": ("issue", "cancel"),
        "issued": ("deliver", "change", "refund", "disruption"),
        "delivered": ("change", "refund", "disruption"),
        "changed": ("change", "refund", "disruption"),
    }
    acts += by_state.get(o.state, ())
    if o.pending == "change":
        acts = [a for a in acts if a not in ("change", "refund")]
    return tuple(acts)


def _segment_view(seg: TicketSegment, disruption: str | None) -> SegmentView:
    return SegmentView(seg.id, seg.seq, seg.airline, seg.flight_no, seg.origin, city(seg.origin), seg.destination,
                       city(seg.destination), seg.departs_at, local_departure(seg), seg.cabin, seg.status, disruption)


def can_see_ids(session: Session, viewer_staff_id: int | None) -> bool:
    viewer = session.get(Staff, viewer_staff_id) if viewer_staff_id else None
    return viewer is not None and viewer.role in SUPERVISOR_ROLES


def order_view(session: Session, order_id: int, viewer_staff_id: int | None) -> TicketOrderView:
    o = session.get(TicketOrder, order_id)
    if o is None:
        raise NotFound("no_such_ticket_order", "找不到机票订单 {n}", "No such air-ticket order: {n}", n=order_id)
    visible = can_see_ids(session, viewer_staff_id)
    pax = tuple(PassengerView(p.seq, p.name, p.id_name, p.id_type,
                              (p.id_number or "（已删除）erased") if visible else mask_id(p.id_number), p.id_expiry,
                              p.ticket_no)
                for p in session.scalars(select(TicketPassenger).where(TicketPassenger.order_id == o.id)
                                         .order_by(TicketPassenger.seq)))
    disruptions = list(session.scalars(select(TicketDisruption).where(TicketDisruption.order_id == o.id)
                                       .order_by(TicketDisruption.id)))
    segs = list(session.scalars(select(TicketSegment).where(TicketSegment.order_id == o.id)
                                .order_by(TicketSegment.round, TicketSegment.seq)))
    latest = {d.segment_id: d.kind for d in disruptions}
    by_id = {s.id: s for s in segs}
    names = dict(session.execute(select(Staff.id, Staff.name)).all())
    events = tuple(EventView(e.at, names.get(e.staff_id, ""), e.action, e.state_from, e.state_to, e.note)
                   for e in session.scalars(select(TicketEvent).where(TicketEvent.order_id == o.id)
                                            .order_by(TicketEvent.at, TicketEvent.id)))
    dviews = tuple(DisruptionView(
        d.id, d.segment_id, f"{by_id[d.segment_id].airline}{by_id[d.segment_id].flight_no}", d.kind,
        local_departure(by_id[d.segment_id], d.old_departs_at),
        local_departure(by_id[d.segment_id], d.new_departs_at) if d.new_departs_at else None,
        d.note, d.recorded_at, d.notified_at, d.notified_how) for d in disruptions)
    collected = session.scalar(select(func.coalesce(func.sum(TicketCharge.amount_minor), 0))
                               .where(TicketCharge.order_id == o.id, TicketCharge.reversal_sale_id.is_(None)))
    return TicketOrderView(
        o.id, order_number(o.id), o.state, o.contact_name, o.contact_phone, o.room, o.pay_method, o.kind, o.agency,
        o.pnr, o.fare_minor, o.taxes_minor, o.notes, o.pending, o.arrived_at, o.created_at, int(collected),
        o.ids_erased_at is not None, visible, pax, tuple(_segment_view(s, latest.get(s.id)) for s in segs), events,
        dviews, actions_for(o))


def order_rows(session: Session, orders: list[TicketOrder]) -> list[OrderRow]:
    if not orders:
        return []
    ids = [o.id for o in orders]
    pax: dict[int, list[str]] = {}
    for oid, name in session.execute(select(TicketPassenger.order_id, TicketPassenger.name)
                                     .where(TicketPassenger.order_id.in_(ids)).order_by(TicketPassenger.seq)):
        pax.setdefault(oid, []).append(name)
    segs: dict[int, list[TicketSegment]] = {}
    for s in session.scalars(select(TicketSegment).where(TicketSegment.order_id.in_(ids),
                                                         TicketSegment.status == "active")
                             .order_by(TicketSegment.departs_at)):
        segs.setdefault(s.order_id, []).append(s)
    rows = []
    for o in orders:
        ss = segs.get(o.id, [])
        route = "-".join([ss[0].origin] + [s.destination for s in ss]) if ss else ""
        rows.append(OrderRow(o.id, order_number(o.id), o.state, o.contact_name, ", ".join(pax.get(o.id, [])), route,
                             local_departure(ss[0]) if ss else None, o.pnr, o.pending))
    return rows
