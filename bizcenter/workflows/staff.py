"""Staff, sign-in by code and PIN (Argon2id, `pins`), lock-out, and supervisor approval.

Front ends (desk, command line) check a PIN before the action's unit of work, so Argon2 never runs
under the database's write lock (`sign_in_checked`, `verify_approval`). A wrong PIN is counted even
when it is checked inside a refused action that rolls back (`after_rollback`), so the approval dialog
of a void cannot be used to guess PINs without tripping the lock-out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Counter, Staff, utcnow
from . import audit, pins

SUPERVISOR_ROLES = ("supervisor", "admin")


@dataclass(frozen=True)
class Credentials:
    code: str
    pin: str = field(repr=False)


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


def add_staff(session: Session, code: str, name: str, role: str, pin: str | pins.HashedPin,
              language: str = "zh") -> StaffInfo:
    """The row itself, with no permission check: seeding (demo, tests). People are added by a
    supervisor through `staffadmin.add` or by the first start, both under the role rule (`roles`)."""
    code = code.strip()
    if role not in ("clerk", "supervisor", "admin"):
        raise InvalidInput(zh="未知角色：{role}", en="Unknown role: {role}", role=role)
    if not code or not name.strip():
        raise InvalidInput(zh="员工编号和姓名不能为空", en="Staff code and name are required")
    if not isinstance(pin, pins.HashedPin):
        pins.check_format(pin)
    if session.scalar(select(Staff.id).where(Staff.code == code)):
        raise InvalidInput(zh="员工编号已存在：{code}", en="Staff code already exists: {code}", code=code)
    staff = Staff(code=code, name=name.strip(), role=role, pin_hash=pins.hash_pin(pin), language=language)
    session.add(staff)
    session.flush()
    audit.record(session, "staff_added", entity="staff", entity_id=staff.id, code=code, role=role)
    return _info(staff)


def check_credentials(session: Session, creds: Credentials, at: datetime | None = None) -> Staff:
    """The staff row for a code and PIN, or a refusal (wrong PIN, locked, inactive), checked inside the
    caller's transaction — for single-process callers (simulator, tests). Front ends check first with
    `pins.verify`, outside the write transaction, and hand the workflow the `Verified` token."""
    at = at or utcnow()
    code = (creds.code or "").strip()
    attempt = pins.take_attempt(session, code, at)
    if attempt.locked_until is not None:
        err = pins.locked_out(session, attempt.locked_until, at)
        staff_id = attempt.staff_id
        err.after_rollback = lambda s: pins.lock_if_due(s, staff_id, at)
        raise err
    if not (pins.pin_matches(attempt.pin_hash, creds.pin) and attempt.known):
        err = pins.bad_credentials()
        err.after_rollback = lambda s: pins.record_failure(s, attempt, at, counted=False)
        raise err
    pins.record_success(session, attempt)
    return session.get(Staff, attempt.staff_id)


def sign_in(session: Session, creds: Credentials, counter_code: str | None = None,
            at: datetime | None = None) -> StaffInfo:
    """Sign-in inside the caller's transaction (see `check_credentials`); front ends use `sign_in_checked`."""
    counter_id = _counter_id(session, counter_code)
    staff = check_credentials(session, creds, at)
    audit.record(session, "sign_in", staff_id=staff.id, counter_id=counter_id, at=at)
    return _info(staff)


def _counter_id(session: Session, counter_code: str | None) -> int | None:
    if not counter_code:
        return None
    counter_id = session.scalar(select(Counter.id).where(Counter.code == counter_code))
    if counter_id is None:
        raise NotFound(zh="未知柜台：{c}", en="Unknown counter: {c}", c=counter_code)
    return counter_id


def sign_in_checked(run: Engine | pins.Runner, creds: Credentials, counter_code: str | None = None,
                    at: datetime | None = None) -> StaffInfo:
    """The front ends' sign-in: the PIN is checked with no transaction open, the outcome and the
    sign-in's audit entry written in short ones (`pins.verify`; `run` is the front end's unit of work)."""
    run = pins.runner(run)
    at = at or utcnow()
    counter_id = run(lambda s: _counter_id(s, counter_code)) if counter_code else None
    token = pins.verify(run, creds, at, on_success=lambda s, staff_id: audit.record(
        s, "sign_in", staff_id=staff_id, counter_id=counter_id, at=at))
    return StaffInfo(token.staff_id, token.code, token.name, token.role, token.language)


def verify_approval(run: Engine | pins.Runner, approval: Credentials | pins.Verified | None,
                    at: datetime | None = None) -> pins.Verified | None:
    """A front end's approval (supervisor code and PIN) checked before the action's unit of work opens;
    the workflow's `approve` then re-checks the token cheaply. A token or None passes through."""
    if isinstance(approval, Credentials):
        return pins.verify(run, approval, at)
    return approval


def approve(session: Session, creds: Credentials | pins.Verified | None, acting_staff_id: int, action: str,
            at: datetime | None = None) -> Staff:
    """A supervisor's approval for `action`: right role, right PIN, and not the person asking. A
    `Verified` token (checked by the front end before the transaction) is re-checked cheaply; plain
    credentials are checked here, inside the transaction."""
    if creds is None:
        raise NotAllowed(
            "approval_required", "此操作需要领班授权（{action}）",
            "This needs a supervisor's approval ({action})", action=action,
        )
    if isinstance(creds, pins.Verified):
        approver = pins.recheck(session, creds, at or utcnow())
    else:
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


def add_counter(session: Session, code: str, name_zh: str, name_en: str) -> int:
    existing = session.scalar(select(Counter.id).where(Counter.code == code))
    if existing:
        return existing
    counter = Counter(code=code, name_zh=name_zh, name_en=name_en)
    session.add(counter)
    session.flush()
    return counter.id
