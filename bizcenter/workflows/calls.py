"""Phone (电话): per minute by destination, shown to the guest before the call; the call meter gives
the charge (按计费器显示收费), or the counter's start/stop timer when there is no meter reading.

Rules a reader could break:
- The dialled number is priced through the price list's phone rule and the zone code
  (`pricing/zones.py`): an invalid or incomplete number is refused before anything is written.
- Charged per started minute: the price rule does it (61 s is two minutes), not this module.
- A timed call lives in the database from Start, so a restart does not lose it; stopping it twice is
  refused. The bill line carries `record={"call_id": id}`; the settle hook marks the call billed
  and refuses a second settle. A void puts the call back to unbilled; a refund marks it refunded.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import utcnow
from ..models.sessions import PhoneCall
from ..pricing import ZONE_NAMES
from . import audit
from .lines import LineRequest, quote
from .staff import Operator
from .timed import billed_seconds, elapsed_seconds, locked, open_shift_of, staff_name

MAX_NUMBER = 40


@dataclass(frozen=True)
class CallPreview:
    """What the clerk tells the guest before dialling: where the number goes and what a minute costs."""

    number: str
    e164: str
    region: str
    country_zh: str
    country_en: str
    zone: str
    zone_zh: str
    zone_en: str
    rate_minor: int  # per started minute, the price-list line
    minute_total_minor: int  # one minute with service charge and tax, what the guest pays
    currency: str


@dataclass(frozen=True)
class CallInfo:
    id: int
    number: str
    e164: str
    country_zh: str
    country_en: str
    zone: str
    rate_minor: int
    method: str
    status: str
    clerk_name: str
    started_at: datetime | None
    ended_at: datetime | None
    seconds: int | None

    @property
    def line(self) -> LineRequest | None:
        """The bill line of an ended, unbilled call; None otherwise."""
        if self.status != "ended" or self.seconds is None:
            return None
        return LineRequest("phone", {"number": self.e164, "seconds": billed_seconds(self.seconds)},
                           record={"call_id": self.id})


def preview(session: Session, number: str, at: datetime | None = None) -> CallPreview:
    """Zone, country/region in both languages and the per-minute rate; InvalidInput for a bad number."""
    q = quote(session, [LineRequest("phone", {"number": number, "seconds": 60})], at)
    charge = q.lines[0].charge
    d = charge.detail
    zh, en = ZONE_NAMES[d["zone"]]
    return CallPreview(str(number).strip()[:MAX_NUMBER], d["e164"], d["region"], d["country_zh"], d["country_en"],
                       d["zone"], zh, en, charge.unit_price_minor, q.total_minor, q.currency)


def _info(session: Session, row: PhoneCall) -> CallInfo:
    return CallInfo(row.id, row.number, row.e164, row.country_zh, row.country_en, row.zone, row.rate_minor,
                    row.method, row.status, staff_name(session, row.clerk_id), row.started_at, row.ended_at,
                    row.seconds)


def _new_call(session: Session, op: Operator, number: str, method: str, at: datetime) -> PhoneCall:
    shift = open_shift_of(session, op)
    p = preview(session, number, at)
    row = PhoneCall(number=p.number, e164=p.e164, region=p.region, country_zh=p.country_zh[:100],
                    country_en=p.country_en[:100], zone=p.zone, rate_minor=p.rate_minor, method=method,
                    status="running", counter_id=op.counter_id, clerk_id=op.staff_id, shift_id=shift.id,
                    recorded_at=at)
    session.add(row)
    return row


def record_metered_call(session: Session, op: Operator, number: str, seconds: int,
                        at: datetime | None = None) -> CallInfo:
    """A call read off the call meter: its seconds entered by the clerk; the result's `line` is billed."""
    at = at or utcnow()
    quote(session, [LineRequest("phone", {"number": number, "seconds": seconds})], at)  # refuses bad input first
    row = _new_call(session, op, number, "meter", at)
    row.status, row.seconds, row.ended_at, row.ended_by = "ended", seconds, at, op.staff_id
    session.flush()
    audit.record(session, "call_recorded", staff_id=op.staff_id, counter_id=op.counter_id, entity="phone_call",
                 entity_id=row.id, at=at, e164=row.e164, seconds=seconds)
    return _info(session, row)


def start_call(session: Session, op: Operator, number: str, at: datetime | None = None) -> CallInfo:
    """Start the counter's timer for a call: the start time is kept in the database."""
    at = at or utcnow()
    row = _new_call(session, op, number, "timer", at)
    row.started_at = at
    session.flush()
    audit.record(session, "call_started", staff_id=op.staff_id, counter_id=op.counter_id, entity="phone_call",
                 entity_id=row.id, at=at, e164=row.e164)
    return _info(session, row)


