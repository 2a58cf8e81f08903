"""Courier (快递): the guest fills the waybill, the clerk records it and charges by the tariff; the
sender's copy goes to the guest; the consignment is sent, and later marked delivered.

Rules a reader could break:
- A waybill number has its carrier's shape (EMS / China Post carry the UPU S10 check digit) and is
  unique per carrier: the same waybill is never entered, nor charged, twice.
- The charge is the price list's courier tariff for the destination and weight, quoted through the
  counter (`counter.quote`), and the bill line carries `record={"consignment_id": id}`: the settle
  hook marks the consignment charged once, so a second bill for it is refused.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotAllowed, NotFound
from ..models import Staff, utcnow
from ..models.errands import CourierConsignment
from ..pricing.rules import whole
from . import audit
from .catalogue import zone_config
from .lines import LineRequest, quote
from .numbers import next_number
from .party import Party, in_house_guest, phone, text
from .shift import current_shift
from .staff import Operator


@dataclass(frozen=True)
class Carrier:
    code: str
    name_zh: str
    name_en: str
    pattern: str
    example: str


CARRIERS = {c.code: c for c in (
    Carrier("SF", "顺丰速运", "SF Express", r"(SF)?\d{12,13}", "SF1234567890123"),
    Carrier("EMS", "EMS 中国邮政速递", "EMS China Post", r"[A-Z]{2}\d{9}[A-Z]{2}", "EA123456785CN"),
    Carrier("DHL", "DHL", "DHL Express", r"\d{10}", "1234567890"),
    Carrier("FDX", "联邦快递", "FedEx", r"\d{12}|\d{15}", "123456789012"),
    Carrier("UPS", "UPS", "UPS", r"1Z[0-9A-Z]{16}", "1Z999AA10123456784"),
)}
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


@dataclass(frozen=True)
class ConsignmentInput:
    carrier: str
    waybill_no: str
    sender_name: str
    room: str | None          # an in-house guest's room; empty for a walk-in sender
    region: str               # ISO country/region code of the destination (CN, HK, US…)
    city: str
    address: str
    recipient: str
    grams: int
    same_city: bool = False   # the local tariff: only for the hotel's own city
    sender_phone: str | None = None
    sender_copy: bool = False


@dataclass(frozen=True)
class ConsignmentView:
    id: int
    carrier: str
    carrier_name_zh: str
    carrier_name_en: str
    waybill_no: str
    sender_kind: str
    sender_name: str
    room: str | None
    recipient: str
    region: str
    city: str
    address: str
    destination: str
    grams: int
    quoted_minor: int
    sender_copy: bool
    status: str
    created_at: datetime
    delivered_at: datetime | None
    delivered_by: str | None  # the clerk who recorded the delivery
    delivery_note: str | None
    charged: bool
    line: LineRequest


def _s10_ok(number: str) -> bool:
    total = sum(int(d) * w for d, w in zip(number[2:10], _S10_WEIGHTS))
    check = 11 - total % 11
    check = 0 if check == 10 else 5 if check == 11 else check
    return check == int(number[10])


def waybill(carrier: str, number: str) -> str:
    """The waybill number in its stored form, or a refusal that shows the carrier's shape."""
    c = CARRIERS.get(carrier)
    if c is None:
        raise InvalidInput("unknown_carrier", "未知快递公司：{v}", "Unknown carrier: {v}", v=str(carrier)[:20],)
    cleaned = re.sub(r"[\s\-]", "", str(number or "")).upper()
    if not cleaned:
        raise InvalidInput("missing_field", "请填写运单号", "Enter the waybill number")
    if not re.fullmatch(c.pattern, cleaned) or (carrier == "EMS" and not _s10_ok(cleaned)):
        raise InvalidInput("bad_waybill", "{carrier_zh}运单号格式不正确：{v}（例：{example}）",
                           "Not a {carrier_en} waybill number: {v} (e.g. {example})",
                           carrier_zh=c.name_zh, carrier_en=c.name_en, v=cleaned[:40], example=c.example)
    return cleaned


