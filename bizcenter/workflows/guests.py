"""Finding in-house guests and deciding whether a room charge may be accepted.

The rule at the counter (核对姓名和房号): the room must be in house, the name given must be one of the
room's guests, the stay must not be no-post, and the credit limit must hold.

In house (在店) on a business date means both: the front office says so (status `in_house`, not checked
out) and the stay's dates cover the hotel's business date — arrival ≤ date ≤ departure. The departure day
is still in house until the front office checks the guest out (a guest leaving at noon signs for
breakfast-time faxes); the day after, the stay is not in house however its status reads, so a stay the
front office forgot to check out cannot collect charges. The date is the hotel's business date of the
action (`load_settings(session).business_date(at)`), never the machine's. Names are compared
case-, accent-, width- and space-insensitively, in either word order, ignoring titles (Mr, 先生…),
so "MÜLLER, Hans", "hans muller" and "Hans Müller" are one guest, and "张三" matches "张 三".
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import String, bindparam, func, literal_column, select
from sqlalchemy.orm import Session

from ..db.prepared import Prepared
from ..errors import NotAllowed, NotFound
from ..models import Posting, Stay, StayGuest

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mme", "m", "herr", "frau",
           "先生", "女士", "小姐", "太太", "博士", "教授"}
_SEPARATORS = re.compile(r"[\s,.\-_'’·•/()]+")


def name_tokens(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("ß", "ss")
    tokens = [t for t in _SEPARATORS.split(text) if t]
    stripped = []
    for t in tokens:
        for title in ("先生", "女士", "小姐", "太太"):
            if t.endswith(title) and len(t) > len(title):
                t = t[: -len(title)]
        if t not in _TITLES:
            stripped.append(t)
    return stripped or tokens


def name_key(name: str) -> str:
    """The stored match key: folded tokens joined without spaces."""
    return "".join(name_tokens(name))


def names_match(given: str, registered: str) -> bool:
    a, b = name_tokens(given), name_tokens(registered)
    if not a or not b:
        return False
    return "".join(a) == "".join(b) or sorted(a) == sorted(b)


def normalise_room(room: str) -> str:
    return unicodedata.normalize("NFKC", str(room)).strip().upper()


@dataclass(frozen=True)
class StayView:
    id: int
    room: str
    guests: tuple[str, ...]
    arrival: str
    departure: str
    status: str
    vip: bool
    no_post: bool
    credit_limit_minor: int | None
    balance_minor: int


def folio_balance(session: Session, stay_id: int) -> int:
    return session.scalar(select(func.coalesce(func.sum(Posting.amount_minor), 0)).where(Posting.stay_id == stay_id))


def view(session: Session, stay: Stay) -> StayView:
    return StayView(stay.id, stay.room, tuple(g.name for g in stay.guests), stay.arrival.isoformat(),
                    stay.departure.isoformat(), stay.status, stay.vip, stay.no_post,
                    stay.credit_limit_minor, folio_balance(session, stay.id))


def business_day(session: Session, at: datetime | date | None = None) -> date:
    """The hotel's business date of an instant (now when none); a date is taken as it is."""
    if isinstance(at, date) and not isinstance(at, datetime):
        return at
    from .settings import load_settings

    return load_settings(session).business_date(at)


def in_house_on(day: date):
    """SQL condition: the stay is in house on business date `day` (status and dates, see the module)."""
    return (Stay.status == "in_house") & (Stay.arrival <= day) & (Stay.departure >= day)


def is_in_house(stay: Stay, day: date) -> bool:
    return stay.status == "in_house" and stay.arrival <= day <= stay.departure


def in_house_by_room(session: Session, room: str, at: datetime | date | None = None) -> list[StayView]:
    day = business_day(session, at)
    stays = session.scalars(
        select(Stay).where(Stay.room == normalise_room(room), in_house_on(day)).order_by(Stay.id)
    )
    return [view(session, s) for s in stays]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def find_by_name(session: Session, name: str, in_house_only: bool = True,
                 at: datetime | date | None = None) -> list[StayView]:
    """Candidates for a name alone (a fax with no room): exact key first, then a prefix match."""
    key = name_key(name)
    if not key:
        return []
    day = business_day(session, at) if in_house_only else None
    starts = StayGuest.name_key.like(_escape_like(key) + "%", escape="\\")
    if session.get_bind().dialect.name == "sqlite":  # a range the name_key index can serve (LIKE cannot)
        starts = starts & (StayGuest.name_key >= key) & (StayGuest.name_key < key + "\U0010ffff")
    query = select(Stay).join(StayGuest).where(starts).distinct().order_by(Stay.room)
    if in_house_only:
        query = query.where(in_house_on(day))
    stays = list(session.scalars(query))
    if not stays:  # word order differs from the stored key: compare tokens
        stays = [g.stay for g in session.scalars(select(StayGuest).join(Stay).where(
            in_house_on(day) if in_house_only else True)) if names_match(name, g.name)]
    return [view(session, s) for s in stays]


