"""Internet (上网): tell the rate, log the guest in with an account and password, record start and end,
log out and charge by the time used (按使用时间收费).

Rules a reader could break:
- An open session lives in the database (started_at, who, counter, shift), never only in a screen,
  so it survives an app restart or a crash, and it is handed over at shift close: it stays open,
  the closing shift's handover lists it, and whoever stops it later (any counter, any shift) bills it.
- Stop fixes the time used; stopping twice is refused. The bill line carries
  `record={"internet_session_id": id}` and `{"seconds": used}`; the settle hook marks the session
  billed, and refuses a second settle (the whole sale rolls back: never charged twice).
- A void (same-day mistake) puts the session back to "stopped, unbilled" so it can be billed again
  correctly; a refund (money given back later) marks it refunded and it is not billed again.
- Charged by the time used, however long: no daily cap. A session left open longer than the
  `internet_session_alert_hours` setting is flagged (`SessionInfo.flagged`) on the shift's handover and
  in the running tab, so someone asks the guest; it is never stopped or cut short silently.
- The guest is in house (room and name checked against the room's in-house guests) or a walk-in.
- Account and password come from `secrets`, in characters that cannot be misread (no 0/O, 1/I/L).
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Counter, utcnow
from ..models.sessions import InternetSession
from ..pricing import PriceItem, ZoneConfig, price
from . import audit, party
from .catalogue import current_pricelist
from .keycheck import check_key
from .lines import LineRequest, totals
from .settings import Settings, load_settings
from .staff import Operator
from .timed import elapsed_seconds, locked, open_shift_of, staff_name

READABLE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read off a slip without asking
ACCOUNT_PREFIX, ACCOUNT_CHARS, PASSWORD_CHARS = "NET-", 6, 8
MAX_NAME = 100


@dataclass(frozen=True)
class InternetTariff:
    """The time rule in force, for telling the rate and for the live running charge on screen
    (computed from the started time the screen loaded, no database call per tick)."""

    item: PriceItem
    settings: Settings

    @property
    def currency(self) -> str:
        return self.settings.currency

    def line_minor(self, seconds: int) -> int:
        return price(self.item, {"seconds": max(1, seconds)}, ZoneConfig()).amount_minor

    def total_minor(self, seconds: int) -> int:
        """What the guest would pay if stopped now: the line plus service charge and tax."""
        return totals(self.line_minor(seconds), self.settings)[2]

    def describe(self, lang: str) -> str:
        from ..money import format_money

        r = self.item.rule
        rate = format_money(r["rate_minor"], self.currency, lang)
        if lang == "zh":
            return (f"每 {r['block_minutes']} 分钟 {rate}，最少 {r['minimum_blocks']} 段，"
                    f"超时 {r['grace_minutes']} 分钟内不另计（另加服务费及税）")
        return (f"{rate} per {r['block_minutes']} min, at least {r['minimum_blocks']} block(s); "
                f"{r['grace_minutes']} min grace before a new block (plus service charge and tax)")


@dataclass(frozen=True)
class SessionInfo:
    id: int
    account: str
    password: str
    guest_kind: str
    room: str | None
    guest_name: str
    status: str
    counter_code: str
    started_by_name: str
    started_at: datetime
    started_shift_id: int
    stopped_at: datetime | None
    stopped_by_name: str
    seconds: int | None
    sale_id: int | None
    alert_hours: int  # the hotel's limit: open longer than this, the session is flagged
    read_at: datetime  # when this view was read (for `flagged`)

    def over_limit(self, now: datetime) -> bool:
        """Open for more than the alert limit at `now` (the live panel asks with its own clock)."""
        return self.status == "open" and now - self.started_at > timedelta(hours=self.alert_hours)

    @property
    def flagged(self) -> bool:
        """Running over the limit when read: the handover names it so the next clerk asks the guest."""
        return self.over_limit(self.read_at)

    @property
    def line(self) -> LineRequest | None:
        """The bill line for a stopped, unbilled session; None otherwise. The whole time used, uncapped."""
        if self.status != "stopped" or self.seconds is None:
            return None
        return LineRequest("internet", {"seconds": self.seconds}, record={"internet_session_id": self.id})


@dataclass(frozen=True)
class Running:
    """What the counter's running panel shows: open sessions, stopped ones not yet billed, the rule."""

    sessions: tuple[SessionInfo, ...]
    tariff: InternetTariff
    now: datetime


