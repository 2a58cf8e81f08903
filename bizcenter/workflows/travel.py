"""VIP travel service (贵宾接送机服务): a guest's arrival or departure by air and what the centre arranges.

The rules:
- A movement is for a guest in house (room and name checked as for a message or a room charge) or for a
  guest booked ahead (a name, no room). The flight is the airline's two-character code, the number, and
  the scheduled time as printed on the itinerary: local time at the airport that matters (landing for an
  arrival, take-off for a departure), whose zone comes from the `airportsdata` IATA list. The car's
  pick-up time is on the hotel's clock.
- Steps go forward only: requested → confirmed → done, each with who and when (hotel time); a movement may
  be cancelled until it is done. Confirmation calls are logged (whom, outcome); a delay or cancelled
  flight is recorded with what was done (rebooked, car re-timed, guest informed) and the new time, which
  the day board then uses. After the service the guest's feedback (1–5 and text) is kept.
- Money goes through the normal bill: `charge_lines` gives one ordinary line per service booked, priced by
  the price list's travel rows (simple services, `travel_board.TRAVEL_RATES`).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import utcnow
from ..models.travel import CALL_OUTCOMES, DIRECTIONS, DISRUPTION_ACTIONS as ACTIONS, DISRUPTIONS, TravelEvent, TravelMovement
from . import audit
from .messages import MAX_NAME, MAX_TEXT, _text, in_house_guest
from .settings import load_settings
from .staff import Operator
from .tickets_input import _AIRLINE, _FLIGHT, airport

MAX_BAGS = 99


@dataclass(frozen=True)
class NewMovement:
    """What the clerk writes down when the guest (or their secretary) books the service."""

    direction: str  # arrival | departure
    guest_name: str
    airline: str
    flight_no: str
    from_airport: str
    to_airport: str
    flight_date: date
    flight_time: time  # local time at the landing (arrival) or take-off (departure) airport
    room: str = ""  # empty: a guest booked ahead, not yet in house
    guest_phone: str = ""
    car_type: str = ""
    car_plate: str = ""
    driver: str = ""
    pickup_time: datetime | None = None  # naive: the hotel's wall clock
    meet_greet: bool = False
    fast_track: bool = False
    lounge: bool = False
    wheelchair: bool = False
    assistance: str = ""
    bags: int = 0


def airport_label(code: str) -> str:
    """"PEK Beijing Capital International Airport" — the code and the name a driver recognises."""
    found = airport(code)
    return f"{found['iata']} {found['name']}"


def airport_zone(code: str) -> ZoneInfo:
    return ZoneInfo(airport(code)["tz"])


def key_airport(direction: str, from_airport: str, to_airport: str) -> str:
    """The airport whose clock the flight's time is read on: where an arrival lands, where a departure leaves."""
    return to_airport if direction == "arrival" else from_airport


def _flight(m: NewMovement) -> tuple[str, str, str, str, datetime]:
    airline = (m.airline or "").strip().upper()
    flight = (m.flight_no or "").strip().upper().replace(" ", "")
    if not _AIRLINE.match(airline):
        raise InvalidInput("bad_airline", "航空公司请填两位代码，如 CA", "Enter the airline's two-character code, e.g. CA")
    if flight.startswith(airline):
        flight = flight[len(airline):]
    if not _FLIGHT.match(flight):
        raise InvalidInput("bad_flight", "航班号不正确：{f}", "The flight number is not valid: {f}", f=str(m.flight_no)[:10])
    origin, dest = airport(m.from_airport)["iata"], airport(m.to_airport)["iata"]
    if origin == dest:
        raise InvalidInput("same_airport", "出发和到达机场不能相同", "The departure and arrival airports must differ")
    if not isinstance(m.flight_date, date) or not isinstance(m.flight_time, time):
        raise InvalidInput("bad_flight_time", "请填写航班日期和时间", "Enter the flight's date and time")
    zone = airport_zone(key_airport(m.direction, origin, dest))
    at = datetime.combine(m.flight_date, m.flight_time).replace(tzinfo=zone).astimezone(timezone.utc)
    return airline, flight, origin, dest, at


def _pickup(session, value) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime):
        raise InvalidInput("bad_pickup", "接车时间不正确", "The pick-up time is not valid")
    if value.tzinfo is not None:
        return value.astimezone(timezone.utc)
    clock = load_settings(session).clock
    return clock.at(value.date(), value.time()).astimezone(timezone.utc)


