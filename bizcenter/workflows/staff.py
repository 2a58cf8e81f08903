"""Staff, sign-in by code and PIN (Argon2id via argon2-cffi), lock-out, and supervisor approval.

A wrong PIN is counted even though the refused action rolls back (`after_rollback`), so the
approval dialog of a void cannot be used to guess PINs without tripping the lock-out.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Counter, Staff, utcnow
from . import audit
from .settings import load_settings

_hasher = PasswordHasher()
SUPERVISOR_ROLES = ("supervisor", "admin")


@dataclass(frozen=True)
class Credentials:
    code: str
    pin: str


@dataclass(frozen=True)
class StaffInfo:
    id: int
    code: str
    name: str
    role: str
    language: str


@dataclass(frozen=True)
class Operator:
    """Who is acting, at which counter: every counter workflow takes one."""

    staff_id: int
    counter_id: int


def _info(s: Staff) -> StaffInfo:
    return StaffInfo(s.id, s.code, s.name, s.role, s.language)


def _check_pin_format(pin: str) -> None:
    if not (isinstance(pin, str) and pin.isdigit() and 4 <= len(pin) <= 12):
        raise InvalidInput(zh="PIN 须为 4 到 12 位数字", en="A PIN must be 4 to 12 digits")


def add_staff(session: Session, code: str, name: str, role: str, pin: str, language: str = "zh") -> StaffInfo:
    code = code.strip()
    if role not in ("clerk", "supervisor", "admin"):
        raise InvalidInput(zh="未知角色：{role}", en="Unknown role: {role}", role=role)
    if not code or not name.strip():
        raise InvalidInput(zh="员工编号和姓名不能为空", en="Staff code and name are required")
    _check_pin_format(pin)
    if session.scalar(select(Staff.id).where(Staff.code == code)):
        raise InvalidInput(zh="员工编号已存在：{code}", en="Staff code already exists: {code}", code=code)
    staff = Staff(code=code, name=name.strip(), role=role, pin_hash=_hasher.hash(pin), language=language)
    session.add(staff)
    session.flush()
    audit.record(session, "staff_added", entity="staff", entity_id=staff.id, code=code, role=role)
    return _info(staff)


def _bad_pin(code: str, at: datetime):
    err = NotAllowed("bad_credentials", "员工编号或 PIN 不正确", "Wrong staff code or PIN")

    def count_failure(session: Session) -> None:
        staff = session.scalar(select(Staff).where(Staff.code == code))
        settings = load_settings(session)
        if staff is None:
            audit.record(session, "sign_in_failed", at=at, code=code[:20])
            return
        staff.failed_attempts += 1
        audit.record(session, "sign_in_failed", staff_id=staff.id, at=at, attempts=staff.failed_attempts)
        if staff.failed_attempts >= int(settings.lockout_attempts):
            staff.locked_until = at + timedelta(minutes=int(settings.lockout_minutes))
            staff.failed_attempts = 0
            audit.record(session, "locked_out", staff_id=staff.id, at=at, until=staff.locked_until.isoformat())

    err.after_rollback = count_failure
    return err


def check_credentials(session: Session, creds: Credentials, at: datetime | None = None) -> Staff:
    """The staff row for a code and PIN, or a refusal (wrong PIN, locked, inactive)."""
    at = at or utcnow()
    staff = session.scalar(select(Staff).where(Staff.code == creds.code.strip()))
    if staff is None or not staff.active:
        raise _bad_pin(creds.code.strip(), at)
    if staff.locked_until and staff.locked_until > at:
        raise NotAllowed(
            "locked_out",
            "该员工已被锁定，请于 {until} 后再试或请领班解锁",
            "This staff member is locked out until {until}; try later or ask a supervisor to unlock",
            until=staff.locked_until.astimezone(load_settings(session).tz).strftime("%H:%M"),
        )
    try:
        _hasher.verify(staff.pin_hash, creds.pin)
    except (VerificationError, InvalidHashError):
        raise _bad_pin(staff.code, at) from None
    if staff.failed_attempts or staff.locked_until:
        staff.failed_attempts = 0
        staff.locked_until = None
    return staff


def sign_in(session: Session, creds: Credentials, counter_code: str | None = None,
            at: datetime | None = None) -> StaffInfo:
    staff = check_credentials(session, creds, at)
    counter_id = None
    if counter_code:
        counter_id = session.scalar(select(Counter.id).where(Counter.code == counter_code))
        if counter_id is None:
            raise NotFound(zh="未知柜台：{c}", en="Unknown counter: {c}", c=counter_code)
    audit.record(session, "sign_in", staff_id=staff.id, counter_id=counter_id, at=at)
    return _info(staff)


def approve(session: Session, creds: Credentials | None, acting_staff_id: int, action: str,
            at: datetime | None = None) -> Staff:
    """A supervisor's approval for `action`: right role, right PIN, and not the person asking."""
    if creds is None:
        raise NotAllowed(
            "approval_required", "此操作需要领班授权（{action}）",
            "This needs a supervisor's approval ({action})", action=action,
        )
    approver = check_credentials(session, creds, at)
    if approver.role not in SUPERVISOR_ROLES:
        raise NotAllowed(
            "not_supervisor", "{name} 不是领班，不能授权", "{name} is not a supervisor and cannot approve",
            name=approver.name,
        )
    if approver.id == acting_staff_id:
        raise NotAllowed(
            "self_approval", "不能授权自己的操作，请另一位领班授权",
            "You cannot approve your own action; ask another supervisor",
        )
    return approver


def require_role(session: Session, staff_id: int, roles=SUPERVISOR_ROLES) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None or not staff.active or staff.role not in roles:
        raise NotAllowed(zh="权限不足：此操作仅限领班", en="Not allowed: this is for supervisors only")
    return staff


def unlock(session: Session, supervisor_id: int, code: str) -> None:
    require_role(session, supervisor_id)
    staff = session.scalar(select(Staff).where(Staff.code == code))
    if staff is None:
        raise NotFound(zh="未知员工：{code}", en="Unknown staff: {code}", code=code)
    staff.locked_until = None
    staff.failed_attempts = 0
    audit.record(session, "unlocked", staff_id=supervisor_id, entity="staff", entity_id=staff.id)


def add_counter(session: Session, code: str, name_zh: str, name_en: str) -> int:
    existing = session.scalar(select(Counter.id).where(Counter.code == code))
    if existing:
        return existing
    counter = Counter(code=code, name_zh=name_zh, name_en=name_en)
    session.add(counter)
    session.flush()
    return counter.id