def tariff_request(session: Session, region: str, grams: int, same_city: bool = False) -> LineRequest:
    """The courier line's price request: the local tariff in the hotel's own city, else by region."""
    zones = zone_config(session)
    region = (region or "").strip().upper()
    if not region:
        raise InvalidInput("missing_field", "请填写{what_zh}", "Enter the {what_en}", what_zh="目的国家或地区",
                           what_en="destination country or region")
    grams = whole(grams, "重量（克）", "Weight (grams)", 1, 100_000)
    if same_city:
        if region != zones.home_region:
            raise InvalidInput("same_city_abroad", "同城价只适用于本市", "The same-city rate is only for this city")
        return LineRequest("courier", {"destination": "local", "grams": grams})
    zones.zone_of_region(region)  # an unknown region is refused here
    return LineRequest("courier", {"region": region, "grams": grams})


def _params(row: CourierConsignment) -> dict:
    if row.destination == "local":
        return {"destination": "local", "grams": row.grams}
    return {"region": row.region, "grams": row.grams}


def view(session: Session, row: CourierConsignment) -> ConsignmentView:
    c = CARRIERS.get(row.carrier)
    recorder = session.get(Staff, row.delivered_by) if row.delivered_by else None
    return ConsignmentView(
        row.id, row.carrier, c.name_zh if c else row.carrier, c.name_en if c else row.carrier, row.waybill_no,
        row.sender_kind, row.sender_name, row.room, row.recipient, row.region, row.city, row.address,
        row.destination, row.grams, row.quoted_minor, row.sender_copy, row.status, row.created_at, row.delivered_at,
        recorder.name if recorder else None, row.delivery_note, row.charge_sale_id is not None,
        LineRequest("courier", _params(row),
                    record={"consignment_id": row.id, "waybill": f"{row.carrier} {row.waybill_no}"}))


def _sender(session: Session, inp: ConsignmentInput, at=None) -> Party:
    if (inp.room or "").strip():
        return in_house_guest(session, inp.room, inp.sender_name, at)
    return Party("walk_in", text(inp.sender_name, "寄件人姓名", "sender's name"),
                 phone=phone(inp.sender_phone, required=True))


def register(session: Session, op: Operator, inp: ConsignmentInput, at: datetime | None = None) -> ConsignmentView:
    """Record a filled waybill handed to the carrier (status sent) and quote its charge."""
    at = at or utcnow()
    current_shift(session, op)
    number = waybill(inp.carrier, inp.waybill_no)
    req = tariff_request(session, inp.region, inp.grams, inp.same_city)
    sender = _sender(session, inp, at)
    recipient = text(inp.recipient, "收件人", "recipient")
    city = text(inp.city, "目的城市", "destination city", 100)
    address = text(inp.address, "收件地址", "destination address", 500)
    charge = quote(session, [req], at).lines[0]
    next_number(session, f"lock:waybill:{inp.carrier}")  # two counters entering one waybill: one wins
    taken = session.scalar(select(CourierConsignment.id).where(
        CourierConsignment.carrier == inp.carrier, CourierConsignment.waybill_no == number))
    if taken is not None:
        raise NotAllowed("waybill_taken", "运单号 {v} 已登记（记录 {id}）", "Waybill {v} is already registered (record {id})",
                         v=number, id=taken)
    row = CourierConsignment(
        carrier=inp.carrier, waybill_no=number, sender_kind=sender.kind, sender_name=sender.name,
        stay_id=sender.stay_id, room=sender.room, sender_phone=sender.phone, recipient=recipient,
        region=inp.region.strip().upper(), city=city, address=address,
        destination=charge.charge.detail["destination"], grams=inp.grams, quoted_minor=charge.amount_minor,
        sender_copy=bool(inp.sender_copy), status="sent", counter_id=op.counter_id, created_at=at,
        created_by=op.staff_id)
    session.add(row)
    session.flush()
    audit.record(session, "courier_sent", staff_id=op.staff_id, counter_id=op.counter_id, entity="courier_consignment",
                 entity_id=row.id, at=at, carrier=row.carrier, waybill=number, grams=row.grams,
                 destination=row.destination, sender_copy=row.sender_copy)
    return view(session, row)


