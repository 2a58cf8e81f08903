"""Fax in (收传真): register, match to an in-house guest, notify, deliver, charge the receiving fee.

The rules, from the trade's procedure:
- Each fax is registered with its pages, whether it is legible and complete, and the name and room
  written on it. It is matched by room and name; with a name alone the clerk picks from candidates
  (the name matching of `guests`/`stays`, never another). No in-house guest → the fax rack (传真储架)
  with the date and the clerk (`fax_rack`); a later match takes it out.
- The guest is notified at once (phone, message light, note under the door, in person) and the fax is
  delivered by a bellboy or collected; each step keeps how, when and which clerk.
- The receiving fee per page goes on a bill (cash, or room charge through the counter's name check and
  signature); the line carries ``record={"fax_in_id": id}``. An illegible or incomplete fax is not
  charged (the sender is asked to send it again), and a fax is charged once: `on_line_settled` refuses
  a second charge. A void puts it back to uncharged; a refund marks it refunded.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Counter, Staff, Stay, utcnow
from ..models.fax import FaxIn
from . import audit
from .lines import LineRequest
from .fax_out import check_pages, refuse_second_charge, undo_charge
from .guests import business_day, in_house_by_room, is_in_house, name_key, name_tokens, names_match, normalise_room
from .settings import load_settings
from .shift import current_shift
from .staff import Operator
from .stays import search_stays

NOTIFY = {"phone": ("电话通知", "Phoned"), "message_light": ("开留言灯", "Message light"),
          "note_under_door": ("门下留条", "Note under the door"), "in_person": ("当面告知", "Told in person")}
DELIVERY = {"bellboy": ("行李员送交", "Delivered by bellboy"), "collected": ("客人自取", "Collected by the guest")}
MAX_TEXT = 200
MAX_ROOM = 10


@dataclass(frozen=True)
class IncomingFax:
    """What the clerk reads off the paper."""

    pages: int
    legible: bool
    complete: bool
    name: str
    room: str | None = None
    sender: str | None = None


@dataclass(frozen=True)
class Candidate:
    stay_id: int
    room: str
    guest_name: str
    how: str  # room_and_name (the fax names this guest and room) | name | room


@dataclass(frozen=True)
class FaxInView:
    id: int
    received_at: datetime  # hotel time
    counter_code: str
    registered_by: str
    pages: int
    legible: bool
    complete: bool
    written_name: str
    written_room: str | None
    sender: str | None
    status: str  # matched | rack | delivered | archived
    stay_id: int | None
    room: str | None
    guest_name: str | None
    racked_at: datetime | None
    notified_how: str | None
    notified_at: datetime | None
    notified_by: str | None
    delivered_how: str | None
    delivered_at: datetime | None
    delivered_by: str | None
    archived_at: datetime | None
    archive_reason: str | None
    charge_state: str
    bill_line: LineRequest | None  # the receiving fee, while it is owed
    collector_name: str | None = None  # a visitor who collected it from the rack (no stay)


# --- checks ---------------------------------------------------------------------------------------
def _clean(text, limit: int) -> str:
    if text is not None and not isinstance(text, str):
        raise InvalidInput("bad_text", "内容不正确", "The text is not valid")
    text = (text or "").strip()
    if len(text) > limit:
        raise InvalidInput("text_too_long", "内容不能超过 {n} 个字符", "Text cannot be longer than {n} characters", n=limit)
    return text


def _fax(session: Session, fax_id, lock: bool = False) -> FaxIn:
    fax = session.get(FaxIn, fax_id, with_for_update=lock) if isinstance(fax_id, int) else None
    if fax is None:
        raise NotFound("no_such_fax_in", "找不到该来件传真", "No such incoming fax")
    return fax


def rack_fax(session: Session, fax_id) -> FaxIn:
    """The fax, locked, if it is still in the rack: whoever takes it out (a guest, a visitor, the
    archive) takes it once."""
    fax = _fax(session, fax_id, lock=True)
    if fax.status != "rack":
        raise NotAllowed("fax_not_in_rack", "此传真不在传真储架上", "This fax is not in the fax rack")
    return fax


def guest_of_stay(session: Session, stay_id: int, guest_name: str, at=None) -> tuple[Stay, str]:
    """The stay in house at `at` and its registered name that `guest_name` is; the clerk's pick is checked."""
    stay = session.get(Stay, stay_id) if isinstance(stay_id, int) else None
    if stay is None or not is_in_house(stay, business_day(session, at)):
        raise NotFound("guest_not_in_house", "该客人不在店", "That guest is not in house")
    for guest in stay.guests:
        if names_match(guest_name or "", guest.name):
            return stay, guest.name
    raise NotAllowed("name_mismatch", "姓名与 {room} 房的在店客人不符", "The name does not match the guest in room {room}",
                     room=stay.room)


