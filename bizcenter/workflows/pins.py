"""PIN checks: Argon2id, counted atomically, and (for the front ends) never under the write lock.

Argon2id costs 0.1–0.5 s by design. Inside a unit of work on SQLite (`BEGIN IMMEDIATE`) every other
counter would wait that long, so `verify` checks a code and PIN in three steps:

1. a short write that counts the attempt *before* the check (`UPDATE … RETURNING`, atomic on SQLite and
   PostgreSQL) and reads the hash; a staff member locked out, or whose allowance of
   `lockout_attempts` is used up by checks still running, is refused without any Argon2 check — so N
   parallel guesses count N and at most `lockout_attempts` are ever checked in one lock-out window;
2. the Argon2 check, with no transaction open;
3. a short write of the outcome: success resets the count (and, for a sign-in, is audited); a failure
   keeps its count, and the one that reaches the allowance locks the staff member out.

An unknown or inactive code is checked against a dummy hash of the same cost, so timing does not tell
which codes exist, and its failure is audited without the code (often a PIN typed into the code field).

`verify` returns a `Verified` token, which a workflow's approval re-checks cheaply inside its own
transaction (`recheck`: same PIN hash, still active, not locked, issued by this process moments ago).
"""
from __future__ import annotations

import hashlib
import hmac
import math
import os
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed
from ..models import Staff, utcnow
from . import audit
from .settings import load_settings

_hasher = PasswordHasher()
#: the Argon2id hash of a value no PIN can be (not digits), at the hasher's cost: what an unknown code
#: is checked against so that it answers as slowly as a known one
DUMMY_HASH = "$argon2id$v=19$m=65536,t=3,p=4$Vjohu9ApTEzTgDVz7WwWgA$DiAQ/QKrjVhmkWgl3rotaceRKVXZ44nmxLkxjDPi/t0"
#: how long a checked approval may wait for the action it approves (a dialog's OK to the write)
TOKEN_SECONDS = 120
_TOKEN_KEY = secrets.token_bytes(32)  # per process: a token cannot be made up or carried elsewhere


def check_format(pin: str) -> None:
    if not (isinstance(pin, str) and pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12):
        raise InvalidInput(zh="PIN 须为 4 到 12 位数字", en="A PIN must be 4 to 12 digits")


@dataclass(frozen=True)
class HashedPin:
    """A new PIN, checked and hashed before the unit of work that stores it (hashing costs what a check
    costs)."""

    value: str

    def __repr__(self) -> str:
        return "HashedPin(…)"


#: the nice value Argon2's thread takes (Linux: per thread, and inherited by its lanes' threads)
ARGON2_NICE = 10