def _get(session: Session, consignment_id: int, lock: bool = False) -> CourierConsignment:
    query = select(CourierConsignment).where(CourierConsignment.id == consignment_id)
    row = session.scalar((query.with_for_update() if lock else query).execution_options(populate_existing=True))
    if row is None:
        raise NotFound("no_such_consignment", "找不到该快递记录", "No such courier consignment")
    return row


def mark_delivered(session: Session, op: Operator, consignment_id: int, note: str = "",
                   at: datetime | None = None) -> ConsignmentView:
    """The carrier's tracking (or the recipient) confirms delivery: when, and which clerk recorded it."""
    at = at or utcnow()
    current_shift(session, op)
    row = _get(session, consignment_id, lock=True)
    if row.status == "delivered":
        raise NotAllowed("already_delivered", "运单 {v} 已标记为送达", "Waybill {v} is already marked delivered",
                         v=row.waybill_no)
    if at < row.created_at:
        raise InvalidInput("delivered_before_sent", "送达时间早于寄出时间", "Delivered before it was sent")
    row.status, row.delivered_at, row.delivered_by = "delivered", at, op.staff_id
    row.delivery_note = text(note, "备注", "note", 500, required=False)
    audit.record(session, "courier_delivered", staff_id=op.staff_id, counter_id=op.counter_id,
                 entity="courier_consignment", entity_id=row.id, at=at, note=row.delivery_note)
    return view(session, row)


def consignment(session: Session, consignment_id: int) -> ConsignmentView:
    return view(session, _get(session, consignment_id))


def consignments(session: Session, status: str | None = None, search: str = "",
                 limit: int = 200) -> list[ConsignmentView]:
    """Latest first; `search` finds a waybill, sender, room, recipient or city."""
    query = select(CourierConsignment).order_by(CourierConsignment.created_at.desc(), CourierConsignment.id.desc())
    if status:
        query = query.where(CourierConsignment.status == status)
    for word in (search or "").split()[:5]:
        like = f"%{word}%"
        query = query.where(or_(CourierConsignment.waybill_no.ilike(like), CourierConsignment.sender_name.ilike(like),
                                CourierConsignment.room.ilike(like), CourierConsignment.recipient.ilike(like),
                                CourierConsignment.city.ilike(like)))
    return [view(session, r) for r in session.scalars(query.limit(limit))]


# --- settle and reversal hooks (this service's record in bizcenter.services) ------------------

def on_line_settled(session: Session, sale, line_no: int, request, at) -> None:
    consignment_id = request.record.get("consignment_id")
    if consignment_id is None:
        return  # a courier line without a registered waybill: nothing to link
    row = _get(session, consignment_id, lock=True)
    if request.params != _params(row):
        raise InvalidInput("charge_mismatch", "账单行与快递记录 {id} 不符", "The bill line does not match consignment {id}",
                           id=consignment_id)
    if row.charge_sale_id is not None:
        raise NotAllowed("already_charged", "运单 {v} 已收费，没有重复收费",
                         "Waybill {v} is already charged; nothing was charged twice",
                         v=row.waybill_no)
    row.charge_sale_id, row.charged_at = sale.id, at


def on_line_reversed(session: Session, original, reversal, line, at) -> None:
    consignment_id = (line.detail or {}).get("consignment_id")
    row = session.get(CourierConsignment, consignment_id) if consignment_id is not None else None
    if row is None or row.charge_sale_id != original.id:
        return
    row.charge_sale_id, row.charged_at = None, None  # may be billed again; the reversal keeps the history
    audit.record(session, "courier_charge_reversed", entity="courier_consignment", entity_id=row.id, at=at,
                 original_sale=original.id, reversal_sale=reversal.id)