def request(session, op: Operator, m: NewMovement, at: datetime | None = None) -> int:
    """Book a movement (state 'requested'); returns its id. Nothing is charged yet."""
    at = at or utcnow()
    if m.direction not in DIRECTIONS:
        raise InvalidInput("bad_direction", "请选择接机或送机", "Choose arrival or departure")
    name = _text(m.guest_name, MAX_NAME, "客人姓名", "guest's name", required=True)
    airline, flight, origin, dest, flight_at = _flight(m)
    stay_id, room = None, None
    if (m.room or "").strip():
        try:
            stay, name = in_house_guest(session, m.room, name, at)
        except NotAllowed as refused:
            if refused.code != "guest_not_in_house":
                raise
            raise NotAllowed("travel_guest_left", "{room} 房客人已离店；预订客人请不填房号",
                             "Room {room}'s guest has left; for a guest booked ahead leave the room empty",
                             room=refused.params.get("room", "")) from None
        stay_id, room = stay.id, stay.room
    bags = m.bags
    if isinstance(bags, bool) or not isinstance(bags, int) or not 0 <= bags <= MAX_BAGS:
        raise InvalidInput("bad_bags", "行李件数须为 0 到 99", "The number of bags must be from 0 to 99")
    row = TravelMovement(
        counter_id=op.counter_id, created_at=at, created_by=op.staff_id, direction=m.direction, stay_id=stay_id,
        room=room, guest_name=name, guest_phone=_text(m.guest_phone, 40, "电话", "phone number") or None,
        airline=airline, flight_no=flight, from_airport=origin, to_airport=dest, scheduled_at=flight_at,
        expected_at=flight_at, car_type=_text(m.car_type, 40, "车型", "car type") or None,
        car_plate=_text(m.car_plate, 20, "车牌", "plate") or None, driver=_text(m.driver, 100, "司机", "driver") or None,
        pickup_at=_pickup(session, m.pickup_time), meet_greet=bool(m.meet_greet), fast_track=bool(m.fast_track),
        lounge=bool(m.lounge), wheelchair=bool(m.wheelchair),
        assistance=_text(m.assistance, MAX_TEXT, "其他协助", "assistance") or None, bags=bags, status="requested")
    session.add(row)
    session.flush()
    audit.record(session, "travel_requested", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="travel_movement", entity_id=row.id, at=at, direction=m.direction, flight=airline + flight)
    return row.id


def movement(session, movement_id, lock: bool = False) -> TravelMovement:
    row = session.get(TravelMovement, movement_id, with_for_update=lock) if isinstance(movement_id, int) else None
    if row is None:
        raise NotFound("no_such_movement", "找不到该接送记录", "No such travel movement")
    return row


def _open(row: TravelMovement, at: datetime) -> None:
    if row.status == "cancelled":
        raise NotAllowed("movement_cancelled", "此接送已取消", "This movement was cancelled")
    if row.status == "done":
        raise NotAllowed("movement_done", "此接送已完成", "This movement is already done")
    last = max(t for t in (row.created_at, row.confirmed_at) if t is not None)
    if at < last:
        raise NotAllowed("movement_step_order", "此步骤的时间早于上一步骤", "This step is dated before the step it follows")


def set_car(session, op: Operator, movement_id: int, car_type: str = "", car_plate: str = "", driver: str = "",
            pickup_time: datetime | None = None, at: datetime | None = None) -> None:
    """The car once the car company tells the plate and driver (or a re-timed pick-up)."""
    at = at or utcnow()
    row = movement(session, movement_id, lock=True)
    _open(row, at)
    row.car_type = _text(car_type, 40, "车型", "car type") or row.car_type
    row.car_plate = _text(car_plate, 20, "车牌", "plate") or row.car_plate
    row.driver = _text(driver, 100, "司机", "driver") or row.driver
    if pickup_time is not None:
        row.pickup_at = _pickup(session, pickup_time)
    audit.record(session, "travel_car_set", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="travel_movement", entity_id=row.id, at=at)


def log_call(session, op: Operator, movement_id: int, whom: str, outcome: str, note: str = "",
             at: datetime | None = None) -> None:
    """The clerk's confirmation call: whom they called (the guest, the secretary, the driver) and how it went."""
    at = at or utcnow()
    if outcome not in CALL_OUTCOMES:
        raise InvalidInput("bad_call_outcome", "未知的通话结果：{o}", "Unknown call outcome: {o}", o=str(outcome)[:20])
    whom = _text(whom, MAX_NAME, "通话对象", "person called", required=True)
    row = movement(session, movement_id, lock=True)
    _open(row, at)
    session.add(TravelEvent(movement_id=row.id, kind="call", at=at, by=op.staff_id, whom=whom, outcome=outcome,
                            note=_text(note, MAX_TEXT, "备注", "note") or None))
    audit.record(session, "travel_call", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="travel_movement", entity_id=row.id, at=at, outcome=outcome)


