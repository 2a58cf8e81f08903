"""Reading the VIP travel movements: one movement with its log, the day board (today's and tomorrow's
business days, in time order, the ones needing action marked), and the lines that put a movement's
services on the clerk's bill. Times are given three ways where a clerk needs them: the airport's clock,
the hotel's clock, and UTC for sorting."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from ..errors import NotAllowed
from ..models import Counter, SaleLine, Staff, utcnow
from ..models.travel import TravelEvent, TravelMovement
from ..pricing import PriceItem
from . import audit
from .catalogue import current_pricelist, publish_pricelist
from .lines import LineRequest
from .settings import load_settings
from .travel import airport_label, airport_zone, key_airport, movement

ATTENTION_HOURS = 24  # a movement still unconfirmed this close to its flight needs a call now
# service code -> the movement's flag it charges for; rates are simple price-list rows (pricing/simple.py)
CHARGED = {"vip_transfer": "car", "meet_greet": "meet_greet", "fast_track": "fast_track", "lounge": "lounge"}
TRAVEL_RATES = (
    PriceItem("vip_transfer", "贵宾接送车", "VIP transfer", "trip", {
        "unit_zh": "趟", "unit_en": "trip", "rate_minor": 60000, "group": "travel", "order": 60}),
    PriceItem("meet_greet", "机场接送服务", "Meet and greet", "time", {
        "unit_zh": "次", "unit_en": "time", "rate_minor": 30000, "group": "travel", "order": 61}),
    PriceItem("fast_track", "快速通道", "Fast track", "person", {
        "unit_zh": "人", "unit_en": "person", "rate_minor": 40000, "group": "travel", "order": 62}),
    PriceItem("lounge", "机场贵宾室", "Airport lounge", "person", {
        "unit_zh": "人", "unit_en": "person", "rate_minor": 50000, "group": "travel", "order": 63}),
)


@dataclass(frozen=True)
class EventView:
    kind: str  # call | disruption
    at: datetime  # hotel time
    by: str
    whom: str
    outcome: str
    disruption: str
    actions: tuple[str, ...]
    new_time_airport: datetime | None
    note: str


@dataclass(frozen=True)
class MovementView:
    id: int
    direction: str
    status: str
    room: str
    guest_name: str
    guest_phone: str
    flight: str  # "CA 1234"
    from_airport: str  # "PEK Beijing Capital International Airport"
    to_airport: str
    airport_code: str  # where the time below is read
    scheduled_airport: datetime  # the itinerary's time, airport clock
    expected_airport: datetime  # after any delay, airport clock
    expected_hotel: datetime  # the same instant on the hotel's clock
    expected_utc: datetime
    car_type: str
    car_plate: str
    driver: str
    pickup_hotel: datetime | None
    services: tuple[str, ...]  # meet_greet, fast_track, lounge, wheelchair
    assistance: str
    bags: int
    created_at: datetime
    created_by: str
    confirmed_at: datetime | None
    confirmed_by: str | None
    done_at: datetime | None
    done_by: str | None
    cancelled_at: datetime | None
    cancel_reason: str
    rating: int | None
    feedback: str
    counter_code: str
    events: tuple[EventView, ...]
    charged: tuple[str, ...] = ()  # travel services on a receipt not voided or refunded

    @property
    def ref(self) -> str:
        return f"TRV-{self.id}"

    @property
    def disrupted(self) -> bool:
        return any(e.kind == "disruption" for e in self.events)

    @property
    def delayed(self) -> bool:
        return self.expected_utc != self.scheduled_airport


@dataclass(frozen=True)
class BoardRow:
    movement: MovementView
    day: date  # the hotel's business day of the flight
    attention: tuple[str, ...]  # unconfirmed | disrupted | no_car


def charged_codes(session) -> dict[str, set[str]]:
    """Movement ref -> the travel services on receipts, net of voids and refunds (their lines carry the same
    ref with the quantity negated), so a service is charged once however often the clerk presses the key."""
    net: dict[tuple[str, str], int] = {}
    for code, quantity, detail in session.execute(select(SaleLine.service_code, SaleLine.quantity, SaleLine.detail)
                                                  .where(SaleLine.service_code.in_(tuple(CHARGED)))):
        ref = (detail or {}).get("travel_movement")
        if ref:
            net[(ref, code)] = net.get((ref, code), 0) + quantity
    out: dict[str, set[str]] = {}
    for (ref, code), n in net.items():
        if n > 0:
            out.setdefault(ref, set()).add(code)
    return out


def _views(session, rows: list[TravelMovement]) -> list[MovementView]:
    tz = load_settings(session).tz
    charged = charged_codes(session) if rows else {}
    ids = [r.id for r in rows]
    events: dict[int, list[TravelEvent]] = {}
    if ids:
        for e in session.scalars(select(TravelEvent).where(TravelEvent.movement_id.in_(ids))
                                 .order_by(TravelEvent.at, TravelEvent.id)):
            events.setdefault(e.movement_id, []).append(e)
    staff = {i for r in rows for i in (r.created_by, r.confirmed_by, r.done_by)} | {
        e.by for es in events.values() for e in es}
    names = {i: n for i, n in session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(staff - {None})))}
    counters = {i: c for i, c in session.execute(select(Counter.id, Counter.code))} if rows else {}
    local = lambda t: t.astimezone(tz) if t else None  # noqa: E731
    out = []
    for r in rows:
        code = key_airport(r.direction, r.from_airport, r.to_airport)
        zone = airport_zone(code)
        evs = tuple(EventView(e.kind, local(e.at), names.get(e.by, "?"), e.whom or "", e.outcome or "",
                              e.disruption or "", tuple(a for a in (e.actions or "").split(",") if a),
                              e.new_time.astimezone(zone) if e.new_time else None, e.note or "")
                    for e in events.get(r.id, ()))
        services = tuple(s for s in ("meet_greet", "fast_track", "lounge", "wheelchair") if getattr(r, s))
        out.append(MovementView(
            r.id, r.direction, r.status, r.room or "", r.guest_name, r.guest_phone or "", f"{r.airline} {r.flight_no}",
            airport_label(r.from_airport), airport_label(r.to_airport), code, r.scheduled_at.astimezone(zone),
            r.expected_at.astimezone(zone), local(r.expected_at), r.expected_at, r.car_type or "", r.car_plate or "",
            r.driver or "", local(r.pickup_at), services, r.assistance or "", r.bags, local(r.created_at),
            names.get(r.created_by, "?"), local(r.confirmed_at), names.get(r.confirmed_by), local(r.done_at),
            names.get(r.done_by), local(r.cancelled_at), r.cancel_reason or "", r.rating, r.feedback or "",
            counters.get(r.counter_id, "?"), evs,
            tuple(c for c in CHARGED if c in charged.get(f"TRV-{r.id}", ()))))
    return out


def view(session, movement_id: int) -> MovementView:
    return _views(session, [movement(session, movement_id)])[0]


def board(session, day: date | None = None, at: datetime | None = None) -> list[BoardRow]:
    """Movements whose flight falls on the business day `day` (default: the hotel's today) or the next, in
    time order; each marked with what needs doing: still unconfirmed within `ATTENTION_HOURS` of the
    flight, disrupted (the guest and the car must be kept in step), no car known for a booked transfer."""
    at = at or utcnow()
    clock = load_settings(session).clock
    day = day or clock.business_date(at)
    since, until = clock.days_bounds(day, day + timedelta(days=1))
    rows = list(session.scalars(select(TravelMovement).where(TravelMovement.expected_at >= since,
                                                             TravelMovement.expected_at < until)
                                .order_by(TravelMovement.expected_at, TravelMovement.id)))
    out = []
    for v in _views(session, rows):
        attention = []
        if v.status in ("requested", "confirmed"):
            if v.status == "requested" and v.expected_utc - at <= timedelta(hours=ATTENTION_HOURS):
                attention.append("unconfirmed")
            if v.disrupted:
                attention.append("disrupted")
            if v.car_type and not (v.car_plate and v.driver):
                attention.append("no_car")
        out.append(BoardRow(v, clock.business_date(v.expected_utc), tuple(attention)))
    return out


def log(session, start: date | None = None, end: date | None = None) -> list[MovementView]:
    """Movements whose flight falls on the business days `start`..`end` (the supervisor's look), newest first."""
    since, until = load_settings(session).clock.days_bounds(start, end)
    query = select(TravelMovement).order_by(TravelMovement.expected_at.desc(), TravelMovement.id.desc())
    if since:
        query = query.where(TravelMovement.expected_at >= since)
    if until:
        query = query.where(TravelMovement.expected_at < until)
    return _views(session, list(session.scalars(query)))


def charge_lines(session, movement_id: int, at: datetime | None = None) -> list[LineRequest]:
    """One ordinary bill line per service booked on the movement and not yet on a receipt, at the price list's
    travel rates; the line keeps the movement's reference. Refused when nothing is left to charge or the rates
    are not listed. (Pressed twice before paying, the open bill holds both: the clerk removes one.)"""
    row = movement(session, movement_id)
    if row.status == "cancelled":
        raise NotAllowed("movement_cancelled", "此接送已取消", "This movement was cancelled")
    wanted = [code for code, flag in CHARGED.items() if (row.car_type if flag == "car" else getattr(row, flag))]
    if not wanted:
        raise NotAllowed("travel_nothing_to_charge", "此接送没有收费服务", "This movement has no chargeable service")
    ref = f"TRV-{row.id}"
    wanted = [code for code in wanted if code not in charged_codes(session).get(ref, ())]
    if not wanted:
        raise NotAllowed("travel_already_charged", "此接送的服务已收费", "This movement's services are already on a receipt")
    listed = current_pricelist(session, at).items
    missing = [c for c in wanted if c not in listed]
    if missing:
        raise NotAllowed("travel_rates_missing", "价目表中没有接送服务价格（{codes}），请主管添加",
                         "The price list has no rate for {codes}; ask the supervisor to add the travel rates",
                         codes=", ".join(missing))
    return [LineRequest(code, {"quantity": 1}, record={"travel_movement": ref, "flight": f"{row.airline}{row.flight_no}"})
            for code in wanted]


def add_travel_rates(session, staff_id: int, at: datetime | None = None) -> int | None:
    """A supervisor adds the shipped travel rates to the price list in force (a new version, effective at
    once); rows already listed are kept as they are. Returns the new version's id, None if nothing to add."""
    at = at or utcnow()
    current = current_pricelist(session, at)
    items = [item for _, item in current.items.values()]
    missing = [item for item in TRAVEL_RATES if item.code not in current.items]
    if not missing:
        return None
    version = publish_pricelist(session, staff_id, items + missing, at, note="travel rates / 接送服务价目")
    audit.record(session, "travel_rates_added", staff_id=staff_id, entity="price_list_version", entity_id=version, at=at)
    return version
