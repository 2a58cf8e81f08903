"""Shift-start equipment check (设备检查) and the day's board (VIPs in house, the hotel's events).

A device ticked as faulty opens a fault that stays on every dashboard until someone clears it with
what was done, so the next shift sees that the copier is still waiting for the engineer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..models import EquipmentCheck, EquipmentFault, HotelEvent, Shift, Staff, Stay, utcnow
from ..models.backoffice import Device
from . import audit
from .settings import load_settings
from .staff import Operator


# What kind of device a name or a register kind is, by the words hotels use for it; a service record names the
# kinds it needs (`Service.devices`), so an open fault on one warns before that service is sold.
DEVICE_KINDS: dict[str, tuple[str, ...]] = {
    "scanner": ("扫描", "scanner"),
    "copier": ("复印", "copier", "photocopier"),
    "printer": ("激光打印", "彩色打印", "laser printer", "colour printer", "color printer", "document printer"),
    "fax": ("传真", "fax"),
    "pc": ("电脑", "计算机", "pc", "computer"),
    "projector": ("投影", "projector"),
}


def device_kinds(name: str, kind: str = "") -> frozenset[str]:
    """The kinds a device is, from its register kind and its name ("扫描仪 Scanner" is a scanner; a receipt
    printer is none of the above, so its fault warns no service)."""
    text = f"{kind} {name}".lower()
    return frozenset(k for k, words in DEVICE_KINDS.items()
                     if k == kind.strip().lower() or any(_said(w, text) for w in words))


def _said(word: str, text: str) -> bool:
    """A Chinese word anywhere; a Latin one as a whole word ("PC 1", not "UPC")."""
    return word in text if not word.isascii() else re.search(rf"\b{re.escape(word)}\b", text) is not None


@dataclass(frozen=True)
class DeviceCheck:
    device: str
    ok: bool
    note: str = ""


@dataclass(frozen=True)
class Fault:
    id: int
    device: str
    note: str
    reported_at: datetime
    reported_by: str
    kinds: frozenset[str] = frozenset()  # what the device is (`device_kinds`): the services it holds up


@dataclass(frozen=True)
class Board:
    business_date: date
    vips: tuple[tuple[str, str], ...]  # (room, names)
    events: tuple[tuple[str, str, str], ...]  # (time, title, place)
    faults: tuple[Fault, ...]


def record_check(session: Session, op: Operator, shift_id: int, checks: list[DeviceCheck],
                 at: datetime | None = None) -> list[Fault]:
    at = at or utcnow()
    shift = session.get(Shift, shift_id)
    if shift is None or shift.clerk_id != op.staff_id:
        raise NotFound(zh="班次不存在", en="No such shift")

    known = set(known_devices(session))
    open_faults = {f.device for f in session.scalars(select(EquipmentFault).where(EquipmentFault.cleared_at.is_(None)))}
    for c in checks:
        if c.device not in known:
            raise InvalidInput(zh="未知设备：{d}", en="Unknown device: {d}", d=c.device)
        if not c.ok and not c.note.strip():
            raise InvalidInput("fault_note", "请说明 {d} 的故障", "Describe the fault of {d}", d=c.device)
        session.add(EquipmentCheck(shift_id=shift_id, device=c.device, ok=c.ok, note=c.note.strip() or None,
                                   checked_at=at))
        if not c.ok and c.device not in open_faults:
            session.add(EquipmentFault(device=c.device, note=c.note.strip(), reported_at=at, reported_by=op.staff_id))
    audit.record(session, "equipment_checked", staff_id=op.staff_id, counter_id=op.counter_id, entity="shift",
                 entity_id=shift_id, at=at, faults=[c.device for c in checks if not c.ok])
    return open_faults_list(session)


def known_devices(session: Session) -> list[str]:
    """What a shift-start check may tick: the configured list and the register's active devices."""
    names = list(load_settings(session).devices)
    names += [n for n in session.scalars(select(Device.name).where(Device.active.is_(True))) if n not in names]
    return names


def faults_for(faults, kinds: tuple[str, ...]) -> list[Fault]:
    """Of these open faults, those on devices of these kinds: what the clerk is told before selling a service
    done on one (its record's `devices`)."""
    return [f for f in faults if f.kinds & set(kinds)]


def open_faults_list(session: Session) -> list[Fault]:
    rows = session.execute(select(EquipmentFault, Staff.name).join(Staff, Staff.id == EquipmentFault.reported_by)
                           .where(EquipmentFault.cleared_at.is_(None)).order_by(EquipmentFault.reported_at))
    registered = dict(session.execute(select(Device.name, Device.kind)).all())
    return [Fault(f.id, f.device, f.note, f.reported_at, name, device_kinds(f.device, registered.get(f.device, "")))
            for f, name in rows]


def clear_fault(session: Session, staff_id: int, fault_id: int, resolution: str, at: datetime | None = None) -> None:
    fault = session.get(EquipmentFault, fault_id)
    if fault is None or fault.cleared_at is not None:
        raise NotFound("no_open_fault", "没有这条未处理的故障", "No such open fault")
    if not resolution.strip():
        raise InvalidInput(zh="请填写处理结果", en="Say how the fault was resolved")
    fault.cleared_at, fault.cleared_by, fault.resolution = at or utcnow(), staff_id, resolution.strip()
    audit.record(session, "fault_cleared", staff_id=staff_id, entity="equipment_fault", entity_id=fault_id)


def add_event(session: Session, event_date: date, title: str, time: str = "", place: str = "", note: str = "") -> int:
    if not title.strip():
        raise InvalidInput(zh="请填写活动名称", en="An event needs a title")
    event = HotelEvent(event_date=event_date, time=time or None, title=title.strip(), place=place or None,
                       note=note or None)
    session.add(event)
    session.flush()
    return event.id


def board(session: Session, business_date: date) -> Board:
    from .guests import in_house_on

    vips = session.scalars(select(Stay).where(Stay.vip.is_(True), in_house_on(business_date)).order_by(Stay.room))
    events = session.scalars(select(HotelEvent).where(HotelEvent.event_date == business_date)
                             .order_by(HotelEvent.time, HotelEvent.id))
    return Board(business_date, tuple((s.room, ", ".join(g.name for g in s.guests)) for s in vips),
                 tuple((e.time or "", e.title, e.place or "") for e in events), tuple(open_faults_list(session)))