def _behind_sales(work: Callable[[], object]):
    """`work()` on a thread of its own at a lower CPU priority, and its result.

    Argon2id keeps every core busy for a quarter of a second: on a counter PC, or one machine serving
    several counters, a sign-in then held another clerk's sale up by 40–70 ms of CPU alone. At nice 10 a
    sale takes the CPU first and the sign-in finishes a little later. A thread of its own per check (not
    a pool) so a process forked later has nothing stale to wait for."""
    box: dict = {}

    def run() -> None:
        try:
            me = threading.get_native_id()
            if os.getpriority(os.PRIO_PROCESS, me) < ARGON2_NICE:  # never raised: that needs privilege
                os.setpriority(os.PRIO_PROCESS, me, ARGON2_NICE)
        except (AttributeError, OSError):  # no per-thread priority here (Windows): run as is
            pass
        try:
            box["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=run, name="argon2", daemon=True)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


def hash_pin(pin: str | HashedPin) -> str:
    if isinstance(pin, HashedPin):
        return pin.value
    check_format(pin)
    return _behind_sales(lambda: _hasher.hash(pin))


def hashed(pin: str) -> HashedPin:
    return HashedPin(hash_pin(pin))


def pin_matches(pin_hash: str, pin: str) -> bool:
    """The one place a PIN is checked against a hash (Argon2id; the hash carries its parameters)."""
    def check() -> bool:
        try:
            return _hasher.verify(pin_hash, pin)
        except (VerificationError, InvalidHashError):
            return False

    return _behind_sales(check)


def bad_credentials() -> NotAllowed:
    return NotAllowed("bad_credentials", "员工编号或 PIN 不正确", "Wrong staff code or PIN")


def locked_out(session: Session, until: datetime, at: datetime | None = None) -> NotAllowed:
    """The refusal names the end of the lock-out on the hotel's clock and the minutes left (rounded up), so
    a supervisor at a dialog knows whether to wait or call another."""
    if until.tzinfo is None:  # as SQLite hands it back
        until = until.replace(tzinfo=timezone.utc)
    left = max(1, math.ceil((until - (at or utcnow())).total_seconds() / 60))
    return NotAllowed(
        "locked_out",
        "该员工已被锁定，请于 {until} 后再试（还需 {minutes} 分钟）或请领班解锁",
        "This staff member is locked out until {until} ({minutes} min left); try later or ask a supervisor "
        "to unlock",
        until=until.astimezone(load_settings(session).tz).strftime("%H:%M"), minutes=left,
    )


@dataclass(frozen=True)
class Attempt:
    """One counted try of a code: the hash to check it against, or why it is refused unchecked."""

    staff_id: int | None  # None: no such code
    code: str
    pin_hash: str  # DUMMY_HASH for an unknown or inactive code
    known: bool  # an active staff member whose attempt was counted
    counted: int = 0  # failed_attempts after counting this one
    locked_until: datetime | None = None  # set: refused without a check
    name: str = ""
    role: str = ""
    language: str = "zh"


def _limits(session: Session) -> tuple[int, timedelta]:
    settings = load_settings(session)
    return int(settings.lockout_attempts), timedelta(minutes=int(settings.lockout_minutes))


def take_attempt(session: Session, code: str, at: datetime) -> Attempt:
    """Count one attempt for `code` before its PIN is checked, atomically, and read what the check needs."""
    limit, minutes = _limits(session)
    row = session.execute(
        update(Staff)
        .where(Staff.code == code, Staff.active.is_(True),
               or_(Staff.locked_until.is_(None), Staff.locked_until <= at), Staff.failed_attempts < limit)
        .values(failed_attempts=Staff.failed_attempts + 1)
        .returning(Staff.id, Staff.pin_hash, Staff.failed_attempts, Staff.name, Staff.role, Staff.language)
        .execution_options(synchronize_session=False)
    ).first()
    if row is not None:
        return Attempt(row.id, code, row.pin_hash, True, row.failed_attempts, None, row.name, row.role, row.language)
    found = session.execute(select(Staff.id, Staff.active, Staff.locked_until).where(Staff.code == code)).first()
    if found is None or not found.active:
        return Attempt(found.id if found else None, code, DUMMY_HASH, False)
    if found.locked_until is not None and found.locked_until > at:
        return Attempt(found.id, code, "", False, locked_until=found.locked_until)
    # the allowance is used up by checks not finished (or never finished): the lock-out starts now
    lock_if_due(session, found.id, at, limit, minutes)
    until = session.scalar(select(Staff.locked_until).where(Staff.id == found.id))
    return Attempt(found.id, code, "", False, locked_until=until or at + minutes)


def lock_if_due(session: Session, staff_id: int, at: datetime, limit: int | None = None,
                minutes: timedelta | None = None) -> bool:
    """Lock the staff member out if their counted failures reached the allowance; exactly one caller
    wins (the count is reset in the same statement)."""
    if limit is None or minutes is None:
        limit, minutes = _limits(session)
    until = at + minutes
    locked = session.execute(
        update(Staff).where(Staff.id == staff_id, Staff.failed_attempts >= limit)
        .values(failed_attempts=0, locked_until=until)
        .returning(Staff.id).execution_options(synchronize_session=False)
    ).first()
    if locked is not None:
        audit.record(session, "locked_out", staff_id=staff_id, at=at, until=until.isoformat())
    return locked is not None


def record_success(session: Session, attempt: Attempt) -> None:
    session.execute(update(Staff).where(Staff.id == attempt.staff_id)
                    .values(failed_attempts=0, locked_until=None).execution_options(synchronize_session=False))


def record_failure(session: Session, attempt: Attempt, at: datetime, *, counted: bool = True) -> None:
    """Audit a wrong code or PIN — with the staff member when the code exists, never the typed code
    otherwise — and lock out at the allowance. `counted=False` when the count was rolled back with
    the refused action (a check inside a unit of work): it is counted again here."""
    if attempt.staff_id is None or not attempt.known:
        audit.record(session, "sign_in_failed", staff_id=attempt.staff_id, at=at, known=attempt.staff_id is not None)
        return
    attempts = attempt.counted
    if not counted:
        attempts = session.execute(
            update(Staff).where(Staff.id == attempt.staff_id).values(failed_attempts=Staff.failed_attempts + 1)
            .returning(Staff.failed_attempts).execution_options(synchronize_session=False)).scalar_one()
    audit.record(session, "sign_in_failed", staff_id=attempt.staff_id, at=at, attempts=attempts)
    lock_if_due(session, attempt.staff_id, at)


# --- checked outside the write transaction (the front ends) ---------------------------------------
@dataclass(frozen=True)
class Verified:
    """A code and PIN checked moments ago by `verify`: who it is, and a fingerprint of the PIN hash it
    matched, so the workflow can re-check cheaply that nothing changed since."""

    staff_id: int
    code: str
    name: str
    role: str
    language: str
    hash_print: str
    issued: float  # time.monotonic()
    seal: str

    def __repr__(self) -> str:
        return f"Verified({self.code})"


def _fingerprint(pin_hash: str) -> str:
    return hashlib.sha256(pin_hash.encode()).hexdigest()


def _seal(staff_id: int, hash_print: str, issued: float) -> str:
    return hmac.new(_TOKEN_KEY, f"{staff_id}|{hash_print}|{issued!r}".encode(), hashlib.sha256).hexdigest()


Runner = Callable[[Callable[[Session], object]], object]


def runner(engine_or_run: Engine | Runner) -> Runner:
    """A front end's unit of work (`Desk.run`, the command line's `ctx.run`), or a plain one for an engine."""
    if isinstance(engine_or_run, Engine):
        from ..db import unit_of_work

        return lambda action: unit_of_work(engine_or_run, action)
    return engine_or_run


def verify(run: Engine | Runner, creds, at: datetime | None = None,
           on_success: Callable[[Session, int], None] | None = None) -> Verified:
    """Check `creds` (code, pin) as described above, each write its own short unit of work through `run`;
    `on_success(session, staff_id)` runs in the outcome's transaction (a sign-in's audit entry)."""
    run = runner(run)
    at = at or utcnow()
    code = (creds.code or "").strip()
    attempt = run(lambda s: take_attempt(s, code, at))
    if attempt.locked_until is not None:
        raise run(lambda s: locked_out(s, attempt.locked_until, at))
    ok = pin_matches(attempt.pin_hash, creds.pin)  # no transaction open
    if not (ok and attempt.known):
        run(lambda s: record_failure(s, attempt, at))
        raise bad_credentials()

    def succeed(session: Session) -> None:
        record_success(session, attempt)
        if on_success is not None:
            on_success(session, attempt.staff_id)

    run(succeed)
    issued, hash_print = time.monotonic(), _fingerprint(attempt.pin_hash)
    return Verified(attempt.staff_id, code, attempt.name, attempt.role, attempt.language, hash_print, issued,
                    _seal(attempt.staff_id, hash_print, issued))


def recheck(session: Session, token: Verified, at: datetime) -> Staff:
    """Inside the workflow's transaction: the token is this process's, fresh, and its staff member is
    still active, not locked out, with the same PIN."""
    stale = NotAllowed("approval_stale", "授权已失效，请重新输入领班编号和 PIN",
                       "The approval is no longer valid; enter the supervisor's code and PIN again")
    if not (isinstance(token, Verified)
            and hmac.compare_digest(token.seal, _seal(token.staff_id, token.hash_print, token.issued))
            and 0 <= time.monotonic() - token.issued <= TOKEN_SECONDS):
        raise stale
    staff = session.get(Staff, token.staff_id)
    if staff is None or not staff.active or _fingerprint(staff.pin_hash) != token.hash_print:
        raise stale
    if staff.locked_until is not None and staff.locked_until > at:
        raise locked_out(session, staff.locked_until, at)
    return staff