def tariff(session: Session, at: datetime | None = None) -> InternetTariff:
    _, item = current_pricelist(session, at).item("internet")
    return InternetTariff(item, load_settings(session))


def alert_hours(session: Session) -> int:
    return int(load_settings(session).values.get("internet_session_alert_hours") or 8)


def _info(session: Session, row: InternetSession, at: datetime | None = None) -> SessionInfo:
    counter = session.get(Counter, row.counter_id)
    return SessionInfo(row.id, row.account, row.password, row.guest_kind, row.room, row.guest_name, row.status,
                       counter.code if counter else "?", staff_name(session, row.started_by), row.started_at,
                       row.started_shift_id, row.stopped_at, staff_name(session, row.stopped_by), row.seconds,
                       row.sale_id, alert_hours(session), at or utcnow())


def _code(n: int) -> str:
    return "".join(secrets.choice(READABLE) for _ in range(n))


def _new_account(session: Session) -> str:
    while True:  # 31^6 accounts: a clash is rare, but the unique constraint must never be what finds it
        account = ACCOUNT_PREFIX + _code(ACCOUNT_CHARS)
        if session.scalar(select(InternetSession.id).where(InternetSession.account == account)) is None:
            return account


def _guest(session: Session, walk_in: bool, room: str | None, name: str,
           at: datetime) -> tuple[int | None, str | None, str]:
    """(stay id, room, name as registered) for an in-house guest, or (None, None, name) for a walk-in;
    the same room-and-name check as the courier and the rentals (`party`)."""
    if walk_in:
        return None, None, party.text(name, "客人姓名", "guest's name", MAX_NAME)
    guest = party.in_house_guest(session, room or "", name, at)
    return guest.stay_id, guest.room, guest.name


def start_session(session: Session, op: Operator, *, guest_name: str, room: str | None = None,
                  walk_in: bool = False, at: datetime | None = None) -> SessionInfo:
    """Log a guest in: a new account and password, the start time kept in the database."""
    at = at or utcnow()
    shift = open_shift_of(session, op)
    stay_id, room, name = _guest(session, walk_in, room, guest_name, at)
    tariff(session, at)  # the price list must offer internet before anyone is logged in
    check_key(session)  # the password is sealed with this PC's key: it must be the database's
    row = InternetSession(account=_new_account(session), password=_code(PASSWORD_CHARS),
                          guest_kind="walk_in" if walk_in else "in_house", stay_id=stay_id, room=room,
                          guest_name=name, status="open", counter_id=op.counter_id, started_by=op.staff_id,
                          started_shift_id=shift.id, started_at=at)
    session.add(row)
    session.flush()
    audit.record(session, "internet_started", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="internet_session", entity_id=row.id, at=at, account=row.account, room=room)
    return _info(session, row)


def stop_session(session: Session, op: Operator, session_id: int, at: datetime | None = None) -> SessionInfo:
    """Log the guest out: the time used is fixed now; the result's `line` goes on the bill."""
    at = at or utcnow()
    shift = open_shift_of(session, op)
    row = locked(session, InternetSession, session_id, "上网", "internet session")
    if row.status != "open":
        raise NotAllowed("session_already_stopped", "上网账号 {account} 已于 {when} 结束，不能再次结束",
                         "Session {account} was already stopped at {when}; it cannot be stopped twice",
                         account=row.account, when=_when(session, row.stopped_at))
    stopped = max(at, row.started_at)
    row.status, row.stopped_at, row.stopped_by = "stopped", stopped, op.staff_id
    row.stopped_counter_id, row.stopped_shift_id = op.counter_id, shift.id
    row.seconds = elapsed_seconds(row.started_at, stopped)
    audit.record(session, "internet_stopped", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="internet_session", entity_id=row.id, at=at, seconds=row.seconds,
                 handed_over=row.started_shift_id != shift.id)
    return _info(session, row)


def _when(session: Session, at: datetime | None) -> str:
    return at.astimezone(load_settings(session).tz).strftime("%H:%M") if at else "?"


