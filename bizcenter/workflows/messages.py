"""Phone and visitor messages for in-house guests (客人留言): taken, the guest told, the message delivered.

The rules, from the trade's procedure:
- A message is taken only for a guest in house: the room and the name are checked against the in-house
  list the way a room charge is (`guests`: the stay's dates cover the hotel's business day, the name is
  one of the room's guests, in either word order); a message for anyone else is refused, so it never
  waits for a guest who is not there.
- The clerk writes who called or came (name, phone, company), the message, and whether the guest should
  call back; a message slip is printed for the guest (`documents/message_slip.py`, through the queue).
- The guest is told at once (message light, a call to the room, a note under the door, in person); a
  second try is recorded again. The message is then delivered (a bellboy takes the slip up, the guest
  collects it, it is read to the guest on the phone). Each step keeps when (the hotel's clock) and who,
  and steps go forward only: nothing is told or delivered after delivery, and no step is dated before
  the one it follows. A message that can never be delivered (the guest left) is closed with the reason.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Counter, Staff, Stay, utcnow
from ..models.messages import MESSAGE_KINDS, GuestMessage
from . import audit
from .guests import business_day, in_house_on, names_match, normalise_room
from .settings import load_settings
from .staff import Operator

NOTIFY = {"message_light": ("开留言灯", "Message light"), "phone": ("电话通知", "Phoned the room"),
          "note_under_door": ("门下留条", "Note under the door"), "in_person": ("当面告知", "Told in person")}
DELIVERY = {"bellboy": ("行李员送交", "Delivered by bellboy"), "collected": ("客人自取", "Collected by the guest"),
            "read_by_phone": ("电话转告", "Read to the guest by phone")}
KINDS = {"phone": ("电话留言", "Phone message"), "visitor": ("访客留言", "Visitor's message")}
MAX_TEXT = 2000
MAX_NAME = 200
MAX_PHONE = 40
_PHONE = re.compile(r"[0-9+\-() .#*/xXeEtT]*")


@dataclass(frozen=True)
class NewMessage:
    """What the clerk writes down while the caller or visitor is there."""

    kind: str  # phone | visitor
    room: str
    guest_name: str
    caller_name: str
    text: str
    caller_phone: str = ""
    caller_company: str = ""
    callback: bool = False


@dataclass(frozen=True)
class MessageView:
    id: int
    kind: str
    counter_code: str
    taken_at: datetime  # hotel time, as every time below
    taken_by: str
    room: str
    guest_name: str
    caller_name: str
    caller_phone: str
    caller_company: str
    text: str
    callback: bool
    status: str  # taken | notified | delivered | undeliverable
    notified_how: str | None
    notified_at: datetime | None
    notified_by: str | None
    delivered_how: str | None
    delivered_at: datetime | None
    delivered_by: str | None
    closed_note: str | None

    @property
    def ref(self) -> str:
        return f"MSG-{self.id}"

    @property
    def delivered(self) -> bool:
        return self.status in ("delivered", "undeliverable")


def _text(value, limit: int, zh: str, en: str, required: bool = False) -> str:
    if value is not None and not isinstance(value, str):
        raise InvalidInput("bad_text", "内容不正确", "The text is not valid")
    value = (value or "").strip()
    if required and not value:
        raise InvalidInput("message_incomplete", "请填写{what_zh}", "Give the {what_en}", what_zh=zh, what_en=en)
    if len(value) > limit:
        raise InvalidInput("text_too_long", "{what_zh}不能超过 {n} 个字符", "The {what_en} cannot be longer than {n} characters",
                           what_zh=zh, what_en=en, n=limit)
    return value


def in_house_guest(session: Session, room: str, name: str, at: datetime | date | None = None) -> tuple[Stay, str]:
    """The stay in house in `room` on the business day of `at` whose guest `name` is, and the registered
    name; refused, saying why, like a room charge (nobody in house, checked out, another name)."""
    room = normalise_room(room or "")
    if not room:
        raise InvalidInput("room_required", "请输入房号", "Enter the room number")
    if not (name or "").strip():
        raise InvalidInput("guest_name_required", "请输入客人姓名", "Enter the guest's name")
    day = business_day(session, at)
    stays = list(session.scalars(select(Stay).where(Stay.room == room, in_house_on(day)).order_by(Stay.id.desc())))
    if not stays:
        left = session.scalar(select(Stay.id).where(Stay.room == room, Stay.arrival <= day).limit(1))
        if left is not None:
            raise NotAllowed("guest_not_in_house", "{room} 房客人已离店，不能留言；请告知来电人",
                             "Room {room}'s guest has left; no message can be taken — tell the caller", room=room)
        raise NotFound("room_not_in_house", "{room} 房没有在店客人", "No guest is in house in room {room}", room=room)
    for stay in stays:
        for guest in stay.guests:
            if names_match(name, guest.name):
                return stay, guest.name
    raise NotAllowed("name_mismatch", "姓名与 {room} 房的在店客人不符", "The name does not match the guest in room {room}",
                     room=room)


def take(session: Session, op: Operator, msg: NewMessage, at: datetime | None = None) -> MessageView:
    """Write a message down for an in-house guest; the slip is printed after (`print_message_slip`)."""
    at = at or utcnow()
    if msg.kind not in MESSAGE_KINDS:
        raise InvalidInput("bad_message_kind", "未知的留言类别：{k}", "Unknown kind of message: {k}", k=str(msg.kind)[:20])
    caller = _text(msg.caller_name, MAX_NAME, "来电或来访人姓名", "caller's or visitor's name", required=True)
    text = _text(msg.text, MAX_TEXT, "留言内容", "message", required=True)
    company = _text(msg.caller_company, MAX_NAME, "公司", "company")
    phone = _text(msg.caller_phone, MAX_PHONE, "电话", "phone number")
    if not _PHONE.fullmatch(phone):
        raise InvalidInput("bad_phone", "电话号码只能包含数字和 + - ( ) 空格", "A phone number holds only digits and + - ( ) spaces")
    stay, guest = in_house_guest(session, msg.room, msg.guest_name, at)
    row = GuestMessage(counter_id=op.counter_id, kind=msg.kind, taken_at=at, taken_by=op.staff_id, stay_id=stay.id,
                       room=stay.room, guest_name=guest, caller_name=caller, caller_phone=phone or None,
                       caller_company=company or None, text=text, callback=bool(msg.callback), status="taken")
    session.add(row)
    session.flush()
    audit.record(session, "message_taken", staff_id=op.staff_id, counter_id=op.counter_id, entity="guest_message",
                 entity_id=row.id, at=at, room=stay.room, kind=msg.kind)
    return view(session, row.id)


def _message(session: Session, message_id, lock: bool = False) -> GuestMessage:
    row = session.get(GuestMessage, message_id, with_for_update=lock) if isinstance(message_id, int) else None
    if row is None:
        raise NotFound("no_such_message", "找不到该留言", "No such message")
    return row


def _still_open(row: GuestMessage, at: datetime) -> None:
    if row.status == "delivered":
        raise NotAllowed("message_delivered", "此留言已送交客人", "This message was already delivered")
    if row.status == "undeliverable":
        raise NotAllowed("message_closed", "此留言已作无法送达处理", "This message was closed as undeliverable")
    last = max(t for t in (row.taken_at, row.notified_at) if t is not None)
    if at < last:
        raise NotAllowed("message_step_order", "此步骤的时间早于上一步骤", "This step is dated before the step it follows")


def notify(session: Session, op: Operator, message_id: int, how: str, at: datetime | None = None) -> MessageView:
    """The guest was told (again, if the first try did not reach them: each try is in the audit)."""
    at = at or utcnow()
    if how not in NOTIFY:
        raise InvalidInput("bad_notify", "未知的通知方式：{h}", "Unknown way of notifying: {h}", h=str(how)[:20])
    row = _message(session, message_id, lock=True)
    _still_open(row, at)
    row.status, row.notified_how, row.notified_at, row.notified_by = "notified", how, at, op.staff_id
    audit.record(session, "message_notified", staff_id=op.staff_id, counter_id=op.counter_id, entity="guest_message",
                 entity_id=row.id, at=at, how=how)
    return view(session, row.id)


def deliver(session: Session, op: Operator, message_id: int, how: str, at: datetime | None = None) -> MessageView:
    """Handed over; a guest who comes to the counter may collect a message before being told of it."""
    at = at or utcnow()
    if how not in DELIVERY:
        raise InvalidInput("bad_delivery", "未知的送交方式：{h}", "Unknown way of delivery: {h}", h=str(how)[:20])
    row = _message(session, message_id, lock=True)
    _still_open(row, at)
    if row.status == "taken" and how != "collected":
        raise NotAllowed("message_not_notified", "请先通知客人（留言灯、电话或门下留条）",
                         "Tell the guest first (message light, a call or a note under the door)")
    row.status, row.delivered_how, row.delivered_at, row.delivered_by = "delivered", how, at, op.staff_id
    audit.record(session, "message_delivered", staff_id=op.staff_id, counter_id=op.counter_id, entity="guest_message",
                 entity_id=row.id, at=at, how=how)
    return view(session, row.id)


def close_undelivered(session: Session, op: Operator, message_id: int, note: str,
                      at: datetime | None = None) -> MessageView:
    """A message that can never reach the guest (left without collecting it), closed with the reason."""
    at = at or utcnow()
    note = _text(note, MAX_TEXT, "未送达原因", "reason it was not delivered", required=True)
    row = _message(session, message_id, lock=True)
    _still_open(row, at)
    row.status, row.closed_note, row.delivered_at, row.delivered_by = "undeliverable", note, at, op.staff_id
    audit.record(session, "message_undeliverable", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="guest_message", entity_id=row.id, at=at)
    return view(session, row.id)


# --- reading --------------------------------------------------------------------------------------
def _views(session: Session, rows: list[GuestMessage]) -> list[MessageView]:
    tz = load_settings(session).tz
    ids = {i for r in rows for i in (r.taken_by, r.notified_by, r.delivered_by) if i}
    names = {i: n for i, n in session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids)))} if ids else {}
    counters = {i: c for i, c in session.execute(select(Counter.id, Counter.code))} if rows else {}
    local = lambda t: t.astimezone(tz) if t else None  # noqa: E731
    return [MessageView(r.id, r.kind, counters.get(r.counter_id, "?"), local(r.taken_at), names.get(r.taken_by, "?"),
                        r.room, r.guest_name, r.caller_name, r.caller_phone or "", r.caller_company or "", r.text,
                        r.callback, r.status, r.notified_how, local(r.notified_at), names.get(r.notified_by),
                        r.delivered_how, local(r.delivered_at), names.get(r.delivered_by), r.closed_note)
            for r in rows]


def view(session: Session, message_id: int) -> MessageView:
    return _views(session, [_message(session, message_id)])[0]


def undelivered(session: Session) -> list[MessageView]:
    """Every message still waiting for its guest, oldest first: what the counter shows (any counter may
    deliver a message another took)."""
    rows = session.scalars(select(GuestMessage).where(GuestMessage.status.in_(("taken", "notified")))
                           .order_by(GuestMessage.taken_at, GuestMessage.id))
    return _views(session, list(rows))


def log(session: Session, start: date | None = None, end: date | None = None) -> list[MessageView]:
    """Messages taken on the hotel's business days `start`..`end` (the supervisor's daily look), newest first."""
    since, until = load_settings(session).clock.days_bounds(start, end)
    query = select(GuestMessage).order_by(GuestMessage.taken_at.desc(), GuestMessage.id.desc())
    if since:
        query = query.where(GuestMessage.taken_at >= since)
    if until:
        query = query.where(GuestMessage.taken_at < until)
    return _views(session, list(session.scalars(query)))
