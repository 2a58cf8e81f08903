"""The rentals calendar and lists (会议室、设备出租): what each room or item is, how many the centre
owns, and the bookings as plain views for a day, a week, the equipment out now and today's rooms.

Reading only; booking, hand-over, return and cancellation are in `bookings.py`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..models import utcnow
from ..models.errands import RENTALS, RentalBooking, RentalDeposit
from .catalogue import current_pricelist
from .settings import load_settings

LIVE = ("booked", "out")


@dataclass(frozen=True)
class Resource:
    service: str
    item: str
    name_zh: str
    name_en: str
    rate_minor: int
    unit: str  # hour | day
    capacity: int



@dataclass(frozen=True)
class DepositView:
    method: str
    amount_minor: int
    card_last4: str | None
    taken_at: datetime
    returned_at: datetime | None


@dataclass(frozen=True)
class BookingView:
    id: int
    service: str
    item: str
    item_zh: str
    item_en: str
    units: int
    starts_at: datetime
    ends_at: datetime
    status: str
    party_kind: str
    party_name: str
    room: str | None
    company: str | None
    phone: str | None
    note: str | None
    handed_out_at: datetime | None
    returned_at: datetime | None
    deposit: DepositView | None
    charged: bool

    def overdue(self, at: datetime) -> bool:
        return self.status == "out" and at > self.ends_at


def check_service(service: str) -> None:
    if service not in RENTALS:
        raise InvalidInput("unknown_service", "未知服务：{service}", "Unknown service: {service}", service=service)


def capacity(session: Session, service: str, item: str) -> int:
    if service == "meeting_room":
        return 1
    count = (load_settings(session).values.get("equipment_units") or {}).get(item, 1)
    return count if isinstance(count, int) and not isinstance(count, bool) and count >= 1 else 1


def resources(session: Session, service: str, at: datetime | None = None) -> list[Resource]:
    """The rooms or items the price list offers, each with its rate and how many the centre owns."""
    check_service(service)
    _, item = current_pricelist(session, at).item(service)
    unit = "hour" if service == "meeting_room" else "day"
    return [Resource(service, key, o["zh"], o["en"], o["rate_minor"], unit, capacity(session, service, key))
            for key, o in item.rule.get("options", {}).items()]


def _names(session: Session, service: str) -> dict[str, tuple[str, str]]:
    try:
        return {r.item: (r.name_zh, r.name_en) for r in resources(session, service)}
    except (InvalidInput, NotFound):
        return {}


def booking_row(session: Session, booking_id: int, lock: bool = False) -> RentalBooking:
    """The booking, read afresh (locked for a change when `lock`); shared by bookings and deposits."""
    query = select(RentalBooking).where(RentalBooking.id == booking_id)
    if lock:
        query = query.with_for_update()
    b = session.scalar(query.execution_options(populate_existing=True))
    if b is None:
        raise NotFound("no_such_booking", "找不到该预订", "No such booking")
    return b


def view(session: Session, b: RentalBooking, names: dict | None = None) -> BookingView:
    names = names if names is not None else _names(session, b.service)
    zh, en = names.get(b.item, (b.item, b.item))
    d = session.scalar(select(RentalDeposit).where(RentalDeposit.booking_id == b.id))
    deposit = DepositView(d.method, d.amount_minor, d.card_last4, d.taken_at, d.returned_at) if d else None
    return BookingView(b.id, b.service, b.item, zh, en, b.units, b.starts_at, b.ends_at, b.status, b.party_kind,
                       b.party_name, b.room, b.company, b.phone, b.note, b.handed_out_at, b.returned_at, deposit,
                       b.charge_sale_id is not None)


def bookings_between(session: Session, service: str, start: datetime, end: datetime) -> list[BookingView]:
    """The calendar: every booking of the service touching [start, end), cancelled ones left out."""
    check_service(service)
    rows = session.scalars(select(RentalBooking).where(
        RentalBooking.service == service, RentalBooking.status != "cancelled",
        RentalBooking.starts_at < end,
        or_(RentalBooking.ends_at > start, RentalBooking.status == "out"),
    ).order_by(RentalBooking.starts_at, RentalBooking.id))
    names = _names(session, service)
    return [view(session, b, names) for b in rows]


def _matches(v: BookingView, search: str) -> bool:
    words = (search or "").casefold().split()
    hay = " ".join(str(x or "") for x in (v.id, v.item, v.item_zh, v.item_en, v.party_name, v.room, v.company,
                                           v.phone)).casefold()
    return all(w in hay for w in words)


def equipment_out(session: Session, search: str = "") -> list[BookingView]:
    rows = session.scalars(select(RentalBooking).where(RentalBooking.service == "equipment",
                                                       RentalBooking.status == "out").order_by(RentalBooking.ends_at))
    names = _names(session, "equipment")
    return [v for v in (view(session, b, names) for b in rows) if _matches(v, search)]


def rooms_today(session: Session, at: datetime | None = None, search: str = "") -> list[BookingView]:
    """Meeting rooms in use now or booked for today (the hotel's calendar day), by start time."""
    at = at or utcnow()
    local = at.astimezone(load_settings(session).tz)
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    rows = [v for v in bookings_between(session, "meeting_room", start, start + timedelta(days=1)) if v.status in LIVE]
    return [v for v in rows if _matches(v, search)]
