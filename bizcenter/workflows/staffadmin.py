"""The team and the counters, kept by a supervisor: add and deactivate staff, set roles, reset PINs
(Argon2id, through `staff`), unlock; counters with their printers and devices.

Who may change whom is one rule for every front end (`roles`); every change of a PIN, role or active
state is audited (who, whom, what changed — never the PIN or its hash), and a staff member's history
stays: a deactivated clerk is kept for the receipts and the audit log that name them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..models import Counter, Staff, utcnow
from ..models.backoffice import Device
from ..models.printing import Printer
from . import audit, pins, roles, staff as people


@dataclass(frozen=True)
class StaffRow:
    id: int
    code: str
    name: str
    role: str
    language: str
    active: bool
    locked: bool


@dataclass(frozen=True)
class CounterRow:
    id: int
    code: str
    name_zh: str
    name_en: str
    printers: tuple[str, ...]  # "receipt: network 10.0.0.5:9100"
    devices: tuple[str, ...]


def list_staff(session: Session, staff_id: int, at: datetime | None = None) -> list[StaffRow]:
    people.require_role(session, staff_id)
    at = at or utcnow()
    return [StaffRow(s.id, s.code, s.name, s.role, s.language, s.active, bool(s.locked_until and s.locked_until > at))
            for s in session.scalars(select(Staff).order_by(Staff.active.desc(), Staff.code))]


def add(session: Session, staff_id: int | None, code: str, name: str, role: str, pin: str | pins.HashedPin,
        language: str = "zh"):
    """Add a staff member under the role rule (`roles.may_add`; `staff_id` None only at the first start)."""
    roles.may_add(session, staff_id, role)
    if language not in ("zh", "en"):
        raise InvalidInput(zh="未知语言：{l}", en="Unknown language: {l}", l=language)
    info = people.add_staff(session, code, name, role, pin, language)
    audit.record(session, "staff_added_by", staff_id=staff_id, entity="staff", entity_id=info.id, code=info.code,
                 role=role, active=True)
    return info


def set_active(session: Session, staff_id: int, target_id: int, active: bool) -> None:
    _, target = roles.may_change(session, staff_id, target_id, active=active)
    if target.active == active:
        return
    target.active = active
    audit.record(session, "staff_activated" if active else "staff_deactivated", staff_id=staff_id, entity="staff",
                 entity_id=target.id, code=target.code, old=not active, new=active)


def set_role(session: Session, staff_id: int, target_id: int, role: str) -> None:
    _, target = roles.may_change(session, staff_id, target_id, role=role)
    if target.role == role:
        return
    old, target.role = target.role, role
    audit.record(session, "role_changed", staff_id=staff_id, entity="staff", entity_id=target.id, code=target.code,
                 old=old, new=role)


def reset_pin(session: Session, staff_id: int, target_id: int, pin: str | pins.HashedPin) -> None:
    """A new PIN (Argon2id) set by a supervisor; it also lifts a lock-out. The audit entry says whose PIN
    was changed and by whom, never the PIN or its hash."""
    _, target = roles.may_change(session, staff_id, target_id)
    target.pin_hash = pins.hash_pin(pin)
    target.failed_attempts, target.locked_until = 0, None
    audit.record(session, "pin_reset", staff_id=staff_id, entity="staff", entity_id=target.id, code=target.code,
                 changed="pin")


def unlock(session: Session, staff_id: int, target_id: int) -> None:
    """Lift a lock-out (too many wrong PINs) before its minutes have passed."""
    _, target = roles.may_change(session, staff_id, target_id)
    target.locked_until = None
    target.failed_attempts = 0
    audit.record(session, "unlocked", staff_id=staff_id, entity="staff", entity_id=target.id)


def unlock_code(session: Session, staff_id: int, code: str) -> None:
    """`unlock` for the staff member with this code (the command line names clerks by code)."""
    people.require_role(session, staff_id)
    target_id = session.scalar(select(Staff.id).where(Staff.code == code))
    if target_id is None:
        raise NotFound(zh="未知员工：{code}", en="Unknown staff: {code}", code=code)
    unlock(session, staff_id, target_id)


def list_counters(session: Session, staff_id: int) -> list[CounterRow]:
    people.require_role(session, staff_id)
    printers: dict[int, list[str]] = {}
    for p in session.scalars(select(Printer).order_by(Printer.role)):
        printers.setdefault(p.counter_id, []).append(f"{p.role}: {p.kind} {p.address}")
    devices: dict[int | None, list[str]] = {}
    for d in session.scalars(select(Device).where(Device.active.is_(True)).order_by(Device.name)):
        devices.setdefault(d.counter_id, []).append(d.name)
    return [CounterRow(c.id, c.code, c.name_zh, c.name_en, tuple(printers.get(c.id, ())), tuple(devices.get(c.id, ())))
            for c in session.scalars(select(Counter).order_by(Counter.code))]


def add_counter(session: Session, staff_id: int, code: str, name_zh: str, name_en: str) -> int:
    people.require_role(session, staff_id)
    code = (code or "").strip().upper()
    if not code or not (name_zh or "").strip() or not (name_en or "").strip():
        raise InvalidInput(zh="柜台编号和中英文名称不能为空", en="A counter needs a code and names in both languages")
    if session.scalar(select(Counter.id).where(Counter.code == code)):
        raise InvalidInput("counter_exists", "柜台编号已存在：{c}", "Counter code already exists: {c}", c=code)
    counter_id = people.add_counter(session, code, name_zh.strip(), name_en.strip())
    audit.record(session, "counter_added", staff_id=staff_id, entity="counter", entity_id=counter_id, code=code)
    return counter_id