def find(session: Session, session_id: int) -> SessionInfo:
    return _info(session, _row(session, session_id))


def _row(session: Session, session_id: int) -> InternetSession:
    row = session.get(InternetSession, session_id) if isinstance(session_id, int) else None
    if row is None:
        raise NotFound("no_such_record", "找不到该上网记录", "No such internet session record")
    return row


def unbilled(session: Session, session_id: int) -> SessionInfo:
    """A stopped session not yet billed (after a voided charge or an abandoned bill), to bill again."""
    row = _row(session, session_id)
    if row.status != "stopped":
        raise NotAllowed("session_not_billable", "上网账号 {account} 当前不能收费（{status}）",
                         "Session {account} cannot be billed now ({status})", account=row.account, status=row.status)
    return _info(session, row)


def running(session: Session, at: datetime | None = None) -> Running:
    """Every open session, and every stopped one still waiting for its bill, oldest first."""
    rows = session.scalars(select(InternetSession).where(InternetSession.status.in_(("open", "stopped")))
                           .order_by(InternetSession.started_at, InternetSession.id))
    at = at or utcnow()
    return Running(tuple(_info(session, r, at) for r in rows), tariff(session, at), at)


def open_sessions_for_handover(session: Session, counter_id: int, at: datetime | None = None) -> list[SessionInfo]:
    """What the closing shift hands over: sessions started at this counter still open, or stopped
    and not yet billed. They stay as they are; the next shift stops and bills them. One open longer
    than the alert limit at `at` is `flagged`."""
    rows = session.scalars(select(InternetSession).where(InternetSession.counter_id == counter_id,
                                                         InternetSession.status.in_(("open", "stopped")))
                           .order_by(InternetSession.started_at, InternetSession.id))
    return [_info(session, r, at) for r in rows]


def over_limit_text(info: SessionInfo, lang: str) -> str:
    """The flag as the handover shows and prints it; empty when the session is within the limit."""
    if not info.flagged:
        return ""
    return f"已超过 {info.alert_hours} 小时" if lang == "zh" else f"running over {info.alert_hours} h"


# --- settle and reversal hooks (this service's record in bizcenter.services) ------------------
def on_line_settled(session: Session, sale, line_no: int, request, at) -> None:
    session_id = request.record.get("internet_session_id")
    if session_id is None:
        return  # an internet line keyed without a session (no record to mark)
    row = locked(session, InternetSession, session_id, "上网", "internet session")
    if row.status == "open":
        raise NotAllowed("session_still_open", "上网账号 {account} 尚未结束，请先结束再收费",
                         "Session {account} is still open; stop it before billing it", account=row.account)
    if row.status != "stopped":
        raise NotAllowed("session_already_billed", "上网账号 {account} 已收费，不能重复收费",
                         "Session {account} is already billed; it cannot be charged twice", account=row.account)
    if request.params != {"seconds": row.seconds}:
        raise InvalidInput("session_time_mismatch", "账单上的上网时间与记录不符（{account}）",
                           "The time on the bill does not match the session record ({account})", account=row.account)
    row.status, row.sale_id, row.line_no, row.billed_at = "billed", sale.id, line_no, at
    audit.record(session, "internet_billed", staff_id=sale.clerk_id, counter_id=sale.counter_id,
                 entity="internet_session", entity_id=row.id, at=at, sale=sale.id, line_no=line_no)


def on_line_reversed(session: Session, original, reversal, line, at) -> None:
    session_id = (line.detail or {}).get("internet_session_id")
    if session_id is None:
        return
    row = session.get(InternetSession, session_id)
    if row is None or row.sale_id != original.id:
        return  # not charged by this sale (already given back)
    audit.record(session, "internet_unbilled" if reversal.kind == "void" else "internet_refunded",
                 staff_id=reversal.clerk_id, counter_id=reversal.counter_id, entity="internet_session",
                 entity_id=row.id, at=at, sale=original.id, reversal=reversal.id)
    if reversal.kind == "void":
        row.status, row.sale_id, row.line_no, row.billed_at = "stopped", None, None, None
    else:
        row.status = "refunded"