def confirm(session, op: Operator, movement_id: int, at: datetime | None = None) -> None:
    """Confirmed with the guest: only after a call that reached someone, so 'confirmed' means someone said yes."""
    at = at or utcnow()
    row = movement(session, movement_id, lock=True)
    _open(row, at)
    if row.status != "requested":
        raise NotAllowed("movement_confirmed", "此接送已确认", "This movement is already confirmed")
    reached = session.query(TravelEvent.id).filter(TravelEvent.movement_id == row.id, TravelEvent.kind == "call",
                                                   TravelEvent.outcome == "reached").first()
    if reached is None:
        raise NotAllowed("movement_not_called", "请先记录与客人确认的电话", "Log the confirmation call that reached the guest first")
    row.status, row.confirmed_at, row.confirmed_by = "confirmed", at, op.staff_id
    audit.record(session, "travel_confirmed", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="travel_movement", entity_id=row.id, at=at)


def complete(session, op: Operator, movement_id: int, at: datetime | None = None) -> None:
    """The guest was met or seen off: done."""
    at = at or utcnow()
    row = movement(session, movement_id, lock=True)
    _open(row, at)
    if row.status != "confirmed":
        raise NotAllowed("movement_not_confirmed", "请先确认此接送", "Confirm this movement first")
    row.status, row.done_at, row.done_by = "done", at, op.staff_id
    audit.record(session, "travel_done", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="travel_movement", entity_id=row.id, at=at)


def cancel(session, op: Operator, movement_id: int, reason: str, at: datetime | None = None) -> None:
    at = at or utcnow()
    reason = _text(reason, MAX_TEXT, "取消原因", "reason for cancelling", required=True)
    row = movement(session, movement_id, lock=True)
    _open(row, at)
    row.status, row.cancelled_at, row.cancelled_by, row.cancel_reason = "cancelled", at, op.staff_id, reason
    audit.record(session, "travel_cancelled", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="travel_movement", entity_id=row.id, at=at)


def disruption(session, op: Operator, movement_id: int, kind: str, actions, new_date: date | None = None,
               new_time: time | None = None, note: str = "", at: datetime | None = None) -> None:
    """A delay or cancelled flight: what was done about it and the new time (the airport's clock), which
    the board then shows. A re-timed car takes a pick-up moved by the same amount unless set again."""
    at = at or utcnow()
    if kind not in DISRUPTIONS:
        raise InvalidInput("bad_disruption", "未知的航班变动：{k}", "Unknown flight disruption: {k}", k=str(kind)[:20])
    actions = tuple(dict.fromkeys(actions or ()))
    bad = [a for a in actions if a not in ACTIONS]
    if bad or not actions:
        raise InvalidInput("bad_disruption_action", "请选择采取的措施（改签、调整用车、通知客人）",
                           "Choose what was done (rebooked, car re-timed, guest informed)")
    row = movement(session, movement_id, lock=True)
    _open(row, at)
    when = None
    if new_date is not None and new_time is not None:
        zone = airport_zone(key_airport(row.direction, row.from_airport, row.to_airport))
        when = datetime.combine(new_date, new_time).replace(tzinfo=zone).astimezone(timezone.utc)
    elif kind == "delayed" or "rebooked" in actions:
        raise InvalidInput("disruption_needs_time", "请填写新的航班时间", "Enter the flight's new time")
    session.add(TravelEvent(movement_id=row.id, kind="disruption", at=at, by=op.staff_id, disruption=kind,
                            actions=",".join(actions), new_time=when, note=_text(note, MAX_TEXT, "备注", "note") or None))
    if when is not None:
        if "car_retimed" in actions and row.pickup_at is not None:
            row.pickup_at = row.pickup_at + (when - row.expected_at)
        row.expected_at = when
    audit.record(session, "travel_disrupted", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="travel_movement", entity_id=row.id, at=at, kind=kind)


def follow_up(session, op: Operator, movement_id: int, rating: int, feedback: str = "",
              at: datetime | None = None) -> None:
    """After the service: the guest's rating (1–5) and words, once, on a movement that is done."""
    at = at or utcnow()
    if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
        raise InvalidInput("bad_rating", "评分须为 1 到 5", "The rating must be from 1 to 5")
    row = movement(session, movement_id, lock=True)
    if row.status != "done":
        raise NotAllowed("movement_not_done", "接送完成后才能回访", "Follow up once the movement is done")
    if row.followed_at is not None:
        raise NotAllowed("movement_followed", "此接送已回访", "This movement was already followed up")
    if at < row.done_at:
        raise NotAllowed("movement_step_order", "此步骤的时间早于上一步骤", "This step is dated before the step it follows")
    row.followed_at, row.followed_by, row.rating = at, op.staff_id, rating
    row.feedback = _text(feedback, MAX_TEXT, "客人意见", "guest's feedback") or None
    audit.record(session, "travel_followed_up", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="travel_movement", entity_id=row.id, at=at, rating=rating)