@dataclass(frozen=True)
class RoomStay:
    """What a room charge needs of the stay it goes to."""

    id: int
    room: str
    no_post: bool
    credit_limit_minor: int | None


_stay, _guest = Stay.__table__.c, StayGuest.__table__.c
_IN_HOUSE = literal_column("'in_house'", String)  # in the SQL text, so the (room, status) index is chosen once
_GUESTS_IN_ROOM = Prepared(  # a room charge's one look-up: the room's in-house stays and their guests
    select(_stay.id, _stay.no_post, _stay.credit_limit_minor, _guest.name)
    .select_from(Stay.__table__.outerjoin(StayGuest.__table__, _guest.stay_id == _stay.id))
    .where(_stay.room == bindparam("room"), _stay.status == _IN_HOUSE,
           _stay.arrival <= bindparam("day"), _stay.departure >= bindparam("day"))
    .order_by(_stay.id.desc(), _guest.id))
_LAST_STAY_IN_ROOM = Prepared(select(_stay.status, _stay.arrival, _stay.departure).where(
    _stay.room == bindparam("room"), _stay.arrival <= bindparam("day")).order_by(_stay.departure.desc()).limit(1))


def chargeable_stay(session: Session, room: str, name: str, amount_minor: int,
                    at: datetime | date | None = None) -> tuple[RoomStay, str]:
    """The stay a room charge may go to on the business date of `at`, and the registered name that
    matched; or a refusal that says why (checked out, departure date passed, nobody in house)."""
    room = normalise_room(room)
    if not room:
        raise NotFound("room_required", "请输入房号", "Enter the room number")
    day = business_day(session, at)
    guests = _GUESTS_IN_ROOM.rows(session, {"room": room, "day": day})
    if not guests:
        last = _LAST_STAY_IN_ROOM.first(session, {"room": room, "day": day})
        if last is not None and last[0] == "in_house":
            raise NotAllowed("departure_passed", "{room} 房客人的离店日期 {departure} 已过（营业日 {day}），不能挂房帐；"
                             "请与前台核实（续住或退房）",
                             "Room {room}'s stay ended on {departure} (business day {day}); it cannot be charged — "
                             "ask the front office (extended stay or check-out)",
                             room=room, departure=last[2].isoformat(), day=day.isoformat())
        if last is not None:
            raise NotAllowed("room_checked_out", "{room} 房客人已离店，不能挂房帐",
                             "Room {room} has checked out; it cannot be charged", room=room)
        raise NotFound("room_not_in_house", "{room} 房没有在店客人", "No guest is in house in room {room}", room=room)
    for stay_id, no_post, credit_limit, guest_name in guests:
        if guest_name is not None and names_match(name, guest_name):
            stay = RoomStay(stay_id, room, bool(no_post), credit_limit)
            _check_postable(session, stay, amount_minor)
            return stay, guest_name
    raise NotAllowed("name_mismatch", "姓名与 {room} 房的在店客人不符",
                     "The name does not match the guest in room {room}", room=room)


def _check_postable(session: Session, stay: RoomStay, amount_minor: int) -> None:
    if stay.no_post:
        raise NotAllowed("no_post", "{room} 房不允许挂帐（前台设置为禁止挂帐），请客人现付",
                         "Room {room} is set to no-post by the front office; ask the guest to pay directly",
                         room=stay.room)
    if stay.credit_limit_minor is not None:
        # lock the stay: two counters charging one room must not both fit under the limit
        session.execute(select(Stay.id).where(Stay.id == stay.id).with_for_update())
        balance = folio_balance(session, stay.id)
        if balance + amount_minor > stay.credit_limit_minor:
            from ..money import plain

            raise NotAllowed(
                "credit_limit", "超出 {room} 房的挂帐限额（剩余 {left}），请客人现付或联系前台",
                "Over the credit limit of room {room} ({left} left); take payment or call the front office",
                room=stay.room, left=plain(max(stay.credit_limit_minor - balance, 0)),
            )