# --- matching -------------------------------------------------------------------------------------
def candidates(session: Session, name: str, room: str | None = None, at=None) -> list[Candidate]:
    """Who the fax may be for: the room's guest with that name if there is one; otherwise the room's
    guests and the in-house guests with that name, for the clerk to choose from (or none: the rack)."""
    name, room = _clean(name, MAX_TEXT), normalise_room(_clean(room, MAX_ROOM))
    found: list[Candidate] = []
    if room:
        views = in_house_by_room(session, room, at)
        exact = [Candidate(v.id, v.room, g, "room_and_name") for v in views for g in v.guests if names_match(name, g)]
        if exact:
            return exact
        found += [Candidate(v.id, v.room, g, "room") for v in views for g in v.guests]
    if name_key(name):
        wanted = set(name_tokens(name))
        for v in search_stays(session, name=name, at=at):
            guests = [g for g in v.guests if names_match(name, g) or wanted <= set(name_tokens(g))
                      or name_key(g).startswith(name_key(name))] or list(v.guests)
            found += [Candidate(v.id, v.room, g, "name") for g in guests
                      if not any(c.stay_id == v.id and c.guest_name == g for c in found)]
    return found


# --- the steps ------------------------------------------------------------------------------------
def register(session: Session, op: Operator, fax: IncomingFax, stay_id: int | None = None,
             guest_name: str | None = None, at: datetime | None = None) -> FaxInView:
    """Log a received fax, either for the guest the clerk matched, or into the rack (no stay given)."""
    at = at or utcnow()
    current_shift(session, op)
    pages = check_pages(fax.pages)
    written = _clean(fax.name, MAX_TEXT)
    if not written:
        raise InvalidInput("name_required", "请填写传真上写的收件人姓名", "Enter the addressee's name as written on the fax")
    room = normalise_room(_clean(fax.room, MAX_ROOM)) or None
    if not isinstance(fax.legible, bool) or not isinstance(fax.complete, bool):
        raise InvalidInput("bad_check", "请确认是否清晰、完整", "Say whether the fax is legible and complete")
    row = FaxIn(counter_id=op.counter_id, received_at=at, registered_by=op.staff_id, pages=pages,
                legible=fax.legible, complete=fax.complete, written_name=written, written_room=room,
                sender=_clean(fax.sender, MAX_TEXT) or None, charge_state="uncharged")
    if stay_id is not None:
        stay, matched = guest_of_stay(session, stay_id, guest_name, at)
        row.status, row.stay_id, row.room, row.guest_name = "matched", stay.id, stay.room, matched
        row.matched_at, row.matched_by = at, op.staff_id
    else:
        row.status, row.racked_at, row.racked_by = "rack", at, op.staff_id
    session.add(row)
    session.flush()
    audit.record(session, "fax_in_registered", staff_id=op.staff_id, counter_id=op.counter_id, entity="fax_in",
                 entity_id=row.id, at=at, status=row.status, pages=pages, room=row.room)
    return view(session, row.id)


def match(session: Session, op: Operator, fax_id: int, stay_id: int, guest_name: str,
          at: datetime | None = None) -> FaxInView:
    """A guest claims a fax from the rack (or the clerk traced the addressee): it leaves the rack."""
    at = at or utcnow()
    fax = rack_fax(session, fax_id)
    stay, matched = guest_of_stay(session, stay_id, guest_name, at)
    fax.status, fax.stay_id, fax.room, fax.guest_name = "matched", stay.id, stay.room, matched
    fax.matched_at, fax.matched_by = at, op.staff_id
    audit.record(session, "fax_in_matched", staff_id=op.staff_id, counter_id=op.counter_id, entity="fax_in",
                 entity_id=fax.id, at=at, stay=stay.id, room=stay.room)
    return view(session, fax.id)


def _for_guest(fax: FaxIn) -> None:
    if fax.status == "rack":
        raise NotAllowed("fax_not_matched", "请先为此传真找到收件客人", "Match the fax to a guest first")
    if fax.status == "archived":
        raise NotAllowed("fax_archived", "此传真已存档", "This fax is archived")