def _running(session: Session, call_id: int) -> PhoneCall:
    row = locked(session, PhoneCall, call_id, "通话", "phone call")
    if row.status != "running":
        raise NotAllowed("call_already_stopped", "此通话已结束，不能再次停止计时",
                         "This call was already stopped; it cannot be stopped twice")
    return row


def stop_call(session: Session, op: Operator, call_id: int, at: datetime | None = None) -> CallInfo:
    """Stop the timer: seconds used from start to now; the result's `line` is billed."""
    at = at or utcnow()
    open_shift_of(session, op)
    row = _running(session, call_id)
    row.ended_at = max(at, row.started_at)
    row.status, row.ended_by = "ended", op.staff_id
    row.seconds = elapsed_seconds(row.started_at, row.ended_at)
    audit.record(session, "call_stopped", staff_id=op.staff_id, counter_id=op.counter_id, entity="phone_call",
                 entity_id=row.id, at=at, seconds=row.seconds)
    return _info(session, row)


def cancel_call(session: Session, op: Operator, call_id: int, at: datetime | None = None) -> CallInfo:
    """No answer, busy, wrong number: the timer is stopped and nothing is charged."""
    at = at or utcnow()
    open_shift_of(session, op)
    row = _running(session, call_id)
    row.status, row.ended_at, row.ended_by = "cancelled", max(at, row.started_at), op.staff_id
    audit.record(session, "call_cancelled", staff_id=op.staff_id, counter_id=op.counter_id, entity="phone_call",
                 entity_id=row.id, at=at)
    return _info(session, row)


def waiting(session: Session, counter_id: int) -> list[CallInfo]:
    """This counter's calls still timing, and ended calls not yet billed (after a void or a dropped bill)."""
    rows = session.scalars(select(PhoneCall).where(PhoneCall.counter_id == counter_id,
                                                   PhoneCall.status.in_(("running", "ended")))
                           .order_by(PhoneCall.id))
    return [_info(session, r) for r in rows]


def unbilled(session: Session, call_id: int) -> CallInfo:
    row = session.get(PhoneCall, call_id) if isinstance(call_id, int) else None
    if row is None:
        raise NotFound("no_such_record", "找不到该通话记录", "No such phone call record")
    if row.status != "ended":
        raise NotAllowed("call_not_billable", "此通话当前不能收费（{status}）", "This call cannot be billed now ({status})",
                         status=row.status)
    return _info(session, row)


# --- settle and reversal hooks (this service's record in bizcenter.services) ------------------
def on_line_settled(session: Session, sale, line_no: int, request, at) -> None:
    call_id = request.record.get("call_id")
    if call_id is None:
        return  # a phone line keyed without a call record
    row = locked(session, PhoneCall, call_id, "通话", "phone call")
    if row.status == "running":
        raise NotAllowed("call_still_running", "此通话仍在计时，请先停止再收费",
                         "This call is still being timed; stop it before billing it")
    if row.status != "ended":
        raise NotAllowed("call_already_billed", "此通话已收费或已取消，不能重复收费",
                         "This call is already billed or cancelled; it cannot be charged twice")
    if request.params != {"number": row.e164, "seconds": billed_seconds(row.seconds)}:
        raise InvalidInput("call_mismatch", "账单上的号码或时长与通话记录不符",
                           "The number or duration on the bill does not match the call record")
    row.status, row.sale_id, row.line_no, row.billed_at = "billed", sale.id, line_no, at
    audit.record(session, "call_billed", staff_id=sale.clerk_id, counter_id=sale.counter_id, entity="phone_call",
                 entity_id=row.id, at=at, sale=sale.id, line_no=line_no)


def on_line_reversed(session: Session, original, reversal, line, at) -> None:
    call_id = (line.detail or {}).get("call_id")
    if call_id is None:
        return
    row = session.get(PhoneCall, call_id)
    if row is None or row.sale_id != original.id:
        return
    audit.record(session, "call_unbilled" if reversal.kind == "void" else "call_refunded",
                 staff_id=reversal.clerk_id, counter_id=reversal.counter_id, entity="phone_call", entity_id=row.id,
                 at=at, sale=original.id, reversal=reversal.id)
    if reversal.kind == "void":
        row.status, row.sale_id, row.line_no, row.billed_at = "ended", None, None, None
    else:
        row.status = "refunded"
