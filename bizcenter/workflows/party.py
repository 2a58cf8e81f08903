"""Who an errand is for: an in-house guest (checked by room and name, 核对姓名和房号) or someone from
outside (a walk-in sender, a visiting company) who leaves a name and a telephone number.

Shared by the courier and the rental bookings, so both refuse the same wrong room or name the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from .guests import in_house_by_room, names_match, normalise_room

_PHONE = re.compile(r"^\+?[0-9][0-9 \-()]{4,24}$")


@dataclass(frozen=True)
class Party:
    kind: str  # guest | visitor | walk_in
    name: str
    stay_id: int | None = None
    room: str | None = None
    company: str | None = None
    phone: str | None = None


def text(value, zh: str, en: str, limit: int = 200, required: bool = True) -> str | None:
    """A short text a clerk typed: trimmed, at most `limit` characters; empty refused when required."""
    value = (value or "").strip() if isinstance(value, str) else ""
    if not value:
        if required:
            raise InvalidInput("missing_field", "请填写{what_zh}", "Enter the {what_en}", what_zh=zh, what_en=en)
        return None
    if len(value) > limit:
        raise InvalidInput("field_too_long", "{what_zh}过长（最多 {n} 个字）", "The {what_en} is too long (at most {n})",
                           what_zh=zh, what_en=en, n=limit)
    return value


def phone(value, required: bool) -> str | None:
    value = text(value, "联系电话", "telephone number", 30, required)
    if value is not None and not _PHONE.match(value):
        raise InvalidInput("bad_phone", "联系电话格式不正确：{v}", "Not a telephone number: {v}", v=value)
    return value


def in_house_guest(session: Session, room: str, name: str, at=None) -> Party:
    """The guest of `room` in house at `at` (the hotel's business date; now when none) whose registered
    name matches `name`; refused otherwise."""
    name = text(name, "客人姓名", "guest's name")
    room = normalise_room(room or "")
    if not room:
        raise InvalidInput("room_required", "请输入房号", "Enter the room number")
    stays = in_house_by_room(session, room, at)
    if not stays:
        raise NotFound("room_not_in_house", "{room} 房没有在店客人", "No guest is in house in room {room}", room=room)
    for stay in stays:
        for registered in stay.guests:
            if names_match(name, registered):
                return Party("guest", registered, stay.id, stay.room)
    raise NotAllowed("name_mismatch", "姓名与 {room} 房的在店客人不符",
                     "The name does not match the guest in room {room}", room=room)