def notify(session: Session, op: Operator, fax_id: int, how: str, at: datetime | None = None) -> FaxInView:
    """The guest was told (again, if the first try did not reach them: each try is in the audit)."""
    at = at or utcnow()
    fax = _fax(session, fax_id, lock=True)
    if how not in NOTIFY:
        raise InvalidInput("bad_notify", "未知的通知方式：{h}", "Unknown way of notifying: {h}", h=str(how)[:20])
    _for_guest(fax)
    fax.notified_how, fax.notified_at, fax.notified_by = how, at, op.staff_id
    audit.record(session, "fax_in_notified", staff_id=op.staff_id, counter_id=op.counter_id, entity="fax_in",
                 entity_id=fax.id, at=at, how=how)
    return view(session, fax.id)


def deliver(session: Session, op: Operator, fax_id: int, how: str, at: datetime | None = None) -> FaxInView:
    at = at or utcnow()
    fax = _fax(session, fax_id, lock=True)
    if how not in DELIVERY:
        raise InvalidInput("bad_delivery", "未知的送交方式：{h}", "Unknown way of delivery: {h}", h=str(how)[:20])
    _for_guest(fax)
    if fax.status == "delivered":
        raise NotAllowed("already_delivered", "此传真已送交客人", "This fax was already delivered")
    fax.status, fax.delivered_how, fax.delivered_at, fax.delivered_by = "delivered", how, at, op.staff_id
    audit.record(session, "fax_in_delivered", staff_id=op.staff_id, counter_id=op.counter_id, entity="fax_in",
                 entity_id=fax.id, at=at, how=how)
    return view(session, fax.id)


# --- reading --------------------------------------------------------------------------------------
def bill_line(fax: FaxIn) -> LineRequest | None:
    owed = (fax.charge_state == "uncharged" and fax.status in ("matched", "delivered") and fax.legible
            and fax.complete)
    return LineRequest("fax_in", {"pages": fax.pages}, record={"fax_in_id": fax.id}) if owed else None


def view(session: Session, fax_id: int) -> FaxInView:
    f = _fax(session, fax_id)
    tz = load_settings(session).tz
    local = lambda t: t.astimezone(tz) if t else None  # noqa: E731
    name = lambda staff_id: (session.get(Staff, staff_id).name if staff_id else None)  # noqa: E731
    counter = session.get(Counter, f.counter_id)
    return FaxInView(
        f.id, local(f.received_at), counter.code if counter else "?", name(f.registered_by), f.pages, f.legible,
        f.complete, f.written_name, f.written_room, f.sender, f.status, f.stay_id, f.room, f.guest_name,
        local(f.racked_at), f.notified_how, local(f.notified_at), name(f.notified_by), f.delivered_how,
        local(f.delivered_at), name(f.delivered_by), local(f.archived_at), f.archive_reason, f.charge_state,
        bill_line(f), f.collector_name)


def waiting(session: Session, counter_id: int) -> list[FaxInView]:
    """Faxes of this counter matched to a guest but not yet delivered, or delivered with the fee still
    to bill: what the clerk comes back to when the bellboy returns or the guest comes to pay."""
    ids = session.scalars(select(FaxIn.id).where(
        FaxIn.counter_id == counter_id,
        or_(FaxIn.status == "matched", (FaxIn.status == "delivered") & (FaxIn.charge_state == "uncharged")
            & FaxIn.legible & FaxIn.complete)).order_by(FaxIn.received_at, FaxIn.id))
    return [view(session, i) for i in ids]


# --- hooks called by counter.settle and reversal (this service's record in bizcenter.services) ---
def on_line_settled(session: Session, sale, line_no: int, request, at) -> None:
    fax = _fax(session, request.record.get("fax_in_id"), lock=True)
    if fax.status not in ("matched", "delivered"):
        raise NotAllowed("fax_not_matched", "请先为此传真找到收件客人", "Match the fax to a guest first")
    if not (fax.legible and fax.complete):
        raise NotAllowed("fax_in_unreadable", "传真不清晰或不完整，不收费；请联系发件人重发",
                         "An illegible or incomplete fax is not charged; ask the sender to send it again")
    refuse_second_charge(fax)
    if request.params.get("pages") != fax.pages:
        raise InvalidInput("fax_line_mismatch", "账单上的页数与传真记录不符", "The pages on the bill differ from the fax record")
    fax.charge_state, fax.charged_sale_id, fax.charged_at = "charged", sale.id, at


def on_line_reversed(session: Session, original, reversal, line, at) -> None:
    fax_id = (line.detail or {}).get("fax_in_id")
    if fax_id is not None:
        undo_charge(session, _fax(session, fax_id, lock=True), original, reversal, at, "fax_in")
