"""The team and the counters, kept by a supervisor: add and deactivate staff, set roles, reset PINs
(Argon2id, through `staff`), unlock; counters with their printers and devices.

Only an admin may make or unmake an admin, nobody deactivates or demotes themselves (the centre must
never be left without someone who can sign in to fix it), and a staff member's history stays: a
deactivated clerk is kept for the receipts and the audit log that name them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Counter, Staff, utcnow
from ..models.backoffice import Device
from ..models.staff import ROLES
from . import audit, staff as people


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


def _target(session: Session, staff_id: int, target_id: int) -> tuple[Staff, Staff]:
    actor = people.require_role(session, staff_id)
    target = session.get(Staff, target_id)
    if target is None:
        raise NotFound(zh="未知员工", en="Unknown staff member")
    if target.role == "admin" and actor.role != "admin":
        raise NotAllowed("admin_only", "只有管理员可以修改管理员", "Only an admin can change an admin")
    return actor, target


def add(session: Session, staff_id: int, code: str, name: str, role: str, pin: str, language: str = "zh"):
    actor = people.require_role(session, staff_id)
    if role == "admin" and actor.role != "admin":
        raise NotAllowed("admin_only", "只有管理员可以添加管理员", "Only an admin can add an admin")
    if language not in ("zh", "en"):
        raise InvalidInput(zh="未知语言：{l}", en="Unknown language: {l}", l=language)
    info = people.add_staff(session, code, name, role, pin, language)
    audit.record(session, "staff_added_by", staff_id=staff_id, entity="staff", entity_id=info.id, code=info.code,
                 role=role)
    return info


def set_active(session: Session, staff_id: int, target_id: int, active: bool) -> None:
    _, target = _target(session, staff_id, target_id)
    if target.id == staff_id and not active:
        raise NotAllowed("self_deactivate", "不能停用自己的帐号", "You cannot deactivate yourself")
    if target.active == active:
        return
    target.active = active
    audit.record(session, "staff_activated" if active else "staff_deactivated", staff_id=staff_id, entity="staff",
                 entity_id=target.id, code=target.code)


def set_role(session: Session, staff_id: int, target_id: int, role: str) -> None:
    actor, target = _target(session, staff_id, target_id)
    if role not in ROLES:
        raise InvalidInput(zh="未知角色：{role}", en="Unknown role: {role}", role=role)
    if role == "admin" and actor.role != "admin":
        raise NotAllowed("admin_only", "只有管理员可以授予管理员角色", "Only an admin can make someone an admin")
    if target.id == staff_id and role != actor.role:
        raise NotAllowed("self_role", "不能修改自己的角色", "You cannot change your own role")
    if target.role == role:
        return
    old, target.role = target.role, role
    audit.record(session, "role_changed", staff_id=staff_id, entity="staff", entity_id=target.id, code=target.code,
                 old=old, new=role)


def reset_pin(session: Session, staff_id: int, target_id: int, pin: str) -> None:
    """A new PIN (Argon2id) set by a supervisor; it also lifts a lock-out."""
    _, target = _target(session, staff_id, target_id)
    people._check_pin_format(pin)
    target.pin_hash = people._hasher.hash(pin)
    target.failed_attempts, target.locked_until = 0, None
    audit.record(session, "pin_reset", staff_id=staff_id, entity="staff", entity_id=target.id, code=target.code)


def unlock(session: Session, staff_id: int, target_id: int) -> None:
    _, target = _target(session, staff_id, target_id)
    people.unlock(session, staff_id, target.code)


def list_counters(session: Session, staff_id: int) -> list[CounterRow]:
    people.require_role(session, staff_id)
    printers: dict[int, list[str]] = {}
    try:
        from ..models.printing import Printer

        for p in session.scalars(select(Printer).order_by(Printer.role)):
            printers.setdefault(p.counter_id, []).append(f"{p.role}: {p.kind} {p.address}")
    except ImportError:  # printing not installed in this build
        pass
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
